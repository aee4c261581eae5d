"""The password routes over HTTP: the cookie they set, what they send back on errors, signing out."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote_plus, urlsplit

import httpx
import pytest
import reflex as rx
from reflex.istate.data import HeaderData, ReflexURL, RouterData
from sqlmodel import select

from forum.auth.cookies import FLASH_COOKIE, SESSION_COOKIE
from forum.auth.form_flash import read_flash
from forum.db import session_scope
from forum.http import api
from forum.models import SignInSession
from forum.services.accounts import AccountView
from forum.services.sessions import create_session, resolve_session
from forum.settings import Settings, get_settings
from forum.state.accounts import AuthPageState
from tests.auth.conftest import PASSWORD, SAME_ORIGIN, form_with_csrf


async def register_page_after(location: str, cookie: str) -> AuthPageState:
    """The register page's state as a tab opening ``location`` with ``cookie`` prepares it."""
    root = rx.State(_reflex_internal_init=True)
    root.router = RouterData(headers=HeaderData(cookie=cookie), url=ReflexURL("http://frontline.test" + location))
    page = root.substates[AuthPageState.get_name()]
    await page.load()
    return page


def query_of(response: httpx.Response) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(response.headers["location"]).query).items()}


async def sign_in(client: httpx.AsyncClient, settings: Settings, password: str = PASSWORD) -> httpx.Response:
    return await client.post("/auth/signin", data=form_with_csrf(client, settings, account="maya", password=password),
                             headers=SAME_ORIGIN)


async def test_signing_in_sets_an_httponly_lax_cookie_for_the_whole_site(client: httpx.AsyncClient,
                                                                         settings: Settings,
                                                                         member: AccountView) -> None:
    response = await sign_in(client, settings)
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE + "="))
    attributes = {part.strip().split("=")[0].lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "path", "max-age", "samesite"} <= attributes and "secure" not in attributes
    assert "samesite=lax" in cookie.lower() and "path=/" in cookie.lower()
    assert f"max-age={30 * 86400}" in cookie.lower()
    with session_scope() as db:
        assert resolve_session(db, client.cookies[SESSION_COOKIE]).handle == "maya"


async def test_the_cookie_is_secure_when_the_site_is_served_over_https(settings: Settings, member: AccountView,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_SITE_URL", "https://forum.example.org")
    get_settings.cache_clear()
    app = api.build()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="https://forum.example.org") as c:
        https_settings = get_settings()
        form = form_with_csrf(c, https_settings, account="maya", password=PASSWORD)
        response = await c.post("/auth/signin", data=form, headers={"Origin": "https://forum.example.org"})
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE + "="))
    assert "secure" in cookie.lower()


async def test_a_wrong_password_returns_to_the_form_with_the_account_but_not_the_password(
        client: httpx.AsyncClient, settings: Settings, member: AccountView) -> None:
    form = form_with_csrf(client, settings, account="maya", password="my wrong password", next="/u/maya")
    response = await client.post("/auth/signin", data=form, headers=SAME_ORIGIN)
    assert response.headers["location"].startswith("/signin?")
    query = query_of(response)
    assert query == {"error": "That handle or email and password do not match an account.", "next": "/u/maya",
                     "flash": query["flash"]}
    # the account typed (a handle or an email) comes back through the flash cookie, not the URL
    assert read_flash(f"{FLASH_COOKIE}={client.cookies[FLASH_COOKIE]}", query["flash"],
                      settings.secret_key) == {"account": "maya"}
    assert "wrong" not in response.headers["location"]
    assert SESSION_COOKIE not in client.cookies


async def test_the_lockout_message_reaches_the_person(client: httpx.AsyncClient, settings: Settings,
                                                      member: AccountView) -> None:
    for _ in range(5):
        await sign_in(client, settings, password="wrong password")
    response = await sign_in(client, settings)
    assert query_of(response)["error"] == "Too many attempts; try again in 15 minutes."


async def test_registering_signs_the_new_member_in(client: httpx.AsyncClient, settings: Settings) -> None:
    form = form_with_csrf(client, settings, handle="newbie", name="New Bie", email="newbie@example.org",
                          password="a long enough password", next="/b/coaching")
    response = await client.post("/auth/register", data=form, headers=SAME_ORIGIN)
    assert response.headers["location"] == "/b/coaching"
    with session_scope() as db:
        assert resolve_session(db, client.cookies[SESSION_COOKIE]).handle == "newbie"


