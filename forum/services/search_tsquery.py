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

import json
import time

import sqlalchemy as sa
from sqlmodel import Session

from forum.models.search_index import SEARCH_CONFIG
from forum.services.search_query import SearchQuery, Words
from forum.services.search_sql import SCAN, Fragments

WEIGHTS = "'{0.4, 0.2, 0.4, 1.0}'"  # D, C, B, A
TAG_NAMES = ("(SELECT string_agg(g.name, chr(31) ORDER BY g.name) FROM thread_tags tt "
             "JOIN tags g ON g.id = tt.tag_id WHERE tt.thread_id = r.thread_id)")


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
    """The ``to_tsquery`` input for the last word as a prefix (whole while it is short), or ``""``."""
    if not query.prefix:
        return ""
    return f"{query.prefix}:*" if query.prefix_is_partial else query.prefix


def _tsquery(query: SearchQuery) -> tuple[str, dict[str, str]]:
    """The tsquery expression (constant SQL over bound parameters) for ``query``'s text, and its parameters."""
    config = f"'{SEARCH_CONFIG}'"
    text, prefix = websearch_text(query), prefix_text(query)
    pieces = []
    if text:
        pieces.append(f"websearch_to_tsquery({config}, :ts_text)")
    if prefix:
        pieces.append(f"to_tsquery({config}, :ts_prefix)")
    if not pieces:  # only "or"s: match nothing rather than everything
        pieces.append(f"plainto_tsquery({config}, '')")
    return "(" + " && ".join(pieces) + ")", {"ts_text": text, "ts_prefix": prefix}


def walk_newest_first(session: Session, query: SearchQuery, scan: int) -> bool:
    """Whether the newest ``scan`` matching comments are best found by walking ``comments`` newest first
    (testing each row) rather than by reading every match from the GIN index and sorting them.

    Walking tests about ``scan × rows / matches`` rows; the index reads ``matches`` rows. PostgreSQL's own
    cost model underrates the per-row test (it walks for a word in 5% of comments, testing 20 times more
    rows than the index would read), so the choice is made here from its estimates: the planner's row
    estimate for the match (``EXPLAIN``, from the column's statistics) and the table's size.
    """
    tsquery, params = _tsquery(query)
    plan = session.execute(sa.text(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM comments WHERE search_vector @@ {tsquery}"),
                           params).scalar_one()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    matches = max(1.0, float(plan[0]["Plan"]["Plan Rows"]))
    return scan * max(_comment_rows(session), matches) / matches < matches


_ROWS_TTL = 300.0  # seconds a table-size estimate is reused (it only steers the plan)
_rows_seen: dict[str, tuple[float, float]] = {}


def _comment_rows(session: Session) -> float:
    """The planner's estimate of the number of comments (``pg_class.reltuples``), kept a few minutes."""
    key = str(session.get_bind().url)
    now = time.monotonic()
    seen = _rows_seen.get(key)
    if seen is None or now - seen[1] > _ROWS_TTL:
        rows = session.execute(sa.text("SELECT reltuples FROM pg_class WHERE oid = 'comments'::regclass")).scalar()
        seen = _rows_seen[key] = (float(rows or 0.0), now)
    return seen[0]


def fragments_for(session: Session, query: SearchQuery, scan: int | None) -> Fragments:
    """:func:`fragments`, with the way to the newest matches chosen for this query (:func:`walk_newest_first`)."""
    walk = scan is not None and query.has_text and not query.in_title and walk_newest_first(session, query, scan)
    return fragments(query, scan, walk=walk)


def fragments(query: SearchQuery, scan: int | None = SCAN, *, walk: bool = True) -> Fragments:
    """The FROM/WHERE/score pieces for PostgreSQL; by filters only when the query has no text.

    The tsquery is written into each ``WHERE`` as an expression of bound parameters (not read from a CTE),
    so the planner folds it to a constant and estimates its matches from the column's statistics. With a
    ``scan`` window (``cw``, ``tw``) only the newest ``scan`` matches are fetched — walking ``comments``
    newest first by primary key (``walk``) or reading the GIN index and sorting — and ``ts_rank`` runs on
    the visible ones among them.
    """
    if not query.has_text:
        return Fragments.browse(scan, titles_only=query.in_title, tag_names=TAG_NAMES)
    config = f"'{SEARCH_CONFIG}'"
    tsquery, params = _tsquery(query)
    thread_vector = f"to_tsvector({config}, {{t}}title)" if query.in_title else "{t}search_vector"
    window = "" if scan is None else f" ORDER BY id DESC LIMIT {int(scan)}"
    # "id + 0" cannot be read from the primary key: the planner then reads the matches from the GIN index
    comment_window = window if walk else window.replace("ORDER BY id DESC", "ORDER BY id + 0 DESC")
    # the window holds ids only (narrow rows to sort); the rank is computed for the window's rows alone
    prelude = (
        "cw AS MATERIALIZED (SELECT c.id, c.thread_id, c.status, c.author_id, c.created_at, "
        f"ts_rank({WEIGHTS}, c.search_vector, {tsquery}) AS rank FROM (SELECT id FROM comments "
        f"WHERE search_vector @@ {tsquery}{comment_window}) w JOIN comments c ON c.id = w.id), "
        "tw AS MATERIALIZED (SELECT t.id, t.status, t.author_id, t.board_id, t.created_at, "
        f"ts_rank({WEIGHTS}, {thread_vector.format(t='t.')}, {tsquery}) AS rank FROM (SELECT id FROM threads "
        f"WHERE {thread_vector.format(t='')} @@ {tsquery}{window}) w JOIN threads t ON t.id = w.id)"
    )
    return Fragments(
        prelude=prelude,
        comment_hits=("SELECT c.thread_id AS thread_id, c.id AS comment_id, -c.rank AS score, "
                      "c.created_at AS created_at FROM cw c JOIN threads t ON t.id = c.thread_id WHERE {where}"),
        thread_hits=("SELECT t.id AS thread_id, CAST(NULL AS INTEGER) AS comment_id, -t.rank AS score, "
                     "t.created_at AS created_at FROM tw t WHERE {where}"),
        capped="0 = 1" if scan is None else " OR ".join(
            f"(SELECT count(*) FROM {name}) >= {int(scan)}" for name in (["tw"] if query.in_title else ["cw", "tw"])),
        params=params,
        tag_names=TAG_NAMES,
    )
