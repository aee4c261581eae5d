"""SQLModel tables, one module per aggregate, and the domain's vocabulary (:mod:`forum.models.vocab`).
Importing this package registers every table on ``SQLModel.metadata`` (what Alembic and ``reflex db``
compare against)."""

from forum.models._base import utcnow
from forum.models.abuse import Registration
from forum.models.board import Board
from forum.models.comment import Comment, CommentRevision, Draft, path_segment
from forum.models.community import Bookmark, Reaction, Watch
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
    TokenPurpose,
)
from forum.models.moderation import Flag, LinkRule, ModAction, PolicyVersion, ReviewItem
from forum.models.notification import Notification
from forum.models.thread import Tag, Thread, ThreadTag
from forum.models.user import ExternalIdentity, SignInAttempt, SignInSession, User
from forum.models.visibility import (
    Viewer,
    published_comments,
    published_threads,
    thread_visible_to,
    visible_comments,
)
from forum.models.vocab import (
    ACCOUNT_ROLES,
    AuditAction,
    AuditTarget,
    CommentStatus,
    ContentKind,
    NotificationKind,
    ReactionKind,
    ReviewState,
    ReviewTrigger,
    Role,
    ThreadStatus,
    WatchLevel,
)

__all__ = [
    "ACCOUNT_ROLES",
    "AccountToken",
    "AuditAction",
    "AuditTarget",
    "Board",
    "Bookmark",
    "Comment",
    "CommentRevision",
    "CommentStatus",
    "ContentKind",
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
    "NotificationKind",
    "OutboxMessage",
    "OutboxStatus",
    "PolicyVersion",
    "Reaction",
    "ReactionKind",
    "Registration",
    "ResetRequest",
    "ReviewItem",
    "ReviewState",
    "ReviewTrigger",
    "Role",
    "SignInAttempt",
    "SignInSession",
    "Tag",
    "Thread",
    "ThreadStatus",
    "ThreadTag",
    "TokenPurpose",
    "User",
    "Viewer",
    "Watch",
    "WatchLevel",
    "path_segment",
    "published_comments",
    "published_threads",
    "thread_visible_to",
    "utcnow",
    "visible_comments",
]
