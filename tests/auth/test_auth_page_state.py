"""The sign-in, register and welcome pages share one state: each shows its form only once that state was
prepared for it, so a form never appears with the previous page's values and then remounts under the
person's fingers."""

from __future__ import annotations

import reflex as rx
from reflex.istate.data import HeaderData, ReflexURL, RouterData

from forum.settings import Settings
from forum.state.accounts import AuthPageState


def _tab_at(root: rx.State, url: str) -> AuthPageState:
    root.router = RouterData(headers=HeaderData(), url=ReflexURL(url))
    return root.substates[AuthPageState.get_name()]


async def test_a_page_is_marked_ready_only_after_its_own_load(settings: Settings) -> None:
    root = rx.State(_reflex_internal_init=True)
    page = _tab_at(root, "http://frontline.test/register?handle=robin")
    assert page.prepared_for == ""
    await page.load()
    assert (page.prepared_for, page.handle) == ("/register", "robin")

    page = _tab_at(root, "http://frontline.test/signin?account=robin")  # a client-side move in the same tab
    assert page.prepared_for == "/register", "until /signin's load runs, the sign-in form stays hidden"
    await page.load()
    assert (page.prepared_for, page.account) == ("/signin", "robin")


async def test_a_trailing_slash_names_the_same_page(settings: Settings) -> None:
    page = _tab_at(rx.State(_reflex_internal_init=True), "http://frontline.test/welcome/?mode=link")
    await page.load()
    assert page.prepared_for == "/welcome"
