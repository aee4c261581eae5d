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
_SEP = "_"  # between the version's fields; none of them contains it (timestamps are ISO 8601)


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
    return _SEP.join((str(status), flags, _stamp(edited), str(count or 0), str(newest or 0), _stamp(last_edit),
                      f"r{reactions or 0}", str(last_reaction or 0)))


def added_since(shown: str, now: str) -> tuple[int, int] | None:
    """(newest comment id at ``shown``, how many were published since) when the thread at version ``now``
    differs from version ``shown`` only by new published comments, all newer than any shown; else None."""
    before, after = shown.split(_SEP), now.split(_SEP)
    if len(before) != 8 or len(after) != 8 or not all(p.isdigit() for p in (*before[3:5], *after[3:5])):
        return None
    if before[:3] != after[:3] or before[5:] != after[5:]:
        return None
    added, newest = int(after[3]) - int(before[3]), int(before[4])
    return (newest, added) if added > 0 and int(after[4]) > newest else None


def only_added(shown: str, now: str, comment_id: int) -> bool:
    """True when the thread at version ``now`` differs from version ``shown`` by exactly one new published
    comment, ``comment_id``: a tab showing ``shown`` that has put that comment in place shows ``now``."""
    added = added_since(shown, now)
    return added is not None and added[1] == 1 and now.split(_SEP)[4] == str(comment_id)


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
