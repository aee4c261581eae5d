"""Everyday community features in a real browser: thanking with a reaction from the "too brief" panel (the
draft stays), watching a thread and hearing of its next comment, the moderator's header on a phone, and
completing a mention from suggestions, which notifies the member.

Runs against the production server of ``conftest.server`` with the demo content (``maya`` member, ``sam``
moderator, ``alex`` admin).
"""

from __future__ import annotations

import io
import re
import time

import pytest
from PIL import Image
from playwright.sync_api import Browser, Locator, Page, Route, expect

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



def _select_words(page: Page, body: Locator, words: int) -> str:
    """Drag the mouse over the first ``words`` words of ``body``'s first paragraph, as a reader does; the
    text the browser then holds as its selection."""
    first = body.locator("p").first
    expect(first).to_be_visible()
    box = first.evaluate("""(p, words) => {
        const node = p.firstChild;
        const text = node.textContent;
        let end = 0;
        for (let i = 0; i < words; i += 1) { end = text.indexOf(' ', end + 1); }
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, end);
        const rects = range.getClientRects();
        const last = rects[rects.length - 1];
        return {x0: rects[0].left + 1, y0: rects[0].top + rects[0].height / 2,
                x1: last.right - 1, y1: last.top + last.height / 2};
    }""", words)
    page.mouse.move(box["x0"], box["y0"])
    page.mouse.down()
    page.mouse.move(box["x1"], box["y1"], steps=8)
    page.mouse.up()
    return page.evaluate("window.getSelection().toString().trim()")


APP_BUNDLE = re.compile(r"/assets/[^?]*\.js(\?.*)?$")


@pytest.mark.parametrize("app_booted", [True, False], ids=["app-booted", "app-still-booting"])
def test_quoting_a_selection_puts_an_attributed_quote_in_the_composer(
        server: str, page: Page, app_booted: bool) -> None:
    """Select words in someone's comment, press Quote: the composer holds them as a Markdown quote with
    attribution and a link back. Also when the press comes before the app has booted (its scripts are held
    back here until after the click): the page keeps the click and the app acts on it once it is up."""
    # one thread per case: the first case's quote stays as maya's draft there, and a quote adds to a draft
    slug = thread_slugs(page, server, "frontline-stories")[0 if app_booted else 1]
    sign_in(page, server, "maya", "/")
    held: list[Route] = []
    released: list[bool] = []

    def hold(route: Route) -> None:  # the app's scripts wait until released, then pass
        if released:
            route.continue_()
        else:
            held.append(route)

    if app_booted:
        page.goto(f"{server}/t/{slug}")
        expect(page.locator("#composer-text")).to_be_visible(timeout=LOAD_TIMEOUT)
    else:
        page.route(APP_BUNDLE, hold)
        page.goto(f"{server}/t/{slug}", wait_until="commit")  # "load" waits for the scripts held back
        page.wait_for_function("window.frontline !== undefined")  # the page's own script is running
    target = _someone_elses_comment(page, "maya")
    comment_id = (target.get_attribute("id") or "").removeprefix("comment-")
    handle = (target.locator("a.author-link").get_attribute("href") or "").rsplit("/", 1)[-1]
    target.scroll_into_view_if_needed()

    selected = _select_words(page, target.locator(".comment-body"), 6)
    assert len(selected.split()) >= 5, selected
    quote = page.locator("#quote-selection")
    expect(quote).to_be_visible()
    quote.click()
    if not app_booted:
        assert held, "the app's scripts were requested (and held back)"
        expect(page.locator("#composer-text")).to_have_count(0)  # the click came before the app was up
        released.append(True)
        for request in held:
            request.continue_()

    box = page.locator("#composer-text")
    expect(box).to_have_value(f"> {selected}\n— @{handle} ([link](/c/{comment_id}))\n\n", timeout=LOAD_TIMEOUT)
    expect(box).to_be_focused()
    expect(page.locator("#composer-reply-to")).to_be_visible()


def test_a_triple_clicked_paragraph_is_offered_for_quoting_up_to_the_comments_end(server: str, page: Page) -> None:
    """A triple click selects a paragraph up to the start of whatever follows it (for a comment's last
    paragraph: the reaction bar, outside the comment's text). The Quote button still offers that paragraph."""
    slug = thread_slugs(page, server, "frontline-stories")[0]
    sign_in(page, server, "maya", f"/t/{slug}")
    target = _someone_elses_comment(page, "maya")
    last = target.locator(".comment-body > p").last
    last.scroll_into_view_if_needed()
    last.click(click_count=3)
    quote = page.locator("#quote-selection")
    expect(quote).to_be_visible()
    assert " ".join((quote.get_attribute("data-name") or "").split()) == " ".join(last.inner_text().split())
    assert quote.get_attribute("data-id") == (target.get_attribute("id") or "").removeprefix("comment-")


