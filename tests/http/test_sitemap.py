"""The sitemap: an index of child sitemaps of at most 50,000 URLs, valid XML, listing exactly the public
pages (boards, published threads and their later pages, members with published posts) with their last
activity; robots.txt names it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.models import Thread
from forum.services.boards import get_board_page
from forum.services.profiles import get_profile
from forum.services.sitemap import child_entries
from forum.services.thread_view import get_thread_page
from forum.settings import get_settings
from tests.factories import make_board, make_comment, make_thread, make_user

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


async def _xml(client: httpx.AsyncClient, path: str) -> ET.Element:
    response = await client.get(path)
    assert response.status_code == 200, (path, response.text)
    assert response.headers["content-type"] == "application/xml; charset=utf-8"
    assert response.headers["cache-control"] == "public, max-age=3600"
    return ET.fromstring(response.content)


async def _children(client: httpx.AsyncClient) -> list[str]:
    index = await _xml(client, "/sitemap.xml")
    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    return [loc.text or "" for loc in index.findall("sm:sitemap/sm:loc", NS)]


async def _urls(client: httpx.AsyncClient, child: str) -> list[tuple[str, str]]:
    urlset = await _xml(client, urlsplit(child).path)
    assert urlset.tag == f"{{{NS['sm']}}}urlset"
    return [(u.findtext("sm:loc", "", NS), u.findtext("sm:lastmod", "", NS)) for u in urlset.findall("sm:url", NS)]


def _small_forum(session: Session) -> None:
    ops = make_board(session, slug="ops")
    make_board(session, slug="empty")
    maya, quiet, held_author = make_user(session, "maya"), make_user(session, "quiet"), make_user(session, "held")
    long = make_thread(session, ops, maya, slug="long")
    for _ in range(get_settings().comments_per_page * 2 + 1):  # three pages
        make_comment(session, long, maya)
    make_thread(session, ops, maya, slug="short")
    make_thread(session, ops, held_author, slug="awaiting", status="pending")
    make_thread(session, ops, held_author, slug="gone", status="removed")
    assert quiet.comment_count == 0
    session.commit()


async def test_every_sitemap_url_is_a_public_page_that_exists(session: Session, client: httpx.AsyncClient) -> None:
    _small_forum(session)
    children = await _children(client)
    assert children == [f"https://forum.example/sitemap-{kind}-1.xml" for kind in
                        ("boards", "threads", "pages", "profiles")]
    locs = [loc for child in children for loc, _ in await _urls(client, child)]
    assert locs == ["https://forum.example/", "https://forum.example/b/ops", "https://forum.example/b/empty",
                    "https://forum.example/t/long", "https://forum.example/t/short",
                    "https://forum.example/t/long?page=2", "https://forum.example/t/long?page=3",
                    "https://forum.example/u/maya"]
    for loc in locs:  # each names an existing published row, and a page number that is not clamped
        parts = urlsplit(loc)
        page = int(parse_qs(parts.query).get("page", ["1"])[0])
        kind, _, key = parts.path.strip("/").partition("/")
        if kind == "t":
            found = get_thread_page(session, key, page=page, per_page=get_settings().comments_per_page)
            assert found.page == page and found.status == "published"
        elif kind == "b":
            assert get_board_page(session, key).slug == key
        elif kind == "u":
            assert get_profile(session, key).comment_count > 0
        else:
            assert parts.path == "/"


async def test_lastmod_is_the_last_activity(session: Session, client: httpx.AsyncClient) -> None:
    _small_forum(session)
    session.execute(sa.update(Thread).where(Thread.slug == "short")
                    .values(last_activity_at=datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)))
    session.commit()
    urls = dict(await _urls(client, "https://forum.example/sitemap-threads-1.xml"))
    assert urls["https://forum.example/t/short"] == "2026-03-04T05:06:07+00:00"


async def test_unknown_children_are_not_found_and_a_repeated_request_is_not_modified(
        session: Session, client: httpx.AsyncClient) -> None:
    _small_forum(session)
    for path in ("/sitemap-threads-2.xml", "/sitemap-secrets-1.xml", "/sitemap-threads-0.xml"):
        assert (await client.get(path)).status_code == 404, path
    first = await client.get("/sitemap.xml")
    again = await client.get("/sitemap.xml", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


async def test_robots_txt_keeps_its_rules_and_names_the_absolute_sitemap(client: httpx.AsyncClient) -> None:
    response = await client.get("/robots.txt")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    lines = response.text.splitlines()
    assert "Disallow: /mod/" in lines and "Disallow: /admin/" in lines
    assert lines[-1] == "Sitemap: https://forum.example/sitemap.xml"


def _bulk_threads(session: Session, count: int) -> None:
    board, author = make_board(session, slug="big"), make_user(session, "prolific")
    session.commit()
    now = datetime(2026, 11, 1, tzinfo=UTC)
    rows = [{"board_id": board.id, "slug": f"t{n}", "title": f"Thread {n}", "body_source": "", "body_html": "",
             "author_id": author.id, "status": "published", "pinned": False, "locked": False, "created_at": now,
             "last_activity_at": now, "reply_count": 0} for n in range(count)]
    session.execute(sa.insert(Thread.__table__), rows)
    author.thread_count = count
    session.add(author)
    session.commit()


async def test_a_forum_with_120000_threads_has_three_thread_sitemaps(session: Session,
                                                                     client: httpx.AsyncClient) -> None:
    _bulk_threads(session, 120_000)
    children = await _children(client)
    threads = [f"https://forum.example/sitemap-threads-{n}.xml" for n in (1, 2, 3)]
    assert children == ["https://forum.example/sitemap-boards-1.xml", *threads,
                        "https://forum.example/sitemap-profiles-1.xml"]
    sizes = [len(await _urls(client, child)) for child in threads]
    assert sizes == [50_000, 50_000, 20_000]
    last = await _urls(client, threads[2])
    assert last[-1][0] == "https://forum.example/t/t119999"


def test_a_child_sitemap_is_one_query_whatever_its_size(session: Session, engine: Engine) -> None:
    _bulk_threads(session, 3_000)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        with Session(engine) as reading:
            entries = list(child_entries(reading, "threads", 1, max_urls=2_500))
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len(entries) == 2_500 and len(statements) == 1
