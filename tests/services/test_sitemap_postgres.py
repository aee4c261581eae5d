"""On PostgreSQL the sitemap's child listing streams through a server-side cursor and cuts children at the
limit, in id order, with later thread pages counted as a visitor's thread page counts them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from forum.db import create_db_engine
from forum.migrations import upgrade
from forum.services.sitemap import child_counts, child_entries
from tests.factories import make_board, make_comment, make_thread, make_user

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


@pytest.fixture
def pg_session() -> Iterator[Session]:
    """A migrated PostgreSQL database made for this test and dropped after it."""
    name = f"frontline_sitemap_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    engine = create_db_engine(url)
    try:
        upgrade(url)
        with Session(engine, expire_on_commit=False) as session:
            yield session
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.mark.postgres
def test_children_stream_in_id_order_and_stop_at_the_limit_on_postgresql(pg_session: Session) -> None:
    board, author = make_board(pg_session, slug="ops"), make_user(pg_session, "maya")
    threads = [make_thread(pg_session, board, author, slug=f"t{n}") for n in range(5)]
    for _ in range(7):
        make_comment(pg_session, threads[1], author)
    make_thread(pg_session, board, author, slug="held", status="pending")
    pg_session.commit()
    assert child_counts(pg_session, comments_per_page=3, max_urls=2) == {
        "boards": 1, "threads": 3, "pages": 1, "profiles": 1}
    second = [e.key for e in child_entries(pg_session, "threads", 2, comments_per_page=3, max_urls=2)]
    assert second == ["t2", "t3"]
    pages = [(e.key, e.page) for e in child_entries(pg_session, "pages", 1, comments_per_page=3, max_urls=2)]
    assert pages == [("t1", 2), ("t1", 3)]
