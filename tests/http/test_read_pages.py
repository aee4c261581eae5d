"""The public pages answer a plain GET with their whole text: what a crawler, a browser without JavaScript and
a link preview see. Nothing held, rejected or removed reaches a visitor; unknown things answer 404."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlmodel import Session

from forum.http.page_cache import pages
from forum.models import utcnow
from forum.settings import get_settings
from tests.factories import World, make_comment, make_thread


async def test_a_thread_page_contains_its_opening_post_and_published_comments_and_nothing_else(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    make_comment(session, world.thread, world.member, text="Published words about queues")
    make_comment(session, world.thread, world.member, status="pending", text="Held words awaiting review")
    make_comment(session, world.thread, world.member, status="rejected", text="Rejected words")
    make_comment(session, world.thread, world.member, status="removed", text="Removed words")
    session.commit()

    response = await client.get(f"/t/{world.thread.slug}")

    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert world.thread.title in html and "Opening post." in html
    assert "Published words about queues" in html
    for hidden in ("Held words awaiting review", "Rejected words", "Removed words"):
        assert hidden not in html
    assert "You must be logged in to post a comment." in html
    assert "<script" not in html.split("</footer>")[0].split("<main")[1]  # the content needs no script


async def test_page_two_of_a_thread_holds_that_pages_comments(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    per_page = get_settings().comments_per_page
    for n in range(per_page + 3):
        make_comment(session, world.thread, world.member, text=f"Root comment number {n:03d}")
    session.commit()

    first, second = await client.get(f"/t/{world.thread.slug}"), await client.get(f"/t/{world.thread.slug}?page=2")

    assert "Root comment number 000" in first.text and f"Root comment number {per_page:03d}" not in first.text
    assert f"Root comment number {per_page:03d}" in second.text and "Root comment number 000" not in second.text
    assert 'rel="next"' in first.text and 'rel="prev"' in second.text


async def test_a_signed_in_member_sees_their_own_held_comment_and_the_app_boot(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    make_comment(session, world.thread, world.member, status="pending", text="My own held words")
    session.commit()

    mine = await client.get(f"/t/{world.thread.slug}", headers=cookie_for(world.member.id))
    visitor = await client.get(f"/t/{world.thread.slug}")

    assert "My own held words" in mine.text and "Awaiting review" in mine.text
    assert 'id="composer-slot"' in mine.text and 'id="nav-profile"' in mine.text
    assert mine.headers["cache-control"].startswith("private")
    assert "My own held words" not in visitor.text and 'id="composer-slot"' not in visitor.text


async def test_the_comment_list_alone_is_served_for_open_tabs_to_refresh(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    make_comment(session, world.thread, world.member, text="Fresh words for the live list")
    session.commit()

    response = await client.get(f"/t/{world.thread.slug}?part=comments")

    assert response.status_code == 200 and "Fresh words for the live list" in response.text
    assert "<html" not in response.text and 'id="comments"' in response.text


async def test_the_tab_that_posted_gets_its_comment_alone_and_knows_when_that_was_the_only_change(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    shown = (await client.get(f"/t/{world.thread.slug}?part=comments")).text.split('data-version="')[1].split('"')[0]
    mine = make_comment(session, world.thread, world.member, text="My brand new comment")
    session.commit()
    url = f"/t/{world.thread.slug}?part=comment&c={mine.id}&v={shown}"

    alone = await client.get(url, headers=cookie_for(world.member.id))

    assert alone.status_code == 200 and "My brand new comment" in alone.text and "<html" not in alone.text
    assert alone.text.count('class="comment"') == 1 and 'data-current="1"' in alone.text
    assert 'data-reply-total="1 reply"' in alone.text and 'data-page="1"' in alone.text
    make_comment(session, world.thread, world.opener, text="Someone else's at the same time")
    session.commit()
    assert 'data-current="0"' in (await client.get(url, headers=cookie_for(world.member.id))).text


async def test_a_members_open_tab_told_of_new_comments_gets_them_alone_and_the_whole_list_after_an_edit(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    member = cookie_for(world.member.id)
    shown = (await client.get(f"/t/{world.thread.slug}?part=comments", headers=member)).text
    version = shown.split('data-version="')[1].split('"')[0]
    make_comment(session, world.thread, world.opener, text="Only this one is new")
    session.commit()
    url = f"/t/{world.thread.slug}?part=since&v={version}"

    added = await client.get(url, headers=member)

    assert 'id="added-comments"' in added.text and 'data-current="1"' in added.text
    assert added.text.count('class="comment"') == 1 and "Only this one is new" in added.text
    world.thread.edited_at = utcnow()
    session.add(world.thread)
    session.commit()
    whole = await client.get(url, headers=member)
    assert 'id="added-comments"' not in whole.text and 'id="comments"' in whole.text
    visitor = await client.get(url)  # a visitor's list comes whole, from the shared cache
    assert 'id="added-comments"' not in visitor.text and "Only this one is new" in visitor.text


async def test_a_held_comment_fragment_is_for_its_author_alone_and_bad_ids_are_not_found(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    held = make_comment(session, world.thread, world.member, status="pending", text="Held and private")
    session.commit()
    url = f"/t/{world.thread.slug}?part=comment&c={held.id}"
    assert "Held and private" in (await client.get(url, headers=cookie_for(world.member.id))).text
    for response in (await client.get(url), await client.get(url, headers=cookie_for(world.opener.id)),
                     await client.get(f"/t/{world.thread.slug}?part=comment&c=abc"),
                     await client.get(f"/t/{world.thread.slug}?part=comment&c=99999999999999999999")):
        assert response.status_code == 404 and "Held and private" not in response.text


async def test_a_visitors_page_is_cached_until_the_thread_changes(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    await client.get(f"/t/{world.thread.slug}")
    hits = pages.hits
    again = await client.get(f"/t/{world.thread.slug}")
    assert pages.hits == hits + 1

    make_comment(session, world.thread, world.member, text="A change the cache must not hide")
    session.commit()
    changed = await client.get(f"/t/{world.thread.slug}")

    assert "A change the cache must not hide" in changed.text
    assert changed.headers["etag"] != again.headers["etag"]


async def test_a_repeated_conditional_get_answers_304(client: httpx.AsyncClient, world: World) -> None:
    first = await client.get(f"/t/{world.thread.slug}")
    second = await client.get(f"/t/{world.thread.slug}", headers={"If-None-Match": first.headers["etag"]})
    assert second.status_code == 304 and second.content == b""


async def test_home_board_and_profile_pages_are_server_rendered(
        client: httpx.AsyncClient, world: World) -> None:
    home = await client.get("/")
    board = await client.get(f"/b/{world.board.slug}")
    profile = await client.get(f"/u/{world.member.handle}")

    assert home.status_code == board.status_code == profile.status_code == 200
    assert world.board.name in home.text and 'id="boards"' in home.text
    assert world.thread.title in board.text and 'id="threads"' in board.text
    assert world.member.display_name in profile.text and 'id="profile-name"' in profile.text


async def test_unknown_threads_boards_members_and_absurd_pages_answer_404_with_the_sites_header(
        client: httpx.AsyncClient, world: World) -> None:
    for path in ("/t/no-such-thread", "/b/no-such-board", "/u/nobody-here"):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert 'id="not-found"' in response.text and 'id="nav-home"' in response.text
        assert 'name="robots" content="noindex' in response.text
    absurd = await client.get(f"/t/{world.thread.slug}?page={2 ** 70}")
    assert absurd.status_code == 200


async def test_a_held_thread_is_not_found_for_visitors_but_shown_to_its_author(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    held = make_thread(session, world.board, world.member, slug="held-thread", status="pending")
    session.commit()

    assert (await client.get(f"/t/{held.slug}")).status_code == 404
    mine = await client.get(f"/t/{held.slug}", headers=cookie_for(world.member.id))
    assert mine.status_code == 200 and 'id="thread-pending"' in mine.text


async def test_user_text_in_titles_and_names_is_escaped(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    world.thread.title = '<script>alert("t")</script> Hold times'
    world.member.display_name = '<img src=x onerror=alert(1)>'
    session.add_all([world.thread, world.member])
    make_comment(session, world.thread, world.member, text="escaped author")
    session.commit()

    html = (await client.get(f"/t/{world.thread.slug}")).text

    assert '<script>alert("t")</script>' not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html


async def test_a_url_nothing_claims_answers_the_sites_404_page(engine) -> None:
    from starlette.applications import Starlette
    from starlette.responses import HTMLResponse, PlainTextResponse
    from starlette.routing import Route

    from forum.http.not_found import not_found_pages

    async def api_error(_request):
        return PlainTextResponse("no such api", status_code=404)

    async def our_page(_request):
        return HTMLResponse("<p>That thread does not exist.</p>", status_code=404, headers={"X-Frontline-Page": "1"})

    async def bare(_request):
        return HTMLResponse("404: Page not found", status_code=404, headers={"Content-Security-Policy": "x"})

    inner = Starlette(routes=[Route("/api/x", api_error), Route("/t/gone", our_page),
                              Route("/bare", bare)])  # stands in for Reflex's own routes and frontend
    transport = httpx.ASGITransport(app=not_found_pages(inner))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:3000") as http:
        page = await http.get("/no/such/page", headers={"Accept": "text/html,application/xhtml+xml"})
        api = await http.get("/api/x")
        ours = await http.get("/t/gone")
        bare_page = await http.get("/bare")

    assert page.status_code == 404 and 'id="not-found"' in page.text and 'id="nav-home"' in page.text
    assert api.status_code == 404 and api.text == "no such api"
    assert ours.status_code == 404 and "That thread does not exist." in ours.text  # our own 404s keep their words
    assert 'id="not-found"' in bare_page.text and bare_page.headers["content-security-policy"] == "x"
