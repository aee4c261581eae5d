"""Fixtures for state-level tests: Reflex states driven directly, as a given browser (cookie) would.

Each ``tab(...)`` is a fresh Reflex state tree whose router carries the session cookie and the path, so
handlers resolve "who is this" exactly as they do behind a websocket. The database is the per-test migrated
SQLite copy from ``tests/conftest.py``, with a small forum (``tests.factories.make_world``) in it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import reflex as rx
from sqlalchemy.engine import Engine

from forum.auth.cookies import SESSION_COOKIE
from forum.db import session_scope
from forum.services import preview_budget
from forum.services.preview_budget import MemberBudgets
from forum.services.sessions import create_session
from forum.settings import Settings, get_settings
from forum.state.session import SessionState
from tests.factories import World, make_world
from tests.helpers import router_for

SITE = "http://frontline.test"


@pytest.fixture
def settings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("FRONTLINE_SECRET_KEY", "state-test-secret")
    monkeypatch.setenv("FRONTLINE_SITE_URL", SITE)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def fresh_preview_budgets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test's members start with a full preview budget: the budgets are per process and keyed by user
    id, and each test's database numbers its members from 1 again, so one test's previews would otherwise
    pause the next one's checking."""
    monkeypatch.setattr(preview_budget, "MEMBERS", MemberBudgets())


@pytest.fixture
def world(settings: Settings) -> World:
    with session_scope() as db:
        return make_world(db)


@pytest.fixture
def token_for(world: World) -> Callable[[int], str]:
    """A signed-in session (its cookie token) for a user id."""

    def make(user_id: int) -> str:
        with session_scope() as db:
            return create_session(db, user_id)

    return make


async def run(result: Any) -> list[Any]:
    """Run a handler call to the end, whether it returned a coroutine or an async generator."""
    if inspect.isasyncgen(result):
        return [item async for item in result]
    if inspect.isawaitable(result):
        return [await result]
    return [result]


def tab(token: str | None, path: str) -> rx.State:
    """A fresh state tree for a browser tab on ``path`` holding this session cookie (None: a visitor)."""
    root = rx.State(_reflex_internal_init=True)
    cookie = f"{SESSION_COOKIE}={token}" if token else ""
    root.router = router_for(SITE + path, cookie)
    return root


async def substate(root: rx.State, cls: type[rx.State], *, viewer: bool = True) -> Any:
    """``cls`` in ``root``'s tree, after ``load_viewer`` ran (as the first on_load of every page does)."""
    if viewer:
        await run(root.substates[SessionState.get_name()].load_viewer())
    return await root.get_state(cls)
