"""OpenID Connect round trips through our Starlette app against the in-process fake provider.

The test client plays the browser: it follows each redirect by hand, carrying cookies, between our app and
the provider. Bad answers from the provider are refused with a message on /signin and no session.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlmodel import select
from starlette.applications import Starlette

from forum.auth.cookies import FLASH_COOKIE, SESSION_COOKIE
from forum.auth.form_flash import FLASH_PARAM, read_flash
from forum.db import session_scope
from forum.models import ExternalIdentity, User
from forum.services.accounts import AccountView
from forum.services.sessions import resolve_session
from forum.settings import Settings
from tests.auth.conftest import PASSWORD, SAME_ORIGIN, SITE, form_with_csrf
from tests.auth.fake_idp import FakeIdP


async def provider_round_trip(client: httpx.AsyncClient, idp: httpx.AsyncClient, next_path: str = "/"
                              ) -> httpx.Response:
    """Start at /auth/fake/login, let the provider approve, and return our callback's response."""
    start = await client.get("/auth/fake/login", params={"next": next_path})
    assert start.status_code == 302, start.text
    authorize = start.headers["location"]
    assert authorize.startswith("https://idp.test/authorize?")
    back = await idp.get(authorize)
    assert back.status_code == 302
    callback = back.headers["location"]
    assert callback.startswith(f"{SITE}/auth/fake/callback?")
    return await client.get(callback)


def where(response: httpx.Response) -> tuple[str, dict[str, str]]:
    """The redirect's path and its query parameters."""
    assert response.status_code in (302, 303), (response.status_code, response.text)
    parts = urlsplit(response.headers["location"])
    return parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}


def flashed(client: httpx.AsyncClient, settings: Settings, query: dict[str, str]) -> dict[str, str]:
    """What the redirect kept in the sealed flash cookie its URL names."""
    return read_flash(f"{FLASH_COOKIE}={client.cookies.get(FLASH_COOKIE)}", query.get(FLASH_PARAM, ""),
                      settings.secret_key)


def signed_in_as(client: httpx.AsyncClient) -> str | None:
    token = client.cookies.get(SESSION_COOKIE)
    with session_scope() as db:
        who = resolve_session(db, token)
        return who.handle if who else None


async def test_a_new_member_chooses_a_handle_and_is_signed_in(client: httpx.AsyncClient, idp_browser: httpx.AsyncClient,
                                                              settings: Settings, fake_idp: FakeIdP) -> None:
    response = await provider_round_trip(client, idp_browser, next_path="/t/some-thread")
    path, query = where(response)
    assert path == "/welcome"
    assert query["mode"] == "new" and not {"handle", "name", "email"} & set(query)  # nothing personal in the URL
    assert flashed(client, settings, query) == {"handle": "alice_f", "name": "Alice Fontaine",
                                                "email": "alice@example.org"}
    assert query["provider"] == "Fake ID" and query["next"] == "/t/some-thread"
    assert SESSION_COOKIE not in client.cookies
    sent = fake_idp.authorize_requests[0]
    assert sent["nonce"] and sent["state"] and sent["code_challenge_method"] == "S256"
    assert sent["scope"] == "openid email profile"

    done = await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="alice", name="Alice F."),
                             headers=SAME_ORIGIN)
    assert where(done) == ("/t/some-thread", {})
    assert signed_in_as(client) == "alice"
    with session_scope() as db:
        user = db.exec(select(User).where(User.handle == "alice")).one()
        identity = db.exec(select(ExternalIdentity)).one()
        assert (user.display_name, user.email, user.email_verified, user.password_hash) == (
            "Alice F.", "alice@example.org", True, None)
        assert (identity.provider, identity.subject, identity.user_id) == ("fake", "alice-0001", user.id)


