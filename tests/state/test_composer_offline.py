"""The composer when the connection comes and goes: what the browser kept wins over an older server draft,
and one press of Publish stores one comment however many times it arrives."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import func, select

from forum.db import session_scope
from forum.models import Comment
from forum.routes import thread_url
from forum.state.composer import ComposerState
from forum.state.pages import ThreadState
from tests.factories import VALUABLE, World
from tests.state.conftest import run, substate, tab

KEY = "press-0d1e2f3a-4b5c-6d7e"


async def _composer(world: World, token: str | None) -> ComposerState:
    root = tab(token, thread_url(world.thread.slug))
    thread = await substate(root, ThreadState)
    await run(thread.load())
    composer = await root.get_state(ComposerState)
    await run(composer.load())
    return composer


def _stored(text: str) -> int:
    with session_scope() as db:
        return db.exec(select(func.count()).select_from(Comment).where(Comment.source == text)).one()


async def test_a_press_sent_twice_publishes_once_and_tells_the_browser_which_copy_to_forget(
        world: World, token_for: Callable[[int], str]) -> None:
    token = token_for(world.member.id)
    composer = await _composer(world, token)
    press = {"text": VALUABLE, "parent_id": 0, "key": KEY}
    await run(composer.submit(press))
    assert "published" in composer.notice and composer.accepted_key == KEY and composer.text == ""
    again = await _composer(world, token)  # the confirmation was lost: a fresh tab state gets the resend
    await run(again.submit(press))
    assert "published" in again.notice and again.accepted_key == KEY
    assert _stored(VALUABLE) == 1


async def test_the_browser_s_newer_copy_replaces_an_older_server_draft_after_a_restart(
        world: World, token_for: Callable[[int], str]) -> None:
    token = token_for(world.member.id)
    first = await _composer(world, token)
    await run(first.set_text("the start of a thought"))
    restarted = await _composer(world, token)  # the server restarted: a fresh state restores the old draft
    assert restarted.text == "the start of a thought" and restarted.draft_saved
    await run(restarted.restore_local(VALUABLE, 0, "", restarted.load_nonce))
    assert restarted.text == VALUABLE and restarted.decision == "publish" and restarted.draft_saved
    await run(restarted.restore_local("a stale copy", 0, "", "an older binding"))
    assert restarted.text == VALUABLE
