"""The Starlette application holding Frontline's own HTTP routes, handed to Reflex as ``api_transformer``."""

from __future__ import annotations

import httpx
from starlette.applications import Starlette
from starlette.routing import BaseRoute, Mount, Route

from forum.http import discovery
from forum.http.auth_routes import build_auth_app
from forum.http.avatar_routes import avatar_routes
from forum.http.health import healthz
from forum.http.live_routes import live_routes
from forum.http.read_pages import read_routes
from forum.http.watch_routes import watch_routes


def routes(oidc_transport: httpx.AsyncBaseTransport | None = None) -> list[BaseRoute]:
    """Every route of ours; each feature module contributes its own list here.

    ``oidc_transport`` replaces the network for the OpenID clients (tests pass a fake provider's ASGI app).
    """
    return [
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Mount("/auth", app=build_auth_app(oidc_transport=oidc_transport)),
        *read_routes(),
        *live_routes(),
        *discovery.routes(),
        *avatar_routes(),
        *watch_routes(),
    ]


def build(oidc_transport: httpx.AsyncBaseTransport | None = None) -> Starlette:
    """The app Reflex mounts its own API under (ours win on a path both define)."""
    return Starlette(routes=routes(oidc_transport))
