"""Reports: members flag a comment once each; one report queues it, and established members' reports at the
threshold hide it until a moderator decides (new accounts' never do, staff comments are never hidden)."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, func, select

from forum.models import Comment, Flag, ReviewItem, Thread, User, utcnow
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.moderation import approve, reject
from forum.services.moderation_queue import list_queue
from forum.services.policy_settings import save_policy
from forum.services.reports import is_established_reporter, report_comment
from forum.services.thread_view import get_thread_page
from tests.factories import VALUABLE_WITH_ARTICLE, World, make_comment, make_established, make_member


@pytest.fixture
def comment(session: Session, world: World) -> Comment:
    comment = make_comment(session, world.thread, world.member, text=VALUABLE_WITH_ARTICLE)
    session.commit()
    return comment


def _report(session: Session, comment: Comment, reason: str = "spam", detail: str = ""):
    return report_comment(session, actor_id=make_established(session).id, comment_id=comment.id, reason=reason,
                          detail=detail)


def test_reports_below_the_threshold_are_counted_and_the_comment_stays_public(
        session: Session, world: World, comment: Comment) -> None:
    first, second = _report(session, comment), _report(session, comment, "off_topic")
    session.commit()
    assert [(r.count, r.hidden) for r in (first, second)] == [(1, False), (2, False)]
    assert session.get(Comment, comment.id).status == "published"
    assert session.get(User, world.member.id).reported_count == 2
    item = session.exec(select(ReviewItem)).one()  # queued at the first report, one item for both
    assert (item.trigger, item.state, len(json.loads(item.reasons_json))) == ("reports", "open", 2)


def test_the_third_report_hides_the_comment_pending_review(session: Session, world: World,
                                                           comment: Comment) -> None:
    _report(session, comment, "spam", "Same text in three threads")
    _report(session, comment, "promotion")
    outcome = _report(session, comment, "other", "Looks like an ad")
    session.commit()
    assert (outcome.count, outcome.hidden) == (3, True) and "hidden" in outcome.message
    assert session.get(Comment, comment.id).status == "pending"
    assert session.get(Thread, world.thread.id).reply_count == 0
    assert get_thread_page(session, "handle-time").comments == []
    item = session.exec(select(ReviewItem)).one()
    assert (item.trigger, item.rules, item.state) == ("reports", "reported", "open")
    reasons = json.loads(item.reasons_json)
    assert [r["evidence"] for r in reasons] == ["Same text in three threads", "", "Looks like an ad"]
    assert "Spam" in reasons[0]["message"]
    assert json.loads(item.links_json)[0]["domain"] == "hbr.org"


def test_approving_a_reported_comment_puts_it_back_and_resolves_the_reports(
        session: Session, world: World, comment: Comment) -> None:
    approvals = session.get(User, world.member.id).approved_count
    for _ in range(3):
        _report(session, comment)
    assert session.get(User, world.member.id).approved_count == approvals - 1
    item = session.exec(select(ReviewItem)).one()
    approve(session, actor_id=world.moderator.id, item_id=item.id)
    session.commit()
    assert session.get(Comment, comment.id).status == "published"
    assert session.get(Thread, world.thread.id).reply_count == 1
    assert session.get(User, world.member.id).approved_count == approvals
    assert all(flag.resolved_at is not None for flag in session.exec(select(Flag)))


def test_rejecting_a_reported_comment_keeps_it_hidden_and_counts_against_the_author(
        session: Session, world: World, comment: Comment) -> None:
    for _ in range(3):
        _report(session, comment)
    item = session.exec(select(ReviewItem)).one()
    reject(session, actor_id=world.moderator.id, item_id=item.id, note="Promotional.")
    session.commit()
    assert session.get(Comment, comment.id).status == "rejected"
    assert session.get(User, world.member.id).rejected_count == 1
    assert session.get(Thread, world.thread.id).reply_count == 0


def test_a_member_reports_a_comment_only_once(session: Session, world: World, comment: Comment) -> None:
    report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="spam")
    with pytest.raises(InvalidInput, match="You have already reported this comment"):
        report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="abusive")
    session.commit()
    assert session.get(Comment, comment.id).report_count == 1


def test_nobody_reports_their_own_comment(session: Session, world: World, comment: Comment) -> None:
    with pytest.raises(InvalidInput, match="your own comment"):
        report_comment(session, actor_id=world.member.id, comment_id=comment.id, reason="spam")
    assert session.get(Comment, comment.id).report_count == 0


def test_a_report_needs_a_listed_reason_and_a_short_detail(session: Session, world: World,
                                                           comment: Comment) -> None:
    with pytest.raises(InvalidInput, match="Choose a reason"):
        report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="boring")
    with pytest.raises(InvalidInput, match="1,000 characters"):
        report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="other", detail="x" * 1001)
    assert session.exec(select(func.count()).select_from(Flag)).one() == 0


def test_visitors_cannot_report_and_missing_comments_are_not_found(session: Session, world: World,
                                                                     comment: Comment) -> None:
    with pytest.raises(PermissionDenied):
        report_comment(session, actor_id=None, comment_id=comment.id, reason="spam")
    with pytest.raises(NotFound):
        report_comment(session, actor_id=world.opener.id, comment_id=987_654, reason="spam")


def test_the_threshold_is_an_admin_setting(session: Session, world: World, comment: Comment) -> None:
    save_policy(session, actor_id=world.admin.id, settings={"report_threshold": 1})
    outcome = _report(session, comment)
    assert outcome.hidden and session.get(Comment, comment.id).status == "pending"


def test_a_single_report_reaches_the_queue_while_the_comment_stays_public(
        session: Session, world: World, comment: Comment) -> None:
    outcome = report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="promotion",
                             detail="Links to the author's course")
    session.commit()
    assert (outcome.count, outcome.hidden) == (1, False)
    assert session.get(Comment, comment.id).status == "published"
    page = list_queue(session, actor_id=world.moderator.id)
    assert [i.comment_id for i in page.items] == [comment.id] and page.items[0].trigger == "reports"
    # The moderator sees who reported and their record.
    message = page.items[0].reasons[0]["message"]
    assert message.startswith("Reported by @opener (joined today, 2 approved, 0 rejected")
    assert "new or untried account: queues for review, never hides" in message


def test_throwaway_accounts_cannot_hide_anyone_s_comment(session: Session, world: World,
                                                         comment: Comment) -> None:
    for _ in range(10):  # ten accounts seconds old, with no record
        throwaway = make_member(session, trusted=False)
        assert not report_comment(session, actor_id=throwaway.id, comment_id=comment.id, reason="spam").hidden
    session.commit()
    assert session.get(Comment, comment.id).status == "published"
    assert len(get_thread_page(session, "handle-time").comments) == 1
    assert session.exec(select(func.count()).select_from(ReviewItem)).one() == 1


def test_a_staff_member_s_comment_is_never_hidden_by_reports(session: Session, world: World) -> None:
    staff_comment = make_comment(session, world.thread, world.admin, text=VALUABLE_WITH_ARTICLE)
    for _ in range(5):
        assert not _report(session, staff_comment).hidden  # established reporters, still not hidden
    session.commit()
    assert session.get(Comment, staff_comment.id).status == "published"
    assert session.exec(select(ReviewItem.trigger)).all() == ["reports"]


def test_established_and_new_reporters_are_told_apart(session: Session) -> None:
    now = utcnow()
    veteran = make_established(session)
    assert is_established_reporter(veteran, now)
    veteran.rejected_count = 6  # more rejected than approved
    assert not is_established_reporter(veteran, now)
    assert not is_established_reporter(make_member(session), now)  # approvals but seconds old
    assert is_established_reporter(make_member(session, role="moderator", trusted=False), now)


def test_approving_a_reported_public_comment_dismisses_the_reports_without_moving_counters(
        session: Session, world: World, comment: Comment) -> None:
    before = (session.get(Thread, world.thread.id).reply_count, session.get(User, world.member.id).approved_count)
    report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="spam")
    item = session.exec(select(ReviewItem)).one()
    approve(session, actor_id=world.moderator.id, item_id=item.id)
    session.commit()
    assert session.get(Comment, comment.id).status == "published"
    after = (session.get(Thread, world.thread.id).reply_count, session.get(User, world.member.id).approved_count)
    assert after == before
    assert all(flag.resolved_at is not None for flag in session.exec(select(Flag)))


def test_rejecting_a_reported_public_comment_takes_it_down(session: Session, world: World,
                                                           comment: Comment) -> None:
    report_comment(session, actor_id=world.opener.id, comment_id=comment.id, reason="spam")
    item = session.exec(select(ReviewItem)).one()
    reject(session, actor_id=world.moderator.id, item_id=item.id, note="Promotional.")
    session.commit()
    assert session.get(Comment, comment.id).status == "rejected"
    assert session.get(Thread, world.thread.id).reply_count == 0
    assert get_thread_page(session, "handle-time").comments == []
