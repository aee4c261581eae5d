"""Accounts behind OpenID Connect identities: returning members, new members, and linking.

The claims passed in here come from an ID token Authlib has already verified (signature against the
provider's keys, issuer, audience, expiry, nonce). Invariants:

- An identity is the pair (provider, subject); the email is only a hint and may change at the provider.
- A new identity never attaches itself to an existing account silently. When the provider vouches for an
  email (``email_verified``) that a local account uses, the person is offered to link, which needs that
  account's password (``accounts.authenticate``) before ``link_identity`` runs. Otherwise they create a
  new account with a handle they choose; it keeps the email only if no other account uses it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import ExternalIdentity, Role, User, utcnow
from forum.services.accounts import (
    RESERVED_HANDLES,
    AccountView,
    check_handle,
    clean_display_name,
    email_taken,
    handle_taken,
    insert_user,
    normalise_handle,
    view_of,
)
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.field_review import name_or_fallback
from forum.services.impersonation import check_not_impersonating
from forum.services.sessions import is_suspended


@dataclass(frozen=True)
class ExternalClaims:
    """What we keep from a verified ID token."""

    provider: str
    subject: str
    email: str | None = None
    email_verified: bool = False
    name: str = ""
    preferred_username: str = ""

    @property
    def verified_email(self) -> str | None:
        return self.email.strip().lower() if self.email and self.email_verified else None


@dataclass(frozen=True)
class LinkCandidate:
    """A local account using the provider's verified email: linking needs its password."""

    handle: str
    has_password: bool


def member_for_identity(session: Session, claims: ExternalClaims, now: datetime | None = None) -> AccountView | None:
    """The account already linked to this identity (a returning member), or None for a new identity."""
    now = now or utcnow()
    row = session.exec(
        select(ExternalIdentity, User).join(User, User.id == ExternalIdentity.user_id)
        .where(ExternalIdentity.provider == claims.provider, ExternalIdentity.subject == claims.subject)
    ).first()
    if row is None:
        return None
    identity, user = row
    if is_suspended(user, now):
        raise PermissionDenied("This account is suspended.")
    identity.last_used_at = now
    identity.email = (claims.email or identity.email or "")[:254] or None
    session.add(identity)
    session.flush()
    return view_of(user)


def link_candidate(session: Session, claims: ExternalClaims) -> LinkCandidate | None:
    """The local account that uses the provider's *verified* email, if any."""
    email = claims.verified_email
    if email is None:
        return None
    user = session.exec(select(User).where(sa.func.lower(User.email) == email)).first()
    return LinkCandidate(handle=user.handle, has_password=bool(user.password_hash)) if user else None


def suggest_handle(session: Session, claims: ExternalClaims) -> str:
    """A free handle made from the claims (preferred username, email, then name), for the form to prefill."""
    raw = claims.preferred_username or (claims.email or "").split("@")[0] or claims.name or "member"
    ascii_text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"_+", "_", re.sub(r"[^a-z0-9_]", "_", ascii_text)).strip("_")[:16] or "member"
    if len(base) < 3:
        base = f"{base}_member"[:16]
    taken = set(session.exec(
        select(sa.func.lower(User.handle)).where(sa.func.lower(User.handle).like(f"{base}%"))
    ).all()) | RESERVED_HANDLES
    if base not in taken:
        return base
    return next((f"{base}{n}" for n in range(2, 10_000) if f"{base}{n}" not in taken), base)


def create_member_from_identity(session: Session, claims: ExternalClaims, *, handle: str,
                                display_name: str) -> AccountView:
    """A new member for a new identity, with the handle and name they chose.

    The name goes through the display-name policy but never blocks the sign-in: one the policy refuses (a
    provider's name with a web address in it, say) is replaced by the handle
    (:func:`~forum.services.field_review.name_or_fallback`), which the member can change on their profile.
    """
    handle = normalise_handle(handle)
    check_handle(handle)
    name = name_or_fallback(session, clean_display_name(display_name), handle)
    check_not_impersonating(session, name, role=Role.MEMBER)
    check_not_impersonating(session, handle, role=Role.MEMBER, what="handle")
    if handle_taken(session, handle):
        raise InvalidInput("That handle is taken; please choose another.")
    email = (claims.email or "").strip().lower()[:254] or None
    if email and email_taken(session, email):
        email = None  # the other account keeps it; linking is the way to share it
    user = insert_user(session, User(handle=handle, display_name=name, email=email,
                                     email_verified=bool(email and claims.email_verified)))
    _add_identity(session, user, claims)
    return view_of(user)


def link_identity(session: Session, claims: ExternalClaims, user_id: int) -> AccountView:
    """Attach the identity to ``user_id``; call only after that account proved itself with its password."""
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("That account no longer exists.")
    if claims.verified_email is None or (user.email or "").lower() != claims.verified_email:
        raise PermissionDenied("This account does not use the email your provider confirmed.")
    _add_identity(session, user, claims)
    user.email_verified = True
    session.add(user)
    session.flush()
    return view_of(user)


def _add_identity(session: Session, user: User, claims: ExternalClaims) -> None:
    assert user.id is not None
    session.add(ExternalIdentity(user_id=user.id, provider=claims.provider, subject=claims.subject[:255],
                                 email=(claims.email or "")[:254] or None))
    try:
        session.flush()
    except sa.exc.IntegrityError as exc:
        raise InvalidInput("This sign-in is already linked to an account; please sign in again.") from exc
