"""``python -m forum.bench read_path``: the read path end to end, against a real production server.

Seeds a scratch SQLite forum (``forum.bench.read_seed``), counts the SQL of one thread page in process,
then starts ``reflex run --env prod`` on it (``forum.bench.server``) and measures, printing one table:

1. Chromium: navigation → first comment painted on page 1 of the 2,000-comment thread, cold (new context)
   and warm (reload), beside DOMContentLoaded; and a member's navigation → composer ready (the app booted);
2. HTTP: thread page requests/s and p50/p95 at 1 and 16 concurrent visitors, and SQL statements per request
   as the server counted them;
3. memory: the server's RSS before and after N page views, each a GET plus the page's ``/_live`` socket;
4. idle tabs: the server's CPU (% of one core) and SQL statements/s while T live sockets stay open, at two
   tab counts (the cost should not grow with tabs);
5. posting: 16 signed-in members posting 20 replies each through the app's event socket, into one thread and
   into 16 threads, each tab with its live socket open and refreshing as the browser does; then the same
   through the thread page's plain reply form, timing the POST alone (how the side-by-side harness times
   Spirit's posting); replies/s, latency per reply, outcomes, and replies stored vs sent.

Defaults keep the whole run to a few minutes on a shared 2-core machine; ``--full`` uses the full sizes
(10 browser runs, 20 s of HTTP load, 10,000 views, 100 and 300 tabs for 60 s). Absolute numbers depend on
the machine; compare rows of one run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import resource
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from forum.bench.form_posting import post_by_form
from forum.bench.read_load import http_load, idle_tabs, page_views
from forum.bench.read_posting import post_replies, stored_replies
from forum.bench.read_seed import LARGE, SMALL, Seeded, page_sql, seed
from forum.bench.server import ServerProcess, running_server, scratch_database

PARTS = ("browser", "http", "memory", "idle", "posting")
FULL = {"runs": 10, "seconds": 20.0, "views": 10_000, "tabs": "100,300", "idle_seconds": 60.0}


@dataclass
class Row:
    """One measure of the table: its median (or single value), p95 when it has one, unit and a note."""

    measure: str
    value: float | str  # a string is printed as it is (counts)
    p95: float | None = None
    unit: str = ""
    note: str = ""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("read_path", help="the read path against a real production server")
    parser.add_argument("--runs", type=int, default=5, help="Chromium loads per row (default 5)")
    parser.add_argument("--seconds", type=float, default=8.0, help="seconds of HTTP load per client count (8)")
    parser.add_argument("--clients", default="1,16", help="concurrent HTTP clients, comma-separated (1,16)")
    parser.add_argument("--views", type=int, default=2000, help="page views for the memory row (2000)")
    parser.add_argument("--tabs", default="10,100", help="idle open tabs, comma-separated (10,100)")
    parser.add_argument("--idle-seconds", type=float, default=20.0, help="idle window per tab count (20)")
    parser.add_argument("--posters", type=int, default=16, help="posting members (16)")
    parser.add_argument("--replies", type=int, default=20, help="replies per member (20)")
    parser.add_argument("--skip", default="", help=f"parts to leave out, comma-separated: {','.join(PARTS)}")
    parser.add_argument("--keep", default="", metavar="DIR",
                        help="seed and serve from DIR and keep it (database, server.log) instead of a temp dir")
    parser.add_argument("--postgres", default="", metavar="ADMIN_URL",
                        help="serve from a scratch PostgreSQL database made through ADMIN_URL (e.g. "
                             "postgresql+psycopg://postgres@127.0.0.1:5432/postgres) instead of SQLite")
    parser.add_argument("--live-on-main-port", action="store_true",
                        help="serve the live sockets on the main port (granian), as before their own listener")
    parser.add_argument("--redis", default="", metavar="URL", help="keep the tabs' state in Redis at URL")
    parser.add_argument("--workers", type=int, default=0, help="granian workers (default: Reflex's choice)")
    parser.add_argument("--full", action="store_true", help="full sizes: 10 runs, 20 s, 10,000 views, 100,300 "
                                                            "tabs for 60 s (about 10 minutes)")
    parser.set_defaults(func=main)


def pct(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) of ``values`` by nearest rank; NaN for none."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def print_table(rows: list[Row]) -> None:
    header = f"{'measure':<58}{'median':>10}{'p95':>10}  {'unit':<12}note"
    print(header)
    print("-" * (len(header) + 30))
    for row in rows:
        value = str(row.value) if isinstance(row.value, str) else f"{row.value:,.1f}"
        p95 = "" if row.p95 is None else f"{row.p95:,.1f}"
        print(f"{row.measure:<58}{value:>10}{p95:>10}  {row.unit:<12}{row.note}")


def browser_rows(base: str, seeded: Seeded, runs: int) -> tuple[list[Row], str]:
    from forum.bench.read_browser import capture_boot_frame, time_first_comment

    times = time_first_comment(base, f"/t/{LARGE}", runs)
    note = f"{len(times.cold_first)} runs" + (f", {times.failures} failed" if times.failures else "")
    rows = [
        Row("chromium cold: nav -> first comment painted (2,000 thr.)", statistics.median(times.cold_first),
            pct(times.cold_first, 0.95), "ms", note),
        Row("chromium cold: DOMContentLoaded", statistics.median(times.cold_dcl), pct(times.cold_dcl, 0.95), "ms"),
        Row("chromium warm (reload): nav -> first comment painted", statistics.median(times.warm_first),
            pct(times.warm_first, 0.95), "ms"),
        Row("chromium warm (reload): DOMContentLoaded", statistics.median(times.warm_dcl),
            pct(times.warm_dcl, 0.95), "ms"),
    ]
    boot, ready = capture_boot_frame(base, f"/t/{SMALL}", seeded.tokens[0], runs=3)
    rows.append(Row("chromium member, cold: nav -> composer ready (app)", statistics.median(ready),
                    pct(ready, 0.95), "ms", f"{len(ready)} runs, the 20-comment thread"))
    return rows, boot


def http_rows(server: ServerProcess, clients: list[int], seconds: float) -> list[Row]:
    rows: list[Row] = []
    asyncio.run(http_load(server.base, f"/t/{LARGE}", 2, 2.0))  # warm-up, not recorded
    for count in clients:
        sql_before, cpu_before, client_before = server.settle_sql(), server.cpu_seconds(), _own_cpu()
        result = asyncio.run(http_load(server.base, f"/t/{LARGE}", count, seconds))
        cpu, client = server.cpu_seconds() - cpu_before, _own_cpu() - client_before
        sql = server.settle_sql() - sql_before
        done = max(1, len(result.latencies))
        note = (f"{len(result.latencies)} requests, {result.errors} errors; server {cpu * 1000 / done:.1f} ms CPU and "
                f"{sql / done:.2f} SQL per request; client {client * 1000 / done:.1f} ms CPU per request")
        rows.append(Row(f"GET /t/<2,000 thr.> as visitor, {count} client(s): throughput", result.per_second,
                        None, "requests/s", note))
        rows.append(Row(f"GET /t/<2,000 thr.> as visitor, {count} client(s): latency",
                        statistics.median(result.latencies) if result.latencies else float("nan"),
                        pct(result.latencies, 0.95), "ms"))
    return rows


def memory_rows(server: ServerProcess, seeded: Seeded, views: int) -> list[Row]:
    before, worker_before = server.rss_mb()
    result = asyncio.run(page_views(server.base, f"/t/{LARGE}", seeded.threads[LARGE], views))
    time.sleep(1.0)
    after, worker_after = server.rss_mb()
    done = len(result.latencies)
    note = f"{done} views in {result.seconds:.0f} s, {result.errors} errors"
    return [
        Row("server RSS before the page views (process tree)", before, None, "MB", f"worker {worker_before:.0f} MB"),
        Row(f"server RSS after {views:,} views (GET + /_live open/close)", after, None, "MB",
            f"worker {worker_after:.0f} MB; {note}"),
        Row("  growth", after - before, None, "MB"),
        Row("  growth per view", (after - before) * 1024 / max(1, done), None, "KB/view"),
        Row("  page view (GET + live socket) latency", statistics.median(result.latencies) if done else float("nan"),
            pct(result.latencies, 0.95), "ms", "8 in flight"),
    ]


def idle_rows(server: ServerProcess, seeded: Seeded, tab_counts: list[int], seconds: float) -> list[Row]:
    rows: list[Row] = []
    thread_ids = list(seeded.threads.values())
    for tabs in tab_counts:
        window: dict[str, float] = {}

        async def measure(length: float, window: dict[str, float] = window) -> None:
            await asyncio.sleep(2.0)  # the sockets' first watcher poll is done
            cpu, sql, started = server.cpu_seconds(), server.sql_statements(), time.monotonic()
            await asyncio.sleep(length)
            await asyncio.sleep(0.3)  # one more flush of the SQL counters
            elapsed = time.monotonic() - started
            window.update(cpu=(server.cpu_seconds() - cpu) / elapsed * 100,
                          sql=(server.sql_statements() - sql) / elapsed, rss=server.rss_mb()[0])

        time.sleep(1.0)
        rss_before = server.rss_mb()[0]
        held, messages = asyncio.run(idle_tabs(server.base, f"/t/{LARGE}", thread_ids, tabs, seconds,
                                                     measure))
        per_tab = (window.get("rss", float("nan")) - rss_before) * 1024 / max(1, held)
        note = (f"{held} sockets held over {len(thread_ids)} threads for {seconds:.0f} s, {messages} messages; "
                f"server RSS {rss_before:.0f} MB before, {window.get('rss', float('nan')):.0f} MB with them open "
                f"({per_tab:.0f} KB per tab)")
        rows.append(Row(f"{tabs} idle open tabs: server CPU", window.get("cpu", float("nan")), None,
                        "% of a core", note))
        rows.append(Row(f"{tabs} idle open tabs: SQL statements", window.get("sql", float("nan")), None,
                        "per s", "server-side count"))
    return rows


def posting_rows(server: ServerProcess, seeded: Seeded, boot: str, posters: int, replies: int) -> list[Row]:
    """The app's composer (preview, submit, own comment, as the tab does), then the plain form's POST alone (the
    request the side-by-side harness times for Spirit), each into one thread and into ``posters`` threads."""
    rows: list[Row] = []
    tokens, handles = seeded.tokens[:posters], seeded.handles[:posters]
    targets = (("one thread", [f"/t/{seeded.post_slugs[0]}"]),
               (f"{posters} threads", [f"/t/{slug}" for slug in seeded.post_slugs[:posters]]))
    for how, post in (("app socket", lambda paths: post_replies(server.base, boot, tokens, paths, replies)),
                      ("form POST", lambda paths: post_by_form(server.base, tokens, paths, replies))):
        for label, paths in targets:
            before, sql, cpu = stored_replies(seeded.url, handles), server.settle_sql(), server.cpu_seconds()
            result = asyncio.run(post(paths))
            cpu, sql = server.cpu_seconds() - cpu, server.settle_sql() - sql
            stored = stored_replies(seeded.url, handles) - before
            outcomes = ", ".join(f"{n} {kind}" for kind, n in sorted(result.outcomes.items()))
            good = result.outcomes["published"] + result.outcomes["held"] + result.outcomes["stored"]
            sent = max(1, result.sent)
            note = (f"{outcomes}; {result.sent - good} errors; stored {stored} of {result.sent} sent; "
                    f"server {cpu * 1000 / sent:.0f} ms CPU and {sql / sent:.0f} SQL per reply")
            if how == "app socket":
                note += f"; {result.refreshes} list refreshes by the tabs' live sockets"
            if result.first_error:
                note += f"; first error {result.first_error}"
            rate = good / result.seconds if result.seconds else 0.0
            rows.append(Row(f"posting via {how}, {posters} members x {replies}, {label}", rate, None,
                            "replies/s", note))
            timed = "set_text, publish, published" if how == "app socket" else "the POST alone, 303 not followed"
            rows.append(Row(f"  latency per reply ({timed}), {label}",
                            statistics.median(result.latencies) if result.latencies else float("nan"),
                            pct(result.latencies, 0.95), "ms"))
    return rows


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def _part(rows: list[Row], name: str, build: Callable[[], list[Row]]) -> bool:
    """Run one part; on failure record a row saying so (the other parts still run). True if it worked."""
    try:
        rows.extend(build())
        return True
    except Exception as exc:  # the table reports the failure, the exit status too
        traceback.print_exc()
        rows.append(Row(f"{name}: FAILED", "-", None, "", repr(exc)[:160]))
        return False


def _measure_server(server: ServerProcess, seeded: Seeded, args: argparse.Namespace, skip: set[str],
                    rows: list[Row]) -> bool:
    """Every part not in ``skip``, against the running server, in an order where each leaves the next alone."""
    ok = True
    boot: dict[str, str] = {}  # the member's /_event CONNECT frame, captured by Chromium

    def browser() -> list[Row]:
        built, boot["frame"] = browser_rows(server.base, seeded, args.runs)
        return built

    def capture() -> list[Row]:  # when the browser part is skipped or failed, the posting run still needs it
        from forum.bench.read_browser import capture_boot_frame

        boot["frame"], _ = capture_boot_frame(server.base, f"/t/{SMALL}", seeded.tokens[0], runs=1)
        return []

    clients = [int(c) for c in args.clients.split(",") if c.strip()]
    tabs = [int(t) for t in args.tabs.split(",") if t.strip()]
    parts: list[tuple[str, Callable[[], list[Row]]]] = [
        ("browser", browser),
        ("http", lambda: http_rows(server, clients, args.seconds)),
        ("memory", lambda: memory_rows(server, seeded, args.views)),
        ("idle", lambda: idle_rows(server, seeded, tabs, args.idle_seconds)),
        ("boot frame", lambda: capture() if "frame" not in boot and "posting" not in skip else []),
        ("posting", lambda: posting_rows(server, seeded, _frame(boot), args.posters, args.replies)),
    ]
    for name, build in parts:
        if name in skip:
            continue
        _progress(f"{name}...")
        ok = _part(rows, name, build) and ok
        if server.proc.poll() is not None:
            rows.append(Row(f"server exited during {name}", "-", None, "", server.log_tail()))
            return False
    return ok


def _frame(boot: dict[str, str]) -> str:
    if "frame" not in boot:
        raise RuntimeError("no /_event boot frame: capturing it with Chromium failed (see above)")
    return boot["frame"]


def _progress(message: str) -> None:
    print(f"read_path: {message}", file=sys.stderr, flush=True)


def main(args: argparse.Namespace) -> int:
    if args.full:
        for key, value in FULL.items():
            setattr(args, key, value)
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    rows: list[Row] = []
    load_start = _loadavg()
    with contextlib.ExitStack() as stack:
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=False)  # never reuse an old database
            scratch = args.keep
        else:
            scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="frontline-bench-"))
        url = (stack.enter_context(scratch_database(args.postgres)) if args.postgres
               else f"sqlite:///{Path(scratch) / 'bench.db'}")
        _progress("seeding...")
        started = time.monotonic()
        seeded = seed(url, posters=max(args.posters, 1))
        rows.append(Row("seed: 2,000- and 20-comment threads, members, sessions", time.monotonic() - started,
                        None, "s", "scratch PostgreSQL" if args.postgres else "scratch SQLite"))
        cost = page_sql(url, LARGE)
        rows.append(Row("SQL per thread page, first view (render_thread)", str(cost.first_sql), None, "statements",
                        f"page 1 of the 2,000-comment thread: {cost.comments} comments, "
                        f"{cost.html_bytes / 1024:.0f} KB of HTML"))
        rows.append(Row("SQL per thread page, repeat view (page cache)", str(cost.cached_sql), None, "statements",
                        "a visitor's view: the version this worker read <1 s ago, then the cached page "
                        "(1 statement, the version, after that second)"))
        _progress("starting reflex run --env prod...")
        started = time.monotonic()
        with running_server(Path(scratch), url, probe=f"/t/{LARGE}", redis_url=args.redis,
                            workers=args.workers, live_listener=not args.live_on_main_port) as server:
            rows.append(Row("server start (reflex run --env prod, build included)", time.monotonic() - started,
                            None, "s", f"RSS {server.rss_mb()[0]:.0f} MB"))
            ok = _measure_server(server, seeded, args, skip, rows)
    where = (f"{'PostgreSQL' if args.postgres else 'SQLite'}{' + Redis' if args.redis else ''}, "
             f"{args.workers or 'default'} worker(s), live sockets on "
             f"{'the main port' if args.live_on_main_port else 'their own listener'}")
    print(f"read_path: production server on loopback, {where}; {args.runs} browser runs, "
          f"{args.seconds:.0f} s of HTTP load per client count, {args.views:,} views, tabs {args.tabs} for "
          f"{args.idle_seconds:.0f} s; load average at start {load_start}, at end {_loadavg()} "
          f"(clients share the machine with the server)")
    print_table(rows)
    return 0 if ok else 1
