"""``POST /settings/watch-board``: watch, track or mute a board from its server-rendered page.

Board pages do not boot the app, so the control is a plain form (CSRF-checked like every form of ours);
clicking the level already set clears it. The redirect back carries only the board's slug and a fixed code.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from forum.db import session_scope
from forum.http.auth_common import field, read_form, redirect, session_token
from forum.http.member_forms import form_csrf_ok
from forum.routes import board_url
from forum.services.errors import ServiceError
from forum.services.sessions import resolve_session
from forum.services.watching import toggle_board_watch
from forum.settings import get_settings

WATCH_BOARD = "/settings/watch-board"


def _apply(token: str | None, slug: str, level: str) -> str:
    """The outcome code: the level now set, "cleared", "signin" or "refused"."""
    with session_scope() as session:
        who = resolve_session(session, token, lifetime=timedelta(days=get_settings().session_days)) if token else None
        if who is None:
            return "signin"
        try:
            return toggle_board_watch(session, actor_id=who.user_id, board_slug=slug, level=level) or "cleared"
        except ServiceError:
            return "refused"


async def watch_board(request: Request) -> Response:
    form = await read_form(request)
    if not form_csrf_ok(request, form):
        return PlainTextResponse("This form has expired: reload the page and try again.", status_code=403)
    slug = field(form, "board", 64)
    outcome = await asyncio.to_thread(_apply, session_token(request), slug, field(form, "level", 20))
    if outcome == "signin":
        return redirect("/signin", {"next": board_url(slug)})
    return redirect(board_url(slug), {"watch": outcome})


def watch_routes() -> list[Route]:
    return [Route(WATCH_BOARD, watch_board, methods=["POST"])]
