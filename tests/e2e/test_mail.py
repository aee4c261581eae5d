"""Mail in a real browser against the production server, with no SMTP configured (the ``make run``
default): the embedded worker writes ``.eml`` files under the server's data directory, and the person
follows the links in them. Forgot password → the link from the mail → a new password → signed in, and the
session on the other device is gone; the registration mail's link confirms the address."""

from __future__ import annotations

import email
import email.policy
import re
import time
import uuid
from email.message import EmailMessage
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

PASSWORD = "a long enough e2e password"
NEW_PASSWORD = "an even longer e2e passphrase"


def _mail_to(data_dir: Path, address: str, subject: str, timeout: float = 30.0) -> EmailMessage:
    """The message to ``address`` whose subject contains ``subject``, once the worker has written it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in sorted((data_dir / "mail").glob("*.eml")):
            message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            if message["To"] == address and subject in message["Subject"]:
                return message  # type: ignore[return-value]
        time.sleep(0.5)
    raise AssertionError(f"no mail to {address} about {subject!r} in {timeout} s")


def _link(message: EmailMessage, path: str) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    [link] = [u for u in re.findall(r"https?://\S+", text) if path in u]
    return link


def test_forgot_password_from_the_mailed_link_signs_in_and_ends_the_other_session(
        server: str, server_data_dir: Path, page: Page, browser: Browser) -> None:
    handle = f"mail_{uuid.uuid4().hex[:8]}"
    address = f"{handle}@example.org"
    page.goto(server + "/register")
    expect(page.locator("#register-handle")).to_be_visible(timeout=60_000)
    page.fill("#register-handle", handle)
    page.fill("#register-name", "Mai Lee")
    page.fill("#register-email", address)
    page.fill("#register-password", PASSWORD)
    page.click("#register-submit")
    expect(page.locator("#nav-profile")).to_have_text("Mai Lee", timeout=30_000)

    verify = _link(_mail_to(server_data_dir, address, "Confirm your address"), "/auth/verify")
    log = (server_data_dir / "server.log").read_text(errors="replace")
    assert f"mail to {address} written to {server_data_dir / 'mail'}" in log  # the newcomer is told where
    page.goto(verify)
    page.click("#mail-submit")
    expect(page.locator("#mail-heading")).to_have_text("Your address is confirmed", timeout=30_000)

    other = browser.new_context()
    try:
        phone = other.new_page()
        phone.goto(server + "/signin")
        phone.locator("#signin-forgot").click(timeout=60_000)
        expect(phone).to_have_url(server + "/auth/forgot", timeout=30_000)
        phone.fill("#email", address)
        phone.click("#mail-submit")
        expect(phone.locator("#mail-heading")).to_have_text("Check your mail", timeout=30_000)

        phone.goto(_link(_mail_to(server_data_dir, address, "Reset your"), "/auth/reset"))
        phone.fill("#password", NEW_PASSWORD)
        phone.fill("#confirm", NEW_PASSWORD)
        phone.click("#mail-submit")
        expect(phone).to_have_url(server + "/", timeout=30_000)
        expect(phone.locator("#nav-profile")).to_have_text("Mai Lee", timeout=30_000)
    finally:
        other.close()

    page.goto(server + "/")
    expect(page.locator("#nav-signin")).to_be_visible(timeout=30_000)  # the first device was signed out
    page.goto(server + "/signin")
    expect(page.locator("#signin-account")).to_be_visible(timeout=60_000)
    page.fill("#signin-account", handle)
    page.fill("#signin-password", NEW_PASSWORD)
    page.click("#signin-submit")
    expect(page.locator("#nav-profile")).to_have_text("Mai Lee", timeout=30_000)
