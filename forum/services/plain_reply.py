"""Replying from the thread page's plain HTML form: the same ``post_comment``, addressed by the thread's slug.

A member whose browser runs no JavaScript (or has not booted the app yet) still gets a reply box on a thread
page: a form that posts to ``/t/<slug>/reply`` (``forum.http.reply_form``). This use case is what that route
runs in one transaction: find the thread, post through :func:`forum.services.posting.post_comment` (the
same checks, the same review, the same submission keys), then answer the stored comment's permalink, so the
browser lands on it. A rejected text is kept as the member's draft for the thread, as the app's composer
keeps it, and is handed back so the page can show it again: nothing typed is lost.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlmodel import Session, select

from forum.models import Thread
from forum.policy import Decision
from forum.services.drafts import save_draft
from forum.services.errors import InvalidInput, NotFound
from forum.services.posting import post_comment
from forum.services.verdicts import Outcome

__all__ = ["PlainReply", "reply_by_slug"]


@dataclass(frozen=True)
class PlainReply:
    """What a form reply did: the outcome, and where the stored comment is ("" when nothing was stored)."""

    outcome: Outcome
    location: str = ""


def reply_by_slug(session: Session, *, actor_id: int, slug: str, text: str, parent_id: int | None = None,
                  idempotency_key: str | None = None) -> PlainReply:
    """Reply in the thread at ``slug`` (to ``parent_id``, or to the thread) as ``actor_id``.

    Raises what ``post_comment`` raises (NotFound, PermissionDenied, InvalidInput); a rejection returns the
    reasons with nothing stored and the text kept as the member's draft (unless it is too long to keep).
    """
    if not isinstance(slug, str) or not slug or len(slug) > 200:
        raise NotFound("That thread does not exist, or it has been removed.")
    # loaded here, post_comment's own lookups of the thread (and of the parent) come from the session
    thread = session.exec(select(Thread).where(Thread.slug == slug)).first()
    if thread is None or thread.id is None:
        raise NotFound("That thread does not exist, or it has been removed.")
    outcome = post_comment(session, actor_id=actor_id, thread_id=thread.id, text=text, parent_id=parent_id,
                           idempotency_key=idempotency_key)
    if outcome.decision == Decision.REJECT.value:
        # too long to keep as a draft (InvalidInput): the page still hands the text back
        with contextlib.suppress(InvalidInput):
            save_draft(session, user_id=actor_id, thread_id=thread.id, body=text, parent_id=parent_id)
        return PlainReply(outcome)
    # the comment's permalink finds its page when the browser follows it, as a peer forum's "find" URL does:
    # the post itself does not count the thread's conversations
    return PlainReply(outcome, f"/c/{outcome.comment_id}")
