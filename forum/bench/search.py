"""``python -m forum.bench search``: search latency and reindex throughput over a generated corpus.

Builds a migrated scratch database (SQLite in a temporary directory; ``--url`` for another, e.g. a PostgreSQL
database created for it — it must be empty), fills it with threads and comments of seeded, Zipf-distributed
customer-service prose (``--comments``/``--threads``; ``--large`` is 100,000 comments in 2,000 threads), then:

- times ``search`` as a visitor for seven query shapes, each with varied words: one of the two commonest
  words (in about a quarter and an eighth of the comments), one common word, one rarer word, three words, a
  quoted phrase, a word with ``board:`` and ``after:`` filters, and ``board:`` alone (p50 and p95);
- times ``python -m forum search reindex``'s rebuild (rows per second).

"threads found" is the mean of ``SearchResults.total``: for words in more than 1,000 comments the search
examines only the newest 1,000 (``forum.services.search_sql.SCAN``), so there it is a floor.

Rows are inserted with plain bulk INSERTs (the index follows through its triggers or generated columns).
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


SEED = 13
VOCABULARY = 20_000
RUNS = 30
TOPIC = _words("refund outage escalation callback queue hold agent customer ticket billing chargeback script shift "
         "rota coaching quality survey churn handle time backlog macro transfer complaint apology supervisor "
         "onboarding training empathy deflection chatbot email phone chat sla breach priority triage headcount "
         "forecast adherence burnout morale feedback calibration scorecard knowledge article policy exception "
         "discount cancellation renewal upgrade invoice payment dispute fraud verification identity")
FILLER = _words("the a we our they it was is to of and in on for with that this when after before then but so "
          "because every week team call calls people time day month new old first last more less")
PHRASES = ["hold times", "first contact resolution", "average handle time", "customer effort", "warm transfer"]
SHAPES = [
    ("one word (commonest)", lambda r: r.choice(TOPIC[:2])),
    ("one word (common)", lambda r: r.choice(TOPIC[:10])),
    ("one word (rarer)", lambda r: r.choice(TOPIC[30:])),
    ("three words", lambda r: " ".join(r.sample(TOPIC[:8], 3))),
    ("phrase", lambda r: f'"{r.choice(PHRASES)}"'),
    ("filtered (board:, after:)", lambda r: f"{r.choice(TOPIC[:20])} board:board-{r.randrange(5)} after:2026-06-01"),
    ("filters only (board:)", lambda r: f"board:board-{r.randrange(5)}"),
]


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="benchmark full-text search latency and reindex throughput")
    parser.add_argument("--url", default="", help="database URL (default: a scratch SQLite file); must be empty")
    parser.add_argument("--comments", type=int, default=10_000, help="comments to generate (default 10,000)")
    parser.add_argument("--threads", type=int, default=200, help="threads to generate (default 200)")
    parser.add_argument("--large", action="store_true", help="100,000 comments in 2,000 threads")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"timed searches per query shape (default {RUNS})")
    parser.set_defaults(func=main)


def _vocabulary(rng: random.Random, size: int = VOCABULARY) -> list[str]:
    """Pronounceable made-up words: the long tail of a real forum's vocabulary."""
    syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "du", "ri", "ban", "tek", "or", "pa", "zu", "in"]
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class _Prose:
    """Seeded sentences: 3% topic words and 60% long-tail words (both Zipf-distributed), the rest filler;
    a stock phrase in 3% of sentences. A top topic word then appears in about a fifth of the comments and
    a rarer one in about one in a hundred, roughly the spread of a real forum's archive."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.tail = _vocabulary(rng)
        self.topic_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(TOPIC))))
        self.tail_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(self.tail))))

    def word(self) -> str:
        roll = self.rng.random()
        if roll < 0.03:
            return self.rng.choices(TOPIC, cum_weights=self.topic_weights)[0]
        if roll < 0.63:
            return self.rng.choices(self.tail, cum_weights=self.tail_weights)[0]
        return self.rng.choice(FILLER)

    def sentence(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(8, 16))]
        if self.rng.random() < 0.03:
            words.insert(self.rng.randrange(len(words)), self.rng.choice(PHRASES))
        return " ".join(words).capitalize() + "."

    def text(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))


def fill(url: str, threads: int, comments: int, batch: int = 2_000) -> None:
    """Write the corpus: 5 boards, 50 members, ``threads`` threads over the last year, ``comments`` comments."""
    import sqlalchemy as sa

    from forum.db import create_db_engine
    from forum.models import Board, Comment, CommentStatus, Role, Thread, User, path_segment

    rng = random.Random(SEED)
    prose = _Prose(rng)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    engine = create_db_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.insert(Board.__table__), [dict(id=b + 1, slug=f"board-{b}", name=f"Board {b}", description="",
                                                       position=b, created_at=start, thread_count=0, comment_count=0)
                                                  for b in range(5)])
        conn.execute(sa.insert(User.__table__), [dict(
            id=u + 1, handle=f"bench{u}", display_name=f"Bench {u}", email_verified=False, role=Role.MEMBER.value,
            bio="", bio_html="", created_at=start, comment_count=0, approved_count=0, rejected_count=0,
            reported_count=0, thread_count=0) for u in range(50)])
        made = [start + timedelta(minutes=rng.randrange(525_600)) for _ in range(threads)]
        conn.execute(sa.insert(Thread.__table__), [dict(
            id=t + 1, board_id=t % 5 + 1, slug=f"t{t}", title=prose.sentence()[:120],
            body_source=(body := prose.text(3)), body_html=f"<p>{body}</p>", author_id=t % 50 + 1,
            status=CommentStatus.PUBLISHED.value, pinned=False, locked=False, created_at=made[t],
            last_activity_at=made[t], reply_count=0) for t in range(threads)])
        for first in range(0, comments, batch):
            rows = []
            for n in range(first, min(comments, first + batch)):
                thread = rng.randrange(threads)
                text = prose.text(rng.randint(2, 5))
                rows.append(dict(id=n + 1, thread_id=thread + 1, author_id=rng.randrange(50) + 1, source=text,
                                 html=f"<p>{text}</p>", status=CommentStatus.PUBLISHED.value, depth=0,
                                 path=path_segment(n + 1), root_id=n + 1, report_count=0,
                                 created_at=made[thread] + timedelta(minutes=rng.randrange(20_000))))
            conn.execute(sa.insert(Comment.__table__), rows)
    with engine.begin() as conn:  # planner statistics, as autovacuum (or a site's maintenance) would keep
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()


def measure(url: str, runs: int) -> list[tuple[str, float, float, float]]:
    """(shape, p50 ms, p95 ms, mean threads found) for every query shape."""
    from sqlmodel import Session

    from forum.db import create_db_engine
    from forum.services.search import search

    rng = random.Random(SEED + 1)
    engine = create_db_engine(url)
    out = []
    with Session(engine) as session:
        search(session, "warm up")
        for label, make in SHAPES:
            timings, found = [], []
            for _ in range(runs):
                query = make(rng)
                started = time.perf_counter()
                found.append(search(session, query).total)
                timings.append((time.perf_counter() - started) * 1000)
            quantiles = statistics.quantiles(timings, n=20)
            out.append((label, statistics.median(timings), quantiles[-1], statistics.fmean(found)))
    engine.dispose()
    return out


def main(args: argparse.Namespace) -> int:
    from forum.db import create_db_engine
    from forum.migrations import upgrade
    from forum.services.search_reindex import reindex

    threads, comments = (2_000, 100_000) if args.large else (args.threads, args.comments)
    with tempfile.TemporaryDirectory() as scratch:
        url = args.url or f"sqlite:///{Path(scratch) / 'bench.db'}"
        upgrade(url)
        started = time.perf_counter()
        fill(url, threads, comments)
        filled = time.perf_counter() - started
        print(f"database: {url.split('://', 1)[0]}, corpus: {comments:,} comments in {threads:,} threads "
              f"(written and indexed in {filled:.1f} s), {args.runs} searches per shape, 20 results a page")
        header = f"{'query shape':<28}{'p50 ms':>9}{'p95 ms':>9}{'threads found':>15}"
        print(header)
        print("-" * len(header))
        for label, p50, p95, found in measure(url, args.runs):
            print(f"{label:<28}{p50:>9.1f}{p95:>9.1f}{found:>15,.0f}")
        engine = create_db_engine(url)
        report = reindex(engine)
        engine.dispose()
        print(f"reindex: {report.rows:,} rows in {report.seconds:.2f} s ({report.rows_per_second:,.0f} rows/s)")
    return 0
