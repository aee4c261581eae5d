"""Reporting, starting a thread and reading notifications, through their handlers."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import select

from forum.db import session_scope
from forum.models import Flag, Thread
from forum.routes import NOTIFICATIONS, new_thread_url, thread_url
from forum.services.posting import post_comment
from forum.state.action_result import ActionResultState
from forum.state.comment_actions import CommentActionsState
from forum.state.new_thread import NewThreadState
from forum.state.notifications import NavState, NotificationsState
from tests.factories import BRIEF, HELD_VIDEO, VALUABLE, World
from tests.state.conftest import run, substate, tab


def _published_comment(world: World) -> int:
    with session_scope() as db:
        return post_comment(db, actor_id=world.opener.id, thread_id=world.thread.id, text=VALUABLE).comment_id


async def test_a_member_reports_a_comment_with_a_reason(world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    actions = await substate(root, CommentActionsState)
    actions.start_report(comment_id)
    assert actions.report_open
    await run(actions.send_report())
    assert actions.report_error == "Choose a reason." and actions.report_open
    actions.set_report_reason("promotion")
    actions.set_report_detail("Links to their own consultancy.")
    await run(actions.send_report())
    assert actions.report_error == "" and not actions.report_open
    result = await substate(root, ActionResultState)  # the thanks is said inside the reported comment
    assert (result.anchor, result.tone) == (f"comment-{comment_id}", "ok") and "moderators" in result.text
    with session_scope() as db:
        flag = db.exec(select(Flag).where(Flag.comment_id == comment_id)).one()
        assert (flag.reason, flag.reporter_id) == ("promotion", world.member.id)


async def test_nobody_reports_their_own_comment(world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    actions = await substate(tab(token_for(world.opener.id), thread_url(world.thread.slug)), CommentActionsState)
    actions.start_report(comment_id)
    actions.set_report_reason("spam")
    await run(actions.send_report())
    assert "own comment" in actions.report_error


async def test_starting_a_thread_judges_the_opening_post_and_keeps_a_rejected_one(
        world: World, token_for: Callable[[int], str]) -> None:
    form = await substate(tab(token_for(world.member.id), new_thread_url(world.board.slug)), NewThreadState)
    await run(form.load())
    assert not form.not_found and form.board_name
    form.set_title("How do you keep callbacks honest?")
    await run(form.set_body(BRIEF))
    assert form.decision == "reject" and not form.can_submit
    await run(form.submit())  # sent anyway (a forged click): the server refuses and the text stays
    assert form.error and form.body == BRIEF
    await run(form.set_body(VALUABLE))
    assert form.decision == "publish" and form.can_submit
    events = await run(form.submit())
    assert form.error == "" and any(e is not None for e in events)  # a redirect to the new thread
    with session_scope() as db:
        thread = db.exec(select(Thread).where(Thread.title == "How do you keep callbacks honest?")).one()
        assert thread.status == "published" and thread.author_id == world.member.id


async def test_a_title_with_a_link_is_refused_and_the_form_says_why(
        world: World, token_for: Callable[[int], str]) -> None:
    form = await substate(tab(token_for(world.member.id), new_thread_url(world.board.slug)), NewThreadState)
    await run(form.load())
    form.set_title("Cheap headsets at crmsaver.com")
    await run(form.set_body(VALUABLE))
    await run(form.submit())
    assert form.decision == "reject" and form.error and form.body == VALUABLE
    [reason] = form.reasons
    assert reason["message"].startswith("In the title: ") and "can't contain a link" in reason["message"]
    with session_scope() as db:
        assert db.exec(select(Thread).where(Thread.title == "Cheap headsets at crmsaver.com")).first() is None


async def test_an_unknown_board_has_no_new_thread_form(world: World, token_for: Callable[[int], str]) -> None:
    form = await substate(tab(token_for(world.member.id), new_thread_url("no-such-board")), NewThreadState)
    await run(form.load())
    assert form.not_found


async def test_a_reply_notification_is_counted_listed_and_marked_read(
        world: World, token_for: Callable[[int], str]) -> None:
    with session_scope() as db:  # a reply to the opener's thread notifies the opener
        post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
        post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)  # held: no one
    root = tab(token_for(world.opener.id), NOTIFICATIONS)
    nav = await substate(root, NavState)
    await run(nav.load())
    assert (nav.unread, nav.queue) == (1, 0)
    page = await root.get_state(NotificationsState)
    await run(page.load())
    assert [n.kind for n in page.items] == ["reply"] and not page.items[0].read
    await run(page.mark_all_read())
    assert page.items[0].read and nav.unread == 0
    visitor = await substate(tab(None, NOTIFICATIONS), NotificationsState)
    await run(visitor.load())
    assert visitor.signed_out and visitor.items == []