async def test_a_taken_handle_sends_the_person_back_with_their_input(client: httpx.AsyncClient,
                                                                     idp_browser: httpx.AsyncClient,
                                                                     settings: Settings, member: AccountView) -> None:
    await provider_round_trip(client, idp_browser)
    refused = await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="maya", name="Alice"),
                                headers=SAME_ORIGIN)
    path, query = where(refused)
    assert path == "/welcome" and "taken" in query["error"] and query["mode"] == "new"
    assert (flashed(client, settings, query)["handle"], flashed(client, settings, query)["name"]) == ("maya", "Alice")
    retry = await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="alice2", name="Alice"),
                              headers=SAME_ORIGIN)
    assert where(retry)[0] == "/"
    assert signed_in_as(client) == "alice2"


async def test_a_returning_member_is_signed_in_straight_away(client: httpx.AsyncClient, idp_browser: httpx.AsyncClient,
                                                             settings: Settings) -> None:
    await provider_round_trip(client, idp_browser)
    await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="alice", name="Alice"),
                      headers=SAME_ORIGIN)
    client.cookies.delete(SESSION_COOKIE)

    again = await provider_round_trip(client, idp_browser, next_path="/b/coaching")
    assert where(again) == ("/b/coaching", {})
    assert signed_in_as(client) == "alice"
    with session_scope() as db:
        assert len(db.exec(select(User)).all()) == 1


async def test_a_forged_state_is_refused(client: httpx.AsyncClient, idp_browser: httpx.AsyncClient) -> None:
    start = await client.get("/auth/fake/login")
    back = await idp_browser.get(start.headers["location"])
    real = urlsplit(back.headers["location"])
    code = parse_qs(real.query)["code"][0]
    forged = await client.get("/auth/fake/callback", params={"code": code, "state": "attacker-chosen-state"})
    path, query = where(forged)
    assert path == "/signin"
    assert "does not match a sign-in started in this browser" in query["error"]
    assert SESSION_COOKIE not in client.cookies


async def test_a_callback_cannot_be_replayed(client: httpx.AsyncClient, idp_browser: httpx.AsyncClient) -> None:
    start = await client.get("/auth/fake/login")
    back = await idp_browser.get(start.headers["location"])
    first = await client.get(back.headers["location"])
    assert where(first)[0] == "/welcome"
    replay = await client.get(back.headers["location"])
    assert where(replay)[0] == "/signin"


async def test_a_callback_in_another_browser_is_refused(client: httpx.AsyncClient, idp_browser: httpx.AsyncClient,
                                                        app: Starlette) -> None:
    """Login CSRF: an attacker's own callback URL, opened in the victim's browser, signs nobody in."""
    start = await client.get("/auth/fake/login")
    back = await idp_browser.get(start.headers["location"])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=SITE) as victim:
        response = await victim.get(back.headers["location"])
        assert where(response)[0] == "/signin"
        assert SESSION_COOKIE not in victim.cookies


@pytest.mark.parametrize(("mode", "message"), [
    ("wrong_nonce", "belongs to another sign-in attempt (nonce)"),
    ("expired", "has expired"),
    ("wrong_audience", "was issued for another site"),
])
async def test_a_bad_id_token_is_refused_with_a_clear_message(client: httpx.AsyncClient,
                                                              idp_browser: httpx.AsyncClient, fake_idp: FakeIdP,
                                                              mode: str, message: str) -> None:
    fake_idp.mode = mode
    response = await provider_round_trip(client, idp_browser)
    path, query = where(response)
    assert path == "/signin"
    assert message in query["error"] and "Fake ID" in query["error"]
    assert SESSION_COOKIE not in client.cookies
    with session_scope() as db:
        assert db.exec(select(User)).all() == [] and db.exec(select(ExternalIdentity)).all() == []


