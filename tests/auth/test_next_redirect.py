"""``next`` after signing in: only local paths of this site, never another site."""

from __future__ import annotations

import httpx
import pytest
import reflex as rx
from reflex.istate.data import HeaderData, ReflexURL, RouterData

from forum.policy.redirects import safe_next
from forum.services.accounts import AccountView
from forum.settings import Settings
from forum.state.accounts import AuthPageState
from tests.auth.conftest import PASSWORD, SAME_ORIGIN, form_with_csrf


@pytest.mark.parametrize("path", ["/", "/settings/profile", "/t/some-thread?page=2", "/b/coaching#top",
                                  "/u/maya", "/t/%2F%2Fnot-a-host"])
def test_local_paths_are_kept(path: str) -> None:
    assert safe_next(path) == path


@pytest.mark.parametrize("target", [
    "//evil.example", "//evil.example/path", "/\\evil.example", "/\\/evil.example", "\\\\evil.example",
    "https://evil.example", "http:evil.example", "javascript:alert(1)", "evil.example", "", None,
    "/\tevil", "/ evil", "/\x00", "/auth/logout", "/auth", "x" * 3000, "\x01/x",
])
def test_anything_else_becomes_the_home_page(target: str | None) -> None:
    assert safe_next(target) == "/"


async def test_signing_in_returns_to_a_local_next(client: httpx.AsyncClient, settings: Settings,
                                                  member: AccountView) -> None:
    form = form_with_csrf(client, settings, account="maya", password=PASSWORD, next="/settings/profile")
    response = await client.post("/auth/signin", data=form, headers=SAME_ORIGIN)
    assert response.status_code == 303 and response.headers["location"] == "/settings/profile"


@pytest.mark.parametrize("target", ["//evil.example", "https://evil.example/", "/\\evil.example"])
async def test_signing_in_never_leaves_the_site(client: httpx.AsyncClient, settings: Settings, member: AccountView,
                                                target: str) -> None:
    form = form_with_csrf(client, settings, account="maya", password=PASSWORD, next=target)
    response = await client.post("/auth/signin", data=form, headers=SAME_ORIGIN)
    assert response.headers["location"] == "/"


async def test_a_failed_sign_in_keeps_only_a_safe_next(client: httpx.AsyncClient, settings: Settings) -> None:
    form = form_with_csrf(client, settings, account="maya", password="wrong password", next="//evil.example")
    response = await client.post("/auth/signin", data=form, headers=SAME_ORIGIN)
    assert "evil" not in response.headers["location"]


async def test_the_provider_round_trip_ignores_a_foreign_next(client: httpx.AsyncClient,
                                                              idp_browser: httpx.AsyncClient,
                                                              settings: Settings) -> None:
    start = await client.get("/auth/fake/login", params={"next": "https://evil.example/"})
    back = await idp_browser.get(start.headers["location"])
    welcome = await client.get(back.headers["location"])
    assert "evil" not in welcome.headers["location"]
    done = await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="alice", name="Alice"),
                             headers=SAME_ORIGIN)
    assert done.headers["location"] == "/"


def _auth_page(url: str) -> AuthPageState:
    root = rx.State(_reflex_internal_init=True)
    root.router = RouterData(headers=HeaderData(), url=ReflexURL(url))
    return root.substates[AuthPageState.get_name()]


async def test_the_sign_in_page_shows_the_error_and_keeps_a_local_next_only(settings: Settings) -> None:
    page = _auth_page("http://frontline.test/signin?error=Nope&next=%2F%2Fevil.example")
    await page.load()
    assert (page.error, page.next_path) == ("Nope", "/")
    assert [(b.name, b.label, b.href) for b in page.providers] == [("fake", "Fake ID", "/auth/fake/login")]

    page = _auth_page("http://frontline.test/signin?next=%2Fsettings%2Fprofile")
    await page.load()
    assert page.next_path == "/settings/profile"
    assert page.providers[0].href == "/auth/fake/login?next=%2Fsettings%2Fprofile"
    key = page.form_key
    await page.load()  # on_load runs again on every websocket reconnect: the form must not remount
    assert page.form_key == key
