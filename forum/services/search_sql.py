"""The one search statement both databases run, composed from fixed fragments and bound parameters.

Shape: ``cm`` and ``tm`` are the visible hits — comments (``c``) and thread titles/opening posts (``t``) —
each with a score where smaller is better (bm25 on SQLite, negated ``ts_rank`` on PostgreSQL); ``grouped``
is one row per thread (its best score and how many hits it has), ``page`` orders those by score, then by
the thread's latest activity (the recency tie-break), a page at a time, with the total number of threads;
each page row then names its best hit (best score, newest first on a tie). Nothing a person typed is ever
part of the SQL text: the backends' fragments are constants and the query reaches the database only as
bound parameters.

The work is bounded (see :data:`SCAN`): a text search examines only the newest ``SCAN`` comments that contain
its words (and the newest ``SCAN`` matching threads), applies visibility and filters to those, and ranks
what is left. A word found in tens of thousands of comments then costs the same as one found in a few
thousand; the statement's ``capped`` column says when the window was full (the total is then a floor).
Words found in fewer places are searched exhaustively. Each backend says how its window is drawn
(``search_fts5``: a rowid floor found in the index; ``search_tsquery``: a ``LIMIT`` over the newest
matches).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from forum.models import Comment

SCAN = 2_000  # newest matching comments (and threads) a visitor's search examines; None elsewhere: all


@dataclass(frozen=True)
class Fragments:
    """A backend's pieces of the statement (see ``search_fts5`` and ``search_tsquery``).

    ``comment_hits`` and ``thread_hits`` are ``SELECT``s of ``thread_id, comment_id, score, created_at``
    with a ``{where}`` slot for the conditions (over ``c`` and ``t``); ``prelude`` holds CTEs they use;
    ``capped`` is an SQL expression, true when a window was full."""

    comment_hits: str
    thread_hits: str
    prelude: str = ""
    capped: str = "0 = 1"
    params: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def browse(cls, scan: int | None = None, *, titles_only: bool = False, join: str = "JOIN") -> Fragments:
        """No text to match: every visible item that passes the filters, newest activity first (with a
        ``scan`` window: the newest ``scan`` comments and threads that do). ``join`` is SQLite's
        ``CROSS JOIN`` there, to walk ``comments`` newest first rather than thread by thread."""
        window = "" if scan is None else f" ORDER BY {{alias}}.id DESC LIMIT {int(scan)}"
        return cls(
            comment_hits="SELECT c.thread_id AS thread_id, c.id AS comment_id, 0.0 AS score, "
                         f"c.created_at AS created_at FROM comments c {join} threads t ON t.id = c.thread_id "
                         "WHERE {where}" + window.format(alias="c"),
            thread_hits="SELECT t.id AS thread_id, CAST(NULL AS INTEGER) AS comment_id, 0.0 AS score, "
                        "t.created_at AS created_at FROM threads t WHERE {where}" + window.format(alias="t"),
            capped="0 = 1" if scan is None else " OR ".join(
                f"(SELECT count(*) FROM {name}) >= {int(scan)}" for name in (["tm"] if titles_only else ["cm", "tm"])))


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
    comment_where = " AND ".join(conditions.comment) or "1 = 1"
    thread_where = " AND ".join(conditions.thread) or "1 = 1"
    ctes = [fragments.prelude] if fragments.prelude else []
    ctes.append("tm AS MATERIALIZED (" + fragments.thread_hits.replace("{where}", thread_where) + ")")
    parts = ["SELECT thread_id, comment_id, score, created_at FROM tm"]
    if conditions.include_comments:
        ctes.append("cm AS MATERIALIZED (" + fragments.comment_hits.replace("{where}", comment_where) + ")")
        parts.append("SELECT thread_id, comment_id, score, created_at FROM cm")
    ctes.append("hits AS MATERIALIZED (" + " UNION ALL ".join(parts) + ")")
    # one row per thread (its best score, its number of hits), then the page of them: grouping first and
    # looking up the best hit of the page's threads only is far cheaper than numbering every hit
    ctes.append("grouped AS (SELECT thread_id, MIN(score) AS score, COUNT(*) AS matches FROM hits GROUP BY thread_id)")
    ctes.append(
        "page AS (SELECT g.thread_id, g.score, g.matches, t.last_activity_at, COUNT(*) OVER () AS total "
        "FROM grouped g JOIN threads t ON t.id = g.thread_id "
        "ORDER BY g.score, t.last_activity_at DESC, t.id DESC LIMIT :limit OFFSET :offset)")
    sql = (
        "WITH " + ", ".join(ctes) + " "
        "SELECT p.thread_id, (SELECT h.comment_id FROM hits h WHERE h.thread_id = p.thread_id "
        "ORDER BY h.score, h.created_at DESC LIMIT 1) AS comment_id, p.score, p.matches, p.total, "
        f"CASE WHEN {fragments.capped} THEN 1 ELSE 0 END AS capped "
        "FROM page p ORDER BY p.score, p.last_activity_at DESC, p.thread_id DESC"
    )
    used = {name: value for name, value in {**fragments.params, **conditions.params}.items()
            if re.search(rf":{name}\b", sql)}
    clause = sa.text(sql)
    dates = [sa.bindparam(name, type_=_DATE_TYPE) for name in ("before", "after") if name in used]
    if dates:
        clause = clause.bindparams(*dates)
    return clause.bindparams(**used)
