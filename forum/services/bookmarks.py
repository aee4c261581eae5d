"""Bookmarks: a member saves a thread or a comment to find again; the list is theirs alone.

Toggling is idempotent per (member, target) (a unique constraint); only what the member may see can be
bookmarked, and the list shows only what is still visible to them (published, or their own).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from forum.models import Bookmark, Comment, CommentStatus, ContentKind, Thread, ThreadStatus
from forum.routes import thread_url
from forum.services.actors import load_actor
from forum.services.errors import InvalidInput, NotFound
from forum.services.validation import excerpt, require_id

BOOKMARKABLE = (ContentKind.THREAD, ContentKind.COMMENT)


def _check_target(session: Session, target: ContentKind, target_id: int) -> None:
    if target == ContentKind.THREAD:
        thread = session.get(Thread, target_id)
        if thread is None or thread.status != ThreadStatus.PUBLISHED:
            raise NotFound("That thread does not exist, or it is not public.")
        return
    comment = session.get(Comment, target_id)
    if comment is None or comment.status != CommentStatus.PUBLISHED:
        raise NotFound("That comment does not exist, or it is not public.")


def toggle_bookmark(session: Session, *, actor_id: int | None, target_kind: object, target_id: object) -> bool:
    """Bookmark the thread or comment, or take the bookmark away; True when it is bookmarked now."""
    actor = load_actor(session, actor_id)
    try:
        target = ContentKind(str(target_kind))
    except ValueError:
        raise InvalidInput("Only threads and comments can be bookmarked.") from None
    if target not in BOOKMARKABLE:
        raise InvalidInput("Only threads and comments can be bookmarked.")
    target_id = require_id(target_id, target.value)
    row = session.exec(select(Bookmark).where(Bookmark.user_id == actor.id, Bookmark.target_kind == target,
                                              Bookmark.target_id == target_id)).first()
    if row is not None:
        session.delete(row)
        session.flush()
        return False
    _check_target(session, target, target_id)
    try:
        with session.begin_nested():
            session.add(Bookmark(user_id=actor.id, target_kind=target, target_id=target_id))
    except IntegrityError:
        pass  # bookmarked by another tab a moment ago
    return True


@dataclass(frozen=True)
class BookmarkView:
    """One saved thread or comment in the member's list."""

    kind: str  # a ContentKind value
    title: str  # the thread's title
    url: str
    snippet: str  # the comment's opening words ("" for a thread)


def list_bookmarks(session: Session, *, user_id: int, limit: int = 100) -> list[BookmarkView]:
    """The member's bookmarks, newest first, still public (two queries: threads, comments)."""
    require_id(user_id, "account")
    threads = session.exec(
        select(Bookmark.created_at, Thread.title, Thread.slug).join(Thread, Thread.id == Bookmark.target_id)
        .where(Bookmark.user_id == user_id, Bookmark.target_kind == ContentKind.THREAD,
               Thread.status == ThreadStatus.PUBLISHED).order_by(Bookmark.created_at.desc()).limit(limit)).all()
    comments = session.exec(
        select(Bookmark.created_at, Thread.title, Comment.id, Comment.source)
        .join(Comment, Comment.id == Bookmark.target_id).join(Thread, Thread.id == Comment.thread_id)
        .where(Bookmark.user_id == user_id, Bookmark.target_kind == ContentKind.COMMENT,
               Comment.status == CommentStatus.PUBLISHED).order_by(Bookmark.created_at.desc()).limit(limit)).all()
    rows = [(at, BookmarkView(ContentKind.THREAD.value, title, thread_url(slug), "")) for at, title, slug in threads]
    rows += [(at, BookmarkView(ContentKind.COMMENT.value, title, f"/c/{cid}", excerpt(source, 140)))
             for at, title, cid, source in comments]
    return [view for _, view in sorted(rows, key=lambda r: r[0], reverse=True)][:limit]
