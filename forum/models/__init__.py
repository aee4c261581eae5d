"""SQLModel tables, one module per aggregate. Importing this package registers every table on
``SQLModel.metadata`` (what Alembic and ``reflex db`` compare against)."""

from forum.models._base import utcnow
from forum.models.abuse import Registration
from forum.models.board import Board
from forum.models.comment import (
    Comment,
    CommentRevision,
    CommentStatus,
    Draft,
    path_segment,
)
from forum.models.mail import (
    AccountToken,
    DeliveryMode,
    DigestItem,
    MailJob,
    MailKind,
    MailPreference,
    OutboxMessage,
    OutboxStatus,
    ResetRequest,
    ThreadWatch,
    TokenPurpose,
)
from forum.models.moderation import Flag, LinkRule, ModAction, PolicyVersion, ReviewItem, ReviewState
from forum.models.notification import Notification
from forum.models.thread import Tag, Thread, ThreadTag
from forum.models.user import ExternalIdentity, Role, SignInAttempt, SignInSession, User

__all__ = [
    "AccountToken",
    "Board",
    "Comment",
    "CommentRevision",
    "CommentStatus",
    "DeliveryMode",
    "DigestItem",
    "Draft",
    "ExternalIdentity",
    "Flag",
    "LinkRule",
    "MailJob",
    "MailKind",
    "MailPreference",
    "ModAction",
    "Notification",
    "OutboxMessage",
    "OutboxStatus",
    "PolicyVersion",
    "Registration",
    "ResetRequest",
    "ReviewItem",
    "ReviewState",
    "Role",
    "SignInAttempt",
    "SignInSession",
    "Tag",
    "Thread",
    "ThreadTag",
    "ThreadWatch",
    "TokenPurpose",
    "User",
    "path_segment",
    "utcnow",
]
