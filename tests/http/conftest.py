"""An HTTP client on Frontline's own routes, over a real migrated database and a fixed public site URL."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.db import session_scope
from forum.http.api import build
from forum.http.page_cache import pages
from forum.services.sessions import create_session
from forum.settings import get_settings
from tests.factories import World, make_world

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


@pytest.fixture
def world(engine: Engine, session: Session) -> World:
    """A small forum (``tests.factories.make_world``), with the shared page cache emptied."""
    pages.clear()
    return make_world(session)


@pytest.fixture
def cookie_for(world: World) -> Callable[[int], dict[str, str]]:
    """The session cookie of a signed-in user id, as a request's headers."""

    def make(user_id: int) -> dict[str, str]:
        with session_scope() as db:
            return {"Cookie": f"frontline_session={create_session(db, user_id)}"}

    return make
