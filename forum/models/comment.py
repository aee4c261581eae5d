"""Comments: nested replies under a thread, with their edit history.

Ordering invariant: ``path`` is the dot-joined, zero-padded ids from the top-level comment down to this one
(``0000000012.0000000031``). Sorting a thread's comments by ``path`` yields depth-first order with siblings
oldest first, so one ordered query loads whole nested conversations. ``root_id`` is the id of the top-level
comment the conversation hangs from (its own id for a top-level comment), so a page of top-level comments
and all their replies load with ``root_id IN (...)``.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow
from forum.models.vocab import CommentStatus, EnumText

PATH_SEGMENT_WIDTH = 10


def path_segment(comment_id: int) -> str:
    """One segment of the ordering key for ``comment_id``."""
    return f"{comment_id:0{PATH_SEGMENT_WIDTH}d}"


class Comment(SQLModel, table=True):
    """A reply to a thread or to another comment. ``html`` is the policy engine's rendering of ``source``."""

    __tablename__ = "comments"
    __table_args__ = (
        sa.Index("ix_comments_thread_roots", "thread_id", "depth", "status", "id"),
        sa.Index("ix_comments_thread_root_path", "thread_id", "root_id", "path"),
        sa.Index("ix_comments_author_time", "author_id", "created_at"),
        sa.Index("ix_comments_status_time", "status", "created_at"),
        sa.Index("ux_comments_author_submission", "author_id", "submission_key", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    thread_id: int = Field(foreign_key="threads.id")
    parent_id: int | None = Field(default=None, foreign_key="comments.id")
    reply_to_id: int | None = None  # the comment answered (differs from parent when capped at max depth)
    root_id: int | None = None  # set right after insert, once the id is known
    author_id: int = Field(foreign_key="users.id")
    source: str = Field(sa_type=sa.Text)
    html: str = Field(sa_type=sa.Text)
    status: CommentStatus = Field(default=CommentStatus.PUBLISHED, sa_type=EnumText(CommentStatus, 16))
    depth: int = 0
    path: str = Field(default="", max_length=400)
    report_count: int = 0
    created_at: datetime = Field(default_factory=utcnow)
    edited_at: datetime | None = None
    # the browser's key for the Publish press that sent it: a resend with the same key finds this comment
    submission_key: str | None = Field(default=None, max_length=64)


class CommentRevision(SQLModel, table=True):
    """An earlier version of a comment, kept when it is edited (visible to moderators)."""

    __tablename__ = "comment_revisions"

    id: int | None = Field(default=None, primary_key=True)
    comment_id: int = Field(foreign_key="comments.id", index=True)
    editor_id: int = Field(foreign_key="users.id")
    source: str = Field(sa_type=sa.Text)
    html: str = Field(sa_type=sa.Text)
    status: CommentStatus = Field(sa_type=EnumText(CommentStatus, 16))
    created_at: datetime = Field(default_factory=utcnow)


class Draft(SQLModel, table=True):
    """A member's unsent text for one thread, so nothing they wrote is lost on reload or failure."""

    __tablename__ = "drafts"
    __table_args__ = (sa.UniqueConstraint("user_id", "thread_id", name="uq_drafts_user_thread"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    thread_id: int = Field(foreign_key="threads.id")
    parent_id: int | None = None
    body: str = Field(default="", sa_type=sa.Text)
    updated_at: datetime = Field(default_factory=utcnow)
