"""Issue 10's load test, bounded and on loopback: 16 members post while one attacker floods live previews, and a
visitor's page loads stay fast.

Against the real production server (``conftest.server``), nothing of ours mocked:

- 16 trusted members (written into the server's database, each with a sign-in session) post
  :data:`REPLIES` replies each through the app's event socket, as their tabs do
  (``forum.bench.read_posting.post_replies``: ``set_text`` until checked, ``submit`` until done, then the
  new comment fetched alone; each tab's live socket fetches the others' comments as they arrive). The
  default policy stays in force, flood control included (3 comments a minute), so each member posts 3.
- One attacker member opens a tab and sends ``set_text`` with the policy engine's worst-case texts at the
  length cap (``forum.bench.policy_worst``), each a little different so none is "already checked", keeping
  :data:`ATTACK_IN_FLIGHT` in flight from the moment the members start until they are done: as fast as the
  socket lets one tab.
- A visitor loads the thread pages being posted to, one after another, the whole time, timing each.

Asserted: the visitor's p95 page load is under 1 s with no failed load; every member's every reply is stored
exactly once and none failed; the attacker was told checking is paused, and the previews actually run for
it stayed within what the per-member budget allows (``forum.services.preview_budget``), however many it
sent; no traceback in the server's log. The machine's other load is not controlled: the figures are printed
(``-s``) to be read with that.

What it does not reach: the previews' own bounded pool (``forum.db.run_preview``). One member's budget keeps
their previews far below what fills it (so does a few dozen accounts' worth: a tab's events run one at a
time, and a preview at the cap takes tens of milliseconds); its bound is held by
``tests/state/test_preview_pool.py``.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser

from forum.bench.policy_worst import CAP, pathological
from forum.bench.read_browser import boot_frame_in
from forum.bench.read_posting import CHECKED, EventSocket, PostingResult, post_replies, reply_text
from forum.services import preview_budget

POSTERS = 16
REPLIES = 3  # the default flood control allows 3 comments a minute
THREADS = 4  # the posters share 4 threads (4 each), so comments fan out to other members' open tabs
ATTACK_IN_FLIGHT = 4  # set_text events the attacker keeps unanswered at once
P95_LIMIT_S = 1.0
POSTING_LIMIT_S = 45.0  # the posting run gives up after this (the test then fails: replies missing)
PAUSED = "Live checking is paused"


@dataclass
class Flood:
    """What one attacker's tab sent and was answered."""

    sent: int = 0
    answers: Counter[str] = field(default_factory=Counter)  # paused / checked / error
    seconds: float = 0.0
    first_error: str = ""


@dataclass
class Visits:
    latencies: list[float] = field(default_factory=list)  # seconds per page load
    failures: list[str] = field(default_factory=list)


@dataclass
class Forum:
    """What the test wrote into the server's database."""

    url: str
    handles: list[str]
    tokens: list[str]
    attackers: list[str]
    attacker_tokens: list[str]
    slugs: list[str]


def _db_url(server_data_dir: Path) -> str:
    return f"sqlite:///{server_data_dir / 'forum.db'}"


@pytest.fixture
def forum(server: str, server_data_dir: Path) -> Iterator[Forum]:
    """16 trusted posters, an attacker and 4 threads, written straight into the server's database; afterwards
    the threads are listed last on their board again, so later tests taking a board's first threads never
    pick them."""
    from sqlmodel import Session, select

    from forum.db import create_db_engine
    from forum.models import Board, Thread
    from forum.services.sessions import create_session
    from tests.factories import make_member, make_thread

    run = uuid.uuid4().hex[:6]
    engine = create_db_engine(_db_url(server_data_dir))
    try:
        with Session(engine, expire_on_commit=False) as db:
            board = db.exec(select(Board).where(Board.slug == "tools-and-techniques")).one()
            posters = [make_member(db, f"load{run}_{i:02d}") for i in range(POSTERS)]
            attackers = [make_member(db, f"flood{run}")]
            opener = make_member(db, f"opener{run}")  # a thread counts as a post for flood control
            threads = [make_thread(db, board, opener, slug=f"load-{run}-{i}") for i in range(THREADS)]
            for n, thread in enumerate(threads):
                thread.title = f"Load test thread {n} ({run})"
                db.add(thread)
            forum = Forum(url=_db_url(server_data_dir), handles=[p.handle for p in posters],
                          tokens=[create_session(db, p.id) for p in posters],
                          attackers=[a.handle for a in attackers],
                          attacker_tokens=[create_session(db, a.id) for a in attackers],
                          slugs=[t.slug for t in threads])
            db.commit()
        yield forum
    finally:
        with Session(engine) as db:
            for thread in db.exec(select(Thread).where(Thread.slug.startswith(f"load-{run}-"))).all():
                thread.last_activity_at = datetime(2020, 1, 1, tzinfo=UTC)
                db.add(thread)
            db.commit()
        engine.dispose()


