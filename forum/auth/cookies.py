"""The cookies Frontline sets, and reading them back from a ``Cookie`` header.

- ``frontline_session``: the opaque session token. HttpOnly, SameSite=Lax, Path=/, Secure on https, set
  and cleared only by the routes under ``/auth``; Reflex states read it from the websocket handshake's
  headers. SameSite=Lax keeps it off cross-site subrequests and cross-site websocket handshakes.
- ``frontline_csrf``: the double-submit nonce for forms posted to ``/auth`` routes (see ``csrf``).
- ``frontline_flash``: what was typed into a refused sign-in or registration form (never a password),
  encrypted, HttpOnly, five minutes; named by ``?flash=<id>`` on the page it leads back to
  (``forum.auth.form_flash``), so none of it travels in a URL.
- ``frontline_oidc``: Starlette's signed session cookie holding Authlib's state, nonce and PKCE verifier
  and a pending first sign-in, sent to ``/auth`` paths only.
"""

from __future__ import annotations

from http.cookies import CookieError, SimpleCookie

SESSION_COOKIE = "frontline_session"
CSRF_COOKIE = "frontline_csrf"
OIDC_COOKIE = "frontline_oidc"
FLASH_COOKIE = "frontline_flash"


def parse_cookie_header(header: str | None) -> dict[str, str]:
    """Name → value for a ``Cookie`` request header; tolerant of junk other sites' scripts may leave."""
    cookies: dict[str, str] = {}
    for part in (header or "").split(";"):
        name, sep, value = part.strip().partition("=")
        if not sep or not name:
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            try:
                parsed = SimpleCookie(f"x={value}")
                value = parsed["x"].value if "x" in parsed else value[1:-1]
            except CookieError:
                value = value[1:-1]
        cookies.setdefault(name, value)
    return cookies


def cookie_value(header: str | None, name: str) -> str | None:
    """The value of cookie ``name`` in a ``Cookie`` header, or None."""
    return parse_cookie_header(header).get(name) or None
