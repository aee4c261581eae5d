"""Load on the read path as visitors make it: page requests, page views with their live socket, idle tabs.

Every loop here is bounded by a count and a deadline. The clients run in this process on the same machine
as the server and compete with it for the CPU, so page requests go through :class:`KeepAliveGet`, a bare
keep-alive HTTP/1.1 client costing a fraction of a millisecond of CPU per request (``read_path`` prints the
client's CPU per request beside the server's); compare rows of one run.

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
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

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


class KeepAliveGet:
    """A minimal HTTP/1.1 keep-alive client for one path: far cheaper per request than a full client library.

    The load generator shares the machine with the server, so its own CPU per request matters; this one
    sends a fixed request and reads the status line, headers and a ``Content-Length`` body, nothing else.
    """

    def __init__(self, base: str, path: str) -> None:
        parts = urlsplit(base)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.request = (f"GET {path} HTTP/1.1\r\nHost: {parts.netloc}\r\nUser-Agent: frontline-bench\r\n"
                        f"Accept: text/html\r\n\r\n").encode()
        self._streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self) -> tuple[int, bytes]:
        """(status, body) of one request; reconnects when the server closed the connection."""
        if self._streams is None:
            self._streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._streams
        try:
            writer.write(self.request)
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            status = int(lines[0].split()[1])
            headers = dict(line.split(":", 1) for line in lines[1:] if ":" in line)
            length = int(next((v for k, v in headers.items() if k.lower() == "content-length"), "0"))
            body = await reader.readexactly(length)
            if any(k.lower() == "connection" and v.strip().lower() == "close" for k, v in headers.items()):
                await self.close()
            return status, body
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        if self._streams is not None:
            writer = self._streams[1]
            self._streams = None
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()


async def http_load(base: str, path: str, clients: int, seconds: float, max_requests: int = 200_000) -> LoadResult:
    """``clients`` concurrent visitors GET ``path`` until ``seconds`` pass (or ``max_requests`` are made)."""
    result = LoadResult()
    deadline = time.monotonic() + seconds
    issued = [0]

    async def visitor() -> None:
        client = KeepAliveGet(base, path)
        try:
            while time.monotonic() < deadline and issued[0] < max_requests:
                issued[0] += 1
                started = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(client.get(), TIMEOUT_S)
                    ok = status == 200 and b'class="comment' in body
                except (OSError, ValueError, IndexError, asyncio.IncompleteReadError, TimeoutError):
                    ok = False
                if ok:
                    result.latencies.append((time.perf_counter() - started) * 1000)
                else:
                    result.errors += 1
        finally:
            await client.close()

    started = time.monotonic()
    await asyncio.gather(*(visitor() for _ in range(clients)))
    result.seconds = time.monotonic() - started
    return result


_LIVE_PORT = re.compile(rb'data-live-port="(\d+)"')


def live_socket_base(base: str, page: bytes | str) -> str:
    """Where a page's script opens its live socket: the port the page names (forum.http.live_server), else the
    page's own origin; as a ``ws://`` base."""
    found = _LIVE_PORT.search(page.encode() if isinstance(page, str) else page)
    origin = base.replace("http://", "ws://", 1)
    if not found:
        return origin
    return f"{origin.rsplit(':', 1)[0]}:{found.group(1).decode()}"


async def _live_socket(live_base: str, origin: str, thread_id: int) -> ClientConnection:
    """The page's live socket, opened as the page's script does (a browser sends no pings of its own)."""
    from websockets.asyncio.client import connect

    return await asyncio.wait_for(connect(f"{live_base}/_live/{thread_id}", additional_headers={"Origin": origin},
                                          ping_interval=None, compression=None), TIMEOUT_S)


async def page_views(base: str, path: str, thread_id: int, views: int, in_flight: int = 8,
                     max_seconds: float = 900.0) -> LoadResult:
    """``views`` page views (GET, then open and close the live socket), ``in_flight`` at a time."""
    result = LoadResult()
    deadline = time.monotonic() + max_seconds
    todo = [views]

    async def tab_after_tab() -> None:
        client = KeepAliveGet(base, path)
        try:
            while todo[0] > 0 and time.monotonic() < deadline:
                todo[0] -= 1
                started = time.perf_counter()
                try:
                    status, body = await asyncio.wait_for(client.get(), TIMEOUT_S)
                    socket = await _live_socket(live_socket_base(base, body), base, thread_id)
                    await socket.close()
                    ok = status == 200
                except Exception:  # counted as an error, not fatal
                    ok = False
                if ok:
                    result.latencies.append((time.perf_counter() - started) * 1000)
                else:
                    result.errors += 1
        finally:
            await client.close()

    started = time.monotonic()
    await asyncio.gather(*(tab_after_tab() for _ in range(in_flight)))
    result.seconds = time.monotonic() - started
    return result


async def idle_tabs(base: str, page: str, thread_ids: list[int], tabs: int, seconds: float,
                    during: Callable[[float], Awaitable[None]]) -> tuple[int, int]:
    """Open ``tabs`` live sockets (spread over ``thread_ids``, where the thread page ``page`` says they go), then
    await ``during(seconds)`` while they idle.

    Returns (sockets held open, messages they received while idle). Every socket is closed at the end.
    """
    opened: list[ClientConnection] = []
    received = [0]
    gate = asyncio.Semaphore(32)

    async with httpx.AsyncClient(timeout=TIMEOUT_S) as http:  # the page names where its live socket goes
        live_base = live_socket_base(base, (await http.get(f"{base}{page}")).text)

    async def open_one(index: int) -> None:
        async with gate:
            with contextlib.suppress(Exception):
                opened.append(await _live_socket(live_base, base, thread_ids[index % len(thread_ids)]))

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
