"""``python -m forum mail ...``: check the mail configuration and run the mail worker.

    python -m forum mail send-test you@example.org   enqueue a test message and deliver it now (exit 0 when sent)
    python -m forum mail worker                      deliver mail until interrupted (the scaled deployment)
    python -m forum mail status                      how many messages are pending, sending, sent, failed

``send-test`` goes through the same outbox and transport as every other mail, so a success proves the
configuration (``FRONTLINE_SMTP_URL``, ``FRONTLINE_MAIL_FROM``); with no SMTP configured it prints the path
of the ``.eml`` file it wrote. Imports stay light at module level (the dispatcher imports every command).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("mail", help="send a test message, run the mail worker")
    actions = parser.add_subparsers(dest="mail_command", required=True)
    test = actions.add_parser("send-test", help="send a test message to ADDRESS now")
    test.add_argument("address")
    test.set_defaults(func=run_send_test)
    worker = actions.add_parser("worker", help="deliver mail until interrupted")
    worker.add_argument("--interval", type=float, default=2.0, help="seconds between passes (default 2)")
    worker.set_defaults(func=run_worker)
    status = actions.add_parser("status", help="count messages by delivery status")
    status.set_defaults(func=run_status)


def _send_test(session, address: str) -> int:  # type: ignore[no-untyped-def]
    from forum.services.accounts import clean_email
    from forum.services.outbox import enqueue
    from forum.settings import get_settings

    settings = get_settings()
    row = enqueue(session, kind="test", to_addr=clean_email(address), subject=f"{settings.site_name}: test message",
                  template="notice", context={"name": "there", "intro": "This is a test message: mail from "
                                              f"{settings.site_name} reaches this address.", "link": settings.site_url,
                                              "link_label": "The forum"})
    session.flush()
    assert row.id is not None
    return row.id


def run_send_test(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.mail.message import build_message
    from forum.mail.worker import MailWorker
    from forum.models import OutboxMessage, OutboxStatus
    from forum.services.errors import InvalidInput
    from forum.settings import get_settings

    try:
        row_id = call_in_session(_send_test, args.address)
    except InvalidInput as exc:
        print(exc, file=sys.stderr)
        return 1
    worker = MailWorker.from_settings()
    worker.deliver()
    row = call_in_session(lambda s: s.get(OutboxMessage, row_id))
    if row.status != OutboxStatus.SENT.value:
        print(f"Not sent ({row.status}): {row.last_error or 'another worker holds it'}", file=sys.stderr)
        return 1
    settings = get_settings()
    if settings.smtp_url:
        print(f"Sent to {row.to_addr} through {settings.smtp_url.split('@')[-1]}")
    else:
        path = worker.transport.path_for(build_message(row, worker.mail_from))  # type: ignore[union-attr]
        print(f"No SMTP server configured (FRONTLINE_SMTP_URL): written to {path}")
    return 0


def run_worker(args: argparse.Namespace) -> int:
    from forum.mail.worker import MailWorker, show_mail_log

    show_mail_log()
    print("Mail worker running; Ctrl-C stops it.", file=sys.stderr)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(MailWorker.from_settings().run_forever(interval=args.interval))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.outbox import outbox_counts

    counts = call_in_session(outbox_counts)
    print(f"pending {counts.pending}  sending {counts.sending}  sent {counts.sent}  failed {counts.failed}")
    return 0
