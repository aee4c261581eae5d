"""The mail worker: expands fan-out jobs, writes digests and queue alerts, and drains the outbox.

One :meth:`MailWorker.run_once` pass:
1. claims due :class:`~forum.models.MailJob` rows and expands each into outbox rows in one transaction that
   also marks the job done (a recipient is enqueued once, however often the worker crashes);
2. (at most once a minute) composes due daily digests, "the queue has waited" alerts and weekly round-ups;
3. claims a batch of due outbox messages (``forum.services.outbox.claim_due``; committed before sending),
   sends them over one connection and records each delivery in its own transaction right after the
   server accepted it. Transient failures reschedule with exponential backoff; 5xx answers give up.

It runs inside the web process by default (:func:`lifespan_task`, registered in ``forum/app.py``; set
``FRONTLINE_MAIL_WORKER=off`` to disable) and as ``python -m forum mail worker`` for a deployment that
runs it separately. Any number of workers may run against one database: claims are exclusive.
Database work runs on a worker thread; the asyncio loop only sleeps.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import time
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Engine

from forum.db import session_scope
from forum.mail.links import site_host
from forum.mail.message import build_message, default_from
from forum.mail.transport import MessageDeferred, PermanentError, TransientError, Transport, transport_for
from forum.models import OutboxMessage, OutboxStatus, utcnow
from forum.services.jobs import expand_job
from forum.services.mail_notify import compose_due_digests, queue_wait_alerts
from forum.services.mail_weekly import weekly_digests
from forum.services.outbox import backoff, claim_due, claim_jobs, mark_failed, mark_sent
from forum.settings import Settings, get_settings

log = logging.getLogger("forum.mail")
PERIODIC_SECONDS = 60.0
JOB_BATCH = 10  # fan-out jobs claimed per pass (each one transaction)


def _worker_name() -> str:
    return f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"


@dataclass
class MailWorker:
    transport: Transport
    mail_from: str
    engine: Engine | None = None
    batch: int = 50
    name: str = field(default_factory=_worker_name)
    _last_periodic: float = float("-inf")
    backlog: bool = False

    @classmethod
    def from_settings(cls, settings: Settings | None = None, engine: Engine | None = None) -> MailWorker:
        settings = settings or get_settings()
        mail_from = settings.mail_from or default_from(settings.site_name, site_host(settings.site_url))
        return cls(transport=transport_for(settings.smtp_url, settings.mail_dir), mail_from=mail_from,
                   engine=engine)

    # --- one pass ---------------------------------------------------------------------------------------

    def run_once(self, now: datetime | None = None, *, periodic: bool | None = None) -> int:
        """One pass; returns how many messages were delivered. ``periodic`` forces (or skips) step 2.
        ``backlog`` is then True when the pass took a full batch of jobs (more may be waiting)."""
        self.backlog = self.expand_jobs(now) >= JOB_BATCH
        if periodic or (periodic is None and time.monotonic() - self._last_periodic >= PERIODIC_SECONDS):
            self._last_periodic = time.monotonic()
            with session_scope(self.engine) as session:
                compose_due_digests(session, now=now)
                queue_wait_alerts(session, now=now)
                weekly_digests(session, now=now)
        return self.deliver(now)

    def expand_jobs(self, now: datetime | None = None) -> int:
        with session_scope(self.engine) as session:
            jobs = claim_jobs(session, now=now, limit=JOB_BATCH)
        for job in jobs:
            try:
                with session_scope(self.engine) as session:
                    expand_job(session, job.id)
            except Exception as exc:  # a bug or a database hiccup: retry the job later, with backoff
                log.exception("mail job %s failed", job.id)
                with session_scope(self.engine) as session:
                    row = session.get(type(job), job.id)
                    if row is not None:
                        row.status = OutboxStatus.PENDING.value
                        row.next_attempt_at = (now or utcnow()) + backoff(row.attempts)
                        row.last_error = str(exc)[:500]
                        session.add(row)
        return len(jobs)

    def deliver(self, now: datetime | None = None) -> int:
        with session_scope(self.engine) as session:
            rows = claim_due(session, worker=self.name, now=now, limit=self.batch)
        if not rows:
            return 0
        delivered = 0
        remaining: list[OutboxMessage] = list(rows)
        try:
            with self.transport.connect() as send:
                while remaining:
                    row = remaining[0]
                    try:
                        send(build_message(row, self.mail_from))
                    except (PermanentError, MessageDeferred) as exc:  # this message only: go on with the rest
                        self._failed(row, str(exc), permanent=isinstance(exc, PermanentError), now=now)
                        remaining.pop(0)
                        continue
                    remaining.pop(0)
                    with session_scope(self.engine) as session:
                        delivered += mark_sent(session, row.id, self.name, now)
        except (TransientError, PermanentError) as exc:  # unreachable, dropped us, or refused our login: later
            log.warning("mail delivery deferred (%s): %s message(s) will be retried", exc, len(remaining))
            for row in remaining:
                self._failed(row, str(exc), permanent=False, now=now)
        return delivered

    def _failed(self, row: OutboxMessage, error: str, *, permanent: bool, now: datetime | None) -> None:
        with session_scope(self.engine) as session:
            mark_failed(session, row.id, self.name, error, permanent=permanent, now=now)

    # --- forever ----------------------------------------------------------------------------------------

    async def run_forever(self, interval: float = 2.0) -> None:
        """Pass after pass until cancelled; a full batch goes again at once, errors are logged and waited out."""
        while True:
            try:
                delivered = await asyncio.to_thread(self.run_once)
            except Exception:
                log.exception("mail worker pass failed")
                delivered = 0
            # a full batch of messages or of jobs: more are waiting, go again at once (a busy forum's jobs
            # would otherwise wait a pass of `interval` for every JOB_BATCH of them)
            await asyncio.sleep(0 if delivered >= self.batch or self.backlog else interval)


def show_mail_log() -> None:
    """Make the worker's log lines (where each ``.eml`` went, deferrals) reach stderr whatever the host
    process configured: the web server configures its own loggers, not ours."""
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s [mail] %(message)s", "%H:%M:%S"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False


async def lifespan_task() -> None:
    """The embedded worker the web app starts (unless ``FRONTLINE_MAIL_WORKER=off``)."""
    settings = get_settings()
    if settings.mail_worker == "off":
        return
    show_mail_log()
    where = settings.smtp_url.split("@")[-1] if settings.smtp_url else str(settings.mail_dir)
    log.warning("mail worker started in the web process; delivering to %s", where)
    await MailWorker.from_settings(settings).run_forever()
