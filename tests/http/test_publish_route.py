"""The app composer's Publish in one request: the reply route answers JSON with the new comment's block."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

import httpx
from sqlmodel import Session, select

from forum.models import CommentStatus, Draft
from forum.services.policy_settings import save_policy
from tests.factories import COMMERCIAL, HELD_VIDEO, VALUABLE, World
from tests.http.reply_posts import post_reply, thread_comments

XSS = "<script>alert(1)</script> We cut handle time from 9 to 6 minutes by letting agents close tickets alone."


async def _publish(client: httpx.AsyncClient, cookie: dict[str, str] | None, slug: str, body: str,
                   **options: str) -> httpx.Response:
    return await post_reply(client, cookie, slug, body, app=True, **options)


async def test_a_members_page_tells_its_composer_where_to_publish(
        client: httpx.AsyncClient, world: World, cookie_for: Callable[[int], dict[str, str]]) -> None:
    page = (await client.get(f"/t/{world.thread.slug}", headers=cookie_for(world.member.id))).text
    slot = page.split('id="composer-slot"', 1)[1].split(">", 1)[0]
    assert f'data-reply-action="/t/{world.thread.slug}/reply"' in slot
    assert re.search(r'data-reply-token="[^"]+"', slot)
    assert "data-reply-token" not in (await client.get(f"/t/{world.thread.slug}")).text


async def test_a_published_comment_comes_back_with_its_block_to_put_in_place(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _publish(client, cookie_for(world.member.id), world.thread.slug, VALUABLE, key="press-0001")
    [comment] = thread_comments(session, world.thread)
    answer = response.json()
    assert response.status_code == 200 and response.headers["cache-control"] == "private, no-store"
    assert answer["stored"] is True and answer["comment_id"] == comment.id and answer["decision"] == "publish"
    assert answer["message"] == "Your comment is published."
    assert 'id="added-comments"' in answer["html"] and f'id="comment-{comment.id}"' in answer["html"]
    assert comment.status == CommentStatus.PUBLISHED


async def test_a_held_comment_is_stored_and_shown_to_its_author_as_awaiting_review(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    answer = (await _publish(client, cookie_for(world.member.id), world.thread.slug, HELD_VIDEO)).json()
    [comment] = thread_comments(session, world.thread)
    assert comment.status == CommentStatus.PENDING
    assert answer["stored"] is True and answer["decision"] == "hold" and "awaiting review" in answer["message"]
    assert f'id="comment-{comment.id}"' in answer["html"]


async def test_hostile_markup_in_a_published_comment_comes_back_sanitised(
        client: httpx.AsyncClient, world: World, cookie_for: Callable[[int], dict[str, str]]) -> None:
    answer = (await _publish(client, cookie_for(world.member.id), world.thread.slug, XSS)).json()
    assert answer["stored"] is True and "<script>" not in answer["html"] and "handle time" in answer["html"]


async def test_a_rejection_stores_nothing_keeps_the_draft_and_says_so_under_422(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _publish(client, cookie_for(world.member.id), world.thread.slug, COMMERCIAL)
    assert response.status_code == 422 and response.json()["stored"] is False and response.json()["message"]
    assert thread_comments(session, world.thread) == []
    assert session.exec(select(Draft).where(Draft.user_id == world.member.id)).one().body == COMMERCIAL


async def test_a_forged_form_a_visitor_and_a_malformed_parent_store_nothing(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    cookie = cookie_for(world.member.id)
    cross_site = await _publish(client, cookie, world.thread.slug, VALUABLE, origin="https://evil.test")
    no_token = await _publish(client, cookie, world.thread.slug, VALUABLE, token="forged")
    visitor = await _publish(client, None, world.thread.slug, VALUABLE)
    junk_parent = await _publish(client, cookie, world.thread.slug, VALUABLE, parent="1; drop")
    assert [r.status_code for r in (cross_site, no_token, visitor, junk_parent)] == [403, 403, 401, 400]
    # a foreign origin never reaches the route (forum.http.origins refuses it first); the others answer JSON
    assert all(r.json()["stored"] is False for r in (no_token, visitor, junk_parent))
    assert thread_comments(session, world.thread) == []


async def test_flood_control_answers_429_with_when_to_try_again(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    save_policy(session, actor_id=world.admin.id, settings={"flood_per_minute": 1}, note="test: one a minute")
    session.commit()
    cookie = cookie_for(world.member.id)
    assert (await _publish(client, cookie, world.thread.slug, VALUABLE)).json()["stored"] is True
    again = await _publish(client, cookie, world.thread.slug, XSS)
    assert again.status_code == 429 and 0 < int(again.headers["retry-after"]) <= 60
    assert len(thread_comments(session, world.thread)) == 1


async def test_the_same_press_sent_twice_at_once_stores_one_comment_and_both_answers_name_it(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    cookie = cookie_for(world.member.id)
    first, second = await asyncio.gather(*(_publish(client, cookie, world.thread.slug, VALUABLE, key="press-0002")
                                           for _ in range(2)))
    [comment] = thread_comments(session, world.thread)
    assert first.json()["comment_id"] == second.json()["comment_id"] == comment.id


async def test_a_body_larger_than_any_comment_is_refused_unread(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _publish(client, cookie_for(world.member.id), world.thread.slug, "x" * 600_000)
    assert response.status_code == 413 and response.json()["stored"] is False
    assert thread_comments(session, world.thread) == []
