"""The Starlette application holding Frontline's own HTTP routes, handed to Reflex as ``api_transformer``.

Reflex mounts its own API (the ``/_event`` socket, ``/ping``, the compiled pages in production) under this
app, so the two middlewares here wrap *everything* the backend serves: :class:`OriginGuard` refuses
cross-site websocket handshakes and unsafe requests (``forum.http.origins``), and :class:`SecurityHeaders`
adds the CSP and friends to every response (``forum.http.security_headers``).
"""

from __future__ import annotations

import httpx
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute, Mount, Route

from forum.http import discovery
from forum.http.auth_routes import build_auth_app
from forum.http.avatar_routes import avatar_routes
from forum.http.browse_pages import browse_routes
from forum.http.health import healthz
from forum.http.live_routes import live_routes
from forum.http.mail_settings import mail_routes
from forum.http.origins import OriginGuard, allowed_origins
from forum.http.read_pages import read_routes
from forum.http.reply_form import reply_routes
from forum.http.security_headers import SecurityHeaders
from forum.http.watch_routes import watch_routes
from forum.settings import Settings, get_settings


def routes(oidc_transport: httpx.AsyncBaseTransport | None = None) -> list[BaseRoute]:
    """Every route of ours; each feature module contributes its own list here.

    ``oidc_transport`` replaces the network for the OpenID clients (tests pass a fake provider's ASGI app).
    """
    return [
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Mount("/auth", app=build_auth_app(oidc_transport=oidc_transport)),
        *read_routes(),
        *reply_routes(),
        *browse_routes(),
        *live_routes(),
        *discovery.routes(),
        *mail_routes(),
        *avatar_routes(),
        *watch_routes(),
    ]


def build(oidc_transport: httpx.AsyncBaseTransport | None = None, settings: Settings | None = None) -> Starlette:
    """The app Reflex mounts its own API under (ours win on a path both define)."""
    settings = settings or get_settings()
    origins = allowed_origins(settings)
    app = Starlette(routes=routes(oidc_transport),
                    middleware=[Middleware(SecurityHeaders, origins=origins, live_port=settings.live_page_port),
                                Middleware(OriginGuard, allowed=origins)])
    app.state.settings = settings  # what top-level form routes (mail settings) read, like /auth's
    return app
