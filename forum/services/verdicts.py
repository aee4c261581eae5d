"""From a policy verdict to what the author is told and what the moderator will see.

Shared by posting, editing and thread starting so each outcome reads the same everywhere: the typed results
the states show (:class:`VerdictView` for the live preview, :class:`Outcome` for what an action did), one
sentence for the author (:func:`outcome_message`), the label of the submit button (:data:`SUBMIT_LABELS`),
and the review item that carries the verdict's reasons and classified links to the queue
(:func:`open_review_item`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, ReviewItem, ReviewState, ReviewTrigger, Thread, utcnow
from forum.policy import Decision, FloodWait, PolicySettings, Reason, Verdict, flood_wait, flood_window

NEW_MEMBER_RULE = "new_member"
SUBMIT_LABELS = {Decision.PUBLISH.value: "Publish", Decision.HOLD.value: "Send for review",
                 Decision.REJECT.value: "Fix to post"}


@dataclass
class VerdictView:
    """A verdict as the author's panel shows it: plain data, the same for a reply, a thread and an edit.

    ``decision`` is "" until a text has been checked, then publish, hold or reject; ``reasons`` and ``links``
    are the verdict's ``to_dict`` rows (one per rule, one per classified link); ``html`` is sanitised.
    """

    decision: str = ""
    reasons: list[dict[str, str]] = field(default_factory=list)
    links: list[dict[str, str]] = field(default_factory=list)
    html: str = ""
    retry_after: int = 0  # flood control refused: seconds until the author may post again (0 otherwise)

    @property
    def submit_label(self) -> str:
        """What the submit button says for this verdict ("Publish", "Send for review", "Fix to post")."""
        return SUBMIT_LABELS.get(self.decision, SUBMIT_LABELS[Decision.PUBLISH.value])

    @classmethod
    def of(cls, verdict: Verdict, *, retry_after: int = 0) -> VerdictView:
        data = verdict.to_dict()
        return cls(decision=data["decision"], reasons=data["reasons"], links=data["links"], html=data["html"],
                   retry_after=max(0, int(retry_after)))


@dataclass
class Outcome(VerdictView):
    """What an author's action did (a comment sent or edited, a thread started): the verdict it got, one
    sentence for the author, and what was saved (ids and slug stay 0 / "" when nothing was)."""

    message: str = ""
    comment_id: int = 0
    thread_id: int = 0
    slug: str = ""


def held_rules(reasons: Iterable[Reason]) -> list[str]:
    """The rules that actually hold or reject (staff see hold reasons that no longer hold)."""
    return [r.rule for r in reasons if r.outcome is not Decision.PUBLISH]


def trigger_for(verdict: Verdict) -> ReviewTrigger:
    """``new_member`` when trust is the only reason to hold, else ``policy``."""
    return ReviewTrigger.NEW_MEMBER if held_rules(verdict.reasons) == [NEW_MEMBER_RULE] else ReviewTrigger.POLICY


def outcome_message(decision: Decision | str, *, what: str = "comment", edit: bool = False) -> str:
    """The one sentence the author reads after sending (or editing) a comment or a thread."""
    if decision == Decision.PUBLISH:
        return f"Your {what} is published." if not edit else f"Your {what} is updated."
    if decision == Decision.HOLD:
        return (f"Your {what} is awaiting review by a moderator; until then only you can see it."
                if not edit else f"Your edit is saved and the {what} is awaiting review by a moderator.")
    return (f"Your {what} was not posted: fix what is listed below and send it again; your text is kept."
            if not edit else f"Your edit was not saved: fix what is listed below; the {what} is unchanged.")


def rejection(reason: Reason) -> Verdict:
    """A verdict that refuses on one account-level reason (flood control) before any content review."""
    return Verdict(Decision.REJECT, (reason,), "", ())


def outcome(verdict: Verdict, *, message: str, comment_id: int = 0, thread_id: int = 0, slug: str = "",
            retry_after: int = 0) -> Outcome:
    """The plain-data outcome of ``verdict`` for the author."""
    view = VerdictView.of(verdict, retry_after=retry_after)
    return Outcome(decision=view.decision, reasons=view.reasons, links=view.links, html=view.html,
                   retry_after=view.retry_after, message=message, comment_id=comment_id, thread_id=thread_id,
                   slug=slug)


def recent_post_times(session: Session, author_id: int, now: datetime,
                      window: timedelta = timedelta(hours=1)) -> list[datetime]:
    """When the author posted comments and threads in the ``window`` before ``now`` (for flood control)."""
    start = now - window
    comments = select(Comment.created_at).where(Comment.author_id == author_id, Comment.created_at >= start)
    threads = select(Thread.created_at).where(Thread.author_id == author_id, Thread.created_at >= start)
    return [row[0] for row in session.execute(sa.union_all(comments, threads))]


def author_flood_wait(session: Session, *, author_id: int, staff: bool, now: datetime,
                      settings: PolicySettings) -> FloodWait | None:
    """How long this author must wait before posting again, if flood control refuses them now; moderators and
    admins are not limited."""
    window = None if staff else flood_window(settings)
    if window is None:  # not limited, or flood control is off: nothing to read
        return None
    return flood_wait(recent_post_times(session, author_id, now, window), now, settings)


def open_review_item(session: Session, *, verdict: Verdict, thread: Thread, comment: Comment | None = None,
                     trigger: ReviewTrigger | None = None, created_at: datetime | None = None) -> ReviewItem:
    """Put the comment (or, with no comment, the thread's opening post) in the queue with its evidence.

    A comment already waiting keeps its one open item, refreshed with the new verdict, so the queue never
    shows the same comment twice.
    """
    existing = None
    if comment is not None:
        existing = session.exec(select(ReviewItem).where(ReviewItem.comment_id == comment.id,
                                                         ReviewItem.state == ReviewState.OPEN)).first()
    item = existing or ReviewItem(comment_id=comment.id if comment else None, thread_id=thread.id,
                                  trigger=trigger or trigger_for(verdict), created_at=created_at or utcnow())
    reason_dicts = [r.to_dict() for r in verdict.reasons]
    item.rules = ",".join(dict.fromkeys(r["rule"] for r in reason_dicts if r.get("outcome") != Decision.PUBLISH))[:400]
    item.reasons_json = json.dumps(reason_dicts)
    item.links_json = json.dumps([link.to_dict() for link in verdict.links])
    session.add(item)
    session.flush()
    return item
