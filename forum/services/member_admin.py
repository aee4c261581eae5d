"""Managing people: roles and suspensions.

``actor_id`` is the account acting; its *current* role and suspension are read from the database here, so
a role removed a second ago no longer works, whatever the caller's state believed. ``actor_id=None`` is
the operator at the command line, who may do anything.

Invariants: nobody changes their own role or suspends themselves (an admin cannot lock the site out by
mistake); changing a role revokes every session of that person (token rotation on a privilege change: they
sign in again on a fresh token); suspending revokes every session of the suspended person in the same
transaction, so they are signed out everywhere at once and cannot sign in (``accounts.authenticate``) or
post until it ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import User, utcnow
from forum.policy.permissions import ACCOUNT_ROLES, can_administer, can_moderate, can_set_role, can_suspend
from forum.services.accounts import AccountView, view_of
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.sessions import is_suspended, revoke_all_sessions

INDEFINITE = timedelta(days=365 * 100)


def _target(session: Session, handle: str) -> User:
    user = session.exec(select(User).where(sa.func.lower(User.handle) == handle.strip().lower())).first()
    if user is None:
        raise NotFound(f"There is no member called @{handle.strip()}.")
    return user


def _actor(session: Session, actor_id: int | None, target: User, allowed: Callable[[str], bool], refusal: str
           ) -> User | None:
    """The account acting on ``target`` (None: the operator); refused with ``refusal`` unless ``allowed``."""
    if actor_id is None:
        return None
    actor = session.get(User, actor_id)
    if actor is None:
        raise PermissionDenied("Please sign in again.")
    if not allowed(actor.role):
        raise PermissionDenied(refusal)
    if actor.id == target.id:
        raise PermissionDenied("You cannot do that to your own account.")
    return actor


def set_role(session: Session, actor_id: int | None, handle: str, role: str) -> AccountView:
    """Give @handle the role ``role`` (member, moderator or admin). Admins only."""
    if role not in ACCOUNT_ROLES:
        raise InvalidInput(f"Unknown role {role!r}; choose one of {', '.join(ACCOUNT_ROLES)}.")
    target = _target(session, handle)
    actor = _actor(session, actor_id, target, can_administer, "Only an administrator can change roles.")
    if actor is not None and not can_set_role(actor.role, target.role, role, is_suspended(actor)):
        raise PermissionDenied("Only an administrator can change roles.")
    if target.role != role:
        target.role = role
        session.add(target)
        # Privilege change: every session of theirs ends, so the new role starts on a fresh token (a token
        # stolen before a promotion never becomes a moderator's) and a demotion leaves no old tab signed in.
        revoke_all_sessions(session, target.id or 0)
    session.flush()
    return view_of(target)


def suspend(session: Session, actor_id: int | None, handle: str, days: int | None = None,
            now: datetime | None = None) -> datetime:
    """Suspend @handle for ``days`` days (None: until lifted); revoke their sessions. Returns the end."""
    now = now or utcnow()
    if days is not None and days < 1:
        raise InvalidInput("A suspension lasts at least one day.")
    target = _target(session, handle)
    actor = _actor(session, actor_id, target, can_moderate, "Only moderators can suspend members.")
    if actor is not None and not can_suspend(actor.role, target.role, is_suspended(actor, now)):
        raise PermissionDenied("You may not suspend this account.")
    until = now + (timedelta(days=days) if days is not None else INDEFINITE)
    target.suspended_until = until
    session.add(target)
    revoke_all_sessions(session, target.id or 0)
    session.flush()
    return until


def unsuspend(session: Session, actor_id: int | None, handle: str) -> None:
    """Lift @handle's suspension (they sign in again themselves)."""
    target = _target(session, handle)
    actor = _actor(session, actor_id, target, can_moderate, "Only moderators can lift a suspension.")
    if actor is not None and not can_suspend(actor.role, target.role, is_suspended(actor)):
        raise PermissionDenied("You may not lift this suspension.")
    target.suspended_until = None
    session.add(target)
    session.flush()
