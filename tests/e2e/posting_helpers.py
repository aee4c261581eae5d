"""Shared steps for the posting and moderation browser tests: signing in through the real form, typing into
the composer, and finding a thread to write in.

Demo accounts all use the password ``frontline-demo``. Flood control allows a member 3 comments a minute,
so tests spread their comments over several members (moderators are not limited).
"""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Browser, BrowserContext, Page, expect

PASSWORD = "frontline-demo"
LOAD_TIMEOUT = 60_000
VALUABLE = ("We moved callbacks to a fixed window after 4 pm and told callers the exact slot up front. "
            "Abandoned calls dropped by about a third in two weeks, and repeat contacts fell too, because "
            "people stopped calling back to check whether they were still in the queue. {tag}")


def unique_tag() -> str:
    """A marker to find one test's comment among everything else on the page."""
    return "ref-" + uuid.uuid4().hex[:10]


def sign_in(page: Page, server: str, handle: str, next_path: str = "/") -> None:
    """Sign in through ``/signin`` (a real form POST that sets the HttpOnly cookie) and land on ``next_path``."""
    page.goto(f"{server}/signin?next={next_path}")
    expect(page.locator("#signin-account")).to_be_visible(timeout=LOAD_TIMEOUT)
    page.locator("#signin-account").fill(handle)
    page.locator("#signin-password").fill(PASSWORD)
    page.locator("#signin-submit").click()
    expect(page.locator("#nav-profile")).to_be_visible(timeout=LOAD_TIMEOUT)
    expect(page).to_have_url(re.compile(re.escape(next_path.rstrip("/")) + r"/?(\?.*)?$"))


def signed_in_page(context: BrowserContext, server: str, handle: str, next_path: str) -> Page:
    page = context.new_page()
    sign_in(page, server, handle, next_path)
    return page


def thread_slugs(page: Page, server: str, board: str = "tools-and-techniques") -> list[str]:
    page.goto(f"{server}/b/{board}")
    links = page.locator("#threads .thread-link")
    expect(links.first).to_be_visible(timeout=LOAD_TIMEOUT)
    return [h.rsplit("/", 1)[-1] for h in links.evaluate_all("els => els.map(e => e.getAttribute('href'))")]


def open_thread(page: Page, server: str, slug: str) -> None:
    page.goto(f"{server}/t/{slug}")
    expect(page.locator("#thread-title")).to_be_visible(timeout=LOAD_TIMEOUT)


def write(page: Page, text: str) -> None:
    """Type into the composer; the debounced change reaches the server and the panel updates."""
    box = page.locator("#composer-text")
    expect(box).to_be_visible(timeout=LOAD_TIMEOUT)
    box.fill(text)
    box.blur()


def expect_decision(page: Page, decision: str, timeout: int = 15_000) -> None:
    expect(page.locator("#policy-decision")).to_have_attribute("data-decision", decision, timeout=timeout)


def publish_from_another_browser(browser: Browser, server: str, slug: str, handle: str = "sam") -> str:
    """Sign ``handle`` in from a separate browser, publish a valuable comment on thread ``slug``, wait until
    the writer sees it in place, and return the marker that identifies it."""
    context = browser.new_context()
    try:
        writer = context.new_page()
        sign_in(writer, server, handle, f"/t/{slug}")
        tag = unique_tag()
        write(writer, VALUABLE.format(tag=tag))
        expect_decision(writer, "publish")
        writer.locator("#composer-submit").click()
        expect(writer.locator("#comments .comment", has_text=tag)).to_be_visible(timeout=15_000)
        return tag
    finally:
        context.close()
