"""On PostgreSQL, workers claiming at the same moment split the outbox between them: every message is
claimed by exactly one (``FOR UPDATE SKIP LOCKED`` plus the conditional UPDATE)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from forum.db import create_db_engine, session_scope
from forum.migrations import upgrade
from forum.services.outbox import claim_due, enqueue
from tests.helpers import scratch_postgres_url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with scratch_postgres_url("frontline_mail") as url:
        yield url


@pytest.mark.postgres
def test_concurrent_workers_on_postgresql_claim_disjoint_messages_and_together_all(postgres_url: str) -> None:
    upgrade(postgres_url)
    engine = create_db_engine(postgres_url)
    with session_scope(engine) as session:
        for n in range(60):
            enqueue(session, kind="test", to_addr=f"p{n}@example.org", subject="Hi", template="notice",
                    context={"name": "P", "intro": "Hello."})
    start = threading.Barrier(4)
    claimed: dict[str, list[int]] = {}

    def work(name: str) -> None:
        start.wait()
        mine: list[int] = []
        while True:
            with session_scope(engine) as session:
                rows = claim_due(session, worker=name, limit=7)
            if not rows:
                break
            mine += [r.id for r in rows if r.id is not None]
        claimed[name] = mine

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    engine.dispose()
    everything = [i for ids in claimed.values() for i in ids]
    assert len(everything) == len(set(everything)) == 60
