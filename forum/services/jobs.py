"""Background jobs: work a request hands to the worker so that it stays short, expanded at most once.

A job is one :class:`~forum.models.MailJob` row written in the transaction of the change it is about (so it
exists exactly when the change does) and claimed by the worker (``forum.mail.worker``), which expands it in a
transaction of its own. Kinds:

- ``thread_comment`` (``forum.services.mail_notify.THREAD_COMMENT_JOB``): a comment was published; everyone
  watching its thread hears of it, in the app and by mail (``forum.services.watch_fanout``). The posting
  request itself only notifies the people the comment is personally about (the one answered, those
  mentioned), so its cost does not grow with a thread's audience.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlmodel import Session

from forum.models import MailJob, OutboxStatus
from forum.services.mail_notify import THREAD_COMMENT_JOB
from forum.services.outbox import claim_jobs
from forum.services.watch_fanout import fan_out_comment

__all__ = ["expand_job", "run_due_jobs"]


def expand_job(session: Session, job_id: int) -> int:
    """Turn a claimed job into notifications, messages and digest lines, and mark it done, in one transaction.

    Returns how many recipients were served. A job no longer ``sending`` (someone else finished it) does
    nothing, so a job is expanded at most once.
    """
    job = session.get(MailJob, job_id)
    if job is None or job.status != OutboxStatus.SENDING.value:
        return 0
    served = 0
    if job.kind == THREAD_COMMENT_JOB:
        payload = json.loads(job.payload)
        served = fan_out_comment(session, payload.get("comment_id"), skip=payload.get("skip", ()))
    job.status = OutboxStatus.SENT.value
    job.lease_until = None
    session.add(job)
    return served


def run_due_jobs(session: Session, now: datetime | None = None) -> int:
    """Claim and expand every due job in the caller's transaction (the command line and tests; the worker
    uses a transaction per job instead). Returns the recipients served."""
    served = 0
    while jobs := claim_jobs(session, now=now):
        served += sum(expand_job(session, job.id) for job in jobs)
    return served
