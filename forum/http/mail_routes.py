"""``/auth`` routes for account mail: forgot password, reset, confirm an address, confirm a new address.

- ``GET|POST /auth/forgot``: ask for a reset link. The answer never says whether the address has an
  account (``account_mail.request_password_reset`` does the same work either way).
- ``GET|POST /auth/reset?token=``: choose a new password. Success ends every session of the account and
  signs this browser in with a new one.
- ``GET|POST /auth/verify?token=`` and ``/auth/email/confirm?token=``: a GET only shows a button (mail
  scanners follow links; a token is spent by the POST only).
Every POST is CSRF-checked like the other ``/auth`` forms; all database work runs through ``run_db``.
"""

from __future__ import annotations

from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from forum.db import run_db
from forum.http.auth_common import (
    CSRF_FAILED,
    FormTooLarge,
    client_ip,
    csrf_ok,
    field,
    read_form,
    redirect,
    session_lifetime,
    set_session_cookie,
    settings_of,
    user_agent,
)
from forum.http.mail_pages import Field, Form, simple_page
from forum.services.account_mail import (
    BAD_LINK,
    confirm_email_change,
    request_password_reset,
    reset_password,
    reset_token_valid,
    verify_email,
)
from forum.services.errors import InvalidInput
from forum.services.sessions import create_session
from forum.settings import Settings

SENT = ("If an account uses that address, we have sent it a link to choose a new password. It works once, "
        "for one hour. Check your spam folder if nothing arrives in a few minutes.")
LIMITED = "Too many requests for now; please try again in an hour."
_FORGOT_FORM = Form(action="/auth/forgot", submit="Send me a link",
                    fields=[Field("email", "Your account's email address", type="email", autocomplete="email")])


async def forgot(request: Request) -> Response:
    if request.method == "GET":
        if request.query_params.get("sent"):
            return simple_page(request, heading="Check your mail", lines=[SENT], links=[("/signin", "Back to sign in")])
        return simple_page(request, heading="Forgot your password?", form=_FORGOT_FORM,
                           lines=["Enter the address of your account and we will mail you a link to choose a new "
                                  "password."], error=request.query_params.get("error", "")[:200])
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/auth/forgot")
    if not csrf_ok(request, form):
        return redirect("/auth/forgot", {"error": CSRF_FAILED})
    email = field(form, "email", 254)
    if not email.strip():
        return redirect("/auth/forgot", {"error": "Please enter your email address."})
    settings = settings_of(request)
    accepted = await run_db(request_password_reset, email=email,
                            client_ip=client_ip(request, settings.trusted_proxy_hops))
    return redirect("/auth/forgot", {"sent": "1"} if accepted else {"error": LIMITED})


def _reset_form(token: str) -> Form:
    return Form(action="/auth/reset", submit="Set my new password", hidden=[("token", token)],
                fields=[Field("password", "New password (at least 10 characters)", type="password",
                              autocomplete="new-password"),
                        Field("confirm", "The same again", type="password", autocomplete="new-password")])


def _bad_link(request: Request) -> Response:
    return simple_page(request, heading="This link no longer works", lines=[BAD_LINK], status=400,
                       links=[("/auth/forgot", "Ask for a new reset link")])


def _reset_tx(session: Session, token: str, password: str, ip: str, agent: str, settings: Settings) -> str:
    user_id = reset_password(session, token=token, password=password)
    return create_session(session, user_id, lifetime=session_lifetime(settings), user_agent=agent, client_ip=ip)


async def reset(request: Request) -> Response:
    if request.method == "GET":
        token = request.query_params.get("token", "")[:200]
        if not await run_db(reset_token_valid, token=token):
            return _bad_link(request)
        return simple_page(request, heading="Choose a new password", form=_reset_form(token),
                           error=request.query_params.get("error", "")[:200],
                           lines=["Signing in with the new password works everywhere; every device signed in "
                                  "now is signed out."])
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/auth/forgot")
    token = field(form, "token", 200)
    if not csrf_ok(request, form):
        return redirect("/auth/reset", {"token": token, "error": CSRF_FAILED})
    password = field(form, "password", 4096)
    if password != field(form, "confirm", 4096):
        return redirect("/auth/reset", {"token": token, "error": "The two passwords differ."})
    settings = settings_of(request)
    try:
        session_token = await run_db(_reset_tx, token, password, client_ip(request, settings.trusted_proxy_hops),
                                     user_agent(request), settings)
    except InvalidInput as exc:
        if str(exc) == BAD_LINK:
            return _bad_link(request)
        return redirect("/auth/reset", {"token": token, "error": str(exc)})
    response = redirect("/")
    set_session_cookie(response, session_token, settings)
    return response


def _confirm_route(action: str, heading: str, button: str, done: str, service):  # type: ignore[no-untyped-def]
    """A GET that shows one button and a POST that spends the token (verify or change an address)."""

    async def route(request: Request) -> Response:
        if request.method == "GET":
            token = request.query_params.get("token", "")[:200]
            return simple_page(request, heading=heading, error=request.query_params.get("error", "")[:200],
                               form=Form(action=action, submit=button, hidden=[("token", token)]))
        try:
            form = await read_form(request)
        except FormTooLarge:
            return redirect(action)
        token = field(form, "token", 200)
        if not csrf_ok(request, form):
            return redirect(action, {"token": token, "error": CSRF_FAILED})
        try:
            await run_db(service, token=token)
        except InvalidInput as exc:
            return simple_page(request, heading="This link no longer works", lines=[str(exc)], status=400,
                               links=[("/settings/mail", "Your email settings")])
        return simple_page(request, heading=done, links=[("/", "Go to the forum")],
                           lines=["Thank you. Mail from us goes to this address."])

    return route


def mail_auth_routes() -> list[Route]:
    """The routes above, for ``build_auth_app`` (mounted under ``/auth``)."""
    return [
        Route("/forgot", forgot, methods=["GET", "POST"]),
        Route("/reset", reset, methods=["GET", "POST"]),
        Route("/verify", _confirm_route("/auth/verify", "Confirm your address", "Confirm my address",
                                        "Your address is confirmed", verify_email), methods=["GET", "POST"]),
        Route("/email/confirm", _confirm_route("/auth/email/confirm", "Use your new address", "Use this address",
                                               "Your address is changed", confirm_email_change),
              methods=["GET", "POST"]),
    ]
