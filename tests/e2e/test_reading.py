"""A visitor reads the forum in a real browser: boards, a board's threads, a thread's nested replies."""

from __future__ import annotations

import re

import httpx
from playwright.sync_api import Browser, Page, expect


def test_a_visitor_reads_a_board_and_a_thread_with_nested_replies(server: str, page: Page) -> None:
    page.goto(server + "/")
    boards = page.locator("#boards .board-card")
    expect(boards).to_have_count(4, timeout=60_000)
    expect(page.locator("#boards")).to_contain_text("Frontline stories")

    page.locator(".board-link", has_text="Coaching and leadership").click()
    expect(page).to_have_url(re.compile(r"/b/coaching$"))
    expect(page.locator("#board-title")).to_have_text("Coaching and leadership")
    expect(page.locator("#threads .thread-row")).to_have_count(3)

    # A thread with replies three levels deep: open it from its board.
    page.goto(server + "/b/frontline-stories")
    deep_thread = page.locator("#threads .thread-link").first
    deep_thread.click()
    expect(page.locator("#thread-title")).to_be_visible()
    expect(page.locator("#comments .comment").first).to_be_visible()
    expect(page.locator("#thread-board")).to_have_text(re.compile("Frontline stories"))


def test_nested_replies_are_indented_by_depth_with_their_reply_counts(server: str, page: Page) -> None:
    slug = _a_thread_with_depth_three(server, page)
    page.goto(f"{server}/t/{slug}")
    comments = page.locator("#comments .comment")
    expect(comments.first).to_be_visible(timeout=60_000)
    deep = page.locator('#comments .comment[data-depth="2"]').first
    expect(deep).to_be_visible()
    top = page.locator('#comments .comment[data-depth="0"]').first
    top_x = top.bounding_box()["x"]
    deep_x = deep.bounding_box()["x"]
    assert deep_x > top_x, "a reply two levels down is indented further than a top-level comment"
    expect(page.locator("#comments .reply-count").first).to_contain_text("repl")
    expect(page.locator("#comments .author-link").first).to_have_attribute("href", re.compile(r"^/u/[a-z0-9_]+$"))


def test_a_visitor_sees_no_comment_awaiting_review(server: str, page: Page) -> None:
    for slug in _all_thread_slugs(server, page):
        page.goto(f"{server}/t/{slug}")
        expect(page.locator("#thread-title")).to_be_visible(timeout=60_000)
        expect(page.locator(".status-pending")).to_have_count(0)


def test_an_unknown_thread_shows_the_not_found_page(server: str, page: Page) -> None:
    page.goto(server + "/t/no-such-thread-here")
    expect(page.locator("#not-found")).to_be_visible(timeout=60_000)
    page.goto(server + "/b/no-such-board")
    expect(page.locator("#not-found")).to_be_visible()


def test_health_and_robots_are_served_over_plain_http(server: str) -> None:
    health = httpx.get(server + "/healthz")
    assert health.status_code == 200 and health.json()["database"] is True
    robots = httpx.get(server + "/robots.txt")
    assert robots.status_code == 200 and "Disallow: /mod/" in robots.text
    assert httpx.get(server + "/favicon.svg").status_code == 200


def _all_thread_slugs(server: str, page: Page) -> list[str]:
    slugs: list[str] = []
    for board in ("frontline-stories", "appreciation", "coaching", "tools-and-techniques"):
        page.goto(f"{server}/b/{board}")
        links = page.locator("#threads .thread-link")
        expect(links.first).to_be_visible(timeout=60_000)
        slugs += [href.rsplit("/", 1)[-1] for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))")]
    return slugs


def _a_thread_with_depth_three(server: str, page: Page) -> str:
    for slug in _all_thread_slugs(server, page):
        page.goto(f"{server}/t/{slug}")
        expect(page.locator("#thread-title")).to_be_visible(timeout=60_000)
        if page.locator('#comments .comment[data-depth="2"]').count():
            return slug
    raise AssertionError("the demo content has no thread with replies three levels deep")


def test_a_browser_without_javascript_reads_a_thread_and_its_comments(server: str, browser: Browser) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{server}/b/frontline-stories")
        slug = page.locator("#threads .thread-link").first.get_attribute("href").rsplit("/", 1)[-1]
        page.goto(f"{server}/t/{slug}")
        expect(page.locator("#thread-title")).to_be_visible()
        expect(page.locator("#comments .comment").first).to_be_visible()
        expect(page.locator("#composer-visitor")).to_contain_text("You must be logged in to post a comment.")
    finally:
        context.close()
