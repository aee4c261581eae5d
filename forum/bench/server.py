"""The production server the ``read_path`` benchmark measures, and what it costs the machine.

:func:`running_server` starts ``reflex run --env prod`` on a free loopback port against a database the
caller already migrated and seeded, with its own ``REFLEX_WEB_WORKDIR``/``REFLEX_STATES_WORKDIR`` in a
scratch directory (as ``tests/e2e/conftest.py`` does, so a ``make run`` in the same checkout is never
disturbed), waits until it answers, and stops its whole process group when the block ends, errors included.

The server's Python processes load ``forum/bench/sqlcount/sitecustomize.py`` through ``PYTHONPATH``, which
counts every SQL statement they execute; :class:`ServerProcess` reads those counts, and the resident memory
and CPU time of the server's process tree from ``/proc`` (Linux only, no extra dependency).
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
SQLCOUNT = Path(__file__).resolve().parent / "sqlcount"
START_TIMEOUT_S = 600
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
PAGE_KB = os.sysconf("SC_PAGE_SIZE") // 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def scratch_database(admin_url: str, prefix: str = "frontline_bench") -> Iterator[str]:
    """The URL of an empty PostgreSQL database made on ``admin_url``'s server for the block, dropped after
    (with ``WITH (FORCE)``, so connections still open do not keep it)."""
    import uuid

    import sqlalchemy as sa

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield str(sa.engine.make_url(admin_url).set(database=name).render_as_string(hide_password=False))
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def server_env(scratch: Path, port: int, database_url: str, redis_url: str = "", workers: int = 0,
               live_port: int = 0) -> dict[str, str]:
    """The server's environment: scratch data and Reflex work directories, loopback only, SQL counting on;
    with ``redis_url`` the tabs' state lives in Redis, and ``workers`` sets granian's worker count."""
    env = dict(os.environ)
    counts = scratch / "sqlcount"
    counts.mkdir(exist_ok=True)
    env.update({
        "FRONTLINE_DATA_DIR": str(scratch), "FRONTLINE_DATABASE_URL": database_url,
        "FRONTLINE_HOST": "127.0.0.1", "FRONTLINE_PORT": str(port), "FRONTLINE_SITE_URL": f"http://127.0.0.1:{port}",
        "FRONTLINE_LIVE_PORT": str(live_port),  # 0: the live sockets on the main port (granian)
        "FRONTLINE_SECRET_KEY": "bench-secret-key-not-for-production",
        "PATH": f"{ROOT / '.tools/node_modules/.bin'}:{Path(sys.executable).parent}:{env.get('PATH', '')}",
        # this checkout first (a shared virtualenv's editable install may point at another one), then the counter
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), str(SQLCOUNT), env.get("PYTHONPATH", "")])),
        "FRONTLINE_BENCH_SQLCOUNT_DIR": str(counts),
        "REFLEX_USE_SYSTEM_BUN": "1", "REFLEX_TELEMETRY_ENABLED": "false", "REFLEX_CHECK_LATEST_VERSION": "0",
        "REFLEX_WEB_WORKDIR": str(scratch / "web"), "REFLEX_STATES_WORKDIR": str(scratch / "states"),
    })
    env.pop("FRONTLINE_REDIS_URL", None)  # one worker, the default deployment, unless asked
    env.pop("GRANIAN_WORKERS", None)
    if redis_url:
        env["FRONTLINE_REDIS_URL"] = redis_url
    if workers:
        env["GRANIAN_WORKERS"] = str(workers)
    return env


def _children() -> dict[int, list[int]]:
    """Every live process's children, by parent pid."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        fields = _fields(_read_stat(int(entry.name)))
        if fields is not None:
            tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _read_stat(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None


def _fields(stat: str | None) -> list[str] | None:
    """The fields after the command name (field 3 on), or None for a process that is gone."""
    return stat.rsplit(")", 1)[1].split() if stat else None


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(command name, CPU ticks user+system, resident KB) of ``pid``; None once it is gone."""
    stat = _read_stat(pid)
    fields = _fields(stat)
    if stat is None or fields is None:
        return None
    name = stat[stat.index("(") + 1: stat.rindex(")")]
    return name, int(fields[11]) + int(fields[12]), int(fields[21]) * PAGE_KB


def _parent(pid: int) -> int | None:
    fields = _fields(_read_stat(pid))
    return int(fields[1]) if fields else None


def _reaped(pid: int) -> int:
    """CPU ticks of ``pid``'s children that have exited and been waited for (cutime + cstime)."""
    fields = _fields(_read_stat(pid))
    return int(fields[13]) + int(fields[14]) if fields else 0


@dataclass
class ServerProcess:
    """A running server: its base URL, the root of its process tree, where its SQL counts land."""

    base: str
    proc: subprocess.Popen[bytes]
    sqlcount_dir: Path
    log_path: Path
    database_url: str = ""
    _postmaster: int | None = None

    def tree(self) -> list[int]:
        children = _children()
        pids, todo = [], [self.proc.pid]
        while todo and len(pids) < 10_000:
            pid = todo.pop()
            pids.append(pid)
            todo.extend(children.get(pid, []))
        return pids

    def rss_mb(self) -> tuple[float, float]:
        """(resident MB of the whole tree, of its largest process: the app worker)."""
        sizes = [s[2] for s in map(_stat, self.tree()) if s is not None]
        return sum(sizes) / 1024, max(sizes, default=0) / 1024

    def cpu_seconds(self) -> float:
        """CPU seconds (user + system) used so far by the tree's live processes, and, on PostgreSQL, by the
        database server (its work is the app's work, as SQLite's is)."""
        ticks = sum(s[1] for s in map(_stat, self.tree()) if s is not None)
        return (ticks + self.database_ticks()) / CLOCK_TICKS

    def database_ticks(self) -> int:
        """CPU ticks of the PostgreSQL server so far (0 on SQLite): its live processes, plus what the
        postmaster has reaped from exited ones. Counting only the backends alive at each reading missed the
        pool's overflow connections, which open and close within a load window. The whole cluster is counted:
        on the benchmark's machine nothing else uses it meanwhile."""
        postmaster = self.postmaster()
        if postmaster is None:
            return 0
        live = sum(s[1] for s in map(_stat, _children().get(postmaster, [])) if s is not None)
        own = _stat(postmaster)
        return live + (own[1] if own else 0) + _reaped(postmaster)

    def postmaster(self) -> int | None:
        """The PostgreSQL server's main process (the parent of every backend; found once, through a probe's
        own backend), or None on SQLite."""
        if self._postmaster is None and self.database_url.startswith("postgresql"):
            import sqlalchemy as sa

            probe = sa.create_engine(self.database_url, poolclass=sa.pool.NullPool)
            try:
                with probe.connect() as conn:
                    self._postmaster = _parent(int(conn.execute(sa.text("SELECT pg_backend_pid()")).scalar_one()))
            finally:
                probe.dispose()
        return self._postmaster

    def sql_statements(self) -> int:
        """SQL statements executed so far by the server's processes (as last written, ≤ 0.2 s old)."""
        total = 0
        for path in self.sqlcount_dir.glob("*.count"):
            with contextlib.suppress(OSError, ValueError):
                total += int(path.read_text() or 0)
        return total

    def log_tail(self, chars: int = 300) -> str:
        """The end of the server's log, on one line (for a table note when it stopped unexpectedly)."""
        try:
            return " | ".join(self.log_path.read_text(errors="replace")[-chars:].split("\n"))
        except OSError:
            return "(no log)"

    def settle_sql(self) -> int:
        """The SQL count once the counters have been flushed (waits for one write interval)."""
        time.sleep(0.5)
        return self.sql_statements()


def _stop(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=10)


@contextlib.contextmanager
def running_server(scratch: Path, database_url: str, probe: str = "/healthz", redis_url: str = "",
                   workers: int = 0, live_listener: bool = True) -> Iterator[ServerProcess]:
    """``reflex run --env prod`` on the seeded database; stopped (the whole process group) on exit. Without
    ``live_listener`` the live sockets stay on the main port (granian) instead of their own listener.

    It counts as up once ``/healthz`` and ``probe`` (a page only the seeded database has, so that another
    server that took the port meanwhile is not mistaken for ours) answer 200 while our process still runs.
    """
    port = free_port()
    env = server_env(scratch, port, database_url, redis_url, workers, live_port=free_port() if live_listener else 0)
    log_path = scratch / "server.log"
    base = f"http://127.0.0.1:{port}"
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "reflex", "run", "--env", "prod", "--loglevel", "info"],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_until_up(proc, base, log_path, probe)
        yield ServerProcess(base=base, proc=proc, sqlcount_dir=Path(env["FRONTLINE_BENCH_SQLCOUNT_DIR"]),
                            log_path=log_path, database_url=database_url)
    finally:
        _stop(proc)


def _wait_until_up(proc: subprocess.Popen[bytes], base: str, log_path: Path, probe: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log_path.read_text()[-4000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200 and \
                    httpx.get(f"{base}{probe}", timeout=10).status_code == 200 and proc.poll() is None:
                return
        time.sleep(1)
    raise RuntimeError(f"the server did not answer in {START_TIMEOUT_S} s:\n{log_path.read_text()[-4000:]}")
