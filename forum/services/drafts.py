"""Drafts: a member's unsent text, one per thread, so nothing they write is lost to a reload or a failure.

The composer saves as the member types; posting clears the draft when the comment is saved (published or
held) and keeps it when the comment is rejected. A draft is as large as a comment may be
(``PolicySettings.max_chars``) and no larger. Saving an empty body deletes the draft.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.db import upsert_for
from forum.models import Comment, Draft, Thread, utcnow
from forum.services.actors import load_actor
from forum.services.errors import InvalidInput, NotFound
from forum.services.policy_settings import current_policy
from forum.services.timefmt import iso, relative_time
from forum.services.validation import optional_id, require_id


@dataclass
class DraftView:
    """A saved draft as the composer restores it."""

    thread_id: int
    parent_id: int  # 0: a reply to the thread itself
    body: str
    updated: str
    updated_iso: str


def _view(draft: Draft) -> DraftView:
    return DraftView(thread_id=draft.thread_id, parent_id=draft.parent_id or 0, body=draft.body,
                     updated=relative_time(draft.updated_at), updated_iso=iso(draft.updated_at))


def save_draft(session: Session, *, user_id: int, thread_id: int, body: str, parent_id: int | None = None
               ) -> DraftView | None:
    """Keep ``body`` as the member's draft for the thread; returns it (None once an empty body cleared it)."""
    user = load_actor(session, user_id)
    thread_id = require_id(thread_id, "thread")
    parent_id = optional_id(parent_id, "comment")
    if not isinstance(body, str):
        raise InvalidInput("The draft must be text.")
    limit = current_policy(session).max_chars
    if len(body) > limit:
        raise InvalidInput(f"The draft is too long to keep: {len(body):,} characters, the limit is {limit:,}.")
    if session.get(Thread, thread_id) is None:
        raise NotFound("That thread does not exist.")
    if parent_id is not None:
        parent = session.get(Comment, parent_id)
        if parent is None or parent.thread_id != thread_id:
            raise InvalidInput("The comment you are replying to is not in this thread.")
    if not body.strip():
        clear_draft(session, user_id=user.id, thread_id=thread_id)
        return None
    now = utcnow()
    values = {"user_id": user.id, "thread_id": thread_id, "parent_id": parent_id, "body": body, "updated_at": now}
    # one statement, whoever saves first: two tabs saving the first draft at once both land on the one row
    session.execute(upsert_for(session)(Draft).values(**values).on_conflict_do_update(
        index_elements=["user_id", "thread_id"], set_={"parent_id": parent_id, "body": body, "updated_at": now}))
    return DraftView(thread_id=thread_id, parent_id=parent_id or 0, body=body, updated=relative_time(now),
                     updated_iso=iso(now))


def get_draft(session: Session, *, user_id: int, thread_id: int) -> DraftView | None:
    """The member's draft for the thread, if any."""
    draft = session.exec(select(Draft).where(Draft.user_id == require_id(user_id, "account"),
                                             Draft.thread_id == require_id(thread_id, "thread"))).first()
    return _view(draft) if draft else None


_drafts = Draft.__table__
# built once: every posted comment runs it, and a prebuilt Core statement skips the ORM's DML machinery
_CLEAR = sa.delete(_drafts).where(_drafts.c.user_id == sa.bindparam("p_user"),
                                  _drafts.c.thread_id == sa.bindparam("p_thread"))


def clear_draft(session: Session, *, user_id: int, thread_id: int) -> None:
    """Forget the member's draft for the thread (nothing happens when there is none). No Draft row is loaded
    in a session that posts, so none needs expiring."""
    session.execute(_CLEAR, {"p_user": require_id(user_id, "account"), "p_thread": require_id(thread_id, "thread")})
