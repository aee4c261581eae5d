"""Threads and their tags."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow
from forum.models.vocab import EnumText, ThreadStatus


class Thread(SQLModel, table=True):
    """A conversation started in a board: a title and an opening post, followed by comments.

    ``body_html`` is always the policy engine's sanitised rendering of ``body_source``. ``reply_count`` counts
    published comments at any depth; ``last_activity_at`` orders a board's threads.
    """

    __tablename__ = "threads"
    __table_args__ = (
        sa.Index("ix_threads_board_activity", "board_id", "status", "pinned", "last_activity_at"),
        sa.Index("ix_threads_author", "author_id", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="boards.id")
    slug: str = Field(max_length=120, sa_column_kwargs={"unique": True}, index=True)
    title: str = Field(max_length=200)
    body_source: str = Field(default="", sa_type=sa.Text)
    body_html: str = Field(default="", sa_type=sa.Text)
    author_id: int = Field(foreign_key="users.id")
    status: ThreadStatus = Field(default=ThreadStatus.PUBLISHED, sa_type=EnumText(ThreadStatus, 16))
    pinned: bool = False
    locked: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    edited_at: datetime | None = None
    last_activity_at: datetime = Field(default_factory=utcnow)
    reply_count: int = 0


class Tag(SQLModel, table=True):
    """A topic label threads can carry."""

    __tablename__ = "tags"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=40, sa_column_kwargs={"unique": True}, index=True)
    name: str = Field(max_length=40)


class ThreadTag(SQLModel, table=True):
    """The link between a thread and one of its tags."""

    __tablename__ = "thread_tags"

    thread_id: int = Field(foreign_key="threads.id", primary_key=True)
    tag_id: int = Field(foreign_key="tags.id", primary_key=True, index=True)
