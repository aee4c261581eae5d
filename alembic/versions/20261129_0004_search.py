"""search: the full-text index over thread titles, opening posts and comments

SQLite: two FTS5 external-content tables (the text stays in ``threads``/``comments``; the index holds only
tokens), kept in step with every insert, update and delete by triggers, so no code path can forget them.
PostgreSQL: a stored generated ``tsvector`` column on each table (title weighted A, opening post B) with a
GIN index; the database computes it on every write. Both are filled for existing rows here.

Revision ID: 0004_search
Revises: 0003_registrations
Create Date: 2026-11-29 12:00:00.000000
"""
from collections.abc import Sequence

from alembic import op


revision: str = '0004_search'
down_revision: str | None = '0003_registrations'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TOKENIZE = "porter unicode61 remove_diacritics 2"

SQLITE_UP = [
    f"CREATE VIRTUAL TABLE fts_threads USING fts5(title, body_source, content='threads', content_rowid='id', "
    f"tokenize='{TOKENIZE}')",
    f"CREATE VIRTUAL TABLE fts_comments USING fts5(source, content='comments', content_rowid='id', "
    f"tokenize='{TOKENIZE}')",
    "CREATE TRIGGER fts_threads_ai AFTER INSERT ON threads BEGIN "
    "INSERT INTO fts_threads(rowid, title, body_source) VALUES (new.id, new.title, new.body_source); END",
    "CREATE TRIGGER fts_threads_ad AFTER DELETE ON threads BEGIN "
    "INSERT INTO fts_threads(fts_threads, rowid, title, body_source) "
    "VALUES ('delete', old.id, old.title, old.body_source); END",
    "CREATE TRIGGER fts_threads_au AFTER UPDATE OF title, body_source ON threads BEGIN "
    "INSERT INTO fts_threads(fts_threads, rowid, title, body_source) "
    "VALUES ('delete', old.id, old.title, old.body_source); "
    "INSERT INTO fts_threads(rowid, title, body_source) VALUES (new.id, new.title, new.body_source); END",
    "CREATE TRIGGER fts_comments_ai AFTER INSERT ON comments BEGIN "
    "INSERT INTO fts_comments(rowid, source) VALUES (new.id, new.source); END",
    "CREATE TRIGGER fts_comments_ad AFTER DELETE ON comments BEGIN "
    "INSERT INTO fts_comments(fts_comments, rowid, source) VALUES ('delete', old.id, old.source); END",
    "CREATE TRIGGER fts_comments_au AFTER UPDATE OF source ON comments BEGIN "
    "INSERT INTO fts_comments(fts_comments, rowid, source) VALUES ('delete', old.id, old.source); "
    "INSERT INTO fts_comments(rowid, source) VALUES (new.id, new.source); END",
    "INSERT INTO fts_threads(fts_threads) VALUES ('rebuild')",
    "INSERT INTO fts_comments(fts_comments) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    *(f"DROP TRIGGER IF EXISTS fts_{table}_{event}" for table in ("threads", "comments")
      for event in ("ai", "ad", "au")),
    "DROP TABLE IF EXISTS fts_comments",
    "DROP TABLE IF EXISTS fts_threads",
]
POSTGRES_UP = [
    "ALTER TABLE threads ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(body_source, '')), 'B')) STORED",
    "ALTER TABLE comments ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "to_tsvector('english'::regconfig, coalesce(source, ''))) STORED",
    "CREATE INDEX ix_threads_search ON threads USING GIN (search_vector)",
    "CREATE INDEX ix_comments_search ON comments USING GIN (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_comments_search",
    "DROP INDEX IF EXISTS ix_threads_search",
    "ALTER TABLE comments DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE threads DROP COLUMN IF EXISTS search_vector",
]


def _statements(up: bool) -> list[str]:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        return SQLITE_UP if up else SQLITE_DOWN
    if dialect == "postgresql":
        return POSTGRES_UP if up else POSTGRES_DOWN
    raise NotImplementedError(f"full-text search is not implemented for {dialect}")


def upgrade() -> None:
    for statement in _statements(up=True):
        op.execute(statement)


def downgrade() -> None:
    for statement in _statements(up=False):
        op.execute(statement)
