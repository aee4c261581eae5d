"""Finding things, server-rendered: ``/search?q=…``, ``/tag/<name>``, ``/latest`` and ``/unanswered``.

``/search`` is a plain GET form (it works without JavaScript): ``q`` holds what was typed, and the filter
controls (``board``, ``tag``, ``author``, ``after``, ``before``, ``in_title``, and ``scope`` for moderators)
are folded into the query text as the filters a person could have typed, so both routes through the page
mean the same thing. The requested scope is checked against the viewer's role in the service, never here.
Results are never cached and never indexed (``noindex``); the listings are public pages like a board's.
All database work runs on a worker thread.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from forum.db import session_scope
from forum.http.auth_common import session_token
from forum.http.read_pages import Rendered, _not_found, _respond, _viewer, page_number
from forum.http.render import Pager, render
from forum.seo.head import listing_head, search_head
from forum.seo.urls import listing_path
from forum.services.boards import list_boards
from forum.services.browse import Listing, listing_page
from forum.services.errors import NotFound
from forum.services.search import SearchScope, search
from forum.settings import get_settings

FILTER_FIELDS = ("board", "tag", "author", "after", "before")
MAX_FIELD_CHARS = 400


@dataclass(frozen=True)
class SearchForm:
    """What the search form sent, as the form shows it again."""

    q: str = ""
    board: str = ""
    tag: str = ""
    author: str = ""
    after: str = ""
    before: str = ""
    in_title: bool = False
    scope: str = ""

    @classmethod
    def from_params(cls, params: dict[str, str]) -> SearchForm:
        def field(name: str) -> str:
            return " ".join(params.get(name, "")[:MAX_FIELD_CHARS].split())

        return cls(q=field("q"), **{name: field(name).replace(" ", "") for name in FILTER_FIELDS},
                   in_title=params.get("in_title") in ("1", "on", "true"), scope=field("scope"))

    def query_text(self) -> str:
        """The whole query: the typed text plus each filter control as its typed form (``board:ops``)."""
        filters = [f"{name}:{getattr(self, name).lstrip('@')}" for name in FILTER_FIELDS if getattr(self, name)]
        return " ".join([self.q, *filters, *(["in:title"] if self.in_title else [])]).strip()

    def params(self, page: int = 1) -> dict[str, str]:
        values = {name: getattr(self, name) for name in ("q", *FILTER_FIELDS, "scope") if getattr(self, name)}
        if self.in_title:
            values["in_title"] = "1"
        if page > 1:
            values["page"] = str(page)
        return values


@dataclass(frozen=True)
class SearchPager:
    """The pager of a results page: every link keeps the form's fields."""

    form: SearchForm
    page: int
    page_count: int

    def url(self, page: int) -> str:
        return "/search?" + urlencode(self.form.params(page))


def render_search(token: str | None, form: SearchForm, page: int, path: str) -> Rendered:
    settings = get_settings()
    with session_scope() as session:
        _who, chrome, viewer = _viewer(session, token)
        results = search(session, form.query_text(), viewer, scope=form.scope, page=page)
        boards = list_boards(session)
    scopes = [s.value for s in SearchScope] if chrome.is_moderator else []
    return Rendered(render("search.html", path=path, title=f"Search — {settings.site_name}", viewer=chrome,
                           head_extra=search_head(form.query_text(), settings), noindex=True, form=form,
                           results=results, boards=boards, scopes=scopes, search_q=form.q,
                           pager=SearchPager(form, results.page, results.page_count)),
                    private=True)


def render_listing(token: str | None, kind: Listing, tag: str, page: int, path: str) -> Rendered:
    settings = get_settings()
    with session_scope() as session:
        who, chrome, _ = _viewer(session, token)
        try:
            listing = listing_page(session, kind, page, settings.threads_per_page, tag=tag)
        except NotFound as missing:
            return _not_found(path, chrome, str(missing))
    heading = f"Threads tagged {listing.name}" if listing.key else f"{listing.name} threads"
    pager = Pager(listing_path(kind, listing.key), listing.page, listing.page_count)
    return Rendered(render("listing.html", path=path, title=f"{heading} — {settings.site_name}", viewer=chrome,
                           head_extra=listing_head(listing, settings), listing=listing, heading=heading,
                           pager=pager), private=who is not None)


async def search_page(request: Request) -> Response:
    form = SearchForm.from_params(dict(request.query_params))
    rendered = await asyncio.to_thread(render_search, session_token(request), form, page_number(request),
                                       request.url.path)
    return _respond(request, rendered)


async def latest(request: Request) -> Response:
    return _respond(request, await asyncio.to_thread(render_listing, session_token(request), Listing.LATEST, "",
                                                     page_number(request), request.url.path))


async def unanswered(request: Request) -> Response:
    return _respond(request, await asyncio.to_thread(render_listing, session_token(request), Listing.UNANSWERED,
                                                     "", page_number(request), request.url.path))


async def tag(request: Request) -> Response:
    return _respond(request, await asyncio.to_thread(render_listing, session_token(request), Listing.TAG,
                                                     request.path_params["name"], page_number(request),
                                                     request.url.path))


def browse_routes() -> list[Route]:
    methods = ["GET", "HEAD"]
    return [
        Route("/search", search_page, methods=methods),
        Route("/latest", latest, methods=methods),
        Route("/unanswered", unanswered, methods=methods),
        Route("/tag/{name}", tag, methods=methods),
    ]
