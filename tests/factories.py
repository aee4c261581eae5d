"""Small builders for test data, written through the same persistence functions the app uses."""

from __future__ import annotations

import itertools

from sqlmodel import Session

from forum.models import Board, Comment, Thread, User
from forum.services.comment_store import insert_comment, insert_thread

_seq = itertools.count(1)


def make_user(session: Session, handle: str | None = None, role: str = "member") -> User:
    n = next(_seq)
    user = User(handle=handle or f"person{n}", display_name=f"Person {n}", email=f"p{n}@example.org", role=role)
    session.add(user)
    session.flush()
    return user


def make_board(session: Session, slug: str | None = None, position: int = 0) -> Board:
    n = next(_seq)
    board = Board(slug=slug or f"board-{n}", name=f"Board {n}", description="A board.", position=position)
    session.add(board)
    session.flush()
    return board


def make_thread(session: Session, board: Board, author: User, slug: str | None = None, **kw: object) -> Thread:
    n = next(_seq)
    return insert_thread(session, board=board, author=author, slug=slug or f"thread-{n}", title=f"Thread {n}",
                         source="Opening post.", html="<p>Opening post.</p>", **kw)


def make_comment(session: Session, thread: Thread, author: User, parent: Comment | None = None,
                 status: str = "published", text: str | None = None, **kw: object) -> Comment:
    text = text or f"Comment {next(_seq)}"
    return insert_comment(session, thread=thread, author=author, source=text, html=f"<p>{text}</p>",
                          status=status, parent=parent, **kw)
