"""Fixtures for the mail tests: the site's settings aimed at a real SMTP server on loopback, a worker, an
HTTP "browser" on our Starlette app, and members with confirmed addresses.

Builds on ``tests/conftest.py`` (a migrated SQLite copy per test, made the app's database).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from email.message import EmailMessage

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.auth.cookies import CSRF_COOKIE
from forum.auth.csrf import issue_token, new_nonce
from forum.http import api
from forum.mail.worker import MailWorker
from forum.models import User
from forum.settings import Settings, get_settings
from tests.mail.smtp import SmtpServer

SITE = "http://frontline.test"
SAME_ORIGIN = {"Origin": SITE}
PASSWORD = "correct horse battery"


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def settings(engine: Engine, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    for name, value in {"SECRET_KEY": "test-secret-key", "SITE_URL": SITE, "SMTP_URL": smtp.url,
                        "MAIL_FROM": "Frontline <forum@frontline.test>", "MAIL_WORKER": "off"}.items():
        monkeypatch.setenv(f"FRONTLINE_{name}", value)
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture
def worker(settings: Settings, engine: Engine) -> MailWorker:
    return MailWorker.from_settings(settings, engine)


@pytest.fixture
async def browser(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A browser on our app: keeps cookies, does not follow redirects."""
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=api.build()), base_url=SITE) as client:
        yield client


def with_csrf(client: httpx.AsyncClient, settings: Settings, **fields: str) -> dict[str, str]:
    """``fields`` plus a CSRF token matching the browser's nonce cookie (set here when missing)."""
    nonce = client.cookies.get(CSRF_COOKIE) or new_nonce()
    client.cookies.set(CSRF_COOKIE, nonce, domain=client.base_url.host, path="/")
    return {**fields, "csrf_token": issue_token(nonce, settings.secret_key)}


def verified_member(session: Session, handle: str, *, trusted: bool = True) -> User:
    """A member with a confirmed address ``<handle>@example.org`` (and the approvals trust asks for)."""
    user = User(handle=handle, display_name=handle.title(), email=f"{handle}@example.org", email_verified=True,
                approved_count=2 if trusted else 0)
    session.add(user)
    session.flush()
    return user


def parts(message: EmailMessage) -> tuple[str, str]:
    """The plain-text and HTML parts of a multipart/alternative message."""
    text = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    return text.get_content(), html.get_content()


def links_in(text: str) -> list[str]:
    return re.findall(r"https?://[^\s<>\"]+", text)
