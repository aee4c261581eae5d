"""Forgot password: a link by mail, single-use and expiring, stored only as a hash, answered the same way
and with the same work whether or not the address has an account, rate-limited, and every session ends."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.auth.cookies import SESSION_COOKIE
from forum.db import session_scope
from forum.mail.worker import MailWorker
from forum.models import AccountToken, utcnow
from forum.services import account_mail, outbox
from forum.services.account_mail import ResetLimits, request_password_reset, reset_password
from forum.services.accounts import authenticate, register
from forum.services.errors import InvalidInput
from forum.services.sessions import create_session, user_for_token
from forum.settings import Settings
from tests.mail.conftest import PASSWORD, SAME_ORIGIN, SITE, links_in, parts, with_csrf
from tests.mail.smtp import SmtpServer

NEW_PASSWORD = "a much newer passphrase"


def _member(engine: Engine) -> tuple[int, str]:
    """Maya, with a password and a signed-in session elsewhere; returns (id, that session's token)."""
    with session_scope(engine) as session:
        account = register(session, handle="maya", display_name="Maya", email="maya@example.org", password=PASSWORD)
        return account.user_id, create_session(session, account.user_id)


async def _ask(browser: httpx.AsyncClient, settings: Settings, email: str) -> httpx.Response:
    return await browser.post("/auth/forgot", data=with_csrf(browser, settings, email=email), headers=SAME_ORIGIN)


def _reset_link(smtp: SmtpServer) -> str:
    [message] = [m for m in smtp.inbox.to("maya@example.org") if "Reset" in m["Subject"]]
    text, html = parts(message)
    [link] = [u for u in links_in(text) if "/auth/reset" in u]
    assert link.startswith(f"{SITE}/auth/reset?token=") and link.replace("&", "&amp;") in html
    return link


def _all_text_in_database(engine: Engine) -> str:
    with engine.connect() as conn:
        names = sa.inspect(conn).get_table_names()
        return " ".join(str(row) for name in names for row in conn.execute(sa.text(f'SELECT * FROM "{name}"')))


async def test_a_reset_link_from_the_mail_sets_a_new_password_and_ends_every_session(
        engine: Engine, settings: Settings, worker: MailWorker, smtp: SmtpServer, browser: httpx.AsyncClient) -> None:
    user_id, old_session = _member(engine)
    answer = await _ask(browser, settings, "Maya@Example.org")
    assert answer.status_code == 303 and answer.headers["location"] == "/auth/forgot?sent=1"
    assert worker.run_once(periodic=False) >= 1
    link = _reset_link(smtp)
    page = await browser.get(link)
    assert page.status_code == 200 and "Choose a new password" in page.text
    token = parse_qs(urlsplit(link).query)["token"][0]
    done = await browser.post("/auth/reset", headers=SAME_ORIGIN, data=with_csrf(
        browser, settings, token=token, password=NEW_PASSWORD, confirm=NEW_PASSWORD))
    assert done.status_code == 303 and done.headers["location"] == "/"
    new_session = browser.cookies.get(SESSION_COOKIE)
    with Session(engine) as session:
        assert user_for_token(session, old_session) is None
        assert user_for_token(session, new_session) == user_id
        assert authenticate(session, account="maya", password=NEW_PASSWORD).ok
    again = await browser.post("/auth/reset", headers=SAME_ORIGIN, data=with_csrf(
        browser, settings, token=token, password="yet another passphrase", confirm="yet another passphrase"))
    assert again.status_code == 400 and "expired or was already used" in again.text
    assert token not in _all_text_in_database(engine)  # neither the token table nor the sent mail keeps it


def test_the_token_is_stored_only_as_its_hash(engine: Engine, settings: Settings, worker: MailWorker,
                                              smtp: SmtpServer) -> None:
    _member(engine)
    with session_scope(engine) as session:
        request_password_reset(session, email="maya@example.org")
    worker.run_once(periodic=False)
    token = parse_qs(urlsplit(_reset_link(smtp)).query)["token"][0]
    with Session(engine) as session:
        [row] = session.exec(select(AccountToken).where(AccountToken.purpose == "reset")).all()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest() != token


def test_a_reset_link_expires_after_an_hour(engine: Engine, settings: Settings, worker: MailWorker,
                                            smtp: SmtpServer) -> None:
    _member(engine)
    with session_scope(engine) as session:
        request_password_reset(session, email="maya@example.org")
    worker.run_once(periodic=False)
    token = parse_qs(urlsplit(_reset_link(smtp)).query)["token"][0]
    with pytest.raises(InvalidInput, match="expired"), session_scope(engine) as session:
        reset_password(session, token=token, password=NEW_PASSWORD, now=utcnow() + timedelta(minutes=61))


async def test_known_and_unknown_addresses_get_the_same_answer_and_cost_the_same_work(
        engine: Engine, settings: Settings, browser: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch) -> None:
    _member(engine)
    work: list[str] = []
    real_mint, real_render = account_mail._mint, account_mail.render_body
    monkeypatch.setattr(account_mail, "_mint", lambda: work.append("mint") or real_mint())
    monkeypatch.setattr(account_mail, "render_body", lambda *a, **k: work.append("render") or real_render(*a, **k))
    real_enqueue_render = outbox.render_body
    monkeypatch.setattr(outbox, "render_body", lambda *a, **k: work.append("render") or real_enqueue_render(*a, **k))

    known = await _ask(browser, settings, "maya@example.org")
    known_work, work[:] = list(work), []
    unknown = await _ask(browser, settings, "nobody@example.org")
    assert (known.status_code, known.headers["location"]) == (unknown.status_code, unknown.headers["location"])
    assert known.content == unknown.content
    assert known_work == work == ["mint", "render"]  # one token minted and hashed, one message rendered, both ways


def test_requests_are_limited_per_address_known_or_not_and_per_client(engine: Engine, settings: Settings) -> None:
    _member(engine)
    limits = ResetLimits(per_address=2, per_account=2, per_client=5)
    with session_scope(engine) as session:
        assert [request_password_reset(session, email=e, limits=limits, client_ip="10.0.0.1")
                for e in ("maya@example.org",) * 3] == [True, True, False]
        assert [request_password_reset(session, email=e, limits=limits, client_ip="10.0.0.2")
                for e in ("ghost@example.org",) * 3] == [True, True, False]
        assert [request_password_reset(session, email=f"p{n}@example.org", limits=limits, client_ip="10.0.0.3")
                for n in range(6)] == [True] * 5 + [False]
        minted = session.exec(select(sa.func.count()).select_from(AccountToken)).one()
    assert minted == 2  # the limited request minted nothing


def test_links_per_account_are_limited_even_when_the_address_is_spelled_differently(
        engine: Engine, settings: Settings) -> None:
    _member(engine)
    limits = ResetLimits(per_address=10, per_account=2, per_client=50)
    with session_scope(engine) as session:
        for spelling in ("maya@example.org", "MAYA@example.org", " maya@example.org", "Maya@Example.Org"):
            assert request_password_reset(session, email=spelling, limits=limits)  # the same answer every time
        minted = session.exec(select(sa.func.count()).select_from(AccountToken)).one()
    assert minted == 2


async def test_a_forged_form_or_a_bad_token_changes_nothing(engine: Engine, settings: Settings,
                                                            browser: httpx.AsyncClient) -> None:
    _member(engine)
    forged = await browser.post("/auth/forgot", data={"email": "maya@example.org", "csrf_token": "x"},
                                headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403  # refused by the origin guard before the form is even read
    bad = await browser.get("/auth/reset?token=not-a-real-token")
    assert bad.status_code == 400
    with Session(engine) as session:
        assert session.exec(select(AccountToken)).all() == []
