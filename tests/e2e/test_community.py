"""Everyday community features in a real browser: thanking with a reaction from the "too brief" panel (the
draft stays), watching a thread and hearing of its next comment, the moderator's header on a phone, and
completing a mention from suggestions, which notifies the member.

Runs against the production server of ``conftest.server`` with the demo content (``maya`` member, ``sam``
moderator, ``alex`` admin).
"""

from __future__ import annotations

import re
import time

from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.posting_helpers import (
    LOAD_TIMEOUT,
    VALUABLE,
    expect_decision,
    publish_from_another_browser,
    sign_in,
    thread_slugs,
    unique_tag,
    write,
)

PHONE = {"width": 390, "height": 844}


def _someone_elses_comment(page: Page, handle: str) -> Locator:
    comments = page.locator("#comments .comment").filter(has=page.locator("a.author-link")).filter(
        has_not=page.locator(f'a.author-link[href="/u/{handle}"]'))
    expect(comments.first).to_be_visible(timeout=LOAD_TIMEOUT)
    return comments.first


def test_brief_thanks_becomes_a_reaction_and_the_draft_is_kept(server: str, page: Page) -> None:
    slug = thread_slugs(page, server)[2]
    sign_in(page, server, "maya", f"/t/{slug}")
    target = _someone_elses_comment(page, "maya")
    comment_id = target.get_attribute("id").removeprefix("comment-")
    expect(page.locator("#composer-text")).to_be_visible(timeout=LOAD_TIMEOUT)
    target.locator(".comment-reply").click()
    write(page, "thanks, good post")

    expect_decision(page, "reject")
    offer = page.locator("#composer-react-instead")
    expect(offer).to_be_visible()
    offer.click()

    expect(page.locator("#composer-notice")).to_contain_text("reaction", timeout=15_000)
    thanks = page.locator(f'#comment-{comment_id} button.reaction-thanks')
    expect(thanks).to_have_attribute("aria-pressed", "true", timeout=15_000)
    expect(thanks.locator(".fl-reaction-count")).to_be_visible()
    expect(thanks).to_have_attribute("title", re.compile(r"^Thanks: .*Maya"))
    expect(page.locator("#composer-text")).to_have_value("thanks, good post")


def test_watching_a_thread_brings_the_next_comment_to_the_bell(server: str, page: Page, browser: Browser) -> None:
    slug = thread_slugs(page, server, "coaching")[0]
    sign_in(page, server, "maya", f"/t/{slug}")
    title = page.locator("#thread-title").inner_text()
    watch = page.locator("#thread-watch .watch-watching")
    expect(watch).to_be_visible(timeout=LOAD_TIMEOUT)
    expect(page.locator("#composer-text")).to_be_visible(timeout=LOAD_TIMEOUT)  # the app (and its bridge) is up
    if watch.get_attribute("aria-pressed") != "true":
        watch.click()
    expect(watch).to_have_attribute("aria-pressed", "true", timeout=15_000)

    tag = publish_from_another_browser(browser, server, slug, "sam")

    newest = page.locator("#notifications").get_by_text(re.compile(r"(commented in|replied to your thread) “"
                                                                    + re.escape(title) + "”")).first
    deadline = time.monotonic() + 60  # watchers hear through the worker's next pass (every 2 s)
    while True:
        page.goto(f"{server}/notifications")
        try:
            expect(newest).to_be_visible(timeout=5_000)
            break
        except AssertionError:
            if time.monotonic() > deadline:
                raise
    assert tag  # the comment that was published (its text is cut short in the notification)


def _fits(page: Page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_moderators_header_fits_a_phone_without_sideways_scrolling(server: str, browser: Browser) -> None:
    for handle in ("sam", "alex"):
        context = browser.new_context(viewport=PHONE)
        try:
            phone = context.new_page()
            sign_in(phone, server, handle, "/")
            expect(phone.locator("#nav-signout")).to_be_in_viewport()
            assert _fits(phone), f"{handle}'s home page scrolls sideways"
            phone.goto(f"{server}/mod/queue")
            expect(phone.locator("#nav-signout")).to_be_visible(timeout=LOAD_TIMEOUT)
            expect(phone.locator("#nav-signout")).to_be_in_viewport()
            assert _fits(phone), f"{handle}'s queue page scrolls sideways"
        finally:
            context.close()


def test_a_mention_is_completed_from_suggestions_and_notifies_the_member(
        server: str, page: Page, browser: Browser) -> None:
    slug = thread_slugs(page, server, "coaching")[1]
    sign_in(page, server, "maya", f"/t/{slug}")
    tag = unique_tag()
    write(page, VALUABLE.format(tag=tag) + " What would you add, @sa")
    suggestion = page.locator("#composer-mentions .mention-suggestion", has_text="@sam")
    expect(suggestion).to_be_visible(timeout=15_000)
    suggestion.click()
    expect(page.locator("#composer-text")).to_have_value(re.compile(r"@sam $"))
    page.locator("#composer-text").blur()
    expect_decision(page, "publish")
    page.locator("#composer-submit").click()
    mine = page.locator("#comments .comment", has_text=tag)
    expect(mine).to_be_visible(timeout=15_000)
    expect(mine.locator('a.mention[href="/u/sam"]')).to_be_visible()

    context = browser.new_context()
    try:
        sam = context.new_page()
        sign_in(sam, server, "sam", "/notifications")
        expect(sam.locator("#notifications").get_by_text(re.compile(r"mentioned you")).first).to_be_visible(
            timeout=LOAD_TIMEOUT)
    finally:
        context.close()

