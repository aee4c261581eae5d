"""Routes that make the forum findable: ``/robots.txt``, the sitemaps, the Atom feeds and comment permalinks.

- ``GET /robots.txt``: the rules of ``assets/robots.txt`` plus the absolute ``Sitemap:`` URL.
- ``GET /sitemap.xml`` and ``/sitemap-<kind>-<n>.xml``: see ``forum.services.sitemap``.
- ``GET /feeds/latest.atom`` (also ``/feed.xml``), ``/feeds/b/<board>.atom``, ``/feeds/tags/<tag>.atom``,
  ``/feeds/t/<thread>.atom``: see ``forum.services.feeds``.
- ``GET /c/<id>``: 302 to the thread page showing comment ``id`` to this reader (their session cookie
  decides what they may see), at its anchor; 404 when it is unknown or not visible to them.

Public answers carry ``Cache-Control: public`` with a short max-age plus a weak ``ETag`` (and
``Last-Modified`` for feeds) and answer repeated conditional GETs with 304. Database work runs on a worker
thread through ``run_db``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from html import escape
from itertools import chain

from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from forum.auth.cookies import SESSION_COOKIE
from forum.db import run_db
from forum.http.conditional import conditional, validators_for
from forum.seo.atom import CONTENT_TYPE as ATOM_TYPE
from forum.seo.atom import atom_feed
from forum.seo.sitemap import CONTENT_TYPE as XML_TYPE
from forum.seo.sitemap import sitemap_index, urlset
from forum.seo.urls import absolute, sitemap_index_path
from forum.services.errors import NotFound
from forum.services.feeds import FeedData, latest_threads, thread_comments
from forum.services.permalinks import CommentLocation, comment_location, viewer_for_token
from forum.services.sitemap import KINDS, child_counts, child_entries
from forum.settings import PROJECT_ROOT, get_settings

ROBOTS_SOURCE = PROJECT_ROOT / "assets" / "robots.txt"
FEED_CACHE = "public, max-age=300"
SITEMAP_CACHE = "public, max-age=3600"
ROBOTS_CACHE = "public, max-age=86400"
NOT_FOUND_CACHE = "public, max-age=60"


def _not_found(message: str) -> Response:
    return HTMLResponse(f"<!doctype html><title>Not found</title><p>{escape(message)}</p><p><a href=\"/\">Home</a></p>",
                        status_code=404, headers={"Cache-Control": NOT_FOUND_CACHE})


async def robots(request: Request) -> Response:
    rules = [line for line in ROBOTS_SOURCE.read_text().splitlines() if not line.lower().startswith("sitemap:")]
    text = "\n".join([*rules, f"Sitemap: {absolute(get_settings().site_url, sitemap_index_path())}", ""])
    return await conditional(request, validators_for(text), _ready(PlainTextResponse(text)), ROBOTS_CACHE)


def _ready(response: Response) -> Callable[[], Awaitable[Response]]:
    """``conditional`` builds the full answer only when needed; these answers are already built."""
    async def build() -> Response:
        return response
    return build


def _index_tx(session: Session, per_page: int) -> bytes:
    return sitemap_index(child_counts(session, comments_per_page=per_page), get_settings().site_url)


def _child_tx(session: Session, kind: str, number: int, per_page: int) -> bytes | None:
    """Child ``number`` of ``kind`` in one streaming query; None past the last child (child 1 always exists)."""
    entries = child_entries(session, kind, number, comments_per_page=per_page)
    first = next(entries, None)
    if first is None and number > 1:
        return None
    return urlset(chain([first] if first else [], entries), get_settings().site_url)


async def sitemap(request: Request) -> Response:
    body = await run_db(_index_tx, get_settings().comments_per_page)
    return await conditional(request, validators_for(body), _ready(Response(body, media_type=XML_TYPE)),
                             SITEMAP_CACHE)


async def sitemap_child(request: Request) -> Response:
    kind, number = request.path_params["kind"], request.path_params["number"]
    if kind not in KINDS or number < 1:
        return _not_found("There is no such sitemap.")
    body = await run_db(_child_tx, kind, number, get_settings().comments_per_page)
    if body is None:
        return _not_found("There is no such sitemap.")
    return await conditional(request, validators_for(body), _ready(Response(body, media_type=XML_TYPE)),
                             SITEMAP_CACHE)


async def _feed(request: Request, data: FeedData) -> Response:
    body = atom_feed(data, get_settings())
    validators = validators_for(body, last_modified=data.updated_iso or None)
    return await conditional(request, validators, _ready(Response(body, media_type=ATOM_TYPE)), FEED_CACHE)


async def latest_feed(request: Request) -> Response:
    return await _feed(request, await run_db(latest_threads))


async def board_feed(request: Request) -> Response:
    try:
        return await _feed(request, await run_db(latest_threads, board_slug=request.path_params["slug"]))
    except NotFound as exc:
        return _not_found(str(exc))


async def tag_feed(request: Request) -> Response:
    try:
        return await _feed(request, await run_db(latest_threads, tag_slug=request.path_params["slug"]))
    except NotFound as exc:
        return _not_found(str(exc))


async def thread_feed(request: Request) -> Response:
    try:
        return await _feed(request, await run_db(thread_comments, request.path_params["slug"]))
    except NotFound as exc:
        return _not_found(str(exc))


def _locate_tx(session: Session, token: str | None, comment_id: int, per_page: int) -> CommentLocation:
    return comment_location(session, comment_id, viewer_for_token(session, token), per_page)


async def comment_permalink(request: Request) -> Response:
    """302 to where this reader finds the comment; private, since what they may see depends on who they are."""
    token = request.cookies.get(SESSION_COOKIE) or None
    try:
        location = await run_db(_locate_tx, token, request.path_params["comment_id"],
                                get_settings().comments_per_page)
    except NotFound as exc:
        response = _not_found(str(exc))
        response.headers["Cache-Control"] = "private, no-cache"
        return response
    return RedirectResponse(location.path, status_code=302, headers={"Cache-Control": "private, no-cache"})


def routes() -> list[BaseRoute]:
    """Every route of this module (GET, and HEAD with it)."""
    return [
        Route("/robots.txt", robots),
        Route("/sitemap.xml", sitemap),
        Route("/sitemap-{kind}-{number:int}.xml", sitemap_child),
        Route("/feed.xml", latest_feed),
        Route("/feeds/latest.atom", latest_feed),
        Route("/feeds/b/{slug}.atom", board_feed),
        Route("/feeds/tags/{slug}.atom", tag_feed),
        Route("/feeds/t/{slug}.atom", thread_feed),
        Route("/c/{comment_id:int}", comment_permalink),
    ]
