"""Moderation: the review queue, reports, the audit log, link rules and the policy settings history."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from forum.models._base import utcnow
from forum.models.vocab import AuditAction, AuditTarget, EnumText, ReviewState, ReviewTrigger


class ReviewItem(SQLModel, table=True):
    """A comment (or a thread's opening post) waiting for, or decided by, a moderator, with the verdict
    that sent it here.

    A comment's item has ``comment_id`` (and usually ``thread_id`` too); a held opening post's item has
    ``thread_id`` only, since the opening post lives on the thread row.

    ``reasons_json`` is the JSON list of the policy verdict's reasons (``Reason.to_dict``) and ``links_json``
    the classified links, so the moderator sees exactly what the author saw. ``trigger`` says what sent it:
    ``policy``, ``new_member`` or ``reports``.
    """

    __tablename__ = "review_items"
    __table_args__ = (sa.Index("ix_review_items_state_time", "state", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    comment_id: int | None = Field(default=None, foreign_key="comments.id", index=True)
    thread_id: int | None = Field(default=None, foreign_key="threads.id", index=True)
    trigger: ReviewTrigger = Field(default=ReviewTrigger.POLICY, sa_type=EnumText(ReviewTrigger, 16))
    rules: str = Field(default="", max_length=400)  # comma-separated rule ids, for filtering the queue
    reasons_json: str = Field(default="[]", sa_type=sa.Text)
    links_json: str = Field(default="[]", sa_type=sa.Text)
    state: ReviewState = Field(default=ReviewState.OPEN, sa_type=EnumText(ReviewState, 16))
    created_at: datetime = Field(default_factory=utcnow)
    decided_by: int | None = Field(default=None, foreign_key="users.id")
    decided_at: datetime | None = None
    note_to_author: str = Field(default="", sa_type=sa.Text)


class Flag(SQLModel, table=True):
    """A member's report of a comment. One per member and comment."""

    __tablename__ = "flags"
    __table_args__ = (sa.UniqueConstraint("comment_id", "reporter_id", name="uq_flags_comment_reporter"),)

    id: int | None = Field(default=None, primary_key=True)
    comment_id: int = Field(foreign_key="comments.id", index=True)
    reporter_id: int = Field(foreign_key="users.id")
    reason: str = Field(max_length=32)  # spam | off_topic | abusive | promotion | other
    detail: str = Field(default="", max_length=1000)
    created_at: datetime = Field(default_factory=utcnow)
    resolved_at: datetime | None = None


class ModAction(SQLModel, table=True):
    """The audit log: every action a moderator or admin takes, with who, what, why and when."""

    __tablename__ = "mod_actions"
    __table_args__ = (sa.Index("ix_mod_actions_time", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int = Field(foreign_key="users.id", index=True)
    action: AuditAction = Field(sa_type=EnumText(AuditAction, 40), index=True)
    target_type: AuditTarget = Field(sa_type=EnumText(AuditTarget, 20))
    target_id: str = Field(default="", max_length=254)
    reason: str = Field(default="", sa_type=sa.Text)
    detail_json: str = Field(default="{}", sa_type=sa.Text)
    created_at: datetime = Field(default_factory=utcnow)


class LinkRule(SQLModel, table=True):
    """A moderator's pin of a domain's kind (trusted publisher, commercial, blocked); overrides heuristics."""

    __tablename__ = "link_rules"

    id: int | None = Field(default=None, primary_key=True)
    domain: str = Field(max_length=254, sa_column_kwargs={"unique": True}, index=True)
    kind: str = Field(max_length=16)  # trusted | commercial | blocked (forum.policy.DomainPin)
    note: str = Field(default="", max_length=500)
    created_by: int | None = Field(default=None, foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow)


class PolicyVersion(SQLModel, table=True):
    """One saved version of the admin-edited policy settings; the newest row is in force."""

    __tablename__ = "policy_versions"

    id: int | None = Field(default=None, primary_key=True)
    settings_json: str = Field(sa_type=sa.Text)
    created_by: int | None = Field(default=None, foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow)
    note: str = Field(default="", max_length=500)
