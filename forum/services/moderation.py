"""What moderators do: decide review items, pin domains, suspend authors (reads are in ``moderation_queue``).

Invariants:
- Every action writes exactly one :class:`ModAction` (who, what, target, why, detail); ``bulk`` writes one
  per item decided. Nothing a moderator does escapes the log.
- An item is decided once. The decision is claimed with ``UPDATE review_items ... WHERE state = 'open'``
  and the row count checked, so of two moderators racing (two processes, two databases connections) the
  second loses cleanly with "already decided by <handle>", and nothing else of theirs is written.
- Approving publishes through :mod:`forum.services.lifecycle`, which also raises the author's
  ``approved_count`` (the trust counter): it is never incremented here a second time. Rejecting raises
  ``rejected_count`` (there too). The author is notified either way, with the moderator's note on a rejection.
- A moderator's own posting limits (trust, flood control) play no part in moderation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import (
    AuditAction,
    AuditTarget,
    Comment,
    CommentRevision,
    CommentStatus,
    Flag,
    LinkRule,
    NotificationKind,
    ReviewItem,
    ReviewState,
    ReviewTrigger,
    Thread,
    ThreadStatus,
    User,
    utcnow,
)
from forum.policy import DomainPin, render_comment
from forum.policy.permissions import can_suspend
from forum.services import lifecycle
from forum.services.actors import require_moderator
from forum.services.audit import record_action
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.notifications import notify_decision
from forum.services.policy_settings import current_policy, forget_policy, normalise_domain
from forum.services.sessions import revoke_all_sessions
from forum.services.validation import excerpt, require_id, require_text
from forum.services.watching import notify_new_comment

__all__ = ["CANNED_REASONS", "ModResult", "approve", "bulk", "edit_and_approve", "pin_domain", "reject",
           "suspend_author"]

CANNED_REASONS: dict[str, str] = {
    "too_brief": "Comments need to add something specific — an experience, a practice, an example or a "
                 "question. Brief praise or thanks is not published.",
    "no_value": "This comment does not add a specific contribution to the topic of the thread.",
    "commercial_link": "Links to companies, products or services are not allowed here.",
    "link_promotion": "The comment mainly promotes a link. Share what you know here; a link may support it.",
    "too_many_links": "Comments may carry at most one link, to an educational article.",
    "off_topic": "This comment is off topic for the thread.",
}
MAX_NOTE = 2000
# The note an approval with a moderator's edits carries: how the policy statistics tell "edited" from "approved".
EDITED_NOTE = "Approved with a moderator's edits."


@dataclass
class ModResult:
    """What a moderator action did, for the confirmation message."""

    action: AuditAction
    target_type: AuditTarget
    target_id: str
    message: str


def _claim(session: Session, item_id: int, moderator: User, state: ReviewState, note: str = "") -> ReviewItem:
    """Decide the item for ``moderator``, or raise if someone decided it first (see module invariants)."""
    item_id = require_id(item_id, "review item")
    won = session.execute(
        sa.update(ReviewItem).where(ReviewItem.id == item_id, ReviewItem.state == ReviewState.OPEN)
        .values(state=state, decided_by=moderator.id, decided_at=utcnow(), note_to_author=note)
        .execution_options(synchronize_session=False)
    ).rowcount
    if won != 1:
        row = session.exec(select(ReviewItem.state, User.handle).outerjoin(User, User.id == ReviewItem.decided_by)
                           .where(ReviewItem.id == item_id)).first()
        if row is None:
            raise NotFound("That review item does not exist.")
        if row[0] == ReviewState.WITHDRAWN:
            raise InvalidInput("Its author deleted this comment before anyone decided.")
        raise InvalidInput(f"This item was already decided by {row[1] or 'someone else'}.")
    item = session.get(ReviewItem, item_id)
    session.refresh(item)
    return item


def _subject(session: Session, item: ReviewItem) -> tuple[Comment | None, Thread]:
    """The held comment (or thread); a reported comment may still be public (reports queue before hiding)."""
    comment = session.get(Comment, item.comment_id) if item.comment_id else None
    thread = session.get(Thread, comment.thread_id if comment else item.thread_id)
    waiting = comment.status == CommentStatus.PENDING if comment else thread.status == ThreadStatus.PENDING
    if comment is not None and item.trigger == ReviewTrigger.REPORTS and comment.status == CommentStatus.PUBLISHED:
        waiting = True
    if not waiting:
        raise InvalidInput("This is no longer waiting for review.")
    return comment, thread


def _resolve_flags(session: Session, comment: Comment | None) -> None:
    if comment is not None:
        session.execute(sa.update(Flag).where(Flag.comment_id == comment.id, Flag.resolved_at.is_(None))
                        .values(resolved_at=utcnow()))


def _publish(session: Session, item: ReviewItem, comment: Comment | None, thread: Thread, moderator: User,
             note: str) -> None:
    if comment is not None and comment.status == CommentStatus.PUBLISHED:  # reported, never hidden: reports dismissed
        _resolve_flags(session, comment)
        session.add(comment)
        return
    if comment is not None:
        lifecycle.publish(session, comment)
        if item.trigger != ReviewTrigger.REPORTS:  # the reply was never visible: its addressee has not heard
            notify_new_comment(session, comment=comment, thread=thread, author=session.get(User, comment.author_id))
    else:
        lifecycle.publish_thread(session, thread)
    _resolve_flags(session, comment)
    notify_decision(session, kind=NotificationKind.APPROVED,
                    author_id=comment.author_id if comment else thread.author_id, moderator_id=moderator.id,
                    thread=thread, comment_id=comment.id if comment else None, note=note)


def _target(item: ReviewItem, comment: Comment | None) -> tuple[AuditTarget, int]:
    return (AuditTarget.COMMENT, comment.id) if comment is not None else (AuditTarget.THREAD, item.thread_id)


def _note(note: object, *, required: bool = False) -> str:
    return require_text(note, "note", max_chars=MAX_NOTE, min_chars=1 if required else 0)


def approve(session: Session, *, actor_id: int | None, item_id: int, note: str = "") -> ModResult:
    """Publish the held comment (or thread) and tell its author."""
    moderator = require_moderator(session, actor_id)
    note = _note(note)
    item = _claim(session, item_id, moderator, ReviewState.APPROVED, note)
    comment, thread = _subject(session, item)
    _publish(session, item, comment, thread, moderator, note)
    kind, target = _target(item, comment)
    record_action(session, acting_user=moderator, action=AuditAction.APPROVE, target=kind, target_id=target,
                  reason=note, detail={"item_id": item.id, "trigger": item.trigger, "rules": item.rules})
    session.flush()
    return ModResult(AuditAction.APPROVE, kind, str(target), f"Approved: the {kind} is now public.")


def reject(session: Session, *, actor_id: int | None, item_id: int, note: str, canned: str | None = None
           ) -> ModResult:
    """Reject the held comment (or thread) with a note to its author (a canned reason, free text, or both)."""
    moderator = require_moderator(session, actor_id)
    if canned is not None and canned not in CANNED_REASONS:
        raise InvalidInput("Choose one of the listed reasons.")
    message = " ".join(filter(None, [CANNED_REASONS.get(canned or "", ""), _note(note)]))
    if not message:
        raise InvalidInput("Tell the author why: choose a reason or write a note.")
    item = _claim(session, item_id, moderator, ReviewState.REJECTED, message)
    comment, thread = _subject(session, item)
    if comment is not None:
        lifecycle.reject(session, comment)  # a reported comment still public leaves the page now
    else:
        lifecycle.reject_thread(session, thread)
    author_id = comment.author_id if comment else thread.author_id
    _resolve_flags(session, comment)
    notify_decision(session, kind=NotificationKind.REJECTED, author_id=author_id, moderator_id=moderator.id,
                    thread=thread, comment_id=comment.id if comment else None, note=message)
    kind, target = _target(item, comment)
    record_action(session, acting_user=moderator, action=AuditAction.REJECT, target=kind, target_id=target,
                  reason=message, detail={"item_id": item.id, "trigger": item.trigger, "rules": item.rules,
                                          "canned": canned or ""})
    session.flush()
    return ModResult(AuditAction.REJECT, kind, str(target), "Rejected: the author has been told why.")


def edit_and_approve(session: Session, *, actor_id: int | None, item_id: int, text: str) -> ModResult:
    """Replace the held text with the moderator's edit (kept as a revision) and publish it."""
    moderator = require_moderator(session, actor_id)
    text = require_text(text, "comment", min_chars=1, max_chars=current_policy(session).max_chars, strip=False)
    if not text.strip():
        raise InvalidInput("The comment cannot be empty.")
    item = _claim(session, item_id, moderator, ReviewState.APPROVED, EDITED_NOTE)
    comment, thread = _subject(session, item)
    now, html = utcnow(), render_comment(text)
    if comment is not None:
        previous = comment.source
        session.add(CommentRevision(comment_id=comment.id, editor_id=moderator.id, source=comment.source,
                                    html=comment.html, status=comment.status, created_at=now))
        comment.source, comment.html, comment.edited_at = text, html, now
    else:
        previous = thread.body_source
        thread.body_source, thread.body_html, thread.edited_at = text, html, now
    _publish(session, item, comment, thread, moderator, "")
    kind, target = _target(item, comment)
    record_action(session, acting_user=moderator, action=AuditAction.EDIT_APPROVE, target=kind, target_id=target,
                  detail={"item_id": item.id, "trigger": item.trigger, "rules": item.rules,
                          "previous": excerpt(previous, 1000)})
    session.flush()
    return ModResult(AuditAction.EDIT_APPROVE, kind, str(target), f"Edited and approved: the {kind} is now public.")


