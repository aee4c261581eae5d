"""The sign-in, register and welcome pages share one state: each shows its form only once that state was
prepared for it, so a form never appears with the previous page's values and then remounts under the
person's fingers."""

from __future__ import annotations

import reflex as rx
from reflex.istate.data import HeaderData, ReflexURL, RouterData

from forum.auth.cookies import FLASH_COOKIE
from forum.auth.form_flash import seal
from forum.settings import Settings
from forum.state.accounts import AuthPageState


def _tab_at(root: rx.State, url: str, cookie: str = "") -> AuthPageState:
    root.router = RouterData(headers=HeaderData(cookie=cookie), url=ReflexURL(url))
    return root.substates[AuthPageState.get_name()]


def _flash(flash_id: str, settings: Settings, **values: str) -> str:
    """The ``Cookie`` header of a browser holding a flash of ``values`` under ``flash_id``."""
    return f"{FLASH_COOKIE}={seal(flash_id, values, settings.secret_key)}"


async def test_a_page_is_marked_ready_only_after_its_own_load(settings: Settings) -> None:
    root = rx.State(_reflex_internal_init=True)
    cookie = _flash("f1", settings, handle="robin", account="robin")
    page = _tab_at(root, "http://frontline.test/register?flash=f1", cookie)
    assert page.prepared_for == ""
    await page.load()
    assert (page.prepared_for, page.handle) == ("/register", "robin")

    page = _tab_at(root, "http://frontline.test/signin?flash=f1", cookie)  # a client-side move in the same tab
    assert page.prepared_for == "/register", "until /signin's load runs, the sign-in form stays hidden"
    await page.load()
    assert (page.prepared_for, page.account) == ("/signin", "robin")


async def test_a_trailing_slash_names_the_same_page(settings: Settings) -> None:
    page = _tab_at(rx.State(_reflex_internal_init=True), "http://frontline.test/welcome/?mode=link")
    await page.load()
    assert page.prepared_for == "/welcome"


async def test_typed_values_come_only_from_a_flash_the_url_names(settings: Settings) -> None:
    cookie = _flash("mine", settings, handle="robin", email="robin@example.org")
    root = rx.State(_reflex_internal_init=True)
    for url, cookie_header in (
            ("http://frontline.test/register?handle=eve&email=eve@example.org", ""),  # old-style links: ignored
            ("http://frontline.test/register?flash=other", cookie),  # a flash for another visit
            ("http://frontline.test/register?flash=mine", cookie.replace(f"{FLASH_COOKIE}=", f"{FLASH_COOKIE}=x")),
    ):
        page = _tab_at(root, url, cookie_header)
        await page.load()
        assert (page.handle, page.email) == ("", ""), url
    page = _tab_at(root, "http://frontline.test/register?flash=mine", cookie)
    await page.load()
    assert (page.handle, page.email) == ("robin", "robin@example.org")
