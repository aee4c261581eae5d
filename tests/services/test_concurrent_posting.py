"""Sixteen members posting into one thread at the same moment: every comment is counted once, so the
stored counters equal the recount afterwards. On a file-backed SQLite database and on a scratch PostgreSQL
database made (and dropped) for the test."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from forum.db import session_scope
from forum.models import Board, Comment, CommentStatus, Thread, User, utcnow
from forum.services.posting import post_comment
from forum.services.recount import recount
from tests.factories import make_member, make_world, valuable
from tests.helpers import migrated_postgres

POSTERS, POSTS_EACH = 16, 4


@pytest.fixture
def postgres_engine() -> Iterator[Engine]:
    """A migrated PostgreSQL database made for this test and dropped after it."""
    with migrated_postgres() as engine:
        yield engine


def _post_all_at_once(engine: Engine) -> tuple[int, list[str]]:
    """Each poster in its own thread and transactions, released together; (thread id, errors)."""
    with Session(engine, expire_on_commit=False) as session:
        world = make_world(session)
        posters = [make_member(session).id for _ in range(POSTERS)]
        session.commit()
        thread_id = world.thread.id
    barrier, errors, lock = threading.Barrier(POSTERS), [], threading.Lock()
    start = utcnow()

    def run(index: int, actor_id: int) -> None:
        barrier.wait()
        for n in range(POSTS_EACH):  # five minutes apart in each poster's clock: within the flood limits
            try:
                with session_scope(engine) as session:
                    post_comment(session, actor_id=actor_id, thread_id=thread_id, text=valuable(index * 10 + n),
                                 now=start + timedelta(minutes=5 * n))
            except Exception as exc:
                with lock:
                    errors.append(repr(exc))

    threads = [threading.Thread(target=run, args=(i, actor)) for i, actor in enumerate(posters)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return thread_id, errors


def _check_counted_once(engine: Engine, thread_id: int, errors: list[str]) -> None:
    assert errors == []
    with Session(engine) as session:
        published = session.exec(select(func.count()).select_from(Comment).where(
            Comment.thread_id == thread_id, Comment.status == CommentStatus.PUBLISHED)).one()
        thread = session.get(Thread, thread_id)
        assert published == POSTERS * POSTS_EACH
        assert thread.reply_count == published
        assert session.get(Board, thread.board_id).comment_count == published
        assert session.exec(select(func.sum(User.comment_count))).one() == published
        assert recount(session, fix=False) == []


def test_sixteen_members_posting_at_once_on_sqlite_are_all_counted(engine: Engine) -> None:
    thread_id, errors = _post_all_at_once(engine)
    _check_counted_once(engine, thread_id, errors)


@pytest.mark.postgres
def test_sixteen_members_posting_at_once_on_postgresql_are_all_counted(postgres_engine: Engine) -> None:
    thread_id, errors = _post_all_at_once(postgres_engine)
    _check_counted_once(postgres_engine, thread_id, errors)
