"""Editing and deleting a comment.

Invariants:
- An edit is reviewed again like a new comment. Rejected → nothing changes. Otherwise the previous version
  is kept as a :class:`CommentRevision` (moderators see the history) and the comment takes the new text.
- Counters follow visibility: a published comment whose edit is held goes back to the queue and its
  counters (and the approval it earned) move back until a moderator approves it again.
- A comment already waiting for a moderator stays waiting whatever the edit's verdict (its one open review
  item is refreshed), so editing can never skip the queue, including one a member's reports put it in.
- Only the author or a moderator may edit or delete; a moderator acting leaves a ``ModAction`` row.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from forum.models import (
    AuditAction,
    AuditTarget,
    Comment,
    CommentRevision,
    CommentStatus,
    NotificationKind,
    ReviewItem,
    ReviewState,
    ReviewTrigger,
    Thread,
    User,
    utcnow,
)
from forum.policy import Decision, review_comment
from forum.services import lifecycle
from forum.services.actors import author_context, is_staff, load_actor, require_poster
from forum.services.audit import record_action
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.notifications import notify_decision
from forum.services.policy_settings import current_policy
from forum.services.validation import excerpt, require_id
from forum.services.verdicts import Outcome, open_review_item, outcome, outcome_message
from forum.services.watching import check_mentions


def _editable(session: Session, actor: User, comment_id: int, verb: str) -> Comment:
    comment = session.get(Comment, require_id(comment_id, "comment"))
    if comment is None or comment.status == CommentStatus.REMOVED:
        raise NotFound("That comment does not exist, or it has been deleted.")
    if comment.author_id != actor.id and not is_staff(actor):
        raise PermissionDenied(f"You can only {verb} your own comments.")
    return comment


def _open_item(session: Session, comment_id: int) -> ReviewItem | None:
    return session.exec(select(ReviewItem).where(ReviewItem.comment_id == comment_id,
                                                 ReviewItem.state == ReviewState.OPEN)).first()


def edit_comment(session: Session, *, actor_id: int | None, comment_id: int, text: str,
                 now: datetime | None = None) -> Outcome:
    """Replace a comment's text after reviewing it again; see the module invariants."""
    actor = require_poster(session, actor_id)
    comment = _editable(session, actor, comment_id, "edit")
    if not isinstance(text, str):
        raise InvalidInput("The comment must be text.")
    settings = current_policy(session)
    verdict = review_comment(text, settings=settings, author=author_context(actor))
    if verdict.is_reject:
        return outcome(verdict, comment_id=comment.id, message=outcome_message(Decision.REJECT, edit=True))
    check_mentions(text, trusted=is_staff(actor) or actor.approved_count >= settings.new_member_review_count)
    now = now or utcnow()
    previous, previous_source = comment.status, comment.source
    session.add(CommentRevision(comment_id=comment.id, editor_id=actor.id, source=comment.source,
                                html=comment.html, status=previous, created_at=now))
    thread = session.get(Thread, comment.thread_id)
    waiting = _open_item(session, comment.id) if previous == CommentStatus.PENDING else None
    if waiting is not None:
        if verdict.is_hold and waiting.trigger != ReviewTrigger.REPORTS:
            open_review_item(session, verdict=verdict, thread=thread, comment=comment)
        decision = Decision.HOLD
    elif verdict.is_hold:
        lifecycle.hold(session, comment)
        open_review_item(session, verdict=verdict, thread=thread, comment=comment, created_at=now)
        decision = Decision.HOLD
    else:
        if previous != CommentStatus.PUBLISHED:
            lifecycle.publish(session, comment)
        decision = Decision.PUBLISH
    comment.source, comment.html, comment.edited_at = text, verdict.html, now
    session.add(comment)
    if comment.author_id != actor.id:
        record_action(session, acting_user=actor, action=AuditAction.EDIT, target=AuditTarget.COMMENT,
                      target_id=comment.id, detail={"previous": excerpt(previous_source, 500), "status": previous})
    session.flush()
    result = outcome(verdict, comment_id=comment.id, message=outcome_message(decision, edit=True))
    result.decision = decision.value
    return result


def delete_comment(session: Session, *, actor_id: int | None, comment_id: int) -> None:
    """Remove a comment (its author or a moderator). Replies under it keep their place below a tombstone."""
    actor = load_actor(session, actor_id)
    comment = _editable(session, actor, comment_id, "delete")
    # Conditional on the status read, so a concurrent delete or decision cannot move counters twice.
    previous = lifecycle.withdraw(session, comment, by=actor.id)
    if is_staff(actor):
        record_action(session, acting_user=actor, action=AuditAction.REMOVE_COMMENT, target=AuditTarget.COMMENT,
                      target_id=comment.id, detail={"own": comment.author_id == actor.id, "status": previous,
                                                    "excerpt": excerpt(comment.source, 500)})
        if comment.author_id != actor.id:
            notify_decision(session, kind=NotificationKind.REMOVED, author_id=comment.author_id,
                            moderator_id=actor.id, thread=session.get(Thread, comment.thread_id),
                            comment_id=comment.id)
    session.expire(comment)
    session.flush()
