"""The transactional outbox: enqueue mail in the caller's transaction; claim, complete or retry it.

Enqueueing only adds rows to the caller's session: the mail exists exactly when the caller's transaction
commits (a rolled-back comment sends nothing; a committed one cannot lose its mail). Messages are rendered
at enqueue time and get their ``Message-ID`` then, so every attempt sends the same bytes under the same id.

Claiming (``claim_due``) is a conditional ``UPDATE`` per candidate row — ``WHERE id = :id AND`` the row is
still due — which only one worker can win, on SQLite and PostgreSQL alike; on PostgreSQL candidates are
also read ``FOR UPDATE SKIP LOCKED`` so concurrent workers do not even contend. A claim is a lease: a worker
that dies mid-send leaves the row ``sending`` until ``lease_until``, then any worker may claim it again.

Delivery guarantee: at-least-once at the SMTP boundary, exactly-once everywhere else. The only window for
a duplicate is between the SMTP server's final ``250 OK`` and the commit that marks the row sent (a crash
exactly there); the copy sent after the lease expires carries the same Message-ID, which mail clients and
large providers use to collapse duplicates. The ``.eml`` transport is idempotent (one file per Message-ID).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.mail.compose import render_body
from forum.mail.links import absolute, site_host, unsubscribe_token
from forum.models import MailJob, OutboxMessage, OutboxStatus, utcnow
from forum.settings import Settings, get_settings

LEASE = timedelta(minutes=5)
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=6)
MAX_ATTEMPTS = 10  # 30 s, 1 min, 2 min … 6 h: about a day and a half before giving up
# Mail carrying a secret link: once delivered, its bodies are blanked, so the database never keeps the token.
SECRET_KINDS = frozenset({"reset", "verify", "change_email"})


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed attempt (exponential, capped)."""
    return min(BACKOFF_CAP, BACKOFF_BASE * (2 ** max(0, attempts - 1)))


def new_message_id(settings: Settings) -> str:
    return f"<{uuid.uuid4().hex}@{site_host(settings.site_url)}>"


def thread_reference(settings: Settings, thread_id: int) -> str:
    """The Message-ID every mail about a forum thread answers, so a mail client groups them."""
    return f"<thread-{thread_id}@{site_host(settings.site_url)}>"


def enqueue(session: Session, *, kind: str, to_addr: str, subject: str, template: str,
            context: dict[str, Any], user_id: int | None = None, thread_id: int | None = None,
            unsubscribe_kind: str | None = None, settings: Settings | None = None) -> OutboxMessage:
    """Render ``template`` and add one message to the caller's transaction.

    ``thread_id`` threads it under that forum thread; ``unsubscribe_kind`` (with ``user_id``) adds the
    one-click ``List-Unsubscribe`` headers (RFC 8058) and an unsubscribe link in both parts.
    """
    settings = settings or get_settings()
    headers: dict[str, str] = {}
    unsubscribe_url = ""
    if unsubscribe_kind and user_id is not None:
        unsubscribe_url = absolute(settings.site_url, "/mail/unsubscribe",
                                   t=unsubscribe_token(settings.secret_key, user_id, unsubscribe_kind))
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if thread_id is not None:
        ref = thread_reference(settings, thread_id)
        headers["In-Reply-To"] = ref
        headers["References"] = ref
    body = render_body(template, site_name=settings.site_name, site_url=settings.site_url,
                       unsubscribe_url=unsubscribe_url, **context)
    row = OutboxMessage(kind=kind, user_id=user_id, to_addr=to_addr, subject=subject[:300],
                        message_id=new_message_id(settings), headers=json.dumps(headers), text_body=body.text,
                        html_body=body.html)
    session.add(row)
    return row


def enqueue_job(session: Session, kind: str, payload: dict[str, Any]) -> MailJob:
    """Add fan-out work for the worker to the caller's transaction (one row, whatever the audience)."""
    job = MailJob(kind=kind, payload=json.dumps(payload))
    session.add(job)
    return job


def _due(model: type[OutboxMessage] | type[MailJob], now: datetime) -> sa.ColumnElement[bool]:
    return sa.or_(
        sa.and_(model.status == OutboxStatus.PENDING.value, model.next_attempt_at <= now),
        sa.and_(model.status == OutboxStatus.SENDING.value, model.lease_until < now),
    )


def _claim(session: Session, model: type[OutboxMessage] | type[MailJob], now: datetime, limit: int,
           values: dict[str, Any]) -> list[int]:
    query = select(model.id).where(_due(model, now)).order_by(model.next_attempt_at, model.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claimed = []
    for row_id in session.exec(query).all():
        result = session.execute(sa.update(model).where(model.id == row_id, _due(model, now))
                                 .values(status=OutboxStatus.SENDING.value, lease_until=now + LEASE,
                                         attempts=model.attempts + 1, **values))
        if result.rowcount == 1:
            claimed.append(row_id)
    return claimed


def claim_due(session: Session, *, worker: str, now: datetime | None = None, limit: int = 50
              ) -> list[OutboxMessage]:
    """Claim up to ``limit`` due messages for ``worker``; commit before sending them."""
    now = now or utcnow()
    ids = _claim(session, OutboxMessage, now, limit, {"claimed_by": worker[:64]})
    if not ids:
        return []
    return list(session.exec(select(OutboxMessage).where(OutboxMessage.id.in_(ids)).order_by(OutboxMessage.id)))


def claim_jobs(session: Session, *, now: datetime | None = None, limit: int = 10) -> list[MailJob]:
    now = now or utcnow()
    ids = _claim(session, MailJob, now, limit, {})
    return list(session.exec(select(MailJob).where(MailJob.id.in_(ids)).order_by(MailJob.id))) if ids else []


def mark_sent(session: Session, message_id: int, worker: str, now: datetime | None = None) -> bool:
    """Record a delivery; False when this worker no longer held the claim (nothing changes then)."""
    result = session.execute(
        sa.update(OutboxMessage)
        .where(OutboxMessage.id == message_id, OutboxMessage.claimed_by == worker[:64],
               OutboxMessage.status == OutboxStatus.SENDING.value)
        .values(status=OutboxStatus.SENT.value, sent_at=now or utcnow(), lease_until=None, last_error="",
                text_body=sa.case((OutboxMessage.kind.in_(SECRET_KINDS), ""), else_=OutboxMessage.text_body),
                html_body=sa.case((OutboxMessage.kind.in_(SECRET_KINDS), ""), else_=OutboxMessage.html_body))
    )
    return result.rowcount == 1


def mark_failed(session: Session, message_id: int, worker: str, error: str, *, permanent: bool,
                now: datetime | None = None) -> None:
    """Schedule the next attempt with exponential backoff, or give up (permanent or too many attempts)."""
    now = now or utcnow()
    row = session.get(OutboxMessage, message_id)
    if row is None or row.claimed_by != worker[:64] or row.status != OutboxStatus.SENDING.value:
        return
    give_up = permanent or row.attempts >= MAX_ATTEMPTS
    row.status = OutboxStatus.FAILED.value if give_up else OutboxStatus.PENDING.value
    row.next_attempt_at = now + backoff(row.attempts)
    row.lease_until = None
    row.last_error = error[:500]
    session.add(row)


@dataclass(frozen=True)
class OutboxCounts:
    pending: int
    sending: int
    sent: int
    failed: int


def outbox_counts(session: Session) -> OutboxCounts:
    rows = dict(session.exec(select(OutboxMessage.status, sa.func.count()).group_by(OutboxMessage.status)).all())
    return OutboxCounts(**{s.value: int(rows.get(s.value, 0)) for s in OutboxStatus})
