"""Members write in a real browser: live policy feedback, drafts, publishing, and the live thread.

Runs against the production server of ``conftest.server`` with the demo content. ``maya`` is a member with
approved comments (so the trust rule no longer holds her), ``sam`` a moderator (publishes directly and is
not flood-limited).
"""

from __future__ import annotations

import re

from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import free_port
from tests.e2e.posting_helpers import (
    LOAD_TIMEOUT,
    VALUABLE,
    expect_decision,
    open_thread,
    publish_from_another_browser,
    sign_in,
    thread_slugs,
    unique_tag,
    write,
)


def test_a_visitor_is_asked_to_sign_in_instead_of_a_composer(server: str, page: Page) -> None:
    slug = thread_slugs(page, server)[0]
    open_thread(page, server, slug)
    prompt = page.locator("#composer-visitor")
    expect(prompt).to_contain_text("You must be logged in to post a comment.")
    expect(page.locator("#composer-text")).to_have_count(0)
    expect(page.locator("#composer-signin")).to_have_attribute("href", f"/signin?next=/t/{slug}")


def test_a_member_posts_a_valuable_comment_and_a_visitor_sees_it(server: str, page: Page, browser: Browser) -> None:
    slug = thread_slugs(page, server)[0]
    sign_in(page, server, "maya", f"/t/{slug}")
    tag = unique_tag()
    write(page, VALUABLE.format(tag=tag))
    expect_decision(page, "publish")
    expect(page.locator("#composer-submit")).to_have_text("Publish")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(f"{r.method} {r.url} {r.headers.get('x-frontline-publish', '')}"))
    page.locator("#composer-submit").click()

    expect(page.locator("#composer-notice")).to_contain_text("published", timeout=15_000)
    mine = page.locator("#comments .comment", has_text=tag)
    expect(mine).to_be_visible()
    expect(mine.locator(".status-pending")).to_have_count(0)
    expect(page.locator("#composer-text")).to_have_value("")
    # one request: the reply route stored it and answered its block (no second fetch of the comment)
    assert [r for r in requests if "/reply" in r] == [f"POST {server}/t/{slug}/reply 1"]
    assert not [r for r in requests if "part=comment" in r]

    visitor = browser.new_context()
    try:
        reader = visitor.new_page()
        open_thread(reader, server, slug)
        expect(reader.locator("#comments .comment", has_text=tag)).to_be_visible(timeout=LOAD_TIMEOUT)
    finally:
        visitor.close()


def test_good_post_gets_a_live_rejection_with_its_reason_and_the_draft_is_kept(server: str, page: Page) -> None:
    slug = thread_slugs(page, server)[1]
    sign_in(page, server, "maya", f"/t/{slug}")
    write(page, "good post")

    expect_decision(page, "reject")
    reason = page.locator('#policy-panel .policy-reason[data-rule="too_brief"]')
    expect(reason).to_be_visible()
    expect(reason).to_have_attribute("data-outcome", "reject")
    expect(reason.locator(".policy-evidence")).to_contain_text("good post")
    submit = page.locator("#composer-submit")
    expect(submit).to_have_text("Fix to post")
    expect(submit).to_be_disabled()

    # The preview tab shows the sanitised rendering from the same verdict.
    page.locator("#composer-preview-tab").click()
    expect(page.locator("#composer-preview")).to_contain_text("good post")
    page.locator("#composer-write-tab").click()

    # Reload: the tab's state keeps the text, and the verdict with it.
    page.reload()
    expect(page.locator("#composer-text")).to_have_value("good post", timeout=LOAD_TIMEOUT)
    # A new tab (no tab state at all) restores the draft saved on the server.
    fresh = page.context.new_page()
    open_thread(fresh, server, slug)
    expect(fresh.locator("#composer-text")).to_have_value("good post", timeout=LOAD_TIMEOUT)
    expect(fresh.locator("#composer-draft-note")).to_contain_text("Draft restored")
    expect(fresh.locator("#composer-draft-status")).to_have_text("Saved")
    expect_decision(fresh, "reject")
    # Clear the draft so other tests on this thread start empty.
    write(fresh, "")
    expect(fresh.locator("#composer-draft-status")).to_have_text("", timeout=15_000)


def test_a_reader_sees_a_new_comment_appear_without_reloading(server: str, page: Page, browser: Browser) -> None:
    slug = thread_slugs(page, server)[2]
    open_thread(page, server, slug)  # a visitor, watching
    expect(page.locator("#thread-live")).to_be_visible(timeout=LOAD_TIMEOUT)
    before = page.locator("#comments .comment").count()
    page.evaluate("window.__frontline_marker = 'same page'")

    tag = publish_from_another_browser(browser, server, slug)
    expect(page.locator("#comments .comment", has_text=tag)).to_be_visible(timeout=15_000)
    assert page.locator("#comments .comment").count() == before + 1
    assert page.evaluate("window.__frontline_marker") == "same page", "the reader's page was reloaded"


