"""Names of the full-text search index objects the ``0004_search`` and ``0010_search_speed`` migrations
create outside the models.

The index is not a SQLModel table: on SQLite it is two FTS5 *external-content* virtual tables
(``fts_threads`` over ``threads.title``/``body_source``, ``fts_comments`` over ``comments.source``) kept in
step by triggers, plus two narrow covering indexes (``ix_*_search_cover``, keyed by id) the search joins
through; on PostgreSQL it is a stored generated ``search_vector`` column on ``threads`` and ``comments``
with a GIN index each. Autogenerate and drift checks must not propose dropping these, so
:func:`include_object` (wired into ``alembic/env.py``) hides them from the comparison.

Invariant for later migrations: a SQLite batch ``ALTER`` of ``threads`` or ``comments`` recreates the table
and drops its triggers; such a migration must recreate them (see the 0004 migration), check the covering
indexes survived (0008), and rebuild the index (``python -m forum search reindex``).
"""

from __future__ import annotations

from typing import Any

FTS_TABLE_PREFIX = "fts_"
FTS_THREADS = "fts_threads"
FTS_COMMENTS = "fts_comments"
SEARCH_COLUMN = "search_vector"
SEARCH_INDEXES = frozenset({"ix_threads_search", "ix_comments_search"})  # PostgreSQL's GIN indexes
# SQLite's narrow covering indexes the search joins through (migration 0010_search_speed)
COVERING_INDEXES = frozenset({"ix_threads_search_cover", "ix_comments_search_cover"})
SEARCH_CONFIG = "english"  # PostgreSQL text search configuration (stemming, stop words)


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's ``include_object`` hook: False for the search index's tables, columns and indexes."""
    if type_ == "table" and name and name.startswith(FTS_TABLE_PREFIX):
        return False
    if type_ == "column" and name == SEARCH_COLUMN:
        return False
    return not (type_ == "index" and (name in SEARCH_INDEXES or name in COVERING_INDEXES))
