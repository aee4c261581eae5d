"""Reading boards: the home page's counts and a board's paginated threads."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import Session

from forum.models import utcnow
from forum.services.boards import get_board_page, list_boards
from forum.services.errors import NotFound
from tests.factories import make_board, make_comment, make_thread, make_user


def test_boards_list_in_order_with_counts_and_latest_thread(session: Session) -> None:
    second = make_board(session, slug="second", position=2)
    first = make_board(session, slug="first", position=1)
    author = make_user(session)
    thread = make_thread(session, first, author, slug="latest")
    make_comment(session, thread, author)
    make_comment(session, thread, author, status="pending")
    session.commit()
    boards = list_boards(session)
    assert [b.slug for b in boards] == ["first", "second"]
    assert (boards[0].thread_count, boards[0].comment_count, boards[0].last_thread_slug) == (1, 1, "latest")
    assert boards[0].last_activity == "just now"
    assert (boards[1].thread_count, boards[1].last_thread_slug, boards[1].last_activity) == (0, "", "")
    assert second.id is not None


def test_a_board_lists_pinned_threads_first_then_newest_activity(session: Session) -> None:
    board = make_board(session, slug="b")
    author = make_user(session)
    now = utcnow()
    make_thread(session, board, author, slug="old", created_at=now - timedelta(days=3))
    make_thread(session, board, author, slug="pinned", pinned=True, created_at=now - timedelta(days=9))
    make_thread(session, board, author, slug="new", created_at=now - timedelta(days=1))
    revived = make_thread(session, board, author, slug="revived", created_at=now - timedelta(days=5))
    make_comment(session, revived, author, created_at=now)
    session.commit()
    assert [t.slug for t in get_board_page(session, "b").threads] == ["pinned", "revived", "new", "old"]


def test_a_board_pages_its_threads_and_clamps_the_page(session: Session) -> None:
    board = make_board(session, slug="b")
    author = make_user(session)
    for _ in range(5):
        make_thread(session, board, author)
    session.commit()
    page = get_board_page(session, "b", page=3, per_page=2)
    assert (page.page, page.page_count, len(page.threads), page.thread_count) == (3, 3, 1, 5)
    assert get_board_page(session, "b", page=0, per_page=2).page == 1
    assert get_board_page(session, "b", page=50, per_page=2).page == 3


def test_an_unknown_board_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound, match="no board"):
        get_board_page(session, "missing")
