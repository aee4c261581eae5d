"""Cheap questions the live thread and the comment menu ask the database.

``own_comment_source`` gives the composer the Markdown a member wrote, so they can edit it.
"""

from __future__ import annotations

from sqlmodel import Session

from forum.models import Comment, CommentStatus
from forum.services.errors import NotFound, PermissionDenied
from forum.services.validation import require_id


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