def pin_domain(session: Session, *, actor_id: int | None, domain: str, kind: str, note: str = "") -> ModResult:
    """Pin how every link to ``domain`` is judged from now on, for everyone (overrides the heuristics)."""
    moderator = require_moderator(session, actor_id)
    domain = normalise_domain(domain)
    try:
        pin = DomainPin(kind)
    except ValueError as exc:
        raise InvalidInput("Pin a domain as trusted, commercial or blocked.") from exc
    note = require_text(note, "note", max_chars=500)
    rule = session.exec(select(LinkRule).where(LinkRule.domain == domain)).first()
    previous = rule.kind if rule else ""
    if rule is None:
        rule = LinkRule(domain=domain, kind=pin.value, note=note, created_by=moderator.id)
    rule.kind, rule.note, rule.created_by, rule.created_at = pin.value, note, moderator.id, utcnow()
    try:
        with session.begin_nested():  # another moderator pinning the same new domain at the same moment
            session.add(rule)
    except sa.exc.IntegrityError:
        session.execute(sa.update(LinkRule).where(LinkRule.domain == domain)
                        .values(kind=pin.value, note=note, created_by=moderator.id, created_at=utcnow()))
        session.info["policy_written"] = True
        forget_policy()
    record_action(session, acting_user=moderator, action=AuditAction.PIN_DOMAIN, target=AuditTarget.DOMAIN,
                  target_id=domain, reason=note, detail={"kind": pin.value, "previous": previous})
    session.flush()
    return ModResult(AuditAction.PIN_DOMAIN, AuditTarget.DOMAIN, domain,
                     f"Links to {domain} are now treated as {pin.value}.")


