"""``/auth/<provider>/login`` and ``/callback``, then ``/auth/welcome`` or ``/auth/link`` for a first sign-in.

Flow: *login* stores ``next`` and redirects to the provider (Authlib adds state, nonce and PKCE and keeps
them in the signed ``frontline_oidc`` cookie). *callback* has Authlib check the state, exchange the code
and verify the ID token (signature by the provider's JWKS, our issuer, our client id as audience, expiry,
nonce). Anything wrong ends on ``/signin`` with a plain-language message, never a 500.

A returning identity signs in at once. A new one is kept as a *pending* sign-in (verified claims plus an
expiry, in the same signed cookie) and the person is sent to ``/welcome``: choose a handle (prefilled),
POSTed to ``/auth/welcome``; or, when the provider vouches for an email a local account uses, prove that
account with its password at ``/auth/link`` — never linked silently.
"""

from __future__ import annotations

import logging
import re
import time
from dataclasses import asdict
from typing import Any

import httpx
from joserfc.errors import ClaimError, ExpiredTokenError, JoseError
from sqlmodel import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from forum.auth.oidc import ID_TOKEN_LEEWAY_S, OAuthError, claims_options
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
    session_token,
    set_session_cookie,
    settings_of,
    user_agent,
)
from forum.http.form_flash import redirect_with_flash
from forum.policy.redirects import safe_next
from forum.services.abuse import RegistrationLimits, check_registration_allowed, record_registration
from forum.services.accounts import SignInOutcome, authenticate
from forum.services.errors import InvalidInput, NotFound, PermissionDenied, RateLimited
from forum.services.identities import (
    ExternalClaims,
    create_member_from_identity,
    link_candidate,
    link_identity,
    member_for_identity,
    suggest_handle,
)
from forum.services.sessions import create_session, revoke_session
from forum.settings import OidcProvider, Settings

log = logging.getLogger("forum.auth")
PENDING_KEY = "oidc_pending"
PENDING_SECONDS = 15 * 60
EXPIRED_PENDING = "Your sign-in took too long or was already used. Please start again."


def failure_message(exc: Exception, label: str) -> str:
    """What to tell the person when the provider's answer is refused (the details go to the log)."""
    if isinstance(exc, OAuthError):
        code = re.sub(r"[^a-z_]", "", str(getattr(exc, "error", "") or ""))[:40]
        if code == "mismatching_state":
            return (f"This sign-in with {label} does not match a sign-in started in this browser "
                    "(forged or reused state). Please start again.")
        if code == "access_denied":
            return f"The sign-in with {label} was cancelled."
        return f"{label} did not complete the sign-in ({code or 'unknown error'}). Please try again."
    if isinstance(exc, ExpiredTokenError):
        return f"The sign-in proof from {label} has expired. Please try again."
    if isinstance(exc, ClaimError):
        if exc.claim in ("aud", "azp"):
            return f"The sign-in proof from {label} was issued for another site, so it was refused."
        if exc.claim == "nonce":
            return f"The sign-in proof from {label} belongs to another sign-in attempt (nonce), so it was refused."
        if exc.claim == "iss":
            return f"The sign-in proof did not come from {label}, so it was refused."
        return f"The sign-in proof from {label} was refused (invalid {exc.claim})."
    if isinstance(exc, JoseError):
        return f"The sign-in proof from {label} could not be verified, so it was refused."
    if isinstance(exc, httpx.HTTPError):
        return f"{label} is not answering right now. Please try again later."
    return f"The sign-in with {label} failed. Please try again."


def _provider(request: Request) -> OidcProvider | None:
    return request.app.state.providers.get(request.path_params.get("provider", ""))


async def login(request: Request) -> Response:
    provider = _provider(request)
    if provider is None:
        return redirect("/signin", {"error": "That sign-in provider is not configured here."})
    request.session.pop(PENDING_KEY, None)
    request.session["oidc_next"] = safe_next(request.query_params.get("next"))
    client = request.app.state.oauth.create_client(provider.name)
    redirect_uri = f"{settings_of(request).site_url}/auth/{provider.name}/callback"
    try:
        return await client.authorize_redirect(request, redirect_uri)
    except (OAuthError, httpx.HTTPError, RuntimeError, ValueError, KeyError, TypeError) as exc:
        log.warning("OpenID login with %s failed: %r", provider.name, exc)
        return redirect("/signin", {"error": failure_message(exc, provider.label)})


def _claims(provider: OidcProvider, userinfo: dict[str, Any]) -> ExternalClaims:
    verified = userinfo.get("email_verified")
    return ExternalClaims(
        provider=provider.name, subject=str(userinfo["sub"]),
        email=str(userinfo["email"])[:254] if userinfo.get("email") else None,
        email_verified=verified is True or str(verified).lower() == "true",
        name=str(userinfo.get("name") or "")[:200],
        preferred_username=str(userinfo.get("preferred_username") or "")[:100],
    )


def _open_session(session: Session, user_id: int, browser: tuple[str, str, str | None], settings: Settings) -> str:
    """A new session for ``user_id``; ``browser`` is (address, user agent, the token it held before)."""
    ip, agent, old_token = browser
    revoke_session(session, old_token)
    return create_session(session, user_id, lifetime=session_lifetime(settings), user_agent=agent,
                          client_ip=ip)


def _browser(request: Request) -> tuple[str, str, str | None]:
    return (client_ip(request, settings_of(request).trusted_proxy_hops), user_agent(request),
            session_token(request))


def _returning_tx(session: Session, claims: ExternalClaims, browser: tuple[str, str, str | None],
                  settings: Settings) -> tuple[str | None, str | None, bool]:
    """(token for a returning member, suggested handle for a new one, whether linking is offered)."""
    member = member_for_identity(session, claims)
    if member is not None:
        return _open_session(session, member.user_id, browser, settings), None, False
    candidate = link_candidate(session, claims)
    return None, suggest_handle(session, claims), bool(candidate and candidate.has_password)


