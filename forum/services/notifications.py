"""In-app notifications: my comment was approved, rejected (with the moderator's note), replied to.

Each notification is also mailed to its recipient when their preferences say so (``mail_notify``), in the
same transaction.

Writers (posting, moderation) call the ``notify_*`` helpers inside their own transaction, so a notification
exists exactly when the change it announces was committed. Nobody is notified of their own action.
Readers get plain :class:`NotificationView` rows, newest first, in one query.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from forum.models import Comment, Notification, NotificationKind, Thread, User, utcnow
from forum.services.errors import InvalidInput
from forum.services.mail_notify import mail_for_notification
from forum.services.timefmt import iso, relative_time
from forum.services.validation import excerpt, require_id, require_page


@dataclass
class NotificationView:
    """One notification as the bell menu shows it."""

    id: int
    kind: str  # a NotificationKind value
    message: str
    read: bool
    created: str
    created_iso: str
    actor_handle: str  # "" when nobody in particular (e.g. the system)
    thread_slug: str  # "" when not about a thread
    thread_title: str
    comment_id: int  # 0 when not about a comment


def notify(session: Session, *, user_id: int, kind: NotificationKind, message: str, actor_id: int | None = None,
           thread_id: int | None = None, comment_id: int | None = None) -> None:
    """Queue a notification for ``user_id`` in the caller's transaction; nothing when they are the actor."""
    kind = NotificationKind(kind)  # ValueError for an unknown kind
    if actor_id is not None and actor_id == user_id:
        return
    note = Notification(user_id=user_id, kind=kind, message=message, actor_id=actor_id, thread_id=thread_id,
                        comment_id=comment_id)
    session.add(note)
    mail_for_notification(session, note)  # the same transaction: mail exactly when the notification exists


def notify_reply(session: Session, *, reply: Comment, thread: Thread, replier: User) -> None:
    """Tell the author of the comment ``reply`` answers (or of the thread, for a top-level reply)."""
    if reply.reply_to_id:
        answered = session.get(Comment, reply.reply_to_id)
        recipient, what = (answered.author_id, "your comment") if answered else (None, "")
    else:
        recipient, what = thread.author_id, "your thread"
    if recipient is None:
        return
    notify(session, user_id=recipient, kind=NotificationKind.REPLY, actor_id=replier.id, thread_id=thread.id,
           comment_id=reply.id,
           message=f"{replier.display_name} replied to {what} in “{thread.title}”: {excerpt(reply.source, 120)}")


def notify_decision(session: Session, *, kind: NotificationKind, author_id: int, moderator_id: int, thread: Thread,
                    comment_id: int | None, note: str = "") -> None:
    """Tell an author a moderator approved or rejected their comment (or thread), with the note."""
    what = "Your comment" if comment_id else "Your thread"
    if kind == NotificationKind.APPROVED:
        message = f"{what} in “{thread.title}” was approved and is now public."
    elif kind == NotificationKind.REJECTED:
        message = f"{what} in “{thread.title}” was not approved. Moderator's note: {note}"
    else:
        message = f"{what} in “{thread.title}” was removed by a moderator." + (f" Note: {note}" if note else "")
    notify(session, user_id=author_id, kind=kind, actor_id=moderator_id, thread_id=thread.id,
           comment_id=comment_id, message=message)


def list_notifications(session: Session, *, user_id: int, limit: int = 20, before_id: int | None = None
                       ) -> list[NotificationView]:
    """The member's newest notifications, read and unread, newest first (one query); with ``before_id``, the
    ones older than that notification (the page's "Show older")."""
    require_id(user_id, "account")
    limit, _ = require_page(limit, 0, max_limit=100)
    actor = aliased(User)
    query = (select(Notification, actor.handle, Thread.slug, Thread.title)
             .outerjoin(actor, actor.id == Notification.actor_id)
             .outerjoin(Thread, Thread.id == Notification.thread_id)
             .where(Notification.user_id == user_id))
    if before_id is not None:
        query = query.where(Notification.id < require_id(before_id, "notification"))
    rows = session.exec(query.order_by(Notification.id.desc()).limit(limit)).all()
    return [
        NotificationView(id=n.id, kind=n.kind, message=n.message, read=n.read_at is not None,
                         created=relative_time(n.created_at), created_iso=iso(n.created_at),
                         actor_handle=handle or "", thread_slug=slug or "", thread_title=title or "",
                         comment_id=n.comment_id or 0)
        for n, handle, slug, title in rows
    ]


def unread_count(session: Session, *, user_id: int) -> int:
    """How many of the member's notifications are unread (the badge)."""
    require_id(user_id, "account")
    return session.exec(
        select(sa.func.count()).select_from(Notification)
        .where(Notification.user_id == user_id, Notification.read_at.is_(None))
    ).one()


def mark_read(session: Session, *, user_id: int, ids: list[int] | None = None) -> int:
    """Mark ``ids`` (all when None) of the member's own notifications read; returns how many changed.

    Ids belonging to someone else are silently outside the ``WHERE``: one cannot touch another's bell.
    """
    require_id(user_id, "account")
    condition = sa.and_(Notification.user_id == user_id, Notification.read_at.is_(None))
    if ids is not None:
        if not isinstance(ids, list | tuple) or len(ids) > 500:
            raise InvalidInput("Mark up to 500 notifications at a time.")
        condition = sa.and_(condition, Notification.id.in_([require_id(i, "notification") for i in ids]))
    result = session.execute(sa.update(Notification).where(condition).values(read_at=utcnow()))
    return result.rowcount or 0
