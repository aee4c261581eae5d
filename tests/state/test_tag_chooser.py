"""The new-thread form's tags are chosen from the existing ones: suggestions follow the typing, only known
tags are added, and an unknown one is named before submit (and blocks it); the thread carries the choice."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import select

from forum.db import session_scope
from forum.models import Tag, Thread, ThreadTag
from forum.services.tags import resolve_tag, suggest_tags
from forum.state.new_thread import NewThreadState
from tests.factories import VALUABLE, World, make_tag
from tests.state.conftest import run, substate, tab

KNOWN = ["Billing", "Burnout", "Quality Assurance", "Workforce Management"]


def test_suggestions_put_names_starting_with_the_typing_first() -> None:
    assert suggest_tags(KNOWN, "bu", []) == ["Burnout"]
    assert suggest_tags(["Escalations", "Cases"], "ca", []) == ["Cases", "Escalations"]
    assert suggest_tags(KNOWN, "quality-a", []) == ["Quality Assurance"]
    assert suggest_tags(KNOWN, "b", ["Billing"]) == ["Burnout"]


def test_a_tag_is_resolved_by_name_or_slug_in_any_case() -> None:
    assert resolve_tag(KNOWN, "workforce-management") == resolve_tag(KNOWN, "WORKFORCE management") == \
        "Workforce Management"
    assert resolve_tag(KNOWN, "workforce") is None


async def _form(world: World, token_for: Callable[[int], str]) -> NewThreadState:
    with session_scope() as db:
        for name in KNOWN:
            make_tag(db, name)
    form = await substate(tab(token_for(world.member.id), f"/b/{world.board.slug}/new"), NewThreadState)
    await run(form.load())
    return form


async def test_typing_suggests_existing_tags_and_picking_one_adds_it(
        world: World, token_for: Callable[[int], str]) -> None:
    form = await _form(world, token_for)
    assert form.known_tags == KNOWN
    form.set_tag_query("bil")
    assert form.tag_suggestions == ["Billing"] and form.tag_problem == ""
    form.add_tag("Billing")
    form.set_tag_query("quality,")
    assert form.chosen_tags == ["Billing", "Quality Assurance"] and form.tag_query == ""
    form.remove_tag("Billing")
    assert form.chosen_tags == ["Quality Assurance"]


async def test_an_unknown_tag_is_named_before_submit_and_blocks_it(
        world: World, token_for: Callable[[int], str]) -> None:
    form = await _form(world, token_for)
    form.set_title("How do you keep callbacks honest?")
    await run(form.set_body(VALUABLE))
    assert form.can_submit
    form.set_tag_query("callbacks")
    form.tag_key("Enter")
    assert form.chosen_tags == [] and "no tag called “callbacks”" in form.tag_problem and not form.can_submit
    form.add_tag("Made Up")
    assert form.chosen_tags == []


async def test_the_started_thread_carries_the_chosen_tags(world: World, token_for: Callable[[int], str]) -> None:
    form = await _form(world, token_for)
    form.set_title("How do you keep callbacks honest?")
    await run(form.set_body(VALUABLE))
    form.set_tag_query("burn")
    form.tag_key("Enter")
    await run(form.submit())
    with session_scope() as db:
        thread = db.exec(select(Thread).where(Thread.title == "How do you keep callbacks honest?")).one()
        names = db.exec(select(Tag.name).join(ThreadTag, ThreadTag.tag_id == Tag.id)
                        .where(ThreadTag.thread_id == thread.id)).all()
    assert names == ["Burnout"]
