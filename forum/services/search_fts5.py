"""The SQLite side of search: a parsed query as an FTS5 ``MATCH`` expression, and the SQL fragments that
read the FTS5 external-content tables (``fts_threads``, ``fts_comments``; see ``forum.models.search_index``).

Safety: every word reaches FTS5 inside double quotes (a string, never an operator or a column name), and
words only ever hold ``\\w`` characters (``forum.services.search_query``), so ``NEAR``, ``AND``,
``title:`` or a stray quote are searched as text and no input can produce an FTS5 syntax error. Ranking is
``bm25`` (smaller is better), with the title weighted ten times the opening post.
"""

from __future__ import annotations

from forum.services.search_query import SearchQuery, Words
from forum.services.search_sql import Fragments

TITLE_WEIGHT = 10.0


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
    """The FROM/WHERE/score pieces for SQLite; by filters only when the query has no text."""
    if not query.has_text:
        return Fragments.browse()
    return Fragments(
        comment_from="fts_comments JOIN comments c ON c.id = fts_comments.rowid",
        comment_match="fts_comments MATCH :comment_match",
        comment_score="bm25(fts_comments)",
        thread_from="fts_threads JOIN threads t ON t.id = fts_threads.rowid",
        thread_match="fts_threads MATCH :thread_match",
        thread_score=f"bm25(fts_threads, {TITLE_WEIGHT}, 1.0)",
        params={"comment_match": match_expression(query),
                "thread_match": match_expression(query, title_only=query.in_title)},
    )
