"""One writer at a time on SQLite within a worker, handed over at once instead of by SQLite's sleeping retries.

SQLite lets one connection write at a time. When a second one tries, its busy handler sleeps and retries
(after 1, 2, 5, 10, 15, 20, 25 … ms), so under concurrent posting a writer often sleeps on long after the lock
it waits for was freed: requests wait while the worker's CPU idles. :class:`WriteGate` queues a worker's
writers in front of SQLite instead: a connection takes the gate just before its transaction's first write
statement (which is when Python's ``sqlite3`` opens the transaction and SQLite takes its write lock) and gives
it back once the transaction has committed or rolled back, so the gate is held exactly as long as SQLite's own
write lock would be and serialises nothing SQLite did not; a waiting writer wakes the moment the one before it
finishes. Readers never touch it (WAL readers do not wait for writers).

A writer that waits longer than the busy timeout gets SQLite's own error ("database is locked"), as it would
have without the gate. Other processes on the same file (a second worker, a command-line job) still meet
SQLite's busy handler, as before.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

WRITE = re.compile(r"\s*(?:INSERT|UPDATE|DELETE|REPLACE|BEGIN\s+(?:IMMEDIATE|EXCLUSIVE))\b", re.I)
WRITE_WITH = re.compile(r"\s*WITH\b.*\b(?:INSERT|UPDATE|DELETE)\b", re.I | re.S)


def is_write(statement: str) -> bool:
    """True for a statement that makes SQLite take its write lock (or opens a transaction that holds it)."""
    return WRITE.match(statement) is not None or WRITE_WITH.match(statement) is not None


class WriteGate:
    """The queue of one engine's writers (see the module's docstring). ``holders`` are the ids of the DBAPI
    connections whose open transaction holds the gate (one at most)."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self._lock = threading.Lock()
        self.holders: set[int] = set()

    def take(self, key: int) -> None:
        if key in self.holders:
            return
        if not self._lock.acquire(timeout=self.timeout_s):
            raise sa.exc.OperationalError("(write gate)", None, Exception("database is locked"))
        self.holders.add(key)

    def give_back(self, key: int) -> None:
        if key in self.holders:
            self.holders.discard(key)
            self._lock.release()


def _raw(connection: Any) -> Any:
    """The DBAPI connection behind a pool's proxy (or the connection itself)."""
    return getattr(connection, "dbapi_connection", connection)


def install(engine: Engine, timeout_s: float) -> WriteGate:
    """Queue ``engine``'s writers (an SQLite engine) through a :class:`WriteGate`."""
    gate = WriteGate(timeout_s)
    dialect = engine.dialect
    commit, rollback = dialect.do_commit, dialect.do_rollback

    def do_commit(dbapi_connection: Any) -> None:
        try:
            commit(dbapi_connection)
        finally:  # once SQLite has let go, so the next writer never finds its lock still held
            gate.give_back(id(_raw(dbapi_connection)))

    def do_rollback(dbapi_connection: Any) -> None:
        try:
            rollback(dbapi_connection)
        finally:
            gate.give_back(id(_raw(dbapi_connection)))

    def before(conn: sa.Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if is_write(statement):
            gate.take(id(_raw(conn.connection)))

    def after(conn: sa.Connection, *_args: Any) -> None:
        if gate.holders:
            _settle(gate, conn)

    def dropped(dbapi_connection: Any, *_args: Any) -> None:
        gate.give_back(id(dbapi_connection))

    dialect.do_commit, dialect.do_rollback = do_commit, do_rollback  # type: ignore[method-assign]
    sa.event.listen(engine, "before_cursor_execute", before)
    sa.event.listen(engine, "after_cursor_execute", after)
    sa.event.listen(engine, "handle_error", lambda context: _settle(gate, context.connection))
    # A connection that leaves the pool another way (invalidated, closed mid-transaction) lets go too.
    sa.event.listen(engine.pool, "invalidate", dropped)
    sa.event.listen(engine.pool, "close", dropped)
    return gate


def _settle(gate: WriteGate, conn: sa.Connection | None) -> None:
    """Give the gate back if ``conn``'s writing is over without a commit or rollback through the dialect: a
    transaction ended by hand (``exec_driver_sql("COMMIT")``), a write SQLite autocommitted, a failed one."""
    proxy = conn.connection if conn is not None and not conn.closed else None
    raw = _raw(proxy) if proxy is not None else None
    if raw is not None and id(raw) in gate.holders and not raw.in_transaction:
        gate.give_back(id(raw))
