"""Two moderators deciding the same item at the same moment: exactly one wins, the other is told who did,
and there is one audit row and one set of counter moves. On a file-backed SQLite database and on a scratch
PostgreSQL database made (and dropped) for the test."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from forum.db import session_scope
from forum.models import Comment, ModAction, Notification, ReviewItem, Thread, User
from forum.services.errors import InvalidInput
from forum.services.moderation import approve, reject
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, make_world
from tests.helpers import migrated_postgres

Decide = Callable[[Session, int, int], object]
DECISIONS: dict[str, Decide] = {
    "approve": lambda s, actor, item: approve(s, actor_id=actor, item_id=item),
    "reject": lambda s, actor, item: reject(s, actor_id=actor, item_id=item, note="Not for this board."),
}


@pytest.fixture
def scratch_postgres() -> Iterator[Engine]:
    """A migrated PostgreSQL database made for this test and dropped after it."""
    with migrated_postgres() as engine:
        yield engine


def _held_item(engine: Engine) -> tuple[int, int, int, int]:
    """A held comment's review item, and two moderators: (item id, first, second, thread id)."""
    with Session(engine, expire_on_commit=False) as session:
        world = make_world(session)
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
        session.commit()
        item_id = session.exec(select(ReviewItem.id)).one()
        return item_id, world.moderator.id, world.admin.id, world.thread.id


def _race(engine: Engine, item_id: int, moves: list[tuple[int, str]]) -> list[str]:
    """Run each (moderator, decision) in its own thread and transaction, released together.

    The winner's claim is held open for a moment (a sleep after its UPDATE), so the loser's UPDATE really
    arrives while the first transaction is still in flight.
    """
    barrier, results, lock = threading.Barrier(len(moves)), [], threading.Lock()

    def slow_claim(conn, cursor, statement, *args) -> None:
        if statement.lstrip().upper().startswith("UPDATE REVIEW_ITEMS"):
            time.sleep(0.3)

    def run(actor_id: int, decision: str) -> None:
        barrier.wait()
        try:
            with session_scope(engine) as session:
                DECISIONS[decision](session, actor_id, item_id)
            outcome = "won"
        except InvalidInput as exc:
            outcome = str(exc)
        with lock:
            results.append(outcome)

    sa.event.listen(engine, "after_cursor_execute", slow_claim)
    try:
        threads = [threading.Thread(target=run, args=move) for move in moves]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        sa.event.remove(engine, "after_cursor_execute", slow_claim)
    return sorted(results)


def _check_one_winner(engine: Engine, item_id: int, thread_id: int, results: list[str]) -> None:
    assert results[-1] == "won" and results[0].startswith("This item was already decided by ")
    assert results[0].removeprefix("This item was already decided by ").rstrip(".") in ("sam", "alex")
    with Session(engine) as session:
        item = session.get(ReviewItem, item_id)
        assert item.state in ("approved", "rejected") and item.decided_by is not None
        assert session.exec(select(func.count()).select_from(ModAction)).one() == 1
        assert session.exec(select(func.count()).select_from(Notification)
                            .where(Notification.kind.in_(["approved", "rejected"]))).one() == 1
        comment = session.get(Comment, item.comment_id)
        member = session.get(User, comment.author_id)
        if item.state == "approved":
            assert comment.status == "published" and session.get(Thread, thread_id).reply_count == 1
            assert (member.approved_count, member.rejected_count) == (3, 0)
        else:
            assert comment.status == "rejected" and session.get(Thread, thread_id).reply_count == 0
            assert (member.approved_count, member.rejected_count) == (2, 1)


@pytest.mark.parametrize("second", ["approve", "reject"])
def test_two_moderators_deciding_at_once_on_sqlite_leave_exactly_one_decision(engine: Engine, second: str) -> None:
    item_id, sam, alex, thread_id = _held_item(engine)
    results = _race(engine, item_id, [(sam, "approve"), (alex, second)])
    _check_one_winner(engine, item_id, thread_id, results)


@pytest.mark.postgres
@pytest.mark.parametrize("second", ["approve", "reject"])
def test_two_moderators_deciding_at_once_on_postgresql_leave_exactly_one_decision(
        scratch_postgres: Engine, second: str) -> None:
    item_id, sam, alex, thread_id = _held_item(scratch_postgres)
    results = _race(scratch_postgres, item_id, [(sam, "approve"), (alex, second)])
    _check_one_winner(scratch_postgres, item_id, thread_id, results)
