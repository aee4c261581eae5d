"""``python -m forum.bench mail``: what mail costs the posting request, and how fast the worker delivers.

Builds a scratch SQLite database with a thread nobody watches and a thread watched by ``--watchers`` members
(1,000 by default) who all want every new comment immediately, then:

1. times ``post_comment`` (the service behind the composer's submit) in each thread and counts its SQL
   statements: the watched thread must cost the same, because the fan-out is one ``MailJob`` row;
2. times the worker expanding one such comment's job into one message per watcher;
3. starts an SMTP server on loopback (aiosmtpd, a test dependency) and times the worker delivering the
   messages over one connection per batch: messages per second.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

WATCHERS = 1000
RUNS = 30
TEXT = ("We cut repeat contacts by a third once agents wrote the follow-up promise into the ticket itself, with a "
        "date, and the next shift honoured it before anything else; our CSAT rose from 78 to 86 in two months. "
        "Case {n}.")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("mail", help="benchmark mail: cost to posting, worker delivery rate")
    parser.add_argument("--watchers", type=int, default=WATCHERS, help=f"members watching (default {WATCHERS})")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed posts per row (default {RUNS})")
    parser.set_defaults(func=main)


def _fill(url: str, watchers: int) -> tuple[list[int], dict[str, int]]:
    from forum.db import create_db_engine, session_scope
    from forum.models import Board, ContentKind, MailPreference, User, Watch, WatchLevel
    from forum.services.lifecycle import add_thread

    engine = create_db_engine(url)
    with session_scope(engine) as session:
        board = Board(slug="bench", name="Bench")
        posters = [User(handle=f"poster{i}", display_name=f"Poster {i}", email=f"poster{i}@example.org",
                        email_verified=True, approved_count=5) for i in range(5)]
        people = [User(handle=f"watcher{i}", display_name=f"Watcher {i}", email=f"watcher{i}@example.org",
                       email_verified=True) for i in range(watchers)]
        session.add_all([board, *posters, *people])
        session.flush()
        threads = {slug: add_thread(session, board=board, author=posters[0], slug=slug, title=slug.title(),
                                       source="x", html="<p>x</p>").id for slug in ("quiet", "watched")}
        session.add_all([Watch(user_id=p.id, target_kind=ContentKind.THREAD, target_id=threads["watched"],
                                level=WatchLevel.WATCHING) for p in people])
        session.add_all([MailPreference(user_id=p.id, kind="watched", mode="immediately") for p in people])
        poster_ids = [p.id for p in posters]
    engine.dispose()
    return poster_ids, threads


def _post_times(url: str, thread_id: int, posters: list[int], runs: int, offset: int) -> tuple[float, int]:
    import sqlalchemy as sa

    from forum.db import create_db_engine, session_scope
    from forum.models import utcnow
    from forum.services.posting import post_comment

    engine = create_db_engine(url)
    statements: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    timings, counts = [], []
    start = utcnow()
    for n in range(runs + 2):
        statements.clear()
        began = time.perf_counter()
        with session_scope(engine) as session:
            outcome = post_comment(session, actor_id=posters[n % len(posters)], thread_id=thread_id,
                                   text=TEXT.format(n=n + offset), now=start + timedelta(minutes=10 * (n + offset)))
        timings.append((time.perf_counter() - began) * 1000)
        counts.append(len(statements))
        assert outcome.decision == "publish", outcome.message
    engine.dispose()
    return statistics.median(timings[2:]), int(statistics.median(counts[2:]))


def _drain(url: str, smtp_url: str) -> tuple[float, float, int]:
    """(seconds to expand the jobs, seconds to deliver, messages delivered)."""
    import sqlalchemy as sa

    from forum.db import create_db_engine, session_scope
    from forum.mail.transport import transport_for
    from forum.mail.worker import MailWorker
    from forum.models import MailJob, OutboxMessage

    engine = create_db_engine(url)
    with session_scope(engine) as session:  # keep one comment's fan-out: the delivery rate is per message
        last = session.exec(sa.select(sa.func.max(MailJob.id))).scalar_one()
        session.execute(sa.update(MailJob).where(MailJob.id != last).values(status="sent"))
        session.execute(sa.delete(OutboxMessage))
    worker = MailWorker(transport=transport_for(smtp_url, Path()), mail_from="Bench <bench@example.org>",
                        engine=engine, batch=200)
    began = time.perf_counter()
    while worker.expand_jobs():
        pass
    expanded = time.perf_counter() - began
    began, delivered = time.perf_counter(), 0
    while True:
        sent = worker.deliver()
        if not sent:
            break
        delivered += sent
    engine.dispose()
    return expanded, time.perf_counter() - began, delivered


def main(args: argparse.Namespace) -> int:
    import socket

    from aiosmtpd.controller import Controller

    from forum.migrations import upgrade

    class Sink:
        received = 0

        async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
            Sink.received += 1
            return "250 OK"

    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'bench.db'}"
        upgrade(url)
        posters, threads = _fill(url, args.watchers)
        print(f"database: sqlite, {args.watchers} watchers (all 'immediately'), {args.runs} posts per row")
        header = f"{'posting a comment in':<32}{'median ms':>11}{'SQL statements':>16}"
        print(header)
        print("-" * len(header))
        from forum.services import notifications, watching

        hooks = notifications.mail_for_notification, watching.enqueue_job
        notifications.mail_for_notification = watching.enqueue_job = lambda *a, **k: None  # type: ignore[assignment]
        try:
            bare = _post_times(url, threads["quiet"], posters, args.runs, 0)
        finally:
            notifications.mail_for_notification, watching.enqueue_job = hooks
        quiet = _post_times(url, threads["quiet"], posters, args.runs, 1000)
        watched = _post_times(url, threads["watched"], posters, args.runs, 2000)
        print(f"{'(mail hooks switched off)':<32}{bare[0]:>11.2f}{bare[1]:>16}")
        print(f"{'a thread nobody watches':<32}{quiet[0]:>11.2f}{quiet[1]:>16}")
        print(f"{f'a thread {args.watchers:,} members watch':<32}{watched[0]:>11.2f}{watched[1]:>16}")
        print(f"added by mail: {quiet[0] - bare[0]:+.2f} ms, {quiet[1] - bare[1]:+d} statements; added by the "
              f"watchers: {watched[0] - quiet[0]:+.2f} ms, {watched[1] - quiet[1]:+d} statements")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        controller = Controller(Sink(), hostname="127.0.0.1", port=port)
        controller.start()
        try:
            expanded, seconds, delivered = _drain(url, f"smtp://127.0.0.1:{port}")
        finally:
            controller.stop()
        print(f"worker: expanded one comment's job into {delivered:,} messages in {expanded:.2f} s; delivered "
              f"them to aiosmtpd on loopback in {seconds:.2f} s = {delivered / seconds:,.0f} messages/s "
              f"(server received {Sink.received:,})")
    return 0
