"""Moderators manage the tag vocabulary at /mod/tags; a member's tab gets the refusal and changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import select

from forum.db import session_scope
from forum.models import Tag
from forum.state.tag_admin import TagAdminState
from tests.factories import World
from tests.state.conftest import run, substate, tab


async def test_a_moderator_creates_renames_and_merges_tags(world: World, token_for: Callable[[int], str]) -> None:
    admin = await substate(tab(token_for(world.moderator.id), "/mod/tags"), TagAdminState)
    await run(admin.load())
    assert admin.allowed and admin.tags == []
    await run(admin.create({"name": "QA"}))
    await run(admin.create({"name": "Quality"}))
    await run(admin.rename({"old": "quality", "new": "Quality Assurance"}))
    await run(admin.merge({"merged": "QA", "into": "Quality Assurance"}))
    assert admin.error == "" and admin.notice == "Merged “QA” into “Quality Assurance”."
    assert admin.tags == [{"slug": "quality-assurance", "name": "Quality Assurance", "threads": "0"}]


async def test_a_refused_change_is_explained(world: World, token_for: Callable[[int], str]) -> None:
    admin = await substate(tab(token_for(world.moderator.id), "/mod/tags"), TagAdminState)
    await run(admin.load())
    await run(admin.rename({"old": "nothing", "new": "Something"}))
    assert admin.error == "There is no tag “nothing”." and admin.notice == ""


async def test_a_member_cannot_manage_tags(world: World, token_for: Callable[[int], str]) -> None:
    member = await substate(tab(token_for(world.member.id), "/mod/tags"), TagAdminState)
    await run(member.load())
    assert not member.allowed
    await run(member.create({"name": "Sneaky"}))
    assert member.error == "Tags are managed by moderators."
    with session_scope() as db:
        assert db.exec(select(Tag)).all() == []
