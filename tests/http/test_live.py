"""Open thread pages hear of changes by push: one watcher per worker reads the versions of every watched
thread in one query, whatever the number of open tabs, and only tabs of a changed thread are told."""

from __future__ import annotations

import asyncio

import pytest
from sqlmodel import Session
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from forum.http.api import build
from forum.live import ThreadWatcher
from tests.factories import World, make_comment, make_thread


async def _settle(watcher: ThreadWatcher, polls: int) -> None:
    for _ in range(200):
        if watcher.polls >= polls:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the watcher made {watcher.polls} polls, expected {polls}")


async def test_three_hundred_idle_tabs_cost_one_query_per_interval(world: World) -> None:
    watcher = ThreadWatcher(poll_seconds=0.05)
    queues = [watcher.subscribe(world.thread.id) for _ in range(300)]
    await _settle(watcher, 3)
    await asyncio.sleep(0.12)
    elapsed_polls = watcher.polls
    assert elapsed_polls <= 8, "polls follow the interval, not the number of tabs"
    assert all(q.empty() for q in queues), "nothing changed, so nobody is told anything"
    for q in queues:
        watcher.unsubscribe(world.thread.id, q)
    await asyncio.sleep(0.15)
    assert watcher.polls <= elapsed_polls + 3 and watcher.tab_count == 0


async def test_a_new_comment_reaches_the_tabs_of_its_thread_and_no_others(
        world: World, session: Session) -> None:
    other = make_thread(session, world.board, world.member, slug="another-thread")
    session.commit()
    watcher = ThreadWatcher(poll_seconds=0.05)
    mine = [watcher.subscribe(world.thread.id) for _ in range(3)]
    theirs = watcher.subscribe(other.id)
    await _settle(watcher, 2)

    make_comment(session, world.thread, world.member, text="something new")
    session.commit()
    watcher.nudge()

    for queue in mine:
        await asyncio.wait_for(queue.get(), timeout=2)
    assert theirs.empty()
    for queue in mine:
        watcher.unsubscribe(world.thread.id, queue)
    watcher.unsubscribe(other.id, theirs)


def test_the_live_socket_refuses_a_foreign_origin_and_accepts_the_sites_own(world: World) -> None:
    with TestClient(build()) as http:
        with pytest.raises(WebSocketDisconnect), http.websocket_connect(
                f"/_live/{world.thread.id}", headers={"Origin": "http://evil.example"}) as socket:
            socket.receive_text()
        with http.websocket_connect(f"/_live/{world.thread.id}",
                                    headers={"Origin": "http://127.0.0.1:3000"}) as socket:
            socket.close()


async def test_a_change_made_before_the_first_poll_still_reaches_a_tab_that_says_what_it_shows(
        world: World, session: Session) -> None:
    from forum.services.page_versions import thread_version

    _, shown = thread_version(session, slug=world.thread.slug)  # the version the tab's page was drawn from
    make_comment(session, world.thread, world.member, text="committed before the socket's first poll")
    session.commit()
    watcher = ThreadWatcher(poll_seconds=0.05)
    told = watcher.subscribe(world.thread.id, version=shown)
    silent = watcher.subscribe(world.thread.id)  # a tab that did not say: it learns the version first

    await asyncio.wait_for(told.get(), timeout=2)
    await _settle(watcher, watcher.polls + 2)
    assert silent.empty()
    watcher.unsubscribe(world.thread.id, told)
    watcher.unsubscribe(world.thread.id, silent)


async def test_a_socket_left_behind_by_a_burst_is_told_the_newest_version_and_a_role_change_stays() -> None:
    from forum.live import _tell

    queue: asyncio.Queue[str] = asyncio.Queue(maxsize=1)
    _tell(queue, "v1")
    _tell(queue, "v2")  # the socket has not sent v1 yet: v2 takes its place
    assert queue.get_nowait() == "v2" and queue.empty()
    _tell(queue, "role")
    _tell(queue, "v3")  # a pending role change redraws everything anyway: it stays
    assert queue.get_nowait() == "role" and queue.empty()
