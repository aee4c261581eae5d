"""Persisting comments and threads with their derived fields and counters kept consistent.

These are the low-level writes the posting and moderation use cases (and the demo loader) share. They do no
policy or permission checks: callers decide *whether* to write; these functions make sure that *when* they
write, ``depth``, ``root_id``, ``path`` and every counter (thread, board, author) stay right.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from forum.models import Board, Comment, CommentStatus, Thread, User, path_segment, utcnow

DEFAULT_MAX_DEPTH = 5


def insert_comment(session: Session, *, thread: Thread, author: User, source: str, html: str,
                   status: str, parent: Comment | None = None, max_depth: int = DEFAULT_MAX_DEPTH,
                   created_at: datetime | None = None) -> Comment:
    """Add a comment under ``thread`` (and ``parent``), capping nesting at ``max_depth``.

    A reply to a comment already at the deepest level attaches to that comment's parent, at the same depth,
    and remembers in ``reply_to_id`` whom it answers. Counters move only for published comments.
    """
    created_at = created_at or utcnow()
    attach_to = parent
    while attach_to is not None and attach_to.depth >= max_depth - 1:
        attach_to = session.get(Comment, attach_to.parent_id) if attach_to.parent_id else None
    comment = Comment(
        thread_id=thread.id, parent_id=attach_to.id if attach_to else None,
        reply_to_id=parent.id if parent else None, author_id=author.id, source=source, html=html,
        status=status, depth=(attach_to.depth + 1) if attach_to else 0, created_at=created_at,
    )
    session.add(comment)
    session.flush()  # the id is part of the ordering key
    comment.root_id = attach_to.root_id if attach_to else comment.id
    comment.path = f"{attach_to.path}.{path_segment(comment.id)}" if attach_to else path_segment(comment.id)
    if status == CommentStatus.PUBLISHED.value:
        count_published(session, comment, thread=thread, author=author)
    session.add(comment)
    return comment


def count_published(session: Session, comment: Comment, *, thread: Thread | None = None,
                    author: User | None = None) -> None:
    """Move the counters for a comment that has just become published."""
    thread = thread or session.get(Thread, comment.thread_id)
    author = author or session.get(User, comment.author_id)
    board = session.get(Board, thread.board_id)
    thread.reply_count += 1
    thread.last_activity_at = max(thread.last_activity_at, comment.created_at)
    board.comment_count += 1
    if board.last_activity_at is None or comment.created_at >= board.last_activity_at:
        board.last_activity_at = comment.created_at
        board.last_thread_id = thread.id
    author.comment_count += 1
    author.approved_count += 1
    session.add_all([thread, board, author])


def uncount_published(session: Session, comment: Comment, *, withdraw_approval: bool = False) -> None:
    """Move the counters back for a published comment that is being removed or rejected.

    ``withdraw_approval`` also takes back the author's ``approved_count``: for a comment going back to the
    review queue (an edit held, reports), whose approval :func:`count_published` will count again.
    """
    thread = session.get(Thread, comment.thread_id)
    board = session.get(Board, thread.board_id)
    author = session.get(User, comment.author_id)
    thread.reply_count = max(0, thread.reply_count - 1)
    board.comment_count = max(0, board.comment_count - 1)
    author.comment_count = max(0, author.comment_count - 1)
    if withdraw_approval:
        author.approved_count = max(0, author.approved_count - 1)
    session.add_all([thread, board, author])


def insert_thread(session: Session, *, board: Board, author: User, slug: str, title: str, source: str,
                  html: str, status: str = "published", pinned: bool = False, locked: bool = False,
                  created_at: datetime | None = None) -> Thread:
    """Add a thread to ``board`` and move the board's and author's counters when it is published."""
    created_at = created_at or utcnow()
    thread = Thread(board_id=board.id, slug=slug, title=title, body_source=source, body_html=html,
                    author_id=author.id, status=status, pinned=pinned, locked=locked, created_at=created_at,
                    last_activity_at=created_at)
    session.add(thread)
    session.flush()
    if status == "published":
        count_published_thread(session, thread, board=board, author=author)
    return thread


def count_published_thread(session: Session, thread: Thread, *, board: Board | None = None,
                           author: User | None = None) -> None:
    """Move the board's and author's counters for a thread that has just become published."""
    board = board or session.get(Board, thread.board_id)
    author = author or session.get(User, thread.author_id)
    board.thread_count += 1
    author.thread_count += 1
    if board.last_activity_at is None or thread.last_activity_at >= board.last_activity_at:
        board.last_activity_at = thread.last_activity_at
        board.last_thread_id = thread.id
    session.add_all([board, author])
