"""Reading a thread: nested order, pages of conversations, visibility, and a constant number of queries."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from forum.models import Comment, ThreadStatus
from forum.services.errors import NotFound
from forum.services.thread_view import Viewer, get_thread_page
from tests.factories import make_board, make_comment, make_thread, make_user
from tests.helpers import count_queries


@pytest.fixture
def thread_setup(session: Session):
    board = make_board(session)
    author = make_user(session)
    thread = make_thread(session, board, author, slug="the-thread")
    session.commit()
    return board, author, thread


def test_comments_come_depth_first_with_siblings_oldest_first(session: Session, thread_setup) -> None:
    _, author, thread = thread_setup
    a = make_comment(session, thread, author, text="A")
    b = make_comment(session, thread, author, text="B")
    a1 = make_comment(session, thread, author, parent=a, text="A1")
    make_comment(session, thread, author, parent=a1, text="A1a")
    make_comment(session, thread, author, parent=a, text="A2")
    make_comment(session, thread, author, parent=b, text="B1")
    session.commit()
    page = get_thread_page(session, "the-thread")
    assert [(c.html, c.depth) for c in page.comments] == [
        ("<p>A</p>", 0), ("<p>A1</p>", 1), ("<p>A1a</p>", 2), ("<p>A2</p>", 1), ("<p>B</p>", 0), ("<p>B1</p>", 1)]
    assert [c.reply_count for c in page.comments] == [3, 1, 0, 0, 1, 0]
    assert page.reply_count == 6


def test_a_reply_beyond_the_maximum_depth_attaches_at_the_deepest_level(session: Session, thread_setup) -> None:
    _, author, thread = thread_setup
    parent = make_comment(session, thread, author)
    for _ in range(6):
        parent = make_comment(session, thread, author, parent=parent, max_depth=3)
    session.commit()
    depths = [c.depth for c in get_thread_page(session, "the-thread").comments]
    assert max(depths) == 2
    deepest = session.exec(sa.select(Comment).order_by(Comment.id.desc())).first()[0]
    assert deepest.reply_to_id is not None and deepest.reply_to_id != deepest.parent_id


def test_a_page_holds_whole_conversations_of_its_top_level_comments(session: Session, thread_setup) -> None:
    _, author, thread = thread_setup
    for i in range(7):
        top = make_comment(session, thread, author, text=f"top{i}")
        make_comment(session, thread, author, parent=top, text=f"reply{i}")
    session.commit()
    first = get_thread_page(session, "the-thread", page=1, per_page=3)
    last = get_thread_page(session, "the-thread", page=3, per_page=3)
    assert first.page_count == 3
    assert [c.html for c in first.comments] == ["<p>top0</p>", "<p>reply0</p>", "<p>top1</p>", "<p>reply1</p>",
                                               "<p>top2</p>", "<p>reply2</p>"]
    assert [c.html for c in last.comments] == ["<p>top6</p>", "<p>reply6</p>"]
    assert get_thread_page(session, "the-thread", page=99, per_page=3).page == 3


def test_only_published_comments_reach_a_visitor(session: Session, thread_setup) -> None:
    _, author, thread = thread_setup
    other = make_user(session)
    make_comment(session, thread, author, text="shown")
    make_comment(session, thread, other, status=ThreadStatus.PENDING, text="held")
    make_comment(session, thread, other, status="rejected", text="refused")
    session.commit()
    assert [c.html for c in get_thread_page(session, "the-thread").comments] == ["<p>shown</p>"]
    own = get_thread_page(session, "the-thread", Viewer(user_id=other.id))
    assert [(c.html, c.status, c.is_own) for c in own.comments] == [
        ("<p>shown</p>", "published", False), ("<p>held</p>", "pending", True), ("<p>refused</p>", "rejected", True)]
    moderator = get_thread_page(session, "the-thread", Viewer(user_id=author.id, is_moderator=True))
    assert [c.html for c in moderator.comments] == ["<p>shown</p>", "<p>held</p>"]


def test_a_removed_comment_with_replies_stays_as_a_tombstone(session: Session, thread_setup) -> None:
    _, author, thread = thread_setup
    gone = make_comment(session, thread, author, text="gone")
    make_comment(session, thread, author, parent=gone, text="answer")
    lonely = make_comment(session, thread, author, text="lonely")
    gone.status = lonely.status = "removed"
    session.add_all([gone, lonely])
    session.commit()
    comments = get_thread_page(session, "the-thread").comments
    assert [(c.removed, c.html, c.author_handle) for c in comments] == [
        (True, "", ""), (False, "<p>answer</p>", author.handle)]


def test_an_unknown_or_unpublished_thread_is_not_found(session: Session, thread_setup) -> None:
    board, author, _ = thread_setup
    make_thread(session, board, author, slug="waiting", status=ThreadStatus.PENDING)
    session.commit()
    with pytest.raises(NotFound):
        get_thread_page(session, "nothing-here")
    with pytest.raises(NotFound):
        get_thread_page(session, "waiting")
    assert get_thread_page(session, "waiting", Viewer(user_id=author.id)).slug == "waiting"


def _count_queries(session: Session, slug: str) -> int:
    session.expire_all()
    with count_queries(session.get_bind()) as statements:
        get_thread_page(session, slug, page=2, per_page=50)
    return len(statements)


def test_a_two_thousand_comment_thread_loads_in_the_same_number_of_queries_as_a_small_one(
        session: Session, thread_setup) -> None:
    board, author, big = thread_setup
    people = [make_user(session) for _ in range(20)]
    small = make_thread(session, board, author, slug="small")
    for i in range(120):
        make_comment(session, small, people[i % 20])
    total = 0
    while total < 2000:
        top = make_comment(session, big, people[total % 20])
        reply = make_comment(session, big, people[(total + 1) % 20], parent=top)
        deeper = make_comment(session, big, people[(total + 2) % 20], parent=reply)
        make_comment(session, big, people[(total + 3) % 20], parent=deeper)
        total += 4
    session.commit()
    page = get_thread_page(session, "the-thread", page=2, per_page=50)
    assert len(page.comments) == 200 and page.page_count == 10
    assert _count_queries(session, "the-thread") == _count_queries(session, "small") <= 5


def test_a_held_thread_tells_its_author_it_awaits_review(session: Session, thread_setup) -> None:
    board, author, _ = thread_setup
    make_thread(session, board, author, slug="held", status=ThreadStatus.PENDING)
    session.commit()
    assert get_thread_page(session, "held", Viewer(user_id=author.id)).status == "pending"
    assert get_thread_page(session, "the-thread").status == "published"
