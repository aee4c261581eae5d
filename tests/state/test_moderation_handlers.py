"""The moderator and admin handlers, called directly as a member's or a moderator's tab would call them.

The UI hides these tools from members, but that is cosmetic: what matters is that a member's session
sending the event itself is refused on the server and nothing changes (no decision, no audit row).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlmodel import func, select

from forum.db import session_scope
from forum.models import Comment, LinkRule, ModAction, PolicyVersion, ReviewItem, User
from forum.routes import ADMIN_POLICY, MOD_QUEUE
from forum.services.moderation import approve, reject
from forum.services.posting import post_comment
from forum.state.admin_policy import PolicyAdminState
from forum.state.moderation import QueueState
from forum.state.notifications import NavState
from forum.state.queue_dialogs import RejectDialogState, SuspendDialogState
from forum.state.session import SessionState
from tests.factories import HELD_VIDEO, World
from tests.state.conftest import run, substate, tab


def _held_item(world: World) -> tuple[int, int]:
    """A trusted member's comment held by the policy; returns (review item id, comment id)."""
    with session_scope() as db:
        outcome = post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
        assert outcome.decision == "hold"
        item = db.exec(select(ReviewItem).where(ReviewItem.comment_id == outcome.comment_id)).one()
        return item.id, outcome.comment_id


def _audit_rows() -> int:
    with session_scope() as db:
        return db.exec(select(func.count()).select_from(ModAction)).one()


async def _suspend_from_the_dialog(queue: QueueState, item: int) -> None:
    dialog = await queue.get_state(SuspendDialogState)
    dialog.open(1, "x")
    await dialog.confirm()


MEMBER_ATTEMPTS = {
    "approve": lambda s, item: s.approve(item),
    "bulk approve": lambda s, item: (s.toggle(item, True), s.bulk_approve())[1],
    "pin a domain": lambda s, item: s.pin("youtube.com", "trusted"),
    "suspend": _suspend_from_the_dialog,
}


@pytest.mark.parametrize("attempt", MEMBER_ATTEMPTS.values(), ids=MEMBER_ATTEMPTS.keys())
async def test_a_members_session_calling_a_moderator_handler_is_refused_and_changes_nothing(
        world: World, token_for: Callable[[int], str], attempt: Callable) -> None:
    item_id, comment_id = _held_item(world)
    before = _audit_rows()
    queue = await substate(tab(token_for(world.member.id), MOD_QUEUE), QueueState)
    await run(queue.load())
    assert not queue.allowed and queue.items == []

    await run(attempt(queue, item_id))

    assert "Only moderators" in (queue.error or (await queue.get_state(SuspendDialogState)).error)
    with session_scope() as db:
        assert db.get(ReviewItem, item_id).state == "open"
        assert db.get(Comment, comment_id).status == "pending"
        assert db.exec(select(LinkRule).where(LinkRule.domain == "youtube.com")).first() is None
        assert all(u.suspended_until is None for u in db.exec(select(User)))
    assert _audit_rows() == before


async def test_a_visitor_calling_reject_is_refused(world: World) -> None:
    item_id, _ = _held_item(world)
    queue = await substate(tab(None, MOD_QUEUE), QueueState)
    await run(queue.load())
    dialog = await queue.get_state(RejectDialogState)
    dialog.open_one(item_id)
    dialog.set_note("spam")
    await run(dialog.confirm())
    assert "sign in" in dialog.error.lower()
    with session_scope() as db:
        assert db.get(ReviewItem, item_id).state == "open"


async def test_a_moderator_approves_from_the_queue_and_the_count_follows(
        world: World, token_for: Callable[[int], str]) -> None:
    item_id, comment_id = _held_item(world)
    queue = await substate(tab(token_for(world.moderator.id), MOD_QUEUE), QueueState)
    await run(queue.load())
    assert queue.allowed and [i.item_id for i in queue.items] == [item_id]
    assert queue.items[0].reasons and queue.items[0].links[0]["kind"] == "non_article"

    await run(queue.approve(item_id))

    assert queue.error == "" and "Approved" in queue.notice
    assert queue.items == [] and queue.total == 0
    assert (await queue.get_state(NavState)).queue == 0
    with session_scope() as db:
        assert db.get(Comment, comment_id).status == "published"
        assert db.exec(select(ModAction).where(ModAction.action == "approve")).one().actor_id == world.moderator.id


