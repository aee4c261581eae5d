"""Bookmarks: a click saves a thread or comment, another takes it back; the list shows only what is public."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from forum.models import CommentStatus
from forum.services.bookmarks import list_bookmarks, toggle_bookmark
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from tests.factories import World, make_comment


def test_bookmarking_twice_takes_the_bookmark_back(session: Session, world: World) -> None:
    assert toggle_bookmark(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id)
    assert not toggle_bookmark(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id)
    assert list_bookmarks(session, user_id=world.member.id) == []


def test_the_list_holds_threads_and_comments_newest_first(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener, text="Shift swaps cut our absences in half.")
    toggle_bookmark(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id)
    toggle_bookmark(session, actor_id=world.member.id, target_kind="comment", target_id=comment.id)
    saved = list_bookmarks(session, user_id=world.member.id)
    assert {(b.kind, b.url) for b in saved} == {("thread", "/t/handle-time"), ("comment", f"/c/{comment.id}")}
    assert list_bookmarks(session, user_id=world.moderator.id) == []


def test_a_comment_no_longer_public_leaves_the_list(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    toggle_bookmark(session, actor_id=world.member.id, target_kind="comment", target_id=comment.id)
    comment.status = CommentStatus.REMOVED
    session.add(comment)
    assert list_bookmarks(session, user_id=world.member.id) == []


def test_held_comments_boards_and_visitors_are_refused(session: Session, world: World) -> None:
    held = make_comment(session, world.thread, world.opener, status=CommentStatus.PENDING)
    with pytest.raises(NotFound):
        toggle_bookmark(session, actor_id=world.member.id, target_kind="comment", target_id=held.id)
    with pytest.raises(InvalidInput):
        toggle_bookmark(session, actor_id=world.member.id, target_kind="board", target_id=world.board.id)
    with pytest.raises(PermissionDenied):
        toggle_bookmark(session, actor_id=None, target_kind="thread", target_id=world.thread.id)
