"""CSRF protection of the forms posted to /auth: same origin, double-submit cookie, signed dated token."""

from __future__ import annotations

import httpx
import pytest
from sqlmodel import select

from forum.auth.cookies import CSRF_COOKIE, SESSION_COOKIE
from forum.auth.csrf import is_same_origin, issue_token, new_nonce, verify_token
from forum.db import session_scope
from forum.models import SignInAttempt, SignInSession, User
from forum.services.accounts import AccountView
from forum.settings import Settings
from tests.auth.conftest import PASSWORD, SAME_ORIGIN, form_with_csrf

SECRET = "test-secret-key"


def test_a_token_verifies_only_with_its_own_nonce_and_secret() -> None:
    nonce = new_nonce()
    token = issue_token(nonce, SECRET)
    assert verify_token(token, nonce, SECRET)
    assert not verify_token(token, new_nonce(), SECRET)
    assert not verify_token(token, nonce, "another-secret")
    assert not verify_token(token[:-2] + "xx", nonce, SECRET)
    assert not verify_token("", nonce, SECRET)
    assert not verify_token(token, None, SECRET)
    assert not verify_token(token, "short", SECRET)


def test_an_old_token_is_refused() -> None:
    nonce = new_nonce()
    assert not verify_token(issue_token(nonce, SECRET), nonce, SECRET, max_age=-1)


@pytest.mark.parametrize(("origin", "referer", "same"), [
    ("http://frontline.test", None, True),
    (None, "http://frontline.test/signin?next=/x", True),
    ("http://frontline.test:80", None, True),
    ("https://frontline.test", None, False),  # another scheme is another origin
    ("http://frontline.test:8080", None, False),  # another port too (same *site*, though)
    ("https://evil.example", None, False),
    ("https://evil.example", "http://frontline.test/signin", False),  # Origin wins
    ("null", None, False),
    (None, None, False),
    ("http://frontline.test.evil.example", None, False),
    ("javascript:alert(1)", None, False),
])
def test_only_requests_from_our_own_pages_count_as_same_origin(origin: str | None, referer: str | None,
                                                               same: bool) -> None:
    assert is_same_origin(origin, referer, {"http://frontline.test"}) is same


ROUTES = ["/auth/signin", "/auth/register", "/auth/logout", "/auth/logout-everywhere", "/auth/welcome", "/auth/link"]


@pytest.mark.parametrize("route", ROUTES)
async def test_every_form_route_refuses_a_post_without_a_token(client: httpx.AsyncClient, settings: Settings,
                                                               route: str) -> None:
    client.cookies.set(CSRF_COOKIE, new_nonce(), domain="frontline.test")
    response = await client.post(route, data={"account": "maya", "password": PASSWORD}, headers=SAME_ORIGIN)
    assert response.status_code == 303
    assert "error=" in response.headers["location"] or route == "/auth/logout"
    assert SESSION_COOKIE not in client.cookies


async def test_a_sign_in_posted_from_another_site_is_refused_before_checking_anything(
        client: httpx.AsyncClient, settings: Settings, member: AccountView) -> None:
    form = form_with_csrf(client, settings, account="maya", password=PASSWORD)
    response = await client.post("/auth/signin", data=form, headers={"Origin": "https://evil.example"})
    assert response.status_code == 403  # the origin guard answers before any route runs
    assert SESSION_COOKIE not in client.cookies
    with session_scope() as db:
        assert db.exec(select(SignInAttempt)).all() == []  # not even counted as an attempt


async def test_a_token_without_the_matching_cookie_is_refused(client: httpx.AsyncClient, settings: Settings,
                                                              member: AccountView) -> None:
    stolen = issue_token(new_nonce(), settings.secret_key)  # a valid token, for somebody else's nonce
    client.cookies.set(CSRF_COOKIE, new_nonce(), domain="frontline.test")
    response = await client.post("/auth/signin", data={"account": "maya", "password": PASSWORD,
                                                       "csrf_token": stolen}, headers=SAME_ORIGIN)
    assert "error=" in response.headers["location"]
    assert SESSION_COOKIE not in client.cookies


async def test_a_post_without_origin_or_referer_is_refused(client: httpx.AsyncClient, settings: Settings,
                                                           member: AccountView) -> None:
    form = form_with_csrf(client, settings, account="maya", password=PASSWORD)
    response = await client.post("/auth/signin", data=form)
    assert "error=" in response.headers["location"]


async def test_a_registration_forged_from_another_site_creates_nothing(client: httpx.AsyncClient,
                                                                       settings: Settings) -> None:
    form = form_with_csrf(client, settings, handle="forged", name="Forged", email="f@example.org",
                          password="a long enough password")
    response = await client.post("/auth/register", data=form, headers={"Referer": "https://evil.example/page"})
    assert response.status_code == 403
    with session_scope() as db:
        assert db.exec(select(User)).all() == []


async def test_sign_out_everywhere_forged_from_another_site_keeps_every_session(
        client: httpx.AsyncClient, settings: Settings, member: AccountView) -> None:
    signin = await client.post("/auth/signin", data=form_with_csrf(client, settings, account="maya",
                                                                   password=PASSWORD), headers=SAME_ORIGIN)
    assert signin.headers["location"] == "/"
    forged = await client.post("/auth/logout-everywhere", data=form_with_csrf(client, settings),
                               headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403
    with session_scope() as db:
        assert len(db.exec(select(SignInSession)).all()) == 1


async def test_sign_out_is_post_only_so_a_link_or_image_elsewhere_cannot_sign_anyone_out(
        client: httpx.AsyncClient, settings: Settings, member: AccountView) -> None:
    await client.post("/auth/signin", data=form_with_csrf(client, settings, account="maya", password=PASSWORD),
                      headers=SAME_ORIGIN)
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-origin"}, {}):
        response = await client.get("/auth/logout", headers=headers)
        assert response.status_code == 405 and SESSION_COOKIE in client.cookies
    with session_scope() as db:
        assert len(db.exec(select(SignInSession)).all()) == 1
