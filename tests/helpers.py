"""Helpers every test package shares: counting rows and SQL statements, a scratch PostgreSQL database, and
looking a member up by handle. (Builders for rows live in :mod:`tests.factories`.)"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from forum.models import User

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def count_rows(session: Session, model: type) -> int:
    """How many rows ``model``'s table holds."""
    return session.exec(select(func.count()).select_from(model)).one()


def user_by_handle(session: Session, handle: str) -> User:
    """The account called @``handle`` (it must exist)."""
    return session.exec(select(User).where(User.handle == handle)).one()


@contextmanager
def count_queries(engine: Engine) -> Iterator[list[str]]:
    """Collect every SQL statement ``engine`` runs inside the block."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


@contextmanager
def scratch_postgres_url(prefix: str = "frontline_test") -> Iterator[str]:
    """The URL of an empty PostgreSQL database made for the block and dropped after it."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
