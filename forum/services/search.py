"""Full-text search over thread titles, opening posts and comments, on SQLite and PostgreSQL alike.

``search(session, "outage hold times", viewer)`` parses the query (``search_query``), picks the backend for
the session's database (``search_fts5`` or ``search_tsquery``), runs one grouped statement (``search_sql``)
that also carries what the page shows (tags included), and returns a page of threads,
each with its best-matching item as an escaped, highlighted excerpt (``search_snippets``) and a deep link
(``/c/<id>`` for a comment). A visitor's search examines a bounded window of the newest matches
(``search_sql.SCAN``), so a very common word costs no more than a rarer one.

Visibility (checked here, on the server, whatever the caller asks):

- ``SearchScope.PUBLIC`` (everyone): published comments in published threads; a signed-in author also
  finds their own held (pending) comments and threads, marked by their ``status``.
- ``HELD``, ``REMOVED`` (removed and rejected) and ``ALL``: moderators only. Anyone else asking for them is
  given ``PUBLIC`` (``SearchResults.scope`` says which scope was used).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from forum.models import CommentStatus
from forum.services import search_fts5, search_tsquery
from forum.services.search_query import SearchQuery, parse_query
from forum.services.search_snippets import snippet_html, snippet_marker
from forum.services.search_sql import SCAN, TAG_SEPARATOR, Conditions, statement
from forum.services.thread_view import Viewer
from forum.services.timefmt import iso, relative_time

PER_PAGE = 20
MAX_PAGE = 50  # deep pages of a relevance ranking are noise; 1,000 threads is plenty


class SearchScope(StrEnum):
    PUBLIC = "public"
    HELD = "held"
    REMOVED = "removed"
    ALL = "all"


@dataclass
class SearchHit:
    """One thread in the results, shown by its best match. ``snippet_html`` is escaped text with ``<mark>``
    tags only (safe to insert as HTML); ``status`` is the matched item's (``pending`` is marked "held")."""

    thread_slug: str
    thread_title: str
    board_slug: str
    board_name: str
    url: str
    comment_id: int | None
    snippet_html: str
    author_handle: str
    author_name: str
    created: str
    created_iso: str
    status: str
    matches: int
    tags: list[str] = field(default_factory=list)


@dataclass
class SearchResults:
    """A page of results; ``notes`` explain what was ignored or not found (unknown board, bad date...)."""

    query: SearchQuery
    scope: SearchScope
    hits: list[SearchHit]
    total: int
    page: int
    page_count: int
    notes: list[str] = field(default_factory=list)
    capped: bool = False  # only the newest ``scanned`` matches were examined: ``total`` is then a floor
    scanned: int = 0  # the window's size (0: every match was examined)


def allowed_scope(requested: str | SearchScope | None, viewer: Viewer) -> SearchScope:
    """The scope ``viewer`` gets when asking for ``requested``: only moderators may leave PUBLIC."""
    try:
        scope = SearchScope(requested or SearchScope.PUBLIC)
    except ValueError:
        return SearchScope.PUBLIC
    return scope if viewer.is_moderator else SearchScope.PUBLIC


def _visibility(scope: SearchScope, viewer: Viewer) -> tuple[list[str], list[str], dict[str, Any]]:
    # SQL parameter names, one per status (the statuses' own values)
    statuses = {status.value: status.value for status in (CommentStatus.PUBLISHED, CommentStatus.PENDING,
                                                          CommentStatus.REMOVED, CommentStatus.REJECTED)}
    if scope is SearchScope.HELD:
        return ["c.status = :pending"], ["t.status = :pending"], statuses
    if scope is SearchScope.REMOVED:
        return ["c.status IN (:removed, :rejected)"], ["t.status = :removed"], statuses
    if scope is SearchScope.ALL:
        return [], [], statuses
    own = {"viewer_id": viewer.user_id if viewer.user_id is not None else -1}
    thread = "(t.status = :published OR (t.author_id = :viewer_id AND t.status = :pending))"
    comment = "(c.status = :published OR (c.author_id = :viewer_id AND c.status = :pending))"
    return [comment, thread], [thread], {**statuses, **own}


# the filters' lookups, built once (building a statement costs more than running one of these)
_BOARD_ID = sa.text("SELECT id FROM boards WHERE slug = :value")
_TAG_ID = sa.text("SELECT id FROM tags WHERE slug = :value OR lower(name) = :value ORDER BY id LIMIT 1")
_AUTHOR_ID = sa.text("SELECT id FROM users WHERE lower(handle) = :value ORDER BY id LIMIT 1")


