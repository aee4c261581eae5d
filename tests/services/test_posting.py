"""Replying in a thread: every outcome of the server's review, the draft, and clear errors for bad input."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from forum.models import Board, Comment, Draft, Notification, ReviewItem, Thread, User, utcnow
from forum.services.drafts import get_draft, save_draft
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.jobs import run_due_jobs
from forum.services.posting import post_comment, preview_comment
from tests.factories import (
    BRIEF,
    COMMERCIAL,
    HELD_VIDEO,
    VALUABLE,
    World,
    make_comment,
    make_thread,
    valuable,
)
from tests.helpers import count_rows


def test_a_valuable_comment_is_published_and_moves_every_counter(session: Session, world: World) -> None:
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    session.commit()
    assert result.decision == "publish" and result.comment_id > 0
    assert result.message == "Your comment is published."
    comment = session.get(Comment, result.comment_id)
    assert comment.status == "published" and comment.source == VALUABLE and "<p>" in comment.html
    assert session.get(Thread, world.thread.id).reply_count == 1
    assert session.get(Board, world.board.id).comment_count == 1
    member = session.get(User, world.member.id)
    assert (member.comment_count, member.approved_count) == (1, 3)
    assert count_rows(session, ReviewItem) == 0


def test_a_held_comment_is_saved_pending_with_its_reasons_on_a_review_item(session: Session, world: World) -> None:
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body=HELD_VIDEO)
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    assert result.decision == "hold" and "awaiting review" in result.message
    comment = session.get(Comment, result.comment_id)
    assert comment.status == "pending"
    assert session.get(Thread, world.thread.id).reply_count == 0
    item = session.exec(select(ReviewItem)).one()
    assert (item.comment_id, item.thread_id, item.trigger, item.state) == (comment.id, world.thread.id, "policy",
                                                                             "open")
    assert item.rules == "non_article_link"
    assert json.loads(item.reasons_json)[0]["rule"] == "non_article_link"
    assert json.loads(item.links_json)[0]["domain"] == "youtube.com"
    assert get_draft(session, user_id=world.member.id, thread_id=world.thread.id) is None


def test_a_rejected_comment_is_not_saved_and_the_draft_is_kept(session: Session, world: World) -> None:
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body=BRIEF)
    session.commit()
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=BRIEF)
    session.commit()
    assert (result.decision, result.comment_id) == ("reject", 0)
    assert [r["rule"] for r in result.reasons] == ["too_brief"] and result.reasons[0]["message"]
    assert "not posted" in result.message
    assert count_rows(session, Comment) == 0 and count_rows(session, ReviewItem) == 0
    assert get_draft(session, user_id=world.member.id, thread_id=world.thread.id).body == BRIEF


def test_a_commercial_link_is_rejected_with_the_link_classified(session: Session, world: World) -> None:
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=COMMERCIAL)
    assert result.decision == "reject" and [r["rule"] for r in result.reasons] == ["commercial_link"]
    assert result.links[0]["kind"] == "commercial" and result.links[0]["domain"] == "zendesk.com"
    assert count_rows(session, Comment) == 0


def test_a_published_comment_clears_the_members_draft(session: Session, world: World) -> None:
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body=VALUABLE)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    session.commit()
    assert count_rows(session, Draft) == 0


def test_the_preview_gives_the_servers_verdict_and_the_submit_label_and_saves_nothing(
        session: Session, world: World) -> None:
    labels = {text: preview_comment(session, actor_id=world.member.id, text=text).submit_label
              for text in (VALUABLE, HELD_VIDEO, BRIEF)}
    assert labels == {VALUABLE: "Publish", HELD_VIDEO: "Send for review", BRIEF: "Fix to post"}
    preview = preview_comment(session, actor_id=world.member.id, text=HELD_VIDEO)
    assert preview.decision == "hold" and preview.links[0]["kind"] == "non_article" and preview.html
    assert count_rows(session, Comment) == 0 and count_rows(session, ReviewItem) == 0


def test_the_preview_refuses_a_visitor(session: Session, world: World) -> None:
    with pytest.raises(PermissionDenied, match="sign in"):
        preview_comment(session, actor_id=None, text=VALUABLE)


def test_a_reply_notifies_the_author_it_answers_but_never_oneself(session: Session, world: World) -> None:
    parent = make_comment(session, world.thread, world.opener, text=valuable(1))
    session.commit()
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(2),
                 parent_id=parent.id)
    post_comment(session, actor_id=world.opener.id, thread_id=world.thread.id, text=valuable(3),
                 parent_id=parent.id)
    run_due_jobs(session)  # the worker's pass: watchers hear through a job
    session.commit()
    notes = session.exec(select(Notification)).all()
    # the member, who watches the thread since replying, hears of the opener's comment; the opener never of their own
    assert [(n.user_id, n.kind, n.actor_id) for n in notes] == [(world.opener.id, "reply", world.member.id),
                                                               (world.member.id, "watched", world.opener.id)]


def test_a_reply_to_a_comment_of_another_thread_is_refused(session: Session, world: World) -> None:
    other = make_thread(session, world.board, world.opener)
    stranger = make_comment(session, other, world.opener)
    session.commit()
    with pytest.raises(InvalidInput, match="belongs to another thread"):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                     parent_id=stranger.id)
    assert count_rows(session, Comment) == 1


@pytest.mark.parametrize("thread_id", [999_999, 0, -3, "1"])
def test_a_missing_thread_is_a_clear_not_found(session: Session, world: World, thread_id: object) -> None:
    with pytest.raises(NotFound, match="thread"):
        post_comment(session, actor_id=world.member.id, thread_id=thread_id, text=VALUABLE)


def test_a_missing_or_hidden_parent_is_refused(session: Session, world: World) -> None:
    with pytest.raises(NotFound, match="replying to does not exist"):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE, parent_id=424242)
    pending = make_comment(session, world.thread, world.opener, status="pending")
    session.commit()
    with pytest.raises(InvalidInput, match="published comment"):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                     parent_id=pending.id)


def test_a_locked_thread_takes_no_replies_from_members(session: Session, world: World) -> None:
    locked = make_thread(session, world.board, world.opener, locked=True)
    session.commit()
    with pytest.raises(PermissionDenied, match="locked"):
        post_comment(session, actor_id=world.member.id, thread_id=locked.id, text=VALUABLE)
    result = post_comment(session, actor_id=world.moderator.id, thread_id=locked.id, text=VALUABLE)
    assert result.decision == "publish"


def test_a_pending_thread_takes_no_replies_yet(session: Session, world: World) -> None:
    pending = make_thread(session, world.board, world.opener, status="pending")
    session.commit()
    with pytest.raises(InvalidInput, match="awaiting review"):
        post_comment(session, actor_id=world.member.id, thread_id=pending.id, text=VALUABLE)


def test_oversize_text_is_rejected_with_a_clear_reason_and_nothing_saved(session: Session, world: World) -> None:
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE * 200)
    assert result.decision == "reject" and result.reasons[0]["rule"] == "too_long"
    assert "limit is 20,000" in result.reasons[0]["message"]
    assert count_rows(session, Comment) == 0


def test_script_in_a_comment_is_stored_only_as_sanitised_html(session: Session, world: World) -> None:
    text = VALUABLE + '\n\n<script>alert(1)</script><a href="javascript:alert(2)" onclick="x()">me</a>'
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=text)
    session.commit()
    comment = session.get(Comment, result.comment_id)
    assert comment.source == text
    for forbidden in ("<script", "javascript:", "onclick"):
        assert forbidden not in comment.html
    assert "&lt;script&gt;" in comment.html


def test_a_reply_deeper_than_the_limit_attaches_at_the_deepest_level(session: Session, world: World) -> None:
    parent, start = None, utcnow()
    for n in range(6):
        result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(n),
                              parent_id=parent, now=start + timedelta(minutes=2 * n))
        parent = result.comment_id
    session.commit()
    deepest = session.get(Comment, parent)
    assert deepest.depth == 4 and deepest.reply_to_id != deepest.parent_id


def test_a_suspended_member_cannot_post(session: Session, world: World) -> None:
    world.member.suspended_until = utcnow() + timedelta(days=2)
    session.add(world.member)
    session.commit()
    with pytest.raises(PermissionDenied, match="suspended until"):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
