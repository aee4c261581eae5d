"""What moderators read: the review queue and the moderation log (actions live in ``moderation``).

The queue lists open review items oldest first, each with everything needed to decide without opening
another page: the text as it renders, every reason with its evidence, each link with its classification,
what it answers, and the author's record. A page costs a constant number of queries whatever its size:
the open items' rules (for the total and the per-rule counts), the page itself (item, comment, thread and
author joined), the answered comments, and the revision counts.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from forum.models import (
    AuditTarget,
    Comment,
    CommentRevision,
    ModAction,
    ReviewItem,
    ReviewState,
    Thread,
    User,
)
from forum.routes import thread_url
from forum.services.actors import require_moderator
from forum.services.errors import InvalidInput
from forum.services.reactions import reactions_received_by
from forum.services.timefmt import iso, relative_time
from forum.services.validation import excerpt, require_page

_RULE = re.compile(r"^[a-z_]{1,40}$")


@dataclass
class QueueItem:
    """One held or reported comment (or thread opening) as the moderator sees it."""

    item_id: int
    kind: str  # comment | thread
    comment_id: int  # 0 for a thread's opening post
    thread_id: int
    thread_slug: str
    thread_title: str
    context: str  # excerpt of what it answers: the parent comment, or the thread's opening post
    context_author: str
    html: str  # as it would render (sanitised)
    source: str
    reasons: list[dict[str, str]]  # rule, message, evidence, outcome
    links: list[dict[str, str]]  # url, domain, kind, why
    rules: list[str]
    trigger: str  # policy | new_member | reports
    created: str
    created_iso: str
    author_id: int
    author_handle: str
    author_name: str
    author_approved: int
    author_rejected: int
    author_reported: int
    author_joined: str  # "March 2026"
    author_joined_iso: str
    report_count: int = 0
    revision_count: int = 0  # earlier versions kept (edits)
    author_reactions: int = 0  # reactions the author's posts received from others (trust)


@dataclass
class QueuePage:
    """A page of the queue, the filter in force and how many items each rule holds."""

    items: list[QueueItem]
    total: int  # open items matching the filter
    limit: int
    offset: int
    rule: str = ""
    rule_counts: dict[str, int] = field(default_factory=dict)


@dataclass
class LogEntry:
    """One line of the moderation log."""

    id: int
    created: str
    created_iso: str
    moderator_handle: str
    action: str
    target_type: str
    target_id: str
    target_label: str  # a handle for people, the id otherwise
    reason: str
    detail: dict[str, Any]
    target_path: str = ""  # where the target lives: /c/<id> for a comment, /u/<handle> for a member, or ""


def _rule_filter(rule: str | None) -> sa.ColumnElement[bool] | None:
    if rule is None or rule == "":
        return None
    if not isinstance(rule, str) or not _RULE.match(rule):
        raise InvalidInput("Filter by one of the rules listed.")
    return sa.literal(",").concat(ReviewItem.rules).concat(",").contains(f",{rule},", autoescape=True)


def queue_count(session: Session, *, actor_id: int | None) -> int:
    """How many items wait for a decision (the badge in the moderator's navigation)."""
    require_moderator(session, actor_id)
    waiting = select(sa.func.count()).select_from(ReviewItem).where(ReviewItem.state == ReviewState.OPEN)
    return session.exec(waiting).one()


def list_queue(session: Session, *, actor_id: int | None, rule: str | None = None, limit: int = 50,
               offset: int = 0) -> QueuePage:
    """Open review items oldest first, optionally only those where ``rule`` fired (moderators only)."""
    require_moderator(session, actor_id)
    limit, offset = require_page(limit, offset)
    condition = _rule_filter(rule)
    all_rules = session.exec(select(ReviewItem.rules).where(ReviewItem.state == ReviewState.OPEN)).all()
    rule_counts = Counter(r for rules in all_rules for r in dict.fromkeys(filter(None, rules.split(","))))
    total = rule_counts.get(rule, 0) if condition is not None else len(all_rules)
    comment_thread = sa.func.coalesce(ReviewItem.thread_id, Comment.thread_id)
    query = (
        select(ReviewItem, Comment, Thread, User)
        .outerjoin(Comment, Comment.id == ReviewItem.comment_id)
        .join(Thread, Thread.id == comment_thread)
        .join(User, User.id == sa.func.coalesce(Comment.author_id, Thread.author_id))
        .where(ReviewItem.state == ReviewState.OPEN)
        .order_by(ReviewItem.created_at, ReviewItem.id).offset(offset).limit(limit)
    )
    rows = session.exec(query.where(condition) if condition is not None else query).all()
    comments = [c for _, c, _, _ in rows if c is not None]
    answered = _answered(session, [c.reply_to_id for c in comments if c.reply_to_id])
    revisions = _revision_counts(session, [c.id for c in comments])
    items = [_item(item, comment, thread, author, answered, revisions) for item, comment, thread, author in rows]
    received = reactions_received_by(session, [item.author_id for item in items])
    for item in items:
        item.author_reactions = received.get(item.author_id, 0)
    return QueuePage(items=items, total=total, limit=limit, offset=offset, rule=rule or "",
                     rule_counts=dict(sorted(rule_counts.items())))


def _answered(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.exec(select(Comment.id, Comment.source, User.handle).join(User, User.id == Comment.author_id)
                        .where(Comment.id.in_(set(ids)))).all()
    return {cid: (source, handle) for cid, source, handle in rows}


def _revision_counts(session: Session, ids: list[int]) -> dict[int, int]:
    if not ids:
        return {}
    rows = session.exec(select(CommentRevision.comment_id, sa.func.count()).where(
        CommentRevision.comment_id.in_(ids)).group_by(CommentRevision.comment_id)).all()
    return dict(rows)


def _item(item: ReviewItem, comment: Comment | None, thread: Thread, author: User,
          answered: dict[int, tuple[str, str]], revisions: dict[int, int]) -> QueueItem:
    if comment is not None and comment.reply_to_id in answered:
        context_source, context_author = answered[comment.reply_to_id]
    elif comment is not None:
        context_source, context_author = thread.body_source, ""
    else:
        context_source, context_author = "", ""
    return QueueItem(
        item_id=item.id, kind="comment" if comment is not None else "thread",
        comment_id=comment.id if comment is not None else 0, thread_id=thread.id, thread_slug=thread.slug,
        thread_title=thread.title, context=excerpt(context_source, 240), context_author=context_author,
        html=comment.html if comment is not None else thread.body_html,
        source=comment.source if comment is not None else thread.body_source,
        reasons=json.loads(item.reasons_json or "[]"), links=json.loads(item.links_json or "[]"),
        rules=[r for r in item.rules.split(",") if r], trigger=item.trigger,
        created=relative_time(item.created_at), created_iso=iso(item.created_at),
        author_id=author.id, author_handle=author.handle, author_name=author.display_name,
        author_approved=author.approved_count, author_rejected=author.rejected_count,
        author_reported=author.reported_count, author_joined=f"{author.created_at:%B %Y}",
        author_joined_iso=iso(author.created_at),
        report_count=comment.report_count if comment is not None else 0,
        revision_count=revisions.get(comment.id, 0) if comment is not None else 0,
    )


def _target_path(entry: ModAction, target_handle: str | None) -> str:
    """The permalink of a log entry's target (a comment's lands on its thread page through ``/c/<id>``)."""
    if entry.target_type == "comment" and entry.target_id.isdigit():
        return f"/c/{int(entry.target_id)}"
    if entry.target_type == "user" and target_handle:
        return f"/u/{target_handle}"
    return ""


def list_mod_log(session: Session, *, actor_id: int | None, action: str | None = None,
                 moderator_handle: str | None = None, limit: int = 50, offset: int = 0) -> list[LogEntry]:
    """Every moderator and admin action, newest first, optionally one action or one moderator's."""
    require_moderator(session, actor_id)
    limit, offset = require_page(limit, offset)
    moderator, target = aliased(User), aliased(User)
    query = (
        select(ModAction, moderator.handle, target.handle)
        .join(moderator, moderator.id == ModAction.actor_id)
        .outerjoin(target, sa.and_(ModAction.target_type == "user",
                                   sa.cast(target.id, sa.String) == ModAction.target_id))
        .order_by(ModAction.created_at.desc(), ModAction.id.desc()).offset(offset).limit(limit)
    )
    if action:
        if not isinstance(action, str) or not _RULE.match(action):
            raise InvalidInput("Filter by one of the actions listed.")
        query = query.where(ModAction.action == action)
    if moderator_handle:
        if not isinstance(moderator_handle, str) or len(moderator_handle) > 32:
            raise InvalidInput("That is not a moderator's handle.")
        query = query.where(moderator.handle == moderator_handle.strip().lstrip("@"))
    rows = session.exec(query).all()
    named = _content_names(session, [entry for entry, _, _ in rows])
    return [
        LogEntry(id=entry.id, created=relative_time(entry.created_at), created_iso=iso(entry.created_at),
                 moderator_handle=handle, action=entry.action, target_type=entry.target_type,
                 target_id=entry.target_id,
                 target_label=(f"@{target_handle}" if target_handle
                               else named.get((entry.target_type, entry.target_id), (entry.target_id, ""))[0]),
                 reason=entry.reason, detail=json.loads(entry.detail_json or "{}"),
                 target_path=_target_path(entry, target_handle)
                 or named.get((entry.target_type, entry.target_id), ("", ""))[1])
        for entry, handle, target_handle in rows
    ]


def _content_names(session: Session, entries: list[ModAction]) -> dict[tuple[str, str], tuple[str, str]]:
    """(label, path) of the comments and threads a page of log entries names, in at most two queries:
    "comment by @maya in “Title”", "“Title”" (the log says what was acted on, not "comment 17")."""
    def ids(kind: AuditTarget) -> list[int]:
        return sorted({int(e.target_id) for e in entries if e.target_type == kind and e.target_id.isdigit()})

    names: dict[tuple[str, str], tuple[str, str]] = {}
    comment_ids, thread_ids = ids(AuditTarget.COMMENT), ids(AuditTarget.THREAD)
    if comment_ids:
        for cid, handle, title in session.exec(
                select(Comment.id, User.handle, Thread.title).join(User, User.id == Comment.author_id)
                .join(Thread, Thread.id == Comment.thread_id).where(Comment.id.in_(comment_ids))).all():
            names[(AuditTarget.COMMENT.value, str(cid))] = (f"by @{handle} in “{title}”", f"/c/{cid}")
    if thread_ids:
        for tid, slug, title in session.exec(
                select(Thread.id, Thread.slug, Thread.title).where(Thread.id.in_(thread_ids))).all():
            names[(AuditTarget.THREAD.value, str(tid))] = (f"“{title}”", thread_url(slug))
    return names
