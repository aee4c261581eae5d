"""Starting a thread: the opening post goes through the same review as any comment."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import Session, func, select

from forum.models import Board, ReviewItem, Thread, ThreadTag, User, utcnow
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.moderation import approve
from forum.services.moderation_queue import list_queue
from forum.services.posting import start_thread
from forum.services.thread_view import Viewer, get_thread_page
from tests.factories import BRIEF, HELD_VIDEO, VALUABLE, World, make_tag


def _threads(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Thread)).one()


def test_a_valuable_opening_post_publishes_the_thread_with_a_slug_from_its_title(
        session: Session, world: World) -> None:
    make_tag(session, "Metrics")
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline",
                          title="  How we cut handle time   by a third ", text=VALUABLE, tags=["metrics"])
    session.commit()
    assert (result.decision, result.slug) == ("publish", "how-we-cut-handle-time-by-a-third")
    thread = session.exec(select(Thread).where(Thread.slug == result.slug)).one()
    assert thread.status == "published" and thread.title == "How we cut handle time by a third"
    assert "<p>" in thread.body_html
    assert session.get(Board, world.board.id).thread_count == 2
    assert session.get(User, world.member.id).thread_count == 1
    assert session.exec(select(func.count()).select_from(ThreadTag)).one() == 1
    assert get_thread_page(session, result.slug).tags == ["Metrics"]


def test_two_threads_with_the_same_title_get_distinct_slugs(session: Session, world: World) -> None:
    slugs = [start_thread(session, actor_id=world.member.id, board_slug="frontline", title="Queue callbacks!",
                          text=VALUABLE, now=utcnow() + timedelta(minutes=n)).slug for n in range(3)]
    assert slugs == ["queue-callbacks", "queue-callbacks-2", "queue-callbacks-3"]


def test_a_held_opening_post_saves_the_thread_pending_with_a_review_item(session: Session, world: World) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline", title="Our video rollout",
                          text=HELD_VIDEO)
    session.commit()
    assert result.decision == "hold" and "awaiting review" in result.message
    thread = session.get(Thread, result.thread_id)
    assert thread.status == "pending"
    assert session.get(Board, world.board.id).thread_count == 1
    item = session.exec(select(ReviewItem)).one()
    assert (item.comment_id, item.thread_id, item.rules) == (None, thread.id, "non_article_link")
    assert json.loads(item.reasons_json)[0]["evidence"]
    assert get_thread_page(session, result.slug, Viewer(user_id=world.member.id)).title == "Our video rollout"
    with pytest.raises(NotFound):
        get_thread_page(session, result.slug, Viewer(user_id=world.newbie.id))


def test_a_held_thread_shows_in_the_queue_and_approval_publishes_it(session: Session, world: World) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline", title="Our video rollout",
                          text=HELD_VIDEO)
    session.commit()
    [item] = list_queue(session, actor_id=world.moderator.id).items
    assert (item.kind, item.comment_id, item.thread_slug, item.author_handle) == ("thread", 0, result.slug, "maya")
    approve(session, actor_id=world.moderator.id, item_id=item.item_id)
    session.commit()
    assert session.get(Thread, result.thread_id).status == "published"
    assert session.get(Board, world.board.id).thread_count == 2
    assert get_thread_page(session, result.slug).title == "Our video rollout"


def test_a_rejected_opening_post_saves_nothing(session: Session, world: World) -> None:
    result = start_thread(session, actor_id=world.member.id, board_slug="frontline", title="Great stuff",
                          text=BRIEF)
    assert (result.decision, result.slug) == ("reject", "")
    assert result.reasons[0]["rule"] == "too_brief"
    assert _threads(session) == 1


@pytest.mark.parametrize("title", ["Hi", "    ok     ", "x" * 201])
def test_a_title_must_be_five_to_two_hundred_characters(session: Session, world: World, title: str) -> None:
    with pytest.raises(InvalidInput, match="title"):
        start_thread(session, actor_id=world.member.id, board_slug="frontline", title=title, text=VALUABLE)
    assert _threads(session) == 1


def test_an_unknown_board_or_tag_is_a_clear_error(session: Session, world: World) -> None:
    with pytest.raises(NotFound, match="no board called"):
        start_thread(session, actor_id=world.member.id, board_slug="nowhere", title="Handle time", text=VALUABLE)
    with pytest.raises(InvalidInput, match="no tag called"):
        start_thread(session, actor_id=world.member.id, board_slug="frontline", title="Handle time",
                     text=VALUABLE, tags=["made-up"])
    assert _threads(session) == 1


def test_a_visitor_cannot_start_a_thread(session: Session, world: World) -> None:
    with pytest.raises(PermissionDenied):
        start_thread(session, actor_id=None, board_slug="frontline", title="Handle time", text=VALUABLE)
