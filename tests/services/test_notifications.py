"""Notifications: replies, approvals and rejections (with the note) reach the author; the unread badge."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select

from forum.models import NotificationKind, ReviewItem
from forum.services.moderation import approve, reject
from forum.services.notifications import list_notifications, mark_read, notify, unread_count
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, World, make_comment, valuable


def _held_item(session: Session, world: World) -> int:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    return session.exec(select(ReviewItem.id)).one()


def test_a_reply_notifies_the_person_answered(session: Session, world: World) -> None:
    parent = make_comment(session, world.thread, world.member, text=valuable(1))
    session.commit()
    post_comment(session, actor_id=world.opener.id, thread_id=world.thread.id, text=valuable(2),
                 parent_id=parent.id)
    session.commit()
    [note] = list_notifications(session, user_id=world.member.id)
    assert (note.kind, note.actor_handle, note.thread_slug, note.read) == ("reply", "opener", "handle-time", False)
    assert note.message.startswith("Person") and "replied to your comment" in note.message
    assert note.comment_id > 0 and note.created == "just now"


def test_a_top_level_reply_notifies_the_threads_author(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(3))
    session.commit()
    [note] = list_notifications(session, user_id=world.opener.id)
    assert note.kind == "reply" and "your thread" in note.message


def test_approval_notifies_the_author_and_the_person_answered(session: Session, world: World) -> None:
    item_id = _held_item(session, world)
    approve(session, actor_id=world.moderator.id, item_id=item_id)
    session.commit()
    assert [(n.kind, n.actor_handle) for n in list_notifications(session, user_id=world.member.id)] == [
        ("approved", "sam")]
    assert [n.kind for n in list_notifications(session, user_id=world.opener.id)] == ["reply"]


def test_rejection_notifies_the_author_with_the_moderators_note(session: Session, world: World) -> None:
    item_id = _held_item(session, world)
    reject(session, actor_id=world.moderator.id, item_id=item_id, note="Please summarise the video in words.")
    session.commit()
    [note] = list_notifications(session, user_id=world.member.id)
    assert note.kind == "rejected" and note.message.endswith("Please summarise the video in words.")
    assert list_notifications(session, user_id=world.opener.id) == []


def test_the_unread_count_falls_as_notifications_are_read(session: Session, world: World) -> None:
    parent = make_comment(session, world.thread, world.member, text=valuable(1))
    session.commit()
    start = parent.created_at
    for n in range(3):
        post_comment(session, actor_id=world.opener.id, thread_id=world.thread.id, text=valuable(n + 4),
                     parent_id=parent.id, now=start + timedelta(minutes=n))
    session.commit()
    assert unread_count(session, user_id=world.member.id) == 3
    newest = list_notifications(session, user_id=world.member.id, limit=2)
    assert len(newest) == 2 and "15 to 6" in newest[0].message
    assert mark_read(session, user_id=world.member.id, ids=[newest[0].id]) == 1
    assert unread_count(session, user_id=world.member.id) == 2
    assert mark_read(session, user_id=world.member.id) == 2
    assert unread_count(session, user_id=world.member.id) == 0
    assert all(n.read for n in list_notifications(session, user_id=world.member.id))


def test_nobody_can_mark_another_members_notifications_read(session: Session, world: World) -> None:
    parent = make_comment(session, world.thread, world.member, text=valuable(1))
    session.commit()
    post_comment(session, actor_id=world.opener.id, thread_id=world.thread.id, text=valuable(2),
                 parent_id=parent.id)
    session.commit()
    [note] = list_notifications(session, user_id=world.member.id)
    assert mark_read(session, user_id=world.opener.id, ids=[note.id]) == 0
    assert unread_count(session, user_id=world.member.id) == 1


def test_older_notifications_come_page_after_page_without_gaps_or_repeats(session: Session, world: World) -> None:
    for n in range(7):
        notify(session, user_id=world.member.id, kind=NotificationKind.REPLY, message=f"note {n}",
               actor_id=world.opener.id, thread_id=world.thread.id)
    session.flush()
    seen: list[str] = []
    page = list_notifications(session, user_id=world.member.id, limit=3)
    while page:
        seen += [n.message for n in page]
        page = list_notifications(session, user_id=world.member.id, limit=3, before_id=page[-1].id)
    assert seen == [f"note {n}" for n in reversed(range(7))]
