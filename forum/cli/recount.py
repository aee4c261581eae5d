"""``python -m forum recount [--check]``: recompute every counter from the rows and report what differed.

Exit codes: 0 when every counter was right (or has now been fixed), 1 with ``--check`` when some differ
(nothing is written then).
"""

from __future__ import annotations

import argparse


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("recount", help="recompute thread, board and member counters from the rows")
    parser.add_argument("--check", action="store_true", help="only report differences; change nothing")
    parser.set_defaults(func=run_recount)


def run_recount(args: argparse.Namespace) -> int:
    from forum.db import session_scope
    from forum.services.recount import recount

    with session_scope() as session:
        drifts = recount(session, fix=not args.check)
    for drift in drifts:
        print(drift)
    if not drifts:
        print("Every counter matches the rows.")
        return 0
    if args.check:
        print(f"{len(drifts)} counters differ from the rows (run without --check to fix them).")
        return 1
    print(f"Fixed {len(drifts)} counters.")
    return 0