def _attack_texts() -> Iterator[str]:
    """The worst-case texts at the cap, over and over, each time a little different (so never "already
    checked"), every one exactly CAP characters."""
    texts = [text for _, text in pathological()]
    n = 0
    while True:
        text = texts[n % len(texts)]
        mark = f" {n:07d}"
        yield text[:CAP - len(mark)] + mark
        n += 1


async def _flood(base: str, boot: str, token: str, path: str, go: asyncio.Event, stop: asyncio.Event,
                 opened: asyncio.Event, flood: Flood) -> None:
    """An attacker's tab: opened, then from ``go`` ``set_text`` at the cap, ATTACK_IN_FLIGHT at a time, until
    ``stop``."""
    texts = _attack_texts()
    async with httpx.AsyncClient(timeout=60) as http:
        tab = EventSocket(base, boot, token, path)
        try:
            await tab.open(http)
            opened.set()
            await go.wait()
            started = time.monotonic()
            for _ in range(ATTACK_IN_FLIGHT):
                await tab.event("set_text", {"text": next(texts)})
                flood.sent += 1
            while True:
                await tab.until(CHECKED)
                frames = tab.read  # the whole answer: a slow check's first update may already carry its outcome
                if any(PAUSED in frame for frame in frames):
                    flood.answers["paused"] += 1
                elif failed := next((f for f in frames if '"error_rx_state_":"' in f
                                     and '"error_rx_state_":""' not in f), None):
                    flood.answers["error"] += 1
                    flood.first_error = flood.first_error or failed[:300]
                else:
                    flood.answers["checked"] += 1
                if stop.is_set():
                    if sum(flood.answers.values()) >= flood.sent:
                        break
                    continue  # read the answers still owed, send no more
                await tab.event("set_text", {"text": next(texts)})
                flood.sent += 1
            flood.seconds = time.monotonic() - started
        finally:
            opened.set()
            await tab.close()


async def _visit(base: str, paths: list[str], stop: asyncio.Event, visits: Visits) -> None:
    """A visitor (no cookie) loading the thread pages being posted to, one after another, until ``stop``."""
    async with httpx.AsyncClient(timeout=30) as http:
        n = 0
        while not stop.is_set():
            path = paths[n % len(paths)]
            n += 1
            started = time.perf_counter()
            try:
                response = await http.get(base + path)
            except httpx.HTTPError as exc:
                visits.failures.append(f"{path}: {exc!r}")
                continue
            visits.latencies.append(time.perf_counter() - started)
            if response.status_code != 200 or 'id="thread-title"' not in response.text:
                visits.failures.append(f"{path}: {response.status_code}")


@dataclass
class Run:
    posted: PostingResult
    floods: list[Flood]
    visits: Visits
    seconds: float = 0.0


async def _load(base: str, boot: str, forum: Forum, attackers: int) -> Run:
    paths = [f"/t/{slug}" for slug in forum.slugs]
    go, stop = asyncio.Event(), asyncio.Event()
    opened = [asyncio.Event() for _ in range(attackers)]
    floods, visits = [Flood() for _ in range(attackers)], Visits()
    tabs = [asyncio.create_task(_flood(base, boot, forum.attacker_tokens[i], paths[i % len(paths)], go,
                                       stop, opened[i], floods[i])) for i in range(attackers)]
    try:
        await asyncio.wait_for(asyncio.gather(*(event.wait() for event in opened)), 60)
        go.set()  # every attacker's tab starts at once, with the members and the visitor
        tabs.append(asyncio.create_task(_visit(base, paths, stop, visits)))
        started = time.monotonic()
        posted = await post_replies(base, boot, forum.tokens, paths, REPLIES, max_seconds=POSTING_LIMIT_S)
        seconds = time.monotonic() - started
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tabs), 60)
    return Run(posted, floods, visits, seconds)


