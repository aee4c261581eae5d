"""Boards: the top-level sections of the forum, with counters for the home page."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow


class Board(SQLModel, table=True):
    """A board groups threads on one theme. ``position`` orders the home page."""

    __tablename__ = "boards"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=64, sa_column_kwargs={"unique": True}, index=True)
    name: str = Field(max_length=100)
    description: str = Field(default="", sa_type=sa.Text)
    position: int = Field(default=0, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    thread_count: int = 0
    comment_count: int = 0  # published comments in all its threads
    last_activity_at: datetime | None = None
    last_thread_id: int | None = None  # the thread with the latest activity (no FK: avoids a cycle)
