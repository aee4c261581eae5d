"""Per-member mail preferences: for each :class:`~forum.models.MailKind`, immediately, daily digest or never.

Defaults (no row stored): replies and moderation decisions immediately, new comments in watched threads in
the daily digest, the weekly round-up for absent members on, and nothing about the review queue until a
moderator opts in (after 4 hours by default).
Only moderators and admins may turn the queue alert on; an unsubscribe link may always turn a kind off.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlmodel import Session, select

from forum.models import DeliveryMode, MailKind, MailPreference, User
from forum.policy.permissions import can_moderate
from forum.services.errors import InvalidInput, NotFound

DEFAULTS: dict[str, str] = {
    MailKind.REPLY: DeliveryMode.IMMEDIATELY,
    MailKind.MODERATION: DeliveryMode.IMMEDIATELY,
    MailKind.WATCHED: DeliveryMode.DAILY,
    MailKind.QUEUE_WAIT: DeliveryMode.NEVER,
    MailKind.WEEKLY: DeliveryMode.IMMEDIATELY,  # "send it": a round-up is weekly by nature
}
QUEUE_WAIT_HOURS = 4
LABELS: dict[str, str] = {
    MailKind.REPLY: "Replies to my comments and threads",
    MailKind.MODERATION: "Moderators' decisions on my comments",
    MailKind.WATCHED: "New comments in threads I take part in",
    MailKind.QUEUE_WAIT: "The review queue has waited (moderators)",
    MailKind.WEEKLY: "The week's busiest threads, when I have not visited for a week",
}
# The choices each kind offers (the weekly round-up cannot go into a daily digest).
CHOICES: dict[str, tuple[str, ...]] = {
    kind: ((DeliveryMode.IMMEDIATELY, DeliveryMode.NEVER) if kind == MailKind.WEEKLY else tuple(DeliveryMode))
    for kind in DEFAULTS
}


def preferences(session: Session, user_id: int) -> dict[str, MailPreference]:
    """Every kind's effective preference for ``user_id`` (defaults filled in, not stored)."""
    stored = {p.kind: p for p in session.exec(select(MailPreference).where(MailPreference.user_id == user_id))}
    return {kind: stored.get(kind) or MailPreference(user_id=user_id, kind=kind, mode=mode,
                                                     hours=QUEUE_WAIT_HOURS if kind == MailKind.QUEUE_WAIT else 0)
            for kind, mode in DEFAULTS.items()}


def modes_for(session: Session, user_ids: Iterable[int], kind: str) -> dict[int, str]:
    """``kind``'s mode for each of ``user_ids`` in one query (defaults for those with no row)."""
    ids = list(user_ids)
    if not ids:
        return {}
    stored = dict(session.exec(select(MailPreference.user_id, MailPreference.mode)
                               .where(MailPreference.kind == kind, MailPreference.user_id.in_(ids))).all())
    return {uid: stored.get(uid, DEFAULTS[kind]) for uid in ids}


def set_preference(session: Session, *, user_id: int, kind: str, mode: str, hours: int | None = None) -> None:
    """Store ``user_id``'s choice for ``kind``; InvalidInput for unknown kinds/modes or a member's queue alert."""
    if kind not in DEFAULTS:
        raise InvalidInput("Unknown kind of mail.")
    if mode not in CHOICES[kind]:
        raise InvalidInput("That choice is not available for this kind of mail.")
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("That account does not exist.")
    if kind == MailKind.QUEUE_WAIT and mode != DeliveryMode.NEVER and not can_moderate(user.role):
        raise InvalidInput("Only moderators can be told about the review queue.")
    if hours is not None and not 1 <= hours <= 168:
        raise InvalidInput("Choose between 1 and 168 hours.")
    row = session.exec(select(MailPreference).where(MailPreference.user_id == user_id,
                                                    MailPreference.kind == kind)).first()
    row = row or MailPreference(user_id=user_id, kind=kind, mode=mode,
                                hours=QUEUE_WAIT_HOURS if kind == MailKind.QUEUE_WAIT else 0)
    row.mode = mode
    if hours is not None:
        row.hours = hours
    session.add(row)
    session.flush()
