"""``/c/<id>``: a comment's stable link redirects to the thread page holding it, at its anchor, for whoever
follows it; unknown and invisible comments are not found."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlmodel import Session

from forum.auth.cookies import SESSION_COOKIE
from forum.services.sessions import create_session
from forum.settings import get_settings
from tests.factories import make_board, make_comment, make_thread, make_user


def _long_thread(session: Session, roots: int):
    author = make_user(session, "maya")
    thread = make_thread(session, make_board(session), author, slug="long")
    tops = [make_comment(session, thread, author, text=f"top{i}") for i in range(roots)]
    return thread, author, tops


async def test_a_reply_on_page_two_redirects_to_page_two_at_its_anchor(session: Session,
                                                                       client: httpx.AsyncClient) -> None:
    per_page = get_settings().comments_per_page
    thread, author, tops = _long_thread(session, per_page + 2)
    reply = make_comment(session, thread, author, parent=tops[per_page + 1], text="deep reply")
    session.commit()
    response = await client.get(f"/c/{reply.id}")
    assert response.status_code == 302
    assert response.headers["location"] == f"/t/long?page=2#comment-{reply.id}"
    assert response.headers["cache-control"] == "private, no-cache"
    first = await client.get(f"/c/{tops[0].id}")
    assert first.headers["location"] == f"/t/long#comment-{tops[0].id}"


async def test_a_held_comment_lands_for_its_author_and_is_not_found_for_visitors(
        session: Session, client: httpx.AsyncClient) -> None:
    thread, author, _ = _long_thread(session, 1)
    held = make_comment(session, thread, author, status="pending", text="held")
    token = create_session(session, author.id, lifetime=timedelta(days=1))
    session.commit()
    assert (await client.get(f"/c/{held.id}")).status_code == 404
    client.cookies.set(SESSION_COOKIE, token)
    own = await client.get(f"/c/{held.id}")
    assert own.status_code == 302 and own.headers["location"] == f"/t/long#comment-{held.id}"


async def test_unknown_and_removed_comments_are_not_found(session: Session, client: httpx.AsyncClient) -> None:
    thread, author, _ = _long_thread(session, 1)
    removed = make_comment(session, thread, author, status="removed")
    session.commit()
    for path in (f"/c/{removed.id}", "/c/987654", "/c/0"):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert "does not exist" in response.text
