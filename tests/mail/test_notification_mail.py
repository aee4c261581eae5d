"""Replies and moderators' decisions reach their recipients by mail, as good citizens: multipart text and
HTML, user text escaped, absolute links that work, one-click unsubscribe, threading per forum thread; the
fan-out to a thread's watchers happens in the worker, and members choose immediately, daily or never."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.db import session_scope
from forum.mail.worker import JOB_BATCH, MailWorker
from forum.models import DigestItem, MailJob, MailPreference, OutboxMessage, ReviewItem, WatchLevel, utcnow
from forum.services.mail_notify import compose_due_digests
from forum.services.mail_prefs import set_preference
from forum.services.moderation import reject
from forum.services.outbox import enqueue_job
from forum.services.posting import post_comment
from forum.services.watching import set_watch
from tests.factories import make_board, make_thread
from tests.mail.conftest import SITE, links_in, parts, verified_member
from tests.mail.smtp import SmtpServer

REPLY = ("Great question about <script>alert('x')</script> escalations: we route billing disputes to a "
         "second-line team within the hour and tell the customer exactly when they will hear back.")


def _thread_with_reply(engine: Engine) -> tuple[int, int]:
    """Ana's thread, answered by Ben; returns (thread id, reply id)."""
    with session_scope(engine) as session:
        ana, ben = verified_member(session, "ana"), verified_member(session, "ben")
        thread = make_thread(session, make_board(session), ana)
        outcome = post_comment(session, actor_id=ben.id, thread_id=thread.id, text=REPLY)
        assert outcome.decision == "publish"
        return thread.id, outcome.comment_id


async def test_a_reply_mails_the_author_with_both_parts_escaped_text_and_working_links(
        engine: Engine, worker: MailWorker, smtp: SmtpServer, browser: httpx.AsyncClient) -> None:
    _, reply_id = _thread_with_reply(engine)
    assert worker.run_once(periodic=False) == 1
    [message] = smtp.inbox.to("ana@example.org")
    assert message["Subject"].startswith("Re: Thread") and message["From"] == "Frontline <forum@frontline.test>"
    assert message.get_content_type() == "multipart/alternative"
    text, html = parts(message)
    assert "<script>alert('x')</script>" in text  # plain text shows what Ben typed
    assert "<script>" not in html and "&lt;script&gt;" in html  # HTML escapes it
    assert "Ben replied in" in text and "Ben replied in" in html
    comment_link = f"{SITE}/c/{reply_id}"
    assert comment_link in links_in(text) and f'href="{comment_link}"' in html
    response = await browser.get(comment_link)
    assert response.status_code == 302 and f"#comment-{reply_id}" in response.headers["location"]
    assert all(link.startswith(SITE) for link in links_in(text))


def test_mail_about_one_thread_threads_under_one_reference(engine: Engine, worker: MailWorker,
                                                           smtp: SmtpServer) -> None:
    thread_id, reply_id = _thread_with_reply(engine)
    with session_scope(engine) as session:
        cy = verified_member(session, "cy")
        post_comment(session, actor_id=cy.id, thread_id=thread_id, parent_id=reply_id, text=REPLY + " Also, yes.")
    worker.run_once(periodic=False)
    worker.run_once(periodic=False)  # the watchers' job, expanded by the worker
    to_ana, to_ben = smtp.inbox.to("ana@example.org"), smtp.inbox.to("ben@example.org")
    assert len(to_ana) == 1 and len(to_ben) == 1
    reference = f"<thread-{thread_id}@frontline.test>"
    for message in (*to_ana, *to_ben):
        assert message["In-Reply-To"] == reference and message["References"] == reference
    assert to_ana[0]["Message-ID"] != to_ben[0]["Message-ID"]


