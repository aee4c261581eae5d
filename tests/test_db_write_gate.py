"""The SQLite write gate queues a worker's writers and never keeps the gate after their transaction ends."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from forum import db_write_gate
from forum.db import create_db_engine


@pytest.fixture
def engine(tmp_path: Path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'gate.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (n INTEGER)")
    yield engine
    engine.dispose()


def gate_of(engine: sa.Engine) -> db_write_gate.WriteGate:
    """The gate ``create_db_engine`` put in front of ``engine`` (its commit wrapper closes over it)."""
    cells = engine.dialect.do_commit.__closure__ or ()
    return next(c.cell_contents for c in cells if isinstance(c.cell_contents, db_write_gate.WriteGate))


def count(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM t").scalar_one()


@pytest.mark.parametrize("statement", [
    "INSERT INTO t VALUES (1)", "  update t set n = 2", "DELETE FROM t", "REPLACE INTO t VALUES (3)",
    "BEGIN IMMEDIATE", "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x"])
def test_write_statements_take_the_gate(statement: str) -> None:
    assert db_write_gate.is_write(statement)


@pytest.mark.parametrize("statement", ["SELECT * FROM t", "BEGIN", "PRAGMA foreign_keys=ON",
                                       "WITH x AS (SELECT 1) SELECT * FROM x", "CREATE TABLE u (n)"])
def test_reads_and_plain_begins_do_not(statement: str) -> None:
    assert not db_write_gate.is_write(statement)


def test_a_transaction_holds_the_gate_from_its_first_write_until_it_commits(engine: sa.Engine) -> None:
    gate = gate_of(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM t").all()
        assert not gate.holders
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        assert len(gate.holders) == 1
    assert not gate.holders
    assert count(engine) == 1


def test_a_rolled_back_or_failed_transaction_gives_the_gate_back(engine: sa.Engine) -> None:
    gate = gate_of(engine)
    with pytest.raises(RuntimeError), engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        raise RuntimeError("the request failed")
    assert not gate.holders
    with pytest.raises(sa.exc.OperationalError), engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO no_such_table VALUES (1)")
    assert not gate.holders
    assert count(engine) == 0


def test_a_transaction_ended_by_hand_gives_the_gate_back_at_once(engine: sa.Engine) -> None:
    gate = gate_of(engine)
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        assert gate.holders
        conn.exec_driver_sql("COMMIT")
        assert not gate.holders  # before the connection goes back to the pool
    assert count(engine) == 1


def test_concurrent_writers_all_land_and_none_is_refused(engine: sa.Engine) -> None:
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for i in range(40):
                with engine.begin() as conn:
                    conn.exec_driver_sql("INSERT INTO t VALUES (?)", (n * 100 + i,))
                    time.sleep(0.0005)  # a transaction that does some work while it holds the lock
                    conn.exec_driver_sql("SELECT count(*) FROM t").all()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert count(engine) == 8 * 40
    assert not gate_of(engine).holders


def test_a_writer_that_waits_past_the_busy_timeout_gets_sqlites_own_error(engine: sa.Engine) -> None:
    gate = gate_of(engine)
    gate.timeout_s = 0.2
    held = threading.Event()
    release = threading.Event()

    def hold() -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
            held.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    try:
        with pytest.raises(sa.exc.OperationalError, match="database is locked"), engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO t VALUES (2)")
    finally:
        release.set()
        holder.join()
    assert count(engine) == 1
    assert not gate.holders
