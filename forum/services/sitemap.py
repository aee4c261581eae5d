"""What the sitemaps list, read from the database in one streaming query per child sitemap.

Four kinds of entries, each split into children of at most ``max_urls`` entries (the sitemap protocol's
limit is 50,000): ``boards`` (the home page and every board), ``threads`` (page 1 of every published
thread), ``pages`` (the later pages of threads with more than one page of top-level comments, counted the
way a visitor's thread page counts them) and ``profiles`` (members with published threads or comments).
``lastmod`` is the latest activity. Invariants: nothing unpublished is listed; counting a kind costs one
aggregate query; listing a child is one ordered query read with ``yield_per`` (a server-side cursor on
PostgreSQL), never a query per thread.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Board, Comment, CommentStatus, Thread, ThreadStatus, User
from forum.settings import COMMENTS_PER_PAGE

MAX_URLS = 50_000
KINDS = ("boards", "threads", "pages", "profiles")
STREAM_BATCH = 2_000
_ROOT_STATUSES = [CommentStatus.PUBLISHED.value, CommentStatus.REMOVED.value]  # as thread_view counts pages


@dataclass(frozen=True)
class SitemapEntry:
    """One public page: ``kind`` home | board | thread | profile, its slug or handle, its page number."""

    kind: str
    key: str
    page: int
    lastmod: datetime | None


def _published_threads() -> sa.ColumnElement[bool]:
    return Thread.status == ThreadStatus.PUBLISHED


def _profiles() -> sa.ColumnElement[bool]:
    return sa.or_(User.comment_count > 0, User.thread_count > 0)


def _root_counts(comments_per_page: int) -> sa.Select:
    """Published threads with more than one page: (id, slug, last activity, top-level comments)."""
    roots = sa.func.count(Comment.id)
    return (select(Thread.id, Thread.slug, Thread.last_activity_at, roots)
            .join(Comment, sa.and_(Comment.thread_id == Thread.id, Comment.depth == 0,
                                   Comment.status.in_(_ROOT_STATUSES)))
            .where(_published_threads())
            .group_by(Thread.id, Thread.slug, Thread.last_activity_at)
            .having(roots > comments_per_page)
            .order_by(Thread.id))


def _later_pages(root_count: int, comments_per_page: int) -> int:
    return math.ceil(root_count / comments_per_page) - 1


def count_entries(session: Session, kind: str, *, comments_per_page: int = COMMENTS_PER_PAGE) -> int:
    """How many entries ``kind`` lists (one query)."""
    if kind == "boards":
        return 1 + session.exec(select(sa.func.count()).select_from(Board)).one()
    if kind == "threads":
        return session.exec(select(sa.func.count()).select_from(Thread).where(_published_threads())).one()
    if kind == "profiles":
        return session.exec(select(sa.func.count()).select_from(User).where(_profiles())).one()
    if kind == "pages":
        return sum(_later_pages(row[3], comments_per_page) for row in _stream(session, _root_counts(comments_per_page)))
    raise ValueError(f"unknown sitemap kind {kind!r}")


def child_counts(session: Session, *, comments_per_page: int = COMMENTS_PER_PAGE,
                 max_urls: int = MAX_URLS) -> dict[str, int]:
    """How many children each kind needs (0 for a kind with no entries)."""
    return {kind: math.ceil(count_entries(session, kind, comments_per_page=comments_per_page) / max_urls)
            for kind in KINDS}


def _stream(session: Session, query: sa.Select) -> Iterator[sa.Row]:
    yield from session.execute(query.execution_options(yield_per=STREAM_BATCH))


def child_entries(session: Session, kind: str, number: int, *, comments_per_page: int = COMMENTS_PER_PAGE,
                  max_urls: int = MAX_URLS) -> Iterator[SitemapEntry]:
    """The entries of child ``number`` (1-based) of ``kind``, streamed in id order; empty past the last."""
    offset = (number - 1) * max_urls
    if number < 1:
        return
    if kind == "boards":
        if number == 1:
            latest = session.exec(select(sa.func.max(Board.last_activity_at))).one()
            yield SitemapEntry("home", "", 1, latest)
        query = select(Board.slug, Board.last_activity_at).order_by(Board.position, Board.id)
        first = max(0, offset - 1)
        limit = max_urls - 1 if number == 1 else max_urls
        for slug, last in _stream(session, query.offset(first).limit(limit)):
            yield SitemapEntry("board", slug, 1, last)
    elif kind == "threads":
        query = (select(Thread.slug, Thread.last_activity_at).where(_published_threads())
                 .order_by(Thread.id).offset(offset).limit(max_urls))
        for slug, last in _stream(session, query):
            yield SitemapEntry("thread", slug, 1, last)
    elif kind == "profiles":
        latest = (select(Comment.author_id, sa.func.max(Comment.created_at).label("latest"))
                  .where(Comment.status == CommentStatus.PUBLISHED.value).group_by(Comment.author_id).subquery())
        query = (select(User.handle, sa.func.coalesce(latest.c.latest, User.created_at))
                 .outerjoin(latest, latest.c.author_id == User.id).where(_profiles())
                 .order_by(User.id).offset(offset).limit(max_urls))
        for handle, last in _stream(session, query):
            yield SitemapEntry("profile", handle, 1, last)
    elif kind == "pages":
        yield from _page_entries(session, offset, max_urls, comments_per_page)
    else:
        raise ValueError(f"unknown sitemap kind {kind!r}")


def _page_entries(session: Session, offset: int, max_urls: int, comments_per_page: int) -> Iterator[SitemapEntry]:
    seen = 0
    for _id, slug, last, roots in _stream(session, _root_counts(comments_per_page)):
        for page in range(2, 2 + _later_pages(roots, comments_per_page)):
            if seen >= offset + max_urls:
                return
            if seen >= offset:
                yield SitemapEntry("thread", slug, page, last)
            seen += 1
