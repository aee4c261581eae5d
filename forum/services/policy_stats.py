"""The queue teaches the policy: how moderators decided what each rule held, and a replay on those decisions.

Where the facts live: a held comment (or opening post) has a :class:`~forum.models.ReviewItem` whose
``rules`` lists the rule ids that held it (comma-separated, the verdict's non-publish reasons) and whose
``state``/``decided_at`` record the moderator's decision. *Edited* is an approval with the moderator's
edits (``note_to_author`` is :data:`forum.services.moderation.EDITED_NOTE`); *approved* is any other
approval. Only policy holds count (triggers ``policy`` and ``new_member``; reported comments are not the
policy's doing), and only decided items (approved or rejected; a withdrawn one was never decided).

Cost: :func:`decisions_by_rule` is one aggregate query whatever the number of items: grouped by the
``rules`` string, the state and whether it was edited, one conditional sum per window. The number of rows
is the number of distinct rule combinations, which the rulebook bounds; rows are split per rule in Python.
An item held by two rules counts once under each. :func:`replay_decided` reads at most ``limit`` items.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, ReviewItem, ReviewState, ReviewTrigger, Thread, User, utcnow
from forum.policy import review_comment
from forum.policy.rules import RULE_ORDER, label
from forum.services.actors import author_context, require_admin
from forum.services.errors import InvalidInput
from forum.services.moderation import EDITED_NOTE
from forum.services.policy_settings import ReplayRow, current_policy, validate_settings
from forum.services.validation import excerpt

WINDOWS = (30, 90)
_POLICY_TRIGGERS = (ReviewTrigger.POLICY.value, ReviewTrigger.NEW_MEMBER.value)
_DECIDED = (ReviewState.APPROVED.value, ReviewState.REJECTED.value)
_RANK = {rule: i for i, rule in enumerate(RULE_ORDER)}


@dataclass(frozen=True)
class WindowCounts:
    """How moderators decided one rule's holds over the last ``days`` days."""

    days: int
    approved: int = 0  # approved as written
    edited: int = 0  # approved with the moderator's edits
    rejected: int = 0

    @property
    def decided(self) -> int:
        return self.approved + self.edited + self.rejected

    @property
    def approved_share(self) -> float | None:
        """The share approved as written (the hold was noise), or None with nothing decided."""
        return self.approved / self.decided if self.decided else None

    def share_text(self) -> str:
        share = self.approved_share
        return "–" if share is None else f"{round(share * 100)}%"


@dataclass(frozen=True)
class RuleDecisions:
    """One rule: its id, the words members read for it, and one :class:`WindowCounts` per window."""

    rule: str
    label: str
    windows: tuple[WindowCounts, ...]


def _window_sums(now: datetime, windows: tuple[int, ...]) -> list[sa.ColumnElement[Any]]:
    return [sa.func.sum(sa.case((ReviewItem.decided_at >= now - timedelta(days=d), 1), else_=0)) for d in windows]


def decisions_by_rule(session: Session, *, windows: tuple[int, ...] = WINDOWS, now: datetime | None = None
                      ) -> list[RuleDecisions]:
    """Per rule, how moderators decided the items it held in each window (days), in rulebook order.

    No permission check: callers are the admin page (through :func:`policy_decisions`) and the command line.
    """
    if not windows or any(isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= 3650 for d in windows):
        raise InvalidInput("A window is a whole number of days between 1 and 3650.")
    now = now or utcnow()
    edited = sa.case((ReviewItem.note_to_author == EDITED_NOTE, 1), else_=0).label("edited")
    rows = session.execute(
        select(ReviewItem.rules, ReviewItem.state, edited, *_window_sums(now, windows))
        .where(ReviewItem.state.in_(_DECIDED), ReviewItem.trigger.in_(_POLICY_TRIGGERS),
               ReviewItem.decided_at >= now - timedelta(days=max(windows)))
        .group_by(ReviewItem.rules, ReviewItem.state, edited)
    ).all()
    tally: dict[str, list[list[int]]] = {}  # rule → per window [approved, edited, rejected]
    for rules, state, was_edited, *sums in rows:
        column = 2 if state == ReviewState.REJECTED else (1 if was_edited else 0)
        for rule in dict.fromkeys(r for r in (rules or "").split(",") if r):
            counts = tally.setdefault(rule, [[0, 0, 0] for _ in windows])
            for i, n in enumerate(sums):
                counts[i][column] += int(n or 0)
    ordered = sorted(tally, key=lambda r: (_RANK.get(r, len(_RANK)), r))
    return [RuleDecisions(rule, label(rule), tuple(WindowCounts(d, *counts) for d, counts in
                                                   zip(windows, tally[rule], strict=True)))
            for rule in ordered]


