"""The SQLite side of search: a parsed query as an FTS5 ``MATCH`` expression, and the SQL fragments that
read the FTS5 external-content tables (``fts_threads``, ``fts_comments``; see ``forum.models.search_index``).

Safety: every word reaches FTS5 inside double quotes (a string, never an operator or a column name), and
words only ever hold ``\\w`` characters (``forum.services.search_query``), so ``NEAR``, ``AND``,
``title:`` or a stray quote are searched as text and no input can produce an FTS5 syntax error. Ranking is
``bm25`` (smaller is better), with the title weighted ten times the opening post. The ``rank`` column
is FTS5's default ``bm25`` with equal column weights.
"""

from __future__ import annotations

from forum.services.search_query import SearchQuery, Words
from forum.services.search_sql import Fragments

TITLE_WEIGHT = 10.0
CANDIDATES = 2_000  # best-ranked comments an unfiltered search draws its page from


def _quoted(words: Words) -> str:
    return '"' + " ".join(words).replace('"', '""') + '"'


def match_expression(query: SearchQuery, *, title_only: bool = False) -> str:
    """The ``MATCH`` argument for ``query``: its terms ANDed, the prefix starred, exclusions as ``NOT``.

    ``""`` when the query has nothing positive to match (the caller then lists by filters only).
    """
    parts = [_quoted(term) for term in query.terms]
    if query.prefix:
        parts.append(_quoted((query.prefix,)) + "*")
    if not parts:
        return ""
    expression = " ".join(parts)
    for excluded in query.excluded:
        expression = f"({expression}) NOT {_quoted(excluded)}"
    return "{title} : (" + expression + ")" if title_only else expression


def fragments(query: SearchQuery) -> Fragments:
    """The FROM/WHERE/score pieces for SQLite; by filters only when the query has no text.

    The matches are computed first, in MATERIALIZED CTEs, so the full-text index always drives the query:
    left to itself, SQLite's planner may walk ``comments`` by a date or status index and probe FTS5 row by
    row, which is orders of magnitude slower. Without filters, only the :data:`CANDIDATES` best-ranked
    comments are considered (FTS5 ranks them inside its own C code); the page is drawn from those.
    """
    if not query.has_text:
        return Fragments.browse()
    cap = "" if query.has_filters else f" ORDER BY rank LIMIT {CANDIDATES}"
    return Fragments(
        prelude=(
            "cm AS MATERIALIZED (SELECT rowid AS id, rank AS score FROM fts_comments "
            f"WHERE fts_comments MATCH :comment_match{cap}), "
            f"tm AS MATERIALIZED (SELECT rowid AS id, bm25(fts_threads, {TITLE_WEIGHT}, 1.0) AS score "
            "FROM fts_threads WHERE fts_threads MATCH :thread_match)"
        ),
        comment_from="cm JOIN comments c ON c.id = cm.id",
        comment_match="1 = 1",
        comment_score="cm.score",
        thread_from="tm JOIN threads t ON t.id = tm.id",
        thread_match="1 = 1",
        thread_score="tm.score",
        params={"comment_match": match_expression(query),
                "thread_match": match_expression(query, title_only=query.in_title)},
    )
