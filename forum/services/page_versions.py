"""Versions of what the public pages show, so rendered pages can be cached and open tabs told to refresh.

A version is an opaque string that changes whenever what a visitor sees of a thread changes: a comment is
published, edited, or stops being published (deleted, removed, hidden), or the thread itself is edited,
locked, pinned or moves in status, or a reaction is added or taken back (the count and newest id of its
reactions). It is one aggregate query over the index of the thread's comments, with no rows loaded, for one
thread (``thread_version``) or for every thread some reader watches (``thread_versions``), so the cost of
keeping pages fresh follows the number of threads watched, not the number of readers.

What a page shows of its *people* (the name and picture beside each post) changes with no change to the
thread: a member uploads an avatar or renames themselves. That is the profile stamp (``profiles_stamp``,
the newest ``User.profile_changed_at``: one index lookup), which the cache of rendered pages puts in its
keys beside the version (``thread_page_key``), so a cached page never shows yesterday's avatar. It is kept
out of the version itself: a profile change is no reason to wake every open tab of every thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, Reaction, Thread, User

PUBLISHED = CommentStatus.PUBLISHED.value


def _stamp(value: datetime | str | None) -> str:
    if value is None:
        return "-"
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _version_query(where: sa.ColumnElement[bool]) -> sa.Select:
    published = sa.and_(Comment.thread_id == Thread.id, Comment.status == PUBLISHED)
    return (
        select(Thread.id, Thread.slug, Thread.status, Thread.locked, Thread.pinned, Thread.edited_at,
               sa.func.count(Comment.id), sa.func.max(Comment.id), sa.func.max(Comment.edited_at),
               select(sa.func.count()).where(Reaction.thread_id == Thread.id).correlate(Thread).scalar_subquery(),
               select(sa.func.max(Reaction.id)).where(Reaction.thread_id == Thread.id).correlate(Thread)
               .scalar_subquery())
        .select_from(Thread)
        .outerjoin(Comment, published)
        .where(where)
        .group_by(Thread.id, Thread.slug, Thread.status, Thread.locked, Thread.pinned, Thread.edited_at)
    )


def _format(row: tuple) -> str:
    _id, _slug, status, locked, pinned, edited, count, newest, last_edit, reactions, last_reaction = row
    flags = f"{int(bool(locked))}{int(bool(pinned))}"
    return (f"{status}.{flags}.{_stamp(edited)}.{count or 0}.{newest or 0}.{_stamp(last_edit)}"
            f".r{reactions or 0}.{last_reaction or 0}")


def _profiles_stamp_column() -> sa.ScalarSelect:
    return select(sa.func.max(User.profile_changed_at)).scalar_subquery()


def profiles_stamp(session: Session) -> str:
    """When some member last changed the name or picture shown beside their posts ("-" for never)."""
    return _stamp(session.execute(select(_profiles_stamp_column())).scalar())


def thread_page_key(session: Session, *, slug: str) -> tuple[int, str, str] | None:
    """(thread id, version, profile stamp) of thread ``slug`` in one query: what a cached page of it depends
    on; None when there is no such thread."""
    row = session.execute(_version_query(Thread.slug == slug).add_columns(_profiles_stamp_column())).first()
    if row is None:
        return None
    values = tuple(row)
    return values[0], _format(values[:-1]), _stamp(values[-1])


def thread_version(session: Session, *, slug: str) -> tuple[int, str] | None:
    """(thread id, version) of thread ``slug``; None when there is no such thread."""
    row = session.execute(_version_query(Thread.slug == slug)).first()
    return None if row is None else (row[0], _format(tuple(row)))


def thread_versions(session: Session, *, thread_ids: Iterable[int]) -> dict[int, str]:
    """Version of each thread in ``thread_ids`` that exists, in one query."""
    ids = sorted({int(i) for i in thread_ids})
    if not ids:
        return {}
    rows = session.execute(_version_query(Thread.id.in_(ids))).all()
    return {row[0]: _format(tuple(row)) for row in rows}
