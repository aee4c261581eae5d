"""Browsing across boards: the latest threads, threads nobody has answered yet, and one tag's threads.

Each view is a page of published threads, newest activity first, in three queries (count, page, tags)
whatever the forum's size. "Unanswered" means no published reply (``reply_count`` counts published comments
at any depth, kept by ``lifecycle``). Tags are looked up by slug or, case-insensitively, by name, so
``/tag/Billing`` and ``/tag/billing`` are the same page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Board, CommentStatus, Tag, Thread, ThreadTag, User
from forum.services.boards import ThreadSummary, _tags_for
from forum.services.errors import NotFound
from forum.services.timefmt import iso, relative_time


class Listing(StrEnum):
    LATEST = "latest"
    UNANSWERED = "unanswered"
    TAG = "tag"


@dataclass
class ListedThread(ThreadSummary):
    """A thread in a cross-board listing: a board page's summary plus the board it lives in."""

    board_slug: str = ""
    board_name: str = ""


@dataclass
class ListingPage:
    """One page of a listing. ``key`` is the tag's slug for a tag page, else ``""``."""

    kind: Listing
    key: str
    name: str
    thread_count: int
    page: int
    page_count: int
    threads: list[ListedThread]


def find_tag(session: Session, name: str) -> Tag | None:
    """The tag called ``name`` (its slug, or its name in any case)."""
    wanted = name.strip().lower()
    return session.exec(select(Tag).where(sa.or_(Tag.slug == wanted, sa.func.lower(Tag.name) == wanted))).first()


def listing_page(session: Session, kind: Listing, page: int = 1, per_page: int = 20, *, tag: str = "") -> ListingPage:
    """Page ``page`` of ``kind``; NotFound for an unknown tag."""
    condition = Thread.status == CommentStatus.PUBLISHED.value
    key, name = "", {Listing.LATEST: "Latest", Listing.UNANSWERED: "Unanswered"}.get(kind, "")
    if kind is Listing.UNANSWERED:
        condition = sa.and_(condition, Thread.reply_count == 0)
    elif kind is Listing.TAG:
        found = find_tag(session, tag)
        if found is None:
            raise NotFound("There is no tag with that name.")
        key, name = found.slug, found.name
        condition = sa.and_(condition, Thread.id.in_(select(ThreadTag.thread_id).where(ThreadTag.tag_id == found.id)))
    total = session.exec(select(sa.func.count()).select_from(Thread).where(condition)).one()
    page_count = max(1, math.ceil(total / per_page))
    page = min(max(1, page), page_count)
    rows = session.exec(
        select(Thread, User.handle, User.display_name, Board.slug, Board.name)
        .join(User, User.id == Thread.author_id).join(Board, Board.id == Thread.board_id)
        .where(condition)
        .order_by(Thread.last_activity_at.desc(), Thread.id.desc())
        .offset((page - 1) * per_page).limit(per_page)
    ).all()
    tags = _tags_for(session, [t.id for t, *_ in rows])
    threads = [
        ListedThread(
            slug=t.slug, title=t.title, author_handle=handle, author_name=author, reply_count=t.reply_count,
            pinned=t.pinned, locked=t.locked, created=relative_time(t.created_at),
            last_activity=relative_time(t.last_activity_at), last_activity_iso=iso(t.last_activity_at),
            tags=tags.get(t.id, []), board_slug=board_slug, board_name=board_name,
        )
        for t, handle, author, board_slug, board_name in rows
    ]
    return ListingPage(kind=kind, key=key, name=name, thread_count=total, page=page, page_count=page_count,
                       threads=threads)
