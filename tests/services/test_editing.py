"""Editing and deleting comments: re-reviewed edits with their history, counters kept right, audit rows."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select

from forum.models import Comment, CommentRevision, ModAction, Notification, ReviewItem, Thread, User
from forum.services.editing import delete_comment, edit_comment
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.moderation import approve
from forum.services.posting import post_comment
from forum.services.reports import report_comment
from forum.services.thread_view import get_thread_page
from tests.factories import BRIEF, HELD_VIDEO, VALUABLE, World, make_comment, make_established, valuable
from tests.helpers import count_rows


@pytest.fixture
def published(session: Session, world: World) -> Comment:
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    session.commit()
    return session.get(Comment, result.comment_id)


def test_an_edit_that_passes_updates_the_comment_and_keeps_the_previous_version(
        session: Session, world: World, published: Comment) -> None:
    result = edit_comment(session, actor_id=world.member.id, comment_id=published.id, text=valuable(5))
    session.commit()
    assert result.decision == "publish" and result.message == "Your comment is updated."
    comment = session.get(Comment, published.id)
    assert comment.source == valuable(5) and comment.edited_at is not None and comment.status == "published"
    revision = session.exec(select(CommentRevision)).one()
    assert (revision.source, revision.status, revision.editor_id) == (VALUABLE, "published", world.member.id)
    assert session.get(Thread, world.thread.id).reply_count == 1
    assert count_rows(session, ModAction) == 0


def test_an_edit_that_fails_leaves_the_comment_unchanged_and_says_why(
        session: Session, world: World, published: Comment) -> None:
    result = edit_comment(session, actor_id=world.member.id, comment_id=published.id, text=BRIEF)
    session.commit()
    assert result.decision == "reject" and result.reasons[0]["rule"] == "too_brief"
    assert "not saved" in result.message
    comment = session.get(Comment, published.id)
    assert comment.source == VALUABLE and comment.edited_at is None
    assert count_rows(session, CommentRevision) == 0


def test_an_edit_that_is_held_sends_the_comment_back_to_review_and_moves_counters_back(
        session: Session, world: World, published: Comment) -> None:
    result = edit_comment(session, actor_id=world.member.id, comment_id=published.id, text=HELD_VIDEO)
    session.commit()
    assert result.decision == "hold"
    assert session.get(Comment, published.id).status == "pending"
    assert session.get(Thread, world.thread.id).reply_count == 0
    member = session.get(User, world.member.id)
    assert (member.comment_count, member.approved_count) == (0, 2)
    item = session.exec(select(ReviewItem)).one()
    assert item.rules == "non_article_link" and item.comment_id == published.id
    approve(session, actor_id=world.moderator.id, item_id=item.id)
    session.commit()
    member = session.get(User, world.member.id)
    assert (member.comment_count, member.approved_count) == (1, 3)


def test_editing_a_comment_held_for_reports_keeps_it_in_the_queue(
        session: Session, world: World, published: Comment) -> None:
    for _ in range(3):
        reporter = make_established(session)
        report_comment(session, actor_id=reporter.id, comment_id=published.id, reason="spam")
    session.commit()
    result = edit_comment(session, actor_id=world.member.id, comment_id=published.id, text=valuable(8))
    session.commit()
    assert result.decision == "hold" and session.get(Comment, published.id).status == "pending"
    item = session.exec(select(ReviewItem)).one()
    assert item.trigger == "reports" and item.state == "open"
    assert [r["rule"] for r in json.loads(item.reasons_json)] == ["reported"] * 3


def test_only_the_author_or_a_moderator_may_edit(session: Session, world: World, published: Comment) -> None:
    with pytest.raises(PermissionDenied, match="your own"):
        edit_comment(session, actor_id=world.opener.id, comment_id=published.id, text=valuable(9))
    assert session.get(Comment, published.id).source == VALUABLE
    edit_comment(session, actor_id=world.moderator.id, comment_id=published.id, text=valuable(9))
    session.commit()
    audit = session.exec(select(ModAction)).one()
    assert (audit.action, audit.target_type, audit.target_id) == ("edit", "comment", str(published.id))
    assert session.exec(select(CommentRevision)).one().editor_id == world.moderator.id


def test_editing_a_missing_comment_is_a_clear_not_found(session: Session, world: World) -> None:
    with pytest.raises(NotFound, match="comment"):
        edit_comment(session, actor_id=world.member.id, comment_id=123456, text=VALUABLE)


def test_deleting_ones_own_comment_removes_it_and_moves_the_counters_back(
        session: Session, world: World, published: Comment) -> None:
    delete_comment(session, actor_id=world.member.id, comment_id=published.id)
    session.commit()
    assert session.get(Comment, published.id).status == "removed"
    assert session.get(Thread, world.thread.id).reply_count == 0
    assert session.get(User, world.member.id).comment_count == 0
    assert count_rows(session, ModAction) == 0
    with pytest.raises(NotFound):
        delete_comment(session, actor_id=world.member.id, comment_id=published.id)


def test_a_removed_comment_with_replies_stays_as_a_tombstone(session: Session, world: World,
                                                             published: Comment) -> None:
    make_comment(session, world.thread, world.opener, parent=published, text="A reply")
    session.commit()
    delete_comment(session, actor_id=world.member.id, comment_id=published.id)
    session.commit()
    page = get_thread_page(session, "handle-time")
    assert [(c.removed, c.html) for c in page.comments] == [(True, ""), (False, "<p>A reply</p>")]


def test_a_moderator_deleting_a_comment_leaves_an_audit_row_and_tells_the_author(
        session: Session, world: World, published: Comment) -> None:
    delete_comment(session, actor_id=world.moderator.id, comment_id=published.id)
    session.commit()
    audit = session.exec(select(ModAction)).one()
    assert (audit.actor_id, audit.action, audit.target_id) == (world.moderator.id, "remove_comment",
                                                               str(published.id))
    assert session.exec(select(Notification.kind).where(Notification.user_id == world.member.id)).all() == [
        "removed"]


def test_another_member_cannot_delete_a_comment(session: Session, world: World, published: Comment) -> None:
    with pytest.raises(PermissionDenied):
        delete_comment(session, actor_id=world.opener.id, comment_id=published.id)
    assert session.get(Comment, published.id).status == "published"


def test_deleting_a_held_comment_withdraws_its_review_item(session: Session, world: World) -> None:
    held = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    delete_comment(session, actor_id=world.member.id, comment_id=held.comment_id)
    session.commit()
    item = session.exec(select(ReviewItem)).one()
    assert item.state == "withdrawn"
    with pytest.raises(InvalidInput, match="deleted this comment"):
        approve(session, actor_id=world.moderator.id, item_id=item.id)
