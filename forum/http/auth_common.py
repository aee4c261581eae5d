"""What every ``/auth`` route shares: reading forms safely, CSRF checks, the session cookie, redirects.

Conventions: a route that fails redirects (303) back to the page the form came from with ``error=``; the
sign-in and registration forms' fields the person typed (except passwords) go back in a flash cookie
(``forum.http.form_flash``), never in the URL, so nothing is lost; it never answers with a bare error status
a person would have to interpret. ``next`` always passes through ``safe_next``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from urllib.parse import urlencode

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from forum.auth.cookies import CSRF_COOKIE, SESSION_COOKIE
from forum.auth.csrf import TOKEN_MAX_AGE, is_same_origin, verify_token
from forum.auth.origins import allowed_origins
from forum.settings import Settings

MAX_FORM_BYTES = 16_384
CSRF_FAILED = "Your form expired or did not come from this site. Please try again."


class FormTooLarge(Exception):
    """The request body is larger than any of our forms can be."""


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def session_lifetime(settings: Settings) -> timedelta:
    return timedelta(days=settings.session_days)


def client_ip(request: Request, trusted_proxy_hops: int = 0) -> str:
    """The client's address: the peer, or the entry ``trusted_proxy_hops`` from the right of X-Forwarded-For."""
    if trusted_proxy_hops > 0:
        chain = [p.strip() for p in request.headers.get("x-forwarded-for", "").split(",") if p.strip()]
        if len(chain) >= trusted_proxy_hops:
            return chain[-trusted_proxy_hops][:64]
    return (request.client.host if request.client else "")[:64]


def user_agent(request: Request) -> str:
    return request.headers.get("user-agent", "")[:300]


async def read_form(request: Request, limit: int = MAX_FORM_BYTES, max_fields: int = 30) -> FormData:
    """The posted form; FormTooLarge when the body is bigger than ``limit`` (any form of ours but a comment's
    fits the default)."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise FormTooLarge
    return await request.form(max_files=0, max_fields=max_fields, max_part_size=limit)


def field(form: FormData, name: str, limit: int = 300) -> str:
    """A text field, trimmed to ``limit`` characters (files and absent fields read as "")."""
    value = form.get(name)
    return value[:limit] if isinstance(value, str) else ""


def csrf_ok(request: Request, form: FormData) -> bool:
    """Same origin AND a fresh signed token matching the double-submit cookie (see ``forum.auth.csrf``)."""
    settings = settings_of(request)
    if not is_same_origin(request.headers.get("origin"), request.headers.get("referer"),
                          allowed_origins(settings)):
        return False
    return verify_token(field(form, "csrf_token", 400), request.cookies.get(CSRF_COOKIE), settings.secret_key)


def redirect(path: str, params: Mapping[str, str] | None = None) -> RedirectResponse:
    """303 to a local ``path`` with the non-empty ``params`` in the query string."""
    query = urlencode({k: v for k, v in (params or {}).items() if v})
    return RedirectResponse(f"{path}?{query}" if query else path, status_code=303)


def set_session_cookie(response: Response, token: str, settings: Settings) -> None:
    response.set_cookie(SESSION_COOKIE, token, max_age=int(session_lifetime(settings).total_seconds()),
                        path="/", secure=settings.cookie_secure, httponly=True, samesite="lax")


def set_csrf_cookie(response: Response, nonce: str, settings: Settings) -> None:
    """The double-submit nonce (``forum.auth.csrf``) the page's forms carry a token for; readable by the app."""
    response.set_cookie(CSRF_COOKIE, nonce, max_age=TOKEN_MAX_AGE * 2, path="/", samesite="lax",
                        secure=settings.cookie_secure)


def clear_session_cookie(response: Response, settings: Settings) -> None:
    response.delete_cookie(SESSION_COOKIE, path="/", secure=settings.cookie_secure, httponly=True,
                           samesite="lax")


def session_token(request: Request) -> str | None:
    return request.cookies.get(SESSION_COOKIE) or None