def test_a_reader_whose_page_names_an_unreachable_live_port_still_sees_new_comments(
        server: str, page: Page, browser: Browser) -> None:
    """A proxy or firewall that passes only the main port: the page's script falls back to its own origin."""
    slug = thread_slugs(page, server)[2]
    closed_port = free_port()  # nothing listens there
    # Rename the port as the parser inserts the thread, before the page's deferred script reads it.
    page.add_init_script(f"""
        new MutationObserver(function () {{
          var thread = document.getElementById("thread");
          if (thread && thread.dataset.livePort && thread.dataset.livePort !== "{closed_port}") {{
            window.__frontline_named_port = thread.dataset.livePort;
            thread.dataset.livePort = "{closed_port}";
          }}
        }}).observe(document, {{childList: true, subtree: true}});
    """)
    open_thread(page, server, slug)
    assert page.evaluate("window.__frontline_named_port"), "the page named the live listener's port"
    expect(page.locator("#thread-live")).to_be_visible(timeout=LOAD_TIMEOUT)  # connected, on the main port
    tag = publish_from_another_browser(browser, server, slug)
    expect(page.locator("#comments .comment", has_text=tag)).to_be_visible(timeout=15_000)


def test_a_member_replies_to_a_comment_and_the_reply_nests_under_it(server: str, page: Page) -> None:
    slug = thread_slugs(page, server, "coaching")[0]
    sign_in(page, server, "priya_r", f"/t/{slug}")
    target = page.locator('#comments .comment[data-depth="0"]').first
    target_id = target.get_attribute("id")
    target.locator(".comment-reply").first.click()
    expect(page.locator("#composer-reply-to")).to_be_visible()
    tag = unique_tag()
    write(page, VALUABLE.format(tag=tag))
    expect_decision(page, "publish")
    page.locator("#composer-submit").click()
    reply = page.locator("#comments .comment", has_text=tag)
    expect(reply).to_be_visible(timeout=15_000)
    assert reply.get_attribute("data-depth") == "1"
    # It sits below its parent in the page order.
    ids = page.locator("#comments .comment").evaluate_all("els => els.map(e => e.id)")
    assert ids.index(reply.get_attribute("id")) > ids.index(target_id)


def test_a_member_edits_their_comment_and_reports_someone_elses_from_the_menu(server: str, page: Page) -> None:
    slug = thread_slugs(page, server, "coaching")[1]
    sign_in(page, server, "jonas_l", f"/t/{slug}")
    tag = unique_tag()
    write(page, VALUABLE.format(tag=tag))
    expect_decision(page, "publish")
    page.locator("#composer-submit").click()
    mine = page.locator("#comments .comment", has_text=tag)
    expect(mine).to_be_visible(timeout=15_000)

    mine.locator(".comment-menu").click()
    mine.locator(".comment-edit").click()
    edit_box = page.locator("#edit-text")
    expect(edit_box).to_have_value(VALUABLE.format(tag=tag))
    edit_box.fill("good post")
    edit_box.blur()
    expect(page.locator("#edit-policy-decision")).to_have_attribute("data-decision", "reject", timeout=15_000)
    expect(page.locator("#edit-submit")).to_be_disabled()
    edited = VALUABLE.format(tag=tag) + " Edited: the callback window moved to 3 pm in winter."
    edit_box.fill(edited)
    edit_box.blur()
    expect(page.locator("#edit-policy-decision")).to_have_attribute("data-decision", "publish", timeout=15_000)
    page.locator("#edit-submit").click()
    expect(mine.locator(".fl-result")).to_have_text("Your comment is updated.", timeout=15_000)  # said in place
    expect(mine).to_contain_text("moved to 3 pm")

    other = page.locator("#comments .comment").filter(
        has=page.locator('.author-link:not([href="/u/jonas_l"])')).first
    other.locator(".comment-menu").click()
    other.locator(".comment-report").click()
    expect(page.locator("#report-dialog")).to_be_visible()
    page.locator("#report-off_topic").click()
    page.locator("#report-submit").click()
    expect(page.locator("#report-dialog")).to_have_count(0, timeout=15_000)
    expect(other.locator(".fl-result")).to_contain_text("moderators", timeout=15_000)  # inside the reported one
    expect(page.locator(".fl-result")).to_have_count(1)  # the edit's line gave way to it


def test_a_member_without_javascript_replies_through_the_plain_form_and_keeps_a_refused_text(
        server: str, browser: Browser) -> None:
    with_scripts = browser.new_context()
    try:
        page = with_scripts.new_page()
        slug = thread_slugs(page, server)[1]
        sign_in(page, server, "grace_o", f"/t/{slug}")
        signed_in = with_scripts.storage_state()
    finally:
        with_scripts.close()
    context = browser.new_context(java_script_enabled=False, storage_state=signed_in)
    try:
        page = context.new_page()
        open_thread(page, server, slug)
        expect(page.locator(".fl-app-wait")).to_be_hidden()
        page.locator("#plain-reply-body").fill("good post")
        page.locator("#plain-reply-submit").click()
        expect(page.locator("#reply-reasons")).to_contain_text("Too brief")
        expect(page.locator("#plain-reply-body")).to_have_value("good post")
        tag = unique_tag()
        page.locator("#plain-reply-body").fill(VALUABLE.format(tag=tag))
        page.locator("#plain-reply-submit").click()
        expect(page).to_have_url(re.compile(rf"/t/{re.escape(slug)}(\?page=\d+)?#comment-\d+$"))
        expect(page.locator("#comments")).to_contain_text(tag)
    finally:
        context.close()
