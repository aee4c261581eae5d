"""The counters a signed-in person's header shows: unread notifications and, for staff, the review queue."""

from __future__ import annotations

from sqlmodel import Session

from forum.services.moderation_queue import queue_count
from forum.services.notifications import unread_count


def nav_counts(session: Session, *, user_id: int, staff: bool) -> tuple[int, int]:
    """(unread notifications, open review items); the queue is counted only for staff (checked again there)."""
    unread = unread_count(session, user_id=user_id)
    return unread, (queue_count(session, actor_id=user_id) if staff else 0)
