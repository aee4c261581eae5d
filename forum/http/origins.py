"""Which web origins may talk to Frontline with a member's cookies, and the ASGI guard that enforces it.

The threat is cross-site websocket hijacking and its HTTP cousin: a page on another port of our host or on a
sibling subdomain counts as *same-site* for the ``SameSite=Lax`` session cookie, so the browser sends the
cookie with that page's websocket and form posts. Only the ``Origin`` header tells such a request apart.

Rules (enforced by :class:`OriginGuard`, wrapped around the whole backend through ``api_transformer``):

- The allowed origins come from configuration only (``FRONTLINE_SITE_URL`` plus ``FRONTLINE_EXTRA_ORIGINS``),
  never from the request's ``Host`` header, which the attacker's own request chooses. A loopback site URL
  (``127.0.0.1``/``localhost``/``[::1]``) also admits the other loopback names on the same port, so
  ``make run`` works whichever of them the browser is pointed at.
- Every websocket handshake, every request to the event endpoint (``/_event``: socket.io's polling
  transport included) and every request with a state-changing method (anything but GET/HEAD/OPTIONS) is
  refused with 403 when its ``Origin`` (or, without one, its ``Referer``) is foreign, ``null`` or malformed.
  A request with neither header is let through: browsers always send ``Origin`` on websocket handshakes and
  on POSTs, so such a request cannot come from another site's page (the ``/auth`` forms also demand a CSRF
  token, see ``forum.auth.csrf``).
"""

from __future__ import annotations

from collections.abc import Collection

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from forum.auth.origins import allowed_origins, origin_of, request_origin_allowed

__all__ = ["OriginGuard", "allowed_origins", "needs_origin_check", "origin_of"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
EVENT_PATH = "/_event"


def needs_origin_check(scope: Scope) -> bool:
    """A websocket handshake, anything on the event endpoint, or a state-changing HTTP method."""
    if scope["type"] == "websocket":
        return True
    path: str = scope.get("path", "")
    if path == EVENT_PATH or path.startswith(EVENT_PATH + "/"):
        return True
    return scope.get("method", "GET").upper() not in SAFE_METHODS


class OriginGuard:
    """ASGI middleware refusing (403) websocket handshakes and unsafe requests from a foreign origin."""

    def __init__(self, app: ASGIApp, allowed: Collection[str]) -> None:
        self.app = app
        self.allowed = frozenset(allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and needs_origin_check(scope):
            headers = Headers(scope=scope)
            if request_origin_allowed(headers.get("origin"), headers.get("referer"), self.allowed) is False:
                await _refuse(scope, send)
                return
        await self.app(scope, receive, send)


async def _refuse(scope: Scope, send: Send) -> None:
    body = b"Refused: this request did not come from this site's pages."
    if scope["type"] == "websocket":
        # Closing before accepting makes the server answer the handshake with 403 (ASGI websocket spec).
        await send({"type": "websocket.close", "code": 1008, "reason": "foreign origin"})
        return
    await send({"type": "http.response.start", "status": 403,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})
