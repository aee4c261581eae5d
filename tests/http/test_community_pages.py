"""The thread and profile pages show reactions, mentions, replies past the depth cap, and a member's own
follows and bookmarks (to them alone)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlmodel import Session

from forum.models import ContentKind, LinkRule, ReactionKind
from forum.policy.types import DomainPin
from forum.services.bookmarks import toggle_bookmark
from forum.services.posting import post_comment
from forum.services.reactions import set_reaction
from forum.services.watching import set_watch
from tests.factories import VALUABLE, World, make_comment, make_thread


def _thank(session: Session, world: World, comment_id: int) -> None:
    set_reaction(session, actor_id=world.member.id, target_kind=ContentKind.COMMENT, target_id=comment_id,
                 kind=ReactionKind.THANKS)
    session.commit()


async def test_visitors_see_reaction_counts_with_names_and_are_asked_to_sign_in(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    comment = make_comment(session, world.thread, world.opener)
    _thank(session, world, comment.id)
    html = (await client.get(f"/t/{world.thread.slug}")).text
    assert 'class="fl-reaction reaction-thanks"' in html and f"Thanks: {world.member.display_name}" in html
    assert 'id="reactions-signin"' in html and 'data-action="react"' not in html


async def test_a_reaction_shows_to_visitors_at_once_despite_the_page_cache(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    comment = make_comment(session, world.thread, world.opener)
    session.commit()
    before = (await client.get(f"/t/{world.thread.slug}")).text
    _thank(session, world, comment.id)
    after = (await client.get(f"/t/{world.thread.slug}")).text
    assert "fl-reaction-count" not in before and "fl-reaction-count" in after


async def test_members_get_reaction_buttons_but_none_on_their_own_posts(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    theirs = make_comment(session, world.thread, world.opener)
    mine = make_comment(session, world.thread, world.member)
    session.commit()
    html = (await client.get(f"/t/{world.thread.slug}", headers=cookie_for(world.member.id))).text
    assert f'data-action="react" data-id="{theirs.id}" data-name="comment:thanks"' in html
    assert f'data-id="{mine.id}" data-name="comment:thanks"' not in html
    assert 'data-action="watch"' in html and 'id="thread-bookmark"' in html


async def test_a_mention_links_to_the_profile(client: httpx.AsyncClient, world: World, session: Session) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE + " Right, @sam?")
    session.commit()
    html = (await client.get(f"/t/{world.thread.slug}")).text
    assert '<a class="mention" href="/u/sam">@sam</a>' in html


async def test_a_reply_past_the_depth_cap_says_whom_it_answers(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    parent = None
    for _ in range(6):
        parent = make_comment(session, world.thread, world.opener if parent is None else world.member, parent=parent)
    deepest = make_comment(session, world.thread, world.opener, parent=parent)
    session.commit()
    html = (await client.get(f"/t/{world.thread.slug}")).text
    assert f'href="/c/{deepest.reply_to_id}">in reply to @maya</a>' in html


async def test_only_the_member_sees_what_they_follow_and_bookmarked(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    set_watch(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id, level="tracking")
    toggle_bookmark(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id)
    session.commit()
    own = (await client.get("/u/maya", headers=cookie_for(world.member.id))).text
    assert 'id="profile-watching"' in own and "thread · tracking" in own
    assert 'id="profile-bookmarks"' in own and world.thread.title in own.split('id="profile-bookmarks"')[1]
    other = (await client.get("/u/maya", headers=cookie_for(world.moderator.id))).text
    assert "profile-watching" not in other and "profile-bookmarks" not in other


async def test_the_profile_counts_reactions_received(client: httpx.AsyncClient, world: World, session: Session) -> None:
    comment = make_comment(session, world.thread, world.opener)
    _thank(session, world, comment.id)
    html = (await client.get("/u/opener")).text
    assert '<span id="profile-reactions">1 reaction received</span>' in html


async def test_the_guidelines_page_shows_the_settings_in_force(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    session.add(LinkRule(domain="hbr.org", kind=DomainPin.TRUSTED.value, created_by=world.moderator.id))
    session.commit()
    response = await client.get("/guidelines")
    assert response.status_code == 200
    assert "under 20 words" in response.text and "first 2 comments" in response.text
    assert "hbr.org" in response.text and "Say it with a reaction instead".lower() in response.text.lower()
    assert 'href="/guidelines"' in (await client.get("/")).text


async def test_a_held_thread_shows_on_its_board_for_its_author_only_and_offers_no_composer(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    held = make_thread(session, world.board, world.member, slug="held-thread", status="pending")
    session.commit()
    board_for_author = (await client.get(f"/b/{world.board.slug}", headers=cookie_for(world.member.id))).text
    assert held.title in board_for_author and "thread-pending" in board_for_author
    board_for_others = (await client.get(f"/b/{world.board.slug}", headers=cookie_for(world.opener.id))).text
    assert held.title not in board_for_others
    page = (await client.get("/t/held-thread", headers=cookie_for(world.member.id))).text
    assert 'id="composer-held"' in page and 'id="composer-slot"' not in page
