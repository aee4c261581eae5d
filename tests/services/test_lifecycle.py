"""The lifecycle moves every counter with the status, so after any sequence of actions the stored counters
equal a recount from the rows; and ``recount`` finds and repairs a counter that was written wrong."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from forum.__main__ import main
from forum.db import create_db_engine
from forum.models import Comment, CommentStatus, Flag, Thread, ThreadStatus, User
from forum.services import lifecycle
from forum.services.errors import Conflict
from forum.services.recount import Drift, recount
from tests.factories import make_board, make_comment, make_thread, make_user


@pytest.fixture(scope="module")
def shared_engine(migrated_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """One database for every generated example (each builds its own board; recount checks them all)."""
    path = tmp_path_factory.mktemp("lifecycle") / "forum.db"
    shutil.copyfile(migrated_template, path)
    engine = create_db_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


class Forum:
    """A board with two threads and three members, and what an example has written so far."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.people = [make_user(session) for _ in range(3)]
        self.board = make_board(session)
        self.threads = [make_thread(session, self.board, self.people[0]),
                        make_thread(session, self.board, self.people[1], status=ThreadStatus.PENDING)]
        self.comments: list[Comment] = []

    def pick(self, n: int) -> Comment | None:
        return self.comments[n % len(self.comments)] if self.comments else None

    def post(self, n: int, status: CommentStatus) -> None:
        parent = self.pick(n) if n % 3 else None
        thread = self.session.get(Thread, parent.thread_id) if parent else self.threads[0]
        self.comments.append(make_comment(self.session, thread, self.people[n % 3], parent=parent, status=status))


MOVES: dict[str, Callable[[Session, Comment], object]] = {
    "publish": lifecycle.publish,
    "hold": lifecycle.hold,
    "remove": lifecycle.remove,
    "withdraw": lambda s, c: lifecycle.withdraw(s, c, by=c.author_id),
    "reject": lifecycle.reject,
    "restore": lifecycle.restore,
}


def _report(session: Session, comment: Comment, reporter: User) -> None:
    session.add(Flag(comment_id=comment.id, reporter_id=reporter.id, reason="spam"))
    session.flush()  # the unique constraint refuses a second report by the same member
    lifecycle.count_report(session, comment)

ACTIONS = st.lists(st.tuples(st.sampled_from([*MOVES, "post", "post_held", "report", "publish_thread",
                                              "reject_thread"]),
                             st.integers(min_value=0, max_value=50)), min_size=1, max_size=25)


def _apply(forum: Forum, action: str, n: int) -> None:
    session = forum.session
    if action in ("post", "post_held"):
        forum.post(n, CommentStatus.PUBLISHED if action == "post" else CommentStatus.PENDING)
        return
    try:
        with session.begin_nested():
            if action == "publish_thread":
                lifecycle.publish_thread(session, forum.threads[1])
            elif action == "reject_thread":
                lifecycle.reject_thread(session, forum.threads[1])
            elif (comment := forum.pick(n)) is None:
                return
            elif action == "report":
                _report(session, comment, forum.people[n % 3])
            else:
                MOVES[action](session, comment)
    except (Conflict, IntegrityError):
        pass  # not a move from the comment's current status, or a second report: nothing may have changed


@settings(max_examples=60)
@given(actions=ACTIONS)
def test_after_any_sequence_of_actions_the_stored_counters_equal_the_recount(shared_engine: Engine,
                                                                               actions: list[tuple[str, int]]) -> None:
    with Session(shared_engine, expire_on_commit=False) as session:
        forum = Forum(session)
        for action, n in actions:
            _apply(forum, action, n)
        session.commit()
        assert recount(session, fix=False) == []


def test_an_illegal_move_is_refused_and_changes_nothing(session: Session) -> None:
    forum = Forum(session)
    forum.post(0, CommentStatus.PUBLISHED)
    [comment] = forum.comments
    with pytest.raises(Conflict):
        lifecycle.restore(session, comment)  # only a removed comment can be restored
    assert comment.status == CommentStatus.PUBLISHED and forum.threads[0].reply_count == 1
    lifecycle.hold(session, comment)
    session.refresh(forum.threads[0])
    assert (comment.status, forum.threads[0].reply_count) == (CommentStatus.PENDING, 0)


def test_recount_reports_and_repairs_a_counter_written_wrong(session: Session) -> None:
    forum = Forum(session)
    forum.post(0, CommentStatus.PUBLISHED)
    thread = forum.threads[0]
    thread.reply_count = 7
    session.add(thread)
    session.commit()
    assert recount(session, fix=False) == [Drift("threads", thread.id, "reply_count", 7, 1)]
    assert recount(session) == [Drift("threads", thread.id, "reply_count", 7, 1)]
    session.commit()
    assert session.get(Thread, thread.id).reply_count == 1 and recount(session, fix=False) == []


def test_the_recount_command_checks_then_fixes(engine: Engine, capsys: pytest.CaptureFixture) -> None:
    with Session(engine, expire_on_commit=False) as session:
        author = make_user(session)
        make_comment(session, make_thread(session, make_board(session), author), author)
        author.comment_count = 0
        session.add(author)
        session.commit()
        author_id = author.id
    assert main(["recount", "--check"]) == 1
    assert f"users[{author_id}].comment_count: stored 0, counted 1" in capsys.readouterr().out
    assert main(["recount"]) == 0
    assert main(["recount", "--check"]) == 0
    assert "Every counter matches the rows." in capsys.readouterr().out
    with Session(engine) as session:
        assert session.get(User, author_id).comment_count == 1
