"""Moderation in a real browser: a held comment approved from the queue, a rejection with a canned reason,
and a member kept out of the queue — by the page and, for a forged event, by the server.

Members used here (all with approved comments, so only the policy holds them): ``aisha_b`` and ``maya``;
``harper_j`` is a new member (none approved), so the trust rule holds her comments; ``sam`` moderates.
"""

from __future__ import annotations

import json
import re

from playwright.sync_api import Browser, Page, WebSocketRoute, expect

from tests.e2e.posting_helpers import (
    LOAD_TIMEOUT,
    VALUABLE,
    expect_decision,
    open_thread,
    sign_in,
    thread_slugs,
    unique_tag,
    write,
)

PRICING_LINK = "https://www.zendesk.com/pricing/"
VENDOR_ARTICLE = "https://www.zendesk.com/blog/customer-service-tips/"
QUEUE_STATE = "reflex___state____state.forum___state___moderation____queue_state"


def _moderator_queue(browser: Browser, server: str):
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, server, "sam", "/mod/queue")
    expect(page.locator("#queue-title")).to_be_visible(timeout=LOAD_TIMEOUT)
    expect(page.locator("#nav-queue-count")).to_be_visible()  # the queue's size in the moderator's navigation
    return context, page


def test_a_comment_with_a_commercial_link_is_held_then_approved_and_a_visitor_sees_it(
        server: str, page: Page, browser: Browser) -> None:
    slug = thread_slugs(page, server, "frontline-stories")[0]
    sign_in(page, server, "aisha_b", f"/t/{slug}")
    tag = unique_tag()

    # A company's pricing page is refused outright, with the link's classification shown.
    write(page, VALUABLE.format(tag=tag) + " Compare: " + PRICING_LINK)
    expect_decision(page, "reject")
    expect(page.locator('.policy-reason[data-rule="commercial_link"]')).to_be_visible()
    expect(page.locator('#policy-panel .policy-link[data-kind="commercial"]')).to_be_visible()
    # A vendor's article is held for a moderator: the button says so.
    write(page, VALUABLE.format(tag=tag) + " More in this write-up: " + VENDOR_ARTICLE)
    expect_decision(page, "hold")
    expect(page.locator('#policy-panel .policy-link[data-kind="vendor_article"]')).to_be_visible()
    expect(page.locator("#composer-submit")).to_have_text("Send for review")
    page.locator("#composer-submit").click()
    expect(page.locator("#composer-notice")).to_contain_text("awaiting review", timeout=15_000)
    mine = page.locator("#comments .comment", has_text=tag)
    expect(mine.locator(".status-pending")).to_be_visible()

    visitor = browser.new_context()
    mod_context, mod = _moderator_queue(browser, server)
    try:
        reader = visitor.new_page()
        open_thread(reader, server, slug)
        expect(reader.locator("#comments .comment").first).to_be_visible()
        expect(reader.locator("#comments .comment", has_text=tag)).to_have_count(0)

        item = mod.locator("#queue .queue-item", has_text=tag)
        expect(item).to_be_visible()
        expect(item.locator('.policy-reason[data-rule="vendor_article_link"]')).to_be_visible()
        expect(item.locator('.queue-link[data-kind="vendor_article"]')).to_contain_text("zendesk.com")
        expect(item.locator(".queue-author")).to_contain_text("@aisha_b")
        item.locator(".queue-approve").click()
        expect(mod.locator("#queue-notice")).to_contain_text("Approved", timeout=15_000)
        expect(mod.locator("#queue .queue-item", has_text=tag)).to_have_count(0)

        reader.reload()
        expect(reader.locator("#comments .comment", has_text=tag)).to_be_visible(timeout=LOAD_TIMEOUT)
        # The author hears about it.
        page.goto(server + "/notifications")
        notice = page.locator("#notifications .notification", has_text="approved").first
        expect(notice).to_be_visible(timeout=LOAD_TIMEOUT)
        # A click on the notification lands on the comment itself, marked as the page's target.
        notice.locator(".notification-link").click()
        expect(page).to_have_url(re.compile(rf"/t/{re.escape(slug)}(\?page=\d+)?#comment-\d+$"), timeout=LOAD_TIMEOUT)
        landed = page.locator("#comments .comment", has_text=tag)
        expect(landed).to_be_in_viewport(timeout=LOAD_TIMEOUT)
        assert landed.evaluate("el => el.matches(':target, .fl-target')")
    finally:
        visitor.close()
        mod_context.close()