async def test_a_verified_email_of_a_local_account_asks_for_its_password_before_linking(
        client: httpx.AsyncClient, idp_browser: httpx.AsyncClient, settings: Settings, fake_idp: FakeIdP,
        member: AccountView) -> None:
    fake_idp.user.update(email="MAYA@example.org", email_verified=True)
    response = await provider_round_trip(client, idp_browser)
    path, query = where(response)
    assert (path, query["mode"], flashed(client, settings, query)["email"]) == ("/welcome", "link", "MAYA@example.org")
    assert SESSION_COOKIE not in client.cookies
    with session_scope() as db:
        assert db.exec(select(ExternalIdentity)).all() == []  # nothing linked yet

    wrong = await client.post("/auth/link", data=form_with_csrf(client, settings, password="not the password"),
                              headers=SAME_ORIGIN)
    path, query = where(wrong)
    assert path == "/welcome" and query["mode"] == "link" and "do not match" in query["error"]
    assert SESSION_COOKIE not in client.cookies

    right = await client.post("/auth/link", data=form_with_csrf(client, settings, password=PASSWORD),
                              headers=SAME_ORIGIN)
    assert where(right) == ("/", {})
    assert signed_in_as(client) == "maya"
    client.cookies.delete(SESSION_COOKIE)
    returning = await provider_round_trip(client, idp_browser)
    assert where(returning) == ("/", {})
    assert signed_in_as(client) == "maya"


async def test_an_unverified_email_never_offers_linking_and_is_not_copied(
        client: httpx.AsyncClient, idp_browser: httpx.AsyncClient, settings: Settings, fake_idp: FakeIdP,
        member: AccountView) -> None:
    fake_idp.user.update(email="maya@example.org", email_verified=False)
    path, query = where(await provider_round_trip(client, idp_browser))
    assert (path, query["mode"]) == ("/welcome", "new")
    linking = await client.post("/auth/link", data=form_with_csrf(client, settings, password=PASSWORD),
                                headers=SAME_ORIGIN)
    assert "did not confirm your email" in where(linking)[1]["error"]
    await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="not_maya", name="Impostor"),
                      headers=SAME_ORIGIN)
    assert signed_in_as(client) == "not_maya"
    with session_scope() as db:
        assert db.exec(select(User.email).where(User.handle == "not_maya")).one() is None


async def test_finishing_without_a_pending_sign_in_is_refused(client: httpx.AsyncClient, settings: Settings) -> None:
    response = await client.post("/auth/welcome", data=form_with_csrf(client, settings, handle="zed", name="Zed"),
                                 headers=SAME_ORIGIN)
    path, query = where(response)
    assert path == "/signin" and "start again" in query["error"]


async def test_an_unknown_provider_and_a_cancelled_sign_in_end_on_the_sign_in_page(
        client: httpx.AsyncClient, idp_browser: httpx.AsyncClient) -> None:
    assert "not configured" in where(await client.get("/auth/nope/login"))[1]["error"]
    start = await client.get("/auth/fake/login")
    state = parse_qs(urlsplit(start.headers["location"]).query)["state"][0]
    cancelled = await client.get("/auth/fake/callback", params={"error": "access_denied", "state": state})
    assert where(cancelled)[1]["error"] == "The sign-in with Fake ID was cancelled."


async def test_an_unreachable_provider_is_reported_not_crashed(settings: Settings) -> None:
    from forum.http import api

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    app = api.build(oidc_transport=httpx.MockTransport(refuse))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=SITE) as browser:
        path, query = where(await browser.get("/auth/fake/login"))
    assert path == "/signin" and "not answering" in query["error"]


async def test_a_name_the_policy_refuses_does_not_block_the_first_sign_in(client: httpx.AsyncClient,
                                                                          idp_browser: httpx.AsyncClient,
                                                                          settings: Settings) -> None:
    await provider_round_trip(client, idp_browser)
    done = await client.post("/auth/welcome", headers=SAME_ORIGIN,
                             data=form_with_csrf(client, settings, handle="alice", name="Alice | crmsaver.com deals"))
    assert where(done) == ("/", {})
    assert signed_in_as(client) == "alice"
    with session_scope() as db:
        assert db.exec(select(User).where(User.handle == "alice")).one().display_name == "alice"
