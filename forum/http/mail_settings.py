"""``/settings/mail`` (a member's mail preferences and address) and ``/mail/unsubscribe`` (no sign-in).

- ``GET /settings/mail``: signed-in members only (others go to ``/signin``); preferences per kind, the
  address and whether it is confirmed, a form to change it. ``POST`` (CSRF-checked) with ``action`` =
  ``preferences`` | ``email`` | ``resend``.
- ``GET /mail/unsubscribe?t=<signed token>``: a page with one button; ``POST`` turns that kind of mail off.
  The POST is also RFC 8058's one-click target (``List-Unsubscribe=One-Click`` in the body, no cookies), so
  it needs no CSRF token: the signed token is the whole authority, and it can only switch mail off. A
  tampered or foreign token is refused with 400.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from forum.db import run_db
from forum.http.auth_common import CSRF_FAILED, FormTooLarge, csrf_ok, field, read_form, redirect, session_token
from forum.http.mail_pages import Form, form_page, simple_page
from forum.http.render import ViewerChrome
from forum.mail.links import read_unsubscribe_token
from forum.models import DeliveryMode, MailKind, User
from forum.policy.permissions import can_moderate
from forum.services.account_mail import request_email_change, send_verification
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.mail_prefs import CHOICES, DEFAULTS, LABELS, preferences, set_preference
from forum.services.sessions import resolve_session
from forum.settings import get_settings

MODE_LABELS = {DeliveryMode.IMMEDIATELY.value: "Immediately", DeliveryMode.DAILY.value: "In a daily digest",
               DeliveryMode.NEVER.value: "Never"}


def _choices(kind: str) -> list[tuple[str, str]]:
    labels = {**MODE_LABELS, DeliveryMode.IMMEDIATELY.value: "Send it"} if kind == MailKind.WEEKLY else MODE_LABELS
    return [(mode.value, labels[mode.value]) for mode in CHOICES[kind]]


def _load(session: Session, token: str | None) -> dict[str, Any] | None:
    who = resolve_session(session, token, lifetime=timedelta(days=get_settings().session_days)) if token else None
    user = session.get(User, who.user_id) if who else None
    if who is None or user is None:
        return None
    prefs = preferences(session, who.user_id)
    staff = can_moderate(user.role)
    return {
        "viewer": ViewerChrome(signed_in=True, handle=who.handle, name=who.display_name, role=who.role),
        "user_id": who.user_id, "email": user.email or "", "verified": user.email_verified,
        "has_password": bool(user.password_hash),
        "prefs": [{"kind": k, "label": LABELS[k], "mode": p.mode, "hours": p.hours, "choices": _choices(k)}
                  for k, p in prefs.items()
                  if k != MailKind.QUEUE_WAIT or staff],
    }


async def mail_settings(request: Request) -> Response:
    data = await run_db(_load, session_token(request))
    if data is None:
        return redirect("/signin", {"next": "/settings/mail"})
    if request.method == "GET":
        viewer = data.pop("viewer")
        return form_page(request, "mail_settings.html", title="Email and notifications", viewer=viewer,
                         error=request.query_params.get("error", "")[:200],
                         notice=request.query_params.get("notice", "")[:200], **data)
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/settings/mail")
    if not csrf_ok(request, form):
        return redirect("/settings/mail", {"error": CSRF_FAILED})
    action, user_id = field(form, "action", 20), data["user_id"]
    try:
        if action == "preferences":
            hours_raw = field(form, "queue_wait_hours", 4)
            for kind in DEFAULTS:
                mode = field(form, kind, 16)
                if mode:
                    hours = int(hours_raw) if kind == MailKind.QUEUE_WAIT and hours_raw.isdigit() else None
                    await run_db(set_preference, user_id=user_id, kind=kind, mode=mode, hours=hours)
            notice = "Saved."
        elif action == "email":
            await run_db(request_email_change, user_id=user_id, new_email=field(form, "new_email", 254),
                         password=field(form, "password", 4096))
            notice = "We sent a link to the new address. Your address changes once you follow it."
        elif action == "resend":
            await run_db(send_verification, user_id=user_id)
            notice = "We sent the confirmation link again."
        else:
            return redirect("/settings/mail")
    except (InvalidInput, PermissionDenied, NotFound) as exc:
        return redirect("/settings/mail", {"error": str(exc)})
    return redirect("/settings/mail", {"notice": notice})


def _unsubscribe_tx(session: Session, user_id: int, kind: str) -> bool:
    if kind not in DEFAULTS or session.get(User, user_id) is None:
        return False
    set_preference(session, user_id=user_id, kind=kind, mode=DeliveryMode.NEVER.value)
    return True


async def unsubscribe(request: Request) -> Response:
    if request.method == "POST":
        try:
            form = await read_form(request)
        except FormTooLarge:
            return Response("Too large.", status_code=413)
        token = field(form, "t", 300) or request.query_params.get("t", "")
    else:
        token = request.query_params.get("t", "")
    wanted = read_unsubscribe_token(get_settings().secret_key, token)
    if wanted is None:
        return simple_page(request, heading="This unsubscribe link is not valid", status=400,
                           lines=["It may have been cut short. Sign in to choose which mail you get."],
                           links=[("/settings/mail", "Your email settings")])
    label = LABELS.get(wanted.kind, "these messages").lower()
    if request.method == "GET":
        return simple_page(request, heading="Unsubscribe", lines=[f"Stop mail about: {label}?"],
                           form=Form(action="/mail/unsubscribe", submit="Unsubscribe", hidden=[("t", token)]))
    if not await run_db(_unsubscribe_tx, wanted.user_id, wanted.kind):
        return simple_page(request, heading="This unsubscribe link is not valid", status=400)
    return simple_page(request, heading="You are unsubscribed", lines=[f"We will not mail you about: {label}."],
                       links=[("/settings/mail", "Choose which mail you get")])


def mail_routes() -> list[Route]:
    return [
        Route("/settings/mail", mail_settings, methods=["GET", "POST"]),
        Route("/mail/unsubscribe", unsubscribe, methods=["GET", "POST"]),
    ]
