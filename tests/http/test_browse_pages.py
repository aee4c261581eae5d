"""Finding discussions without an account: the search page answers a plain GET form with escaped, marked
excerpts that deep-link to comments and is never indexed; tag, latest and unanswered listings are ordinary
public pages; every page's header carries the search box."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sqlmodel import Session

from forum.models import ThreadTag
from tests.factories import World, make_comment, make_tag, make_thread


async def test_a_search_lists_the_matching_comment_with_a_permalink_and_a_marked_excerpt(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    found = make_comment(session, world.thread, world.member, text="Outage banners calmed the queue.")
    session.commit()
    response = await client.get("/search", params={"q": "outage"})
    assert response.status_code == 200
    assert f'href="/c/{found.id}"' in response.text and "<mark>Outage</mark>" in response.text
    assert '<meta name="robots" content="noindex, nofollow">' in response.text
    assert response.headers["cache-control"].startswith("private")


async def test_an_excerpt_cannot_carry_markup(client: httpx.AsyncClient, world: World, session: Session) -> None:
    comment = make_comment(session, world.thread, world.member, text="zigzag img onerror")
    comment.html = "<p>zigzag &lt;img src=x onerror=alert(1)&gt;</p>"
    session.add(comment)
    session.commit()
    response = await client.get("/search", params={"q": "zigzag onerror"})
    assert "<img" not in response.text and "&lt;img src=x" in response.text


async def test_a_very_common_word_is_counted_as_a_floor_and_the_page_says_why(
        client: httpx.AsyncClient, world: World, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(3):
        make_comment(session, world.thread, world.member, text=f"Zigzag rota number {n}.")
    session.commit()
    plain = await client.get("/search", params={"q": "zigzag"})
    assert 'id="search-count">1 thread found' in plain.text and "very common" not in plain.text
    monkeypatch.setattr("forum.services.search.SCAN", 2)
    capped = await client.get("/search", params={"q": "zigzag"})
    assert 'id="search-count">At least 1 thread found' in capped.text and "newest 2 comments" in capped.text


async def test_the_filter_controls_narrow_like_typed_filters(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    make_comment(session, world.thread, world.member, text="Outage notes from maya.")
    make_comment(session, world.thread, world.opener, text="Outage notes from the opener.")
    session.commit()
    response = await client.get("/search", params={"q": "outage", "author": "@maya", "board": world.board.slug})
    assert "from maya" in response.text and "from the opener" not in response.text
    assert 'value="@maya"' in response.text


async def test_an_empty_search_explains_the_syntax_and_a_miss_suggests_what_to_try(
        client: httpx.AsyncClient, world: World) -> None:
    empty = await client.get("/search")
    assert 'id="search-help"' in empty.text and "in:title" in empty.text
    missed = await client.get("/search", params={"q": "nothing-like-this"})
    assert 'id="search-empty"' in missed.text and "Try fewer or different words" in missed.text


async def test_hostile_input_still_answers_a_page(client: httpx.AsyncClient, world: World) -> None:
    for q in ("\x00", '"', "NEAR(", "x" * 10_000, "-", "title:x OR"):
        assert (await client.get("/search", params={"q": q, "page": "99999999"})).status_code == 200


async def test_removed_content_is_searchable_by_moderators_only(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    make_comment(session, world.thread, world.member, status="removed", text="Zigzag spam link removed.")
    session.commit()
    params = {"q": "zigzag", "scope": "removed"}
    assert "Zigzag spam" not in (await client.get("/search", params=params)).text
    as_member = await client.get("/search", params=params, headers=cookie_for(world.member.id))
    assert "Zigzag spam" not in as_member.text and 'id="search-scope"' not in as_member.text
    as_moderator = await client.get("/search", params=params, headers=cookie_for(world.moderator.id))
    assert "spam link removed" in as_moderator.text and ">Removed<" in as_moderator.text


async def test_a_tag_page_lists_its_threads_newest_activity_first(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    tag = make_tag(session, "Quality Assurance")
    other = make_thread(session, world.board, world.member, slug="untagged")
    session.add(ThreadTag(thread_id=world.thread.id, tag_id=tag.id))
    session.commit()
    response = await client.get("/tag/quality-assurance")
    assert response.status_code == 200 and "Threads tagged Quality Assurance" in response.text
    assert f'href="/t/{world.thread.slug}"' in response.text and f'href="/t/{other.slug}"' not in response.text
    assert (await client.get("/tag/Quality%20Assurance")).status_code == 200
    assert (await client.get("/tag/nope")).status_code == 404


async def test_board_pages_link_their_tags(client: httpx.AsyncClient, world: World, session: Session) -> None:
    session.add(ThreadTag(thread_id=world.thread.id, tag_id=make_tag(session, "Billing").id))
    session.commit()
    assert 'href="/tag/billing"' in (await client.get(f"/b/{world.board.slug}")).text


async def test_latest_spans_boards_and_unanswered_keeps_threads_without_a_reply(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    quiet = make_thread(session, world.board, world.member, slug="quiet-one")
    make_comment(session, world.thread, world.member, text="A published reply.")
    session.commit()
    latest = (await client.get("/latest")).text
    assert f'href="/t/{quiet.slug}"' in latest and f'href="/t/{world.thread.slug}"' in latest
    unanswered = (await client.get("/unanswered")).text
    assert f'href="/t/{quiet.slug}"' in unanswered and f'href="/t/{world.thread.slug}"' not in unanswered


async def test_the_home_page_offers_latest_beside_the_boards_and_every_page_a_search_box(
        client: httpx.AsyncClient, world: World) -> None:
    home = (await client.get("/")).text
    assert 'id="home-latest"' in home and 'href="/unanswered"' in home
    for path in ("/", f"/t/{world.thread.slug}", "/latest", "/search"):
        page = (await client.get(path)).text
        assert '<form class="fl-search" action="/search" method="get" role="search">' in page


async def test_listing_pages_carry_canonical_head_tags_and_search_does_not(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    session.add(ThreadTag(thread_id=world.thread.id, tag_id=make_tag(session, "Billing").id))
    session.commit()
    tag_page = (await client.get("/tag/Billing")).text
    assert '<link rel="canonical" href="https://forum.example/tag/billing">' in tag_page
    assert "<title>Threads tagged Billing — Frontline Test</title>" in tag_page
    assert 'href="https://forum.example/feeds/tags/billing.atom"' in tag_page
    search_page = (await client.get("/search", params={"q": "billing"})).text
    assert 'rel="canonical"' not in search_page and "<title>Search: billing — Frontline Test</title>" in search_page


async def test_an_author_finds_their_own_held_comment_marked_and_nobody_else_does(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    make_comment(session, world.thread, world.member, status="pending", text="Zigzag rota awaiting review.")
    session.commit()
    mine = (await client.get("/search", params={"q": "zigzag"}, headers=cookie_for(world.member.id))).text
    assert "rota awaiting review" in mine and "Held for review" in mine
    theirs = (await client.get("/search", params={"q": "zigzag"}, headers=cookie_for(world.opener.id))).text
    assert "rota awaiting review" not in theirs
