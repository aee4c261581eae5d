"""Local accounts: registration with validation, and password sign-in with rate limiting.

Precondition for every function: called on a worker thread (``run_db`` / ``asyncio.to_thread``), never on
the event loop — registration and sign-in hash with argon2 (~0.1 s, on purpose).

Sign-in invariants:
- An unknown account and a wrong password get the same message, and cost the same argon2 verification
  (``verify_password`` checks a dummy hash when there is no account).
- Rate limits count *failed* attempts in a sliding window, recorded in ``SignInAttempt``. An account is
  identified by the key as typed plus its handle and email (alternating between them gains nothing), and
  failures before the account's last successful sign-in do not count. There is **no account lock** that
  strangers can trigger (issue 10: five wrong passwords from anywhere used to lock out even admins):
  1. per account *and* address: 5 failures in 15 minutes stop that address guessing that account;
  2. per address: 20 failures in 15 minutes stop that address guessing any account;
  3. per account, from everywhere (a distributed guess): past 20 failures in 15 minutes, an *unfamiliar*
     address must wait 30 seconds after the account's latest failure: a short delay, never a lock. An
     address the account signed in from successfully in the last 90 days is familiar and exempt, so the
     owner at their usual desk is never slowed down by what happens elsewhere.
  A limited attempt is refused before any hashing, is not recorded (so waiting really does lift the
  limit) and says when to try again.
- ``authenticate`` returns an outcome instead of raising, so the failed attempt it records is committed.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import SignInAttempt, User, utcnow
from forum.policy import AuthorContext
from forum.policy.permissions import ACCOUNT_ROLES, MEMBER
from forum.services.errors import InvalidInput
from forum.services.field_review import check_display_name
from forum.services.impersonation import check_not_impersonating
from forum.services.password_strength import check_password_strength
from forum.services.passwords import hash_password, needs_rehash, verify_password
from forum.services.sessions import is_suspended
from forum.services.text_safety import find_unstorable
from forum.services.timefmt import as_utc

HANDLE_PATTERN = re.compile(r"^[a-z0-9_]{3,20}$")
EMAIL_PATTERN = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(\.[^@\s.]+)+$")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # bounds the hashing work an attacker can ask for; far above any real passphrase
MAX_DISPLAY_NAME = 80
RESERVED_HANDLES = frozenset({
    "admin", "administrator", "moderator", "moderators", "mod", "staff", "support", "system", "root",
    "frontline", "auth", "signin", "register", "settings", "welcome", "anonymous", "visitor", "null", "none",
})
BAD_CREDENTIALS = "That handle or email and password do not match an account."


@dataclass(frozen=True)
class RateLimits:
    window: timedelta = timedelta(minutes=15)
    per_account_address: int = 5  # failures for one account from one address
    per_address: int = 20  # failures from one address, whichever accounts
    per_account: int = 20  # failures for one account from everywhere, before unfamiliar addresses wait
    account_delay: timedelta = timedelta(seconds=30)
    familiar_for: timedelta = timedelta(days=90)


DEFAULT_LIMITS = RateLimits()


@dataclass(frozen=True)
class AccountView:
    """An account as the rest of the app sees it (no hashes)."""

    user_id: int
    handle: str
    display_name: str
    role: str
    email: str | None


@dataclass(frozen=True)
class SignInOutcome:
    """The result of a password sign-in: ``account`` when it succeeded, else ``error`` to show."""

    account: AccountView | None = None
    error: str = ""
    kind: str = ""  # "" on success; "invalid", "rate_limited" or "suspended"

    @property
    def ok(self) -> bool:
        return self.account is not None


def view_of(user: User) -> AccountView:
    assert user.id is not None
    return AccountView(user_id=user.id, handle=user.handle, display_name=user.display_name, role=user.role,
                       email=user.email)


# --- validation -------------------------------------------------------------------------------------------

def normalise_handle(raw: str) -> str:
    return raw.strip().lower()


def check_handle(handle: str) -> None:
    if not HANDLE_PATTERN.match(handle):
        raise InvalidInput("A handle is 3 to 20 characters: lower-case letters, digits and underscores.")
    if handle in RESERVED_HANDLES:
        raise InvalidInput("That handle is reserved; please choose another.")


def clean_display_name(raw: str) -> str:
    """The display name with runs of whitespace collapsed; InvalidInput when empty, too long or odd."""
    name = " ".join(raw.split())
    if not name:
        raise InvalidInput("Please enter the name to show next to your comments.")
    if len(name) > MAX_DISPLAY_NAME:
        raise InvalidInput(f"A display name is at most {MAX_DISPLAY_NAME} characters.")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") and ch != "\u200d" for ch in name):
        raise InvalidInput("The display name contains invisible or control characters.")
    return name


def clean_email(raw: str) -> str:
    email = raw.strip().lower()
    if len(email) > 254 or not EMAIL_PATTERN.match(email):
        raise InvalidInput("Please enter a valid email address.")
    return email


def check_password(password: str, *, handle: str = "", email: str = "", extra_inputs: tuple[str, ...] = ()) -> None:
    """InvalidInput when the password is too short, too long, the person's own handle or email, or guessable."""
    if len(password) < MIN_PASSWORD:
        raise InvalidInput(f"A password needs at least {MIN_PASSWORD} characters.")
    if len(password) > MAX_PASSWORD:
        raise InvalidInput(f"A password is at most {MAX_PASSWORD} characters.")
    if password.strip().lower() in {handle, email} - {""}:
        raise InvalidInput("Your password must not be your handle or email.")
    check_password_strength(password, user_inputs=[handle, email, *extra_inputs])


