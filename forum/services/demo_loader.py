"""Loading the demo content (``forum.demo.content``) into a database, idempotently.

Users are matched by handle, boards by slug and threads by slug: anything already there is left alone, so
loading twice creates nothing the second time. Comments are written only with a newly created thread. Every
text goes through the policy engine's renderer, and the pending comments get review items carrying the
engine's verdict, exactly as if members had posted them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import Session, select

from forum.demo import content as demo
from forum.models import Board, Comment, CommentStatus, ReviewItem, ReviewTrigger, Tag, Thread, ThreadTag, User, utcnow
from forum.policy import render_comment, review_comment
from forum.services.lifecycle import add_comment, add_thread
from forum.services.passwords import hash_password

DEMO_SIGN_INS = ("maya", "sam", "alex")  # the member, moderator and admin printed by `make run`


@dataclass
class DemoReport:
    """What a load created (zeros when everything was already there) and the demo sign-ins."""

    users: int = 0
    boards: int = 0
    threads: int = 0
    comments: int = 0
    accounts: list[tuple[str, str, str]] = field(default_factory=list)  # (handle, role, password)


def load_demo(session: Session, now: datetime | None = None) -> DemoReport:
    """Create whatever of the demo content is missing. Returns what was created."""
    now = now or utcnow()
    report = DemoReport()
    users = _ensure_users(session, report)
    boards = _ensure_boards(session, report)
    for item in demo.THREADS:
        if session.exec(select(Thread.id).where(Thread.slug == item.slug)).first() is not None:
            continue
        started = now - timedelta(days=item.days_ago)
        thread = add_thread(session, board=boards[item.board], author=users[item.author], slug=item.slug,
                            title=item.title, source=item.body, html=render_comment(item.body),
                            pinned=item.pinned, locked=item.locked, created_at=started)
        _tag(session, thread, item.tags)
        report.threads += 1
        for comment in item.comments:
            report.comments += _insert_tree(session, thread, users, comment, parent=None, start=started)
    report.accounts = [(u.handle, u.role, demo.DEMO_PASSWORD) for u in demo.USERS
                       if u.handle in DEMO_SIGN_INS]
    return report


def _ensure_users(session: Session, report: DemoReport) -> dict[str, User]:
    existing = {u.handle: u for u in session.exec(select(User)).all()}
    password_hash: str | None = None
    for item in demo.USERS:
        if item.handle in existing:
            continue
        password_hash = password_hash or hash_password(demo.DEMO_PASSWORD)
        user = User(handle=item.handle, display_name=item.display_name, email=item.email, email_verified=True,
                    password_hash=password_hash, role=item.role, bio=item.bio, bio_html=render_comment(item.bio))
        session.add(user)
        existing[item.handle] = user
        report.users += 1
    session.flush()
    return existing


def _ensure_boards(session: Session, report: DemoReport) -> dict[str, Board]:
    existing = {b.slug: b for b in session.exec(select(Board)).all()}
    for position, item in enumerate(demo.BOARDS):
        if item.slug not in existing:
            board = Board(slug=item.slug, name=item.name, description=item.description, position=position)
            session.add(board)
            existing[item.slug] = board
            report.boards += 1
    session.flush()
    return existing


def _tag(session: Session, thread: Thread, names: tuple[str, ...]) -> None:
    for name in names:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        tag = session.exec(select(Tag).where(Tag.slug == slug)).first()
        if tag is None:
            tag = Tag(slug=slug, name=name)
            session.add(tag)
            session.flush()
        session.add(ThreadTag(thread_id=thread.id, tag_id=tag.id))


def _insert_tree(session: Session, thread: Thread, users: dict[str, User], item: demo.DemoComment,
                 parent: Comment | None, start: datetime) -> int:
    created = start + timedelta(minutes=item.minutes_after)
    verdict = review_comment(item.body)
    comment = add_comment(session, thread=thread, author=users[item.author], source=item.body,
                          html=verdict.html, status=item.status, parent=parent, created_at=created)
    if item.status == CommentStatus.PENDING:
        session.add(ReviewItem(
            comment_id=comment.id, trigger=ReviewTrigger.POLICY, rules=",".join(verdict.rules()),
            reasons_json=json.dumps([r.to_dict() for r in verdict.reasons]),
            links_json=json.dumps([link.to_dict() for link in verdict.links]), created_at=created,
        ))
    return 1 + sum(_insert_tree(session, thread, users, reply, comment, created) for reply in item.replies)
