"""Load on the read path as visitors make it: page requests, page views with their live socket, idle tabs.

Every loop here is bounded by a count and a deadline. The clients run in this process on the same machine
as the server, so at 16 clients they compete with it for the CPU; compare rows of one run.

- :func:`http_load`: ``clients`` visitors GET a thread page back to back (one keep-alive connection each) for
  ``seconds``; requests/s and latency.
- :func:`page_views`: ``views`` anonymous page views, each what a browser tab does: GET the page, open the
  page's ``/_live/<thread id>`` socket (``Origin`` = the site) and close it; a few in flight at once.
- :func:`idle_tabs`: ``tabs`` live sockets held open for ``seconds`` (as that many idle open tabs), while
  the caller samples the server's CPU time and SQL count.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

TIMEOUT_S = 60.0


@dataclass
class LoadResult:
    """Requests that succeeded, their latencies (ms), failures, and the wall time they took."""

    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0

    @property
    def per_second(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0


async def http_load(base: str, path: str, clients: int, seconds: float, max_requests: int = 200_000) -> LoadResult:
    """``clients`` concurrent visitors GET ``path`` until ``seconds`` pass (or ``max_requests`` are made)."""
    result = LoadResult()
    deadline = time.monotonic() + seconds
    issued = [0]

    async def visitor() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT_S) as client:
            while time.monotonic() < deadline and issued[0] < max_requests:
                issued[0] += 1
                started = time.perf_counter()
                try:
                    response = await client.get(path)
                    ok = response.status_code == 200 and b'class="comment' in response.content
                except httpx.HTTPError:
                    ok = False
                if ok:
                    result.latencies.append((time.perf_counter() - started) * 1000)
                else:
                    result.errors += 1

    started = time.monotonic()
    await asyncio.gather(*(visitor() for _ in range(clients)))
    result.seconds = time.monotonic() - started
    return result


async def _live_socket(base: str, thread_id: int) -> ClientConnection:
    """The page's live socket, opened as the page's script does (a browser sends no pings of its own)."""
    from websockets.asyncio.client import connect

    url = base.replace("http://", "ws://") + f"/_live/{thread_id}"
    return await asyncio.wait_for(connect(url, additional_headers={"Origin": base}, ping_interval=None,
                                          compression=None), TIMEOUT_S)


async def page_views(base: str, path: str, thread_id: int, views: int, in_flight: int = 8,
                     max_seconds: float = 900.0) -> LoadResult:
    """``views`` page views (GET, then open and close the live socket), ``in_flight`` at a time."""
    result = LoadResult()
    deadline = time.monotonic() + max_seconds
    todo = [views]

    async def tab_after_tab(client: httpx.AsyncClient) -> None:
        while todo[0] > 0 and time.monotonic() < deadline:
            todo[0] -= 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                socket = await _live_socket(base, thread_id)
                await socket.close()
                ok = response.status_code == 200
            except Exception:  # counted as an error, not fatal
                ok = False
            if ok:
                result.latencies.append((time.perf_counter() - started) * 1000)
            else:
                result.errors += 1

    started = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=TIMEOUT_S,
                                 limits=httpx.Limits(max_connections=in_flight)) as client:
        await asyncio.gather(*(tab_after_tab(client) for _ in range(in_flight)))
    result.seconds = time.monotonic() - started
    return result


async def idle_tabs(base: str, thread_ids: list[int], tabs: int, seconds: float,
                    during: Callable[[float], Awaitable[None]]) -> tuple[int, int]:
    """Open ``tabs`` live sockets (spread over ``thread_ids``), then await ``during(seconds)`` while they idle.

    Returns (sockets held open, messages they received while idle). Every socket is closed at the end.
    """
    opened: list[ClientConnection] = []
    received = [0]
    gate = asyncio.Semaphore(32)

    async def open_one(index: int) -> None:
        async with gate:
            with contextlib.suppress(Exception):
                opened.append(await _live_socket(base, thread_ids[index % len(thread_ids)]))

    async def drain(socket: ClientConnection) -> None:
        with contextlib.suppress(Exception):
            async for _ in socket:
                received[0] += 1

    await asyncio.gather(*(open_one(i) for i in range(tabs)))
    readers = [asyncio.create_task(drain(socket)) for socket in opened]
    try:
        await during(seconds)
    finally:
        await asyncio.gather(*(socket.close() for socket in opened), return_exceptions=True)
        for reader in readers:
            reader.cancel()
        await asyncio.gather(*readers, return_exceptions=True)
    return len(opened), received[0]
