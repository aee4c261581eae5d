"""Permalinks that land: a comment's location is the thread page that shows it, for the viewer asking."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from forum.services.errors import NotFound
from forum.services.permalinks import comment_location
from forum.services.thread_view import Viewer, get_thread_page
from tests.factories import make_board, make_comment, make_thread, make_user


@pytest.fixture
def long_thread(session: Session):
    """Seven top-level comments, each with a reply and a reply to that reply."""
    author = make_user(session)
    thread = make_thread(session, make_board(session), author, slug="long")
    conversations = []
    for i in range(7):
        top = make_comment(session, thread, author, text=f"top{i}")
        reply = make_comment(session, thread, author, parent=top, text=f"reply{i}")
        conversations.append((top, reply, make_comment(session, thread, author, parent=reply, text=f"deep{i}")))
    session.commit()
    return thread, author, conversations


def test_every_comment_is_located_on_the_page_that_shows_it(session: Session, long_thread) -> None:
    _, _, conversations = long_thread
    for top, reply, deep in conversations:
        for comment in (top, reply, deep):
            location = comment_location(session, comment.id, per_page=3)
            shown = get_thread_page(session, "long", page=location.page, per_page=3)
            assert comment.id in [c.id for c in shown.comments]
    assert comment_location(session, conversations[6][2].id, per_page=3).page == 3


def test_the_link_lands_on_the_page_and_the_comments_anchor(session: Session, long_thread) -> None:
    _, _, conversations = long_thread
    assert comment_location(session, conversations[4][1].id, per_page=3).path == \
        f"/t/long?page=2#comment-{conversations[4][1].id}"
    assert comment_location(session, conversations[0][0].id, per_page=3).path == \
        f"/t/long#comment-{conversations[0][0].id}"


def test_a_held_comment_is_located_for_its_author_and_moderators_but_not_for_visitors(
        session: Session, long_thread) -> None:
    thread, author, _ = long_thread
    stranger = make_user(session)
    held = make_comment(session, thread, stranger, status="pending", text="held")
    session.commit()
    with pytest.raises(NotFound):
        comment_location(session, held.id, per_page=3)
    assert comment_location(session, held.id, Viewer(user_id=stranger.id), per_page=3).page == 3
    mine = comment_location(session, held.id, Viewer(user_id=author.id, is_moderator=True), per_page=3)
    assert mine.page == 3


def test_removed_unknown_and_hidden_comments_have_no_location(session: Session, long_thread) -> None:
    thread, author, conversations = long_thread
    removed = make_comment(session, thread, author, status="removed")
    held_parent = make_comment(session, thread, author, status="pending")
    orphan = make_comment(session, thread, author, parent=held_parent)
    session.commit()
    for comment_id in (removed.id, orphan.id, 999_999, 0, -3):
        with pytest.raises(NotFound):
            comment_location(session, comment_id)
    thread.status = "removed"
    session.add(thread)
    session.commit()
    with pytest.raises(NotFound):
        comment_location(session, conversations[0][0].id)


def test_a_removed_top_level_comment_keeps_its_place_in_the_count(session: Session, long_thread) -> None:
    _, _, conversations = long_thread
    first_top = conversations[0][0]
    first_top.status = "removed"  # its replies keep it as a tombstone on page 1
    session.add(first_top)
    session.commit()
    assert comment_location(session, conversations[3][0].id, per_page=3).page == 2
    assert conversations[3][0].id in [c.id for c in get_thread_page(session, "long", page=2, per_page=3).comments]
