"""Records the abuse limits count: one row per account registered, with where it came from."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow


class Registration(SQLModel, table=True):
    """An account created from ``client_ip`` (and its ``network``: the /24 or /64 it belongs to).

    Registration is rate-limited per address and per network over a sliding window, counted from these
    rows; they are kept for the window only in spirit (a cleanup may delete rows older than a day).
    """

    __tablename__ = "registrations"
    __table_args__ = (
        sa.Index("ix_registrations_ip_time", "client_ip", "created_at"),
        sa.Index("ix_registrations_network_time", "network", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    user_id: int | None = Field(default=None, foreign_key="users.id")
    client_ip: str = Field(default="", max_length=64)
    network: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
