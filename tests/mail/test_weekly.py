"""Members who have not visited for a week get one round-up of the week's busiest threads a week; those
who visited, switched it off or have nothing to read about get none."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.engine import Engine

from forum.db import session_scope
from forum.mail.worker import MailWorker
from forum.models import utcnow
from forum.services.mail_prefs import set_preference
from forum.services.mail_weekly import weekly_digests
from forum.services.sessions import create_session
from tests.factories import make_board, make_comment, make_thread
from tests.mail.conftest import SITE, parts, verified_member
from tests.mail.smtp import SmtpServer


def test_absent_members_get_one_round_up_a_week_of_the_busiest_threads(engine: Engine, worker: MailWorker,
                                                                       smtp: SmtpServer) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        absent, visitor, quiet = (verified_member(session, h) for h in ("absent", "visitor", "quiet"))
        for user in (absent, visitor, quiet):
            user.created_at = now - timedelta(days=30)
        create_session(session, visitor.id, now=now - timedelta(days=1))
        set_preference(session, user_id=quiet.id, kind="weekly", mode="never")
    with session_scope(engine) as session:
        assert weekly_digests(session, now=now) == 0  # nothing happened this week
    with session_scope(engine) as session:
        board = make_board(session)
        busy, calm = make_thread(session, board, visitor), make_thread(session, board, visitor)
        for _ in range(3):
            make_comment(session, busy, visitor)
        make_comment(session, calm, visitor)
    with session_scope(engine) as session:
        assert weekly_digests(session, now=now) == 1
    with session_scope(engine) as session:
        assert weekly_digests(session, now=now + timedelta(days=3)) == 0  # one a week
    worker.run_once(periodic=False)
    [message] = smtp.inbox.messages
    assert message["To"] == "absent@example.org" and message["List-Unsubscribe-Post"]
    text, _ = parts(message)
    assert text.index(f"{busy.title} — 3 new comments") < text.index(f"{calm.title} — 1 new comment")
    assert f"{SITE}/t/{busy.slug}" in text
