"""Accounts in a real browser against the production server: register, sign out, sign in, the fake OpenID
provider, and a members-only page that sends a visitor to sign in and back."""

from __future__ import annotations

import re
import uuid

from playwright.sync_api import Page, expect

PASSWORD = "a long enough e2e password"


def _unique(prefix: str) -> str:
    return f"{prefix}{uuid.uuid4().hex[:8]}"


def _register(page: Page, server: str, handle: str, name: str, path: str = "/register") -> None:
    page.goto(server + path)
    expect(page.locator("#register-handle")).to_be_visible(timeout=60_000)
    page.fill("#register-handle", handle)
    page.fill("#register-name", name)
    page.fill("#register-email", f"{handle}@example.org")
    page.fill("#register-password", PASSWORD)
    page.click("#register-submit")


def test_register_then_sign_out_then_sign_in_again(server: str, page: Page) -> None:
    handle, name = _unique("e2e_"), "Robin E2E"
    _register(page, server, handle, name)
    expect(page).to_have_url(server + "/")
    expect(page.locator("#nav-profile")).to_have_text(name, timeout=30_000)
    assert page.evaluate("document.cookie").find("frontline_session") == -1  # HttpOnly: invisible to scripts

    page.click("#nav-signout")
    expect(page.locator("#nav-signin")).to_be_visible(timeout=30_000)
    expect(page.locator("#nav-profile")).to_have_count(0)

    page.click("#nav-signin")
    expect(page.locator("#signin-account")).to_be_visible(timeout=30_000)
    page.fill("#signin-account", handle)
    page.fill("#signin-password", "not the password")
    page.click("#signin-submit")
    expect(page.locator("#form-error")).to_contain_text("do not match", timeout=30_000)
    expect(page.locator("#signin-account")).to_have_value(handle)  # what they typed is kept...
    expect(page.locator("#signin-password")).to_have_value("")  # ...except the password

    page.fill("#signin-password", PASSWORD)
    page.click("#signin-submit")
    expect(page.locator("#nav-profile")).to_have_text(name, timeout=30_000)
    page.click("#nav-profile")
    expect(page.locator("#profile-name")).to_have_text(name, timeout=30_000)


def test_a_refused_registration_shows_why_and_keeps_the_fields(server: str, page: Page) -> None:
    page.goto(server + "/register")
    expect(page.locator("#register-handle")).to_be_visible(timeout=60_000)
    page.fill("#register-handle", "Not A Handle!")
    page.fill("#register-name", "Someone")
    page.fill("#register-email", "someone@example.org")
    page.fill("#register-password", PASSWORD)
    page.click("#register-submit")
    expect(page.locator("#form-error")).to_contain_text("3 to 20 characters", timeout=30_000)
    expect(page.locator("#register-name")).to_have_value("Someone")
    expect(page.locator("#register-email")).to_have_value("someone@example.org")


def test_sign_in_through_the_openid_provider(server: str, page: Page) -> None:
    page.goto(server + "/signin")
    button = page.locator("#oidc-fake")
    expect(button).to_have_text("Continue with Fake ID", timeout=60_000)
    button.click()
    expect(page).to_have_url(re.compile(r"/welcome/?\?"), timeout=30_000)
    handle_field = page.locator("#welcome-handle")
    expect(handle_field).to_have_value("alice_f", timeout=30_000)  # prefilled from the provider's claims
    expect(page.locator("#welcome-name")).to_have_value("Alice Fontaine")
    page.click("#welcome-submit")
    expect(page).to_have_url(server + "/", timeout=30_000)
    expect(page.locator("#nav-profile")).to_have_text("Alice Fontaine", timeout=30_000)

    page.click("#nav-signout")
    expect(page.locator("#nav-signin")).to_be_visible(timeout=30_000)
    page.goto(server + "/signin")
    page.locator("#oidc-fake").click()  # a returning member goes straight back in
    expect(page).to_have_url(server + "/", timeout=30_000)
    expect(page.locator("#nav-profile")).to_have_text("Alice Fontaine", timeout=30_000)


def test_a_visitor_is_sent_to_sign_in_and_comes_back_to_the_members_page(server: str, page: Page) -> None:
    handle, name = _unique("back_"), "Back Again"
    _register(page, server, handle, name)
    expect(page.locator("#nav-profile")).to_have_text(name, timeout=30_000)
    page.click("#nav-signout")
    expect(page.locator("#nav-signin")).to_be_visible(timeout=30_000)

    page.goto(server + "/settings/profile")
    expect(page).to_have_url(re.compile(r"/signin\?next=(/|%2F)settings(/|%2F)profile"), timeout=30_000)
    expect(page.locator("#signin-account")).to_be_visible(timeout=30_000)
    page.fill("#signin-account", handle)
    page.fill("#signin-password", PASSWORD)
    page.click("#signin-submit")
    expect(page).to_have_url(re.compile(r"/settings/profile/?$"), timeout=30_000)
    expect(page.locator("#settings-name")).to_have_value(name, timeout=30_000)

    page.fill("#settings-bio", "I answer **billing** questions.")
    page.click("#settings-save")
    expect(page.locator("#form-notice")).to_have_text("Your profile is saved.", timeout=30_000)
    page.goto(f"{server}/u/{handle}")
    expect(page.locator("#profile-bio strong")).to_have_text("billing", timeout=30_000)
