"""Against the real production server: the sitemap and feeds are served by our routes (not the app's
fallback page), every URL the sitemap lists answers 200, and a comment's permalink lands on its thread page
with the comment on it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import httpx
from playwright.sync_api import Page, expect

from forum.settings import COMMENTS_PER_PAGE

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _locs(server: str, path: str) -> list[str]:
    response = httpx.get(server + path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/xml")
    return [loc.text or "" for loc in ET.fromstring(response.content).iter(f"{{{NS['sm']}}}loc")]


def test_every_sitemap_url_answers_200_and_robots_names_the_sitemap(server: str) -> None:
    robots = httpx.get(server + "/robots.txt").text
    assert f"Sitemap: {server}/sitemap.xml" in robots.splitlines()
    children = _locs(server, "/sitemap.xml")
    assert children and all(c.startswith(server + "/sitemap-") for c in children)
    urls = [url for child in children for url in _locs(server, urlsplit(child).path)]
    assert any("/t/" in url for url in urls) and any("/u/" in url for url in urls)
    with httpx.Client() as client:
        for url in urls:
            assert client.get(url).status_code == 200, url


def test_the_site_feed_parses_and_links_to_threads_that_answer(server: str) -> None:
    feed = feedparser.parse(httpx.get(server + "/feeds/latest.atom").content)
    assert not feed.bozo and feed.entries
    assert all(entry.link.startswith(server + "/t/") for entry in feed.entries)
    assert httpx.get(feed.entries[0].link).status_code == 200


def test_a_comment_permalink_lands_on_the_thread_page_showing_it(server: str, page: Page) -> None:
    thread = feedparser.parse(httpx.get(server + "/feeds/latest.atom").content).entries[0].link
    slug = thread.rsplit("/", 1)[-1]
    comments = feedparser.parse(httpx.get(f"{server}/feeds/t/{slug}.atom").content).entries
    assert comments, "the newest demo thread has comments"
    permalink = comments[-1].link
    comment_id = permalink.rsplit("/", 1)[-1]
    redirect = httpx.get(permalink)
    assert redirect.status_code == 302 and redirect.headers["location"].endswith(f"#comment-{comment_id}")
    page.goto(permalink)
    expect(page).to_have_url(re.compile(rf"/t/{re.escape(slug)}(\?page=\d+)?#comment-{comment_id}$"))
    expect(page.locator(f"#comment-{comment_id}")).to_be_visible(timeout=60_000)


def _long_thread(server_data_dir: Path, roots: int) -> tuple[str, str, int]:
    """A thread with ``roots`` top-level comments, written straight into the server's database."""
    from sqlmodel import Session, select

    from forum.db import create_db_engine
    from forum.models import Board, User
    from tests.factories import make_comment, make_thread

    engine = create_db_engine(f"sqlite:///{server_data_dir / 'forum.db'}")
    try:
        with Session(engine, expire_on_commit=False) as db:
            # A board no other test counts, and an admin (never flood-limited) who no other test posts as.
            board = db.exec(select(Board).where(Board.slug == "tools-and-techniques")).one()
            alex = db.exec(select(User).where(User.handle == "alex")).one()
            thread = make_thread(db, board, alex, slug=f"long-thread-{roots}")
            thread.title = f"A long thread of {roots} answers"
            # Listed last on its board, so tests that take a board's first threads never pick it.
            thread.last_activity_at = datetime(2020, 1, 1, tzinfo=UTC)
            last = None
            for n in range(roots):
                last = make_comment(db, thread, alex, text=f"Answer number {n} about queue callbacks")
            thread.last_activity_at = datetime(2020, 1, 1, tzinfo=UTC)
            db.add(thread)
            db.commit()
            return thread.slug, thread.title, last.id
    finally:
        engine.dispose()


def test_a_deep_link_to_a_comment_on_page_two_lands_on_it_marked(server: str, server_data_dir: Path,
                                                                    page: Page) -> None:
    slug, title, comment_id = _long_thread(server_data_dir, COMMENTS_PER_PAGE + 5)  # the last one is on page 2
    page.goto(f"{server}/c/{comment_id}")
    expect(page).to_have_url(re.compile(rf"/t/{slug}\?page=2#comment-{comment_id}$"))
    target = page.locator(f"#comment-{comment_id}")
    expect(target).to_be_in_viewport()
    assert target.evaluate("el => el.matches(':target, .fl-target')"), "the comment is the page's target, marked"
    expect(page).to_have_title(re.compile("^" + re.escape(title) + " \\(page 2\\) — "))


def test_pages_have_landmarks_one_h1_and_labelled_controls(server: str, page: Page) -> None:
    page.goto(server + "/b/coaching")
    page.locator("#threads .thread-link").first.click()
    for role in ("banner", "main", "contentinfo", "navigation"):
        expect(page.get_by_role(role).first).to_be_visible()
    expect(page.locator("h1")).to_have_count(1)
    expect(page.get_by_role("link", name="Skip to content")).to_have_count(1)


def test_private_pages_tell_crawlers_not_to_index_them(server: str) -> None:
    for path in ("/signin", "/register", "/notifications", "/settings/profile", "/mod/queue", "/mod/log",
                 "/admin/policy", "/search?q=hold"):
        html = httpx.get(server + path, follow_redirects=True).text
        noindex = r'<meta[^>]*(name="robots"[^>]*content="noindex|content="noindex[^>]*name="robots")'
        assert re.search(noindex, html), path
