"""Reactions, the watch control, bookmarks and quote-reply, through their handlers as a signed-in tab."""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import select

from forum.db import session_scope
from forum.models import Bookmark, Reaction, Watch, WatchLevel
from forum.routes import thread_url
from forum.services.drafts import get_draft, save_draft
from forum.services.posting import post_comment
from forum.state.action_result import ActionResultState
from forum.state.community import CommunityState
from forum.state.composer import ComposerState
from forum.state.pages import ThreadState
from tests.factories import BRIEF, VALUABLE, World
from tests.state.conftest import run, substate, tab


def _published_comment(world: World) -> int:
    with session_scope() as db:
        return post_comment(db, actor_id=world.opener.id, thread_id=world.thread.id, text=VALUABLE).comment_id


async def _composer(world: World, token: str) -> ComposerState:
    root = tab(token, thread_url(world.thread.slug))
    await run((await substate(root, ThreadState)).load())
    composer = await substate(root, ComposerState)
    await run(composer.load())
    return composer


async def test_a_click_on_a_reaction_button_toggles_it(world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    community = await substate(root, CommunityState)
    await run(community.react(comment_id, "comment:helpful"))
    with session_scope() as db:
        assert [r.kind for r in db.exec(select(Reaction)).all()] == ["helpful"]
    await run(community.react(comment_id, "comment:helpful"))
    with session_scope() as db:
        assert db.exec(select(Reaction)).all() == []
    assert (await substate(root, ActionResultState)).text == ""  # the reaction bar itself shows it


async def test_a_refused_reaction_is_explained_beside_the_comment(world: World, token_for: Callable[[int], str]
                                                                  ) -> None:
    comment_id = _published_comment(world)  # the opener's
    root = tab(token_for(world.opener.id), thread_url(world.thread.slug))
    await run((await substate(root, CommunityState)).react(comment_id, "comment:helpful"))
    result = await substate(root, ActionResultState)
    assert (result.anchor, result.tone) == (f"comment-{comment_id}", "error") and "own" in result.text

    await run((await substate(root, CommunityState)).react(world.thread.id, "thread:thanks"))
    assert (result.anchor, result.tone) == ("thread-actions", "error")  # the opener's own thread


async def test_a_forged_reaction_name_is_refused(world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    await run((await substate(root, CommunityState)).react(comment_id, "comment:love"))
    result = await substate(root, ActionResultState)
    assert result.tone == "error" and "not a reaction" in result.text


async def test_the_too_brief_panel_offers_a_reaction_that_keeps_the_draft(
        world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.reply_to(comment_id, "Person"))
    await run(composer.set_text(BRIEF))
    assert composer.decision == "reject" and composer.offer_reaction
    await run(composer.react_instead())
    assert composer.text == BRIEF and composer.error == "" and "reaction" in composer.notice
    with session_scope() as db:
        [reaction] = db.exec(select(Reaction)).all()
        assert (reaction.kind, reaction.target_id, reaction.user_id) == ("thanks", comment_id, world.member.id)


async def test_a_quote_lands_in_the_composer_with_attribution(world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.quote(comment_id, "cut average handle time"))
    assert composer.text == f"> cut average handle time\n— @opener ([link](/c/{comment_id}))\n\n"
    assert composer.parent_id == comment_id


async def test_a_quote_clicked_while_the_app_boots_is_added_to_the_saved_draft(
        world: World, token_for: Callable[[int], str]) -> None:
    comment_id = _published_comment(world)
    with session_scope() as db:
        save_draft(db, user_id=world.member.id, thread_id=world.thread.id, body="My own opening words.")
    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    composer = await substate(root, ComposerState)  # the page's own loads have not run yet
    await run(composer.quote(comment_id, "cut average handle time"))
    expected = f"My own opening words.\n\n> cut average handle time\n— @opener ([link](/c/{comment_id}))\n\n"
    assert composer.text == expected
    await run((await substate(root, ThreadState)).load())
    await run(composer.load())  # the page's own load, arriving after the click: keeps what is there
    assert composer.text == expected
    with session_scope() as db:
        assert get_draft(db, user_id=world.member.id, thread_id=world.thread.id).body == expected


async def test_watch_levels_and_bookmarks_toggle_from_their_buttons(
        world: World, token_for: Callable[[int], str]) -> None:
    root = tab(token_for(world.member.id), thread_url(world.thread.slug))
    community = await substate(root, CommunityState)
    result = await substate(root, ActionResultState)
    await run(community.watch(world.thread.id, "muted"))
    assert result.anchor == "thread-actions" and "muted" in result.text
    with session_scope() as db:
        assert db.exec(select(Watch.level)).one() == WatchLevel.MUTED
    await run(community.watch(world.thread.id, "muted"))
    await run(community.bookmark(world.thread.id, "thread"))
    assert (result.anchor, result.text) == ("thread-actions", "Bookmarked: find it on your profile.")
    with session_scope() as db:
        assert db.exec(select(Watch)).all() == [] and len(db.exec(select(Bookmark)).all()) == 1
    comment_id = _published_comment(world)
    await run(community.bookmark(comment_id, "comment"))
    assert (result.anchor, result.tone) == (f"comment-{comment_id}", "ok")


async def test_typing_at_name_suggests_members_and_a_click_completes_it(
        world: World, token_for: Callable[[int], str]) -> None:
    composer = await _composer(world, token_for(world.member.id))
    await run(composer.set_text("Have you tried this, @op"))
    assert composer.handle_suggestions == [{"handle": "opener", "name": world.opener.display_name}]
    await run(composer.pick_handle("opener"))
    assert composer.text == "Have you tried this, @opener " and composer.handle_suggestions == []
