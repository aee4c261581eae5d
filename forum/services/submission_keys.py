"""Submission keys: one press of Publish, sent as many times as the connection needs, stores one comment.

The browser (or the composer's state) makes a random key when Publish is pressed and sends it with every
attempt of that press. ``comments.submission_key`` is unique per author, so a key is never looked up
across members: another member's key finds nothing.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from forum.models import Comment, CommentStatus
from forum.policy import Decision
from forum.services.errors import InvalidInput
from forum.services.verdicts import Outcome, outcome_message

KEY_MAX = 64
_KEY = re.compile(r"[A-Za-z0-9_-]{8,64}")


def require_key(key: str | None) -> str | None:
    """The key as stored, or None when none was given; anything but 8–64 letters, digits, ``-`` or ``_`` is
    refused."""
    if key is None or key == "":
        return None
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise InvalidInput("That submission key is not valid; reload the page and try again.")
    return key


def existing_outcome(session: Session, *, author_id: int, key: str) -> Outcome | None:
    """The outcome of the comment this author already sent with ``key``, or None if there is none."""
    comment = session.exec(select(Comment).where(Comment.author_id == author_id,
                                                 Comment.submission_key == key)).first()
    if comment is None:
        return None
    decision = Decision.PUBLISH if comment.status == CommentStatus.PUBLISHED else Decision.HOLD
    return Outcome(decision=decision.value, html=comment.html, comment_id=comment.id or 0,
                   thread_id=comment.thread_id, message=outcome_message(decision))
