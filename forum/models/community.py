"""The everyday community rows: reactions, watches and bookmarks.

Each points at its target by ``(target_kind, target_id)`` (a :class:`~forum.models.vocab.ContentKind` and the
row's id) rather than by one nullable foreign key per kind, so the unique constraints hold on every database
(NULLs are distinct in a unique index). Reactions also carry the thread they belong to, so a thread page loads
every reaction of its comments in one query and the page's version changes when a reaction does, and the
member who received them, so a trust record counts them without joining through comments and threads.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow
from forum.models.vocab import ContentKind, EnumText, ReactionKind, WatchLevel


class Reaction(SQLModel, table=True):
    """One member's reaction of one kind to a thread's opening post or a comment (at most one of each)."""

    __tablename__ = "reactions"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "target_kind", "target_id", "kind", name="uq_reactions_user_target_kind"),
        sa.Index("ix_reactions_thread", "thread_id", "target_kind", "target_id"),
        sa.Index("ix_reactions_recipient", "recipient_id"),
        sa.Index("ix_reactions_user_time", "user_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    target_kind: ContentKind = Field(sa_type=EnumText(ContentKind, 16))
    target_id: int
    thread_id: int = Field(foreign_key="threads.id")
    recipient_id: int = Field(foreign_key="users.id")
    kind: ReactionKind = Field(sa_type=EnumText(ReactionKind, 16))
    created_at: datetime = Field(default_factory=utcnow)


class Watch(SQLModel, table=True):
    """How closely a member follows a thread or a board; no row means the default (nothing for boards)."""

    __tablename__ = "watches"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "target_kind", "target_id", name="uq_watches_user_target"),
        sa.Index("ix_watches_target", "target_kind", "target_id", "level"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    target_kind: ContentKind = Field(sa_type=EnumText(ContentKind, 16))
    target_id: int
    level: WatchLevel = Field(sa_type=EnumText(WatchLevel, 16))
    created_at: datetime = Field(default_factory=utcnow)


class Bookmark(SQLModel, table=True):
    """A thread or comment a member saved to find again (private to them)."""

    __tablename__ = "bookmarks"
    __table_args__ = (
        sa.UniqueConstraint("user_id", "target_kind", "target_id", name="uq_bookmarks_user_target"),
        sa.Index("ix_bookmarks_user_time", "user_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    target_kind: ContentKind = Field(sa_type=EnumText(ContentKind, 16))
    target_id: int
    created_at: datetime = Field(default_factory=utcnow)
