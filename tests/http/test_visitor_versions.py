"""A visitor's repeat view of a thread runs no SQL while the worker remembers the thread's version, and no
visitor is shown an old page for longer than a second, nor an open tab left behind a change it was told of."""

from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.http.visitor_versions import versions
from forum.services.page_versions import thread_page_key
from tests.factories import World, make_comment
from tests.helpers import count_queries


def _key(session: Session, slug: str) -> tuple[int, str, str]:
    key = thread_page_key(session, slug=slug)
    assert key is not None
    return key


async def test_a_visitors_repeat_view_within_the_second_runs_no_sql(
        client: httpx.AsyncClient, world: World, engine: Engine) -> None:
    first = await client.get(f"/t/{world.thread.slug}")
    with count_queries(engine) as statements:
        again = await client.get(f"/t/{world.thread.slug}")
    assert statements == []
    assert again.status_code == 200 and again.text == first.text


async def test_a_comment_committed_by_this_worker_shows_on_the_next_view(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    await client.get(f"/t/{world.thread.slug}")
    make_comment(session, world.thread, world.member, text="Published a moment ago on this very worker")
    session.commit()
    page = await client.get(f"/t/{world.thread.slug}")
    assert "Published a moment ago on this very worker" in page.text


async def test_a_change_from_another_worker_shows_once_the_remembered_version_ages_out(
        client: httpx.AsyncClient, world: World, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(versions, "ttl", 0.3)
    await client.get(f"/t/{world.thread.slug}")  # this worker draws the page and remembers its version
    before = _key(session, world.thread.slug)
    make_comment(session, world.thread, world.member, text="Written through another worker")
    session.commit()
    versions.put(world.thread.slug, before)  # the commit was another worker's: this one still remembers

    stale = await client.get(f"/t/{world.thread.slug}")
    time.sleep(0.35)
    fresh = await client.get(f"/t/{world.thread.slug}")

    assert "Written through another worker" not in stale.text
    assert "Written through another worker" in fresh.text


async def test_an_open_tab_told_of_a_new_version_gets_that_version_at_once(
        client: httpx.AsyncClient, world: World, session: Session) -> None:
    await client.get(f"/t/{world.thread.slug}", params={"part": "comments"})  # drawn and remembered
    before = _key(session, world.thread.slug)
    make_comment(session, world.thread, world.member, text="The live socket told the tab of this one")
    session.commit()
    told = _key(session, world.thread.slug)[1]
    versions.put(world.thread.slug, before)  # this worker still remembers the older version

    listed = await client.get(f"/t/{world.thread.slug}", params={"part": "comments", "w": told})

    assert "The live socket told the tab of this one" in listed.text
    assert f'data-version="{told}"' in listed.text


async def test_members_never_get_a_remembered_version(
        client: httpx.AsyncClient, world: World, session: Session, cookie_for) -> None:  # type: ignore[no-untyped-def]
    before = _key(session, world.thread.slug)
    make_comment(session, world.thread, world.member, text="A member sees this without waiting")
    session.commit()
    versions.put(world.thread.slug, before)
    page = await client.get(f"/t/{world.thread.slug}", headers=cookie_for(world.member.id))
    assert "A member sees this without waiting" in page.text
