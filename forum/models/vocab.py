"""The domain's vocabulary: one :class:`~enum.StrEnum` per thing a row can be, and the column type storing it.

Invariants:
- The stored values are the enum *values* (lower-case words), exactly as the migrations wrote them, in a
  plain ``VARCHAR``: no database enum type, so adding a member never needs a migration and no data moves.
- Rows read back carry enum members (:class:`EnumText` converts on load), and since every member *is* a
  ``str``, comparisons with stored values and JSON encoding keep working unchanged.
- Nowhere outside this module (and the migrations) is a status, role, review trigger or state, audit action
  or notification kind spelled as a string literal.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

import sqlalchemy as sa


class CommentStatus(StrEnum):
    """Where a comment is in its life (see :mod:`forum.services.lifecycle` for the moves between them)."""

    PUBLISHED = "published"  # visible to everyone
    PENDING = "pending"  # held for a moderator: visible to its author and moderators only
    REJECTED = "rejected"  # a moderator rejected it: visible to its author only, with the note
    REMOVED = "removed"  # deleted by its author or removed by a moderator


class ThreadStatus(StrEnum):
    """Where a thread (its opening post) is in its life; the same words as a comment's."""

    PUBLISHED = "published"
    PENDING = "pending"
    REJECTED = "rejected"
    REMOVED = "removed"


class Role(StrEnum):
    """What a person may do. Visitors have no account: the value is the signed-out state's role."""

    VISITOR = "visitor"
    MEMBER = "member"
    MODERATOR = "moderator"
    ADMIN = "admin"

    @property
    def is_staff(self) -> bool:
        """Moderators and admins."""
        return self in (Role.MODERATOR, Role.ADMIN)


ACCOUNT_ROLES: tuple[Role, ...] = (Role.MEMBER, Role.MODERATOR, Role.ADMIN)


class ReviewTrigger(StrEnum):
    """What sent an item to the review queue."""

    POLICY = "policy"  # the policy verdict held it
    NEW_MEMBER = "new_member"  # only the new-member rule held it
    REPORTS = "reports"  # members' reports hid a published comment


class ReviewState(StrEnum):
    """A review item's decision."""

    OPEN = "open"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"  # the author deleted the comment before a moderator decided


class AuditAction(StrEnum):
    """What a moderator or admin did (the ``mod_actions.action`` column, the moderation log's filter)."""

    APPROVE = "approve"
    REJECT = "reject"
    EDIT_APPROVE = "edit_approve"
    EDIT = "edit"  # a moderator edited someone else's comment
    REMOVE_COMMENT = "remove_comment"
    PIN_DOMAIN = "pin_domain"
    SUSPEND = "suspend"
    SAVE_POLICY = "save_policy"
    TAG_CREATE = "tag_create"
    TAG_RENAME = "tag_rename"
    TAG_MERGE = "tag_merge"


class AuditTarget(StrEnum):
    """What an audited action was done to."""

    COMMENT = "comment"
    THREAD = "thread"
    USER = "user"
    DOMAIN = "domain"
    POLICY = "policy"
    TAG = "tag"


class NotificationKind(StrEnum):
    """Why a member is notified."""

    REPLY = "reply"
    APPROVED = "approved"
    REJECTED = "rejected"
    REMOVED = "removed"
    MENTION = "mention"  # someone named me with @handle in a published comment
    WATCHED = "watched"  # a new comment in a thread (or board) I watch


class ReactionKind(StrEnum):
    """The fixed set of reactions: the sanctioned way to say "good post" without writing one."""

    HELPFUL = "helpful"
    THANKS = "thanks"
    INSIGHTFUL = "insightful"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ContentKind(StrEnum):
    """What a reaction, watch or bookmark points at."""

    THREAD = "thread"
    COMMENT = "comment"
    BOARD = "board"


class WatchLevel(StrEnum):
    """How closely a member follows a thread or board (see :mod:`forum.services.watching`)."""

    WATCHING = "watching"  # every new published comment
    TRACKING = "tracking"  # only replies to me and mentions of me
    MUTED = "muted"  # nothing at all, not even replies to me


class EnumText(sa.types.TypeDecorator[StrEnum]):
    """A ``VARCHAR(length)`` column holding a :class:`StrEnum`'s values and reading back its members."""

    impl = sa.String
    cache_ok = True

    def __init__(self, enum: type[StrEnum], length: int) -> None:
        super().__init__(length)
        self.enum = enum

    def process_bind_param(self, value: Any, dialect: sa.Dialect) -> str | None:
        return None if value is None else self.enum(value).value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> StrEnum | None:
        return None if value is None else self.enum(value)
