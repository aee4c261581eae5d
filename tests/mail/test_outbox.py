"""The outbox delivers each committed message exactly once, through a real SMTP server, whatever happens:
a rolled-back transaction sends nothing, a server that is down gets the message once it is back, a worker
that dies mid-send neither duplicates nor loses it. The one honest exception is documented by a test too."""

from __future__ import annotations

import smtplib
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.db import session_scope
from forum.mail import worker as worker_module
from forum.mail.worker import MailWorker
from forum.models import OutboxMessage, OutboxStatus, utcnow
from forum.services.outbox import backoff, claim_due, enqueue
from tests.mail.smtp import SmtpServer


class Crash(BaseException):
    """The process dying: nothing after it runs, nothing catches it."""


def _enqueue_one(engine: Engine, to: str = "ana@example.org") -> int:
    with session_scope(engine) as session:
        row = enqueue(session, kind="test", to_addr=to, subject="Hello", template="notice",
                      context={"name": "Ana", "intro": "A test."})
        session.flush()
        assert row.id is not None
        return row.id


def _row(engine: Engine, row_id: int) -> OutboxMessage:
    with Session(engine) as session:
        row = session.get(OutboxMessage, row_id)
        assert row is not None
        return row


def test_mail_enqueued_in_a_rolled_back_transaction_is_never_sent(engine: Engine, worker: MailWorker,
                                                                   smtp: SmtpServer) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        enqueue(session, kind="test", to_addr="ana@example.org", subject="Hello", template="notice",
                context={"name": "Ana", "intro": "A test."})
        raise RuntimeError("the comment failed after the mail was queued")
    assert worker.run_once(periodic=False) == 0
    with Session(engine) as session:
        assert session.exec(select(OutboxMessage)).all() == []
    assert smtp.inbox.messages == []


def test_a_committed_message_is_delivered_once_with_its_recorded_message_id(engine: Engine, worker: MailWorker,
                                                                             smtp: SmtpServer) -> None:
    row_id = _enqueue_one(engine)
    assert worker.run_once(periodic=False) == 1
    assert worker.run_once(periodic=False) == 0
    row = _row(engine, row_id)
    assert row.status == OutboxStatus.SENT and row.attempts == 1
    assert [m["Message-ID"] for m in smtp.inbox.messages] == [row.message_id]
    assert smtp.inbox.envelopes == [("forum@frontline.test", ["ana@example.org"])]


def test_while_the_server_is_down_the_message_waits_with_backoff_and_goes_once_when_it_returns(
        engine: Engine, worker: MailWorker, smtp: SmtpServer) -> None:
    row_id = _enqueue_one(engine)
    smtp.stop()
    now = utcnow()
    assert worker.run_once(now, periodic=False) == 0
    row = _row(engine, row_id)
    assert (row.status, row.attempts) == (OutboxStatus.PENDING, 1)
    assert row.next_attempt_at >= now + backoff(1) - timedelta(seconds=1) and "Connection" in row.last_error
    assert worker.run_once(now + timedelta(seconds=5), periodic=False) == 0  # not due yet: no second attempt
    assert _row(engine, row_id).attempts == 1
    assert worker.run_once(now + timedelta(seconds=31), periodic=False) == 0  # still down: the wait doubles
    row = _row(engine, row_id)
    assert row.attempts == 2 and row.next_attempt_at >= now + timedelta(seconds=31) + backoff(2) - timedelta(seconds=1)
    smtp.start()
    later = now + timedelta(minutes=5)
    assert worker.run_once(later, periodic=False) == 1
    assert worker.run_once(later + timedelta(hours=1), periodic=False) == 0
    assert len(smtp.inbox.messages) == 1 and _row(engine, row_id).status == OutboxStatus.SENT


def test_a_worker_that_dies_mid_send_neither_duplicates_nor_loses_the_message(
        engine: Engine, settings, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> None:
    row_id = _enqueue_one(engine)
    first = MailWorker.from_settings(settings, engine)

    def die_during_data(self: smtplib.SMTP, msg: object) -> None:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(smtplib.SMTP, "data", die_during_data)  # MAIL FROM and RCPT TO done, message not sent
        now = utcnow()
        with pytest.raises(Crash):
            first.run_once(now, periodic=False)
    assert smtp.inbox.messages == []
    assert _row(engine, row_id).status == OutboxStatus.SENDING  # still claimed by the dead worker
    second = MailWorker.from_settings(settings, engine)
    assert second.run_once(now + timedelta(minutes=1), periodic=False) == 0  # the lease still holds
    assert second.run_once(now + timedelta(minutes=6), periodic=False) == 1  # lease expired: taken over
    assert second.run_once(now + timedelta(minutes=20), periodic=False) == 0
    assert len(smtp.inbox.messages) == 1
    assert smtp.inbox.messages[0]["Message-ID"] == _row(engine, row_id).message_id


def test_the_only_duplicate_possible_a_crash_right_after_the_server_accepted_reuses_the_message_id(
        engine: Engine, settings, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The documented at-least-once boundary: a crash between the server's 250 and our commit."""
    row_id = _enqueue_one(engine)

    def die_before_recording(*args: object, **kwargs: object) -> bool:
        raise Crash

    with monkeypatch.context() as patch:
        patch.setattr(worker_module, "mark_sent", die_before_recording)
        now = utcnow()
        with pytest.raises(Crash):
            MailWorker.from_settings(settings, engine).run_once(now, periodic=False)
    assert MailWorker.from_settings(settings, engine).run_once(now + timedelta(minutes=6), periodic=False) == 1
    ids = {m["Message-ID"] for m in smtp.inbox.messages}
    assert len(smtp.inbox.messages) == 2 and ids == {_row(engine, row_id).message_id}


def test_two_workers_never_hold_the_same_message(engine: Engine) -> None:
    _enqueue_one(engine)
    with session_scope(engine) as session:
        first = claim_due(session, worker="a")
    with session_scope(engine) as session:
        second = claim_due(session, worker="b")
    assert len(first) == 1 and second == []


def test_a_permanent_refusal_is_not_retried(engine: Engine, worker: MailWorker, smtp: SmtpServer) -> None:
    refused = _enqueue_one(engine, to="nobody@example.org")
    delivered = _enqueue_one(engine, to="ana@example.org")
    smtp.inbox.refuse.add("nobody@example.org")
    now = utcnow()
    assert worker.run_once(now, periodic=False) == 1
    assert _row(engine, refused).status == OutboxStatus.FAILED and "550" in _row(engine, refused).last_error
    assert _row(engine, delivered).status == OutboxStatus.SENT
    assert worker.run_once(now + timedelta(days=2), periodic=False) == 0


def test_a_deferred_recipient_waits_for_its_retry_while_the_others_go_now(engine: Engine, worker: MailWorker,
                                                                            smtp: SmtpServer) -> None:
    deferred = _enqueue_one(engine, to="grey@example.org")
    delivered = _enqueue_one(engine, to="ana@example.org")
    smtp.inbox.defer.add("grey@example.org")
    now = utcnow()
    assert worker.run_once(now, periodic=False) == 1
    assert (_row(engine, deferred).status, _row(engine, delivered).status) == (OutboxStatus.PENDING, OutboxStatus.SENT)
    smtp.inbox.defer.clear()
    assert worker.run_once(now + timedelta(seconds=31), periodic=False) == 1
    assert sorted(m["To"] for m in smtp.inbox.messages) == ["ana@example.org", "grey@example.org"]


def test_backoff_doubles_from_thirty_seconds_and_stops_growing_at_six_hours() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(30) == timedelta(hours=6)
