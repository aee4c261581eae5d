"""The live sockets' own listener (forum.http.live_server): a real uvicorn + wsproto server on its own port, in
the same event loop as the worker's watcher, refusing foreign pages and telling the site's own of changes."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
from sqlmodel import Session
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from forum.http import live_server
from forum.http.page_cache import pages
from forum.http.security_headers import content_security_policy
from forum.live import watcher
from forum.services.page_versions import thread_version
from forum.settings import get_settings
from tests.factories import World, make_comment

SITE = "http://127.0.0.1:3000"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.asynccontextmanager
async def _listener(port: int) -> AsyncIterator[asyncio.Task[None]]:
    task = asyncio.create_task(live_server.serve_live_sockets())
    try:
        for _ in range(200):
            if live_server.live_page_port() or task.done():
                break
            await asyncio.sleep(0.02)
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


@pytest.fixture
def live_port(world: World, monkeypatch: pytest.MonkeyPatch) -> int:
    port = _free_port()
    monkeypatch.setenv("FRONTLINE_LIVE_PORT", str(port))
    get_settings.cache_clear()
    return port


async def test_a_page_of_the_site_hears_of_a_new_comment_on_the_live_listener(
        world: World, session: Session, live_port: int) -> None:
    async with _listener(live_port):
        assert live_server.live_page_port() == live_port, "pages name the listener's port once it listens"
        _, shown = thread_version(session, slug=world.thread.slug)  # the version the tab's page was drawn from
        url = f"ws://127.0.0.1:{live_port}/_live/{world.thread.id}?v={shown}"
        async with connect(url, additional_headers={"Origin": SITE}, ping_interval=None) as tab:
            make_comment(session, world.thread, world.member, text="news for the open tab")
            session.commit()
            watcher.nudge()
            version = await asyncio.wait_for(tab.recv(), timeout=10)
        assert version != shown and version == thread_version(session, slug=world.thread.slug)[1]
    assert live_server.live_page_port() == 0, "a stopped listener is never named to pages"


async def test_the_live_listener_refuses_a_page_of_another_site(world: World, live_port: int) -> None:
    async with _listener(live_port):
        url = f"ws://127.0.0.1:{live_port}/_live/{world.thread.id}"
        with pytest.raises((InvalidStatus, ConnectionError, OSError)):
            async with connect(url, additional_headers={"Origin": "http://evil.example"},
                               ping_interval=None) as tab:
                await asyncio.wait_for(tab.recv(), timeout=5)


async def test_a_taken_port_leaves_the_live_sockets_on_the_main_port(world: World, live_port: int) -> None:
    with socket.socket() as squatter:  # no SO_REUSEPORT: nobody may share it
        squatter.bind(("127.0.0.1", live_port))
        squatter.listen(1)
        async with _listener(live_port) as task:
            await asyncio.wait_for(task, timeout=5)  # it gives up at once, without raising
            assert live_server.live_page_port() == 0


def test_pages_may_connect_to_the_live_port_and_nowhere_new() -> None:
    csp = content_security_policy({"http://127.0.0.1:3000", "http://localhost:3000"}, live_port=3001)
    connect_src = next(p for p in csp.split("; ") if p.startswith("connect-src"))
    assert "ws://127.0.0.1:3001" in connect_src and "ws://localhost:3001" in connect_src
    assert "http://127.0.0.1:3001" not in connect_src  # only its websocket twin


def test_a_tls_site_keeps_its_live_sockets_on_its_own_origin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_SITE_URL", "https://forum.example.org")
    monkeypatch.setenv("FRONTLINE_LIVE_PORT", "3001")
    get_settings.cache_clear()
    try:
        assert get_settings().live_page_port == 0  # the proxy routes /_live/ to the listener (docs/deploy.md)
    finally:
        get_settings.cache_clear()


async def test_a_thread_page_names_the_live_port_only_while_this_worker_listens_there(
        client: httpx.AsyncClient, world: World, live_port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_SITE_URL", SITE)  # plain http, no proxy: pages go to the port themselves
    get_settings.cache_clear()
    pages.clear()
    before = (await client.get(f"/t/{world.thread.slug}")).text
    assert 'id="thread"' in before and "data-live-port" not in before  # not listening: the main port's route
    pages.clear()
    async with _listener(live_port):
        during = (await client.get(f"/t/{world.thread.slug}")).text
    assert f'data-live-port="{live_port}"' in during


async def test_stopping_the_listener_closes_its_open_tabs_and_frees_the_port(world: World, live_port: int) -> None:
    url = f"ws://127.0.0.1:{live_port}/_live/{world.thread.id}"
    async with _listener(live_port):
        tab = await connect(url, additional_headers={"Origin": SITE}, ping_interval=None)
    await asyncio.wait_for(tab.wait_closed(), timeout=5)  # told to go, not left hanging on a dead server
    with socket.socket() as probe:  # nothing listens there any more
        assert probe.connect_ex(("127.0.0.1", live_port)) != 0
