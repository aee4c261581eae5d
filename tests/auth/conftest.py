"""Fixtures for the accounts and sign-in tests.

Builds on ``tests/conftest.py`` (a migrated SQLite copy per test, made the app's database). Adds the site's
settings for these tests (a fixed secret, a site URL, one OpenID provider called "fake"), the in-process
fake provider, our Starlette app wired to it, and an httpx client that plays the browser.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sqlalchemy.engine import Engine
from starlette.applications import Starlette

from forum.auth.cookies import CSRF_COOKIE
from forum.auth.csrf import issue_token, new_nonce
from forum.db import session_scope
from forum.http import api
from forum.services.accounts import AccountView, register
from forum.settings import Settings, get_settings
from tests.auth.fake_idp import FakeIdP
from tests.factories import PASSWORD

SITE = "http://frontline.test"


@pytest.fixture
def settings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    fake = FakeIdP()
    for name, value in {
        "SECRET_KEY": "test-secret-key", "SITE_URL": SITE, "OIDC_PROVIDERS": "fake",
        "OIDC_FAKE_ISSUER": fake.issuer, "OIDC_FAKE_CLIENT_ID": fake.client_id,
        "OIDC_FAKE_CLIENT_SECRET": fake.client_secret, "OIDC_FAKE_LABEL": "Fake ID",
    }.items():
        monkeypatch.setenv(f"FRONTLINE_{name}", value)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture
def fake_idp() -> FakeIdP:
    return FakeIdP()


@pytest.fixture
def app(settings: Settings, fake_idp: FakeIdP) -> Starlette:
    """Our Starlette app (as Reflex mounts it), its OpenID clients talking to the fake provider in-process."""
    return api.build(oidc_transport=httpx.ASGITransport(app=fake_idp.app))


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    """A "browser" on our app: keeps cookies, does not follow redirects (the tests follow them by hand)."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=SITE) as browser:
        yield browser


@pytest.fixture
async def idp_browser(fake_idp: FakeIdP) -> AsyncIterator[httpx.AsyncClient]:
    """The same "browser" visiting the provider's pages."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake_idp.app),
                                 base_url=fake_idp.issuer) as browser:
        yield browser


def form_with_csrf(client: httpx.AsyncClient, settings: Settings, **fields: str) -> dict[str, str]:
    """Give the browser a CSRF cookie (as our pages do) and return ``fields`` plus the matching token."""
    nonce = client.cookies.get(CSRF_COOKIE) or new_nonce()
    client.cookies.set(CSRF_COOKIE, nonce, domain=client.base_url.host, path="/")
    return {**fields, "csrf_token": issue_token(nonce, settings.secret_key)}


SAME_ORIGIN = {"Origin": SITE}


@pytest.fixture
def member(settings: Settings) -> AccountView:
    """A member with a password: @maya / maya@example.org."""
    with session_scope() as db:
        return register(db, handle="maya", display_name="Maya Lin", email="maya@example.org", password=PASSWORD)
