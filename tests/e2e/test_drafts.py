"""Nothing typed is lost: the server stops while a member types and presses Publish, then comes back.

This module runs its own production server (``restartable``) on a port and data directory of its own, so
the test can stop it and start it again on the same port and database; the open tab reconnects by itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from subprocess import Popen

import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import create_engine, text

from tests.e2e.conftest import base_env, free_port, start_server, stop_server
from tests.e2e.posting_helpers import LOAD_TIMEOUT, VALUABLE, sign_in, thread_slugs, unique_tag, write

OFFLINE_BANNER = "You are offline. What you type is kept on this device and sent when the connection returns."


@dataclass
class Restartable:
    """A production server the test may stop and start again on the same port and data directory."""

    url: str
    port: int
    env: dict[str, str]
    data_dir: Path
    proc: Popen[bytes] | None = None

    def stop(self) -> None:
        if self.proc is not None:
            stop_server(self.proc)
            self.proc = None

    def start(self) -> None:
        self.proc = start_server(self.env, self.port, self.data_dir / "server.log")

    def count_comments(self, marker: str) -> int:
        engine = create_engine(f"sqlite:///{self.data_dir / 'forum.db'}")
        try:
            with engine.connect() as db:
                return db.execute(text("SELECT count(*) FROM comments WHERE source LIKE :m"),
                                  {"m": f"%{marker}%"}).scalar_one()
        finally:
            engine.dispose()


@pytest.fixture(scope="module")
def restartable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Restartable]:
    data_dir = tmp_path_factory.mktemp("drafts-e2e")
    port = free_port()
    server = Restartable(f"http://127.0.0.1:{port}", port,
                         base_env(data_dir, port, f"sqlite:///{data_dir / 'forum.db'}"), data_dir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_text_typed_and_published_while_the_server_is_down_is_kept_and_stored_exactly_once(
        restartable: Restartable, page: Page) -> None:
    server = restartable.url
    slug = thread_slugs(page, server)[0]
    sign_in(page, server, "sam", f"/t/{slug}")  # a moderator: publishes directly, no flood limit
    tag = unique_tag()
    box, status = page.locator("#composer-text"), page.locator("#composer-draft-status")
    write(page, "A first thought about callbacks.")
    expect(status).to_have_text("Saved", timeout=15_000)

    restartable.stop()
    expect(page.locator("#offline-banner")).to_have_text(OFFLINE_BANNER, timeout=30_000)
    expect(page.get_by_text("websocket", exact=False)).to_have_count(0)
    full = VALUABLE.format(tag=tag)
    box.fill(full)  # typed while the server is down
    expect(status).to_have_text("Offline — kept on this device")
    page.locator("#composer-submit").click()  # pressed twice while offline: one comment all the same
    page.locator("#composer-submit").click()
    expect(status).to_contain_text("it will be sent when the connection returns")
    stored = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('frontline.draft.'))"
                           ".map(k => JSON.parse(localStorage.getItem(k)).text).join('|')")
    assert tag in stored

    restartable.start()
    expect(page.locator("#offline-banner")).to_have_count(0, timeout=LOAD_TIMEOUT)
    expect(page.locator("#composer-notice")).to_contain_text("published", timeout=LOAD_TIMEOUT)
    expect(page.locator("#comments .comment", has_text=tag)).to_have_count(1, timeout=15_000)
    assert restartable.count_comments(tag) == 1
    expect(box).to_have_value("")
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('frontline.draft.')).length") == 0


def test_text_typed_while_the_server_is_down_is_not_replaced_by_the_older_server_draft(
        restartable: Restartable, page: Page) -> None:
    server = restartable.url
    slug = thread_slugs(page, server)[2]
    sign_in(page, server, "sam", f"/t/{slug}")
    write(page, "An older draft the server saved.")
    status = page.locator("#composer-draft-status")
    expect(status).to_have_text("Saved", timeout=15_000)

    restartable.stop()
    expect(page.locator("#offline-banner")).to_be_visible(timeout=30_000)
    newer = VALUABLE.format(tag=unique_tag())
    page.locator("#composer-text").fill(newer)
    expect(status).to_have_text("Offline — kept on this device")

    restartable.start()
    expect(page.locator("#offline-banner")).to_have_count(0, timeout=LOAD_TIMEOUT)
    expect(status).to_have_text("Saved", timeout=LOAD_TIMEOUT)
    expect(page.locator("#composer-text")).to_have_value(newer)
    fresh = page.context.new_page()  # the server's draft is the newer text too
    fresh.goto(f"{server}/t/{slug}")
    expect(fresh.locator("#composer-text")).to_have_value(newer, timeout=LOAD_TIMEOUT)
    write(fresh, "")


def test_a_paste_over_the_size_limit_is_refused_with_a_message_and_the_text_is_kept(
        restartable: Restartable, page: Page) -> None:
    server = restartable.url
    slug = thread_slugs(page, server)[1]
    sign_in(page, server, "sam", f"/t/{slug}")
    write(page, "Kept as typed.")
    box = page.locator("#composer-text")
    box.focus()
    page.evaluate("""() => {
        const data = new DataTransfer();
        data.setData('text', 'x'.repeat(1100000));
        document.getElementById('composer-text').dispatchEvent(
            new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));
    }""")
    expect(page.locator("#composer-too-long")).to_contain_text("at most 20,000")
    expect(box).to_have_value("Kept as typed.")
    expect(page.locator("#offline-banner")).to_have_count(0)
    write(page, "")
