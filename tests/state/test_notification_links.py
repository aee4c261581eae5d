"""Opening a notification about a comment goes to the thread page that shows it, at its anchor, even when
that is page 2; a notification about a comment that is gone opens the thread."""

from __future__ import annotations

from collections.abc import Callable

from forum.db import session_scope
from forum.services.notifications import notify
from forum.settings import get_settings
from forum.state.notifications import PAGE_SIZE, NotificationsState
from tests.factories import World, make_comment
from tests.state.conftest import run, substate, tab


def _redirect_path(events: list) -> str:
    (spec,) = events
    args = {name._js_expr: value for name, value in spec.args}
    return str(args["path"]._var_value)


async def test_a_reply_notification_lands_on_page_two_at_the_comment(
        world: World, token_for: Callable[[int], str]) -> None:
    with session_scope() as db:
        for _ in range(get_settings().comments_per_page):
            make_comment(db, world.thread, world.opener)
        late = make_comment(db, world.thread, world.opener)
        reply = make_comment(db, world.thread, world.member, parent=late)
        notify(db, user_id=world.opener.id, kind="reply", actor_id=world.member.id, thread_id=world.thread.id,
               comment_id=reply.id, message="replied")
        gone = make_comment(db, world.thread, world.member, status="removed")
        reply_id, gone_id = reply.id, gone.id
    state = await substate(tab(token_for(world.opener.id), "/notifications"), NotificationsState)
    landed = await run(state.open_item(1, world.thread.slug, reply_id))
    assert _redirect_path(landed) == f"/t/{world.thread.slug}?page=2#comment-{reply_id}"
    fallback = await run(state.open_item(1, world.thread.slug, gone_id))
    assert _redirect_path(fallback) == f"/t/{world.thread.slug}"


async def test_show_older_adds_the_next_page_below_and_stops_when_none_are_left(
        world: World, token_for: Callable[[int], str]) -> None:
    with session_scope() as db:
        for n in range(PAGE_SIZE + 5):
            notify(db, user_id=world.opener.id, kind="reply", actor_id=world.member.id, thread_id=world.thread.id,
                   message=f"note {n}")
    state = await substate(tab(token_for(world.opener.id), "/notifications"), NotificationsState)
    await run(state.load())
    assert (len(state.items), state.more, state.items[0].message) == (PAGE_SIZE, True, f"note {PAGE_SIZE + 4}")
    await run(state.show_older())
    assert (len(state.items), state.more, state.items[-1].message) == (PAGE_SIZE + 5, False, "note 0")
