"""Posting through the real app: signed-in members drive the Reflex event socket as their browser tab does.

A member's thread page boots the Reflex app, which opens ``/_event`` (Engine.IO v4 / socket.io) and sends a
CONNECT frame carrying the ``hydrate_and_load`` event (the page's on_load chain: who is signed in, the
thread, the composer, the comment menus). :class:`EventSocket` first GETs the page as the browser does (its
thread id and the version its comment list shows), replays that frame, captured from Chromium on the same
build (``forum.bench.read_browser.capture_boot_frame``), with the member's ``frontline_session`` cookie and
the thread's route, waits for ``is_hydrated``, and opens the page's live socket (``/_live/<thread id>``). One
reply is then what the tab does (``assets/frontline.js``):

1. ``ComposerState.set_text`` (the debounced text area: the server's policy preview, and the draft saved),
   until the composer reports ``checking`` false;
2. Publish in one request (``window.frontline.publish``): ``POST /t/<slug>/reply`` with
   ``X-Frontline-Publish: 1``, the page's form token, a fresh submission key and the version shown; the server
   reviews again, stores the comment and answers its block, which the tab puts in place (when the server says
   it was the thread's only change, the tab takes the new version);
3. ``ComposerState.published`` with that answer (the composer starts afresh), until the tab's state names the
   press's key as accepted. A press the route did not store goes through ``ComposerState.submit`` instead,
   as in the browser, until ``submitting`` is false with the outcome (or an error).

Meanwhile, as in the browser, every tab's live socket tells it of the other members' comments, and the tab
asks what changed (``?part=since&v=<version shown>``: the new comments alone, or the whole list after any
other change) whenever the version it is told differs from the one it shows: that reading load is part of
the run (counted as ``refreshes``), though not of a reply's latency.

:func:`post_replies` runs one such tab per member concurrently and reports replies/s, latency per reply,
outcomes, and (from the database) how many of the sent replies were stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import httpx

from forum.bench.read_load import live_socket_base

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection

COMPOSER = "reflex___state____state.forum___state___composer____composer_state"
HYDRATED = '"is_hydrated_rx_state_":true'
CHECKED = '"checking_rx_state_":false'
SUBMITTED = '"submitting_rx_state_":false'
FORM_ACTION = re.compile(r'data-reply-action="([^"]+)"')
FORM_TOKEN = re.compile(r'data-reply-token="([^"]+)"')
VERSION = re.compile(r'data-version="([^"]*)"')
CURRENT = 'data-current="1"'
MAX_FRAMES = 500  # frames read while waiting for one answer before giving up
TIMEOUT_S = 60.0


def router_data(path: str) -> dict[str, object]:
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    return {"pathname": path, "asPath": path, "query": {"slug": slug}}


class EventSocket:
    """One member's tab on a thread page, speaking the app's event protocol, with the page's live socket."""

    def __init__(self, base: str, boot_frame: str, token: str, path: str) -> None:
        self.base, self.boot_frame, self.token, self.path = base, boot_frame, token, path
        self._socket: ClientConnection | None = None
        self._live: asyncio.Task[None] | None = None
        self.version = ""  # the version of the comment list this tab shows
        self.live_base = ""  # where the page's live socket goes (ws://host:port)
        self.refreshes = 0  # comment-list fetches its live socket caused
        self.read: list[str] = []  # the frames the last ``until`` read
        self.action = self.form_token = self.csrf = ""  # where Publish posts, the page's token and its cookie

    @property
    def cookie(self) -> str:
        return f"frontline_session={self.token}"

    async def open(self, http: httpx.AsyncClient) -> None:
        """Load the page, connect and run its boot event, open its live socket; returns once hydrated."""
        from websockets.asyncio.client import connect

        loaded = await http.get(f"{self.base}{self.path}", headers={"Cookie": self.cookie})
        page = loaded.text
        action, token = FORM_ACTION.search(page), FORM_TOKEN.search(page)
        if action is None or token is None or not loaded.cookies.get("frontline_csrf"):
            raise RuntimeError("the member's page names no reply route, form token or CSRF cookie")
        self.action, self.form_token, self.csrf = action.group(1), token.group(1), loaded.cookies["frontline_csrf"]
        self.version = _version_in(page)
        self.live_base = live_socket_base(self.base, page)
        thread_id = re.search(r'data-thread-id="(\d+)"', page)
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
        if thread_id is not None:
            self._live = asyncio.create_task(self._listen(int(thread_id.group(1)), http))

    async def _listen(self, thread_id: int, http: httpx.AsyncClient) -> None:
        """The page's live socket: fetch the list when told of a version this tab does not show."""
        from websockets.asyncio.client import connect

        url = f"{self.live_base}/_live/{thread_id}?v={self.version}"
        async with connect(url, additional_headers={"Origin": self.base, "Cookie": self.cookie},
                           compression=None, ping_interval=None) as live:
            async for message in live:
                if message != self.version:
                    await self.refresh(http)

    async def refresh(self, http: httpx.AsyncClient) -> None:
        """What the page asks for when told of a change: what changed since the version it shows (the new
        comments alone when that is all, else the whole list); either way the tab then shows the newest."""
        sent = self.version
        changed = await http.get(f"{self.base}{self.path}", params={"part": "since", "v": sent, "page": "1"},
                                 headers={"Cookie": self.cookie})
        if self.version == sent:
            self.version = _version_in(changed.text) or self.version
        self.refreshes += 1

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
        """Read frames (answering Engine.IO pings) until one contains ``needle``; return it. The frames read on
        the way, that one included, are kept in :attr:`read` (an event's answer may span two: a slow check's
        first update says "checking" and may already carry its outcome)."""
        self.read = []
        for _ in range(MAX_FRAMES):
            frame = await self._recv()
            if frame == "2":
                await self._send("3")
                continue
            self.read.append(frame)
            if needle in frame:
                return frame
        raise RuntimeError(f"no frame with {needle!r} in {MAX_FRAMES} frames")

    async def event(self, handler: str, payload: dict[str, object] | None = None) -> None:
        body: dict[str, object] = {"name": f"{COMPOSER}.{handler}", "router_data": router_data(self.path)}
        if payload is not None:
            body["payload"] = payload
        await self._send("42/_event," + json.dumps(["event", body], separators=(",", ":")))

    async def reply(self, text: str, http: httpx.AsyncClient) -> str:
        """Type, publish and put the comment in place, as the tab does; the outcome: published, held, rejected
        or error."""
        await self.event("set_text", {"text": text})
        await self.until(CHECKED)
        key, sent = uuid.uuid4().hex, self.version
        answered = await http.post(
            f"{self.base}{self.action}", data={"csrf_token": self.form_token, "body": text, "key": key, "v": sent},
            headers={"Cookie": f"{self.cookie}; frontline_csrf={self.csrf}", "Origin": self.base,
                     "X-Frontline-Publish": "1"})
        answer = answered.json() if answered.status_code == 200 else {}
        if answer.get("stored") is True:
            if CURRENT in answer.get("html", "") and self.version == sent:
                self.version = _version_in(answer["html"]) or self.version
            await self.event("published", {"answer": {
                "stored": True, "comment_id": answer["comment_id"], "decision": answer["decision"],
                "message": answer["message"], "key": key}})
            await self.until(f'"accepted_key_rx_state_":"{key}"')
            return "published" if answer["decision"] == "publish" else "held"
        # not stored by the route: the press goes through the composer's own event, as in the browser
        await self.event("published", {"answer": {"stored": False,
                                                  "press": {"text": text, "parent_id": 0, "key": key}}})
        frame = await self.until(SUBMITTED)
        if "is published" in frame:
            return "published"
        if "is awaiting review" in frame:
            return "held"
        return "rejected" if '"decision_rx_state_":"reject"' in frame else "error"

    async def close(self) -> None:
        if self._live is not None:
            self._live.cancel()
            with contextlib.suppress(BaseException):
                await self._live
        if self._socket is not None:
            await self._socket.close()


