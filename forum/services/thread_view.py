"""Reading a thread: the opening post and one page of nested comments, visible to this viewer.

A page is ``per_page`` top-level comments with every reply beneath them, in one ordered list (depth-first,
siblings oldest first) carrying each comment's depth, so the page can indent it. The number of queries is
constant whatever the thread's size (five): the thread (with its tags, and the viewer's watch level and
bookmark, as columns of the same row), the count of top-level comments, the page of top-level ids, all
comments under those roots in ``path`` order, and the reactions on the opening post and those comments in one
aggregate query. "In reply to @name" past the depth cap comes from the comments already loaded.

Visibility: everyone sees published comments; authors also see their own pending and rejected ones, marked;
moderators see pending ones. A removed comment that still has visible replies shows as a tombstone so the
conversation under it keeps its place.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import (
    Board,
    Bookmark,
    Comment,
    CommentStatus,
    ContentKind,
    Tag,
    Thread,
    ThreadStatus,
    ThreadTag,
    User,
    Viewer,
    Watch,
    thread_visible_to,
    visible_comments,
)
from forum.services.errors import NotFound
from forum.services.reactions import ReactionCount, empty_reactions, reactions_on_page
from forum.services.timefmt import iso, relative_time
from forum.settings import COMMENTS_PER_PAGE

_SEP = "\x1f"  # joins the thread's tag names in one column of the thread's row (names never contain it)


@dataclass
class CommentView:
    """A comment as a thread page shows it. ``html`` is sanitised; ``removed`` marks a tombstone."""

    id: int
    parent_id: int  # 0 for a top-level comment
    depth: int
    author_handle: str
    author_name: str
    html: str
    status: str  # a CommentStatus value
    created: str
    created_iso: str
    edited: bool
    reply_count: int  # visible replies at any depth beneath it
    removed: bool = False
    is_own: bool = False
    reactions: list[ReactionCount] = field(default_factory=empty_reactions)
    author_avatar: str = ""  # the avatar's URL stem ("" for the initials avatar)
    reply_to_handle: str = ""  # set past the depth cap, where the indent no longer shows whom it answers
    reply_to_name: str = ""
    reply_to_id: int = 0


@dataclass
class ThreadPage:
    """A thread and one page of its comments."""

    id: int
    slug: str
    title: str
    board_slug: str
    board_name: str
    author_handle: str
    author_name: str
    body_html: str
    created: str
    created_iso: str
    pinned: bool
    locked: bool
    reply_count: int
    page: int
    page_count: int
    comments: list[CommentView] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    status: str = ThreadStatus.PUBLISHED.value  # PENDING only ever reaches its author and moderators
    last_activity_iso: str = ""  # the thread's latest published activity (feeds, Last-Modified, JSON-LD)
    reactions: list[ReactionCount] = field(default_factory=empty_reactions)  # on the opening post
    is_own: bool = False  # the viewer started it
    watch_level: str = ""  # the viewer's WatchLevel value, "" when they set none
    bookmarked: bool = False
    author_avatar: str = ""


def get_thread_page(session: Session, slug: str, viewer: Viewer | None = None, page: int = 1,
                    per_page: int = COMMENTS_PER_PAGE) -> ThreadPage:
    """Page ``page`` (1-based, clamped) of thread ``slug`` as ``viewer`` may see it; NotFound otherwise."""
    viewer = viewer or Viewer()
    mine = viewer.user_id or 0
    tag_names = (select(sa.func.aggregate_strings(Tag.name, _SEP)).join(ThreadTag, ThreadTag.tag_id == Tag.id)
                 .where(ThreadTag.thread_id == Thread.id).scalar_subquery())
    row = session.exec(
        select(Thread, Board.slug, Board.name, User.handle, User.display_name, Watch.level, Bookmark.id, tag_names,
               User.avatar_url)
        .join(Board, Board.id == Thread.board_id)
        .join(User, User.id == Thread.author_id)
        .outerjoin(Watch, sa.and_(Watch.user_id == mine, Watch.target_kind == ContentKind.THREAD,
                                  Watch.target_id == Thread.id))
        .outerjoin(Bookmark, sa.and_(Bookmark.user_id == mine, Bookmark.target_kind == ContentKind.THREAD,
                                     Bookmark.target_id == Thread.id))
        .where(Thread.slug == slug)
    ).first()
    if row is None or not thread_visible_to(row[0], viewer):
        raise NotFound("That thread does not exist, or it has been removed.")
    thread, board_slug, board_name, handle, name, watch_level, bookmark_id, tag_list, thread_avatar = row

    roots = sa.and_(Comment.thread_id == thread.id, Comment.depth == 0, visible_comments(viewer))
    root_total = session.exec(select(sa.func.count()).select_from(Comment).where(roots)).one()
    page_count = max(1, math.ceil(root_total / per_page))
    page = min(max(1, page), page_count)
    root_ids = session.exec(
        select(Comment.id).where(roots).order_by(Comment.id).offset((page - 1) * per_page).limit(per_page)
    ).all()
    comments = _load_conversations(session, thread.id, list(root_ids), viewer) if root_ids else []
    reactions = reactions_on_page(session, thread_id=thread.id, comment_ids=[c.id for c in comments],
                                  viewer_id=viewer.user_id)
    for view in comments:
        view.reactions = reactions.get((ContentKind.COMMENT, view.id)) or view.reactions
    tags = sorted(tag_list.split(_SEP)) if tag_list else []
    return ThreadPage(
        id=thread.id, slug=thread.slug, title=thread.title, board_slug=board_slug, board_name=board_name,
        author_handle=handle, author_name=name, body_html=thread.body_html,
        created=relative_time(thread.created_at), created_iso=iso(thread.created_at), pinned=thread.pinned,
        locked=thread.locked, reply_count=thread.reply_count, page=page, page_count=page_count,
        comments=comments, tags=tags, status=thread.status,
        last_activity_iso=iso(thread.last_activity_at),
        reactions=reactions.get((ContentKind.THREAD, thread.id)) or empty_reactions(),
        is_own=bool(mine) and thread.author_id == mine, watch_level=watch_level or "",
        bookmarked=bookmark_id is not None, author_avatar=thread_avatar or "",
    )


def comment_view(comment: Comment, handle: str, name: str, avatar_url: str | None, viewer: Viewer) -> CommentView:
    """``comment`` as ``viewer`` sees it on a thread page, before its replies are counted and its reactions
    read; a removed comment is a tombstone (no author, no text)."""
    removed = comment.status == CommentStatus.REMOVED
    return CommentView(
        id=comment.id, parent_id=comment.parent_id or 0, depth=comment.depth,
        author_handle="" if removed else handle, author_name="" if removed else name,
        html="" if removed else comment.html, status=comment.status,
        created=relative_time(comment.created_at), created_iso=iso(comment.created_at),
        edited=comment.edited_at is not None, reply_count=0, removed=removed,
        is_own=viewer.user_id is not None and comment.author_id == viewer.user_id,
        author_avatar="" if removed else (avatar_url or ""),
    )


def _load_conversations(session: Session, thread_id: int, root_ids: list[int], viewer: Viewer
                        ) -> list[CommentView]:
    rows = session.exec(
        select(Comment, User.handle, User.display_name, User.avatar_url)
        .join(User, User.id == Comment.author_id)
        .where(Comment.thread_id == thread_id, Comment.root_id.in_(root_ids), visible_comments(viewer))
        .order_by(Comment.path)
    ).all()
    views: list[CommentView] = []
    by_id: dict[int, CommentView] = {}
    for comment, handle, name, avatar_url in rows:
        parent = by_id.get(comment.parent_id) if comment.parent_id else None
        if comment.parent_id and parent is None:
            continue  # its parent is hidden from this viewer, so the reply has no place to hang
        view = comment_view(comment, handle, name, avatar_url, viewer)
        answered = by_id.get(comment.reply_to_id) if comment.reply_to_id != comment.parent_id else None
        if answered is not None and not answered.removed:
            view.reply_to_id, view.reply_to_handle = answered.id, answered.author_handle
            view.reply_to_name = answered.author_name
        by_id[comment.id] = view
        views.append(view)
    _count_replies_and_prune(views, by_id)
    return [v for v in views if not (v.removed and v.reply_count == 0)]


def _count_replies_and_prune(views: list[CommentView], by_id: dict[int, CommentView]) -> None:
    """Fill ``reply_count`` (visible descendants) bottom-up; tombstones without replies count for nothing."""
    for view in reversed(views):  # children come after their parents in path order
        if view.parent_id and not (view.removed and view.reply_count == 0):
            ancestor = by_id.get(view.parent_id)
            while ancestor is not None:
                ancestor.reply_count += 1
                ancestor = by_id.get(ancestor.parent_id) if ancestor.parent_id else None


@dataclass
class ThreadMeta:
    """What the interactive parts of a thread page need to know of it (the page itself is server-rendered)."""

    id: int
    slug: str
    title: str
    locked: bool
    status: str


def get_thread_meta(session: Session, slug: str, viewer: Viewer | None = None) -> ThreadMeta:
    """Thread ``slug`` if ``viewer`` may see it; NotFound otherwise. One query, no comments."""
    viewer = viewer or Viewer()
    thread = session.exec(select(Thread).where(Thread.slug == slug)).first()
    if thread is None or not thread_visible_to(thread, viewer):
        raise NotFound("That thread does not exist, or it has been removed.")
    return ThreadMeta(id=thread.id, slug=thread.slug, title=thread.title, locked=thread.locked,
                      status=thread.status)


def comment_author_name(session: Session, comment_id: int) -> str:
    """The display name of whoever wrote ``comment_id`` ("" when there is no such comment)."""
    name = session.exec(select(User.display_name).join(Comment, Comment.author_id == User.id)
                        .where(Comment.id == comment_id)).first()
    return name or ""


def comment_author(session: Session, comment_id: int) -> tuple[str, str] | None:
    """(handle, display name) of whoever wrote published comment ``comment_id``; None otherwise (quoting)."""
    row = session.exec(select(User.handle, User.display_name).join(Comment, Comment.author_id == User.id)
                       .where(Comment.id == comment_id, Comment.status == CommentStatus.PUBLISHED)).first()
    return None if row is None else (row[0], row[1])
