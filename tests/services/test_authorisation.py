"""Roles are checked on the server: a member (or a visitor, or a suspended moderator) calling a moderator or
admin function directly is refused, and not one row anywhere changes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

from forum.models import ReviewItem, utcnow
from forum.services import moderation, moderation_queue, policy_settings
from forum.services.errors import PermissionDenied
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, World, make_world

Call = Callable[[Session, int | None, World, int], object]

MODERATOR_AND_ADMIN_CALLS: dict[str, Call] = {
    "list_queue": lambda s, a, w, i: moderation_queue.list_queue(s, actor_id=a),
    "queue_count": lambda s, a, w, i: moderation_queue.queue_count(s, actor_id=a),
    "approve": lambda s, a, w, i: moderation.approve(s, actor_id=a, item_id=i),
    "reject": lambda s, a, w, i: moderation.reject(s, actor_id=a, item_id=i, note="No", canned="too_brief"),
    "edit_and_approve": lambda s, a, w, i: moderation.edit_and_approve(s, actor_id=a, item_id=i, text="Edited"),
    "pin_domain": lambda s, a, w, i: moderation.pin_domain(s, actor_id=a, domain="example.com", kind="trusted"),
    "suspend_author": lambda s, a, w, i: moderation.suspend_author(s, actor_id=a, user_id=w.opener.id, days=3,
                                                                   reason="Spam"),
    "bulk": lambda s, a, w, i: moderation.bulk(s, actor_id=a, item_ids=[i], action="approve"),
    "list_mod_log": lambda s, a, w, i: moderation_queue.list_mod_log(s, actor_id=a),
    "save_policy": lambda s, a, w, i: policy_settings.save_policy(s, actor_id=a, settings={"max_depth": 2}),
    "replay_policy": lambda s, a, w, i: policy_settings.replay_policy(s, actor_id=a, settings={}),
    "policy_form": lambda s, a, w, i: policy_settings.policy_form(s, actor_id=a),
}


@pytest.fixture
def world(session: Session) -> World:
    world = make_world(session)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    return world


@pytest.fixture
def item_id(session: Session, world: World) -> int:
    return session.exec(sa.select(ReviewItem.id)).scalar_one()


def _snapshot(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every table: any change at all shows up as a difference."""
    with engine.connect() as conn:
        return {name: sorted(map(tuple, conn.execute(sa.select(table)).all()), key=repr)
                for name, table in SQLModel.metadata.tables.items()}


def _refused_without_change(session: Session, engine: Engine, call: Callable[[], object]) -> None:
    before = _snapshot(engine)
    with pytest.raises(PermissionDenied):
        call()
    session.commit()  # were anything written before the refusal, this would keep it
    assert _snapshot(engine) == before


@pytest.mark.parametrize("name", sorted(MODERATOR_AND_ADMIN_CALLS))
def test_a_member_calling_a_moderator_or_admin_function_is_refused_and_nothing_changes(
        session: Session, engine: Engine, world: World, item_id: int, name: str) -> None:
    call = MODERATOR_AND_ADMIN_CALLS[name]
    _refused_without_change(session, engine, lambda: call(session, world.member.id, world, item_id))


@pytest.mark.parametrize("name", sorted(MODERATOR_AND_ADMIN_CALLS))
def test_a_visitor_calling_a_moderator_or_admin_function_is_refused_and_nothing_changes(
        session: Session, engine: Engine, world: World, item_id: int, name: str) -> None:
    call = MODERATOR_AND_ADMIN_CALLS[name]
    _refused_without_change(session, engine, lambda: call(session, None, world, item_id))


@pytest.mark.parametrize("name", ["save_policy", "replay_policy", "policy_form"])
def test_a_moderator_calling_an_admin_function_is_refused_and_nothing_changes(
        session: Session, engine: Engine, world: World, item_id: int, name: str) -> None:
    call = MODERATOR_AND_ADMIN_CALLS[name]
    _refused_without_change(session, engine, lambda: call(session, world.moderator.id, world, item_id))


def test_a_suspended_moderator_cannot_moderate(session: Session, engine: Engine, world: World,
                                               item_id: int) -> None:
    world.moderator.suspended_until = utcnow() + timedelta(hours=1)
    session.add(world.moderator)
    session.commit()
    for name in ("approve", "reject", "list_queue"):
        call = MODERATOR_AND_ADMIN_CALLS[name]
        _refused_without_change(session, engine,
                                lambda call=call: call(session, world.moderator.id, world, item_id))
