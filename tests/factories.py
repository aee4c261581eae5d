"""Small builders for test data, written through the same persistence functions the app uses."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session

from forum.models import Board, Comment, CommentStatus, Role, Tag, Thread, User, utcnow
from forum.services.accounts import AccountView, register
from forum.services.lifecycle import add_comment, add_thread

_seq = itertools.count(1)
PASSWORD = "correct horse battery"  # what register_member gives every account


def make_user(session: Session, handle: str | None = None, role: Role = Role.MEMBER) -> User:
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
    return add_thread(session, board=board, author=author, slug=slug or f"thread-{n}", title=f"Thread {n}",
                      source="Opening post.", html="<p>Opening post.</p>", **kw)


def make_comment(session: Session, thread: Thread, author: User, parent: Comment | None = None,
                 status: CommentStatus = CommentStatus.PUBLISHED, text: str | None = None, **kw: object) -> Comment:
    text = text or f"Comment {next(_seq)}"
    return add_comment(session, thread=thread, author=author, source=text, html=f"<p>{text}</p>",
                       status=status, parent=parent, **kw)


# --- builders for the posting and moderation service tests -------------------------------------------------

def make_member(session: Session, handle: str | None = None, *, trusted: bool = True, role: Role = Role.MEMBER) -> User:
    """A member; ``trusted`` gives them the approvals the new-member rule asks for (default settings)."""
    user = make_user(session, handle, role=role)
    if trusted:
        user.approved_count = 2
        session.add(user)
        session.flush()
    return user


def register_member(session: Session, handle: str, role: Role = Role.MEMBER, password: str = PASSWORD
                    ) -> AccountView:
    """An account registered through the sign-up service, with ``password`` (for sign-in and session tests)."""
    return register(session, handle=handle, display_name=handle.title(), email=f"{handle}@example.org",
                    password=password, role=role)


def make_established(session: Session, handle: str | None = None) -> User:
    """A member of some standing (a month old, five approved comments): their reports can hide a comment."""
    user = make_member(session, handle)
    user.created_at, user.approved_count = utcnow() - timedelta(days=30), 5
    session.add(user)
    session.flush()
    return user


def make_tag(session: Session, name: str) -> Tag:
    tag = Tag(slug=name.lower().replace(" ", "-"), name=name)
    session.add(tag)
    session.flush()
    return tag


@dataclass
class World:
    """A small forum: one board and thread, a trusted member, a new member, a moderator and an admin."""

    board: Board
    thread: Thread
    opener: User
    member: User
    newbie: User
    moderator: User
    admin: User


def make_world(session: Session) -> World:
    board = make_board(session, slug="frontline")
    opener = make_member(session, "opener")
    world = World(board=board, thread=make_thread(session, board, opener, slug="handle-time"), opener=opener,
                  member=make_member(session, "maya"), newbie=make_member(session, "newbie", trusted=False),
                  moderator=make_member(session, "sam", role=Role.MODERATOR),
                  admin=make_member(session, "alex", role=Role.ADMIN))
    session.commit()
    return world


# Texts with a known verdict under the default settings (for a trusted member).
VALUABLE = ("In our contact centre we cut average handle time from 9 to 6 minutes by letting agents close "
            "tickets without a second approval; CSAT rose 4 points over the quarter.")
VALUABLE_WITH_ARTICLE = ("We cut average handle time from 9 to 6 minutes by letting agents close tickets without a "
                         "second approval; the research behind it is at "
                         "https://hbr.org/2010/07/stop-trying-to-delight-your-customers if you want the data.")
BRIEF = "good post"  # too_brief: reject
COMMERCIAL = ("We cut average handle time from 9 to 6 minutes by letting agents close tickets without a second "
              "approval. We bought the tool at https://www.zendesk.com/pricing and it paid off within the quarter.")
HELD_VIDEO = ("We cut average handle time from 9 to 6 minutes by letting agents close tickets without a second "
              "approval; I walk through the rollout in this video https://www.youtube.com/watch?v=abc123 for "
              "anyone curious.")  # non_article_link: hold


def valuable(n: int) -> str:
    """A distinct valuable comment (``n`` changes a figure in it)."""
    return (f"In our contact centre we cut average handle time from {n + 9} to 6 minutes by letting agents "
            f"close tickets without a second approval; CSAT rose {n % 9 + 1} points over the quarter.")
