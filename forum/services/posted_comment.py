"""New comments as their thread page shows them, for an open tab to put in place without re-reading the page.

Two readers: the tab that just posted a comment asks for that one (``get_posted_comment``: its own held
comment included), and a member's open tab told by its live socket that the thread moved on asks for the
comments published since the version it shows (``get_added_comments``), when the change is only that. Each
reads the comments with their authors in one query, whom a comment answers past the depth cap in one more
when there is one, and the page of each new conversation's root in two more for them all. Reactions and
replies are not read: a comment just published has none yet.

Visibility is the thread page's (``visible_comments``): a visitor gets only published comments, an author
also their own held one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, Thread, User, Viewer, thread_visible_to, visible_comments
from forum.services.errors import NotFound
from forum.services.thread_view import CommentView, comment_view
from forum.settings import COMMENTS_PER_PAGE

MAX_ADDED = 100  # more new comments than this at once: the caller draws the whole list instead


@dataclass(frozen=True)
class PostedComment:
    """A comment's view and the page of the thread it is on."""

    view: CommentView
    page: int


@dataclass(frozen=True)
class AddedComments:
    """New comments of one thread, oldest first, and the thread's reply count now."""

    comments: list[PostedComment]
    reply_count: int


def _read(session: Session, where: sa.ColumnElement[bool], slug: str, viewer: Viewer, per_page: int,
          limit: int) -> tuple[Thread | None, list[PostedComment]]:
    visible = visible_comments(viewer)
    rows = session.exec(
        select(Comment, Thread, User.handle, User.display_name, User.avatar_url)
        .join(Thread, Thread.id == Comment.thread_id).join(User, User.id == Comment.author_id)
        .where(where, Thread.slug == slug, visible, Comment.status != CommentStatus.REMOVED)
        .order_by(Comment.id).limit(limit)
    ).all()
    if not rows or not thread_visible_to(rows[0][1], viewer):
        return None, []
    answered_ids = {c.reply_to_id for c, *_ in rows if c.reply_to_id and c.reply_to_id != c.parent_id}
    answered: dict[int, tuple[str, str]] = {}
    if answered_ids:
        answered = {i: (handle, name) for i, handle, name in session.exec(
            select(Comment.id, User.handle, User.display_name).join(User, User.id == Comment.author_id)
            .where(Comment.id.in_(answered_ids), Comment.status == CommentStatus.PUBLISHED)).all()}
    thread = rows[0][1]
    pages = _pages_of(session, thread.id, sorted({c.root_id or c.id for c, *_ in rows}), visible, per_page)
    posted: list[PostedComment] = []
    for comment, _thread, handle, name, avatar_url in rows:
        view = comment_view(comment, handle, name, avatar_url, viewer)
        if comment.reply_to_id in answered and comment.reply_to_id != comment.parent_id:
            view.reply_to_id = comment.reply_to_id
            view.reply_to_handle, view.reply_to_name = answered[comment.reply_to_id]
        posted.append(PostedComment(view=view, page=pages[comment.root_id or comment.id]))
    return thread, posted


def _pages_of(session: Session, thread_id: int, root_ids: list[int], visible: sa.ColumnElement[bool],
              per_page: int) -> dict[int, int]:
    """The page each of ``root_ids`` (top-level comments) is on: the visible top-level comments before the
    first of them counted, and, when there are several, the ids from it on listed (new conversations are at
    the end: a short list)."""
    roots = sa.and_(Comment.thread_id == thread_id, Comment.depth == 0, visible)
    first = root_ids[0]
    before = session.exec(select(sa.func.count()).select_from(Comment).where(roots, Comment.id < first)).one()
    if len(root_ids) == 1:  # the common case, one comment just posted: the count is all it takes
        return {first: max(1, math.ceil((before + 1) / per_page))}
    position = {root: before + n for n, root in enumerate(
        session.exec(select(Comment.id).where(roots, Comment.id >= first).order_by(Comment.id)).all(), start=1)}
    return {root: max(1, math.ceil(position.get(root, before + 1) / per_page)) for root in root_ids}


def get_posted_comment(session: Session, *, slug: str, comment_id: int, viewer: Viewer,
                       per_page: int = COMMENTS_PER_PAGE) -> tuple[PostedComment, int]:
    """Comment ``comment_id`` of thread ``slug`` as ``viewer`` sees it, and the thread's reply count;
    NotFound when they may not see it there."""
    thread, found = _read(session, Comment.id == comment_id, slug, viewer, per_page, 1)
    if thread is None or not found:
        raise NotFound("That comment is not on this thread, or you cannot see it.")
    return found[0], thread.reply_count


def get_added_comments(session: Session, *, slug: str, after_id: int, viewer: Viewer,
                       per_page: int = COMMENTS_PER_PAGE) -> AddedComments | None:
    """The comments of thread ``slug`` published after comment id ``after_id``, as ``viewer`` sees them
    (at most :data:`MAX_ADDED`); None when the thread is not theirs to see or there are more."""
    thread_id = select(Thread.id).where(Thread.slug == slug).scalar_subquery()
    where = sa.and_(Comment.thread_id == thread_id, Comment.id > after_id, Comment.status == CommentStatus.PUBLISHED)
    thread, found = _read(session, where, slug, viewer, per_page, MAX_ADDED + 1)
    if thread is None or len(found) > MAX_ADDED:
        return None
    return AddedComments(comments=found, reply_count=thread.reply_count)
