"""Who may see which rows, as named SQL conditions the services reuse instead of comparing statuses.

Everyone sees published threads and comments; an author also sees their own pending and rejected comments
(marked), moderators see pending ones; a removed comment is returned too, so a page can show a tombstone
above replies that are still visible.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from forum.models.comment import Comment
from forum.models.thread import Thread
from forum.models.vocab import CommentStatus, ThreadStatus


@dataclass
class Viewer:
    """Who is reading: an anonymous visitor has ``user_id`` None."""

    user_id: int | None = None
    is_moderator: bool = False


def published_threads() -> sa.ColumnElement[bool]:
    """Threads everyone may read and reply to."""
    return Thread.status == ThreadStatus.PUBLISHED


def published_comments() -> sa.ColumnElement[bool]:
    """Comments everyone may read (and the only ones the counters count)."""
    return Comment.status == CommentStatus.PUBLISHED


def visible_comments(viewer: Viewer) -> sa.ColumnElement[bool]:
    """Comments ``viewer`` may see on a thread page (removed ones included, as tombstones)."""
    shown = [Comment.status.in_([CommentStatus.PUBLISHED, CommentStatus.REMOVED])]
    if viewer.is_moderator:
        shown.append(Comment.status == CommentStatus.PENDING)
    if viewer.user_id is not None:
        shown.append(sa.and_(Comment.author_id == viewer.user_id,
                             Comment.status.in_([CommentStatus.PENDING, CommentStatus.REJECTED])))
    return sa.or_(*shown)


def thread_visible_to(thread: Thread, viewer: Viewer) -> bool:
    """A published thread, or a pending one to its author and the moderators."""
    if thread.status == ThreadStatus.PUBLISHED:
        return True
    return thread.status == ThreadStatus.PENDING and (viewer.is_moderator or viewer.user_id == thread.author_id)
