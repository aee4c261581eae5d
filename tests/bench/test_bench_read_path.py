"""The read_path benchmark's pure-Python parts keep working: seeding, the SQL count, the process probes, the table.

No server is started here (``python -m forum.bench read_path`` does that); these are the pieces it relies on.
"""

from __future__ import annotations

import asyncio
import http.server
import os
import socketserver
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from forum.bench.read_load import KeepAliveGet
from forum.bench.read_path import Row, pct, print_table
from forum.bench.read_posting import reply_text, router_data, stored_replies
from forum.bench.read_seed import LARGE, SMALL, page_sql, seed
from forum.bench.server import ServerProcess
from forum.policy import review_comment
from forum.settings import COMMENTS_PER_PAGE
from tests.helpers import scratch_postgres_url


def test_seeding_builds_the_threads_members_and_sessions_and_a_page_costs_a_few_statements(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    seeded = seed(url, posters=3)
    assert {LARGE, SMALL, *seeded.post_slugs} <= set(seeded.threads)
    assert len(seeded.tokens) == len(seeded.handles) == len(seeded.post_slugs) == 3
    large, small = page_sql(url, LARGE), page_sql(url, SMALL)
    # a page's top-level comments (COMMENTS_PER_PAGE) with their four replies each; the small thread whole
    assert (large.comments, small.comments) == (COMMENTS_PER_PAGE * 5, 20)
    assert large.first_sql == small.first_sql <= 8  # the same few queries whatever the thread's size
    assert large.cached_sql <= 2  # a visitor's repeat view: one version query, the page from the cache
    assert stored_replies(url, seeded.handles) == 0


def test_the_replies_the_posting_run_sends_are_distinct_and_publishable() -> None:
    texts = {reply_text(member, n) for member in range(16) for n in range(20)}
    assert len(texts) == 320
    assert all(review_comment(text).decision.value == "publish" for text in list(texts)[:20])
    assert router_data("/t/post-01") == {"pathname": "/t/post-01", "asPath": "/t/post-01",
                                         "query": {"slug": "post-01"}}


def test_the_process_probes_read_a_process_tree_from_proc(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (tmp_path / "1.count").write_text("7")
        (tmp_path / "2.count").write_text("5")
        probe = ServerProcess(base="http://127.0.0.1:1", proc=child, sqlcount_dir=tmp_path, log_path=tmp_path / "log")
        assert probe.tree() == [child.pid]
        total, largest = probe.rss_mb()
        assert total >= largest > 1
        assert probe.cpu_seconds() >= 0
        assert probe.sql_statements() == 12
    finally:
        child.kill()
        child.wait()
    assert os.path.exists(tmp_path / "1.count")


def test_on_postgresql_the_cpu_of_connections_that_closed_meanwhile_is_counted(tmp_path: Path) -> None:
    """A pool's overflow connections open and close inside a load window: their backends' CPU must count."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with scratch_postgres_url("frontline_bench") as url:
            engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
            with engine.connect() as held:  # a live backend on the database, as the server's pool keeps one
                held.execute(sa.text("SELECT 1"))
                probe = ServerProcess(base="http://127.0.0.1:1", proc=child, sqlcount_dir=tmp_path,
                                      log_path=tmp_path / "log", database_url=url)
                before = probe.cpu_seconds()
                with engine.connect() as brief:  # its backend exits when it closes
                    brief.execute(sa.text("SELECT count(*) FROM generate_series(1, 4000000)")).scalar_one()
                after = probe.cpu_seconds()
            engine.dispose()
        assert after - before >= 0.1
    finally:
        child.kill()
        child.wait()


def test_the_table_prints_one_row_per_measure(capsys: pytest.CaptureFixture[str]) -> None:
    assert pct([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    print_table([Row("chromium cold: first comment", 120.0, 180.0, "ms", "5 runs"), Row("SQL per page", "6")])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4 and "120.0" in lines[2] and "180.0" in lines[2] and lines[3].split()[-1] == "6"


def test_make_bench_runs_the_read_path_benchmark(capsys: pytest.CaptureFixture[str]) -> None:
    from forum.bench.__main__ import BENCHMARKS, main

    assert "read_path" in BENCHMARKS
    with pytest.raises(SystemExit) as stopped:
        main(["read_path", "--help"])
    assert stopped.value.code == 0
    assert "--full" in capsys.readouterr().out


class _Page(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the production server

    def do_GET(self) -> None:
        body = f'<div class="comment">{self.path}</div>'.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_the_load_client_reads_whole_responses_over_one_kept_alive_connection() -> None:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    async def three() -> list[tuple[int, bytes]]:
        client = KeepAliveGet(f"http://127.0.0.1:{server.server_address[1]}", "/t/large")
        try:
            return [await client.get() for _ in range(3)]
        finally:
            await client.close()

    try:
        assert asyncio.run(three()) == [(200, b'<div class="comment">/t/large</div>')] * 3
    finally:
        server.shutdown()
        server.server_close()