def suspend_author(session: Session, *, actor_id: int | None, user_id: int, days: int, reason: str) -> ModResult:
    """Suspend a member for ``days`` days and sign them out everywhere."""
    moderator = require_moderator(session, actor_id)
    target = session.get(User, require_id(user_id, "account"))
    if target is None:
        raise NotFound("That account does not exist.")
    if target.id == moderator.id:
        raise InvalidInput("You cannot suspend yourself.")
    if not can_suspend(moderator.role, target.role):
        raise PermissionDenied("Moderators can suspend members; only an admin can suspend a moderator.")
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3650:
        raise InvalidInput("Suspend for between 1 and 3,650 days.")
    reason = require_text(reason, "reason", min_chars=1, max_chars=1000)
    until = utcnow() + timedelta(days=days)
    target.suspended_until = until
    session.add(target)
    revoked = revoke_all_sessions(session, target.id)
    record_action(session, acting_user=moderator, action=AuditAction.SUSPEND, target=AuditTarget.USER,
                  target_id=target.id, reason=reason, detail={"days": days, "until": until.isoformat(),
                                                              "sessions_revoked": revoked, "handle": target.handle})
    session.flush()
    return ModResult(AuditAction.SUSPEND, AuditTarget.USER, str(target.id),
                     f"@{target.handle} is suspended for {days} days.")


def bulk(session: Session, *, actor_id: int | None, item_ids: Sequence[int], action: AuditAction | str,
         note: str = "", canned: str | None = None) -> int:
    """Approve or reject a selection; returns how many were decided (already-decided ones are skipped).

    Each item is decided in its own savepoint, so one that fails (decided by someone else meanwhile) never
    blocks the others, and each decided item leaves its own audit row.
    """
    require_moderator(session, actor_id)
    if action not in (AuditAction.APPROVE, AuditAction.REJECT):
        raise InvalidInput("Choose approve or reject.")
    if isinstance(item_ids, str | bytes) or not isinstance(item_ids, Sequence) or not 1 <= len(item_ids) <= 100:
        raise InvalidInput("Select between 1 and 100 items.")
    ids = list(dict.fromkeys(require_id(i, "review item") for i in item_ids))
    if action == AuditAction.REJECT and not (_note(note) or canned):
        raise InvalidInput("Tell the authors why: choose a reason or write a note.")
    done = 0
    for item_id in ids:
        try:
            with session.begin_nested():
                if action == AuditAction.APPROVE:
                    approve(session, actor_id=actor_id, item_id=item_id, note=note)
                else:
                    reject(session, actor_id=actor_id, item_id=item_id, note=note, canned=canned)
            done += 1
        except (InvalidInput, NotFound):
            continue
    return done