async def test_a_moderator_rejects_with_a_canned_reason_and_a_note(
        world: World, token_for: Callable[[int], str]) -> None:
    item_id, comment_id = _held_item(world)
    queue = await substate(tab(token_for(world.moderator.id), MOD_QUEUE), QueueState)
    await run(queue.load())
    dialog = await queue.get_state(RejectDialogState)
    dialog.open_one(item_id)
    dialog.set_canned("link_promotion")
    dialog.set_note("Tell us what you learned from it instead.")
    await run(dialog.confirm())
    assert dialog.ids == [] and dialog.error == ""
    with session_scope() as db:
        assert db.get(Comment, comment_id).status == "rejected"
        assert "what you learned" in db.get(ReviewItem, item_id).note_to_author


async def test_a_moderator_cannot_save_the_policy_and_an_admin_can_after_a_replay(
        world: World, token_for: Callable[[int], str]) -> None:
    mod_page = await substate(tab(token_for(world.moderator.id), ADMIN_POLICY), PolicyAdminState)
    await run(mod_page.load())
    assert not mod_page.allowed
    await run(mod_page.save())
    assert "Only admins" in mod_page.error

    admin_page = await substate(tab(token_for(world.admin.id), ADMIN_POLICY), PolicyAdminState)
    await run(admin_page.load())
    assert admin_page.allowed and admin_page.numbers["max_links"] == "1"
    admin_page.set_number("brief_word_limit", "0")
    await run(admin_page.replay())
    assert admin_page.error == "" and admin_page.replay_summary
    admin_page.set_number("max_links", "two")
    await run(admin_page.save())
    assert "not a number" in admin_page.error
    admin_page.set_number("max_links", "2")
    admin_page.set_note("Allow a second source.")
    await run(admin_page.save())
    assert admin_page.error == "" and admin_page.numbers["max_links"] == "2"
    with session_scope() as db:
        assert db.exec(select(func.count()).select_from(PolicyVersion)).one() == 1


async def test_the_policy_page_shows_how_each_rules_holds_were_decided_and_replays_on_them(
        world: World, token_for: Callable[[int], str]) -> None:
    held = [_held_item(world)[0] for _ in range(2)]
    with session_scope() as db:
        approve(db, actor_id=world.moderator.id, item_id=held[0])
        reject(db, actor_id=world.moderator.id, item_id=held[1], note="Not an article.")
    admin_page = await substate(tab(token_for(world.admin.id), ADMIN_POLICY), PolicyAdminState)
    await run(admin_page.load())
    [row] = admin_page.decision_rows
    assert (row.rule, row.recent, row.recent_share, row.longer_share) == ("non_article_link", "1 / 0 / 1", "50%",
                                                                          "50%")
    assert not row.noisy
    admin_page.set_pins_text("youtube.com trusted")
    await run(admin_page.replay_decided())
    assert admin_page.error == "" and len(admin_page.decided_rows) == 2
    assert {(r.moderator_decision, r.proposed_decision, r.agrees) for r in admin_page.decided_rows} == {
        ("approved", "publish", True), ("rejected", "publish", False)}
    assert admin_page.decided_summary.startswith("The proposed settings agree with the moderators on 1 of 2")
    mod_page = await substate(tab(token_for(world.moderator.id), ADMIN_POLICY), PolicyAdminState)
    await run(mod_page.replay_decided())
    assert "Only admins" in mod_page.error and mod_page.decided_rows == []


async def test_reads_trust_the_cookie_not_the_tabs_session_vars(world: World, token_for: Callable[[int], str]
                                                                 ) -> None:
    """A member's tab whose SessionState claims to be a moderator (a forged event could do that) sees nothing."""
    _held_item(world)
    root = tab(token_for(world.member.id), MOD_QUEUE)
    queue = await substate(root, QueueState)
    session = await root.get_state(SessionState)
    session.user_role, session._user_id = "moderator", world.moderator.id
    await run(queue.load())
    assert not queue.allowed and queue.items == []
    await run(queue.set_rule("non_article_link"))
    assert queue.items == [] and not queue.allowed
    admin_page = await root.get_state(PolicyAdminState)
    session.user_role, session._user_id = "admin", world.admin.id
    await run(admin_page.load())
    assert not admin_page.allowed and admin_page.numbers == {}
