"""Revoked moderators lose their powers in open tabs at once (issue 10): every role-dependent read and every
staff handler re-resolves the session cookie to the user row; nothing trusts the role cached in the tab."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import sqlalchemy as sa
from sqlmodel import select

from forum.db import session_scope
from forum.http.read_pages import render_thread
from forum.live import ThreadWatcher
from forum.models import ReviewItem, SignInSession, User
from forum.services.member_admin import set_role, suspend
from forum.services.posting import post_comment
from forum.state.moderation import QueueState
from forum.state.pages import ThreadState
from forum.state.session import SessionState
from tests.factories import HELD_VIDEO, World
from tests.state.conftest import run, substate, tab


def _held_comment(world: World) -> int:
    with session_scope() as db:
        outcome = post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
        assert outcome.decision == "hold"
        return outcome.comment_id


def _set_role_in_place(user_id: int, role: str) -> None:
    """Change the role in the database only (as another worker or the CLI would), keeping the sessions."""
    with session_scope() as db:
        db.execute(sa.update(User).where(User.id == user_id).values(role=role))


def _page_html(token: str, slug: str = "handle-time") -> str:
    """The comment list a tab fetches (on load and on every live refresh), drawn for the cookie's owner now."""
    return render_thread(token, slug, 1, "comments", f"/t/{slug}").html


async def test_a_demoted_moderator_s_open_thread_tab_stops_showing_held_comments(
        world: World, token_for: Callable[[int], str]) -> None:
    held = _held_comment(world)
    token = token_for(world.moderator.id)
    assert f'id="comment-{held}"' in _page_html(token)
    watcher = ThreadWatcher(poll_seconds=0.05)
    queue = watcher.subscribe(world.thread.id, staff_token=token)
    await asyncio.sleep(0.2)
    assert queue.empty(), "nothing changed yet"

    _set_role_in_place(world.moderator.id, "member")  # the open tab still shows what a moderator sees

    assert await asyncio.wait_for(queue.get(), timeout=2) == "role", "the tab is told to refresh at once"
    assert f'id="comment-{held}"' not in _page_html(token), "and its refresh no longer holds the comment"
    watcher.unsubscribe(world.thread.id, queue)


async def test_a_tab_claiming_a_moderator_role_does_not_see_held_comments(
        world: World, token_for: Callable[[int], str]) -> None:
    held = _held_comment(world)
    token = token_for(world.opener.id)
    root = tab(token, "/t/handle-time")
    session = await root.get_state(SessionState)
    session.user_role = "moderator"  # what a forged state update could try: the server never reads it
    thread = await substate(root, ThreadState)
    await run(thread.load())
    assert thread.thread is not None and not hasattr(thread.thread, "comments")
    assert f'id="comment-{held}"' not in _page_html(token)


async def test_a_demoted_moderator_s_open_queue_tab_can_neither_read_nor_act(
        world: World, token_for: Callable[[int], str]) -> None:
    _held_comment(world)
    root = tab(token_for(world.moderator.id), "/mod/queue")
    queue = await substate(root, QueueState)
    await run(queue.load())
    assert queue.allowed and len(queue.items) == 1
    item_id = queue.items[0].item_id
    _set_role_in_place(world.moderator.id, "member")
    await run(queue.set_rule(""))  # any re-read
    assert not queue.allowed and queue.items == []
    await run(queue.approve(item_id))
    assert queue.error and not queue.allowed
    with session_scope() as db:
        assert db.get(ReviewItem, item_id).state == "open"


async def test_role_changes_and_suspensions_end_the_person_s_sessions(
        world: World, token_for: Callable[[int], str]) -> None:
    token_for(world.moderator.id)
    token_for(world.member.id)
    with session_scope() as db:
        set_role(db, world.admin.id, world.moderator.handle, "member")  # demotion
        set_role(db, world.admin.id, world.member.handle, "moderator")  # promotion: a fresh token too
    with session_scope() as db:
        owners = db.exec(select(SignInSession.user_id)).all()
    assert world.moderator.id not in owners and world.member.id not in owners
    _set_role_in_place(world.opener.id, "moderator")
    root = tab(token_for(world.opener.id), "/mod/queue")
    queue = await substate(root, QueueState)
    await run(queue.load())
    assert queue.allowed
    with session_scope() as db:
        suspend(db, world.admin.id, world.opener.handle, days=3)
    await run(queue.load())  # the same open tab, after the suspension
    assert not queue.allowed and queue.items == []
