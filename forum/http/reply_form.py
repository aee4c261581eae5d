"""``POST /t/<slug>/reply``: a reply from the thread page's plain form, for a browser without the app.

A member's thread page carries the app's composer, which needs JavaScript; inside the composer's slot the
page also has a plain form (shown only when scripts do not run) that posts here. The route checks what every
form of ours checks (same origin, the double-submit CSRF token: ``forum.http.member_forms``), who is signed
in (the session cookie, on the server), then runs ``forum.services.plain_reply`` on a worker thread: the same
``post_comment`` as the composer, so the same review, flood control, permissions and submission keys.

- Stored (published or held): 303 to the comment's permalink (``/c/<id>``), which sends the browser on to
  its place on its page (``/t/<slug>?page=N#comment-<id>``).
- Anything else answers a page of ours with the site's header, what went wrong in words, and the text in a
  reply box again: a rejection (422, each reason as the composer's panel words it), flood control (429 with
  ``Retry-After``), a refusal (403/404/400), an expired form or sign-in (403/401). Nothing typed is lost.
  The one exception is a body larger than any comment can be (413): it is not read, and the page says so.

The app's composer posts here too, in one request (``assets/frontline.js``, ``publish``), with the header
``X-Frontline-Publish: 1`` and the version of the list its tab shows (``v``). It gets JSON instead of a
redirect or a page: ``{"stored": true, "comment_id", "decision", "message", "html"}`` with the new comment's
block (``added_comments.html``, as ``?part=comment`` answers it), or ``{"stored": false, "message"}`` under the
same status a form would get. The composer then hands a refusal to its own ``submit`` event, which shows the
reasons, the countdown or the sign-in prompt: the same checks, a second time, and nothing stored twice.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta

from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from forum.auth.cookies import CSRF_COOKIE
from forum.db import session_scope
from forum.http.auth_common import FormTooLarge, csrf_ok, read_form, redirect, session_token, set_csrf_cookie
from forum.http.member_forms import form_token
from forum.http.read_pages import posted_block
from forum.http.render import VISITOR, Urls, ViewerChrome, render
from forum.http.reply_box import ReplyBox
from forum.policy.rules import label
from forum.services.errors import InvalidInput, NotFound, PermissionDenied, ServiceError
from forum.services.plain_reply import PlainReply, reply_by_slug
from forum.services.sessions import SessionUser, resolve_session
from forum.settings import get_settings

PUBLISH_HEADER = "x-frontline-publish"  # the app's composer: answer JSON (its tab puts the comment in place)
REPLY_FORM_BYTES = 512 * 1024  # a comment at any length an admin may allow, percent-encoded, with room to spare
_STATUS = {NotFound: 404, PermissionDenied: 403, InvalidInput: 400}


@dataclass
class _Done:
    """What the worker thread decided: a redirect, or a problem page's words and status."""

    location: str = ""
    status: int = 200
    heading: str = ""
    message: str = ""
    reasons: list[str] = field(default_factory=list)
    retry_after: int = 0
    who: SessionUser | None = None
    comment_id: int = 0
    decision: str = ""
    block: str = ""  # for the app's composer: the stored comment's block, rendered for its author


def _reply(token: str | None, slug: str, text: str, parent_id: int | None, key: str | None, shown: str | None = None
           ) -> _Done:
    """Post as the session's member. With ``shown`` (the app's Publish: the version its list shows), the stored
    comment's block too, rendered with the same session once the reply is committed."""
    settings = get_settings()
    with session_scope() as session:
        who = resolve_session(session, token, lifetime=timedelta(days=settings.session_days)) if token else None
        if who is None:
            return _Done(status=401, heading="Please sign in again",
                         message="You must be logged in to post a comment. Your text is below: copy it, sign in, "
                                 "and post it again.")
        try:
            done: PlainReply = reply_by_slug(session, actor_id=who.user_id, slug=slug, text=text, parent_id=parent_id,
                                             idempotency_key=key)
        except ServiceError as refused:
            session.rollback()
            status = next((code for kind, code in _STATUS.items() if isinstance(refused, kind)), 400)
            return _Done(status=status, heading="Your reply was not posted", message=str(refused), who=who)
        outcome = done.outcome
        if done.location:
            session.commit()  # stored before anything else is read: the write lock is held no longer than that
            block = _posted_block(session, who, slug, outcome.comment_id, shown) if shown is not None else ""
            return _Done(location=done.location, who=who, comment_id=outcome.comment_id,
                         decision=outcome.decision, message=outcome.message, block=block)
    reasons = [f"{label(r['rule'])}: {r['message']}" for r in outcome.reasons if r.get("outcome") != "publish"]
    return _Done(status=429 if outcome.retry_after else 422, heading="Your reply was not posted",
                 message=outcome.message or "The comment policy does not allow this comment as it is.",
                 reasons=reasons, retry_after=outcome.retry_after, who=who)


