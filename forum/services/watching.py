"""Watching: who hears about a new comment, decided by each member's level on the thread and its board.

Levels (:class:`~forum.models.vocab.WatchLevel`): *watching* — every new published comment; *tracking* —
only replies to me and mentions of me; *muted* — nothing, not even those. A member's level on a thread wins
over their level on its board; with neither, a member is *tracking* (they hear of replies to them and
mentions, as before watching existed). By default a member watches the threads they start or reply to
(``watch_by_default``, which never overrides a level they chose).

``notify_new_comment`` is what the writers call once a comment is published (posting, moderation approval):
one query for the watch rows of the thread and its board, one for the mentioned handles, then one
notification per person at most (a reply beats a mention beats a watched-thread note). Only the personal
notes (the member answered, those mentioned) are written in the request; the watchers' notes are one job for
the worker (``forum.services.watch_fanout``), so posting costs the same in a thread watched by thousands.
Nobody is notified of their own comment. Mentions are limited per comment (``check_mentions``), fewer for a new member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.db import upsert_for
from forum.models import (
    Board,
    Comment,
    ContentKind,
    NotificationKind,
    Thread,
    ThreadStatus,
    User,
    Watch,
    WatchLevel,
    utcnow,
)
from forum.policy.mentions import find_mentions
from forum.routes import board_url, thread_url
from forum.services.actors import load_actor
from forum.services.errors import InvalidInput, NotFound
from forum.services.mail_notify import THREAD_COMMENT_JOB
from forum.services.notifications import notify, notify_reply
from forum.services.outbox import enqueue_job
from forum.services.validation import excerpt, require_id

MAX_MENTIONS, MAX_MENTIONS_NEW_MEMBER = 5, 2
WATCHABLE = (ContentKind.THREAD, ContentKind.BOARD)
_HANDLE_PREFIX = re.compile(r"[A-Za-z0-9_]{1,20}")


def check_mentions(text: str, *, trusted: bool) -> list[str]:
    """The handles ``text`` mentions; InvalidInput (with what to do) when there are more than allowed."""
    handles = find_mentions(text)
    limit = MAX_MENTIONS if trusted else MAX_MENTIONS_NEW_MEMBER
    if len(handles) > limit:
        who = "a comment" if trusted else "a new member's comment"
        raise InvalidInput(f"You mention {len(handles)} people; {who} can mention at most {limit}. "
                           "Remove some @names and send again (your draft is kept).")
    return handles


def _parse(target_kind: object, level: object) -> tuple[ContentKind, WatchLevel | None]:
    try:
        target = ContentKind(str(target_kind))
        chosen = WatchLevel(str(level)) if level else None
    except ValueError:
        raise InvalidInput("That is not a way of following this forum offers.") from None
    if target not in WATCHABLE:
        raise InvalidInput("Only threads and boards can be watched.")
    return target, chosen


def set_watch(session: Session, *, actor_id: int | None, target_kind: object, target_id: object,
              level: object) -> str:
    """Set the member's level on a thread or board ("" clears it back to the default); returns the level."""
    actor = load_actor(session, actor_id)
    target, chosen = _parse(target_kind, level)
    target_id = require_id(target_id, target.value)
    if target == ContentKind.THREAD:
        thread = session.get(Thread, target_id)
        if thread is None or (thread.status != ThreadStatus.PUBLISHED and thread.author_id != actor.id):
            raise NotFound("That thread does not exist, or it is not public.")
    elif session.get(Board, target_id) is None:
        raise NotFound("That board does not exist.")
    row = session.exec(select(Watch).where(Watch.user_id == actor.id, Watch.target_kind == target,
                                           Watch.target_id == target_id)).first()
    if chosen is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(Watch(user_id=actor.id, target_kind=target, target_id=target_id, level=chosen))
    else:
        row.level = chosen
        session.add(row)
    session.flush()
    return chosen.value if chosen else ""


def toggle_watch(session: Session, *, actor_id: int | None, target_kind: object, target_id: object,
                 level: object) -> str:
    """A click on a level button: set ``level``, or clear it when it is the level already set."""
    actor = load_actor(session, actor_id)
    target, chosen = _parse(target_kind, level)
    current = session.exec(select(Watch.level).where(
        Watch.user_id == actor.id, Watch.target_kind == target, Watch.target_id == require_id(target_id))).first()
    return set_watch(session, actor_id=actor.id, target_kind=target, target_id=target_id,
                     level="" if chosen is not None and current == chosen else level)


_watches = Watch.__table__
_WATCH_BY_DEFAULT: dict[str, sa.Insert] = {}  # per dialect, built once: every posted comment runs it


def watch_by_default(session: Session, *, user_id: int, thread_id: int) -> None:
    """The member watches ``thread_id`` unless they already chose a level for it (started or replied).

    One statement: a level already there (chosen, or set at the same moment by another request) stands."""
    dialect = session.get_bind().dialect.name
    statement = _WATCH_BY_DEFAULT.get(dialect)
    if statement is None:
        statement = _WATCH_BY_DEFAULT[dialect] = upsert_for(session)(_watches).values(
            user_id=sa.bindparam("p_user"), target_kind=ContentKind.THREAD.value, target_id=sa.bindparam("p_thread"),
            level=WatchLevel.WATCHING.value, created_at=sa.bindparam("p_at"),
        ).on_conflict_do_nothing(index_elements=["user_id", "target_kind", "target_id"])
    session.execute(statement, {"p_user": user_id, "p_thread": thread_id, "p_at": utcnow()})


