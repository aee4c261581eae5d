"""Tags as a vocabulary: listing them (the new-thread form's chooser), and the moderators' create, rename and
merge. Merging moves every thread of the merged tag to the kept one (a thread never carries a tag twice)
and deletes the merged tag; every change is written to the moderation log."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import AuditAction, AuditTarget, Tag, ThreadTag, User
from forum.services.actors import require_moderator
from forum.services.audit import record_action
from forum.services.browse import find_tag
from forum.services.errors import InvalidInput, NotFound

MAX_TAG_CHARS = 40
_TAG_NAME = re.compile(r"^[\w][\w &+.-]*$")


@dataclass(frozen=True)
class TagSummary:
    slug: str
    name: str
    thread_count: int


def tag_slug(name: str) -> str:
    """``"Quality Assurance"`` → ``"quality-assurance"`` (as tags have always been slugged)."""
    return "-".join(name.strip().lower().split())


def list_tags(session: Session) -> list[TagSummary]:
    """Every tag by name, with how many threads carry it."""
    rows = session.exec(
        select(Tag.slug, Tag.name, sa.func.count(ThreadTag.thread_id))
        .join(ThreadTag, ThreadTag.tag_id == Tag.id, isouter=True).group_by(Tag.id, Tag.slug, Tag.name)
        .order_by(sa.func.lower(Tag.name))
    ).all()
    return [TagSummary(slug=slug, name=name, thread_count=count) for slug, name, count in rows]


def suggest_tags(known: list[str], typed: str, chosen: list[str], limit: int = 8) -> list[str]:
    """The known tag names that fit what is being typed, names starting with it first; none chosen twice."""
    wanted = " ".join(typed.split()).lower()
    taken = {c.lower() for c in chosen}
    free = [name for name in known if name.lower() not in taken]
    if not wanted:
        return free[:limit]
    starts = [n for n in free if n.lower().startswith(wanted) or tag_slug(n).startswith(tag_slug(wanted))]
    inside = [n for n in free if wanted in n.lower() and n not in starts]
    return (starts + inside)[:limit]


def resolve_tag(known: list[str], typed: str) -> str | None:
    """The known tag name ``typed`` names (by name or slug, in any case), or None."""
    wanted = " ".join(typed.split()).lower()
    return next((n for n in known if wanted in (n.lower(), tag_slug(n))), None)


def _valid_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name or len(name) > MAX_TAG_CHARS or not _TAG_NAME.match(name):
        raise InvalidInput(f"A tag name is 1–{MAX_TAG_CHARS} letters, digits, spaces or - + & . characters.")
    return name


def _log(session: Session, moderator: User, action: AuditAction, target: str, detail: dict) -> None:
    record_action(session, acting_user=moderator, action=action, target=AuditTarget.TAG, target_id=target,
                  detail=detail)


def create_tag(session: Session, *, actor_id: int | None, name: str) -> Tag:
    moderator = require_moderator(session, actor_id)
    name = _valid_name(name)
    if find_tag(session, name) or find_tag(session, tag_slug(name)):
        raise InvalidInput(f"The tag “{name}” already exists.")
    tag = Tag(slug=tag_slug(name), name=name)
    session.add(tag)
    _log(session, moderator, AuditAction.TAG_CREATE, tag.slug, {"name": name})
    session.flush()
    return tag


def rename_tag(session: Session, *, actor_id: int | None, old: str, new: str) -> Tag:
    moderator = require_moderator(session, actor_id)
    tag = find_tag(session, old)
    if tag is None:
        raise NotFound(f"There is no tag “{old}”.")
    name = _valid_name(new)
    clash = find_tag(session, tag_slug(name)) or find_tag(session, name)
    if clash is not None and clash.id != tag.id:
        raise InvalidInput(f"The tag “{clash.name}” already exists: merge into it instead.")
    previous = tag.name
    tag.name, tag.slug = name, tag_slug(name)
    session.add(tag)
    _log(session, moderator, AuditAction.TAG_RENAME, tag.slug, {"from": previous, "to": name})
    session.flush()
    return tag


def merge_tags(session: Session, *, actor_id: int | None, merged: str, into: str) -> int:
    """Move the threads of ``merged`` to ``into`` and delete ``merged``; returns how many threads moved."""
    moderator = require_moderator(session, actor_id)
    source, target = find_tag(session, merged), find_tag(session, into)
    if source is None or target is None:
        raise NotFound(f"There is no tag “{merged if source is None else into}”.")
    if source.id == target.id:
        raise InvalidInput("A tag cannot be merged into itself.")
    already = select(ThreadTag.thread_id).where(ThreadTag.tag_id == target.id)
    moved = session.execute(sa.update(ThreadTag).where(ThreadTag.tag_id == source.id,
                                                       ThreadTag.thread_id.not_in(already))
                            .values(tag_id=target.id)).rowcount
    session.execute(sa.delete(ThreadTag).where(ThreadTag.tag_id == source.id))
    _log(session, moderator, AuditAction.TAG_MERGE, target.slug, {"merged": source.name, "into": target.name,
                                                             "threads": moved})
    session.delete(source)
    session.flush()
    return moved
