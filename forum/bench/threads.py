"""``python -m forum.bench threads``: how long a thread page takes to load as the thread grows.

Builds a migrated scratch database (SQLite in a temporary directory by default; ``--url`` for another, e.g. a
PostgreSQL database you created for it), fills one thread with 20 comments and one with 2,000 (400
conversations of five comments, nested up to four levels), then times ``get_thread_page`` for the first and a
middle page of each — the service behind ``/t/<slug>`` — and counts its SQL statements. The point: the page
of a 2,000-comment thread costs about what a small one does, in a constant number of queries.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from forum.settings import COMMENTS_PER_PAGE

TOP_LEVEL = 400
CHAIN = 5  # a top-level comment and four nested replies
RUNS = 25


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("threads", help="benchmark loading a thread page (20 vs 2,000 comments)")
    parser.add_argument("--url", default="", help="database URL (default: a scratch SQLite file)")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed loads per row (default {RUNS})")
    parser.set_defaults(func=main)


def _fill(url: str) -> None:
    from forum.db import create_db_engine, session_scope
    from forum.models import Board, Comment, CommentStatus, User
    from forum.services.lifecycle import add_comment, add_thread

    engine = create_db_engine(url)
    with session_scope(engine) as session:
        board = Board(slug="bench", name="Bench")
        people = [User(handle=f"bench{i}", display_name=f"Bench {i}") for i in range(20)]
        session.add_all([board, *people])
        session.flush()
        for slug, conversations, chain in (("small", 4, CHAIN), ("large", TOP_LEVEL, CHAIN)):
            thread = add_thread(session, board=board, author=people[0], slug=slug, title=slug, source="x",
                                html="<p>x</p>")
            for n in range(conversations):
                parent: Comment | None = None
                for depth in range(chain):
                    text = f"Comment {n}.{depth}: a realistic length of text for a reply in a forum thread."
                    parent = add_comment(session, thread=thread, author=people[(n + depth) % 20],
                                         source=text, html=f"<p>{text}</p>", status=CommentStatus.PUBLISHED,
                                         parent=parent)
    engine.dispose()


def _measure(url: str, slug: str, page: int, runs: int) -> tuple[int, int, float, float]:
    import sqlalchemy as sa
    from sqlmodel import Session

    from forum.db import create_db_engine
    from forum.services.thread_view import get_thread_page

    engine = create_db_engine(url)
    statements: list[str] = []
    sa.event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    timings: list[float] = []
    comments = 0
    for _ in range(runs + 2):
        with Session(engine) as session:
            statements.clear()
            started = time.perf_counter()
            comments = len(get_thread_page(session, slug, page=page, per_page=COMMENTS_PER_PAGE).comments)
            timings.append((time.perf_counter() - started) * 1000)
    engine.dispose()
    timings = timings[2:]  # the first loads warm the connection pool and statement caches
    return comments, len(statements), statistics.median(timings), statistics.quantiles(timings, n=10)[-1]


def main(args: argparse.Namespace) -> int:
    from forum.migrations import upgrade

    with tempfile.TemporaryDirectory() as scratch:
        url = args.url or f"sqlite:///{Path(scratch) / 'bench.db'}"
        upgrade(url)
        _fill(url)
        print(f"database: {url.split('://', 1)[0]}, {args.runs} loads per row, "
              f"{COMMENTS_PER_PAGE} top-level comments a page")
        header = f"{'thread':<22}{'page':>5}{'comments shown':>16}{'queries':>9}{'median ms':>11}{'p90 ms':>9}"
        print(header)
        print("-" * len(header))
        rows = [("20 comments", "small", 1), ("2,000 comments", "large", 1), ("2,000 comments", "large", 5)]
        medians = []
        for label, slug, page in rows:
            shown, queries, median, p90 = _measure(url, slug, page, args.runs)
            medians.append(median)
            print(f"{label:<22}{page:>5}{shown:>16}{queries:>9}{median:>11.2f}{p90:>9.2f}")
        shown_ratio = COMMENTS_PER_PAGE * CHAIN / 20
        print(f"large page 1 / small page: {medians[1] / medians[0]:.1f}x the time for {shown_ratio:.1f}x the "
              "comments shown")
    return 0
