"""Moderators who opt in hear once per chosen period that the review queue has waited that long."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.engine import Engine

from forum.db import session_scope
from forum.mail.worker import MailWorker
from forum.models import ReviewItem, utcnow
from forum.services.mail_notify import queue_wait_alerts
from forum.services.mail_prefs import set_preference
from tests.mail.conftest import parts, verified_member
from tests.mail.smtp import SmtpServer


def test_an_opted_in_moderator_is_told_once_per_period_and_others_never(engine: Engine, worker: MailWorker,
                                                                        smtp: SmtpServer) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        sam, tia = verified_member(session, "sam"), verified_member(session, "tia")
        sam.role = tia.role = "moderator"
        session.flush()
        set_preference(session, user_id=sam.id, kind="queue_wait", mode="immediately", hours=3)
        session.add(ReviewItem(comment_id=None, created_at=now - timedelta(hours=2)))
    with session_scope(engine) as session:
        assert queue_wait_alerts(session, now=now) == 0  # two hours: not yet
    with session_scope(engine) as session:
        assert queue_wait_alerts(session, now=now + timedelta(hours=1, minutes=1)) == 1
    with session_scope(engine) as session:
        assert queue_wait_alerts(session, now=now + timedelta(hours=2)) == 0  # told already this period
    with session_scope(engine) as session:
        assert queue_wait_alerts(session, now=now + timedelta(hours=4, minutes=2)) == 1
    worker.run_once(periodic=False)
    assert [m["To"] for m in smtp.inbox.messages] == ["sam@example.org"] * 2
    text, _ = parts(smtp.inbox.messages[0])
    assert "http://frontline.test/mod/queue" in text and "3 hours" in smtp.inbox.messages[0]["Subject"]
