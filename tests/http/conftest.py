"""Fixtures for the HTTP routes: the app's Starlette routes over a real migrated database."""

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
from tests.factories import World, make_world


@pytest.fixture
def world(engine: Engine, session: Session) -> World:
    pages.clear()
    return make_world(session)


@pytest.fixture
async def client(engine: Engine) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=build())
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as http:
        yield http


@pytest.fixture
def cookie_for(world: World) -> Callable[[int], dict[str, str]]:
    """The session cookie of a signed-in user id, as a request's headers."""

    def make(user_id: int) -> dict[str, str]:
        with session_scope() as db:
            return {"Cookie": f"frontline_session={create_session(db, user_id)}"}

    return make