def _in_thread(base: str, boot: str, forum: Forum, attackers: int) -> Run:
    """Run the load on its own event loop, off the thread Playwright's sync API drives."""
    results: list[Run] = []
    errors: list[BaseException] = []

    def main() -> None:
        try:
            results.append(asyncio.run(_load(base, boot, forum, attackers)))
        except BaseException as exc:  # re-raised in the test's thread
            errors.append(exc)

    worker = threading.Thread(target=main, name="load-test")
    worker.start()
    worker.join(180)
    if errors:
        raise errors[0]
    assert results, "the load run did not finish in 180 s"
    return results[0]


def _stored(url: str, handles: list[str]) -> dict[str, list[str]]:
    """Every comment's text by each of ``handles``, in the server's database."""
    import sqlalchemy as sa

    from forum.db import create_db_engine
    from forum.models import Comment, User

    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.select(User.handle, Comment.source).join(User, User.id == Comment.author_id)
                                      .where(User.handle.in_(handles))).all()
    finally:
        engine.dispose()
    stored: dict[str, list[str]] = {handle: [] for handle in handles}
    for handle, source in rows:
        stored[handle].append(source)
    return stored


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def _allowed(flood: Flood) -> float:
    """The most previews at the cap one member's budget lets through in ``flood.seconds``: its capacity plus
    its refill, at the cost of a text at the cap (+1: the first may start before the bucket is counted)."""
    budget = preview_budget.MEMBER_BUDGET
    return (budget.capacity + budget.per_second * flood.seconds) / preview_budget.preview_cost("x" * CAP) + 1


def test_members_post_and_pages_load_while_an_attacker_floods_previews(
        server: str, server_data_dir: Path, browser: Browser, forum: Forum) -> None:
    attackers = len(forum.attacker_tokens)
    boot, _ = boot_frame_in(browser, server, f"/t/{forum.slugs[0]}", forum.tokens[0])
    log = server_data_dir / "server.log"
    log_before = log.stat().st_size
    run = _in_thread(server, boot, forum, attackers)
    new_log = log.read_bytes()[log_before:].decode("utf-8", "replace")
    posted, visits = run.posted, run.visits
    p95 = _p95(visits.latencies) if visits.latencies else float("inf")
    answers = sum((flood.answers for flood in run.floods), Counter())
    sent = sum(flood.sent for flood in run.floods)
    print(f"\nload test, {attackers} attacker(s): {run.seconds:.1f} s; posting: {dict(posted.outcomes)}, reply "
          f"latency median {statistics.median(posted.latencies or [0]) / 1000:.2f} s; visitor: "
          f"{len(visits.latencies)} page loads, median {statistics.median(visits.latencies or [0]):.3f} s, "
          f"p95 {p95:.3f} s, max {max(visits.latencies or [0]):.3f} s, {len(visits.failures)} failed; "
          f"attacker(s): {sent} previews of {CAP} chars sent, answered {dict(answers)} (budget: at most "
          f"{_allowed(run.floods[0]):.1f} checked per member)")

    stored = _stored(forum.url, forum.handles)
    for index, handle in enumerate(forum.handles):
        expected = sorted(reply_text(index, n) for n in range(REPLIES))
        assert sorted(stored[handle]) == expected, f"{handle}'s replies are not stored exactly once each"
    assert posted.outcomes["published"] == POSTERS * REPLIES, (dict(posted.outcomes), posted.first_error)
    assert not posted.first_error

    assert not visits.failures, visits.failures[:5]
    assert len(visits.latencies) >= 10, "the visitor hardly loaded a page"
    assert p95 < P95_LIMIT_S, f"the visitor's p95 page load was {p95:.3f} s"

    for flood in run.floods:
        assert flood.answers["error"] == 0, flood.first_error
        assert sum(flood.answers.values()) == flood.sent
        assert flood.answers["paused"] >= 1, "an attacker was never told checking is paused"
        assert flood.answers["checked"] <= _allowed(flood), "an attacker got more previews than the budget allows"
    assert "Traceback" not in new_log and " ERROR " not in new_log, new_log[-3000:]

