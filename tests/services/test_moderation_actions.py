"""Moderator actions: each one's effect, its notification and exactly one audit row."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import Session, func, select

from forum.models import (
    Comment,
    CommentRevision,
    LinkRule,
    ModAction,
    Notification,
    ReviewItem,
    SignInSession,
    Thread,
    User,
    utcnow,
)
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.moderation import (
    CANNED_REASONS,
    approve,
    bulk,
    edit_and_approve,
    pin_domain,
    reject,
    suspend_author,
)
from forum.services.moderation_queue import list_queue
from forum.services.posting import post_comment, preview_comment
from tests.factories import HELD_VIDEO, VALUABLE_WITH_ARTICLE, World, make_member, valuable


def _held(session: Session, world: World, author: User | None = None, text: str = HELD_VIDEO) -> ReviewItem:
    result = post_comment(session, actor_id=(author or world.member).id, thread_id=world.thread.id, text=text)
    session.commit()
    return session.exec(select(ReviewItem).where(ReviewItem.comment_id == result.comment_id)).one()


def _audit(session: Session) -> list[ModAction]:
    return list(session.exec(select(ModAction).order_by(ModAction.id)))


def test_approving_publishes_the_comment_counts_it_once_and_writes_one_audit_row(
        session: Session, world: World) -> None:
    item = _held(session, world, world.newbie, valuable(1))
    result = approve(session, actor_id=world.moderator.id, item_id=item.id, note="Welcome!")
    session.commit()
    assert result.message == "Approved: the comment is now public."
    assert session.get(Comment, item.comment_id).status == "published"
    assert session.get(Thread, world.thread.id).reply_count == 1
    newbie = session.get(User, world.newbie.id)
    assert (newbie.approved_count, newbie.comment_count) == (1, 1)
    decided = session.get(ReviewItem, item.id)
    assert (decided.state, decided.decided_by, decided.note_to_author) == ("approved", world.moderator.id, "Welcome!")
    [audit] = _audit(session)
    assert (audit.actor_id, audit.action, audit.target_type, audit.target_id, audit.reason) == (
        world.moderator.id, "approve", "comment", str(item.comment_id), "Welcome!")
    assert json.loads(audit.detail_json)["trigger"] == "new_member"


def test_rejecting_keeps_the_comment_from_readers_and_records_the_note(session: Session, world: World) -> None:
    item = _held(session, world)
    reject(session, actor_id=world.moderator.id, item_id=item.id, note="Describe the rollout in words.",
           canned="link_promotion")
    session.commit()
    assert session.get(Comment, item.comment_id).status == "rejected"
    assert session.get(User, world.member.id).rejected_count == 1
    note = session.get(ReviewItem, item.id).note_to_author
    assert note == CANNED_REASONS["link_promotion"] + " Describe the rollout in words."
    [audit] = _audit(session)
    assert (audit.action, audit.reason) == ("reject", note)
    assert json.loads(audit.detail_json)["canned"] == "link_promotion"
    assert session.exec(select(Notification.kind).where(Notification.user_id == world.member.id)).all() == [
        "rejected"]


def test_a_rejection_needs_a_reason_the_author_can_read(session: Session, world: World) -> None:
    item = _held(session, world)
    with pytest.raises(InvalidInput, match="Tell the author why"):
        reject(session, actor_id=world.moderator.id, item_id=item.id, note="   ")
    with pytest.raises(InvalidInput, match="listed reasons"):
        reject(session, actor_id=world.moderator.id, item_id=item.id, note="", canned="because")
    assert session.get(ReviewItem, item.id).state == "open" and _audit(session) == []


def test_the_canned_reasons_come_from_the_policys_rules() -> None:
    assert 4 <= len(CANNED_REASONS) <= 6
    assert {"too_brief", "commercial_link", "link_promotion"} <= set(CANNED_REASONS)


def test_edit_and_approve_keeps_the_authors_version_and_publishes_the_sanitised_edit(
        session: Session, world: World) -> None:
    item = _held(session, world)
    edited = valuable(4) + " <img src=x onerror=alert(1)>"
    edit_and_approve(session, actor_id=world.moderator.id, item_id=item.id, text=edited)
    session.commit()
    comment = session.get(Comment, item.comment_id)
    assert (comment.status, comment.source) == ("published", edited) and comment.edited_at is not None
    assert "<img" not in comment.html and "&lt;img src=x onerror=alert(1)&gt;" in comment.html
    revision = session.exec(select(CommentRevision)).one()
    assert (revision.source, revision.status, revision.editor_id) == (HELD_VIDEO, "pending", world.moderator.id)
    [audit] = _audit(session)
    assert audit.action == "edit_approve" and "youtube" in json.loads(audit.detail_json)["previous"]


def test_pinning_a_domain_changes_the_next_verdict_for_everyone(session: Session, world: World) -> None:
    assert preview_comment(session, actor_id=world.member.id, text=VALUABLE_WITH_ARTICLE).decision == "publish"
    pin_domain(session, actor_id=world.moderator.id, domain="https://www.HBR.org/some/article", kind="blocked",
               note="Paywalled promotion")
    session.commit()
    verdict = preview_comment(session, actor_id=world.opener.id, text=VALUABLE_WITH_ARTICLE)
    assert verdict.decision == "reject"
    rule = session.exec(select(LinkRule)).one()
    assert (rule.domain, rule.kind, rule.created_by) == ("hbr.org", "blocked", world.moderator.id)
    pin_domain(session, actor_id=world.moderator.id, domain="hbr.org", kind="trusted")
    session.commit()
    assert session.exec(select(func.count()).select_from(LinkRule)).one() == 1
    assert preview_comment(session, actor_id=world.member.id, text=VALUABLE_WITH_ARTICLE).decision == "publish"
    assert [(a.action, a.target_id, json.loads(a.detail_json)["kind"]) for a in _audit(session)] == [
        ("pin_domain", "hbr.org", "blocked"), ("pin_domain", "hbr.org", "trusted")]


@pytest.mark.parametrize("domain, kind", [("not a domain", "trusted"), ("example.com", "great"), ("", "blocked")])
def test_a_pin_needs_a_real_domain_and_a_known_kind(session: Session, world: World, domain: str, kind: str) -> None:
    with pytest.raises(InvalidInput):
        pin_domain(session, actor_id=world.moderator.id, domain=domain, kind=kind)
    assert _audit(session) == []


def test_suspending_an_author_signs_them_out_and_stops_them_posting(session: Session, world: World) -> None:
    session.add(SignInSession(user_id=world.member.id, token_hash="a" * 64, expires_at=utcnow() + timedelta(days=9)))
    session.commit()
    suspend_author(session, actor_id=world.moderator.id, user_id=world.member.id, days=7, reason="Spam run")
    session.commit()
    member = session.get(User, world.member.id)
    assert member.suspended_until > utcnow() + timedelta(days=6)
    assert session.exec(select(func.count()).select_from(SignInSession)).one() == 0
    [audit] = _audit(session)
    assert (audit.action, audit.target_type, audit.target_id, audit.reason) == (
        "suspend", "user", str(world.member.id), "Spam run")
    assert json.loads(audit.detail_json)["sessions_revoked"] == 1
    with pytest.raises(PermissionDenied, match="suspended until"):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(1))


def test_a_moderator_cannot_suspend_another_moderator_or_themselves(session: Session, world: World) -> None:
    other = make_member(session, role="moderator")
    with pytest.raises(PermissionDenied):
        suspend_author(session, actor_id=world.moderator.id, user_id=other.id, days=1, reason="x")
    with pytest.raises(InvalidInput, match="yourself"):
        suspend_author(session, actor_id=world.moderator.id, user_id=world.moderator.id, days=1, reason="x")
    with pytest.raises(InvalidInput, match="between 1 and 3,650 days"):
        suspend_author(session, actor_id=world.moderator.id, user_id=world.member.id, days=0, reason="x")
    with pytest.raises(NotFound):
        suspend_author(session, actor_id=world.moderator.id, user_id=777_777, days=1, reason="x")
    assert _audit(session) == []


def test_bulk_approval_decides_each_item_with_its_own_audit_row(session: Session, world: World) -> None:
    items = [_held(session, world, make_member(session, trusted=False), valuable(n)) for n in range(3)]
    assert bulk(session, actor_id=world.moderator.id, item_ids=[i.id for i in items], action="approve") == 3
    session.commit()
    assert [a.action for a in _audit(session)] == ["approve"] * 3
    assert {a.target_id for a in _audit(session)} == {str(i.comment_id) for i in items}
    assert list_queue(session, actor_id=world.moderator.id).items == []


def test_bulk_skips_items_already_decided_without_blocking_the_rest(session: Session, world: World) -> None:
    items = [_held(session, world, make_member(session, trusted=False), valuable(n)) for n in range(3)]
    reject(session, actor_id=world.admin.id, item_id=items[0].id, note="No.")
    session.commit()
    done = bulk(session, actor_id=world.moderator.id, item_ids=[i.id for i in items] + [999_999], action="reject",
                note="Off topic for this board.")
    session.commit()
    assert done == 2
    assert [(a.actor_id, a.action) for a in _audit(session)] == [(world.admin.id, "reject")] + [
        (world.moderator.id, "reject")] * 2


def test_deciding_an_item_twice_names_who_decided_it(session: Session, world: World) -> None:
    item = _held(session, world)
    approve(session, actor_id=world.admin.id, item_id=item.id)
    session.commit()
    with pytest.raises(InvalidInput, match="This item was already decided by alex"):
        approve(session, actor_id=world.moderator.id, item_id=item.id)
    session.rollback()
    with pytest.raises(InvalidInput, match="already decided by alex"):
        reject(session, actor_id=world.moderator.id, item_id=item.id, note="Too late")
    session.rollback()
    assert len(_audit(session)) == 1 and session.get(Comment, item.comment_id).status == "published"


def test_a_moderators_own_flood_and_trust_limits_never_block_an_approval(session: Session, world: World) -> None:
    items = [_held(session, world, make_member(session, trusted=False), valuable(n)) for n in range(5)]
    newcomer = make_member(session, "newmod", trusted=False, role="moderator")
    session.commit()
    for item in items:
        approve(session, actor_id=newcomer.id, item_id=item.id)
    session.commit()
    assert session.exec(select(func.count()).select_from(Comment).where(Comment.status == "published")).one() == 5
