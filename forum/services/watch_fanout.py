"""The worker's half of "a new comment in a thread you watch": every watcher told, in the app and by mail.

Runs inside a claimed ``thread_comment`` job (``forum.services.jobs``), not in the posting request. Who hears:
members whose effective level on the thread is *watching* (``watching.levels_for``: the thread's row wins
over the board's), except the comment's author and the people the request already told personally (``skip``:
the member answered, those mentioned), so nobody hears of one comment twice. A comment no longer published
when the job runs (deleted, removed in the meantime) tells nobody. The in-app notes go in with one
multi-row insert, whatever the audience.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlalchemy as sa
from sqlmodel import Session

from forum.models import (
    Comment,
    CommentStatus,
    Notification,
    NotificationKind,
    Thread,
    ThreadStatus,
    User,
    WatchLevel,
    utcnow,
)
from forum.services.mail_notify import mail_watchers
from forum.services.validation import excerpt
from forum.services.watching import levels_for


def fan_out_comment(session: Session, comment_id: object, *, skip: Iterable[object] = ()) -> int:
    """Tell the watchers of ``comment_id``'s thread; returns how many members were told."""
    comment = session.get(Comment, comment_id) if isinstance(comment_id, int) else None
    if comment is None or comment.status != CommentStatus.PUBLISHED:
        return 0
    thread = session.get(Thread, comment.thread_id)
    if thread is None or thread.status != ThreadStatus.PUBLISHED:
        return 0
    told = {comment.author_id, *(i for i in skip if isinstance(i, int))}
    watchers = sorted(user_id for user_id, level in levels_for(session, thread).items()
                      if level == WatchLevel.WATCHING and user_id not in told)
    if not watchers:
        return 0
    author = session.get(User, comment.author_id)
    who = author.display_name if author is not None else "Someone"
    message = f"{who} commented in “{thread.title}”: {excerpt(comment.source, 120)}"
    now = utcnow()
    session.execute(sa.insert(Notification), [
        {"user_id": user_id, "kind": NotificationKind.WATCHED, "actor_id": comment.author_id,
         "thread_id": thread.id, "comment_id": comment.id, "message": message, "created_at": now}
        for user_id in watchers])
    mail_watchers(session, comment=comment, thread=thread, user_ids=watchers, who=who)
    return len(watchers)