def handle_taken(session: Session, handle: str) -> bool:
    return session.exec(select(User.id).where(sa.func.lower(User.handle) == handle.lower())).first() is not None


def email_taken(session: Session, email: str) -> bool:
    return session.exec(select(User.id).where(sa.func.lower(User.email) == email.lower())).first() is not None


# --- registration -----------------------------------------------------------------------------------------

def register(session: Session, *, handle: str, display_name: str, email: str, password: str,
             role: str = MEMBER) -> AccountView:
    """Create a local account; InvalidInput (nothing written) when any field is unacceptable or the handle taken.

    The display name goes through the policy (:func:`~forum.services.field_review.check_display_name`): one
    with a web address, an advert or contact details is refused with the reason in words.

    An email another account already uses is silently not stored (see the comment below).
    """
    handle = normalise_handle(handle)
    check_handle(handle)
    name = clean_display_name(display_name)
    email = clean_email(email)
    check_password(password, handle=handle, email=email, extra_inputs=(name,))
    check_not_impersonating(session, name, role=role)
    check_not_impersonating(session, handle, role=role, what="handle")
    if role not in ACCOUNT_ROLES:
        raise InvalidInput(f"Unknown role {role!r}; choose one of {', '.join(ACCOUNT_ROLES)}.")
    check_display_name(session, name, author=AuthorContext(role=role))
    if handle_taken(session, handle):
        raise InvalidInput("That handle is taken; please choose another.")
    # Registration must not tell anyone whether an email has an account here: when it does, the new account
    # is created all the same (same answer, same argon2 cost) but without the email, which stays with its
    # owner (sign-in by email and OpenID linking keep finding the owner only).
    stored_email = None if email_taken(session, email) else email
    user = User(handle=handle, display_name=name, email=stored_email, password_hash=hash_password(password),
                role=role)
    return view_of(insert_user(session, user))


def insert_user(session: Session, user: User) -> User:
    """Insert ``user``, turning a lost race on the unique handle into InvalidInput."""
    session.add(user)
    try:
        session.flush()
    except sa.exc.IntegrityError as exc:  # the caller's transaction is rolled back as this propagates
        raise InvalidInput("That handle is taken; please choose another.") from exc
    return user


# --- sign-in ----------------------------------------------------------------------------------------------

def _find_user(session: Session, key: str) -> User | None:
    rows = session.exec(
        select(User).where(sa.or_(sa.func.lower(User.handle) == key, sa.func.lower(User.email) == key)).limit(2)
    ).all()
    return next((u for u in rows if u.handle.lower() == key), rows[0] if rows else None)


def _retry_minutes(oldest: datetime, window: timedelta, now: datetime) -> int:
    return max(1, math.ceil((as_utc(oldest) + window - now).total_seconds() / 60))


def _limited(message_minutes: int) -> SignInOutcome:
    unit = "minute" if message_minutes == 1 else "minutes"
    return SignInOutcome(error=f"Too many attempts; try again in {message_minutes} {unit}.", kind="rate_limited")


