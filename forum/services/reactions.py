"""Reactions: Helpful, Thanks, Insightful on a thread's opening post or a comment.

This is the sanctioned "good post": a member who only wants to say thanks reacts instead of writing a comment
the policy would reject as too brief. Rules, all checked here on the server:
- members only (suspended accounts cannot react), on published posts in published threads, never one's own;
- idempotent: a member holds at most one reaction of each kind per post (a unique constraint), so reacting
  twice, or two tabs racing, leaves one row; ``set_reaction(on=False)`` on nothing is a no-op;
- rate-limited: at most ``REACTIONS_PER_MINUTE`` new reactions a minute per member (removing is never
  limited);
- a thread page reads every reaction of its opening post and comments in one aggregate query
  (``reactions_on_page``), so reactions add no query per comment.
Reactions received count toward a member's trust record (``reactions_received``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from forum.models import (
    Comment,
    CommentStatus,
    ContentKind,
    Reaction,
    ReactionKind,
    Thread,
    ThreadStatus,
    User,
    utcnow,
)
from forum.services.actors import require_poster
from forum.services.errors import InvalidInput, NotFound, PermissionDenied, RateLimited
from forum.services.validation import require_id

REACTIONS_PER_MINUTE = 30
NAMES_SHOWN = 12  # names listed in a button's hover text before "and N more"
REACTABLE = (ContentKind.THREAD, ContentKind.COMMENT)


@dataclass
class ReactionCount:
    """One kind of reaction on one post, as its button shows it."""

    kind: str  # a ReactionKind value
    label: str
    count: int = 0
    mine: bool = False  # the viewer holds this reaction
    names: list[str] = field(default_factory=list)

    @property
    def who(self) -> str:
        """The hover text: who reacted ("Maya, Sam and 3 more")."""
        if not self.names:
            return f"{self.label}: nobody yet"
        shown = self.names[:NAMES_SHOWN]
        more = self.count - len(shown)
        return f"{self.label}: " + ", ".join(shown) + (f" and {more} more" if more > 0 else "")


@dataclass(frozen=True)
class ReactionResult:
    """What a reaction request left in place."""

    kind: str
    on: bool
    count: int
    thread_id: int


def empty_reactions() -> list[ReactionCount]:
    """Every kind at zero, in display order."""
    return [ReactionCount(kind=k.value, label=k.label) for k in ReactionKind]


def _parse(target_kind: object, kind: object) -> tuple[ContentKind, ReactionKind]:
    try:
        target = ContentKind(str(target_kind))
        reaction = ReactionKind(str(kind))
    except ValueError:
        raise InvalidInput("That is not a reaction this forum offers.") from None
    if target not in REACTABLE:
        raise InvalidInput("Only posts and comments take reactions.")
    return target, reaction


def _target(session: Session, target: ContentKind, target_id: int) -> tuple[int, int]:
    """(thread id, author id) of a published post; NotFound otherwise."""
    if target == ContentKind.THREAD:
        thread = session.get(Thread, target_id)
        if thread is None or thread.status != ThreadStatus.PUBLISHED:
            raise NotFound("That thread does not exist, or it is not public.")
        return thread.id, thread.author_id
    row = session.exec(select(Comment.thread_id, Comment.author_id, Comment.status, Thread.status)
                       .join(Thread, Thread.id == Comment.thread_id).where(Comment.id == target_id)).first()
    if row is None or row[2] != CommentStatus.PUBLISHED or row[3] != ThreadStatus.PUBLISHED:
        raise NotFound("That comment does not exist, or it is not public.")
    return row[0], row[1]


def _held(session: Session, user_id: int, target: ContentKind, target_id: int, kind: ReactionKind
          ) -> Reaction | None:
    return session.exec(select(Reaction).where(
        Reaction.user_id == user_id, Reaction.target_kind == target, Reaction.target_id == target_id,
        Reaction.kind == kind)).first()


def _count(session: Session, target: ContentKind, target_id: int, kind: ReactionKind) -> int:
    return session.exec(select(sa.func.count()).select_from(Reaction).where(
        Reaction.target_kind == target, Reaction.target_id == target_id, Reaction.kind == kind)).one()


def _check_rate(session: Session, user_id: int, now: datetime) -> None:
    recent = session.exec(select(sa.func.count()).select_from(Reaction).where(
        Reaction.user_id == user_id, Reaction.created_at > now - timedelta(minutes=1))).one()
    if recent >= REACTIONS_PER_MINUTE:
        raise RateLimited("You are reacting very fast: please wait a minute and try again.")


def set_reaction(session: Session, *, actor_id: int | None, target_kind: object, target_id: object, kind: object,
                 on: bool = True, now: datetime | None = None) -> ReactionResult:
    """Make the member's reaction ``kind`` on the post be ``on`` (present) or not; idempotent either way."""
    actor = require_poster(session, actor_id)
    target, reaction = _parse(target_kind, kind)
    target_id = require_id(target_id, target.value)
    thread_id, author_id = _target(session, target, target_id)
    if author_id == actor.id:
        raise PermissionDenied("You cannot react to your own post.")
    now = now or utcnow()
    held = _held(session, actor.id, target, target_id, reaction)
    if on and held is None:
        _check_rate(session, actor.id, now)
        try:
            with session.begin_nested():
                session.add(Reaction(user_id=actor.id, target_kind=target, target_id=target_id, thread_id=thread_id,
                                     recipient_id=author_id, kind=reaction, created_at=now))
        except IntegrityError:
            pass  # another tab of the same member reacted first: the reaction is there, which is what was asked
    elif not on and held is not None:
        session.delete(held)
    session.flush()
    return ReactionResult(kind=reaction.value, on=on, count=_count(session, target, target_id, reaction),
                          thread_id=thread_id)


