"""Outgoing mail: the transactional outbox, fan-out jobs, digests, preferences, account tokens.

Invariants:
- An :class:`OutboxMessage` is written in the same transaction as the event that causes it, fully rendered,
  with its ``Message-ID`` fixed before any attempt to send it (a re-send after a crash carries the same id).
- A row is sent by whoever *claimed* it: a conditional ``UPDATE ... WHERE status = 'pending'`` (or an
  expired lease on ``sending``) that only one worker can win. ``lease_until`` bounds how long a crashed
  worker's claim blocks the row.
- A :class:`MailJob` (fan-out to many recipients) is expanded into outbox rows by a worker, in one
  transaction that also marks the job done, so each recipient gets the message once.
- :class:`AccountToken` keeps only the SHA-256 of the token mailed out; a token is used at most once.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for its next attempt (next_attempt_at)
    SENDING = "sending"  # claimed by a worker until lease_until
    SENT = "sent"
    FAILED = "failed"  # gave up: a permanent refusal or too many attempts


class DeliveryMode(StrEnum):
    """How a member wants one kind of mail."""

    IMMEDIATELY = "immediately"
    DAILY = "daily"
    NEVER = "never"


class MailKind(StrEnum):
    """Kinds of notification mail a member can choose a :class:`DeliveryMode` for."""

    REPLY = "reply"  # someone replied to my comment or thread
    MODERATION = "moderation"  # a moderator approved, rejected or removed my comment
    WATCHED = "watched"  # a new comment in a thread I watch
    QUEUE_WAIT = "queue_wait"  # (moderators) the review queue has waited N hours
    WEEKLY = "weekly"  # the week's busiest threads, for members who have not visited for a week


class TokenPurpose(StrEnum):
    RESET = "reset"
    VERIFY = "verify"
    CHANGE_EMAIL = "change_email"


class OutboxMessage(SQLModel, table=True):
    """One rendered message to one address, and where its delivery stands."""

    __tablename__ = "mail_outbox"
    __table_args__ = (sa.Index("ix_mail_outbox_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    user_id: int | None = Field(default=None, foreign_key="users.id")
    to_addr: str = Field(max_length=254)
    subject: str = Field(max_length=300)
    message_id: str = Field(max_length=200, sa_column_kwargs={"unique": True})
    headers: str = Field(default="{}", sa_type=sa.Text)  # JSON: extra headers (threading, List-Unsubscribe)
    text_body: str = Field(sa_type=sa.Text)
    html_body: str = Field(default="", sa_type=sa.Text)
    status: str = Field(default=OutboxStatus.PENDING.value, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    lease_until: datetime | None = None
    claimed_by: str = Field(default="", max_length=64)
    last_error: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    sent_at: datetime | None = None


class MailJob(SQLModel, table=True):
    """Work for the mail worker that fans out to many recipients (e.g. a new comment in a watched thread)."""

    __tablename__ = "mail_jobs"
    __table_args__ = (sa.Index("ix_mail_jobs_due", "status", "next_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    payload: str = Field(default="{}", sa_type=sa.Text)  # JSON
    status: str = Field(default=OutboxStatus.PENDING.value, max_length=16)
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow)
    lease_until: datetime | None = None
    last_error: str = Field(default="", max_length=500)
    created_at: datetime = Field(default_factory=utcnow)


class DigestItem(SQLModel, table=True):
    """A line waiting for a member's daily digest (a notification they asked to receive once a day)."""

    __tablename__ = "mail_digest_items"
    __table_args__ = (sa.Index("ix_mail_digest_items_user", "user_id", "digested_at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    kind: str = Field(max_length=32)
    line: str = Field(max_length=500)
    url: str = Field(max_length=500)
    created_at: datetime = Field(default_factory=utcnow)
    digested_at: datetime | None = None


class MailPreference(SQLModel, table=True):
    """A member's choice for one :class:`MailKind`; absent rows mean the kind's default."""

    __tablename__ = "mail_preferences"
    __table_args__ = (sa.UniqueConstraint("user_id", "kind", name="uq_mail_preference_kind"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    kind: str = Field(max_length=32)
    mode: str = Field(max_length=16)
    hours: int = 0  # queue_wait: how long the oldest item must have waited
    last_sent_at: datetime | None = None  # queue_wait: when this moderator was last told


class AccountToken(SQLModel, table=True):
    """A single-use, expiring token mailed to a member (password reset, address verification or change)."""

    __tablename__ = "account_tokens"
    __table_args__ = (sa.Index("ix_account_tokens_user_purpose", "user_id", "purpose", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id")
    purpose: str = Field(max_length=16)
    token_hash: str = Field(max_length=64, sa_column_kwargs={"unique": True})
    email: str = Field(max_length=254)  # the address it was sent to (the new one, for a change)
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None


class ResetRequest(SQLModel, table=True):
    """One "forgot password" request, known address or not: what the per-address and per-client limits count."""

    __tablename__ = "reset_requests"
    __table_args__ = (
        sa.Index("ix_reset_requests_key_time", "account_key", "created_at"),
        sa.Index("ix_reset_requests_ip_time", "client_ip", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_key: str = Field(max_length=64)  # SHA-256 of the address as typed, lower-cased
    client_ip: str = Field(default="", max_length=64)
    created_at: datetime = Field(default_factory=utcnow)
