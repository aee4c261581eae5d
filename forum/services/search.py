"""Full-text search over thread titles, opening posts and comments, on SQLite and PostgreSQL alike.

``search(session, "outage hold times", viewer)`` parses the query (``search_query``), picks the backend for
the session's database (``search_fts5`` or ``search_tsquery``), runs one grouped statement (``search_sql``)
and one query for the page's details, and returns a page of threads, each with its best-matching item as an
escaped, highlighted excerpt (``search_snippets``) and a deep link (``/c/<id>`` for a comment).

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
from sqlmodel import Session, select

from forum.models import Board, Comment, CommentStatus, Tag, Thread, User
from forum.services import search_fts5, search_tsquery
from forum.services.search_query import SearchQuery, parse_query
from forum.services.search_snippets import snippet_html, snippet_marker
from forum.services.search_sql import SCAN, Conditions, statement
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


def _filters(session: Session, query: SearchQuery, notes: list[str]
             ) -> tuple[list[str], list[str], dict[str, Any]] | None:
    """SQL conditions for the query's filters; None when a filter names something that does not exist."""
    comment: list[str] = []
    thread: list[str] = []
    params: dict[str, Any] = {}
    if query.board:
        board_id = session.exec(select(Board.id).where(Board.slug == query.board)).first()
        if board_id is None:
            notes.append(f"There is no board “{query.board}”.")
            return None
        thread.append("t.board_id = :board_id")
        params["board_id"] = board_id
    for n, name in enumerate(query.tags):
        tag_id = session.exec(select(Tag.id).where(
            sa.or_(Tag.slug == name, sa.func.lower(Tag.name) == name))).first()
        if tag_id is None:
            notes.append(f"There is no tag “{name}”.")
            return None
        thread.append(f"t.id IN (SELECT thread_id FROM thread_tags WHERE tag_id = :tag_{n})")
        params[f"tag_{n}"] = tag_id
    if query.author:
        author_id = session.exec(select(User.id).where(sa.func.lower(User.handle) == query.author)).first()
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
    hits = _details(session, [(r.thread_id, r.comment_id, r.matches) for r in rows], query)
    return SearchResults(query=query, scope=used, hits=hits, total=total, page=page,
                         page_count=max(1, min(MAX_PAGE, math.ceil(total / per_page))), notes=notes,
                         capped=bool(rows and rows[0].capped), scanned=scan or 0)


# The page's details, built once (constructing SQLAlchemy statements costs more than running these).
_THREADS = sa.text(
    "SELECT t.id, t.slug, t.title, t.status, t.created_at, "
    "CASE WHEN t.id IN :shown_body THEN t.body_html ELSE '' END AS body_html, "
    "b.slug AS board_slug, b.name AS board_name, u.handle, u.display_name "
    "FROM threads t JOIN boards b ON b.id = t.board_id JOIN users u ON u.id = t.author_id WHERE t.id IN :ids"
).bindparams(sa.bindparam("ids", expanding=True), sa.bindparam("shown_body", expanding=True)).columns(
    created_at=Thread.__table__.c.created_at.type)
_COMMENTS = sa.text(
    "SELECT c.id, c.html, c.status, c.created_at, u.handle, u.display_name "
    "FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id IN :ids"
).bindparams(sa.bindparam("ids", expanding=True)).columns(created_at=Comment.__table__.c.created_at.type)
_TAGS = sa.text(
    "SELECT tt.thread_id, g.name FROM thread_tags tt JOIN tags g ON g.id = tt.tag_id "
    "WHERE tt.thread_id IN :ids ORDER BY g.name"
).bindparams(sa.bindparam("ids", expanding=True))


def _details(session: Session, rows: list[tuple[int, int | None, int]], query: SearchQuery) -> list[SearchHit]:
    """The page's threads (with board and author), matched comments (with author) and tags, in three queries
    of the columns shown, as hits in rank order; snippets only for the page's rows."""
    if not rows:
        return []
    thread_ids = [thread_id for thread_id, _, _ in rows]
    comment_ids = [comment_id for _, comment_id, _ in rows if comment_id is not None]
    shown_body = [thread_id for thread_id, comment_id, _ in rows if comment_id is None] or [-1]
    threads = {row.id: row for row in session.execute(_THREADS, {"ids": thread_ids, "shown_body": shown_body})}
    comments = {row.id: row for row in session.execute(_COMMENTS, {"ids": comment_ids})} if comment_ids else {}
    tags: dict[int, list[str]] = {}
    for thread_id, name in session.execute(_TAGS, {"ids": thread_ids}):
        tags.setdefault(thread_id, []).append(name)
    marker = snippet_marker(query.highlight_words())
    hits = []
    for thread_id, comment_id, matches in rows:
        thread = threads[thread_id]
        comment = comments.get(comment_id) if comment_id is not None else None
        item = comment or thread
        body = comment.html if comment else (thread.body_html or thread.title)
        hits.append(SearchHit(
            thread_slug=thread.slug, thread_title=thread.title, board_slug=thread.board_slug,
            board_name=thread.board_name,
            url=f"/c/{comment.id}" if comment and comment.status != CommentStatus.REMOVED else f"/t/{thread.slug}",
            comment_id=comment.id if comment else None, snippet_html=snippet_html(body, marker),
            author_handle=item.handle, author_name=item.display_name, created=relative_time(item.created_at),
            created_iso=iso(item.created_at), status=str(item.status), matches=int(matches),
            tags=tags.get(thread_id, []),
        ))
    return hits
