"""The SQLite side of search: a parsed query as an FTS5 ``MATCH`` expression, and the SQL fragments that
read the FTS5 external-content tables (``fts_threads``, ``fts_comments``; see ``forum.models.search_index``).

Safety: every word reaches FTS5 inside double quotes (a string, never an operator or a column name), and
words only ever hold ``\\w`` characters (``forum.services.search_query``), so ``NEAR``, ``AND``,
``title:`` or a stray quote are searched as text and no input can produce an FTS5 syntax error. Ranking is
``bm25`` (smaller is better), with the title weighted ten times the opening post.
"""

from __future__ import annotations

from sqlmodel import Session

from forum.models.search_index import FTS_COMMENTS, FTS_THREADS
from forum.services.search_query import SearchQuery, Words
from forum.services.search_sql import SCAN, Fragments

TITLE_WEIGHT = 10.0
# the narrow covering indexes (migration 0008), named: without ``ANALYZE`` statistics SQLite would read the
# wide rows by primary key instead
_BY_COMMENT = "INDEXED BY ix_comments_search_cover"
_BY_THREAD = "INDEXED BY ix_threads_search_cover"
TAG_NAMES = ("(SELECT group_concat(name, char(31)) FROM (SELECT g.name AS name FROM thread_tags tt "
             "JOIN tags g ON g.id = tt.tag_id WHERE tt.thread_id = r.thread_id ORDER BY g.name))")


def _quoted(words: Words) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def match_expression(query: SearchQuery, *, title_only: bool = False) -> str:
    """The ``MATCH`` argument for ``query``: its terms ANDed, the prefix starred (when it is long enough to
    be one: ``SearchQuery.prefix_is_partial``), exclusions as ``NOT``.

    ``""`` when the query has nothing positive to match (the caller then lists by filters only).
    """
    parts = [_quoted(term) for term in query.terms]
    if query.prefix:
        parts.append(_quoted((query.prefix,)) + ("*" if query.prefix_is_partial else ""))
    if not parts:
        return ""
    expression = " ".join(parts)
    for excluded in query.excluded:
        expression = f"({expression}) NOT {_quoted(excluded)}"
    return "{title} : (" + expression + ")" if title_only else expression


def _window(index: str, match: str) -> str:
    """A CTE holding the rowid of the ``:scan``-th newest row of ``index`` matching ``match`` (0 when fewer
    match): FTS5 walks its doclist newest first in C without ranking, so finding it is cheap."""
    return (f"{index}_floor AS MATERIALIZED (SELECT coalesce((SELECT rowid FROM {index} WHERE {index} MATCH "
            f":{match} ORDER BY rowid DESC LIMIT 1 OFFSET :scan_offset), 0) AS id)")


def fragments_for(session: Session, query: SearchQuery, scan: int | None) -> Fragments:
    """:func:`fragments` (the same for every query on SQLite; the PostgreSQL side consults the planner)."""
    return fragments(query, scan)


def fragments(query: SearchQuery, scan: int | None = SCAN) -> Fragments:
    """The FROM/WHERE/score pieces for SQLite; by filters only when the query has no text.

    The full-text index always drives the statement (``CROSS JOIN`` fixes the join order): left to itself,
    SQLite's planner may walk ``comments`` by a date or status index and probe FTS5 row by row, which is
    orders of magnitude slower. With a ``scan`` window, only index rows at or above the window's floor
    (:func:`_window`) are read, joined to their comment and thread (narrow covering indexes, migration
    ``0010_search_speed``) and, when visible and passing the filters, ranked with ``bm25`` — which FTS5
    computes only for the rows the join keeps.
    """
    if not query.has_text:
        return Fragments.browse(scan, titles_only=query.in_title, join="CROSS JOIN", tag_names=TAG_NAMES)
    params: dict[str, object] = {"comment_match": match_expression(query),
                                 "thread_match": match_expression(query, title_only=query.in_title)}
    if scan is None:
        prelude, comment_floor, thread_floor, capped = "", "", "", "0 = 1"
    else:
        prelude = ", ".join([_window(FTS_THREADS, "thread_match"),
                             *([] if query.in_title else [_window(FTS_COMMENTS, "comment_match")])])
        comment_floor = f" AND {FTS_COMMENTS}.rowid >= (SELECT id FROM {FTS_COMMENTS}_floor)"
        thread_floor = f" AND {FTS_THREADS}.rowid >= (SELECT id FROM {FTS_THREADS}_floor)"
        capped = f"(SELECT id FROM {FTS_THREADS}_floor) > 0"
        if not query.in_title:
            capped += f" OR (SELECT id FROM {FTS_COMMENTS}_floor) > 0"
        params["scan_offset"] = scan - 1
    return Fragments(
        prelude=prelude,
        comment_hits=(
            f"SELECT c.thread_id AS thread_id, c.id AS comment_id, bm25({FTS_COMMENTS}) AS score, "
            f"c.created_at AS created_at FROM {FTS_COMMENTS} CROSS JOIN comments c {_BY_COMMENT} "
            f"ON c.id = {FTS_COMMENTS}.rowid CROSS JOIN threads t {_BY_THREAD} ON t.id = c.thread_id "
            f"WHERE {FTS_COMMENTS} MATCH :comment_match"
            f"{comment_floor} AND {{where}}"),
        thread_hits=(
            "SELECT t.id AS thread_id, CAST(NULL AS INTEGER) AS comment_id, "
            f"bm25({FTS_THREADS}, {TITLE_WEIGHT}, 1.0) AS score, "
            f"t.created_at AS created_at FROM {FTS_THREADS} CROSS JOIN threads t {_BY_THREAD} "
            f"ON t.id = {FTS_THREADS}.rowid "
            f"WHERE {FTS_THREADS} MATCH :thread_match{thread_floor} AND {{where}}"),
        capped=capped,
        params=params,
        tag_names=TAG_NAMES,
    )
