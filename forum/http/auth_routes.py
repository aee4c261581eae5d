"""``/auth``: the plain HTTP routes that sign people in and out and set or clear the session cookie.

Reflex's websocket cannot set an HttpOnly cookie, so signing in, registering and signing out are full-page
form posts (or links) to these routes, which answer with a redirect; the next page opens a new websocket
that carries the new cookie. A refused sign-in or registration leads back to its form with our error text in
the URL and what was typed (an account name, a name, an email; never a password) in an encrypted flash
cookie (``forum.http.form_flash``), never in the URL. Every form POST is CSRF-checked
(``auth_common.csrf_ok``); password hashing runs on a worker thread through ``run_db``; ``next`` only ever
leads to a local path.

Routes (mounted under ``/auth`` by :func:`build_auth_app`):
``POST /signin``, ``POST /register``, ``POST /logout``, ``POST /logout-everywhere``, ``POST /refresh``
(re-issue the cookie after a sliding renewal), and the OpenID Connect routes of ``forum.http.oidc_routes``.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from forum.auth.cookies import OIDC_COOKIE
from forum.auth.oidc import build_oauth
from forum.db import run_db
from forum.http import oidc_routes
from forum.http.auth_common import (
    CSRF_FAILED,
    FormTooLarge,
    clear_session_cookie,
    client_ip,
    csrf_ok,
    field,
    read_form,
    redirect,
    session_lifetime,
    session_token,
    set_session_cookie,
    settings_of,
    user_agent,
)
from forum.http.form_flash import redirect_with_flash
from forum.http.mail_routes import mail_auth_routes
from forum.policy.redirects import safe_next
from forum.services.abuse import RegistrationLimits, check_registration_allowed, record_registration
from forum.services.account_mail import send_verification
from forum.services.accounts import SignInOutcome, authenticate, register
from forum.services.errors import InvalidInput, RateLimited
from forum.services.sessions import create_session, revoke_all_sessions, revoke_session, user_for_token
from forum.settings import Settings, get_settings


def _sign_in_tx(session: Session, account: str, password: str, ip: str, agent: str, old_token: str | None,
                settings: Settings) -> tuple[SignInOutcome, str | None]:
    """Check the password and, when it is right, open a session (replacing the browser's old one)."""
    outcome = authenticate(session, account=account, password=password, client_ip=ip)
    if not outcome.ok:
        return outcome, None
    assert outcome.account is not None
    revoke_session(session, old_token)
    token = create_session(session, outcome.account.user_id, lifetime=session_lifetime(settings),
                           user_agent=agent, client_ip=ip)
    return outcome, token


def registration_limits(settings: Settings) -> RegistrationLimits:
    return RegistrationLimits(per_address=settings.registrations_per_address,
                              per_network=settings.registrations_per_network)


def _register_tx(session: Session, fields: dict[str, str], password: str, ip: str, agent: str,
                 old_token: str | None, settings: Settings) -> str:
    check_registration_allowed(session, ip, limits=registration_limits(settings))
    account = register(session, handle=fields["handle"], display_name=fields["name"], email=fields["email"],
                       password=password)
    record_registration(session, account.user_id, ip)
    send_verification(session, user_id=account.user_id)  # mail the link in the same transaction
    revoke_session(session, old_token)
    return create_session(session, account.user_id, lifetime=session_lifetime(settings), user_agent=agent,
                          client_ip=ip)


async def signin(request: Request) -> Response:
    settings = settings_of(request)
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/signin", {"error": "That form was too large."})
    account, next_path = field(form, "account", 254), safe_next(field(form, "next", 2000))

    def back(error: str) -> Response:  # the account typed (maybe an email) travels in the flash, not the URL
        return redirect_with_flash("/signin", {"error": error, "next": next_path}, {"account": account}, settings)

    if not csrf_ok(request, form):
        return back(CSRF_FAILED)
    password = field(form, "password", 4096)
    ip = client_ip(request, settings.trusted_proxy_hops)
    outcome, token = await run_db(_sign_in_tx, account, password, ip, user_agent(request), session_token(request),
                                  settings)
    if token is None:
        return back(outcome.error)
    response = redirect(next_path)
    set_session_cookie(response, token, settings)
    return response


async def register_account(request: Request) -> Response:
    settings = settings_of(request)
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/register", {"error": "That form was too large."})
    fields = {"handle": field(form, "handle", 64), "name": field(form, "name", 200),
              "email": field(form, "email", 254)}
    next_path = safe_next(field(form, "next", 2000))

    def back(error: str) -> Response:  # what was typed travels in the flash cookie, never in the URL
        return redirect_with_flash("/register", {"error": error, "next": next_path}, fields, settings)

    if not csrf_ok(request, form):
        return back(CSRF_FAILED)
    try:
        token = await run_db(_register_tx, fields, field(form, "password", 4096),
                             client_ip(request, settings.trusted_proxy_hops), user_agent(request),
                             session_token(request), settings)
    except (InvalidInput, RateLimited) as exc:
        return back(str(exc))
    response = redirect(next_path)
    set_session_cookie(response, token, settings)
    return response


async def logout(request: Request) -> Response:
    """Sign this browser out: a CSRF-checked POST only (a GET link or image on any page cannot do it)."""
    settings = settings_of(request)
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/")
    if not csrf_ok(request, form):
        return redirect("/", {"error": CSRF_FAILED})
    next_path = safe_next(field(form, "next", 2000))
    await run_db(revoke_session, session_token(request))
    response = redirect(next_path)
    clear_session_cookie(response, settings)
    return response


def _revoke_everywhere(session: Session, token: str | None) -> bool:
    user_id = user_for_token(session, token)
    if user_id is None:
        return False
    revoke_all_sessions(session, user_id)
    return True


async def logout_everywhere(request: Request) -> Response:
    """Revoke every session of the signed-in person, on every device, then show the sign-in page."""
    settings = settings_of(request)
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/")
    if not csrf_ok(request, form):
        return redirect("/settings/profile", {"error": CSRF_FAILED})
    await run_db(_revoke_everywhere, session_token(request))
    response = redirect("/signin", {"notice": "You are signed out on every device."})
    clear_session_cookie(response, settings)
    return response


async def refresh(request: Request) -> Response:
    """Give a still-valid session cookie a fresh Max-Age (the page calls this after a sliding renewal).

    It only re-issues the cookie the browser already sent, so it needs no CSRF token: a forged request can
    change nothing, and a cross-site POST does not carry the SameSite=Lax cookie anyway.
    """
    settings = settings_of(request)
    token = session_token(request)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    absolute = timedelta(days=settings.session_max_days)
    if token and await run_db(user_for_token, token, absolute=absolute) is not None:
        set_session_cookie(response, token, settings)
    elif token:
        clear_session_cookie(response, settings)
    return response


def build_auth_app(settings: Settings | None = None,
                   oidc_transport: httpx.AsyncBaseTransport | None = None) -> Starlette:
    """The ``/auth`` sub-application. ``oidc_transport`` replaces the network for tests (a fake provider)."""
    settings = settings or get_settings()
    app = Starlette(
        routes=[
            Route("/signin", signin, methods=["POST"]),
            Route("/register", register_account, methods=["POST"]),
            Route("/logout", logout, methods=["POST"]),
            Route("/logout-everywhere", logout_everywhere, methods=["POST"]),
            Route("/refresh", refresh, methods=["POST"]),
            *oidc_routes.routes(),
            *mail_auth_routes(),
        ],
        middleware=[Middleware(SessionMiddleware, secret_key=settings.secret_key, session_cookie=OIDC_COOKIE,
                               max_age=1800, path="/auth", same_site="lax", https_only=settings.cookie_secure)],
    )
    app.state.settings = settings
    app.state.oauth = build_oauth(settings.oidc, oidc_transport)
    app.state.providers = {p.name: p for p in settings.oidc}
    return app
