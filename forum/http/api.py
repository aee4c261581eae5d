"""The Starlette application holding Frontline's own HTTP routes, handed to Reflex as ``api_transformer``."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import BaseRoute, Route

from forum.http.health import healthz


def routes() -> list[BaseRoute]:
    """Every route of ours; each feature module contributes its own list here."""
    return [Route("/healthz", healthz, methods=["GET", "HEAD"])]


def build() -> Starlette:
    """The app Reflex mounts its own API under (ours win on a path both define)."""
    return Starlette(routes=routes())
