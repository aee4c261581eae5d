"""Members reporting comments; enough reports hide a comment until a moderator decides.

Invariants:
- One report per member and comment (the ``flags`` unique constraint backs the check, so two clicks or two
  tabs cannot count twice); never one's own comment; only published comments.
- ``comments.report_count`` and the author's ``reported_count`` move with every accepted report, by
  atomic ``UPDATE ... SET n = n + 1`` so concurrent reports are all counted.
- When the count reaches the forum's ``report_threshold`` a published comment becomes pending (counters and
  the approval it earned move back) with one review item (trigger ``reports``) listing every report; the
  switch is a conditional update, so it happens once even when the last two reports arrive together.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, Flag, ReviewTrigger, Thread, User
from forum.policy import Decision, Reason, Verdict, review_comment
from forum.services import lifecycle
from forum.services.actors import author_context, require_poster
from forum.services.errors import Conflict, InvalidInput, NotFound
from forum.services.policy_settings import current_forum_settings, current_policy
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


@dataclass
class ReportOutcome:
    """The comment's report count after this report, and whether it is now hidden for review."""

    count: int
    hidden: bool
    message: str = ""


def report_comment(session: Session, *, actor_id: int | None, comment_id: int, reason: str, detail: str = ""
                   ) -> ReportOutcome:
    """File the member's report on a comment; hides it for review when reports reach the threshold."""
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
    threshold = current_forum_settings(session).report_threshold
    hidden = count >= threshold and _hide_for_review(session, comment)
    message = ("Thank you: the comment is hidden until a moderator reviews it." if hidden
               else "Thank you: the moderators will take a look.")
    return ReportOutcome(count=count, hidden=hidden, message=message)


def _hide_for_review(session: Session, comment: Comment) -> bool:
    """Move a published comment to the queue once; False when someone else already did."""
    try:
        lifecycle.hold(session, comment, only_from=CommentStatus.PUBLISHED)
    except Conflict:
        return False
    reporter = aliased(User)
    flags = session.exec(
        select(Flag.reason, Flag.detail, reporter.handle).join(reporter, reporter.id == Flag.reporter_id)
        .where(Flag.comment_id == comment.id).order_by(Flag.id)
    ).all()
    reasons = [
        Reason(REPORT_RULE, f"Reported by @{handle}: {REPORT_REASONS.get(why, why)}.", detail, Decision.HOLD)
        for why, detail, handle in flags
    ]
    author = session.get(User, comment.author_id)
    links = review_comment(comment.source, settings=current_policy(session), author=author_context(author)).links
    verdict = Verdict(Decision.HOLD, tuple(reasons), comment.html, links)
    open_review_item(session, verdict=verdict, thread=session.get(Thread, comment.thread_id), comment=comment,
                     trigger=ReviewTrigger.REPORTS)
    return True
