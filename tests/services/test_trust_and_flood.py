"""Account rules: a new member's first comments wait for a moderator; nobody posts faster than the limits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session, func, select

from forum.models import Comment, ReviewItem, utcnow
from forum.services.moderation import approve
from forum.services.policy_settings import save_policy
from forum.services.posting import post_comment, preview_comment, start_thread
from tests.factories import World, valuable


def _comments(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Comment)).one()


def test_a_new_members_first_two_comments_are_held_even_when_valuable(session: Session, world: World) -> None:
    start = utcnow()
    results = [post_comment(session, actor_id=world.newbie.id, thread_id=world.thread.id, text=valuable(n),
                            now=start + timedelta(minutes=n)) for n in range(2)]
    session.commit()
    assert [r.decision for r in results] == ["hold", "hold"]
    assert [r.reasons[0]["rule"] for r in results] == ["new_member", "new_member"]
    items = session.exec(select(ReviewItem).order_by(ReviewItem.id)).all()
    assert [(i.trigger, i.rules) for i in items] == [("new_member", "new_member")] * 2


def test_the_third_comment_publishes_once_two_were_approved(session: Session, world: World) -> None:
    start = utcnow()
    for n in range(2):
        post_comment(session, actor_id=world.newbie.id, thread_id=world.thread.id, text=valuable(n),
                     now=start + timedelta(minutes=n))
    session.commit()
    assert preview_comment(session, actor_id=world.newbie.id, text=valuable(3)).submit_label == "Send for review"
    for item_id in session.exec(select(ReviewItem.id)).all():
        approve(session, actor_id=world.moderator.id, item_id=item_id)
    session.commit()
    third = post_comment(session, actor_id=world.newbie.id, thread_id=world.thread.id, text=valuable(3),
                         now=start + timedelta(minutes=5))
    assert third.decision == "publish"


def test_a_new_member_whose_comment_also_breaks_a_content_rule_is_held_for_the_policy(
        session: Session, world: World) -> None:
    result = post_comment(session, actor_id=world.newbie.id, thread_id=world.thread.id,
                          text=valuable(1) + " My walkthrough: https://www.youtube.com/watch?v=abc123")
    item = session.exec(select(ReviewItem)).one()
    assert result.decision == "hold" and item.trigger == "policy"
    assert set(item.rules.split(",")) == {"new_member", "non_article_link"}


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_staff_publish_directly_from_their_first_comment(session: Session, world: World, role: str) -> None:
    staff = world.moderator if role == "moderator" else world.admin
    staff.approved_count = 0
    session.add(staff)
    session.commit()
    assert post_comment(session, actor_id=staff.id, thread_id=world.thread.id, text=valuable(1)).decision == "publish"


def test_the_comment_beyond_the_per_minute_limit_is_refused_and_nothing_is_saved(session: Session,
                                                                                  world: World) -> None:
    start = utcnow()
    for n in range(3):
        assert post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(n),
                            now=start + timedelta(seconds=10 * n)).decision == "publish"
    session.commit()
    fourth = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(4),
                          now=start + timedelta(seconds=40))
    assert (fourth.decision, fourth.comment_id) == ("reject", 0)
    [reason] = fourth.reasons
    assert reason["rule"] == "flood_control" and "faster than the community allows" in reason["message"]
    assert "draft is kept" in reason["message"] and "20 seconds" in reason["message"]
    assert fourth.retry_after == 20  # the composer's button counts these down
    assert _comments(session) == 3
    later = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(4),
                         now=start + timedelta(seconds=61))
    assert later.decision == "publish"


def test_the_hourly_limit_counts_threads_started_too(session: Session, world: World) -> None:
    save_policy(session, actor_id=world.admin.id, settings={"flood_per_hour": 4})
    start = utcnow() - timedelta(minutes=50)
    for n in range(2):
        start_thread(session, actor_id=world.member.id, board_slug="frontline", title=f"Thread number {n}",
                     text=valuable(n), now=start + timedelta(minutes=10 * n))
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(n + 5),
                     now=start + timedelta(minutes=10 * n + 1))
    refused = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(9))
    assert refused.decision == "reject" and "4 comments in the last hour" in refused.reasons[0]["message"]
    assert preview_comment(session, actor_id=world.member.id, text=valuable(9)).submit_label == "Fix to post"


def test_moderators_are_not_flood_limited(session: Session, world: World) -> None:
    start = utcnow()
    decisions = [post_comment(session, actor_id=world.moderator.id, thread_id=world.thread.id, text=valuable(n),
                              now=start + timedelta(seconds=n)).decision for n in range(5)]
    assert decisions == ["publish"] * 5


def test_a_flood_refusal_says_how_many_seconds_to_wait_and_other_verdicts_say_none(session: Session,
                                                                                    world: World) -> None:
    assert preview_comment(session, actor_id=world.member.id, text=valuable(0)).retry_after == 0
    start = utcnow() - timedelta(seconds=15)
    for n in range(3):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(n),
                     now=start + timedelta(seconds=n))
    session.commit()
    preview = preview_comment(session, actor_id=world.member.id, text=valuable(9))  # the live panel, now
    assert preview.decision == "reject" and 40 <= preview.retry_after <= 45  # the first leaves the window at 60 s
    refused = start_thread(session, actor_id=world.member.id, board_slug=world.board.slug,
                           title="Another question about callbacks", text=valuable(8))
    assert refused.decision == "reject" and 40 <= refused.retry_after <= 45
    assert post_comment(session, actor_id=world.moderator.id, thread_id=world.thread.id,
                        text=valuable(7)).retry_after == 0  # staff are not limited
