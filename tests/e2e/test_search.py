"""Against the real production server: a visitor searches from the header (the "/" key focuses the box),
opens a result and lands on the comment; a tag badge leads to the tag's page listing the thread; a member
picks tags from the new-thread form's suggestions, and an unknown tag is flagged before submit; a moderator
sees the tag vocabulary at /mod/tags."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.e2e.posting_helpers import LOAD_TIMEOUT, sign_in


def test_a_visitor_searches_from_the_header_and_lands_on_the_comment(server: str, page: Page) -> None:
    page.goto(server + "/")
    page.locator("body").click()
    page.keyboard.press("/")
    expect(page.locator("#site-search")).to_be_focused()
    page.keyboard.type("callback")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/search\?q=callback$"))
    expect(page.locator("#search-results mark").first).to_be_visible()
    result = page.locator('#search-results a.search-result-link[href^="/c/"]').first
    comment_id = (result.get_attribute("href") or "").rsplit("/", 1)[-1]
    result.click()
    expect(page).to_have_url(re.compile(rf"/t/[\w-]+(\?page=\d+)?#comment-{comment_id}$"))
    expect(page.locator(f"#comment-{comment_id}")).to_be_visible(timeout=LOAD_TIMEOUT)
    expect(page.locator(f"#comment-{comment_id}")).to_contain_text(re.compile("callback", re.IGNORECASE))


def test_a_tag_badge_leads_to_the_tag_page_listing_the_thread(server: str, page: Page) -> None:
    page.goto(server + "/latest")
    badge = page.locator("a.tag-link", has_text="outages").first
    thread_title = badge.locator("xpath=ancestor::li[1]").locator("a.thread-link").inner_text()
    badge.click()
    expect(page).to_have_url(re.compile(r"/tag/outages$"))
    expect(page.locator("#listing-title")).to_have_text("Threads tagged outages")
    expect(page.locator("#threads a.thread-link", has_text=thread_title)).to_be_visible()


def test_a_member_picks_tags_from_the_suggestions(server: str, page: Page) -> None:
    page.goto(server + "/")
    board = (page.locator("a.board-link").first.get_attribute("href") or "").rstrip("/")
    sign_in(page, server, "maya", f"{board}/new")
    box = page.locator("#new-thread-tags")
    expect(box).to_be_visible(timeout=LOAD_TIMEOUT)
    page.locator("#new-thread-heading").click()
    page.keyboard.press("/")  # the app's header has the same search box and shortcut
    expect(page.locator("#site-search")).to_be_focused()
    box.press_sequentially("outa", delay=50)
    page.locator(".tag-suggestion", has_text="outages").click()
    expect(page.locator(".tag-chosen", has_text="outages")).to_be_visible()
    expect(box).to_have_value("")
    box.press_sequentially("no-such-tag", delay=30)
    expect(page.locator("#new-thread-tag-problem")).to_contain_text("There is no tag called")


def test_a_moderator_sees_the_tag_vocabulary(server: str, page: Page) -> None:
    sign_in(page, server, "sam", "/mod/tags")
    expect(page.locator("#tags-title")).to_be_visible(timeout=LOAD_TIMEOUT)
    expect(page.locator(".tag-row", has_text="outages")).to_be_visible()
