"""Watching a board from its page: a CSRF-checked form; the level shows pressed and decides notifications."""

from __future__ import annotations

from collections.abc import Callable

import httpx
from sqlmodel import Session, select

from forum.auth.csrf import issue_token, new_nonce
from forum.models import Notification
from forum.services.jobs import run_due_jobs
from forum.services.posting import post_comment
from forum.settings import get_settings
from tests.factories import VALUABLE, World
from tests.http.conftest import SITE


async def _choose(client: httpx.AsyncClient, cookie: dict[str, str], board: str, level: str,
                  token: str | None = None) -> httpx.Response:
    nonce = new_nonce()
    form = {"csrf_token": token if token is not None else issue_token(nonce, get_settings().secret_key),
            "board": board, "level": level}
    return await client.post("/settings/watch-board", data=form,
                             headers={"Cookie": f"{cookie['Cookie']}; frontline_csrf={nonce}", "Origin": SITE})


async def test_a_member_watches_a_board_and_hears_of_comments_in_its_threads(
        client: httpx.AsyncClient, world: World, session: Session,
        cookie_for: Callable[[int], dict[str, str]]) -> None:
    response = await _choose(client, cookie_for(world.moderator.id), world.board.slug, "watching")
    assert response.status_code == 303 and response.headers["location"] == f"/b/{world.board.slug}?watch=watching"
    page = (await client.get(response.headers["location"], headers=cookie_for(world.moderator.id))).text
    assert 'value="watching" class="rt-reset fl-reaction watch-watching" aria-pressed="true"' in page
    assert 'id="board-watch-notice"' in page
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    run_due_jobs(session)  # the worker's pass: watchers hear through a job
    session.commit()
    kinds = session.exec(select(Notification.kind).where(Notification.user_id == world.moderator.id)).all()
    assert kinds == ["watched"]


async def test_choosing_the_level_already_set_clears_it(
        client: httpx.AsyncClient, world: World, cookie_for: Callable[[int], dict[str, str]]) -> None:
    await _choose(client, cookie_for(world.member.id), world.board.slug, "muted")
    response = await _choose(client, cookie_for(world.member.id), world.board.slug, "muted")
    assert response.headers["location"].endswith("?watch=cleared")


async def test_a_forged_form_or_a_visitor_changes_nothing(
        client: httpx.AsyncClient, world: World, cookie_for: Callable[[int], dict[str, str]]) -> None:
    forged = await _choose(client, cookie_for(world.member.id), world.board.slug, "watching", token="forged")
    assert forged.status_code == 403
    visitor_page = (await client.get(f"/b/{world.board.slug}")).text
    assert "board-watch" not in visitor_page