async def test_one_click_unsubscribe_works_without_signing_in_and_stops_that_kind(
        engine: Engine, worker: MailWorker, smtp: SmtpServer, browser: httpx.AsyncClient) -> None:
    thread_id, _ = _thread_with_reply(engine)
    worker.run_once(periodic=False)
    [message] = smtp.inbox.to("ana@example.org")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message["List-Unsubscribe"].strip("<>")
    assert url.startswith(f"{SITE}/mail/unsubscribe?t=")
    page = await browser.get(url)
    assert page.status_code == 200 and "Unsubscribe" in page.text
    response = await browser.post(url, content=b"List-Unsubscribe=One-Click",
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 200 and "You are unsubscribed" in response.text
    assert not browser.cookies.get("frontline_session")
    with session_scope(engine) as session:
        dan = verified_member(session, "dan")
        post_comment(session, actor_id=dan.id, thread_id=thread_id, text=REPLY + " From Dan.")
    worker.run_once(periodic=False)
    assert len(smtp.inbox.to("ana@example.org")) == 1  # no second reply mail


async def test_a_tampered_unsubscribe_token_is_refused_and_changes_nothing(
        engine: Engine, worker: MailWorker, smtp: SmtpServer, browser: httpx.AsyncClient) -> None:
    _thread_with_reply(engine)
    worker.run_once(periodic=False)
    url = smtp.inbox.to("ana@example.org")[0]["List-Unsubscribe"].strip("<>")
    token = url.split("t=", 1)[1]
    forged = url.replace(token, token[:-3] + ("AAA" if token[-3:] != "AAA" else "BBB"))
    response = await browser.post(forged, content=b"List-Unsubscribe=One-Click",
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400
    with Session(engine) as session:
        assert session.exec(select(MailPreference)).all() == []


def test_a_rejection_mails_the_author_with_the_moderators_note(engine: Engine, worker: MailWorker,
                                                               smtp: SmtpServer) -> None:
    with session_scope(engine) as session:
        ana, eve = verified_member(session, "ana"), verified_member(session, "eve", trusted=False)
        mod = verified_member(session, "sam")
        mod.role = "moderator"
        thread = make_thread(session, make_board(session), ana)
        held = post_comment(session, actor_id=eve.id, thread_id=thread.id, text=REPLY)
        assert held.decision == "hold"
        item = session.exec(select(ReviewItem).where(ReviewItem.comment_id == held.comment_id)).one()
        reject(session, actor_id=mod.id, item_id=item.id, note="Please describe <b>your</b> own process.")
    worker.run_once(periodic=False)
    [message] = smtp.inbox.to("eve@example.org")
    assert message["Subject"].startswith("Your post in “Thread") and message["Subject"].endswith("”: rejected")
    text, html = parts(message)
    assert "Moderator's note: Please describe <b>your</b> own process." in text
    assert "&lt;b&gt;your&lt;/b&gt;" in html


def test_a_comment_in_a_watched_thread_is_one_job_whatever_the_audience(engine: Engine, worker: MailWorker,
                                                                        smtp: SmtpServer) -> None:
    with session_scope(engine) as session:
        ana = verified_member(session, "ana")
        thread = make_thread(session, make_board(session), ana)
        watchers = [verified_member(session, f"watcher{n}") for n in range(12)]
        for n, watcher in enumerate(watchers):
            post_comment(session, actor_id=watcher.id, thread_id=thread.id, text=REPLY + f" Number {n}.")
        set_preference(session, user_id=watchers[0].id, kind="watched", mode="immediately")
        set_preference(session, user_id=watchers[1].id, kind="watched", mode="never")
    for _ in range(3):  # ten jobs a pass
        worker.run_once(periodic=False)
    smtp.inbox.messages.clear()
    with session_scope(engine) as session:
        before = (len(session.exec(select(OutboxMessage)).all()), len(session.exec(select(MailJob)).all()))
        ben = verified_member(session, "ben")
        post_comment(session, actor_id=ben.id, thread_id=thread.id, text=REPLY + " From Ben.")
        session.flush()
        after = (len(session.exec(select(OutboxMessage)).all()), len(session.exec(select(MailJob)).all()))
    assert after[1] == before[1] + 1  # one job for twelve watchers
    assert after[0] == before[0] + 1  # and one message: the reply to Ana, the thread's author
    worker.run_once(periodic=False)
    assert [m["To"] for m in smtp.inbox.messages if m["To"] != "ana@example.org"] == ["watcher0@example.org"]
    with Session(engine) as session:
        waiting = session.exec(select(DigestItem).where(DigestItem.digested_at.is_(None))).all()
    assert {i.user_id for i in waiting} >= {w.id for w in watchers[2:]}
    assert watchers[1].id not in {i.user_id for i in waiting}


def test_a_member_who_muted_a_thread_gets_no_mail_of_it_though_they_commented_there(
        engine: Engine, worker: MailWorker, smtp: SmtpServer) -> None:
    with session_scope(engine) as session:
        ana = verified_member(session, "ana")
        thread = make_thread(session, make_board(session), ana)
        ben, cy = verified_member(session, "ben"), verified_member(session, "cy")
        for member in (ben, cy):
            set_preference(session, user_id=member.id, kind="watched", mode="immediately")
        post_comment(session, actor_id=ben.id, thread_id=thread.id, text=REPLY + " Ben first.")
        post_comment(session, actor_id=cy.id, thread_id=thread.id, text=REPLY + " Cy next.")
        set_watch(session, actor_id=ben.id, target_kind="thread", target_id=thread.id, level=WatchLevel.MUTED)
    worker.run_once(periodic=False)
    smtp.inbox.messages.clear()
    with session_scope(engine) as session:
        dee = verified_member(session, "dee")
        post_comment(session, actor_id=dee.id, thread_id=thread.id, text=REPLY + " Dee last.")
    worker.run_once(periodic=False)
    worker.run_once(periodic=False)
    recipients = sorted(m["To"] for m in smtp.inbox.messages)
    assert recipients == ["ana@example.org", "cy@example.org"]  # the reply to the author, and the watcher


def test_the_daily_digest_collects_a_days_lines_into_one_message(engine: Engine, worker: MailWorker,
                                                                 smtp: SmtpServer) -> None:
    with session_scope(engine) as session:
        ana = verified_member(session, "ana")
        for n in range(3):
            session.add(DigestItem(user_id=ana.id, kind="watched", line=f"Line {n} <i>", url=f"{SITE}/c/{n + 1}"))
    with session_scope(engine) as session:
        assert compose_due_digests(session) == 0  # not a day old yet
    with session_scope(engine) as session:
        assert compose_due_digests(session, now=utcnow() + timedelta(hours=25)) == 1
    worker.run_once(periodic=False)
    [digest] = smtp.inbox.to("ana@example.org")
    text, html = parts(digest)
    assert all(f"Line {n} <i>" in text for n in range(3)) and "Line 0 &lt;i&gt;" in html
    with session_scope(engine) as session:
        assert compose_due_digests(session, now=utcnow() + timedelta(hours=50)) == 0  # each line once


def test_a_mention_mails_the_member_named_as_a_reply_would(engine: Engine, worker: MailWorker,
                                                            smtp: SmtpServer) -> None:
    thread_id, _ = _thread_with_reply(engine)
    with session_scope(engine) as session:
        verified_member(session, "dee")
        cy = verified_member(session, "cy")
        outcome = post_comment(session, actor_id=cy.id, thread_id=thread_id, text=REPLY + " What do you think, @dee?")
        assert outcome.decision == "publish"
    worker.run_once(periodic=False)
    [message] = smtp.inbox.to("dee@example.org")
    text, _ = parts(message)
    assert "Cy mentioned you in" in text and f"{SITE}/c/{outcome.comment_id}" in links_in(text)


def test_a_pass_that_takes_a_full_batch_of_jobs_says_more_are_waiting(engine: Engine, worker: MailWorker) -> None:
    with session_scope(engine) as session:
        for n in range(2 * JOB_BATCH + 5):
            enqueue_job(session, "noop", {"n": n})
    backlog = []
    for _ in range(3):
        worker.run_once(periodic=False)
        backlog.append(worker.backlog)
    assert backlog == [True, True, False]  # run_forever goes again at once while it is True
    with Session(engine) as session:
        assert {job.status for job in session.exec(select(MailJob)).all()} == {"sent"}
