"""Recomputing the counters from the rows: the check that :mod:`forum.services.lifecycle` kept them right.

Every counter that is a pure function of the rows is recounted: a thread's ``reply_count`` (its published
comments), a board's ``thread_count`` and ``comment_count`` (its published threads, the published comments
in them), a member's ``comment_count``, ``thread_count`` and ``reported_count`` (reports against their
comments) and a comment's ``report_count``. The trust history (``approved_count``, ``rejected_count``)
remembers decisions about comments later edited or deleted, so no row can recount it.

:func:`recount` returns every difference it found (empty when the stored counters were right) and, unless
asked only to check, writes the counted values.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from forum.models import Board, Comment, Flag, Thread, User, published_comments, published_threads


@dataclass(frozen=True)
class Drift:
    """One stored counter that disagreed with the rows."""

    table: str
    row_id: int
    column: str
    stored: int
    counted: int

    def __str__(self) -> str:
        return f"{self.table}[{self.row_id}].{self.column}: stored {self.stored}, counted {self.counted}"


def _counted(session: Session, key: sa.ColumnElement, *where: sa.ColumnElement,
             join: tuple[type, sa.ColumnElement] | None = None, source: type = Comment) -> dict[int, int]:
    query = sa.select(key, sa.func.count()).select_from(source)
    if join is not None:
        query = query.join(*join)
    return dict(session.execute(query.where(*where).group_by(key)).all())


def _expected(session: Session) -> list[tuple[type, str, dict[int, int]]]:
    """(table, column, {id: counted}) for every recountable counter; ids absent count zero."""
    comments_in_threads = (Thread, Thread.id == Comment.thread_id)
    return [
        (Thread, "reply_count", _counted(session, Comment.thread_id, published_comments())),
        (Board, "thread_count", _counted(session, Thread.board_id, published_threads(), source=Thread)),
        (Board, "comment_count", _counted(session, Thread.board_id, published_comments(),
                                          join=comments_in_threads)),
        (User, "comment_count", _counted(session, Comment.author_id, published_comments())),
        (User, "thread_count", _counted(session, Thread.author_id, published_threads(), source=Thread)),
        (User, "reported_count", _counted(session, Comment.author_id, join=(Flag, Flag.comment_id == Comment.id))),
        (Comment, "report_count", _counted(session, Flag.comment_id, source=Flag)),
    ]


def recount(session: Session, *, fix: bool = True) -> list[Drift]:
    """Every counter that differs from its recount; with ``fix`` (the default) each is set to the count."""
    drifts: list[Drift] = []
    for model, column, counted in _expected(session):
        stored = session.execute(sa.select(model.id, getattr(model, column))).all()
        for row_id, value in stored:
            if value != counted.get(row_id, 0):
                drifts.append(Drift(model.__tablename__, row_id, column, value, counted.get(row_id, 0)))
    if fix:
        tables = {m.__tablename__: m for m in (Thread, Board, User, Comment)}
        for drift in drifts:
            model = tables[drift.table]
            session.execute(sa.update(model).where(model.id == drift.row_id)
                            .values({drift.column: drift.counted}).execution_options(synchronize_session="fetch"))
        session.flush()
    return drifts
