"""Account mail: password reset, address verification and address change, with single-use tokens.

Tokens are ``secrets.token_urlsafe(32)``; only their SHA-256 is stored (``AccountToken.token_hash``), so a
copy of the database cannot reset anyone's password. A token works once, until its expiry, and only for
its purpose; using one marks every other outstanding token of that purpose for that account used too.

"Forgot password" never reveals whether an address has an account: the answer is the same, and both paths
do the same work (look the address up, record the request, mint and hash a token, render the message);
only the known path stores them. Requests are limited per address (known or not), per account and per
client address; a limited request is answered the same way too ("if an account exists, we sent a link"),
except that the page says to wait, which every address gets alike.

A reset ends every session of the account (the route then signs this browser in afresh).
Precondition: called on a worker thread (``run_db``): resetting hashes a password with argon2.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.mail.compose import render_body
from forum.mail.links import absolute
from forum.models import AccountToken, ResetRequest, TokenPurpose, User, utcnow
from forum.services.accounts import check_password, clean_email, email_taken
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.outbox import enqueue
from forum.services.passwords import hash_password, verify_password
from forum.services.sessions import revoke_all_sessions
from forum.services.timefmt import as_utc
from forum.settings import get_settings

LIFETIMES = {TokenPurpose.RESET: timedelta(hours=1), TokenPurpose.VERIFY: timedelta(days=7),
             TokenPurpose.CHANGE_EMAIL: timedelta(hours=24)}
BAD_LINK = "This link has expired or was already used. Ask for a new one."
LINKS_PER_HOUR = 3  # confirmation links (verification, address change) one account may ask for in an hour


@dataclass(frozen=True)
class ResetLimits:
    window: timedelta = timedelta(hours=1)
    per_address: int = 3  # requests naming one email address (known or not)
    per_account: int = 3  # reset links minted for one account
    per_client: int = 10  # requests from one client address


DEFAULT_RESET_LIMITS = ResetLimits()


def _mint() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, hashlib.sha256(token.encode()).hexdigest()


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_link_limit(session: Session, user_id: int, purpose: TokenPurpose, now: datetime) -> None:
    """InvalidInput when the account asked for ``LINKS_PER_HOUR`` links of ``purpose`` within the hour.

    Without it, a signed-in member could make us mail any address again and again ("resend", "change").
    """
    recent = session.exec(select(sa.func.count()).select_from(AccountToken)
                          .where(AccountToken.user_id == user_id, AccountToken.purpose == purpose.value,
                                 AccountToken.created_at > now - timedelta(hours=1))).one()
    if recent >= LINKS_PER_HOUR:
        raise InvalidInput("We have sent several links in the last hour; please try again later.")


def _issue(session: Session, user: User, purpose: TokenPurpose, email: str, now: datetime) -> str:
    token, digest = _mint()
    assert user.id is not None
    session.add(AccountToken(user_id=user.id, purpose=purpose.value, token_hash=digest, email=email,
                             created_at=now, expires_at=now + LIFETIMES[purpose]))
    return token


def _account_mail(session: Session, *, to: str, user: User | None, subject: str, intro: str, link: str,
                  label: str, detail: str, kind: str, store: bool) -> None:
    """Render (always) and enqueue (when ``store``) an account message: the unknown path does the same work."""
    settings = get_settings()
    context = {"name": user.display_name if user else "there", "intro": intro, "link": link, "link_label": label,
               "detail": detail}
    if store:
        enqueue(session, kind=kind, to_addr=to, subject=subject, template="notice",
                user_id=user.id if user else None, context=context)
    else:
        render_body("notice", site_name=settings.site_name, site_url=settings.site_url, **context)


# --- password reset ---------------------------------------------------------------------------------------

def request_password_reset(session: Session, *, email: str, client_ip: str = "", now: datetime | None = None,
                           limits: ResetLimits = DEFAULT_RESET_LIMITS) -> bool:
    """Mail a reset link if ``email`` belongs to an account; False when rate-limited (True otherwise).

    The return value does not depend on whether the account exists.
    """
    now = now or utcnow()
    key = _hash(email.strip().lower()[:254])
    since = now - limits.window
    by_address = session.exec(select(sa.func.count()).select_from(ResetRequest)
                              .where(ResetRequest.account_key == key, ResetRequest.created_at > since)).one()
    by_client = session.exec(select(sa.func.count()).select_from(ResetRequest)
                             .where(ResetRequest.client_ip == client_ip, ResetRequest.created_at > since)
                             ).one() if client_ip else 0
    if by_address >= limits.per_address or by_client >= limits.per_client:
        return False
    session.add(ResetRequest(account_key=key, client_ip=client_ip[:64], created_at=now))
    user = session.exec(select(User).where(sa.func.lower(User.email) == email.strip().lower())).first()
    if user is not None:
        minted = session.exec(select(sa.func.count()).select_from(AccountToken)
                              .where(AccountToken.user_id == user.id, AccountToken.purpose == TokenPurpose.RESET.value,
                                     AccountToken.created_at > since)).one()
        if minted >= limits.per_account:
            user = None  # limited per account: silently nothing, exactly like an unknown address
    settings = get_settings()
    if user is not None and user.email:
        token = _issue(session, user, TokenPurpose.RESET, user.email, now)
        address = user.email
    else:
        token, _ = _mint()
        address = email
    link = absolute(settings.site_url, "/auth/reset", token=token)
    _account_mail(session, to=address, user=user, kind="reset", store=user is not None,
                  subject=f"Reset your {settings.site_name} password",
                  intro="Someone (we hope you) asked to reset the password of your account.",
                  link=link, label="Choose a new password",
                  detail="The link works once, for one hour. If you did not ask, ignore this mail: your password "
                         "stays as it is.")
    session.flush()
    return True


def _valid_token(session: Session, token: str, purpose: TokenPurpose, now: datetime) -> AccountToken | None:
    if not token or len(token) > 200:
        return None
    row = session.exec(select(AccountToken).where(AccountToken.token_hash == _hash(token),
                                                  AccountToken.purpose == purpose.value)).first()
    if row is None or row.used_at is not None or as_utc(row.expires_at) <= now:
        return None
    return row


def reset_token_valid(session: Session, *, token: str, now: datetime | None = None) -> bool:
    """Whether ``token`` would be accepted now (the reset page shows its form only then)."""
    return _valid_token(session, token, TokenPurpose.RESET, now or utcnow()) is not None


def _spend(session: Session, row: AccountToken, now: datetime) -> None:
    """Use ``row`` and every other outstanding token of its purpose for that account."""
    session.execute(sa.update(AccountToken)
                    .where(AccountToken.user_id == row.user_id, AccountToken.purpose == row.purpose,
                           AccountToken.used_at.is_(None))
                    .values(used_at=now))


def reset_password(session: Session, *, token: str, password: str, now: datetime | None = None) -> int:
    """Set a new password with a reset token; ends every session. Returns the account id.

    InvalidInput (nothing changes) for a bad password or an unknown, used or expired token.
    """
    now = now or utcnow()
    row = _valid_token(session, token, TokenPurpose.RESET, now)
    user = session.get(User, row.user_id) if row else None
    if row is None or user is None:
        raise InvalidInput(BAD_LINK)
    check_password(password, handle=user.handle, email=user.email or "")
    user.password_hash = hash_password(password)
    if user.email and user.email.lower() == row.email.lower():
        user.email_verified = True  # they read mail sent to it
    session.add(user)
    _spend(session, row, now)
    revoke_all_sessions(session, user.id)
    session.flush()
    assert user.id is not None
    return user.id


# --- verification -----------------------------------------------------------------------------------------

def send_verification(session: Session, *, user_id: int, now: datetime | None = None) -> None:
    """Mail a link that verifies the account's current address (nothing when already verified)."""
    user = session.get(User, user_id)
    if user is None or not user.email or user.email_verified:
        return
    now = now or utcnow()
    assert user.id is not None
    _check_link_limit(session, user.id, TokenPurpose.VERIFY, now)
    settings = get_settings()
    token = _issue(session, user, TokenPurpose.VERIFY, user.email, now)
    _account_mail(session, to=user.email, user=user, kind="verify", store=True,
                  subject=f"Confirm your address for {settings.site_name}",
                  intro="Welcome! Please confirm this is your address. Until you do, your comments wait for a "
                        "moderator before they appear.",
                  link=absolute(settings.site_url, "/auth/verify", token=token), label="Confirm my address",
                  detail="The link works for seven days. If you did not join, ignore this mail.")


