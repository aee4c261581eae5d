"""search speed: narrow covering indexes the SQLite search joins through

A search reads the newest matches from the FTS5 index and joins each to its comment and thread to check
visibility and the filters. Reading those rows themselves means a page of ``comments`` (source and HTML) per
match; these indexes hold just the columns the search needs, keyed by id, so the join stays in a few
megabytes of index pages. SQLite only: PostgreSQL's search reads the rows it already fetched for the
``tsvector`` match. Like the FTS5 tables, they live outside the models (``forum.models.search_index``).

Revision ID: 0010_search_speed
Revises: 0009_one_watch_table
Create Date: 2026-11-29 15:00:00.000000
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0010_search_speed'
down_revision: str | None = '0009_one_watch_table'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "CREATE INDEX ix_comments_search_cover ON comments (id, thread_id, status, author_id, created_at)",
    "CREATE INDEX ix_threads_search_cover ON threads (id, status, board_id, author_id, created_at, last_activity_at)",
]
SQLITE_DOWN = [
    "DROP INDEX IF EXISTS ix_threads_search_cover",
    "DROP INDEX IF EXISTS ix_comments_search_cover",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
