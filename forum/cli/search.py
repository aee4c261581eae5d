"""``python -m forum search ...``: the full-text search index, and searching from a terminal.

    python -m forum search reindex           rebuild the index (safe on a live site; a progress bar on stderr)
    python -m forum search query "hold times board:ops"    the first page of results, as a visitor sees it

Exit codes: 0 done, 1 failed (the message says why). Imports stay light at module level.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

BAR_WIDTH = 30


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="rebuild the search index, or search from the terminal")
    actions = parser.add_subparsers(dest="search_command", required=True)
    reindex = actions.add_parser("reindex", help="rebuild the full-text index (safe while the site runs)")
    reindex.add_argument("--url", default="", help="database URL (default: the configured database)")
    reindex.set_defaults(func=run_reindex)
    query = actions.add_parser("query", help="print the first page of results for a query, as a visitor")
    query.add_argument("text")
    query.set_defaults(func=run_query)


class ProgressBar:
    """``label [#####.....]  50% 5,000/10,000`` on one stderr line, redrawn in place on a terminal and
    printed at each tenth otherwise (logs stay short)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = self.stream.isatty()
        self.shown: dict[str, int] = {}

    def __call__(self, done: int, total: int, label: str) -> None:
        share = 1.0 if total <= 0 else min(1.0, done / total)
        tenth = int(share * 10)
        if not self.live and self.shown.get(label, -1) >= tenth:
            return
        self.shown[label] = tenth
        filled = int(share * BAR_WIDTH)
        line = f"{label:<20} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {share:4.0%} {done:,}/{total:,}"
        end = "\n" if share >= 1.0 or not self.live else ""
        self.stream.write(("\r" if self.live else "") + line + end)
        self.stream.flush()


def run_reindex(args: argparse.Namespace) -> int:
    from forum.db import create_db_engine, get_engine
    from forum.services.search_reindex import reindex

    engine = create_db_engine(args.url) if args.url else get_engine()
    try:
        report = reindex(engine, ProgressBar())
    except Exception as exc:  # a locked or missing database: say so, without a traceback
        print(f"Reindex failed: {exc}", file=sys.stderr)
        return 1
    print(f"Indexed {report.rows:,} rows in {report.seconds:.1f} s ({report.rows_per_second:,.0f} rows/s).")
    return 0


def run_query(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.search import search
    from forum.services.search_snippets import plain_text

    results = call_in_session(search, args.text)
    for note in results.notes:
        print(note, file=sys.stderr)
    for hit in results.hits:
        excerpt = plain_text(hit.snippet_html.replace("<mark>", "[").replace("</mark>", "]"))
        print(f"{hit.thread_title}  {hit.url}\n    {excerpt}")
    print(f"{'At least ' if results.capped else ''}{results.total} threads found.", file=sys.stderr)
    return 0
