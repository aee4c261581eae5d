"""Where a comment lives: the thread and the page of it that shows the comment to this viewer.

A thread page shows ``per_page`` top-level comments (in id order) with all their replies, so a reply is on
its top-level comment's page: page = 1 + (top-level comments before its root that this viewer sees) //
``per_page``. "Sees" is exactly the thread page's own visibility rule (``thread_view``), removed top-level
comments included (they keep their place as tombstones), so the page computed here is the page that shows
the comment. Three queries whatever the thread's size: the comment with its thread, its ancestors'
visibility (replies only), and the count of earlier top-level comments.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, Thread, User, Viewer, thread_visible_to, visible_comments
from forum.policy.permissions import can_moderate
from forum.services.errors import NotFound
from forum.services.sessions import user_for_token
from forum.settings import COMMENTS_PER_PAGE

_GONE = "That comment does not exist, or it is not visible to you."


@dataclass(frozen=True)
class CommentLocation:
    """A comment's place: its thread's slug and the 1-based page of the thread that shows it."""

    comment_id: int
    thread_slug: str
    page: int

    @property
    def path(self) -> str:
        """The link that lands on it: ``/t/<slug>?page=N#comment-<id>`` (no ``?page`` for page 1)."""
        query = f"?page={self.page}" if self.page > 1 else ""
        return f"/t/{self.thread_slug}{query}#comment-{self.comment_id}"


def comment_location(session: Session, comment_id: int, viewer: Viewer | None = None,
                     per_page: int = COMMENTS_PER_PAGE) -> CommentLocation:
    """Where ``viewer`` finds comment ``comment_id``; NotFound when it does not exist, is removed, or is not
    visible to them (nor is its thread, nor every comment above it)."""
    viewer = viewer or Viewer()
    if not isinstance(comment_id, int) or isinstance(comment_id, bool) or comment_id <= 0:
        raise NotFound(_GONE)
    visible = visible_comments(viewer)
    row = session.exec(
        select(Comment.thread_id, Comment.root_id, Comment.path, Comment.status, Thread)
        .join(Thread, Thread.id == Comment.thread_id)
        .where(Comment.id == comment_id, visible)
    ).first()
    if row is None:
        raise NotFound(_GONE)
    thread_id, root_id, path, status, thread = row
    if status == CommentStatus.REMOVED or not thread_visible_to(thread, viewer):
        raise NotFound(_GONE)
    ancestors = [int(segment) for segment in path.split(".")[:-1]]
    if ancestors:
        seen = session.exec(select(sa.func.count()).select_from(Comment)
                            .where(Comment.id.in_(ancestors), visible)).one()
        if seen != len(ancestors):
            raise NotFound(_GONE)  # the page has no place to hang it (thread_view drops it too)
    earlier = session.exec(
        select(sa.func.count()).select_from(Comment)
        .where(Comment.thread_id == thread_id, Comment.depth == 0, Comment.id < root_id, visible)
    ).one()
    return CommentLocation(comment_id=comment_id, thread_slug=thread.slug, page=1 + earlier // max(1, per_page))


def viewer_for_token(session: Session, token: str | None) -> Viewer:
    """Who holds session cookie ``token`` as a thread reader (a visitor when it is missing or expired).

    Like the app's own session state, a moderator is anyone whose role may moderate; the session is not
    renewed (only the app's pages slide it forward).
    """
    user_id = user_for_token(session, token)
    user = session.get(User, user_id) if user_id is not None else None
    if user is None:
        return Viewer()
    return Viewer(user_id=user.id, is_moderator=can_moderate(user.role))
