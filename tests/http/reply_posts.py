"""Posting to a thread's reply route as a browser does: the form's CSRF token and cookie, the session cookie, an
origin; the app composer's Publish adds its header (``X-Frontline-Publish``)."""

from __future__ import annotations

import httpx
from sqlmodel import Session, select

from forum.auth.csrf import issue_token, new_nonce
from forum.models import Comment, Thread
from forum.settings import get_settings
from tests.http.conftest import SITE


async def post_reply(client: httpx.AsyncClient, cookie: dict[str, str] | None, slug: str, body: str, *,
                     token: str | None = None, origin: str = SITE, app: bool = False,
                     **extra: str) -> httpx.Response:
    """POST ``body`` to ``/t/<slug>/reply`` with a valid form token (or ``token``), as ``cookie``'s member."""
    nonce = new_nonce()
    form = {"csrf_token": token if token is not None else issue_token(nonce, get_settings().secret_key),
            "body": body, **extra}
    headers = {"Cookie": f"frontline_csrf={nonce}" + (f"; {cookie['Cookie']}" if cookie else ""), "Origin": origin}
    if app:
        headers["X-Frontline-Publish"] = "1"
    return await client.post(f"/t/{slug}/reply", data=form, headers=headers)


def thread_comments(session: Session, thread: Thread) -> list[Comment]:
    """Every comment of ``thread`` as the database holds it now (the test session's cache expired first)."""
    session.expire_all()
    return list(session.exec(select(Comment).where(Comment.thread_id == thread.id)).all())