async def test_a_refused_registration_keeps_everything_typed_except_the_password(client: httpx.AsyncClient,
                                                                                 settings: Settings) -> None:
    form = form_with_csrf(client, settings, handle="newbie", name="New Bie", email="newbie@example.org",
                          password="short", next="/b/coaching")
    response = await client.post("/auth/register", data=form, headers=SAME_ORIGIN)
    location = response.headers["location"]
    assert response.status_code == 303 and location.startswith("/register?")
    query = query_of(response)
    assert query == {"error": "A password needs at least 10 characters.", "next": "/b/coaching",
                     "flash": query["flash"]}
    for typed in ("newbie", "New", "Bie", "example.org", "short"):  # nothing typed travels in the URL
        assert typed not in unquote_plus(location)

    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{FLASH_COOKIE}=") and "HttpOnly" in cookie and "Max-Age=300" in cookie
    assert "newbie" not in cookie and "short" not in cookie  # encrypted, and never the password
    page = await register_page_after(location, f"{FLASH_COOKIE}={client.cookies[FLASH_COOKIE]}")
    assert (page.handle, page.display_name, page.email) == ("newbie", "New Bie", "newbie@example.org")
    assert (page.error, page.next_path) == ("A password needs at least 10 characters.", "/b/coaching")

    later = await register_page_after("/register", f"{FLASH_COOKIE}={client.cookies[FLASH_COOKIE]}")
    assert (later.handle, later.email) == ("", ""), "a later visit to the bare page starts empty"


async def test_signing_in_again_replaces_the_browsers_previous_session(client: httpx.AsyncClient,
                                                                       settings: Settings,
                                                                       member: AccountView) -> None:
    await sign_in(client, settings)
    first = client.cookies[SESSION_COOKIE]
    await sign_in(client, settings)
    with session_scope() as db:
        assert resolve_session(db, first) is None
        assert len(db.exec(select(SignInSession)).all()) == 1


async def test_signing_out_revokes_the_session_and_clears_the_cookie(client: httpx.AsyncClient, settings: Settings,
                                                                     member: AccountView) -> None:
    await sign_in(client, settings)
    token = client.cookies[SESSION_COOKIE]
    response = await client.post("/auth/logout", data=form_with_csrf(client, settings), headers=SAME_ORIGIN)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert SESSION_COOKIE not in client.cookies
    with session_scope() as db:
        assert resolve_session(db, token) is None


async def test_signing_out_everywhere_ends_the_other_devices_too(client: httpx.AsyncClient, settings: Settings,
                                                                 member: AccountView) -> None:
    with session_scope() as db:
        phone = create_session(db, member.user_id)
    await sign_in(client, settings)
    response = await client.post("/auth/logout-everywhere", data=form_with_csrf(client, settings),
                                 headers=SAME_ORIGIN)
    assert response.headers["location"].startswith("/signin?notice=")
    assert SESSION_COOKIE not in client.cookies
    with session_scope() as db:
        assert resolve_session(db, phone) is None
        assert db.exec(select(SignInSession)).all() == []


async def test_an_oversized_form_is_refused_politely(client: httpx.AsyncClient, settings: Settings) -> None:
    response = await client.post("/auth/signin", content=b"a=" + b"x" * 100_000,
                                 headers={**SAME_ORIGIN, "Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 303 and "too+large" in response.headers["location"]


async def test_refresh_gives_a_valid_session_cookie_a_fresh_lifetime_and_drops_a_dead_one(
        client: httpx.AsyncClient, settings: Settings, member: AccountView) -> None:
    await sign_in(client, settings)
    response = await client.post("/auth/refresh")
    assert response.status_code == 204 and response.headers["cache-control"] == "no-store"
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE + "="))
    assert f"max-age={30 * 86400}" in cookie.lower() and "httponly" in cookie.lower()
    with session_scope() as db:
        for row in db.exec(select(SignInSession)).all():
            db.delete(row)
    gone = await client.post("/auth/refresh")
    assert gone.status_code == 204 and SESSION_COOKIE not in client.cookies


async def test_a_registration_name_with_a_web_address_is_refused_with_the_reason(client: httpx.AsyncClient,
                                                                                  settings: Settings) -> None:
    form = form_with_csrf(client, settings, handle="newbie", name="Deals at crmsaver.com", email="newbie@example.org",
                          password="a long enough password", next="/b/coaching")
    response = await client.post("/auth/register", data=form, headers=SAME_ORIGIN)
    assert response.headers["location"].startswith("/register?")
    error = query_of(response)["error"]
    assert error.startswith("Your display name was not saved: ") and "can't contain a link" in error
    assert "link_in_field" not in error
    assert SESSION_COOKIE not in client.cookies
