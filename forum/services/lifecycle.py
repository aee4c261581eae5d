"""The life of a comment and a thread: every status change, with every counter it moves, in one place.

These are the low-level writes the use cases (posting, editing, moderation, reports) and the demo loader
share. They do no policy or permission checks: callers decide *whether*; these make sure that *when* they
write, ``depth``, ``root_id``, ``path`` and every counter stay right.

Invariants:
- Counters move only with SQL increments (``UPDATE threads SET reply_count = reply_count + 1``) issued in
  the same transaction as the status change, never by writing back a value read earlier, so concurrent
  posters cannot lose each other's counts. :func:`forum.services.recount.recount` recomputes them from the
  rows and must always agree.
- A status change is a conditional ``UPDATE ... WHERE status = <the status read>``: of two concurrent moves
  of one comment only one happens (the other gets :class:`~forum.services.errors.Conflict`), so no counter
  ever moves twice.
- Counted: a published comment counts in its thread's ``reply_count``, its board's ``comment_count`` and its
  author's ``comment_count``; a published thread in its board's and author's ``thread_count``. Becoming
  published also raises the author's ``approved_count`` (trust); going back to the queue (:func:`hold`)
  takes that approval back, a removal keeps it. A moderator's rejection raises ``rejected_count``.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from forum.models import (
    Board,
    Comment,
    CommentStatus,
    ReviewItem,
    ReviewState,
    Thread,
    ThreadStatus,
    User,
    path_segment,
    utcnow,
)
from forum.services.comment_counters import count_comment
from forum.services.errors import Conflict

DEFAULT_MAX_DEPTH = 5
_FETCH = {"synchronize_session": "fetch"}  # refresh loaded rows from the database, never from memory


def _at(column: sa.orm.InstrumentedAttribute, value: datetime) -> sa.BindParameter:
    return sa.bindparam(None, value, type_=column.type)


def _bump_board(session: Session, board_id: int, thread_id: int, at: datetime, **counts: object) -> None:
    """Move a board's counters and, when ``at`` is its latest activity, point it at ``thread_id``."""
    newer = sa.or_(Board.last_activity_at.is_(None), Board.last_activity_at <= _at(Board.last_activity_at, at))
    session.execute(sa.update(Board).where(Board.id == board_id).values(
        last_thread_id=sa.case((newer, thread_id), else_=Board.last_thread_id),
        last_activity_at=sa.case((newer, _at(Board.last_activity_at, at)), else_=Board.last_activity_at),
        **counts,
    ).execution_options(**_FETCH))


def _count_comment(session: Session, comment: Comment, delta: int, *, approval: bool) -> None:
    """Count (``delta`` 1) or uncount (-1) a comment in its thread, board and author."""
    count_comment(session, thread_id=comment.thread_id, author_id=comment.author_id, created_at=comment.created_at,
                  delta=delta, approval=approval)


_CHANGED = "That comment changed meanwhile; please reload and try again."


def _move(session: Session, comment: Comment, to: CommentStatus, allowed: tuple[CommentStatus, ...],
          conflict: str = _CHANGED) -> CommentStatus:
    """Change the comment's status from the one read, if that is in ``allowed``; returns the previous one."""
    session.flush()
    previous = session.execute(sa.select(Comment.status).where(Comment.id == comment.id)).scalar_one()
    if previous not in allowed:
        raise Conflict(conflict)
    moved = session.execute(sa.update(Comment).where(Comment.id == comment.id, Comment.status == previous)
                            .values(status=to).execution_options(**_FETCH)).rowcount
    if moved != 1:
        raise Conflict(conflict)
    return previous


def add_comment(session: Session, *, thread: Thread, author: User, source: str, html: str,
                status: CommentStatus, parent: Comment | None = None, max_depth: int = DEFAULT_MAX_DEPTH,
                created_at: datetime | None = None, submission_key: str | None = None) -> Comment:
    """Add a comment under ``thread`` (and ``parent``), capping nesting at ``max_depth``.

    A reply to a comment already at the deepest level attaches to that comment's parent, at the same depth,
    and remembers in ``reply_to_id`` whom it answers. Counters move only for a published comment.
    """
    attach_to = parent
    while attach_to is not None and attach_to.depth >= max_depth - 1:
        attach_to = session.get(Comment, attach_to.parent_id) if attach_to.parent_id else None
    comment = Comment(
        thread_id=thread.id, parent_id=attach_to.id if attach_to else None,
        reply_to_id=parent.id if parent else None, author_id=author.id, source=source, html=html,
        status=status, depth=(attach_to.depth + 1) if attach_to else 0, created_at=created_at or utcnow(),
        submission_key=submission_key,
    )
    session.add(comment)
    session.flush()  # the id is part of the ordering key
    comment.root_id = attach_to.root_id if attach_to else comment.id
    comment.path = f"{attach_to.path}.{path_segment(comment.id)}" if attach_to else path_segment(comment.id)
    session.add(comment)
    if status == CommentStatus.PUBLISHED:
        _count_comment(session, comment, 1, approval=True)
    return comment


def publish(session: Session, comment: Comment) -> None:
    """A held (or rejected, now edited) comment becomes public; counted, and its author's approval too."""
    _move(session, comment, CommentStatus.PUBLISHED, (CommentStatus.PENDING, CommentStatus.REJECTED))
    _count_comment(session, comment, 1, approval=True)


