"""The one search statement both databases run, composed from fixed fragments and bound parameters.

Shape: ``hits`` gathers every visible match — comments (``c``) and thread titles/opening posts (``t``) —
with a score where smaller is better (bm25 on SQLite, negated ``ts_rank`` on PostgreSQL); ``ranked``
numbers each thread's hits best first; the result is one row per thread (its best hit, how many hits it
has, and the total number of threads) ordered by score, then by the thread's latest activity (the recency
tie-break), a page at a time. Nothing a person typed is ever part of the SQL text: the backends' fragments
are constants and the query reaches the database only as bound parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from forum.models import Comment


@dataclass(frozen=True)
class Fragments:
    """A backend's pieces of the statement (see ``search_fts5`` and ``search_tsquery``)."""

    comment_from: str
    comment_match: str
    comment_score: str
    thread_from: str
    thread_match: str
    thread_score: str
    prelude: str = ""  # a CTE the others may use (PostgreSQL's parsed tsquery)
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def browse(cls) -> Fragments:
        """No text to match: every visible item that passes the filters, newest activity first."""
        return cls(comment_from="comments c", comment_match="1 = 1", comment_score="0.0",
                   thread_from="threads t", thread_match="1 = 1", thread_score="0.0")


@dataclass(frozen=True)
class Conditions:
    """The WHERE clauses beyond the text match: visibility and filters, for comments and for threads."""

    comment: list[str]
    thread: list[str]
    params: dict[str, Any]
    include_comments: bool = True  # False for ``in:title``


_DATE_TYPE = Comment.__table__.c.created_at.type


def statement(fragments: Fragments, conditions: Conditions) -> sa.TextClause:
    """The grouped, ranked, paged search (bind ``limit`` and ``offset`` too)."""
    comment_where = " AND ".join([fragments.comment_match, *conditions.comment])
    thread_where = " AND ".join([fragments.thread_match, *conditions.thread])
    parts = [
        f"SELECT t.id AS thread_id, NULL AS comment_id, {fragments.thread_score} AS score, "
        f"t.created_at AS created_at FROM {fragments.thread_from} WHERE {thread_where}",
    ]
    if conditions.include_comments:
        parts.append(
            f"SELECT c.thread_id AS thread_id, c.id AS comment_id, {fragments.comment_score} AS score, "
            f"c.created_at AS created_at FROM {fragments.comment_from} JOIN threads t ON t.id = c.thread_id "
            f"WHERE {comment_where}")
    ctes = [fragments.prelude] if fragments.prelude else []
    ctes.append("hits AS (" + " UNION ALL ".join(parts) + ")")
    ctes.append(
        "ranked AS (SELECT thread_id, comment_id, score, "
        "ROW_NUMBER() OVER (PARTITION BY thread_id ORDER BY score, created_at DESC) AS rn, "
        "COUNT(*) OVER (PARTITION BY thread_id) AS matches FROM hits)")
    sql = (
        "WITH " + ", ".join(ctes) + " "
        "SELECT r.thread_id, r.comment_id, r.score, r.matches, COUNT(*) OVER () AS total "
        "FROM ranked r JOIN threads t ON t.id = r.thread_id WHERE r.rn = 1 "
        "ORDER BY r.score, t.last_activity_at DESC, t.id DESC LIMIT :limit OFFSET :offset"
    )
    used = {name: value for name, value in {**fragments.params, **conditions.params}.items()
            if re.search(rf":{name}\b", sql)}
    clause = sa.text(sql)
    dates = [sa.bindparam(name, type_=_DATE_TYPE) for name in ("before", "after") if name in used]
    if dates:
        clause = clause.bindparams(*dates)
    return clause.bindparams(**used)