def verify_email(session: Session, *, token: str, now: datetime | None = None) -> int:
    """Mark the address the token was sent to verified; returns the account id (InvalidInput when it fails)."""
    now = now or utcnow()
    row = _valid_token(session, token, TokenPurpose.VERIFY, now)
    user = session.get(User, row.user_id) if row else None
    if row is None or user is None or (user.email or "").lower() != row.email.lower():
        raise InvalidInput(BAD_LINK)
    user.email_verified = True
    session.add(user)
    _spend(session, row, now)
    session.flush()
    assert user.id is not None
    return user.id


# --- changing the address ---------------------------------------------------------------------------------

def request_email_change(session: Session, *, user_id: int, new_email: str, password: str,
                         now: datetime | None = None) -> None:
    """Mail a confirmation link to ``new_email``; the address changes only when it is followed.

    Local accounts confirm with their password. InvalidInput when the address is invalid, the same as now,
    or taken, or when the account asked for too many links this hour.
    """
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("That account does not exist.")
    if user.password_hash and not verify_password(user.password_hash, password):
        raise PermissionDenied("That password is not right.")
    email = clean_email(new_email)
    if user.email and email == user.email.lower():
        raise InvalidInput("That is already your address.")
    if email_taken(session, email):
        raise InvalidInput("Another account uses that address.")
    now = now or utcnow()
    assert user.id is not None
    _check_link_limit(session, user.id, TokenPurpose.CHANGE_EMAIL, now)
    settings = get_settings()
    token = _issue(session, user, TokenPurpose.CHANGE_EMAIL, email, now)
    _account_mail(session, to=email, user=user, kind="change_email", store=True,
                  subject=f"Confirm your new address for {settings.site_name}",
                  intro=f"Please confirm you want to use this address for your account @{user.handle}.",
                  link=absolute(settings.site_url, "/auth/email/confirm", token=token), label="Use this address",
                  detail="The link works for 24 hours. Until you follow it, your old address stays in use.")
    session.flush()


def confirm_email_change(session: Session, *, token: str, now: datetime | None = None) -> int:
    """Switch to the confirmed new address (verified) and tell the old one; returns the account id."""
    now = now or utcnow()
    row = _valid_token(session, token, TokenPurpose.CHANGE_EMAIL, now)
    user = session.get(User, row.user_id) if row else None
    if row is None or user is None:
        raise InvalidInput(BAD_LINK)
    if email_taken(session, row.email):
        raise InvalidInput("Another account started using that address meanwhile.")
    old = user.email
    user.email, user.email_verified = row.email, True
    session.add(user)
    _spend(session, row, now)
    settings = get_settings()
    if old:
        _account_mail(session, to=old, user=user, kind="email_changed", store=True,
                      subject=f"Your {settings.site_name} address was changed",
                      intro=f"The address of your account @{user.handle} is now {_masked(row.email)}. Mail "
                            "from us goes there from now on.",
                      link=absolute(settings.site_url, "/auth/forgot"), label="Not you? Reset your password",
                      detail="If you did not make this change, reset your password and tell a moderator.")
    session.flush()
    assert user.id is not None
    return user.id


def _masked(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:2]}…@{domain}"
