"""An HTTP client on Frontline's own routes, over a real migrated database and a fixed public site URL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from sqlalchemy.engine import Engine

from forum.http.api import build
from forum.settings import get_settings

SITE = "https://forum.example"


@pytest.fixture
def site_url(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> str:
    """The configured database plus ``FRONTLINE_SITE_URL`` / ``FRONTLINE_SITE_NAME`` for the routes."""
    monkeypatch.setenv("FRONTLINE_SITE_URL", SITE)
    monkeypatch.setenv("FRONTLINE_SITE_NAME", "Frontline Test")
    get_settings.cache_clear()
    return SITE


@pytest.fixture
async def client(site_url: str) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=build())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        yield http
