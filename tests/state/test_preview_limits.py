"""CPU amplification through the live preview (issue 10): previews are limited per tab and per member, and an
unchanged text is never checked twice. Driven as a member's tabs drive the composer."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from forum.services import posting, preview_budget
from forum.services.preview_budget import Bucket, Budget, MemberBudgets, preview_cost
from forum.state import composer as composer_module
from forum.state import new_thread as new_thread_module
from forum.state.composer import ComposerState
from forum.state.new_thread import NewThreadState
from forum.state.pages import ThreadState
from tests.factories import VALUABLE, World
from tests.state.conftest import run, substate, tab


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text the policy engine was asked to preview (the real engine still runs); fresh member budgets."""
    seen: list[str] = []

    def counting(session: Any, *, actor_id: int | None, text: str) -> dict[str, Any]:
        seen.append(text)
        return posting.preview_comment(session, actor_id=actor_id, text=text)

    monkeypatch.setattr(composer_module, "preview_comment", counting)
    monkeypatch.setattr(new_thread_module, "preview_comment", counting)
    monkeypatch.setattr(preview_budget, "MEMBERS", MemberBudgets())
    yield seen


async def _composer(world: World, token: str) -> ComposerState:
    root = tab(token, f"/t/{world.thread.slug}")
    await run((await substate(root, ThreadState)).load())
    composer = await root.get_state(ComposerState)
    await run(composer.load())
    return composer


async def test_a_flood_of_previews_from_one_tab_is_cut_off(world: World, token_for: Callable[[int], str],
                                                           previews: list[str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    for i in range(40):  # 40 different texts in a burst, as a script would send them
        await run(composer.set_text(f"{VALUABLE} variant {i}"))
    assert len(previews) <= preview_budget.TAB_BUDGET.capacity
    assert composer.notice == preview_budget.PAUSED
    assert composer.text.endswith("variant 39")  # the text is kept, and the draft too
    assert composer.decision == "publish"  # the last verdict stays on screen


async def test_the_member_budget_spans_their_tabs(world: World, token_for: Callable[[int], str],
                                                  previews: list[str]) -> None:
    token = token_for(world.member.id)
    tabs = [await _composer(world, token) for _ in range(4)]
    for i in range(15):
        for n, composer in enumerate(tabs):
            await run(composer.set_text(f"{VALUABLE} tab {n} text {i}"))
    assert len(previews) <= preview_budget.MEMBER_BUDGET.capacity + 2  # + a little refill during the test


async def test_an_unchanged_text_is_not_checked_again(world: World, token_for: Callable[[int], str],
                                                      previews: list[str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    for _ in range(30):
        await run(composer.set_text(VALUABLE))
    assert previews == [VALUABLE]
    assert composer.decision == "publish" and composer.notice == ""


async def test_new_thread_previews_share_the_budget(world: World, token_for: Callable[[int], str],
                                                    previews: list[str]) -> None:
    root = tab(token_for(world.member.id), f"/b/{world.board.slug}/new")
    form = await substate(root, NewThreadState)
    await run(form.load())
    for _ in range(5):
        await run(form.set_body(VALUABLE))
    assert previews == [VALUABLE]
    for i in range(40):
        await run(form.set_body(f"{VALUABLE} {i}"))
    assert len(previews) <= preview_budget.TAB_BUDGET.capacity
    assert form.error == preview_budget.PAUSED


def test_long_texts_cost_more_and_buckets_refill() -> None:
    assert preview_cost("x") == pytest.approx(1.00025)
    assert preview_cost("x" * 20_000) == pytest.approx(6.0)
    budget = Budget(capacity=6, per_second=1)
    members = MemberBudgets(budget)
    tab = Bucket.full(budget, now=0)
    assert members.allow(7, "x" * 20_000, tab, budget, now=0)
    assert not members.allow(7, "short", tab, budget, now=0.5)  # both buckets nearly empty
    assert members.allow(7, "short", tab, budget, now=1.5)  # a second later a short one fits
    assert not members.allow(7, "x" * 20_000, tab, budget, now=2)  # but not another long one yet
    assert members.allow(7, "x" * 20_000, tab, budget, now=8)
