"""The public pages, rendered on the server: ``/``, ``/b/<board>``, ``/t/<thread>``, ``/u/<handle>``.

Every public page answers with its full text in the first response, so a browser paints comments as soon as
the HTML arrives, and a crawler or a browser without JavaScript reads the page. Reading needs no Reflex
session: a visitor's tab holds no state on the server at all, and live updates reach it through one
small socket per tab fed by one watcher per worker (``forum.http.live``).

A signed-in member's thread page (and a moderator's view of someone's profile) also boots the Reflex app
on top of the page, which renders the composer, the comment menus' dialogs and the moderation tools into
slots of the page (``forum.components.islands``). Thread pages drawn for visitors come from a cache keyed by
the thread's version and the members' profile stamp (``forum.http.page_cache``,
``forum.services.page_versions``); ``?part=comments`` answers the comment list alone, which is what an open
tab fetches when the thread changes. A member's tab, whose list is drawn for them alone, asks ``?part=since``
instead and gets only the new comments when that is all that changed, and the tab that just posted gets its
comment alone (``?part=comment&c=<id>``): both are put in place, not the list redrawn.

All database work for one request runs in one call on a worker thread, never on the event loop.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from markupsafe import Markup
from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from forum.auth.cookies import CSRF_COOKIE
from forum.auth.csrf import is_valid_nonce, issue_token, new_nonce
from forum.db import session_scope
from forum.http.auth_common import session_token, set_csrf_cookie, set_session_cookie
from forum.http.avatar_routes import AVATAR_UPLOAD
from forum.http.comment_blocks import comment_block
from forum.http.live_server import live_page_port
from forum.http.member_forms import form_token
from forum.http.page_cache import pages
from forum.http.render import VISITOR, Pager, Urls, ViewerChrome, render, render_fragment
from forum.http.reply_box import ReplyBox
from forum.http.visitor_versions import versions
from forum.http.watch_routes import WATCH_BOARD
from forum.media.avatars import REFUSALS
from forum.policy.permissions import can_moderate
from forum.routes import GUIDELINES
from forum.seo.head import board_head, home_head, private_head, profile_head, thread_head
from forum.services.boards import get_board_page, list_boards
from forum.services.bookmarks import list_bookmarks
from forum.services.browse import Listing, listing_page
from forum.services.errors import NotFound
from forum.services.nav import nav_counts
from forum.services.page_versions import added_since, only_added, thread_page_key, thread_version
from forum.services.posted_comment import PostedComment, get_added_comments, get_posted_comment
from forum.services.profiles import get_profile
from forum.services.sessions import SessionUser, resolve_session
from forum.services.thread_view import ThreadPage, Viewer, get_thread_page
from forum.services.watching import board_watch_level, list_watches
from forum.settings import get_settings

MAX_PAGE = 1_000_000
HOME_LATEST = 5  # threads in the home page's Latest list
BOARD_WATCH_NOTICES = {
    "watching": "You are watching this board: you will hear of every new comment in its threads.",
    "tracking": "You are tracking this board: you will hear of replies to you and mentions of you.",
    "muted": "This board is muted: you will not be notified about it (a thread's own setting still wins).",
    "cleared": "Notifications for this board are back to the default.",
    "refused": "That did not work: reload the page and try again.",
}
AVATAR_SAVED = {"saved": "Your new picture is saved.", "removed": "Your initials are your picture again."}


@dataclass
class Rendered:
    """What a page handler decided: the HTML, its status, and whether it may be cached by the browser."""

    html: str
    status: int = 200
    etag: str = ""
    renewed_token: str = ""
    private: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    csrf_nonce: str = ""  # a CSRF cookie to set (a page with a form, for a browser that holds none)


def page_number(request: Request) -> int:
    """``?page=N`` as a page number; anything else (absent, junk, absurd) is page 1 or clamped."""
    raw = request.query_params.get("page", "1")
    try:
        return min(max(1, int(raw)), MAX_PAGE) if len(raw) <= 8 else 1
    except ValueError:
        return 1


def csrf_nonce(request: Request) -> tuple[str, bool]:
    """The browser's double-submit CSRF nonce (``forum.auth.csrf``), or a new one; True when it is new and the
    response must set it (a signed-in page's header carries a sign-out form that posts the matching token)."""
    nonce = request.cookies.get(CSRF_COOKIE)
    return (nonce, False) if is_valid_nonce(nonce) else (new_nonce(), True)


def _viewer(session: Session, token: str | None, nonce: str = "", *, header: bool = True
            ) -> tuple[SessionUser | None, ViewerChrome, Viewer]:
    """Who holds ``token``, and their header's chrome; ``header=False`` (a fragment without the header) skips
    the header's counts and sign-out token."""
    if not token:
        return None, VISITOR, Viewer()
    who = resolve_session(session, token, lifetime=timedelta(days=get_settings().session_days))
    if who is None:
        return None, VISITOR, Viewer()
    unread, queue = nav_counts(session, user_id=who.user_id, staff=can_moderate(who.role)) if header else (0, 0)
    csrf = issue_token(nonce, get_settings().secret_key) if nonce and header else ""
    return who, *_seen_by(who, unread=unread, queue=queue, csrf_token=csrf)


def _seen_by(who: SessionUser | None, *, unread: int = 0, queue: int = 0, csrf_token: str = ""
             ) -> tuple[ViewerChrome, Viewer]:
    """The page chrome and the reading rights of ``who`` (a visitor's for None)."""
    if who is None:
        return VISITOR, Viewer()
    chrome = ViewerChrome(signed_in=True, handle=who.handle, name=who.display_name, role=who.role,
                          unread=unread, queue=queue, csrf_token=csrf_token)
    return chrome, Viewer(user_id=who.user_id, is_moderator=can_moderate(who.role))


def _not_found(path: str, chrome: ViewerChrome, message: str) -> Rendered:
    settings = get_settings()
    title = f"Not found — {settings.site_name}"
    return Rendered(render("not_found.html", path=path, title=title, viewer=chrome, message=message, noindex=True,
                           head_extra=private_head("Not found", settings)),
                    status=404, private=chrome.signed_in)


def _thread_html(thread: ThreadPage, *, path: str, chrome: ViewerChrome, part: str, version: str) -> str:
    """``version`` goes into the page so its live socket can say which version it shows (``forum.live``)."""
    pager = Pager(Urls.thread(thread.slug), thread.page, thread.page_count)
    if part == "comments":
        return render_fragment("comments.html", thread=thread, viewer=chrome, pager=pager, version=version)
    settings = get_settings()
    # a member's page only (never cached): a form of their own, for when the app's composer cannot run
    box = ReplyBox(Urls.reply(thread.slug), chrome.csrf_token) if chrome.signed_in and chrome.csrf_token else None
    return render("thread.html", path=path, title=f"{thread.title} — {thread.board_name} — {settings.site_name}",
                  viewer=chrome, boot_app=chrome.signed_in, head_extra=thread_head(thread, settings),
                  thread=thread, pager=pager, version=version, reply_box=box, live_port=live_page_port())


def render_thread(token: str | None, slug: str, page: int, part: str, path: str, nonce: str = "",
                  want: str = "", *, fresh: bool = False) -> Rendered:
    """The thread page (or its comment list) for whoever holds ``token``. A visitor's comes from the page
    cache, under the version this worker remembers (``forum.http.visitor_versions``) unless the tab was told
    of another one (``want``) or asks ``fresh``."""
    per_page = get_settings().comments_per_page
    with session_scope() as session:
        who, chrome, viewer = _viewer(session, token, nonce, header=part != "comments")
        if who is None:
            found = versions.remembered(slug, lambda: thread_page_key(session, slug=slug), want=want, fresh=fresh)
            if found is None:
                return _not_found(path, chrome, "That thread does not exist, or it has been removed.")
            # the version and the profile stamp: a new comment, or a new avatar beside an old one, is a new page
            key = ("thread", found[0], slug, page, part, found[1], found[2])
            try:
                html = pages.get_or_render(key, lambda: _thread_html(
                    get_thread_page(session, slug, viewer, page, per_page), path=path, chrome=chrome, part=part,
                    version=found[1]))
            except NotFound as missing:
                return _not_found(path, chrome, str(missing))
            return Rendered(html, etag=hashlib.sha256(repr(key).encode()).hexdigest()[:24])
        found = thread_version(session, slug=slug)
        try:
            thread = get_thread_page(session, slug, viewer, page, per_page)
        except NotFound as missing:
            return _not_found(path, chrome, str(missing))
        version = found[1] if found else ""
        return Rendered(_thread_html(thread, path=path, chrome=chrome, part=part, version=version), private=True,
                        renewed_token=token if who.renewed and token else "")


def _blocks(comments: list[PostedComment], chrome: ViewerChrome, slug: str) -> list[tuple[PostedComment, Markup]]:
    signin_url = "/signin?next=" + Urls.thread(slug)
    return [(c, comment_block(c.view, signed_in=chrome.signed_in, signin_url=signin_url)) for c in comments]


def render_posted_comment(token: str | None, slug: str, comment_id: int, shown: str, path: str,
                          nonce: str = "") -> Rendered:
    """The comment the tab just posted (``?part=comment&c=<id>&v=<version shown>``), with its place, and whether
    the tab, having put it in, shows the thread's current version (then its live socket's news costs nothing)."""
    with session_scope() as session:
        who, chrome, _ = _viewer(session, token, nonce, header=False)
        try:
            return Rendered(posted_block(session, who, slug, comment_id, shown), private=True)
        except NotFound as missing:
            return _not_found(path, chrome, str(missing))


def posted_block(session: Session, who: SessionUser | None, slug: str, comment_id: int, shown: str) -> str:
    """The block of comment ``comment_id`` as ``who`` sees it, for their tab to put in place (``added_comments``);
    NotFound when they may not see it there. The reply route renders it with the session it posted in."""
    chrome, viewer = _seen_by(who)
    posted, reply_count = get_posted_comment(session, slug=slug, comment_id=comment_id, viewer=viewer,
                                             per_page=get_settings().comments_per_page)
    found = thread_version(session, slug=slug)
    version = found[1] if found else ""
    return render_fragment("added_comments.html", blocks=_blocks([posted], chrome, slug), reply_count=reply_count,
                           version=version, current=bool(shown) and only_added(shown, version, comment_id))


def render_added_comments(token: str | None, slug: str, page: int, shown: str, path: str,
                          nonce: str = "") -> Rendered:
    """What a member's open tab told of a change fetches (``?part=since&v=<version shown>``): when the change
    is only new comments, those alone, to put in place; otherwise (an edit, a removal, a reaction; and for a
    visitor, whose list comes from the shared cache) the whole comment list, as ``?part=comments``."""
    with session_scope() as session:
        who, chrome, viewer = _viewer(session, token, nonce, header=False)
        found = thread_version(session, slug=slug) if who is not None else None
        since = added_since(shown, found[1]) if found is not None else None
        if since is not None:
            added = get_added_comments(session, slug=slug, after_id=since[0], viewer=viewer,
                                       per_page=get_settings().comments_per_page)
            if added is not None and len(added.comments) == since[1]:
                return Rendered(render_fragment(
                    "added_comments.html", blocks=_blocks(added.comments, chrome, slug),
                    reply_count=added.reply_count, version=found[1], current=True), private=True)
    return render_thread(token, slug, page, "comments", path, nonce, fresh=True)  # a tab told of a change


def render_home(token: str | None, path: str, nonce: str = "") -> Rendered:
    with session_scope() as session:
        who, chrome, _ = _viewer(session, token, nonce)
        boards = list_boards(session)
        latest = listing_page(session, Listing.LATEST, 1, HOME_LATEST).threads
    settings = get_settings()
    return Rendered(render("home.html", path=path, title=f"Boards — {settings.site_name}", viewer=chrome,
                           boards=boards, latest=latest, head_extra=home_head(boards, settings)),
                    private=who is not None)


def render_board(token: str | None, slug: str, page: int, path: str, nonce: str = "",
                 watch_code: str = "") -> Rendered:
    with session_scope() as session:
        who, chrome, _ = _viewer(session, token, nonce)
        try:
            board = get_board_page(session, slug, page, get_settings().threads_per_page,
                                   viewer_id=who.user_id if who else None)
        except NotFound:
            return _not_found(path, chrome, "There is no board at this address.")
        level = board_watch_level(session, user_id=who.user_id, board_slug=board.slug) if who else ""
    settings = get_settings()
    form_token_, fresh = form_token(nonce) if who else ("", "")
    rendered = Rendered(render("board.html", path=path, title=f"{board.name} — {settings.site_name}", viewer=chrome,
                               board=board, head_extra=board_head(board, settings),
                               pager=Pager(Urls.board(board.slug), board.page, board.page_count),
                               watch_level=level, watch_form=(WATCH_BOARD, form_token_) if who else None,
                               watch_notice=BOARD_WATCH_NOTICES.get(watch_code, "")),
                        private=who is not None)
    rendered.csrf_nonce = fresh
    return rendered


@dataclass(frozen=True)
class AvatarForm:
    """The own-profile avatar form's target and CSRF token (for the double-submit nonce in the cookie)."""

    action: str
    token: str


def _avatar_form(nonce: str | None) -> tuple[AvatarForm, str]:
    """The form, and the nonce to set as the CSRF cookie when the browser holds none yet ("" otherwise)."""
    token, fresh = form_token(nonce)
    return AvatarForm(AVATAR_UPLOAD, token), fresh


def render_profile(token: str | None, handle: str, path: str, nonce: str = "",
                   avatar_code: str = "") -> Rendered:
    with session_scope() as session:
        who, chrome, _ = _viewer(session, token, nonce)
        try:
            profile = get_profile(session, handle)
        except NotFound:
            return _not_found(path, chrome, "There is no member with that handle.")
        is_self = who is not None and who.handle.lower() == profile.handle.lower()
        # what they watch and bookmarked is theirs alone: only on their own profile
        watches = list_watches(session, user_id=who.user_id) if is_self and who else []
        bookmarks = list_bookmarks(session, user_id=who.user_id) if is_self and who else []
    staff_tools = chrome.is_moderator and not is_self
    settings = get_settings()
    form, fresh_nonce = _avatar_form(nonce) if is_self else (None, "")
    message = AVATAR_SAVED.get(avatar_code) or REFUSALS.get(avatar_code, "") if is_self else ""
    rendered = Rendered(render("profile.html", path=path, viewer=chrome, boot_app=staff_tools, profile=profile,
                               title=f"{profile.display_name} (@{profile.handle}) — {settings.site_name}",
                               is_self=is_self, head_extra=profile_head(profile, settings), watches=watches,
                               bookmarks=bookmarks, avatar_form=form, avatar_message=message,
                               avatar_ok=avatar_code in AVATAR_SAVED),
                        private=who is not None)
    rendered.csrf_nonce = fresh_nonce
    return rendered


def _respond(request: Request, rendered: Rendered, new_nonce_value: str = "") -> Response:
    headers = {"Vary": "Cookie", "X-Frontline-Page": "1", **rendered.headers}
    if rendered.private:
        headers["Cache-Control"] = "private, no-cache"
    else:
        headers["Cache-Control"] = "public, max-age=0, must-revalidate"
        if rendered.etag and rendered.status == 200:
            etag = f'W/"{rendered.etag}"'
            headers["ETag"] = etag
            if etag in request.headers.get("if-none-match", ""):
                return Response(status_code=304, headers=headers)
    response = HTMLResponse(rendered.html, status_code=rendered.status, headers=headers)
    settings = get_settings()
    if rendered.renewed_token:
        set_session_cookie(response, rendered.renewed_token, settings)
    nonce = new_nonce_value or rendered.csrf_nonce
    if nonce and rendered.private:  # the page's forms (sign out, watch, avatar) need the matching cookie
        set_csrf_cookie(response, nonce, settings)
    return response


async def _serve(request: Request, render_page: Callable[..., Rendered], *args: object,
                 extra: tuple[object, ...] = ()) -> Response:
    """Render on a worker thread for whoever holds the request's cookies, then answer (304, cookies)."""
    nonce, fresh = csrf_nonce(request)
    rendered = await asyncio.to_thread(render_page, session_token(request), *args, request.url.path, nonce, *extra)
    return _respond(request, rendered, nonce if fresh else "")


async def home(request: Request) -> Response:
    return await _serve(request, render_home)


async def board(request: Request) -> Response:
    return await _serve(request, render_board, request.path_params["slug"], page_number(request),
                        extra=(request.query_params.get("watch", "")[:20],))


async def thread(request: Request) -> Response:
    part = request.query_params.get("part")
    if part == "comment":
        comment_id = request.query_params.get("c", "")
        if not comment_id.isdigit() or len(comment_id) > 12:
            return Response("No such comment.", status_code=404)
        return await _serve(request, render_posted_comment, request.path_params["slug"], int(comment_id),
                            request.query_params.get("v", "")[:200])
    if part == "since":
        return await _serve(request, render_added_comments, request.path_params["slug"], page_number(request),
                            request.query_params.get("v", "")[:200])
    part = "comments" if part == "comments" else ""
    return await _serve(request, render_thread, request.path_params["slug"], page_number(request), part,
                        extra=(request.query_params.get("w", "")[:200],))


async def profile(request: Request) -> Response:
    return await _serve(request, render_profile, request.path_params["handle"],
                        extra=(request.query_params.get("avatar", "")[:20],))


def read_routes() -> list[Route]:
    from forum.http.guidelines import guidelines  # it renders with this module's viewer lookup

    methods = ["GET", "HEAD"]
    return [
        Route("/", home, methods=methods),
        Route("/b/{slug}", board, methods=methods),
        Route("/t/{slug}", thread, methods=methods),
        Route("/u/{handle}", profile, methods=methods),
        Route(GUIDELINES, guidelines, methods=methods),
    ]
