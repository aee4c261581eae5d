"""One press of Publish stores one comment, however many times the browser has to send it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, func, select

from forum.db import create_db_engine, session_scope
from forum.models import Comment, Thread
from forum.services.errors import InvalidInput
from forum.services.posting import post_comment
from tests.factories import BRIEF, HELD_VIDEO, VALUABLE, World, make_member, make_world, valuable
from tests.helpers import migrated_postgres

KEY = "press-3f9a1c2e-0b7d-4e51"


def _comments(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Comment)).one()


def test_a_resend_of_the_same_press_returns_the_first_comment_and_stores_nothing_more(
        session: Session, world: World) -> None:
    first = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                         idempotency_key=KEY)
    session.commit()
    again = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                         idempotency_key=KEY)
    session.commit()
    assert (again.decision, again.comment_id, again.message) == ("publish", first.comment_id, first.message)
    assert _comments(session) == 1
    assert session.get(Thread, world.thread.id).reply_count == 1


def test_a_resend_of_a_held_comment_answers_that_it_is_awaiting_review(session: Session, world: World) -> None:
    first = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO,
                         idempotency_key=KEY)
    session.commit()
    again = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO,
                         idempotency_key=KEY)
    assert (again.decision, again.comment_id) == ("hold", first.comment_id)
    assert "awaiting review" in again.message and _comments(session) == 1


def test_a_new_press_with_a_new_key_stores_a_new_comment(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(1),
                 idempotency_key=KEY)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(2),
                 idempotency_key=KEY + "-2")
    session.commit()
    assert _comments(session) == 2


def test_another_member_s_key_finds_nothing_of_someone_else(session: Session, world: World) -> None:
    other = make_member(session)
    mine = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(1),
                        idempotency_key=KEY)
    theirs = post_comment(session, actor_id=other.id, thread_id=world.thread.id, text=valuable(2),
                          idempotency_key=KEY)
    session.commit()
    assert theirs.comment_id != mine.comment_id and _comments(session) == 2
    assert session.get(Comment, theirs.comment_id).author_id == other.id


def test_a_rejected_press_stores_nothing_so_the_fixed_text_can_use_the_same_key(
        session: Session, world: World) -> None:
    refused = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=BRIEF,
                           idempotency_key=KEY)
    fixed = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                         idempotency_key=KEY)
    session.commit()
    assert (refused.decision, refused.comment_id) == ("reject", 0)
    assert fixed.decision == "publish" and session.get(Comment, fixed.comment_id).submission_key == KEY


@pytest.mark.parametrize("bad", ["short", "has space in it", "x" * 65, "quote'or'1=1--", 12345678])
def test_a_malformed_key_is_refused_before_anything_is_stored(session: Session, world: World, bad: object) -> None:
    with pytest.raises(InvalidInput):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                     idempotency_key=bad)  # type: ignore[arg-type]
    assert _comments(session) == 0


@pytest.fixture
def file_engine(tmp_path: Path) -> Engine:
    """A file-backed SQLite database, so two connections really race for it."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    SQLModel.metadata.create_all(engine)
    return engine


def _send_one_press_twice_at_once(engine: Engine) -> None:
    with Session(engine, expire_on_commit=False) as session:
        world = make_world(session)
        session.commit()
        member_id, thread_id = world.member.id, world.thread.id
    barrier, results, errors = threading.Barrier(2), [], []

    def send() -> None:
        barrier.wait()
        try:
            with session_scope(engine) as session:
                results.append(post_comment(session, actor_id=member_id, thread_id=thread_id, text=VALUABLE,
                                            idempotency_key=KEY))
        except Exception as exc:  # collected, then asserted empty
            errors.append(repr(exc))

    senders = [threading.Thread(target=send) for _ in range(2)]
    for sender in senders:
        sender.start()
    for sender in senders:
        sender.join(timeout=60)
    assert errors == []
    assert len({r.comment_id for r in results}) == 1 and results[0].comment_id > 0
    with Session(engine) as session:
        assert _comments(session) == 1
        assert session.get(Thread, thread_id).reply_count == 1


def test_two_concurrent_sends_of_one_press_store_one_comment_and_both_learn_its_id(file_engine: Engine) -> None:
    _send_one_press_twice_at_once(file_engine)


@pytest.fixture
def postgres_engine() -> Iterator[Engine]:
    """A migrated PostgreSQL database made for this test and dropped after it (the migration's index)."""
    with migrated_postgres() as engine:
        yield engine


@pytest.mark.postgres
def test_two_concurrent_sends_of_one_press_store_one_comment_on_postgresql(postgres_engine: Engine) -> None:
    _send_one_press_twice_at_once(postgres_engine)
