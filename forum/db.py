"""The database engine and the one way the app runs database work off the event loop.

Services take a ``Session`` and plain arguments; they never open one themselves. The Reflex states call
``await run_db(service_fn, *args)``, which opens a session on a worker thread, calls the service, commits
on success and rolls back on error, so no query ever runs on the asyncio loop.

SQLite gets write-ahead logging, foreign keys and a busy timeout, so readers and the single writer do not
trip over each other when several requests arrive at once, and a write gate (``forum.db_write_gate``) that
queues a worker's writers instead of leaving them to SQLite's sleeping retries.

Live policy previews (the verdict shown while a member types) are the one kind of work a member can ask for
as often as they type, and the policy engine's worst case at the length cap costs tens of milliseconds. They
run through ``await run_preview(service_fn, *args)`` instead: the same transaction, but on their own small
pool (:data:`PREVIEWS`: :data:`PREVIEW_THREADS` threads, at most :data:`PREVIEW_WAITING` waiting), never on
the default pool that every page load (``forum.http.read_pages``) and every other database call use. When
the preview pool is full, ``run_preview`` answers ``None`` at once without running anything: the caller keeps
the member's text, skips the check and says checking is paused (``forum.services.preview_budget.PAUSED``).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, ParamSpec, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum import db_write_gate
from forum.settings import get_settings

P = ParamSpec("P")
T = TypeVar("T")


SQLITE_BUSY_TIMEOUT_S = 10  # how long a writer waits for another to finish before "database is locked"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine for ``url`` with the settings this app relies on."""
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False,
                                                       "timeout": SQLITE_BUSY_TIMEOUT_S})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        db_write_gate.install(engine, timeout_s=SQLITE_BUSY_TIMEOUT_S)
        return engine
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10)


@lru_cache(maxsize=4)
def _engine_for(url: str) -> Engine:
    return create_db_engine(url)


def get_engine() -> Engine:
    """The process-wide engine for the configured database."""
    return _engine_for(get_settings().database_url)


def upsert_for(session: Session) -> Callable[..., Any]:
    """The ``insert`` of the session's dialect that has ``on_conflict_do_update`` / ``_do_nothing``: one
    statement, whoever writes first, on SQLite and PostgreSQL alike."""
    if session.get_bind().dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert
    from sqlalchemy.dialects.postgresql import insert as postgresql_insert

    return postgresql_insert


def keep_loaded(session: Session, *rows: object) -> None:
    """Hold ``rows`` until the session closes. The identity map keeps rows only weakly, so a row one step of a
    request loaded and dropped is read again when the next step asks for it by key (``session.get``)."""
    session.info.setdefault("kept_rows", []).extend(rows)


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back when it raises."""
    with Session(engine or get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def call_in_session(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn(session, *args, **kwargs)`` in its own transaction (synchronously)."""
    with session_scope() as session:
        return fn(session, *args, **kwargs)


async def run_db(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``fn(session, *args, **kwargs)`` in a transaction on a worker thread, off the event loop."""
    return await asyncio.to_thread(call_in_session, fn, *args, **kwargs)


PREVIEW_THREADS = 2  # previews are CPU work under the GIL: more threads would only take more of it from pages
PREVIEW_WAITING = 16  # a burst of members typing at once waits (~50 ms each at worst); beyond that, paused


class BoundedPool:
    """A small thread pool that refuses work instead of queueing without end.

    At most ``threads`` calls run and ``waiting`` more wait for a thread; :meth:`run` answers ``None`` at once
    (and runs nothing) when that many are already in hand. A slot is given back when its call finishes, or
    when it is cancelled before it started, whatever became of the coroutine that asked for it.
    """

    def __init__(self, threads: int, waiting: int, name: str) -> None:
        self.limit = threads + waiting
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._in_hand = 0  # calls running or waiting for a thread
        self.refused = 0  # calls answered None because the pool was full (since the process started)

    @property
    def in_hand(self) -> int:
        return self._in_hand

    def _release(self, _future: Future[Any]) -> None:
        with self._lock:
            self._in_hand -= 1

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """``fn(*args, **kwargs)`` on one of the pool's threads; ``None`` (nothing run) when the pool is full."""
        with self._lock:
            if self._in_hand >= self.limit:
                self.refused += 1
                return None
            self._in_hand += 1
        try:
            future = self._executor.submit(fn, *args, **kwargs)
        except BaseException:
            with self._lock:
                self._in_hand -= 1
            raise
        future.add_done_callback(self._release)
        return await asyncio.wrap_future(future)


PREVIEWS = BoundedPool(PREVIEW_THREADS, PREVIEW_WAITING, "frontline-preview")


async def run_preview(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
    """Like :func:`run_db`, on the previews' own bounded pool; ``None`` when too many previews are in hand."""
    return await PREVIEWS.run(call_in_session, fn, *args, **kwargs)


def ping(engine: Engine | None = None) -> bool:
    """True when the database answers a trivial query."""
    try:
        with (engine or get_engine()).connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        return True
    except sa.exc.SQLAlchemyError:
        return False
