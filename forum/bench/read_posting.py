"""Posting through the real app: signed-in members drive the Reflex event socket as their browser tab does.

A member's thread page boots the Reflex app, which opens ``/_event`` (Engine.IO v4 / socket.io) and sends a
CONNECT frame carrying the ``hydrate_and_load`` event (the page's on_load chain: who is signed in, the
thread, the composer, the comment menus). :class:`EventSocket` replays that frame, captured from Chromium
on the same build (``forum.bench.read_browser.capture_boot_frame``), with the member's ``frontline_session``
cookie and the thread's route, then waits for ``is_hydrated``. One reply is then what the tab does:

1. ``ComposerState.set_text`` (the debounced text area: the server's policy preview, and the draft saved),
   until the composer reports ``checking`` false;
2. ``ComposerState.submit`` (the server reviews again and stores the comment), until ``submitting`` is false
   with the outcome notice (or an error);
3. the tab's comment list refresh the app asks for (``GET /t/<slug>?part=comments`` with the cookie).

:func:`post_replies` runs one such tab per member concurrently and reports replies/s, latency per reply,
outcomes, and (from the database) how many of the sent replies were stored.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

COMPOSER = "reflex___state____state.forum___state___composer____composer_state"
HYDRATED = '"is_hydrated_rx_state_":true'
CHECKED = '"checking_rx_state_":false'
SUBMITTED = '"submitting_rx_state_":false'
MAX_FRAMES = 500  # frames read while waiting for one answer before giving up
TIMEOUT_S = 60.0


def router_data(path: str) -> dict[str, object]:
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    return {"pathname": path, "asPath": path, "query": {"slug": slug}}


class EventSocket:
    """One member's tab on a thread page, speaking the app's event protocol."""

    def __init__(self, base: str, boot_frame: str, token: str, path: str) -> None:
        self.base, self.boot_frame, self.token, self.path = base, boot_frame, token, path
        self._socket: ClientConnection | None = None

    @property
    def cookie(self) -> str:
        return f"frontline_session={self.token}"

    async def open(self) -> None:
        """Connect and run the page's boot event; returns once the page reports it is hydrated."""
        from websockets.asyncio.client import connect

        url = self.base.replace("http://", "ws://") + f"/_event/?token={uuid.uuid4()}&EIO=4&transport=websocket"
        self._socket = await asyncio.wait_for(connect(
            url, additional_headers={"Origin": self.base, "Cookie": self.cookie}, max_size=2**24,
            compression=None, ping_interval=None), TIMEOUT_S)
        opening = await self._recv()
        if not opening.startswith("0"):
            raise RuntimeError(f"unexpected Engine.IO opening: {opening[:80]}")
        auth = json.loads(self.boot_frame.removeprefix("40/_event,"))
        auth["event"]["router_data"] = router_data(self.path)
        await self._send("40/_event," + json.dumps(auth, separators=(",", ":")))
        await self.until(HYDRATED)

    @property
    def socket(self) -> ClientConnection:
        if self._socket is None:
            raise RuntimeError("the tab is not open")
        return self._socket

    async def _send(self, text: str) -> None:
        await self.socket.send(text)

    async def _recv(self) -> str:
        return str(await asyncio.wait_for(self.socket.recv(), TIMEOUT_S))

    async def until(self, needle: str) -> str:
        """Read frames (answering Engine.IO pings) until one contains ``needle``; return it."""
        for _ in range(MAX_FRAMES):
            frame = await self._recv()
            if frame == "2":
                await self._send("3")
            elif needle in frame:
                return frame
        raise RuntimeError(f"no frame with {needle!r} in {MAX_FRAMES} frames")

    async def event(self, handler: str, payload: dict[str, object] | None = None) -> None:
        body: dict[str, object] = {"name": f"{COMPOSER}.{handler}", "router_data": router_data(self.path)}
        if payload is not None:
            body["payload"] = payload
        await self._send("42/_event," + json.dumps(["event", body], separators=(",", ":")))

    async def reply(self, text: str, http: httpx.AsyncClient) -> str:
        """Type, submit and refresh, as the tab does; the outcome: published, held, rejected or error."""
        await self.event("set_text", {"text": text})
        await self.until(CHECKED)
        await self.event("submit")
        frame = await self.until(SUBMITTED)
        await http.get(f"{self.base}{self.path}", params={"part": "comments"}, headers={"Cookie": self.cookie})
        if "is published" in frame:
            return "published"
        if "Your comment" in frame:
            return "held"
        return "rejected" if '"decision_rx_state_":"reject"' in frame else "error"

    async def close(self) -> None:
        if self._socket is not None:
            await self._socket.close()


def reply_text(member: int, n: int) -> str:
    """A distinct reply the default policy publishes for a trusted member."""
    minutes = 7 + (member * 31 + n) % 40
    return (f"On our team ({member}-{n}) we cut average handle time from {minutes} to 6 minutes by letting agents "
            f"close tickets without a second approval; CSAT rose {n % 9 + 1} points over the quarter, and the "
            f"escalation rate fell by {member % 7 + 2} percent once the leads stopped reviewing every refund.")


@dataclass
class PostingResult:
    """What a posting run did: seconds, per-reply latencies (ms), outcomes as the app reported them."""

    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    first_error: str = ""

    @property
    def sent(self) -> int:
        return sum(self.outcomes.values())


async def post_replies(base: str, boot_frame: str, tokens: list[str], paths: list[str], per_member: int,
                       max_seconds: float = 300.0) -> PostingResult:
    """Member ``i`` (``tokens[i]``) posts ``per_member`` replies on ``paths[i % len(paths)]``, all at once."""
    result = PostingResult()
    tabs = [EventSocket(base, boot_frame, token, paths[i % len(paths)]) for i, token in enumerate(tokens)]
    deadline = time.monotonic() + max_seconds
    async with httpx.AsyncClient(timeout=TIMEOUT_S, limits=httpx.Limits(max_connections=len(tabs))) as http:
        try:
            await asyncio.gather(*(tab.open() for tab in tabs))

            async def member(index: int, tab: EventSocket) -> None:
                for n in range(per_member):
                    if time.monotonic() > deadline:
                        return
                    started = time.perf_counter()
                    try:
                        outcome = await tab.reply(reply_text(index, n), http)
                    except Exception as exc:  # a failed reply is a result; this tab stops
                        result.outcomes["exception"] += 1
                        result.first_error = result.first_error or repr(exc)[:200]
                        return
                    result.outcomes[outcome] += 1
                    result.latencies.append((time.perf_counter() - started) * 1000)

            started = time.monotonic()
            await asyncio.gather(*(member(i, tab) for i, tab in enumerate(tabs)))
            result.seconds = time.monotonic() - started
        finally:
            await asyncio.gather(*(tab.close() for tab in tabs), return_exceptions=True)
    return result


def stored_replies(url: str, handles: list[str]) -> int:
    """Comments in the database written by ``handles`` (any status)."""
    import sqlalchemy as sa

    from forum.db import create_db_engine
    from forum.models import Comment, User

    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            query = sa.select(sa.func.count(Comment.id)).join(User, User.id == Comment.author_id) \
                .where(User.handle.in_(handles))
            return int(connection.execute(query).scalar_one())
    finally:
        engine.dispose()
