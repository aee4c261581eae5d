"""A comment counted in (or out of) its thread, board and author: three prebuilt SQL increments.

Posting a reply moves these counters every time, so the statements are built once, here, against the tables
(not the ORM entities) with named parameters: SQLAlchemy then reuses their compiled form and skips the ORM's
bulk-update bookkeeping, which cost more than the statements themselves. The board is found by a subquery
on the thread, so no round trip reads it first.

Invariants (those of :mod:`forum.services.lifecycle`): counters move only by SQL increments in the caller's
transaction, never by writing back a value read earlier; a decrement never goes below zero. Rows of the
thread, board and author already loaded in the session get those columns expired, so the next read of them
sees the new counts (what ``synchronize_session="fetch"`` did, without its extra work).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from forum.models import Board, Thread, User

_threads, _boards, _users = Thread.__table__, Board.__table__, User.__table__  # type: ignore[attr-defined]

_THREAD = sa.bindparam("p_thread", type_=_threads.c.id.type)
_AT = sa.bindparam("p_at", type_=_threads.c.last_activity_at.type)
_USER = sa.bindparam("p_user", type_=_users.c.id.type)
_BOARD_OF_THREAD = sa.select(_threads.c.board_id).where(_threads.c.id == _THREAD).scalar_subquery()


def _less_one(column: sa.Column[int]) -> sa.ColumnElement[int]:
    return sa.case((column > 0, column - 1), else_=0)


_BOARD_NEWER = sa.or_(_boards.c.last_activity_at.is_(None), _boards.c.last_activity_at <= _AT)

_ADD = (
    sa.update(_threads).where(_threads.c.id == _THREAD).values(
        reply_count=_threads.c.reply_count + 1,
        last_activity_at=sa.case((_threads.c.last_activity_at < _AT, _AT), else_=_threads.c.last_activity_at)),
    sa.update(_boards).where(_boards.c.id == _BOARD_OF_THREAD).values(
        comment_count=_boards.c.comment_count + 1,
        last_thread_id=sa.case((_BOARD_NEWER, _THREAD), else_=_boards.c.last_thread_id),
        last_activity_at=sa.case((_BOARD_NEWER, _AT), else_=_boards.c.last_activity_at)),
)
_SUBTRACT = (
    sa.update(_threads).where(_threads.c.id == _THREAD).values(reply_count=_less_one(_threads.c.reply_count)),
    sa.update(_boards).where(_boards.c.id == _BOARD_OF_THREAD)
    .values(comment_count=_less_one(_boards.c.comment_count)),
)
_AUTHOR = {
    (1, True): sa.update(_users).where(_users.c.id == _USER).values(
        comment_count=_users.c.comment_count + 1, approved_count=_users.c.approved_count + 1),
    (1, False): sa.update(_users).where(_users.c.id == _USER).values(comment_count=_users.c.comment_count + 1),
    (-1, True): sa.update(_users).where(_users.c.id == _USER).values(
        comment_count=_less_one(_users.c.comment_count), approved_count=_less_one(_users.c.approved_count)),
    (-1, False): sa.update(_users).where(_users.c.id == _USER)
    .values(comment_count=_less_one(_users.c.comment_count)),
}

_THREAD_COLUMNS = ["reply_count", "last_activity_at"]
_BOARD_COLUMNS = ["comment_count", "last_thread_id", "last_activity_at"]
_USER_COLUMNS = ["comment_count", "approved_count"]


def count_comment(session: Session, *, thread_id: int, author_id: int, created_at: datetime, delta: int,
                  approval: bool) -> None:
    """Count (``delta`` 1) or uncount (-1) one comment of ``thread_id`` by ``author_id``; ``approval`` moves the
    author's ``approved_count`` too. Counting also makes ``created_at`` the thread's and board's latest
    activity when it is later than theirs."""
    params = {"p_thread": thread_id, "p_at": created_at, "p_user": author_id}
    for statement in _ADD if delta > 0 else _SUBTRACT:
        session.execute(statement, params)
    session.execute(_AUTHOR[(1 if delta > 0 else -1, approval)], params)
    _forget_loaded(session, thread_id=thread_id, author_id=author_id)


def _forget_loaded(session: Session, *, thread_id: int, author_id: int) -> None:
    """Expire the counters of the rows just changed that this session holds (the session is small). Ids come
    from the identity keys: reading ``.id`` of an expired row would load it, or fail if it is gone."""
    for key, loaded in list(session.identity_map.items()):
        cls, ident = key[0], key[1]
        if cls is Thread and ident == (thread_id,):
            session.expire(loaded, _THREAD_COLUMNS)
        elif cls is Board:  # which board is the thread's is not read: any loaded one is expired
            session.expire(loaded, _BOARD_COLUMNS)
        elif cls is User and ident == (author_id,):
            session.expire(loaded, _USER_COLUMNS)
