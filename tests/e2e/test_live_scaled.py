"""The live thread on the scaled deployment: several backend workers, tab state in Redis, PostgreSQL.

The reader's tab and the writer's tab are served by whichever workers their sockets landed on; the reader's
watcher runs on the worker that owns the reader's socket and still sees the comment written through another.
Both workers listen on the live port (``SO_REUSEPORT``), so the reader's socket lands on either.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.posting_helpers import open_thread, publish_from_another_browser, thread_slugs
from tests.e2e.test_scaled_deployment import scaled_server  # noqa: F401  (the module-scoped scaled deployment)


@pytest.mark.postgres
@pytest.mark.redis
def test_a_reader_on_a_multi_worker_deployment_sees_a_new_comment_without_reloading(
        scaled_server: str, page: Page, browser: Browser) -> None:  # noqa: F811
    slug = thread_slugs(page, scaled_server, "coaching")[1]
    open_thread(page, scaled_server, slug)
    expect(page.locator("#thread-live")).to_be_visible()
    # its live socket went to the workers' own live listener (forum.http.live_server), not the main port
    assert page.locator("#thread").get_attribute("data-live-port") not in (None, "", "0")
    page.evaluate("window.__frontline_marker = 'same page'")

    tag = publish_from_another_browser(browser, scaled_server, slug)
    expect(page.locator("#comments .comment", has_text=tag)).to_be_visible(timeout=15_000)
    assert page.evaluate("window.__frontline_marker") == "same page", "the reader's page was reloaded"
