"""Cheap questions the live thread and the comment menu ask the database.

``thread_marker`` is what a reader's tab polls every couple of seconds: one aggregate over an index, no
rows loaded. It changes whenever a comment in the thread becomes published (posted, approved from the
queue) or stops being published (deleted, removed, hidden by reports), so comparing it with the marker
of the page on screen tells the tab whether to reload that page.

``own_comment_source`` gives the composer the Markdown a member wrote, so they can edit it.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, published_comments
from forum.services.errors import NotFound, PermissionDenied
from forum.services.validation import require_id


def thread_marker(session: Session, *, thread_id: int) -> str:
    """``"<count>:<newest id>"`` of the thread's published comments ("0:0" for none)."""
    count, newest = session.execute(
        select(sa.func.count(Comment.id), sa.func.max(Comment.id))
        .where(Comment.thread_id == require_id(thread_id, "thread"), published_comments())
    ).one()
    return f"{count or 0}:{newest or 0}"


def own_comment_source(session: Session, *, user_id: int | None, comment_id: int) -> str:
    """The Markdown ``user_id`` wrote for ``comment_id``; PermissionDenied for anyone else's comment."""
    if user_id is None:
        raise PermissionDenied("Please sign in first.")
    comment = session.get(Comment, require_id(comment_id, "comment"))
    if comment is None or comment.status == CommentStatus.REMOVED:
        raise NotFound("That comment does not exist, or it has been removed.")
    if comment.author_id != user_id:
        raise PermissionDenied("You can only edit your own comments.")
    return comment.source