def policy_decisions(session: Session, *, actor_id: int | None, now: datetime | None = None) -> list[RuleDecisions]:
    """:func:`decisions_by_rule` over the last 30 and 90 days, for admins."""
    require_admin(session, actor_id)
    return decisions_by_rule(session, now=now)


@dataclass
class DecidedReplayRow(ReplayRow):
    """A replay row for a comment a moderator decided: what they decided next to what the settings would."""

    moderator_decision: str = ""  # approved, edited or rejected
    agrees: bool = False  # the proposed settings publish what was approved, and do not publish what was rejected
    held_by: list[str] = field(default_factory=list)  # the rules that held it at the time


def replay_decided(session: Session, *, actor_id: int | None, settings: dict[str, Any], days: int = 90,
                   limit: int = 500, now: datetime | None = None) -> list[DecidedReplayRow]:
    """What ``settings`` would decide for the comments moderators decided in the last ``days`` days.

    Admins only; nothing is saved. Like :func:`forum.services.policy_settings.replay_policy`, both sides
    judge the comment's source with its author as they are now. ``agrees`` is the proposed settings' verdict
    against the moderator's: publishing an approved (or edited) comment, not publishing a rejected one.
    """
    require_admin(session, actor_id)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
        raise InvalidInput("Replay on decisions of the last 1 to 3650 days.")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 1_000:
        raise InvalidInput("Replay between 1 and 1,000 decided comments.")
    proposed, _ = validate_settings(session, settings)
    current = current_policy(session)
    now = now or utcnow()
    rows = session.exec(
        select(ReviewItem.rules, ReviewItem.state, ReviewItem.note_to_author, Comment.id, Comment.source,
               Thread.slug, Thread.title, User)
        .join(Comment, Comment.id == ReviewItem.comment_id).join(Thread, Thread.id == Comment.thread_id)
        .join(User, User.id == Comment.author_id)
        .where(ReviewItem.state.in_(_DECIDED), ReviewItem.trigger.in_(_POLICY_TRIGGERS),
               ReviewItem.decided_at >= now - timedelta(days=days))
        .order_by(ReviewItem.decided_at.desc(), ReviewItem.id.desc()).limit(limit)
    ).all()
    out: list[DecidedReplayRow] = []
    for rules, state, note, comment_id, source, slug, title, author in rows:
        context = author_context(author)
        now_verdict = review_comment(source, settings=current, author=context)
        new_verdict = review_comment(source, settings=proposed, author=context)
        decided = "rejected" if state == ReviewState.REJECTED else ("edited" if note == EDITED_NOTE else "approved")
        out.append(DecidedReplayRow(
            comment_id=comment_id, thread_slug=slug, author_handle=author.handle, excerpt=excerpt(source),
            current_decision=now_verdict.decision.value, proposed_decision=new_verdict.decision.value,
            changed=now_verdict.decision != new_verdict.decision, rules=_held(new_verdict),
            current_rules=_held(now_verdict), thread_title=title, moderator_decision=decided,
            agrees=new_verdict.is_publish == (decided != "rejected"), held_by=[r for r in rules.split(",") if r],
        ))
    return out


def _held(verdict: Any) -> list[str]:
    return [r.rule for r in verdict.reasons if r.outcome.value != "publish"]


def decided_summary(rows: list[DecidedReplayRow]) -> str:
    """One sentence: how often the proposed settings agree with the moderators, and where they would not."""
    if not rows:
        return "No comment held by the policy was decided in that period."
    agree = sum(r.agrees for r in rows)
    approved_held = sum(1 for r in rows if r.moderator_decision != "rejected" and not r.agrees)
    rejected_out = sum(1 for r in rows if r.moderator_decision == "rejected" and not r.agrees)
    return (f"The proposed settings agree with the moderators on {agree} of {len(rows)} decided comments: "
            f"{approved_held} they approved would still wait or be refused, {rejected_out} they rejected "
            "would publish.")