async def callback(request: Request) -> Response:
    provider = _provider(request)
    if provider is None:
        return redirect("/signin", {"error": "That sign-in provider is not configured here."})
    settings = settings_of(request)
    client = request.app.state.oauth.create_client(provider.name)
    try:
        token = await client.authorize_access_token(request, claims_options=claims_options(provider),
                                                    leeway=ID_TOKEN_LEEWAY_S)
        userinfo = token.get("userinfo")
        if not userinfo or not userinfo.get("sub"):
            raise OAuthError(error="missing_id_token")
    except (OAuthError, JoseError, httpx.HTTPError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        log.warning("OpenID callback from %s refused: %r", provider.name, exc)
        return redirect("/signin", {"error": failure_message(exc, provider.label)})
    claims = _claims(provider, userinfo)
    next_path = safe_next(request.session.pop("oidc_next", None))
    try:
        token_for_member, suggestion, offer_link = await run_db(_returning_tx, claims, _browser(request), settings)
    except PermissionDenied as exc:
        return redirect("/signin", {"error": str(exc)})
    if token_for_member is not None:
        response = redirect(next_path)
        set_session_cookie(response, token_for_member, settings)
        return response
    request.session[PENDING_KEY] = {**asdict(claims), "exp": time.time() + PENDING_SECONDS,
                                    "next": next_path, "suggestion": suggestion}
    return _to_welcome(provider, claims, suggestion or "", claims.name, next_path, "link" if offer_link else "new",
                       settings=settings)


def _to_welcome(provider: OidcProvider, claims: ExternalClaims, handle: str, name: str, next_path: str, mode: str,
                error: str = "", *, settings: Settings) -> Response:
    """To ``/welcome``: the step, the provider's label, ``next`` and our error text in the URL; the suggested
    handle, the name and the email (personal) in the sealed flash cookie only (``forum.http.form_flash``)."""
    return redirect_with_flash("/welcome", {"mode": mode, "provider": provider.label, "next": next_path,
                                            "error": error},
                               {"handle": handle, "name": name, "email": claims.email or ""}, settings)


def _pending(request: Request) -> tuple[OidcProvider, ExternalClaims, dict[str, Any]] | None:
    data = request.session.get(PENDING_KEY)
    if not isinstance(data, dict) or float(data.get("exp", 0)) < time.time():
        return None
    provider = request.app.state.providers.get(data.get("provider"))
    if provider is None:
        return None
    fields = {k: data.get(k) for k in ExternalClaims.__dataclass_fields__}
    return provider, ExternalClaims(**fields), data


def _welcome_tx(session: Session, claims: ExternalClaims, handle: str, name: str,
                browser: tuple[str, str, str | None], settings: Settings) -> str:
    limits = RegistrationLimits(per_address=settings.registrations_per_address,
                                per_network=settings.registrations_per_network)
    check_registration_allowed(session, browser[0], limits=limits)
    account = create_member_from_identity(session, claims, handle=handle, display_name=name)
    record_registration(session, account.user_id, browser[0])
    return _open_session(session, account.user_id, browser, settings)


async def welcome(request: Request) -> Response:
    """Create the member for a pending first sign-in, with the handle they chose."""
    return await _finish(request, linking=False)


def _link_tx(session: Session, claims: ExternalClaims, password: str, browser: tuple[str, str, str | None],
             settings: Settings) -> tuple[SignInOutcome, str | None]:
    assert claims.verified_email is not None
    outcome = authenticate(session, account=claims.verified_email, password=password, client_ip=browser[0])
    if not outcome.ok:
        return outcome, None
    assert outcome.account is not None
    account = link_identity(session, claims, outcome.account.user_id)
    return outcome, _open_session(session, account.user_id, browser, settings)


async def link(request: Request) -> Response:
    """Link a pending identity to the local account with the same verified email, given its password."""
    return await _finish(request, linking=True)


async def _finish(request: Request, *, linking: bool) -> Response:
    settings = settings_of(request)
    try:
        form = await read_form(request)
    except FormTooLarge:
        return redirect("/signin", {"error": "That form was too large."})
    pending = _pending(request)
    if pending is None:
        return redirect("/signin", {"error": EXPIRED_PENDING})
    provider, claims, data = pending
    handle, name = field(form, "handle", 64), field(form, "name", 200)
    next_path = safe_next(data.get("next"))
    mode = "link" if linking else "new"

    def back(error: str) -> Response:
        return _to_welcome(provider, claims, handle or data.get("suggestion") or "", name or claims.name, next_path,
                           mode, error, settings=settings)

    if not csrf_ok(request, form):
        return back(CSRF_FAILED)
    browser = _browser(request)
    try:
        if linking:
            if claims.verified_email is None:
                return back("Your provider did not confirm your email, so this account cannot be linked.")
            outcome, token = await run_db(_link_tx, claims, field(form, "password", 4096), browser, settings)
            if token is None:
                return back(outcome.error)
        else:
            token = await run_db(_welcome_tx, claims, handle, name, browser, settings)
    except (InvalidInput, PermissionDenied, NotFound, RateLimited) as exc:
        return back(str(exc))
    request.session.pop(PENDING_KEY, None)
    response = redirect(next_path)
    set_session_cookie(response, token, settings)
    return response


def routes() -> list[BaseRoute]:
    return [
        Route("/welcome", welcome, methods=["POST"]),
        Route("/link", link, methods=["POST"]),
        Route("/{provider}/login", login, methods=["GET"]),
        Route("/{provider}/callback", callback, methods=["GET"]),
    ]