def _version_in(html: str) -> str:
    found = VERSION.search(html)
    return found.group(1) if found else ""


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
    refreshes: int = 0  # comment-list fetches the tabs' live sockets caused

    @property
    def sent(self) -> int:
        return sum(self.outcomes.values())


class Poster(Protocol):
    """One member's way of sending a reply (the app's tab, or the plain form): its outcome as a word."""

    async def reply(self, text: str, http: httpx.AsyncClient) -> str: ...


async def drive(result: PostingResult, posters: Sequence[Poster], per_member: int, deadline: float,
                http: httpx.AsyncClient, first_text: int = 0) -> None:
    """Every poster sends ``per_member`` distinct replies one after another, all posters at once; the outcomes,
    latencies and seconds go into ``result``. A poster whose reply raises stops (the error is a result)."""

    async def run(index: int, poster: Poster) -> None:
        for n in range(per_member):
            if time.monotonic() > deadline:
                return
            started = time.perf_counter()
            try:
                outcome = await poster.reply(reply_text(index, first_text + n), http)
            except Exception as exc:  # a failed reply is a result; this poster stops
                result.outcomes["exception"] += 1
                result.first_error = result.first_error or repr(exc)[:200]
                return
            result.outcomes[outcome] += 1
            result.latencies.append((time.perf_counter() - started) * 1000)

    started = time.monotonic()
    await asyncio.gather(*(run(i, poster) for i, poster in enumerate(posters)))
    result.seconds = time.monotonic() - started


async def post_replies(base: str, boot_frame: str, tokens: list[str], paths: list[str], per_member: int,
                       max_seconds: float = 300.0) -> PostingResult:
    """Member ``i`` (``tokens[i]``) posts ``per_member`` replies on ``paths[i % len(paths)]``, all at once."""
    result = PostingResult()
    tabs = [EventSocket(base, boot_frame, token, paths[i % len(paths)]) for i, token in enumerate(tokens)]
    deadline = time.monotonic() + max_seconds
    async with httpx.AsyncClient(timeout=TIMEOUT_S, limits=httpx.Limits(max_connections=len(tabs))) as http:
        try:
            await asyncio.gather(*(tab.open(http) for tab in tabs))
            await drive(result, tabs, per_member, deadline, http)
            result.refreshes = sum(tab.refreshes for tab in tabs)
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
