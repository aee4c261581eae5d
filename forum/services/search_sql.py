"""The one search statement both databases run, composed from fixed fragments and bound parameters.

Shape: ``cm`` and ``tm`` are the visible hits — comments (``c``) and thread titles/opening posts (``t``) —
each with a score where smaller is better (bm25 on SQLite, negated ``ts_rank`` on PostgreSQL); ``grouped``
is one row per thread (its best score and how many hits it has), ``page`` orders those by score, then by
the thread's latest activity (the recency tie-break), a page at a time, with the total number of threads;
each page row then names its best hit (best score, newest first on a tie) and carries what the page shows
of it (thread, board, authors, the matched comment's HTML). Nothing a person typed is ever
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

SCAN = 1_000  # newest matching comments (and threads) a visitor's search examines; None elsewhere: all


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
    tag_names: str = "NULL"  # the thread ``r.thread_id``'s tag names, in order, joined by TAG_SEPARATOR

    @classmethod
    def browse(cls, scan: int | None = None, *, titles_only: bool = False, join: str = "JOIN",
               tag_names: str = "NULL") -> Fragments:
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
                f"(SELECT count(*) FROM {name}) >= {int(scan)}" for name in (["tm"] if titles_only else ["cm", "tm"])),
            tag_names=tag_names)


@dataclass(frozen=True)
class Conditions:
    """The WHERE clauses beyond the text match: visibility and filters, for comments and for threads."""

    comment: list[str]
    thread: list[str]
    params: dict[str, Any]
    include_comments: bool = True  # False for ``in:title``


_DATE_TYPE = Comment.__table__.c.created_at.type
TAG_SEPARATOR = "\x1f"  # never in a tag name (``forum.services.tags``)


def statement(fragments: Fragments, conditions: Conditions) -> sa.TextualSelect:
    """The grouped, ranked, paged search with what the page shows of each hit (bind ``limit`` and
    ``offset`` too)."""
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
    # each page row's best hit (best score, newest first on a tie), then what the page shows of it, in the
    # same statement: the thread with its board, author and tags, and the matched comment with its author
    ctes.append(
        "ordered AS (SELECT h.thread_id, h.comment_id, "
        "ROW_NUMBER() OVER (PARTITION BY h.thread_id ORDER BY h.score, h.created_at DESC) AS rn "
        "FROM hits h WHERE h.thread_id IN (SELECT thread_id FROM page))")
    ctes.append(
        "best AS MATERIALIZED (SELECT p.*, o.comment_id FROM page p JOIN ordered o "
        "ON o.thread_id = p.thread_id AND o.rn = 1)")
    sql = (
        "WITH " + ", ".join(ctes) + " "
        "SELECT r.thread_id, r.comment_id, r.score, r.matches, r.total, "
        f"CASE WHEN {fragments.capped} THEN 1 ELSE 0 END AS capped, "
        "t.slug AS thread_slug, t.title AS thread_title, t.status AS thread_status, "
        "t.created_at AS thread_created_at, "
        "CASE WHEN r.comment_id IS NULL THEN t.body_html ELSE '' END AS thread_body_html, "
        "b.slug AS board_slug, b.name AS board_name, tu.handle AS thread_handle, tu.display_name AS thread_name, "
        "c.html AS comment_html, c.status AS comment_status, c.created_at AS comment_created_at, "
        "cu.handle AS comment_handle, cu.display_name AS comment_name, "
        f"{fragments.tag_names} AS tag_names "
        "FROM best r JOIN threads t ON t.id = r.thread_id JOIN boards b ON b.id = t.board_id "
        "JOIN users tu ON tu.id = t.author_id LEFT JOIN comments c ON c.id = r.comment_id "
        "LEFT JOIN users cu ON cu.id = c.author_id "
        "ORDER BY r.score, r.last_activity_at DESC, r.thread_id DESC"
    )
    used = {name: value for name, value in {**fragments.params, **conditions.params}.items()
            if re.search(rf":{name}\b", sql)}
    clause = sa.text(sql)
    dates = [sa.bindparam(name, type_=_DATE_TYPE) for name in ("before", "after") if name in used]
    if dates:
        clause = clause.bindparams(*dates)
    return clause.bindparams(**used).columns(thread_created_at=_DATE_TYPE, comment_created_at=_DATE_TYPE)
