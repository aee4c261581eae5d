"""``python -m forum demo load``: put the demo boards, threads and accounts into the configured database."""

from __future__ import annotations

import argparse

from forum.settings import get_settings


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="load the demo content (idempotent)")
    actions = parser.add_subparsers(dest="demo_command", required=True)
    load = actions.add_parser("load", help="create whatever demo content is missing and list demo sign-ins")
    load.set_defaults(func=run_load)


def run_load(_args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.demo_loader import load_demo

    report = call_in_session(load_demo)
    settings = get_settings()
    if report.threads or report.users:
        print(f"Demo content loaded: {report.boards} boards, {report.threads} threads, "
              f"{report.comments} comments, {report.users} people.")
    else:
        print("Demo content already present; nothing to add.")
    print(f"Frontline will answer on {settings.site_url}")
    print("Demo accounts (handle / password / role):")
    for handle, role, password in report.accounts:
        print(f"  {handle:<8} {password:<16} {role}")
    return 0
