"""NUL characters, lone surrogates and absurd ids, the same on SQLite and PostgreSQL (issue 10).

Before: PostgreSQL crashed on a NUL (a driver error) where SQLite stored it raw, and a lone surrogate or an
id of 2^70 raised deep in the driver. Now every text a member writes is refused with a clear message and
nothing is stored, and absurd ids are simply "not found" — on both databases, with the same code.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlmodel import Session, func, select

from forum import db as forum_db
from forum.migrations import upgrade
from forum.models import Comment, Draft, Flag, ReviewItem, Thread, User
from forum.services.accounts import authenticate, register
from forum.services.drafts import save_draft
from forum.services.editing import edit_comment
from forum.services.errors import InvalidInput, NotFound, ServiceError
from forum.services.moderation import approve, reject, suspend_author
from forum.services.posting import post_comment, start_thread
from forum.services.profiles import get_profile, update_profile
from forum.services.reports import report_comment
from forum.services.thread_view import get_thread_page
from forum.settings import get_settings
from tests.factories import VALUABLE, World, make_comment, make_world

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BAD = {"nul": "\x00", "surrogate": "\ud800"}
HUGE = 2**70


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    """A migrated database of each kind, made the app's database; a session on it."""
    admin = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'forum.db'}"
    else:
        name = f"frontline_test_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    upgrade(url)
    monkeypatch.setenv("FRONTLINE_DATABASE_URL", url)
    monkeypatch.setenv("FRONTLINE_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    engine = forum_db.get_engine()
    try:
        with Session(engine, expire_on_commit=False) as session:
            yield session
    finally:
        engine.dispose()
        get_settings.cache_clear()
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


@pytest.fixture
def world(db: Session) -> World:
    return make_world(db)


def _writers(world: World, comment_id: int, item_id: int) -> dict[str, Callable[[Session, str], Any]]:
    """Every way a member (or moderator) writes text, each given the text to write."""
    return {
        "comment": lambda s, t: post_comment(s, actor_id=world.member.id, thread_id=world.thread.id,
                                             text=VALUABLE + t),
        "edit": lambda s, t: edit_comment(s, actor_id=world.member.id, comment_id=comment_id, text=VALUABLE + t),
        "thread title": lambda s, t: start_thread(s, actor_id=world.member.id, board_slug=world.board.slug,
                                                  title="Handle time " + t + " in practice", text=VALUABLE),
        "thread body": lambda s, t: start_thread(s, actor_id=world.member.id, board_slug=world.board.slug,
                                                 title="Handle time in practice", text=VALUABLE + t),
        "tags": lambda s, t: start_thread(s, actor_id=world.member.id, board_slug=world.board.slug,
                                          title="Handle time in practice", text=VALUABLE, tags=["aht" + t]),
        "draft": lambda s, t: save_draft(s, user_id=world.member.id, thread_id=world.thread.id, body="Draft" + t),
        "report": lambda s, t: report_comment(s, actor_id=world.opener.id, comment_id=comment_id,
                                              reason="other", detail="see" + t),
        "bio": lambda s, t: update_profile(s, world.member.id, display_name="Maya", bio="Team lead" + t),
        "display name": lambda s, t: update_profile(s, world.member.id, display_name="Maya" + t, bio=""),
        "registration": lambda s, t: register(s, handle="newcomer", display_name="New" + t,
                                              email="new@example.org", password="correct horse battery"),
        "moderator note": lambda s, t: reject(s, actor_id=world.moderator.id, item_id=item_id, note="No" + t),
        "suspension reason": lambda s, t: suspend_author(s, actor_id=world.moderator.id, user_id=world.newbie.id,
                                                         days=1, reason="Spam" + t),
    }


def _snapshot(session: Session) -> tuple[int, ...]:
    session.rollback()
    counts = tuple(session.exec(select(func.count()).select_from(model)).one()
                   for model in (Comment, Thread, Draft, Flag, User))
    texts = session.exec(select(User.display_name, User.bio, User.suspended_until)).all()
    return (*counts, hash(tuple(texts)))


@pytest.mark.parametrize("kind", sorted(BAD))
def test_every_text_a_member_writes_refuses_unstorable_characters_and_stores_nothing(
        db: Session, world: World, kind: str) -> None:
    comment = make_comment(db, world.thread, world.member, text=VALUABLE)
    held = post_comment(db, actor_id=world.newbie.id, thread_id=world.thread.id, text=VALUABLE)
    db.commit()
    item_id = db.exec(select(ReviewItem.id).where(ReviewItem.comment_id == held.comment_id)).one()
    before = _snapshot(db)
    for name, write in _writers(world, comment.id, item_id).items():
        with pytest.raises(InvalidInput) as refused:
            write(db, BAD[kind])
            db.flush()
        message = str(refused.value)
        assert "cannot be saved" in message or "invisible or control" in message, (name, message)
        db.rollback()
        assert _snapshot(db) == before, name
    assert db.get(Comment, comment.id).source == VALUABLE


def test_sign_in_and_lookups_with_such_characters_are_plain_failures(db: Session, world: World) -> None:
    for bad in BAD.values():
        assert authenticate(db, account="maya" + bad, password="whatever it is").kind == "invalid"
        for lookup, key in ((get_thread_page, "handle-time"), (get_profile, "maya")):
            with pytest.raises(ServiceError):  # a message for a person, never a driver error
                lookup(db, key + bad)
            db.rollback()


def test_absurd_ids_are_simply_not_found(db: Session, world: World) -> None:
    calls: list[Callable[[], Any]] = [
        lambda: post_comment(db, actor_id=world.member.id, thread_id=HUGE, text=VALUABLE),
        lambda: post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE,
                             parent_id=HUGE),
        lambda: edit_comment(db, actor_id=world.member.id, comment_id=HUGE, text=VALUABLE),
        lambda: report_comment(db, actor_id=world.opener.id, comment_id=HUGE, reason="spam"),
        lambda: approve(db, actor_id=world.moderator.id, item_id=HUGE),
        lambda: suspend_author(db, actor_id=world.moderator.id, user_id=HUGE, days=1, reason="x"),
        lambda: save_draft(db, user_id=world.member.id, thread_id=HUGE, body="x"),
    ]
    for call in calls:
        with pytest.raises(NotFound):
            call()
        db.rollback()