def _page(request: Request, slug: str, done: _Done, text: str, parent: int, *, with_form: bool = True) -> Response:
    """The problem page: the site's header, the words, the text back in a reply box (or read-only)."""
    token, fresh = form_token(request.cookies.get(CSRF_COOKIE))
    who = done.who
    chrome = ViewerChrome(signed_in=True, handle=who.handle, name=who.display_name, role=who.role,
                          csrf_token=token) if who is not None else VISITOR
    box = ReplyBox(Urls.reply(slug), token, text=text, parent=parent)
    html = render("reply_page.html", path=request.url.path, title=f"{done.heading} — {get_settings().site_name}",
                  viewer=chrome, noindex=True, done=done, box=box, with_form=with_form and who is not None,
                  thread_url=Urls.thread(slug), signin_url="/signin?next=" + Urls.thread(slug))
    headers = {"Cache-Control": "private, no-store"}
    if done.retry_after:
        headers["Retry-After"] = str(done.retry_after)
    response = HTMLResponse(html, status_code=done.status, headers=headers)
    if fresh:
        set_csrf_cookie(response, fresh, get_settings())
    return response


def _parent(raw: str) -> int | None:
    """The comment replied to (None: the thread itself); -1 for a value no form of ours sends."""
    if not raw:
        return None
    return int(raw) if raw.isdigit() and len(raw) <= 12 and int(raw) > 0 else -1


def _posted_block(session: Session, who: SessionUser, slug: str, comment_id: int, shown: str) -> str:
    """The stored comment's block for its author's tab ("" if it cannot be read back: the tab then reloads it)."""
    try:
        return posted_block(session, who, slug, comment_id, shown)
    except NotFound:
        return ""


def _json(done: _Done) -> Response:
    """The app composer's answer: what was stored and its block, or the refusal's words under its status."""
    headers = {"Cache-Control": "private, no-store"}
    if done.location:
        return JSONResponse({"stored": True, "comment_id": done.comment_id, "decision": done.decision,
                             "message": done.message, "html": done.block}, headers=headers)
    if done.retry_after:
        headers["Retry-After"] = str(done.retry_after)
    return JSONResponse({"stored": False, "message": done.message}, status_code=done.status, headers=headers)


async def reply(request: Request) -> Response:
    slug = request.path_params["slug"][:200]
    app = request.headers.get(PUBLISH_HEADER) == "1"
    try:
        form = await read_form(request, REPLY_FORM_BYTES, max_fields=10)
    except FormTooLarge:
        done = _Done(status=413, heading="Your reply is too long to send",
                     message="It is longer than any comment can be, so it was not read. Go back: your browser "
                             "still has your text; shorten it and post again.")
        return _json(done) if app else _page(request, slug, done, "", 0, with_form=False)
    text = form.get("body")
    text = text if isinstance(text, str) else ""
    parent_raw = form.get("parent")
    parent = _parent(parent_raw if isinstance(parent_raw, str) else "")
    if not csrf_ok(request, form):
        done = _Done(status=403, heading="This form has expired",
                     message="It was open too long or did not come from this site, so nothing was posted. Your "
                             "text is below: copy it, reload the thread and post it again.")
        return _json(done) if app else _page(request, slug, done, text, max(parent or 0, 0), with_form=False)
    if parent == -1:
        done = _Done(status=400, heading="Your reply was not posted",
                     message="The comment you are replying to does not exist. Your text is below.")
        return _json(done) if app else _page(request, slug, done, text, 0)
    key = form.get("key")
    key = key if isinstance(key, str) and key else None
    if app:
        shown = form.get("v")
        return _json(await asyncio.to_thread(_reply, session_token(request), slug, text, parent, key,
                                             shown if isinstance(shown, str) else ""))
    done = await asyncio.to_thread(_reply, session_token(request), slug, text, parent, key)
    if done.location:
        return redirect(done.location)
    return _page(request, slug, done, text, parent or 0)


def reply_routes() -> list[Route]:
    return [Route("/t/{slug}/reply", reply, methods=["POST"])]
