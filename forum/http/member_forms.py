"""Plain HTML forms on server-rendered pages (avatar upload, board watching): their CSRF token and check.

The same double-submit scheme as the ``/auth`` forms (``forum.auth.csrf``): the page carries a signed token
for the nonce in the ``frontline_csrf`` cookie (issuing the cookie when the browser holds none yet), and a
POST must come from our own origin with a token matching its cookie.
"""

from __future__ import annotations

from starlette.datastructures import FormData
from starlette.requests import Request

from forum.auth.csrf import is_valid_nonce, issue_token, new_nonce
from forum.http.auth_common import csrf_ok
from forum.settings import get_settings


def form_token(nonce: str | None) -> tuple[str, str]:
    """(the token to put in the form, a new nonce to set as the cookie or "" when the browser has one)."""
    fresh = "" if is_valid_nonce(nonce) else new_nonce()
    return issue_token(fresh or nonce or "", get_settings().secret_key), fresh


def form_csrf_ok(request: Request, form: FormData) -> bool:
    """Same origin (the configured origins, never the Host header) AND a fresh signed token matching the
    double-submit cookie: exactly the ``/auth`` forms' check."""
    return csrf_ok(request, form)
