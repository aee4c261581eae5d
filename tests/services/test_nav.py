"""The header's counters: unread notifications for everyone signed in, the queue only for staff."""

from __future__ import annotations

from sqlmodel import Session

from forum.services.nav import nav_counts
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, VALUABLE, World


def test_staff_see_the_queue_size_and_members_see_none(session: Session, world: World) -> None:
    outcome = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    assert outcome.decision == "hold"
    assert nav_counts(session, user_id=world.moderator.id, staff=True) == (0, 1)
    assert nav_counts(session, user_id=world.member.id, staff=False) == (0, 0)


def test_a_reply_raises_the_unread_count_of_the_person_answered(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    session.commit()
    assert nav_counts(session, user_id=world.opener.id, staff=False) == (1, 0)