def _failures(session: Session, since: datetime, *conditions: sa.ColumnElement[bool]
              ) -> tuple[int, datetime | None, datetime | None]:
    """How many failed attempts match since ``since``, the oldest and the newest."""
    count, oldest, newest = session.exec(
        select(sa.func.count(), sa.func.min(SignInAttempt.created_at), sa.func.max(SignInAttempt.created_at))
        .where(SignInAttempt.succeeded.is_(False), SignInAttempt.created_at > since, *conditions)
    ).one()
    return int(count), oldest, newest


def _is_familiar(session: Session, keys: set[str], client_ip: str, now: datetime, limits: RateLimits) -> bool:
    """True when the account signed in successfully from ``client_ip`` recently (the owner's usual address)."""
    return session.exec(
        select(SignInAttempt.id).where(SignInAttempt.account_key.in_(keys), SignInAttempt.client_ip == client_ip,
                                       SignInAttempt.succeeded.is_(True),
                                       SignInAttempt.created_at > now - limits.familiar_for).limit(1)
    ).first() is not None


def check_rate_limits(session: Session, keys: set[str], client_ip: str, now: datetime,
                      limits: RateLimits = DEFAULT_LIMITS) -> SignInOutcome | None:
    """A refusal when this attempt exceeds one of the three limits (module docstring), else None."""
    since = now - limits.window
    last_success = session.exec(
        select(sa.func.max(SignInAttempt.created_at))
        .where(SignInAttempt.account_key.in_(keys), SignInAttempt.succeeded.is_(True))
    ).one()
    account_since = max(since, as_utc(last_success)) if last_success is not None else since
    on_account = SignInAttempt.account_key.in_(keys)
    count, oldest, _ = _failures(session, account_since, on_account, SignInAttempt.client_ip == client_ip)
    if count >= limits.per_account_address and oldest is not None:
        return _limited(_retry_minutes(oldest, limits.window, now))
    count, oldest, _ = _failures(session, since, SignInAttempt.client_ip == client_ip)
    if client_ip and count >= limits.per_address and oldest is not None:
        return _limited(_retry_minutes(oldest, limits.window, now))
    count, _, newest = _failures(session, account_since, on_account)
    if count >= limits.per_account and newest is not None and as_utc(newest) + limits.account_delay > now \
            and not _is_familiar(session, keys, client_ip, now, limits):
        seconds = max(1, math.ceil((as_utc(newest) + limits.account_delay - now).total_seconds()))
        return SignInOutcome(error=f"Too many attempts on this account; try again in {seconds} seconds.",
                             kind="rate_limited")
    return None


def authenticate(session: Session, *, account: str, password: str, client_ip: str = "",
                 now: datetime | None = None, limits: RateLimits = DEFAULT_LIMITS) -> SignInOutcome:
    """Check a handle-or-email and password; record the attempt; rehash the password when due."""
    now = now or utcnow()
    key = account.strip().lower()[:254]
    if not key or not password:
        return SignInOutcome(error="Enter your handle or email and your password.", kind="invalid")
    if find_unstorable(key) is not None:  # no account has one; PostgreSQL would refuse even to look it up
        return SignInOutcome(error=BAD_CREDENTIALS, kind="invalid")
    user = _find_user(session, key)
    keys = {key}
    if user is not None:
        keys |= {user.handle.lower(), *([user.email.lower()] if user.email else [])}
    refusal = check_rate_limits(session, keys, client_ip, now, limits)
    if refusal is not None:
        return refusal
    ok = len(password) <= MAX_PASSWORD and verify_password(user.password_hash if user else None, password)
    session.add(SignInAttempt(account_key=key, client_ip=client_ip[:64], succeeded=ok, created_at=now))
    session.flush()
    if not ok or user is None:
        return SignInOutcome(error=BAD_CREDENTIALS, kind="invalid")
    if is_suspended(user, now):
        assert user.suspended_until is not None
        until = as_utc(user.suspended_until).strftime("%d %B %Y")
        return SignInOutcome(error=f"This account is suspended until {until}.", kind="suspended")
    if user.password_hash and needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
        session.add(user)
        session.flush()
    return SignInOutcome(account=view_of(user))
