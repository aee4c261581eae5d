"""A member's avatar: upload (validated and re-encoded by ``forum.media.avatars``) or go back to initials.

``User.avatar_url`` holds the URL stem of the current files (``/avatars/<user>-<hash>``; pages add
``-<size>.webp``), or None for the generated initials avatar. Only the signed-in member changes their own.
Each change stamps ``User.profile_changed_at``, which the public pages' cache keys follow.
"""

from __future__ import annotations

from sqlmodel import Session

from forum.media.avatars import AvatarStore, process_avatar
from forum.models import utcnow
from forum.services.actors import load_actor


def set_avatar(session: Session, *, actor_id: int | None, data: bytes, store: AvatarStore) -> str:
    """Replace the member's avatar with the uploaded image; AvatarRefused (with why) for a bad file."""
    user = load_actor(session, actor_id)
    images = process_avatar(data)
    stem = store.save(user.id, images)
    user.avatar_url, user.profile_changed_at = stem, utcnow()  # cached pages drawn with the old one expire
    session.add(user)
    session.flush()
    store.remove_older(user.id, keep=stem)
    return stem


def clear_avatar(session: Session, *, actor_id: int | None, store: AvatarStore) -> None:
    """Back to the initials avatar; the files go."""
    user = load_actor(session, actor_id)
    user.avatar_url, user.profile_changed_at = None, utcnow()
    session.add(user)
    session.flush()
    store.remove_older(user.id, keep="")
