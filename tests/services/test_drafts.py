"""Drafts: one per member and thread, restored after a reload, capped at the size a comment may have."""

from __future__ import annotations

import contextlib
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from forum.db import session_scope
from forum.models import Draft
from forum.services.drafts import clear_draft, get_draft, save_draft
from forum.services.errors import InvalidInput, NotFound
from forum.services.policy_settings import save_policy
from tests.factories import World, make_comment, make_thread, make_world
from tests.helpers import migrated_postgres


def _drafts(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Draft)).one()


def test_a_saved_draft_comes_back_for_the_same_member_and_thread(session: Session, world: World) -> None:
    parent = make_comment(session, world.thread, world.opener)
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="Half a thought", parent_id=parent.id)
    session.commit()
    draft = get_draft(session, user_id=world.member.id, thread_id=world.thread.id)
    assert (draft.body, draft.parent_id, draft.thread_id) == ("Half a thought", parent.id, world.thread.id)
    assert draft.updated == "just now" and draft.updated_iso
    assert get_draft(session, user_id=world.opener.id, thread_id=world.thread.id) is None


def test_saving_again_replaces_the_draft_instead_of_adding_one(session: Session, world: World) -> None:
    for body in ("one", "one two", "one two three"):
        save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body=body)
    session.commit()
    assert _drafts(session) == 1
    assert get_draft(session, user_id=world.member.id, thread_id=world.thread.id).body == "one two three"


def test_drafts_are_kept_per_thread(session: Session, world: World) -> None:
    other = make_thread(session, world.board, world.opener)
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="here")
    save_draft(session, user_id=world.member.id, thread_id=other.id, body="there")
    session.commit()
    assert get_draft(session, user_id=world.member.id, thread_id=other.id).body == "there"
    assert get_draft(session, user_id=world.member.id, thread_id=world.thread.id).body == "here"


def test_clearing_or_saving_an_empty_body_forgets_the_draft(session: Session, world: World) -> None:
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="text")
    assert save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="   ") is None
    assert _drafts(session) == 0
    save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="text")
    clear_draft(session, user_id=world.member.id, thread_id=world.thread.id)
    clear_draft(session, user_id=world.member.id, thread_id=world.thread.id)
    assert _drafts(session) == 0


def test_a_draft_larger_than_a_comment_may_be_is_refused(session: Session, world: World) -> None:
    with pytest.raises(InvalidInput, match="too long to keep: 20,001 characters, the limit is 20,000"):
        save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="x" * 20_001)
    save_policy(session, actor_id=world.admin.id, settings={"max_chars": 500})
    with pytest.raises(InvalidInput, match="limit is 500"):
        save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="x" * 501)
    assert _drafts(session) == 0


def test_a_draft_for_a_missing_thread_or_a_parent_elsewhere_is_refused(session: Session, world: World) -> None:
    with pytest.raises(NotFound, match="thread"):
        save_draft(session, user_id=world.member.id, thread_id=99_999, body="text")
    other = make_thread(session, world.board, world.opener)
    stranger = make_comment(session, other, world.opener)
    with pytest.raises(InvalidInput, match="not in this thread"):
        save_draft(session, user_id=world.member.id, thread_id=world.thread.id, body="text", parent_id=stranger.id)
    assert _drafts(session) == 0


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_two_tabs_saving_the_first_draft_at_once_leave_one_draft_with_the_last_text(
        database: str, engine: Engine) -> None:
    with contextlib.ExitStack() as stack:
        if database == "postgresql":
            engine = stack.enter_context(migrated_postgres())
        with session_scope(engine) as session:
            world = make_world(session)
            member_id, thread_id = world.member.id, world.thread.id

        def save(n: int) -> None:
            with session_scope(engine) as session:
                save_draft(session, user_id=member_id, thread_id=thread_id, body=f"tab {n} text")

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(save, range(8)))
        with session_scope(engine) as session:
            rows = session.exec(select(Draft).where(Draft.user_id == member_id)).all()
        assert len(rows) == 1 and rows[0].body.startswith("tab ")
