"""In-app notifications: my comment was approved, rejected, or replied to."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow
from forum.models.vocab import EnumText, NotificationKind


class Notification(SQLModel, table=True):
    """Something a member should see, unread until ``read_at`` is set."""

    __tablename__ = "notifications"
    __table_args__ = (sa.Index("ix_notifications_user_unread", "user_id", "read_at", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    kind: NotificationKind = Field(sa_type=EnumText(NotificationKind, 24))
    actor_id: int | None = Field(default=None, foreign_key="users.id")
    thread_id: int | None = Field(default=None, foreign_key="threads.id")
    comment_id: int | None = Field(default=None, foreign_key="comments.id")
    message: str = Field(default="", sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow)
    read_at: datetime | None = None
