"""What the Atom feeds list: the latest published threads (site-wide, per board, per tag) and the latest
published comments of a thread.

Invariants: only published threads appear, and in a thread's feed only published comments whose parent is
visible to everyone (published, or a removed tombstone) — nothing held, rejected or removed. ``html`` is the
policy engine's sanitised rendering, as stored. Two queries per feed whatever the forum's size (the items,
then their tags or the thread). Links are left to the caller (``forum.seo.urls``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from forum.models import Board, Comment, CommentStatus, Tag, Thread, ThreadStatus, ThreadTag, User
from forum.services.errors import NotFound
from forum.services.timefmt import iso

FEED_SIZE = 30
PUBLISHED = CommentStatus.PUBLISHED.value
REMOVED = CommentStatus.REMOVED.value


@dataclass
class FeedItem:
    """One entry: a thread (``comment_id`` 0) or a comment of ``thread_slug``."""

    thread_slug: str
    title: str
    html: str
    author_handle: str
    author_name: str
    published_iso: str
    updated_iso: str
    comment_id: int = 0
    categories: list[str] = field(default_factory=list)


@dataclass
class FeedData:
    """A feed's subject and entries, newest first. ``scope`` says what the feed follows."""

    scope: str  # latest | board | tag | thread
    key: str  # the board's, tag's or thread's slug; "" for the site-wide feed
    title: str
    updated_iso: str  # the newest entry's change ("" for an empty feed)
    items: list[FeedItem] = field(default_factory=list)


def _newest(items: list[FeedItem], fallback: str = "") -> str:
    return max((i.updated_iso for i in items), default=fallback) or fallback


def _changed(created: datetime, edited: datetime | None) -> str:
    return iso(edited or created)


def latest_threads(session: Session, *, board_slug: str | None = None, tag_slug: str | None = None,
                   limit: int = FEED_SIZE) -> FeedData:
    """The newest published threads, of one board or one tag if given; NotFound for an unknown one."""
    query = (select(Thread, Board.name, User.handle, User.display_name)
             .join(Board, Board.id == Thread.board_id).join(User, User.id == Thread.author_id)
             .where(Thread.status == ThreadStatus.PUBLISHED))
    scope, key, title = "latest", "", "Latest threads"
    if board_slug is not None:
        board = session.exec(select(Board).where(Board.slug == board_slug)).first()
        if board is None:
            raise NotFound("There is no such board.")
        query, scope, key, title = query.where(Thread.board_id == board.id), "board", board.slug, board.name
    elif tag_slug is not None:
        tag = session.exec(select(Tag).where(Tag.slug == tag_slug)).first()
        if tag is None:
            raise NotFound("There is no such tag.")
        tagged = select(ThreadTag.thread_id).where(ThreadTag.tag_id == tag.id)
        query, scope, key, title = (query.where(Thread.id.in_(tagged)), "tag", tag.slug,
                                    f"Threads tagged {tag.name}")
    rows = session.exec(query.order_by(Thread.created_at.desc(), Thread.id.desc()).limit(limit)).all()
    tags: dict[int, list[str]] = {}
    if rows:
        for thread_id, name in session.exec(
                select(ThreadTag.thread_id, Tag.name).join(Tag, Tag.id == ThreadTag.tag_id)
                .where(ThreadTag.thread_id.in_([t.id for t, *_ in rows])).order_by(Tag.name)).all():
            tags.setdefault(thread_id, []).append(name)
    items = [FeedItem(thread_slug=t.slug, title=t.title, html=t.body_html, author_handle=handle,
                      author_name=name, published_iso=iso(t.created_at),
                      updated_iso=_changed(t.created_at, t.edited_at), categories=[board_name, *tags.get(t.id, [])])
             for t, board_name, handle, name in rows]
    return FeedData(scope=scope, key=key, title=title, updated_iso=_newest(items), items=items)


def thread_comments(session: Session, slug: str, *, limit: int = FEED_SIZE) -> FeedData:
    """The newest published comments of the published thread ``slug``; NotFound otherwise."""
    thread = session.exec(select(Thread).where(Thread.slug == slug, Thread.status == ThreadStatus.PUBLISHED)).first()
    if thread is None:
        raise NotFound("That thread does not exist, or it has been removed.")
    parent = aliased(Comment)
    rows = session.exec(
        select(Comment, User.handle, User.display_name)
        .join(User, User.id == Comment.author_id)
        .outerjoin(parent, parent.id == Comment.parent_id)
        .where(Comment.thread_id == thread.id, Comment.status == PUBLISHED,
               sa.or_(Comment.parent_id.is_(None), parent.status.in_([PUBLISHED, REMOVED])))
        .order_by(Comment.created_at.desc(), Comment.id.desc()).limit(limit)
    ).all()
    items = [FeedItem(thread_slug=thread.slug, title=f"{name} on “{thread.title}”", html=c.html,
                      author_handle=handle, author_name=name, published_iso=iso(c.created_at),
                      updated_iso=_changed(c.created_at, c.edited_at), comment_id=c.id)
             for c, handle, name in rows]
    return FeedData(scope="thread", key=thread.slug, title=thread.title,
                    updated_iso=_newest(items, iso(thread.edited_at or thread.created_at)), items=items)