def _png(colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGB", (160, 120), colour)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _avatar_of(page: Page, handle: str) -> Locator:
    """The picture beside ``handle``'s comments on the thread page shown."""
    comment = page.locator("#comments .comment").filter(has=page.locator(f'a.author-link[href="/u/{handle}"]'))
    expect(comment.first).to_be_visible(timeout=LOAD_TIMEOUT)
    return comment.first.locator(".fl-avatar").first


def test_an_uploaded_avatar_shows_beside_the_members_comments(server: str, page: Page, browser: Browser) -> None:
    handle = "tomasz_w"
    slug = "customer-service-week-we-asked-other-departments-to-write-the-thank-yous"
    visitor_context = browser.new_context()
    try:
        visitor = visitor_context.new_page()
        visitor.goto(f"{server}/t/{slug}")  # a visitor's copy of the page, drawn with the initials avatar
        expect(_avatar_of(visitor, handle)).to_have_js_property("tagName", "svg")

        sign_in(page, server, handle, f"/u/{handle}")
        page.locator("#avatar-file").set_input_files(
            files=[{"name": "me.png", "mimeType": "image/png", "buffer": _png((200, 80, 20))}])
        page.locator("#avatar-upload").click()
        expect(page.locator("#avatar-message")).to_have_text("Your new picture is saved.", timeout=LOAD_TIMEOUT)
        src = page.locator("#profile .fl-avatar").first.get_attribute("src") or ""
        assert re.fullmatch(r"/avatars/\d+-[0-9a-f]+-128\.webp", src), src

        page.goto(f"{server}/t/{slug}")
        mine = _avatar_of(page, handle)
        expect(mine).to_have_attribute("src", re.compile(r"^/avatars/\d+-[0-9a-f]+-48\.webp$"))
        expect(mine).to_have_js_property("complete", True)
        assert mine.evaluate("img => img.naturalWidth") == 48  # the file is served, not a broken image

        visitor.reload()
        expect(_avatar_of(visitor, handle)).to_have_attribute("src", mine.get_attribute("src") or "")
    finally:
        visitor_context.close()


def _post(page: Page, text: str) -> Locator:
    """Write ``text`` in the composer, send it once the live check allows, and return the comment shown."""
    write(page, text)
    expect(page.locator("#policy-decision")).to_have_attribute("data-decision", re.compile("^(publish|hold)$"),
                                                               timeout=15_000)
    page.locator("#composer-submit").click()
    mine = page.locator("#comments .comment", has_text=text.rsplit(" ", 1)[-1])
    expect(mine).to_be_visible(timeout=15_000)
    return mine


def test_deleting_ones_comment_says_so_where_the_comment_was(server: str, page: Page) -> None:
    slug = thread_slugs(page, server, "tools-and-techniques")[1]
    sign_in(page, server, "noor_h", f"/t/{slug}")
    mine = _post(page, VALUABLE.format(tag=unique_tag()))
    comment_id = (mine.get_attribute("id") or "").removeprefix("comment-")
    mine.locator(".comment-menu").click()
    mine.locator(".comment-delete").click()
    page.locator("#delete-confirm").click()

    expect(page.locator(f"#comment-{comment_id} .comment-body")).to_have_count(0, timeout=15_000)
    note = page.locator(f'#comments .fl-result[data-for="comment-{comment_id}"]')
    expect(note).to_have_text("Your comment is deleted.")
    expect(note).to_be_in_viewport()
    expect(page.locator(".fl-result")).to_have_count(1)  # nothing about it anywhere else on the page


def test_posting_too_fast_counts_down_on_the_button_and_re_enables_it(server: str, page: Page) -> None:
    slug = thread_slugs(page, server, "tools-and-techniques")[2]
    sign_in(page, server, "ben_t", f"/t/{slug}")
    for _ in range(3):  # the community allows three a minute
        _post(page, VALUABLE.format(tag=unique_tag()))
    fourth = VALUABLE.format(tag=unique_tag())
    write(page, fourth)
    button = page.locator("#composer-submit")
    countdown = button.locator("#composer-countdown")
    expect(countdown).to_have_text(re.compile(r"^Wait (\d+ s|\d+:\d\d)$"), timeout=15_000)
    expect(button).to_be_disabled()
    first = int(countdown.get_attribute("data-seconds") or "0")
    assert 0 < first <= 60
    expect(countdown).not_to_have_attribute("data-seconds", str(first), timeout=5_000)  # it counts down

    expect(countdown).to_have_count(0, timeout=(first + 15) * 1000)  # the wait is over: checked again
    expect(button).to_be_enabled()
    expect(button).to_have_text(re.compile("^(Publish|Send for review)$"))
    expect(page.locator("#composer-text")).to_have_value(fourth)
    button.click()
    expect(page.locator("#comments .comment", has_text=fourth.rsplit(" ", 1)[-1])).to_be_visible(timeout=15_000)