def _filters(session: Session, query: SearchQuery, notes: list[str]
             ) -> tuple[list[str], list[str], dict[str, Any]] | None:
    """SQL conditions for the query's filters; None when a filter names something that does not exist."""
    comment: list[str] = []
    thread: list[str] = []
    params: dict[str, Any] = {}
    if query.board:
        board_id = session.execute(_BOARD_ID, {"value": query.board}).scalar()
        if board_id is None:
            notes.append(f"There is no board “{query.board}”.")
            return None
        thread.append("t.board_id = :board_id")
        params["board_id"] = board_id
    for n, name in enumerate(query.tags):
        tag_id = session.execute(_TAG_ID, {"value": name}).scalar()
        if tag_id is None:
            notes.append(f"There is no tag “{name}”.")
            return None
        thread.append(f"t.id IN (SELECT thread_id FROM thread_tags WHERE tag_id = :tag_{n})")
        params[f"tag_{n}"] = tag_id
    if query.author:
        author_id = session.execute(_AUTHOR_ID, {"value": query.author}).scalar()
        if author_id is None:
            notes.append(f"There is no member @{query.author}.")
            return None
        comment.append("c.author_id = :author_id")
        params["author_id"] = author_id
    for name, bound, operator in (("before", query.before, "<"), ("after", query.after, ">=")):
        if bound is not None:
            params[name] = datetime.combine(bound, time.min, tzinfo=UTC)
            comment.append(f"c.created_at {operator} :{name}")
    thread_only = [c.replace("c.", "t.") for c in comment]
    return comment + thread, thread_only + thread, params


def search(session: Session, raw: str | SearchQuery, viewer: Viewer | None = None, *,
           scope: str | SearchScope | None = None, page: int = 1, per_page: int = PER_PAGE) -> SearchResults:
    """Page ``page`` of the threads matching ``raw`` for ``viewer`` (see the module for visibility)."""
    viewer = viewer or Viewer()
    query = raw if isinstance(raw, SearchQuery) else parse_query(raw)
    used = allowed_scope(scope, viewer)
    notes = [f"Ignored “{token}”: not a filter this search understands." for token in query.ignored]
    empty = SearchResults(query=query, scope=used, hits=[], total=0, page=1, page_count=1, notes=notes)
    if query.is_empty:
        return empty
    filters = _filters(session, query, notes)
    if filters is None:
        return empty
    seen_comments, seen_threads, seen_params = _visibility(used, viewer)
    comment_filters, thread_filters, filter_params = filters
    conditions = Conditions(comment=seen_comments + comment_filters, thread=seen_threads + thread_filters,
                            params={**seen_params, **filter_params}, include_comments=not query.in_title)
    backend = search_tsquery if session.get_bind().dialect.name == "postgresql" else search_fts5
    # a visitor's search examines the newest SCAN matches; moderators' scopes (rare statuses) examine all
    scan = SCAN if used is SearchScope.PUBLIC else None
    page = min(max(1, page), MAX_PAGE)
    rows = session.execute(statement(backend.fragments_for(session, query, scan), conditions),
                           {"limit": per_page, "offset": (page - 1) * per_page}).all()
    total = rows[0].total if rows else 0
    if not rows and page > 1:
        return search(session, query, viewer, scope=used, page=1, per_page=per_page)
    hits = _hits(rows, query)
    return SearchResults(query=query, scope=used, hits=hits, total=total, page=page,
                         page_count=max(1, min(MAX_PAGE, math.ceil(total / per_page))), notes=notes,
                         capped=bool(rows and rows[0].capped), scanned=scan or 0)


def _hits(rows: list[Any], query: SearchQuery) -> list[SearchHit]:
    """The page's rows (the search statement carries what they show, tags included) as hits in rank order;
    snippets only for the page's rows, with one pattern per search."""
    marker = snippet_marker(query.highlight_words())
    hits = []
    for row in rows:
        on_comment = row.comment_id is not None
        body = row.comment_html if on_comment else (row.thread_body_html or row.thread_title)
        created = row.comment_created_at if on_comment else row.thread_created_at
        status = str(row.comment_status if on_comment else row.thread_status)
        hits.append(SearchHit(
            thread_slug=row.thread_slug, thread_title=row.thread_title, board_slug=row.board_slug,
            board_name=row.board_name,
            url=f"/c/{row.comment_id}" if on_comment and status != CommentStatus.REMOVED else f"/t/{row.thread_slug}",
            comment_id=row.comment_id, snippet_html=snippet_html(body, marker),
            author_handle=row.comment_handle if on_comment else row.thread_handle,
            author_name=row.comment_name if on_comment else row.thread_name,
            created=relative_time(created), created_iso=iso(created), status=status, matches=int(row.matches),
            tags=row.tag_names.split(TAG_SEPARATOR) if row.tag_names else [],
        ))
    return hits
