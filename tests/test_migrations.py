"""The Alembic migrations build the whole schema, undo it, and build it again, on SQLite and PostgreSQL,
through plain ``alembic`` and through ``reflex db migrate``, with no drift from the models. The full-text
search index (FTS5 tables on SQLite, ``search_vector`` columns on PostgreSQL) lives outside the models and is
left out of both comparisons, as ``alembic/env.py`` leaves it out of autogenerate."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import forum.models  # noqa: F401
from forum.migrations import downgrade, upgrade
from forum.models.search_index import FTS_TABLE_PREFIX, include_object
from tests.helpers import scratch_postgres_url

ROOT = Path(__file__).resolve().parents[1]
EXPECTED_TABLES = set(SQLModel.metadata.tables)


def _tables(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        names = set(sa.inspect(engine).get_table_names()) - {"alembic_version"}
        return {name for name in names if not name.startswith(FTS_TABLE_PREFIX)}
    finally:
        engine.dispose()


def _drift(url: str) -> list:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}),
                                    SQLModel.metadata)
    finally:
        engine.dispose()


def _round_trip(url: str) -> None:
    upgrade(url)
    assert _tables(url) == EXPECTED_TABLES
    assert _drift(url) == []
    downgrade(url, "base")
    assert _tables(url) == set()
    upgrade(url)
    assert _tables(url) == EXPECTED_TABLES


def test_migrations_round_trip_on_sqlite(tmp_path: Path) -> None:
    _round_trip(f"sqlite:///{tmp_path / 'round-trip.db'}")


@pytest.fixture
def scratch_postgres() -> Iterator[str]:
    """A PostgreSQL database made for this test and dropped after it."""
    with scratch_postgres_url() as url:
        yield url


@pytest.mark.postgres
def test_migrations_round_trip_on_postgresql(scratch_postgres: str) -> None:
    _round_trip(scratch_postgres)


def test_reflex_db_migrate_applies_the_same_migrations(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'reflex.db'}"
    env = dict(os.environ, FRONTLINE_DATABASE_URL=url, FRONTLINE_DATA_DIR=str(tmp_path),
               REFLEX_TELEMETRY_ENABLED="false", REFLEX_CHECK_LATEST_VERSION="0")
    env.pop("PYTEST_CURRENT_TEST", None)
    result = subprocess.run([sys.executable, "-m", "reflex", "db", "migrate"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert _tables(url) == EXPECTED_TABLES
    assert _drift(url) == []


def _search_objects(url: str) -> set[str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                rows = conn.execute(sa.text("SELECT name FROM sqlite_master WHERE name LIKE 'fts_%' "
                                            "AND type IN ('table', 'trigger')"))
            else:
                rows = conn.execute(sa.text("SELECT table_name || '.' || column_name FROM information_schema.columns "
                                            "WHERE column_name = 'search_vector' UNION SELECT indexname FROM "
                                            "pg_indexes WHERE indexname LIKE '%_search'"))
            return {row[0] for row in rows}
    finally:
        engine.dispose()


SQLITE_SEARCH = {"fts_threads", "fts_comments", *(f"fts_{t}_{e}" for t in ("threads", "comments")
                                                  for e in ("ai", "ad", "au"))}
POSTGRES_SEARCH = {"threads.search_vector", "comments.search_vector", "ix_threads_search", "ix_comments_search"}


def test_the_search_migration_adds_and_removes_the_index_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'search.db'}"
    upgrade(url)
    assert _search_objects(url) >= SQLITE_SEARCH
    downgrade(url, "0003_registrations")
    assert _search_objects(url) == set()


@pytest.mark.postgres
def test_the_search_migration_adds_and_removes_the_index_on_postgresql(scratch_postgres: str) -> None:
    upgrade(scratch_postgres)
    assert _search_objects(scratch_postgres) == POSTGRES_SEARCH
    downgrade(scratch_postgres, "0003_registrations")
    assert _search_objects(scratch_postgres) == set()


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_mails_thread_watches_become_watching_rows_and_a_chosen_level_stands(
        database: str, tmp_path: Path) -> None:
    with contextlib.ExitStack() as stack:
        url = (stack.enter_context(scratch_postgres_url()) if database == "postgresql"
               else f"sqlite:///{tmp_path / 'watches.db'}")
        upgrade(url, "0008_profile_changes")
        engine = sa.create_engine(url)
        stack.callback(engine.dispose)
        with engine.begin() as conn:
            for handle in ("ana", "ben"):
                conn.execute(sa.text("INSERT INTO users (handle, display_name, email_verified, role, bio, bio_html, "
                                     "created_at, comment_count, approved_count, rejected_count, reported_count, "
                                     "thread_count) VALUES (:h, :h, FALSE, 'member', '', '', CURRENT_TIMESTAMP, "
                                     "0, 0, 0, 0, 0)"), {"h": handle})
            ana, ben = conn.execute(sa.text("SELECT id FROM users ORDER BY id")).scalars().all()
            conn.execute(sa.text("INSERT INTO boards (slug, name, description, position, created_at, thread_count, "
                                 "comment_count) VALUES ('b', 'B', '', 0, CURRENT_TIMESTAMP, 0, 0)"))
            board = conn.execute(sa.text("SELECT id FROM boards")).scalar_one()
            conn.execute(sa.text("INSERT INTO threads (board_id, slug, title, body_source, body_html, author_id, "
                                 "status, pinned, locked, created_at, last_activity_at, reply_count) VALUES "
                                 "(:b, 't', 'T', '', '', :a, 'published', FALSE, FALSE, CURRENT_TIMESTAMP, "
                                 "CURRENT_TIMESTAMP, 0)"), {"b": board, "a": ana})
            thread = conn.execute(sa.text("SELECT id FROM threads")).scalar_one()
            for user in (ana, ben):
                conn.execute(sa.text("INSERT INTO thread_watches (thread_id, user_id, created_at) "
                                     "VALUES (:t, :u, CURRENT_TIMESTAMP)"), {"t": thread, "u": user})
            conn.execute(sa.text("INSERT INTO watches (user_id, target_kind, target_id, level, created_at) "
                                 "VALUES (:u, 'thread', :t, 'muted', CURRENT_TIMESTAMP)"), {"u": ben, "t": thread})
        upgrade(url)
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT user_id, level FROM watches ORDER BY user_id")).all()
            assert "thread_watches" not in sa.inspect(conn).get_table_names()
        assert [tuple(r) for r in rows] == [(ana, "watching"), (ben, "muted")]
        downgrade(url, "0008_profile_changes")
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT user_id FROM thread_watches")).scalars().all() == [ana]
