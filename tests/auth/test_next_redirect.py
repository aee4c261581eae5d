"""``next`` after signing in: only local paths of this site, never another site."""

from __future__ import annotations

import httpx
import pytest

from forum.policy.redirects import safe_next
from forum.services.accounts import AccountView
from forum.settings import Settings
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
