"""The reply composer's handlers, driven as a member's tab drives them: live verdict, drafts, posting."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlmodel import select

from forum.db import session_scope
from forum.models import Comment, Draft
from forum.routes import thread_url
from forum.services.thread_view import ThreadPage, Viewer, get_thread_page
from forum.state import composer as composer_module
from forum.state.action_result import ActionResultState
from forum.state.comment_actions import CommentActionsState
from forum.state.composer import ComposerState
from forum.state.pages import ThreadState
from tests.factories import BRIEF, HELD_VIDEO, VALUABLE, World
from tests.state.conftest import run, substate, tab


def _page_for(world: World, user_id: int | None) -> ThreadPage:
    """The thread page as the server renders it for ``user_id`` (the tab holds no copy of it)."""
    with session_scope() as db:
        return get_thread_page(db, world.thread.slug, Viewer(user_id=user_id))


async def _composer(world: World, token: str | None) -> ComposerState:
    root = tab(token, thread_url(world.thread.slug))
    thread = await substate(root, ThreadState)
    await run(thread.load())
    composer = await root.get_state(ComposerState)
    await run(composer.load())
    return composer


async def test_typing_good_post_shows_the_rejection_rule_by_rule_and_keeps_a_draft(
        world: World, token_for: Callable[[int], str]) -> None:
    token = token_for(world.member.id)
    composer = await _composer(world, token)
    await run(composer.set_text(BRIEF))
    assert composer.decision == "reject" and composer.submit_label == "Fix to post"
    assert [r["rule"] for r in composer.reasons] == ["too_brief"]
    assert composer.reasons[0]["evidence"] and not composer.can_submit
    assert composer.draft_saved and composer.draft_status == ""

    again = await _composer(world, token)  # a new tab: the server-side draft comes back, judged again
    assert again.text == BRIEF and again.decision == "reject"


async def test_a_reconnect_keeps_what_is_being_written(world: World, token_for: Callable[[int], str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    composer.text = "typed while the socket was down"
    await run(composer.load())  # on_load runs again on every reconnect
    assert composer.text == "typed while the socket was down"


async def test_publishing_puts_the_comment_on_the_page_and_clears_the_draft(
        world: World, token_for: Callable[[int], str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.set_text(VALUABLE))
    assert composer.decision == "publish" and composer.submit_label == "Publish"
    await run(composer.submit())
    assert composer.error == "" and "published" in composer.notice and composer.text == ""
    page = _page_for(world, world.member.id)
    assert any("handle time" in c.html for c in page.comments)
    with session_scope() as db:
        assert db.exec(select(Draft)).first() is None


async def test_a_held_comment_shows_to_its_author_as_awaiting_review(
        world: World, token_for: Callable[[int], str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.set_text(HELD_VIDEO))
    assert composer.decision == "hold" and composer.submit_label == "Send for review"
    await run(composer.submit())
    assert "awaiting review" in composer.notice
    page = _page_for(world, world.member.id)
    assert [c.status for c in page.comments if c.is_own] == ["pending"]


async def test_a_visitor_cannot_post_even_by_calling_submit(world: World) -> None:
    composer = await _composer(world, None)
    composer._thread_id = world.thread.id  # as if the visitor forged the composer's state
    composer.text = VALUABLE
    await run(composer.submit())
    assert "sign in" in composer.error.lower() and composer.text == VALUABLE
    with session_scope() as db:
        assert db.exec(select(Comment).where(Comment.source == VALUABLE)).first() is None


async def test_reply_targets_a_comment_and_the_service_nests_it(world: World, token_for: Callable[[int], str]
                                                                ) -> None:
    first = await _composer(world, token_for(world.opener.id))
    await run(first.set_text(VALUABLE))
    await run(first.submit())
    parent = _page_for(world, world.opener.id).comments[0]

    composer = await _composer(world, token_for(world.member.id))
    await run(composer.reply_to(parent.id, parent.author_name))
    assert composer.parent_id == parent.id and composer.reply_to_name == parent.author_name
    await run(composer.set_text(VALUABLE.replace("9 to 6", "8 to 5")))
    await run(composer.submit())
    replies = [c for c in _page_for(world, world.member.id).comments if c.parent_id == parent.id]
    assert [r.depth for r in replies] == [1]


async def test_someone_elses_comment_cannot_be_edited_through_the_menu(
        world: World, token_for: Callable[[int], str]) -> None:
    author = await _composer(world, token_for(world.opener.id))
    await run(author.set_text(VALUABLE))
    await run(author.submit())
    comment_id = _page_for(world, world.opener.id).comments[0].id

    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    actions = await substate(root, CommentActionsState)
    result = await substate(root, ActionResultState)
    await run(actions.start_edit(comment_id))
    assert actions.edit_id == 0 and "your own" in result.text
    assert (result.anchor, result.tone) == (f"comment-{comment_id}", "error")  # said beside that comment
    actions.edit_id, actions.edit_text = comment_id, "hijacked"  # forged dialog state
    await run(actions.save_edit())
    assert "your own" in actions.edit_error
    result._clear()
    actions.delete_id = comment_id
    await run(actions.confirm_delete())
    assert "your own" in result.text and result.anchor == f"comment-{comment_id}"
    with session_scope() as db:
        comment = db.get(Comment, comment_id)
        assert (comment.source, comment.status) == (VALUABLE, "published")


async def test_an_edit_and_a_delete_say_what_they_did_inside_that_comment(
        world: World, token_for: Callable[[int], str]) -> None:
    author = await _composer(world, token_for(world.member.id))
    await run(author.set_text(VALUABLE))
    await run(author.submit())
    comment_id = _page_for(world, world.member.id).comments[0].id

    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    actions = await substate(root, CommentActionsState)
    result = await substate(root, ActionResultState)
    await run(actions.start_edit(comment_id))
    await run(actions.set_edit_text(VALUABLE + " In winter the window moved to 3 pm."))
    events = await run(actions.save_edit())
    assert (result.anchor, result.tone, result.text) == (f"comment-{comment_id}", "ok", "Your comment is updated.")
    assert any("frontline.refresh" in str(e) for e in events)  # the list is redrawn; the line goes back into it
    stamp = result.stamp

    actions.ask_delete(comment_id)
    await run(actions.confirm_delete())
    assert (result.anchor, result.text) == (f"comment-{comment_id}", "Your comment is deleted.")
    assert result.stamp == stamp + 1

    await run(actions.load())  # the next page load starts clean
    assert (result.anchor, result.text) == ("", "")


async def test_posting_too_fast_counts_down_on_the_button_then_checks_again(
        world: World, token_for: Callable[[int], str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    for n in range(3):
        await run(composer.set_text(f"{VALUABLE} Week {n}: the same again."))
        await run(composer.submit())
    await run(composer.set_text(VALUABLE + " A fourth, too soon."))
    await run(composer.submit())  # the live check may have said so already; the server says so on submit
    assert composer.decision == "reject" and [r["rule"] for r in composer.reasons] == ["flood_control"]
    assert 50 <= composer.retry_after <= 60 and not composer.can_submit
    stamp = composer.retry_stamp
    assert stamp > 0 and composer.text.endswith("A fourth, too soon.")  # nothing typed is lost

    await run(composer.wait_over())  # the browser counted down early (a fast clock): refused again, anew
    assert composer.decision == "reject" and composer.retry_after > 0 and composer.retry_stamp > stamp

    with session_scope() as db:  # a minute passes
        for comment in db.exec(select(Comment).where(Comment.author_id == world.member.id)).all():
            comment.created_at -= timedelta(minutes=2)
            db.add(comment)
    await run(composer.wait_over())
    assert (composer.decision, composer.retry_after, composer.submit_label) == ("publish", 0, "Publish")
    assert composer.can_submit
    await run(composer.submit())
    assert "published" in composer.notice


async def test_a_quick_check_changes_the_verdict_in_one_update_without_a_spinner(
        world: World, token_for: Callable[[int], str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    updates = await run(composer.set_text(VALUABLE))
    assert updates == []  # nothing sent before the verdict: the event's one update carries it
    assert composer.decision == "publish" and not composer.checking


async def test_a_slow_check_shows_the_spinner_while_it_runs(
        world: World, token_for: Callable[[int], str], monkeypatch: pytest.MonkeyPatch) -> None:
    composer = await _composer(world, token_for(world.member.id))
    quick = composer_module.run_preview

    async def slow(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(composer_module.SPINNER_AFTER_S * 3)
        return await quick(*args, **kwargs)

    monkeypatch.setattr(composer_module, "run_preview", slow)
    seen: list[bool] = []
    async for _ in composer.set_text(VALUABLE):
        seen.append(composer.checking)  # what the tab is sent mid-check
    assert seen == [True]
    assert composer.decision == "publish" and not composer.checking
