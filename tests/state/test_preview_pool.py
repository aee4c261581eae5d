"""Previews run where they cannot starve page loads (issue 10): on their own bounded pool, never on the default
one, and a full pool answers "checking paused" at once instead of queueing work or failing.

The pool's workers are held busy with a real blocking call (a ``threading.Event``), so "full" is the real
state of the real pool, and the member's tab is the real composer (or new-thread form, or edit dialog)."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlmodel import select

from forum import db as db_module
from forum.db import BoundedPool, run_db, session_scope
from forum.models import Comment, Draft
from forum.services import posting, preview_budget
from forum.services.policy_settings import current_policy
from forum.services.preview_budget import MemberBudgets
from forum.state import comment_actions as comment_actions_module
from forum.state import composer as composer_module
from forum.state import new_thread as new_thread_module
from forum.state.comment_actions import CommentActionsState
from forum.state.composer import ComposerState
from forum.state.new_thread import NewThreadState
from forum.state.pages import ThreadState
from tests.factories import VALUABLE, World
from tests.state.conftest import run, substate, tab

WAIT_S = 10.0


class Held:
    """Occupies every slot of a pool with calls that block until released (the pool is then really full)."""

    def __init__(self, pool: BoundedPool) -> None:
        self.pool, self.gate = pool, threading.Event()
        self.started = threading.Semaphore(0)
        self.tasks: list[asyncio.Task[Any]] = []

    def _block(self) -> str:
        self.started.release()
        self.gate.wait(WAIT_S)
        return "held"

    async def fill(self) -> None:
        self.tasks = [asyncio.create_task(self.pool.run(self._block)) for _ in range(self.pool.limit)]
        await asyncio.sleep(0)  # every task has taken its slot
        assert self.pool.in_hand == self.pool.limit

    async def release(self) -> list[Any]:
        self.gate.set()
        return await asyncio.gather(*self.tasks)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The thread each preview ran on (the real engine still runs); fresh member budgets; a small pool."""
    ran_on: list[str] = []

    def recording(session: Any, *, actor_id: int | None, text: str) -> Any:
        ran_on.append(threading.current_thread().name)
        return posting.preview_comment(session, actor_id=actor_id, text=text)

    for module in (composer_module, new_thread_module, comment_actions_module):
        monkeypatch.setattr(module, "preview_comment", recording)
    monkeypatch.setattr(preview_budget, "MEMBERS", MemberBudgets())
    monkeypatch.setattr(db_module, "PREVIEWS", BoundedPool(1, 1, "test-preview"))
    yield ran_on


def _own_comment(world: World) -> int:
    with session_scope() as db:
        return db.exec(select(Comment.id).where(Comment.author_id == world.member.id)).one()


async def _composer(world: World, token: str) -> ComposerState:
    root = tab(token, f"/t/{world.thread.slug}")
    await run((await substate(root, ThreadState)).load())
    composer = await root.get_state(ComposerState)
    await run(composer.load())
    return composer


# ----- the pool itself ------------------------------------------------------------------------------------


async def test_a_full_pool_refuses_at_once_and_frees_its_slots_when_work_finishes() -> None:
    pool = BoundedPool(1, 2, "unit-preview")
    held = Held(pool)
    await held.fill()
    started = time.perf_counter()
    assert await pool.run(lambda: "never run") is None  # refused, not queued
    assert time.perf_counter() - started < 0.5
    assert pool.refused == 1
    assert await held.release() == ["held"] * 3
    await asyncio.sleep(0.05)  # the done callbacks have run
    assert pool.in_hand == 0
    assert await pool.run(threading.current_thread) is not threading.current_thread()
    assert (await pool.run(lambda: threading.current_thread().name)).startswith("unit-preview")


async def test_a_caller_that_gives_up_still_frees_its_slot_and_errors_reach_the_caller() -> None:
    pool = BoundedPool(1, 1, "unit-preview")
    held = Held(pool)
    held.tasks = [asyncio.create_task(pool.run(held._block))]
    await asyncio.to_thread(held.started.acquire, True, WAIT_S)  # the worker is busy
    waiting = asyncio.create_task(pool.run(lambda: "late"))
    await asyncio.sleep(0)
    assert pool.in_hand == 2 and await pool.run(lambda: "third") is None
    waiting.cancel()  # e.g. the tab closed while its preview waited
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert pool.in_hand == 1  # the waiting call was cancelled before it ran: its slot is back
    await held.release()
    await asyncio.sleep(0.05)

    def fail() -> None:
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        await pool.run(fail)
    await asyncio.sleep(0.05)
    assert pool.in_hand == 0


