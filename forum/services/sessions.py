"""Sign-in sessions: the opaque token in the browser's cookie, and its row on the server.

Invariants:
- The token (``secrets.token_urlsafe(32)``, 256 bits) exists only in the browser's HttpOnly cookie; the
  database keeps its SHA-256 hex digest, so a leaked database cannot be replayed as cookies.
- A session is valid while ``expires_at`` is in the future and its person is not suspended. An expired
  row is deleted when it is next presented.
- Sliding renewal: resolving a session whose last renewal (``last_seen_at``) is more than a day old
  pushes ``expires_at`` to a full lifetime from now, so people who keep coming back stay signed in while
  a stolen-and-idle token still dies; renewing at most daily keeps page loads free of writes. The result
  says ``renewed`` so the page can ask ``POST /auth/refresh`` to give the browser's cookie a fresh Max-Age.
- Absolute lifetime: however it is used, a session ends ``absolute`` (default 90 days,
  ``FRONTLINE_SESSION_MAX_DAYS``) after it was created; a renewal never pushes the expiry past that, so a
  stolen token kept busy still dies.
- Suspending a person revokes all their sessions (see ``member_admin``); resolving also refuses a
  suspended person, in case a session was created in a race with the suspension.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.db import keep_loaded
from forum.models import Role, SignInSession, User, utcnow
from forum.services.timefmt import as_utc

RENEW_AFTER = timedelta(days=1)
DEFAULT_LIFETIME = timedelta(days=30)
DEFAULT_ABSOLUTE = timedelta(days=90)
TOKEN_BYTES = 32


@dataclass(frozen=True)
class SessionUser:
    """The person a valid session belongs to: what the app needs to know, nothing secret."""

    user_id: int
    handle: str
    display_name: str
    role: str
    renewed: bool = False  # this resolve pushed the expiry forward: the browser's cookie should follow


def token_hash(token: str) -> str:
    """The SHA-256 hex digest stored for ``token``."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def is_suspended(user: User, now: datetime | None = None) -> bool:
    """True while ``user.suspended_until`` lies in the future."""
    return user.suspended_until is not None and as_utc(user.suspended_until) > (now or utcnow())


def create_session(session: Session, user_id: int, *, lifetime: timedelta = DEFAULT_LIFETIME,
                   user_agent: str = "", client_ip: str = "", now: datetime | None = None) -> str:
    """Open a session for ``user_id`` and return its token (to be put in the cookie, and nowhere else)."""
    now = now or utcnow()
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(SignInSession(user_id=user_id, token_hash=token_hash(token), created_at=now, last_seen_at=now,
                              expires_at=now + lifetime, user_agent=user_agent[:300], client_ip=client_ip[:64]))
    session.flush()
    return token


def resolve_session(session: Session, token: str | None, *, lifetime: timedelta = DEFAULT_LIFETIME,
                    absolute: timedelta = DEFAULT_ABSOLUTE, now: datetime | None = None) -> SessionUser | None:
    """The person signed in with ``token``, or None (no token, unknown, expired or suspended).

    Two statements at most on the common path (one join; one update when a renewal is due).
    """
    if not token or len(token) > 200:
        return None
    now = now or utcnow()
    row = session.exec(
        select(SignInSession, User).join(User, User.id == SignInSession.user_id)
        .where(SignInSession.token_hash == token_hash(token))
    ).first()
    if row is None:
        return None
    sign_in, user = row
    hard_end = as_utc(sign_in.created_at) + absolute
    if as_utc(sign_in.expires_at) <= now or hard_end <= now:
        session.delete(sign_in)
        session.flush()
        return None
    if is_suspended(user, now):
        return None
    renewed = now - as_utc(sign_in.last_seen_at) > RENEW_AFTER
    if renewed:
        sign_in.last_seen_at = now
        sign_in.expires_at = min(now + lifetime, hard_end)
        session.add(sign_in)
        session.flush()
    assert user.id is not None
    keep_loaded(session, user)  # the use case that follows loads its actor by key: no second read
    return SessionUser(user_id=user.id, handle=user.handle, display_name=user.display_name, role=user.role,
                       renewed=renewed)


def revoke_session(session: Session, token: str | None) -> bool:
    """End the session ``token`` belongs to ("sign out"). True when there was one."""
    if not token:
        return False
    result = session.execute(sa.delete(SignInSession).where(SignInSession.token_hash == token_hash(token)))
    return bool(result.rowcount)


def revoke_all_sessions(session: Session, user_id: int) -> int:
    """End every session of ``user_id`` ("sign out everywhere"); returns how many there were."""
    result = session.execute(sa.delete(SignInSession).where(SignInSession.user_id == user_id))
    return int(result.rowcount or 0)


def user_for_token(session: Session, token: str | None, now: datetime | None = None,
                   absolute: timedelta = DEFAULT_ABSOLUTE) -> int | None:
    """The user id behind a still-valid ``token`` without renewing it (for sign-out everywhere)."""
    if not token:
        return None
    row = session.exec(
        select(SignInSession.user_id, SignInSession.expires_at, SignInSession.created_at)
        .where(SignInSession.token_hash == token_hash(token))
    ).first()
    now = now or utcnow()
    if row is None or as_utc(row[1]) <= now or as_utc(row[2]) + absolute <= now:
        return None
    return row[0]


def still_staff(session: Session, tokens: list[str], now: datetime | None = None) -> set[str]:
    """Which of ``tokens`` still belong to a live session of an unsuspended moderator or admin, in one query.

    The live-thread watcher asks this every interval for the sockets of staff tabs, so a demotion, a
    suspension or a sign-out elsewhere takes held comments off those tabs at once.
    """
    if not tokens:
        return set()
    now = now or utcnow()
    by_hash = {token_hash(token): token for token in tokens}
    rows = session.exec(
        select(SignInSession.token_hash, SignInSession.expires_at, User)
        .join(User, User.id == SignInSession.user_id)
        .where(SignInSession.token_hash.in_(list(by_hash)))
    ).all()
    return {by_hash[hashed] for hashed, expires, user in rows
            if as_utc(expires) > now and not is_suspended(user, now) and Role(user.role).is_staff}
