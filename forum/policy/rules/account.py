"""Account rules: ``not_signed_in`` (reject), ``unverified_email`` and ``new_member`` (hold).

They apply only when the caller passes an :class:`~forum.policy.types.AuthorContext`; without one the
engine judges content alone. Members must be signed in (a ``visitor`` is rejected). A member's first
``settings.new_member_review_count`` comments are held until a moderator approves them (trust).
A member whose address is not yet verified has every comment held until they follow the link we mailed.
Moderators and admins are never new members; :func:`forum.policy.review.review_comment` also publishes
their held comments directly (see its docstring).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.permissions import VISITOR
from forum.policy.rule import Rule
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context


def check_signed_in(ctx: Context) -> Reason | None:
    """Reject a comment from someone who is not signed in."""
    if ctx.author is None or ctx.author.role != VISITOR:
        return None
    return NOT_SIGNED_IN.reason("Sign in to post a comment; your draft is kept.", "not signed in")


def check_new_member(ctx: Context) -> Reason | None:
    """Hold a member's comment while fewer than ``new_member_review_count`` have been approved."""
    author, needed = ctx.author, ctx.settings.new_member_review_count
    if author is None or author.is_staff or author.role == VISITOR or author.approved_comments >= needed:
        return None
    return NEW_MEMBER.reason(
        f"Welcome! A moderator reads a new member's first {needed} comments before they appear; after that "
        "your comments publish directly.",
        f"{author.approved_comments} of {needed} comments approved so far",
    )


def check_unverified_email(ctx: Context) -> Reason | None:
    """Hold a member's comment until they confirm their email address (the link mailed at registration)."""
    author = ctx.author
    if author is None or author.is_staff or author.role == VISITOR or author.email_verified:
        return None
    return UNVERIFIED_EMAIL.reason(
        "Please confirm your email address with the link we sent you; until then a moderator reads your "
        "comments before they appear.",
        "email address not confirmed yet",
    )


NOT_SIGNED_IN = Rule(
    "not_signed_in", Decision.REJECT, "Not signed in", "Someone who is not signed in sends a comment.",
    "Sign in; the draft is kept.", check_signed_in, stage="account")
NEW_MEMBER = Rule(
    "new_member", Decision.HOLD, "New member", "A member's first comments, until a set number have been "
    "approved (the trust rule; never for moderators and admins).",
    "Nothing to fix: after the first approved comments, comments publish directly.", check_new_member,
    stage="account")
UNVERIFIED_EMAIL = Rule(
    "unverified_email", Decision.HOLD, "Email not confirmed", "A local account whose email address is not "
    "confirmed yet (the link mailed at registration).",
    "Follow the link in the email we sent you; until then a moderator reads your comments first.",
    check_unverified_email, stage="account")
