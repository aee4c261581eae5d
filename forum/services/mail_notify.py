"""Notification mail: replies, moderation decisions, watched threads, digests and queue alerts.

Request-time hooks (called by ``forum.services.notifications`` inside the transaction that creates the
in-app notification) do a constant amount of work: one message or one digest line for one recipient. The
watchers of a thread hear of a new comment through one :class:`~forum.models.MailJob`, expanded by the
worker (``forum.services.jobs``), which calls :func:`mail_watchers`; never in the posting request.

Mail goes only to verified addresses (account mail — reset, verification — is the exception and lives in
``account_mail``), and never to the person who acted.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.mail.links import absolute
from forum.models import (
    Comment,
    DeliveryMode,
    DigestItem,
    MailKind,
    MailPreference,
    Notification,
    NotificationKind,
    ReviewItem,
    ReviewState,
    Thread,
    User,
    utcnow,
)
from forum.policy.permissions import can_moderate
from forum.services.mail_prefs import modes_for
from forum.services.outbox import enqueue
from forum.services.validation import excerpt
from forum.settings import get_settings

DIGEST_AFTER = timedelta(hours=24)
THREAD_COMMENT_JOB = "thread_comment"
# A mention is about me like a reply is, so it follows the member's choice for replies.
_KIND_OF = {NotificationKind.REPLY: MailKind.REPLY, NotificationKind.MENTION: MailKind.REPLY,
            NotificationKind.APPROVED: MailKind.MODERATION,
            NotificationKind.REJECTED: MailKind.MODERATION, NotificationKind.REMOVED: MailKind.MODERATION}


def _mailable(user: User | None) -> bool:
    return user is not None and bool(user.email) and user.email_verified


def _deliver(session: Session, *, user: User, kind: str, mode: str, subject: str, line: str, url: str,
             thread: Thread | None, **context: object) -> None:
    """Send now, add to the digest, or do nothing, as ``mode`` says."""
    if mode == DeliveryMode.IMMEDIATELY:
        assert user.email is not None and user.id is not None
        enqueue(session, kind=kind, to_addr=user.email, subject=subject, template="notice", user_id=user.id,
                thread_id=thread.id if thread else None, unsubscribe_kind=kind,
                context={"name": user.display_name, "intro": line, "link": url, "link_label": "Read it on the forum",
                         "settings_url": absolute(get_settings().site_url, "/settings/mail"),
                         "excerpt": "", "note": "", **context})
    elif mode == DeliveryMode.DAILY:
        session.add(DigestItem(user_id=user.id, kind=kind, line=line[:500], url=url[:500]))


def mail_for_notification(session: Session, note: Notification) -> None:
    """Mail the recipient of an in-app notification, as their preference for its kind says."""
    kind = _KIND_OF.get(note.kind)
    user = session.get(User, note.user_id)
    if kind is None or not _mailable(user):
        return
    assert user is not None and user.id is not None
    mode = modes_for(session, [user.id], kind)[user.id]
    if mode == DeliveryMode.NEVER:
        return
    thread = session.get(Thread, note.thread_id) if note.thread_id else None
    comment = session.get(Comment, note.comment_id) if note.comment_id else None
    site = get_settings().site_url
    url = absolute(site, f"/c/{comment.id}") if comment else absolute(site, f"/t/{thread.slug}") if thread else site
    title = thread.title if thread else "the forum"
    if kind == MailKind.REPLY:
        actor = session.get(User, note.actor_id) if note.actor_id else None
        who = actor.display_name if actor else "Someone"
        subject, line = f"Re: {title}", f"{who} replied in “{title}”."
        if note.kind == NotificationKind.MENTION:
            line = f"{who} mentioned you in “{title}”."
        extra = {"excerpt": excerpt(comment.source, 300) if comment else ""}
    else:
        what = "Your comment" if comment else "Your thread"
        subject = f"Your post in “{title}”: {note.kind}"
        line = {NotificationKind.APPROVED: f"{what} in “{title}” was approved and is now public.",
                NotificationKind.REJECTED: f"{what} in “{title}” was not approved.",
                NotificationKind.REMOVED: f"{what} in “{title}” was removed by a moderator."}[note.kind]
        extra = {"note": _note_of(note.message), "excerpt": excerpt(comment.source, 300) if comment else ""}
    _deliver(session, user=user, kind=kind, mode=mode, subject=subject, line=line, url=url, thread=thread, **extra)


def _note_of(message: str) -> str:
    """The moderator's note inside ``notify_decision``'s message (after the title, so a title cannot fake it)."""
    tail = message.split("” was ", 1)[-1]
    for marker in (" Moderator's note: ", " Note: "):
        if marker in tail:
            return tail.split(marker, 1)[1]
    return ""


def mail_watchers(session: Session, *, comment: Comment, thread: Thread, user_ids: list[int], who: str) -> int:
    """Mail ``user_ids`` (members watching ``thread``; the caller decided who) of ``comment``, each as their
    preference for watched threads says; only verified addresses. Returns how many were mailed or queued."""
    if not user_ids:
        return 0
    recipients = session.exec(select(User).where(User.id.in_(user_ids), User.email_verified.is_(True),
                                                 User.email.is_not(None)).order_by(User.id)).all()
    modes = modes_for(session, [u.id for u in recipients if u.id is not None], MailKind.WATCHED)
    url = absolute(get_settings().site_url, f"/c/{comment.id}")
    for user in recipients:
        _deliver(session, user=user, kind=MailKind.WATCHED, mode=modes[user.id], subject=f"Re: {thread.title}",
                 line=f"{who} commented in “{thread.title}”.", url=url, thread=thread,
                 excerpt=excerpt(comment.source, 300))
    return len(recipients)


def compose_due_digests(session: Session, now: datetime | None = None) -> int:
    """One digest for every member whose oldest waiting line is a day old; returns how many were composed."""
    now = now or utcnow()
    due = session.exec(
        select(DigestItem.user_id).where(DigestItem.digested_at.is_(None)).group_by(DigestItem.user_id)
        .having(sa.func.min(DigestItem.created_at) <= now - DIGEST_AFTER)
    ).all()
    settings = get_settings()
    for user_id in due:
        items = session.exec(select(DigestItem).where(DigestItem.user_id == user_id,
                                                      DigestItem.digested_at.is_(None)).order_by(DigestItem.id)).all()
        user = session.get(User, user_id)
        if _mailable(user):
            assert user is not None and user.email is not None
            enqueue(session, kind="digest", to_addr=user.email, user_id=user_id,
                    subject=f"Your daily digest from {settings.site_name}", template="digest",
                    unsubscribe_kind=MailKind.WATCHED,
                    context={"name": user.display_name, "items": [{"line": i.line, "url": i.url} for i in items],
                             "settings_url": absolute(settings.site_url, "/settings/mail")})
        for item in items:
            item.digested_at = now
            session.add(item)
    return len(due)


def queue_wait_alerts(session: Session, now: datetime | None = None) -> int:
    """Tell each opted-in moderator when the oldest open review item has waited their chosen hours."""
    now = now or utcnow()
    oldest = session.exec(select(sa.func.min(ReviewItem.created_at))
                          .where(ReviewItem.state == ReviewState.OPEN.value)).one()
    if oldest is None:
        return 0
    oldest = oldest if oldest.tzinfo else oldest.replace(tzinfo=now.tzinfo)
    rows = session.exec(select(MailPreference, User).join(User, User.id == MailPreference.user_id)
                        .where(MailPreference.kind == MailKind.QUEUE_WAIT.value,
                               MailPreference.mode != DeliveryMode.NEVER.value)).all()
    sent = 0
    site = get_settings().site_url
    for pref, user in rows:
        waited = now - oldest
        last = pref.last_sent_at.replace(tzinfo=now.tzinfo) if pref.last_sent_at and not pref.last_sent_at.tzinfo \
            else pref.last_sent_at
        window = timedelta(hours=pref.hours or 4)
        if not can_moderate(user.role) or not _mailable(user) or waited < window or (last and now - last < window):
            continue
        count = session.exec(select(sa.func.count()).select_from(ReviewItem)
                             .where(ReviewItem.state == ReviewState.OPEN.value)).one()
        hours = int(waited.total_seconds() // 3600)
        _deliver(session, user=user, kind=MailKind.QUEUE_WAIT, mode=DeliveryMode.IMMEDIATELY,
                 subject=f"The review queue has waited {hours} hours", thread=None,
                 line=f"{count} item(s) wait in the review queue; the oldest has waited {hours} hours.",
                 url=absolute(site, "/mod/queue"))
        pref.last_sent_at = now
        session.add(pref)
        sent += 1
    return sent
