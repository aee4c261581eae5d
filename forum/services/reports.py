"""Members reporting comments: every report reaches the queue; reports from established members hide.

Invariants:
- One report per member and comment (the ``flags`` unique constraint backs the check, so two clicks or two
  tabs cannot count twice); never one's own comment; only published comments.
- ``comments.report_count`` and the author's ``reported_count`` move with every accepted report, by
  atomic ``UPDATE ... SET n = n + 1`` so concurrent reports are all counted.
- **A single report puts the comment in the review queue** (one open item, trigger ``reports``, listing
  every report with its reporter's record); the comment stays public meanwhile.
- **Hiding is weighted by trust** (issue 10: three accounts seconds old hid an admin's comment). Only reports
  from *established* reporters (:func:`is_established_reporter`: staff, or an account at least
  :data:`ESTABLISHED_AGE` old with at least :data:`ESTABLISHED_APPROVALS` approved comments and more approved
  than rejected) count towards the forum's ``report_threshold``. New or untried accounts' reports queue the
  comment but never hide it, and a moderator's or admin's comment is never hidden by reports at all.
- When the established reports reach the threshold the comment becomes pending (counters and the approval it
  earned move back); the switch is a conditional update, so it happens once even when the last two reports
  arrive together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, Flag, ReviewTrigger, Thread, User, utcnow
from forum.policy import Decision, Reason, Verdict, review_comment
from forum.services import lifecycle
from forum.services.actors import author_context, is_staff, require_poster
from forum.services.errors import Conflict, InvalidInput, NotFound
from forum.services.policy_settings import current_forum_settings, current_policy
from forum.services.timefmt import as_utc
from forum.services.validation import require_id
from forum.services.verdicts import open_review_item

REPORT_REASONS: dict[str, str] = {
    "spam": "Spam",
    "off_topic": "Off topic",
    "abusive": "Abusive or disrespectful",
    "promotion": "Promotes a company, product or link",
    "other": "Something else",
}
REPORT_RULE = "reported"
MAX_DETAIL = 1000
ESTABLISHED_AGE = timedelta(days=7)
ESTABLISHED_APPROVALS = 3


@dataclass
class ReportOutcome:
    """The comment's report count after this report, and whether it is now hidden (it is queued either way)."""

    count: int
    hidden: bool
    message: str = ""


def report_comment(session: Session, *, actor_id: int | None, comment_id: int, reason: str, detail: str = ""
                   ) -> ReportOutcome:
    """File the member's report: the comment joins the review queue, and is hidden meanwhile once enough
    established members reported it (never a staff member's comment)."""
    actor = require_poster(session, actor_id)
    comment = session.get(Comment, require_id(comment_id, "comment"))
    if comment is None or comment.status != CommentStatus.PUBLISHED:
        raise NotFound("That comment does not exist, or it is no longer public.")
    if comment.author_id == actor.id:
        raise InvalidInput("You cannot report your own comment.")
    if reason not in REPORT_REASONS:
        raise InvalidInput("Choose a reason: " + ", ".join(REPORT_REASONS.values()).lower() + ".")
    if not isinstance(detail, str) or len(detail) > MAX_DETAIL:
        raise InvalidInput(f"The details can be up to {MAX_DETAIL:,} characters.")
    already = InvalidInput("You have already reported this comment.")
    if session.exec(select(Flag.id).where(Flag.comment_id == comment.id, Flag.reporter_id == actor.id)).first():
        raise already
    try:
        with session.begin_nested():
            session.add(Flag(comment_id=comment.id, reporter_id=actor.id, reason=reason, detail=detail.strip()))
    except sa.exc.IntegrityError as exc:
        raise already from exc
    count = lifecycle.count_report(session, comment)
    session.expire(comment)
    threshold = current_forum_settings(session).report_threshold
    author = session.get(User, comment.author_id)
    reporters = _reporters(session, comment.id)
    weight = sum(1 for reporter in reporters if is_established_reporter(reporter))
    hide = weight >= threshold and not is_staff(author)
    hidden = hide and _hide_for_review(session, comment)
    if not hidden:
        _queue_for_review(session, comment, reporters)
    message = ("Thank you: the comment is hidden until a moderator reviews it." if hidden
               else "Thank you: the moderators will take a look.")
    return ReportOutcome(count=count, hidden=hidden, message=message)


def is_established_reporter(user: User, now: datetime | None = None) -> bool:
    """Whether ``user``'s report counts towards hiding a comment (see the module invariants)."""
    if is_staff(user):
        return True
    old_enough = as_utc(user.created_at) <= (now or utcnow()) - ESTABLISHED_AGE
    return old_enough and user.approved_count >= ESTABLISHED_APPROVALS and user.approved_count > user.rejected_count


def reporter_record(user: User, now: datetime | None = None) -> str:
    """One line about a reporter for the moderator: age, record, and whether the report can hide."""
    days = max(0, ((now or utcnow()) - as_utc(user.created_at)).days)
    age = "joined today" if days == 0 else f"joined {days} day{'s' if days != 1 else ''} ago"
    weight = ("established: counts towards hiding" if is_established_reporter(user, now)
              else "new or untried account: queues for review, never hides")
    return (f"{age}, {user.approved_count} approved, {user.rejected_count} rejected, "
            f"{user.reported_count} reports against them; {weight}")


def _reporters(session: Session, comment_id: int) -> list[User]:
    return list(session.exec(select(User).join(Flag, Flag.reporter_id == User.id)
                             .where(Flag.comment_id == comment_id).order_by(Flag.id)).all())


def _report_verdict(session: Session, comment: Comment) -> Verdict:
    """The reports as a verdict for the queue: one reason per report, with its reporter's record."""
    reporter = aliased(User)
    flags = session.exec(
        select(Flag.reason, Flag.detail, reporter).join(reporter, reporter.id == Flag.reporter_id)
        .where(Flag.comment_id == comment.id).order_by(Flag.id)
    ).all()
    now = utcnow()
    reasons = [
        Reason(REPORT_RULE, f"Reported by @{who.handle} ({reporter_record(who, now)}): "
                            f"{REPORT_REASONS.get(why, why)}.", detail, Decision.HOLD)
        for why, detail, who in flags
    ]
    author = session.get(User, comment.author_id)
    links = review_comment(comment.source, settings=current_policy(session), author=author_context(author)).links
    return Verdict(Decision.HOLD, tuple(reasons), comment.html, links)


def _queue_for_review(session: Session, comment: Comment, reporters: list[User]) -> None:
    """Open (or refresh) the comment's review item while it stays public."""
    session.refresh(comment)
    if comment.status != CommentStatus.PUBLISHED or not reporters:
        return
    open_review_item(session, verdict=_report_verdict(session, comment),
                     thread=session.get(Thread, comment.thread_id), comment=comment, trigger=ReviewTrigger.REPORTS)


def _hide_for_review(session: Session, comment: Comment) -> bool:
    """Move a published comment to the queue once; False when someone else already did."""
    try:
        lifecycle.hold(session, comment, only_from=CommentStatus.PUBLISHED)
    except Conflict:
        return False
    session.refresh(comment)
    open_review_item(session, verdict=_report_verdict(session, comment),
                     thread=session.get(Thread, comment.thread_id), comment=comment, trigger=ReviewTrigger.REPORTS)
    return True