def toggle_reaction(session: Session, *, actor_id: int | None, target_kind: object, target_id: object,
                    kind: object, now: datetime | None = None) -> ReactionResult:
    """One click on a reaction button: add it when the member does not hold it, remove it when they do."""
    actor = require_poster(session, actor_id)
    target, reaction = _parse(target_kind, kind)
    held = _held(session, actor.id, target, require_id(target_id, target.value), reaction)
    return set_reaction(session, actor_id=actor_id, target_kind=target, target_id=target_id, kind=reaction,
                        on=held is None, now=now)


def reactions_on_page(session: Session, *, thread_id: int, comment_ids: Iterable[int], viewer_id: int | None
                      ) -> dict[tuple[ContentKind, int], list[ReactionCount]]:
    """Reactions on the thread's opening post and on ``comment_ids``, per (kind of post, id), in one query.

    Posts without reactions are absent: callers fall back to :func:`empty_reactions`.
    """
    ids = sorted(set(comment_ids))
    mine = sa.func.max(sa.case((Reaction.user_id == (viewer_id or 0), 1), else_=0))
    rows = session.execute(
        select(Reaction.target_kind, Reaction.target_id, Reaction.kind, sa.func.count(), mine,
               sa.func.aggregate_strings(User.display_name, "\x1f"))
        .join(User, User.id == Reaction.user_id)
        .where(Reaction.thread_id == thread_id,
               sa.or_(Reaction.target_kind == ContentKind.THREAD, Reaction.target_id.in_(ids)))
        .group_by(Reaction.target_kind, Reaction.target_id, Reaction.kind)
    ).all()
    found: dict[tuple[ContentKind, int], list[ReactionCount]] = {}
    for target, target_id, kind, count, held, names in rows:
        counts = found.setdefault((ContentKind(target), target_id), empty_reactions())
        for shown in counts:
            if shown.kind == kind:
                shown.count, shown.mine = count, bool(held)
                shown.names = sorted((names or "").split("\x1f"))[:NAMES_SHOWN]
    return found


def reactions_received(session: Session, *, user_id: int) -> int:
    """How many reactions others gave the member's posts (part of their trust record)."""
    return session.exec(select(sa.func.count()).select_from(Reaction)
                        .where(Reaction.recipient_id == require_id(user_id, "account"))).one()


def reactions_received_by(session: Session, user_ids: Iterable[int]) -> dict[int, int]:
    """Reactions received per member of ``user_ids`` (absent: none), in one query (the moderation queue)."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    rows = session.exec(select(Reaction.recipient_id, sa.func.count()).where(Reaction.recipient_id.in_(ids))
                        .group_by(Reaction.recipient_id)).all()
    return {user_id: count for user_id, count in rows}
