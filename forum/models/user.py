"""People: accounts, their external identities, sign-in sessions and sign-in attempts."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow
from forum.models.vocab import EnumText, Role


class User(SQLModel, table=True):
    """A member of the community.

    ``password_hash`` is empty for people who only sign in through an OpenID Connect provider. The counters
    are kept up to date by the services and feed the trust rules (a new member's first comments are held)
    and the moderator's view of an author's record.
    """

    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    handle: str = Field(max_length=32, sa_column_kwargs={"unique": True}, index=True)
    display_name: str = Field(max_length=80)
    email: str | None = Field(default=None, max_length=254, index=True)
    email_verified: bool = False
    password_hash: str | None = Field(default=None, max_length=255)
    role: Role = Field(default=Role.MEMBER, sa_type=EnumText(Role, 16))
    bio: str = Field(default="", sa_type=sa.Text)
    bio_html: str = Field(default="", sa_type=sa.Text)
    avatar_url: str | None = Field(default=None, max_length=500)
    # When the name or picture shown beside this member's posts last changed (None: never since joining).
    # Cached public pages name the newest of these in their key (``forum.services.page_versions``).
    profile_changed_at: datetime | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    suspended_until: datetime | None = None
    comment_count: int = 0  # published comments
    approved_count: int = 0  # comments published, directly or by a moderator (trust)
    rejected_count: int = 0  # comments a moderator rejected
    reported_count: int = 0  # reports others filed against this member's comments
    thread_count: int = 0


class ExternalIdentity(SQLModel, table=True):
    """A sign-in identity at an OpenID Connect provider, linked to one account."""

    __tablename__ = "external_identities"
    __table_args__ = (sa.UniqueConstraint("provider", "subject", name="uq_external_identity_subject"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    provider: str = Field(max_length=64)
    subject: str = Field(max_length=255)
    email: str | None = Field(default=None, max_length=254)
    created_at: datetime = Field(default_factory=utcnow)
    last_used_at: datetime = Field(default_factory=utcnow)


class SignInSession(SQLModel, table=True):
    """A signed-in browser. Only the SHA-256 of the cookie's token is stored."""

    __tablename__ = "sign_in_sessions"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    token_hash: str = Field(max_length=64, sa_column_kwargs={"unique": True}, index=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime = Field(index=True)
    user_agent: str = Field(default="", max_length=300)
    client_ip: str = Field(default="", max_length=64)


class SignInAttempt(SQLModel, table=True):
    """One password sign-in attempt, kept for rate limiting per account and per client address."""

    __tablename__ = "sign_in_attempts"
    __table_args__ = (
        sa.Index("ix_sign_in_attempts_account_time", "account_key", "created_at"),
        sa.Index("ix_sign_in_attempts_ip_time", "client_ip", "created_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    account_key: str = Field(max_length=254)  # the handle or email as typed, lower-cased
    client_ip: str = Field(default="", max_length=64)
    succeeded: bool = False
    created_at: datetime = Field(default_factory=utcnow)