def test_a_moderator_rejects_a_new_members_comment_with_a_canned_reason_and_the_log_records_it(
        server: str, page: Page, browser: Browser) -> None:
    slug = thread_slugs(page, server, "appreciation")[0]
    sign_in(page, server, "harper_j", f"/t/{slug}")
    tag = unique_tag()
    write(page, VALUABLE.format(tag=tag))
    expect_decision(page, "hold")  # the trust rule: a new member's first comments are reviewed
    expect(page.locator('.policy-reason[data-rule="new_member"]')).to_be_visible()
    page.locator("#composer-submit").click()
    expect(page.locator("#composer-notice")).to_contain_text("awaiting review", timeout=15_000)

    mod_context, mod = _moderator_queue(browser, server)
    try:
        item = mod.locator("#queue .queue-item", has_text=tag)
        expect(item).to_be_visible()
        item.locator(".queue-reject").click()
        dialog = mod.locator("#reject-dialog")
        expect(dialog).to_be_visible()
        mod.locator("#reject-note").fill("Please add what you changed in your team, not only the result.")
        mod.locator("#reject-confirm").click()
        expect(mod.locator("#queue-notice")).to_contain_text("Rejected", timeout=15_000)
        expect(mod.locator("#queue .queue-item", has_text=tag)).to_have_count(0)

        mod.goto(server + "/mod/log")
        expect(mod.locator("#mod-log .log-entry").first).to_be_visible(timeout=LOAD_TIMEOUT)
        expect(mod.locator('#mod-log .log-entry[data-action="reject"]', has_text="what you changed").first
               ).to_be_visible()
    finally:
        mod_context.close()
    page.reload()
    expect(page.locator("#comments .comment", has_text=tag).locator(".status-rejected")).to_be_visible(
        timeout=LOAD_TIMEOUT)


def test_a_member_cannot_reach_the_queue_and_a_forged_moderator_event_is_refused(
        server: str, page: Page, browser: Browser) -> None:
    # An open item, as the moderator sees it.
    mod_context, mod = _moderator_queue(browser, server)
    try:
        first = mod.locator("#queue .queue-item").first
        expect(first).to_be_visible()
        item_id = int(first.get_attribute("data-item-id"))
        total = mod.locator("#queue-total").inner_text()

        # The member's tab: route its socket through the test (messages pass both ways untouched) so the
        # test can also speak to the server on the tab's behalf, with the tab's token and cookie.
        to_server: list[WebSocketRoute] = []

        def through(ws: WebSocketRoute) -> None:
            to_server.append(ws.connect_to_server())

        page.route_web_socket(re.compile(r"/_event"), through)
        sign_in(page, server, "maya", "/mod/queue")
        expect(page.locator("#not-allowed")).to_be_visible(timeout=LOAD_TIMEOUT)
        expect(page.locator("#queue")).to_have_count(0)
        expect(page.locator("#nav-queue")).to_have_count(0)

        forged = {"name": f"{QUEUE_STATE}.approve", "payload": {"item_id": item_id},
                  "router_data": {"pathname": "/mod/queue/", "asPath": "/mod/queue/"}}
        to_server[-1].send("42/_event," + json.dumps(["event", forged]))  # exactly as the page would send it
        expect(page.locator("#queue-error")).to_contain_text("Only moderators", timeout=15_000)

        mod.reload()
        expect(mod.locator(f'#queue .queue-item[data-item-id="{item_id}"]')).to_be_visible(timeout=LOAD_TIMEOUT)
        expect(mod.locator("#queue-total")).to_have_text(total)
    finally:
        mod_context.close()