# ----- the member's tabs ----------------------------------------------------------------------------------


async def test_previews_run_on_their_own_pool_not_the_default_one(world: World, token_for: Callable[[int], str],
                                                                  previews: list[str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.set_text(VALUABLE))
    assert composer.decision == "publish" and composer.notice == ""
    assert previews and all(name.startswith("test-preview") for name in previews)
    page_load_thread = await asyncio.to_thread(lambda: threading.current_thread().name)
    assert not page_load_thread.startswith("test-preview")  # the pool page loads use is another one


async def test_a_full_preview_pool_pauses_checking_keeps_the_text_and_starves_nothing(
        world: World, token_for: Callable[[int], str], previews: list[str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.set_text(VALUABLE))
    assert composer.decision == "publish"
    held = Held(db_module.PREVIEWS)
    await held.fill()
    try:
        text = VALUABLE + " Callbacks now go out within the hour."
        started = time.perf_counter()
        await asyncio.wait_for(run(composer.set_text(text)), WAIT_S)
        assert time.perf_counter() - started < WAIT_S / 2  # answered, not blocked behind the held previews
        assert composer.notice == preview_budget.PAUSED
        assert composer.error == "" and not composer.checking
        assert composer.text == text and composer.decision == "publish"  # text kept, last verdict stays
        assert len(previews) == 1  # the second text was not checked
        with session_scope() as db:  # the draft was saved on the default pool, which the previews never fill
            draft = db.exec(select(Draft).where(Draft.user_id == world.member.id)).one()
            assert draft.body == text and composer.draft_saved
        assert (await asyncio.wait_for(run_db(current_policy), WAIT_S)).max_chars > 0  # a "page load" answers
    finally:
        await held.release()
    await asyncio.sleep(0.05)
    await run(composer.set_text(text + " Again."))  # room again: checked as usual
    assert composer.notice == "" and len(previews) == 2


async def test_new_thread_and_edit_previews_pause_too_when_the_pool_is_full(
        world: World, token_for: Callable[[int], str], previews: list[str]) -> None:
    token = token_for(world.member.id)
    composer = await _composer(world, token)
    await run(composer.set_text(VALUABLE))
    await run(composer.submit())
    root = tab(token, f"/b/{world.board.slug}/new")
    form = await substate(root, NewThreadState)
    await run(form.load())
    actions = await substate(tab(token, f"/t/{world.thread.slug}"), CommentActionsState)
    comment_id = _own_comment(world)
    await run(actions.start_edit(comment_id))
    assert actions.edit_id == comment_id
    checked = len(previews)
    held = Held(db_module.PREVIEWS)
    await held.fill()
    try:
        await asyncio.wait_for(run(form.set_body(VALUABLE + " For the opening post.")), WAIT_S)
        assert form.error == preview_budget.PAUSED and not form.checking
        await asyncio.wait_for(run(actions.set_edit_text(VALUABLE + " Edited.")), WAIT_S)
        assert actions.edit_error == preview_budget.PAUSED and not actions.checking
        assert actions.edit_text == VALUABLE + " Edited."
        assert len(previews) == checked
    finally:
        await held.release()
    await asyncio.sleep(0.05)
    await run(actions.set_edit_text(VALUABLE + " Edited again."))
    assert actions.edit_error == "" and actions.decision == "publish" and len(previews) == checked + 1


async def test_edit_previews_spend_the_preview_budget(world: World, token_for: Callable[[int], str],
                                                      previews: list[str]) -> None:
    token = token_for(world.member.id)
    composer = await _composer(world, token)
    await run(composer.set_text(VALUABLE))
    await run(composer.submit())
    comment_id = _own_comment(world)
    actions = await substate(tab(token, f"/t/{world.thread.slug}"), CommentActionsState)
    await run(actions.start_edit(comment_id))
    before = len(previews)
    for i in range(40):
        await run(actions.set_edit_text(f"{VALUABLE} edit {i}"))
    assert len(previews) - before <= preview_budget.TAB_BUDGET.capacity
    assert actions.edit_error == preview_budget.PAUSED
    assert actions.edit_text.endswith("edit 39")
