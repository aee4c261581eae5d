"""Who is acting: load the signed-in person for a use case and check their role, on the server.

Every mutating service starts with one of these. The id comes from the session cookie the state layer
resolved; nothing the browser says about a role is trusted. A suspended account may not act at all (not
even moderate) until the suspension ends; the message says until when.
"""

from __future__ import annotations

from sqlmodel import Session

from forum.models import User
from forum.policy import AuthorContext
from forum.policy.permissions import can_administer, can_moderate, can_post
from forum.services.errors import NotFound, PermissionDenied
from forum.services.sessions import is_suspended
from forum.services.timefmt import as_utc

__all__ = ["author_context", "is_staff", "is_suspended", "load_actor", "require_admin", "require_moderator",
           "require_poster"]


def load_actor(session: Session, actor_id: int | None) -> User:
    """The account acting now; PermissionDenied for nobody signed in or a suspended account."""
    if actor_id is None:
        raise PermissionDenied("Please sign in first.")
    if not isinstance(actor_id, int) or isinstance(actor_id, bool) or actor_id <= 0:
        raise NotFound("That account does not exist.")
    user = session.get(User, actor_id)
    if user is None:
        raise NotFound("That account does not exist.")
    if is_suspended(user):
        until = as_utc(user.suspended_until)
        raise PermissionDenied(f"Your account is suspended until {until.day} {until:%B %Y, %H:%M} UTC.")
    return user


def require_poster(session: Session, actor_id: int | None) -> User:
    """An account allowed to write (start threads, comment, report, keep drafts)."""
    user = load_actor(session, actor_id)
    if not can_post(user.role, False):
        raise PermissionDenied("Only members can post. Please sign in with a member account.")
    return user


def require_moderator(session: Session, actor_id: int | None) -> User:
    """An account allowed to moderate (moderators and admins)."""
    user = load_actor(session, actor_id)
    if not can_moderate(user.role):
        raise PermissionDenied("Only moderators can do that.")
    return user


def require_admin(session: Session, actor_id: int | None) -> User:
    """An account allowed to change the site's settings (admins)."""
    user = load_actor(session, actor_id)
    if not can_administer(user.role):
        raise PermissionDenied("Only admins can do that.")
    return user


def author_context(user: User) -> AuthorContext:
    """What the policy engine may know about ``user`` for its account rules (trust, staff)."""
    return AuthorContext(role=user.role, approved_comments=user.approved_count,
                         # local accounts confirm their address; one from an OpenID provider came with it
                         email_verified=user.email_verified or not user.password_hash)


def is_staff(user: User) -> bool:
    """Moderators and admins."""
    return can_moderate(user.role)
