"""Reading boards: the home page's list and one board's page of threads."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Board, Tag, Thread, ThreadStatus, ThreadTag, User, published_threads
from forum.services.errors import NotFound
from forum.services.timefmt import iso, relative_time


@dataclass
class BoardSummary:
    """A board as the home page shows it."""

    slug: str
    name: str
    description: str
    thread_count: int
    comment_count: int
    last_activity: str  # relative, "" when the board is empty
    last_activity_iso: str
    last_thread_title: str
    last_thread_slug: str


@dataclass
class ThreadSummary:
    """A thread as a board page lists it."""

    slug: str
    title: str
    author_handle: str
    author_name: str
    reply_count: int
    pinned: bool
    locked: bool
    created: str
    last_activity: str
    last_activity_iso: str
    tags: list[str] = field(default_factory=list)
    author_avatar: str = ""  # the avatar's URL stem ("" for the initials avatar)
    pending: bool = False  # the viewer's own thread, awaiting review


@dataclass
class BoardPage:
    """One page of a board's threads, newest activity first (pinned threads lead the first page)."""

    slug: str
    name: str
    description: str
    thread_count: int
    page: int
    page_count: int
    threads: list[ThreadSummary]


def list_boards(session: Session) -> list[BoardSummary]:
    """Every board in display order, with counts and the latest activity. Two queries whatever the size."""
    boards = session.exec(select(Board).order_by(Board.position, Board.id)).all()
    last_ids = [b.last_thread_id for b in boards if b.last_thread_id]
    latest = {thread_id: (title, slug) for thread_id, title, slug in session.exec(
        select(Thread.id, Thread.title, Thread.slug).where(Thread.id.in_(last_ids))).all()} if last_ids else {}
    return [
        BoardSummary(
            slug=b.slug, name=b.name, description=b.description, thread_count=b.thread_count,
            comment_count=b.comment_count, last_activity=relative_time(b.last_activity_at),
            last_activity_iso=iso(b.last_activity_at),
            last_thread_title=latest.get(b.last_thread_id, ("", ""))[0],
            last_thread_slug=latest.get(b.last_thread_id, ("", ""))[1],
        )
        for b in boards
    ]


def get_board_page(session: Session, slug: str, page: int = 1, per_page: int = 20, viewer_id: int | None = None
                   ) -> BoardPage:
    """Page ``page`` (1-based, clamped) of the board ``slug``; raises NotFound for an unknown board.

    ``viewer_id``'s own threads awaiting review are listed too (marked ``pending``), so a held thread does
    not vanish from its author's sight."""
    board = session.exec(select(Board).where(Board.slug == slug)).first()
    if board is None:
        raise NotFound(f"There is no board called “{slug}”.")
    own_held = sa.and_(Thread.author_id == viewer_id, Thread.status == ThreadStatus.PENDING) if viewer_id else None
    visible = sa.and_(Thread.board_id == board.id,
                      sa.or_(published_threads(), own_held) if own_held is not None else published_threads())
    total = session.exec(select(sa.func.count()).select_from(Thread).where(visible)).one()
    page_count = max(1, math.ceil(total / per_page))
    page = min(max(1, page), page_count)
    rows = session.exec(
        select(Thread, User.handle, User.display_name, User.avatar_url)
        .join(User, User.id == Thread.author_id)
        .where(visible)
        .order_by(Thread.pinned.desc(), Thread.last_activity_at.desc(), Thread.id.desc())
        .offset((page - 1) * per_page)
        .limit(per_page)
    ).all()
    tags = _tags_for(session, [t.id for t, _, _, _ in rows])
    threads = [
        ThreadSummary(
            slug=t.slug, title=t.title, author_handle=handle, author_name=name, reply_count=t.reply_count,
            pinned=t.pinned, locked=t.locked, created=relative_time(t.created_at),
            last_activity=relative_time(t.last_activity_at), last_activity_iso=iso(t.last_activity_at),
            tags=tags.get(t.id, []), author_avatar=avatar_url or "", pending=t.status == ThreadStatus.PENDING,
        )
        for t, handle, name, avatar_url in rows
    ]
    return BoardPage(slug=board.slug, name=board.name, description=board.description, thread_count=total,
                     page=page, page_count=page_count, threads=threads)


def _tags_for(session: Session, thread_ids: list[int | None]) -> dict[int, list[str]]:
    ids = [i for i in thread_ids if i is not None]
    if not ids:
        return {}
    out: dict[int, list[str]] = {}
    rows = session.exec(
        select(ThreadTag.thread_id, Tag.name).join(Tag, Tag.id == ThreadTag.tag_id)
        .where(ThreadTag.thread_id.in_(ids)).order_by(Tag.name)
    ).all()
    for thread_id, name in rows:
        out.setdefault(thread_id, []).append(name)
    return out