# built once (every published comment reads it): the rows of a thread and of its board
_LEVELS = sa.select(_watches.c.user_id, _watches.c.target_kind, _watches.c.level).where(sa.or_(
    sa.and_(_watches.c.target_kind == ContentKind.THREAD.value, _watches.c.target_id == sa.bindparam("p_thread")),
    sa.and_(_watches.c.target_kind == ContentKind.BOARD.value, _watches.c.target_id == sa.bindparam("p_board"))))


def levels_for(session: Session, thread: Thread) -> dict[int, WatchLevel]:
    """Each member's effective level on ``thread`` (thread row, else board row); one query."""
    rows = session.execute(_LEVELS, {"p_thread": thread.id, "p_board": thread.board_id}).all()
    levels: dict[int, WatchLevel] = {}
    for user_id, _kind, level in sorted(rows, key=lambda r: r[1] == ContentKind.THREAD):
        levels[user_id] = WatchLevel(level)  # thread rows come last, so they win
    return levels


def notify_new_comment(session: Session, *, comment: Comment, thread: Thread, author: User) -> None:
    """Tell the people who should hear of ``comment`` (just published), each once, as their levels allow."""
    levels = levels_for(session, thread)
    heard: set[int] = {author.id}

    def allowed(user_id: int, *, personal: bool) -> bool:
        level = levels.get(user_id, WatchLevel.TRACKING)
        return user_id not in heard and level != WatchLevel.MUTED and (personal or level == WatchLevel.WATCHING)

    answered = session.get(Comment, comment.reply_to_id) if comment.reply_to_id else None
    addressee = answered.author_id if answered is not None else (None if comment.reply_to_id else thread.author_id)
    if addressee is not None and allowed(addressee, personal=True):
        notify_reply(session, reply=comment, thread=thread, replier=author)
        heard.add(addressee)
    handles = find_mentions(comment.source)
    if handles:
        for user_id in session.exec(select(User.id).where(sa.func.lower(User.handle).in_(handles))).all():
            if allowed(user_id, personal=True):
                notify(session, user_id=user_id, kind=NotificationKind.MENTION, actor_id=author.id,
                       thread_id=thread.id, comment_id=comment.id,
                       message=f"{author.display_name} mentioned you in “{thread.title}”: "
                               f"{excerpt(comment.source, 120)}")
                heard.add(user_id)
    if any(level == WatchLevel.WATCHING and allowed(user_id, personal=False) for user_id, level in levels.items()):
        # everyone else watching hears through one job the worker expands (forum.services.watch_fanout)
        enqueue_job(session, THREAD_COMMENT_JOB, {"comment_id": comment.id, "skip": sorted(heard)})


@dataclass(frozen=True)
class WatchView:
    """One thing a member follows, as their list shows it."""

    kind: str  # a ContentKind value
    level: str  # a WatchLevel value
    title: str
    url: str


def list_watches(session: Session, *, user_id: int, limit: int = 100) -> list[WatchView]:
    """What the member watches, tracks or muted: threads first, then boards (two queries)."""
    require_id(user_id, "account")
    threads = session.exec(
        select(Watch.level, Thread.title, Thread.slug).join(Thread, Thread.id == Watch.target_id)
        .where(Watch.user_id == user_id, Watch.target_kind == ContentKind.THREAD,
               Thread.status != ThreadStatus.REMOVED)
        .order_by(Watch.created_at.desc()).limit(limit)).all()
    boards = session.exec(
        select(Watch.level, Board.name, Board.slug).join(Board, Board.id == Watch.target_id)
        .where(Watch.user_id == user_id, Watch.target_kind == ContentKind.BOARD).order_by(Board.name)).all()
    return ([WatchView(ContentKind.THREAD.value, WatchLevel(lv).value, title, thread_url(slug))
             for lv, title, slug in threads]
            + [WatchView(ContentKind.BOARD.value, WatchLevel(lv).value, name, board_url(slug))
               for lv, name, slug in boards])


@dataclass(frozen=True)
class HandleMatch:
    """A member the composer can suggest after "@"."""

    handle: str
    name: str


def search_handles(session: Session, prefix: object, limit: int = 6) -> list[HandleMatch]:
    """Members whose handle starts with ``prefix`` (case-insensitive), shortest first; [] for a bad prefix."""
    if not isinstance(prefix, str) or not _HANDLE_PREFIX.fullmatch(prefix):
        return []
    escaped = prefix.lower().replace("_", "\\_")
    rows = session.exec(
        select(User.handle, User.display_name)
        .where(sa.func.lower(User.handle).like(escaped + "%", escape="\\"))
        .order_by(sa.func.length(User.handle), User.handle).limit(max(1, min(int(limit), 10)))).all()
    return [HandleMatch(handle, name) for handle, name in rows]


def board_watch_level(session: Session, *, user_id: int, board_slug: str) -> str:
    """The member's level on board ``board_slug`` ("" when none or no such board); one query."""
    level = session.exec(select(Watch.level).join(Board, sa.and_(Watch.target_kind == ContentKind.BOARD,
                                                                 Watch.target_id == Board.id))
                         .where(Watch.user_id == require_id(user_id, "account"), Board.slug == board_slug)).first()
    return WatchLevel(level).value if level else ""


def toggle_board_watch(session: Session, *, actor_id: int | None, board_slug: object, level: object) -> str:
    """A click on a board's level button (by the board's slug); see :func:`toggle_watch`."""
    board = session.exec(select(Board).where(Board.slug == str(board_slug)[:64])).first()
    if board is None:
        raise NotFound("That board does not exist.")
    return toggle_watch(session, actor_id=actor_id, target_kind=ContentKind.BOARD, target_id=board.id, level=level)