_HOLDABLE = (CommentStatus.PUBLISHED, CommentStatus.PENDING, CommentStatus.REJECTED)


def hold(session: Session, comment: Comment, *, only_from: CommentStatus | None = None) -> None:
    """Back to the review queue (an edit held, members' reports): uncounted, its approval taken back.

    A comment already waiting stays waiting (nothing moves). ``only_from`` restricts the move to one
    status (reports hide only a published comment, once): otherwise :class:`Conflict`.
    """
    previous = _move(session, comment, CommentStatus.PENDING, (only_from,) if only_from else _HOLDABLE)
    if previous == CommentStatus.PUBLISHED:
        _count_comment(session, comment, -1, approval=True)


def remove(session: Session, comment: Comment) -> CommentStatus:
    """The comment becomes a tombstone (deleted by its author or a moderator); returns the status it had.

    The approval it earned is kept: it was a good comment once.
    """
    previous = _move(session, comment, CommentStatus.REMOVED,
                     (CommentStatus.PUBLISHED, CommentStatus.PENDING, CommentStatus.REJECTED),
                     "That comment changed while you were deleting it; please reload and try again.")
    if previous == CommentStatus.PUBLISHED:
        _count_comment(session, comment, -1, approval=False)
    return previous


def withdraw(session: Session, comment: Comment, *, by: int) -> CommentStatus:
    """:func:`remove`, and its open review item is closed as withdrawn (nobody needs to decide it now)."""
    previous = remove(session, comment)
    session.execute(sa.update(ReviewItem)
                    .where(ReviewItem.comment_id == comment.id, ReviewItem.state == ReviewState.OPEN)
                    .values(state=ReviewState.WITHDRAWN, decided_by=by, decided_at=utcnow())
                    .execution_options(**_FETCH))
    return previous


def reject(session: Session, comment: Comment) -> None:
    """A moderator rejects a held comment, or a reported one still public (it leaves the page now, uncounted
    and its approval taken back): visible to its author only; their ``rejected_count`` rises."""
    previous = _move(session, comment, CommentStatus.REJECTED, (CommentStatus.PENDING, CommentStatus.PUBLISHED))
    if previous == CommentStatus.PUBLISHED:
        _count_comment(session, comment, -1, approval=True)
    session.execute(sa.update(User).where(User.id == comment.author_id)
                    .values(rejected_count=User.rejected_count + 1).execution_options(**_FETCH))


def restore(session: Session, comment: Comment) -> None:
    """Undo a removal: the comment is public again and counted (its approval was never taken back)."""
    _move(session, comment, CommentStatus.PUBLISHED, (CommentStatus.REMOVED,))
    _count_comment(session, comment, 1, approval=False)


def count_report(session: Session, comment: Comment) -> int:
    """One more report against ``comment`` (and its author); returns the comment's new report count."""
    session.execute(sa.update(Comment).where(Comment.id == comment.id)
                    .values(report_count=Comment.report_count + 1).execution_options(**_FETCH))
    session.execute(sa.update(User).where(User.id == comment.author_id)
                    .values(reported_count=User.reported_count + 1).execution_options(**_FETCH))
    return session.execute(sa.select(Comment.report_count).where(Comment.id == comment.id)).scalar_one()


# --- threads ------------------------------------------------------------------------------------------------

def _count_thread(session: Session, thread: Thread) -> None:
    _bump_board(session, thread.board_id, thread.id, thread.last_activity_at, thread_count=Board.thread_count + 1)
    session.execute(sa.update(User).where(User.id == thread.author_id)
                    .values(thread_count=User.thread_count + 1).execution_options(**_FETCH))


def _move_thread(session: Session, thread: Thread, to: ThreadStatus) -> None:
    session.flush()
    moved = session.execute(sa.update(Thread).where(Thread.id == thread.id, Thread.status == ThreadStatus.PENDING)
                            .values(status=to).execution_options(**_FETCH)).rowcount
    if moved != 1:
        raise Conflict("That thread changed meanwhile; please reload and try again.")


def add_thread(session: Session, *, board: Board, author: User, slug: str, title: str, source: str,
               html: str, status: ThreadStatus = ThreadStatus.PUBLISHED, pinned: bool = False,
               locked: bool = False, created_at: datetime | None = None) -> Thread:
    """Add a thread to ``board``; a published one is counted in the board and for its author."""
    created_at = created_at or utcnow()
    thread = Thread(board_id=board.id, slug=slug, title=title, body_source=source, body_html=html,
                    author_id=author.id, status=status, pinned=pinned, locked=locked, created_at=created_at,
                    last_activity_at=created_at)
    session.add(thread)
    session.flush()
    if status == ThreadStatus.PUBLISHED:
        _count_thread(session, thread)
    return thread


def publish_thread(session: Session, thread: Thread) -> None:
    """A held thread becomes public and is counted."""
    _move_thread(session, thread, ThreadStatus.PUBLISHED)
    _count_thread(session, thread)


def reject_thread(session: Session, thread: Thread) -> None:
    """A moderator rejects a held thread; its author's ``rejected_count`` rises."""
    _move_thread(session, thread, ThreadStatus.REJECTED)
    session.execute(sa.update(User).where(User.id == thread.author_id)
                    .values(rejected_count=User.rejected_count + 1).execution_options(**_FETCH))
