"""The weekly round-up: the week's busiest threads, mailed to members who have not visited for a week.

A member qualifies when their address is confirmed, their account is more than a week old, their newest
session was last used more than a week ago (or they have none), the round-up is not switched off, and they
were not sent one in the last week (``MailPreference.last_sent_at`` of kind ``weekly``). Nothing is sent in
a week without published comments. Signing out deletes a session, so a member who always signs out counts
as absent since their last sign-in's session ended; that only ever sends one round-up a week.
Runs in the worker (``forum.mail.worker``), at most ``limit`` members a pass.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from forum.mail.links import absolute
from forum.models import (
    Comment,
    CommentStatus,
    DeliveryMode,
    MailKind,
    MailPreference,
    SignInSession,
    Thread,
    User,
    utcnow,
)
from forum.services.outbox import enqueue
from forum.settings import get_settings

WEEK = timedelta(days=7)
THREADS = 5


def busiest_threads(session: Session, since: datetime, limit: int = THREADS) -> list[tuple[str, str, int]]:
    """(title, slug, comments published since ``since``) of the busiest threads, busiest first (one query)."""
    count = sa.func.count(Comment.id)
    rows = session.exec(
        select(Thread.title, Thread.slug, count).join(Comment, Comment.thread_id == Thread.id)
        .where(Comment.status == CommentStatus.PUBLISHED.value, Comment.created_at >= since,
               Thread.status == CommentStatus.PUBLISHED.value)
        .group_by(Thread.id, Thread.title, Thread.slug).order_by(count.desc(), Thread.id).limit(limit)
    ).all()
    return [(title, slug, int(n)) for title, slug, n in rows]


def weekly_digests(session: Session, now: datetime | None = None, limit: int = 500) -> int:
    """Enqueue the round-up for up to ``limit`` absent members; returns how many were enqueued."""
    now = now or utcnow()
    since = now - WEEK
    threads = busiest_threads(session, since)
    if not threads:
        return 0
    seen = (select(SignInSession.user_id, sa.func.max(SignInSession.last_seen_at).label("seen"))
            .group_by(SignInSession.user_id).subquery())
    pref = aliased(MailPreference)
    rows = session.exec(
        select(User, pref).outerjoin(seen, seen.c.user_id == User.id)
        .outerjoin(pref, sa.and_(pref.user_id == User.id, pref.kind == MailKind.WEEKLY.value))
        .where(User.email_verified.is_(True), User.email.is_not(None), User.created_at < since,
               sa.or_(seen.c.seen.is_(None), seen.c.seen < since),
               sa.or_(pref.id.is_(None), sa.and_(pref.mode != DeliveryMode.NEVER.value,
                                                 sa.or_(pref.last_sent_at.is_(None), pref.last_sent_at < since))))
        .order_by(User.id).limit(limit)
    ).all()
    settings = get_settings()
    items = [{"line": f"{title} — {n} new comment{'s' if n != 1 else ''}",
              "url": absolute(settings.site_url, f"/t/{slug}")} for title, slug, n in threads]
    for user, stored in rows:
        assert user.id is not None and user.email is not None
        enqueue(session, kind="weekly", to_addr=user.email, user_id=user.id, unsubscribe_kind=MailKind.WEEKLY,
                subject=f"This week on {settings.site_name}", template="digest",
                context={"name": user.display_name, "items": items,
                         "intro": "You have not visited for a while; here is what people talked about this week:",
                         "settings_url": absolute(settings.site_url, "/settings/mail")})
        stored = stored or MailPreference(user_id=user.id, kind=MailKind.WEEKLY.value,
                                          mode=DeliveryMode.IMMEDIATELY.value)
        stored.last_sent_at = now
        session.add(stored)
    return len(rows)
