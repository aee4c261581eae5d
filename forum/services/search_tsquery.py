"""The PostgreSQL side of search: a parsed query as ``websearch_to_tsquery`` input (plus a prefix
``to_tsquery`` for the last word), and the SQL fragments that read the generated ``search_vector`` columns.

Safety: the text handed to ``websearch_to_tsquery`` is rebuilt from the parsed structure (words of ``\\w``
characters, phrases in double quotes, exclusions with ``-``), and that function never raises on any input;
the prefix handed to ``to_tsquery`` is one run of word characters followed by ``:*``, which it always
accepts. The bare word ``or`` is dropped: ``websearch_to_tsquery`` would read it as an operator (and it
is a stop word anyway). Ranking is ``ts_rank`` negated, so smaller is better on both databases; titles
(weight A) count 1.0, opening posts (B) and comments (D) 0.4.
"""

from __future__ import annotations

from forum.models.search_index import SEARCH_CONFIG
from forum.services.search_query import SearchQuery, Words
from forum.services.search_sql import Fragments

WEIGHTS = "'{0.4, 0.2, 0.4, 1.0}'"  # D, C, B, A


def _rendered(words: Words) -> str:
    kept = [w for w in words if w != "or"]
    if not kept:
        return ""
    return kept[0] if len(kept) == 1 else '"' + " ".join(kept) + '"'


def websearch_text(query: SearchQuery) -> str:
    """The ``websearch_to_tsquery`` input for ``query``'s terms and exclusions (not the prefix)."""
    positive = [_rendered(term) for term in query.terms]
    negative = ["-" + _rendered(term) for term in query.excluded if _rendered(term)]
    return " ".join([p for p in positive if p] + negative)


def prefix_text(query: SearchQuery) -> str:
    """The ``to_tsquery`` input for the last word as a prefix, or ``""``."""
    return f"{query.prefix}:*" if query.prefix else ""


def fragments(query: SearchQuery) -> Fragments:
    """The FROM/WHERE/score pieces for PostgreSQL; by filters only when the query has no text."""
    if not query.has_text:
        return Fragments.browse()
    config = f"'{SEARCH_CONFIG}'"
    text, prefix = websearch_text(query), prefix_text(query)
    pieces = []
    if text:
        pieces.append(f"websearch_to_tsquery({config}, :ts_text)")
    if prefix:
        pieces.append(f"to_tsquery({config}, :ts_prefix)")
    if not pieces:  # only "or"s: match nothing rather than everything
        pieces.append(f"plainto_tsquery({config}, '')")
    thread_vector = f"to_tsvector({config}, t.title)" if query.in_title else "t.search_vector"
    return Fragments(
        prelude=f"q AS (SELECT {' && '.join(pieces)} AS query)",
        comment_from="comments c CROSS JOIN q",
        comment_match="c.search_vector @@ q.query",
        comment_score=f"-ts_rank({WEIGHTS}, c.search_vector, q.query)",
        thread_from="threads t CROSS JOIN q",
        thread_match=f"{thread_vector} @@ q.query",
        thread_score=f"-ts_rank({WEIGHTS}, {thread_vector}, q.query)",
        params={"ts_text": text, "ts_prefix": prefix},
    )
