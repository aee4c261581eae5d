"""Registering mails a confirmation link; until it is followed the member's comments wait for review.
Changing the address confirms the new one by mail and tells the old one."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.__main__ import main
from forum.auth.cookies import SESSION_COOKIE
from forum.db import session_scope
from forum.mail.worker import MailWorker
from forum.models import User
from forum.services.account_mail import request_email_change
from forum.services.accounts import register
from forum.services.errors import InvalidInput
from forum.services.mail_prefs import preferences
from forum.services.posting import preview_comment
from forum.services.sessions import create_session
from forum.settings import Settings
from tests.mail.conftest import PASSWORD, SAME_ORIGIN, SITE, links_in, parts, with_csrf
from tests.mail.smtp import SmtpServer

COMMENT = ("We cut our repeat contacts by a third once agents wrote the follow-up promise into the ticket "
           "itself, with a date, and the next shift honoured it before anything else.")


def _held_rules(engine: Engine, user_id: int) -> set[str]:
    with session_scope(engine) as session:
        verdict = preview_comment(session, actor_id=user_id, text=COMMENT)
    return {r["rule"] for r in verdict.reasons if r["outcome"] != "publish"}


def _link(message, path: str) -> str:  # type: ignore[no-untyped-def]
    text, _ = parts(message)
    [link] = [u for u in links_in(text) if path in u]
    assert link.startswith(SITE)
    return link


async def test_a_new_member_confirms_their_address_from_the_mail_and_their_comments_stop_waiting_for_it(
        engine: Engine, settings: Settings, worker: MailWorker, smtp: SmtpServer, browser: httpx.AsyncClient) -> None:
    joined = await browser.post("/auth/register", headers=SAME_ORIGIN, data=with_csrf(
        browser, settings, handle="nia", name="Nia", email="nia@example.org", password=PASSWORD))
    assert joined.status_code == 303
    with Session(engine) as session:
        nia = session.exec(select(User).where(User.handle == "nia")).one()
    assert not nia.email_verified and "unverified_email" in _held_rules(engine, nia.id)
    worker.run_once(periodic=False)
    [message] = smtp.inbox.to("nia@example.org")
    link = _link(message, "/auth/verify")
    page = await browser.get(link)
    assert page.status_code == 200 and "Confirm my address" in page.text  # a GET alone spends nothing
    token = parse_qs(urlsplit(link).query)["token"][0]
    done = await browser.post("/auth/verify", headers=SAME_ORIGIN, data=with_csrf(browser, settings, token=token))
    assert done.status_code == 200 and "Your address is confirmed" in done.text
    with Session(engine) as session:
        assert session.get(User, nia.id).email_verified
    assert "unverified_email" not in _held_rules(engine, nia.id)
    again = await browser.post("/auth/verify", headers=SAME_ORIGIN, data=with_csrf(browser, settings, token=token))
    assert again.status_code == 400


async def test_changing_the_address_confirms_the_new_one_and_tells_the_old_one(
        engine: Engine, settings: Settings, worker: MailWorker, smtp: SmtpServer, browser: httpx.AsyncClient) -> None:
    with session_scope(engine) as session:
        account = register(session, handle="omar", display_name="Omar", email="omar@example.org", password=PASSWORD)
        session.get(User, account.user_id).email_verified = True
    with session_scope(engine) as session:
        request_email_change(session, user_id=account.user_id, new_email="omar@new.example", password=PASSWORD)
    worker.run_once(periodic=False)
    with Session(engine) as session:
        assert session.get(User, account.user_id).email == "omar@example.org"  # unchanged until confirmed
    token = parse_qs(urlsplit(_link(smtp.inbox.to("omar@new.example")[0], "/auth/email/confirm")).query)["token"][0]
    done = await browser.post("/auth/email/confirm", headers=SAME_ORIGIN,
                              data=with_csrf(browser, settings, token=token))
    assert done.status_code == 200 and "Your address is changed" in done.text
    with Session(engine) as session:
        user = session.get(User, account.user_id)
        assert (user.email, user.email_verified) == ("omar@new.example", True)
    worker.run_once(periodic=False)
    [notice] = [m for m in smtp.inbox.to("omar@example.org") if "changed" in m["Subject"]]
    text, _ = parts(notice)
    assert "om…@new.example" in text and "omar@new.example" not in text


async def test_the_mail_settings_page_saves_preferences_for_the_signed_in_member_only(
        engine: Engine, settings: Settings, browser: httpx.AsyncClient) -> None:
    anonymous = await browser.get("/settings/mail")
    assert anonymous.status_code == 303 and anonymous.headers["location"].startswith("/signin")
    with session_scope(engine) as session:
        user = User(handle="pia", display_name="Pia", email="pia@example.org", email_verified=True)
        session.add(user)
        session.flush()
        browser.cookies.set(SESSION_COOKIE, create_session(session, user.id), domain="frontline.test", path="/")
    page = await browser.get("/settings/mail")
    assert page.status_code == 200 and "pia@example.org" in page.text and "queue_wait" not in page.text
    saved = await browser.post("/settings/mail", headers=SAME_ORIGIN, data=with_csrf(
        browser, settings, action="preferences", reply="daily", moderation="never", watched="immediately"))
    assert saved.headers["location"].startswith("/settings/mail?notice=")
    refused = await browser.post("/settings/mail", headers=SAME_ORIGIN, data=with_csrf(
        browser, settings, action="preferences", queue_wait="immediately"))
    assert "error=" in refused.headers["location"]  # members cannot opt in to the queue alert
    with Session(engine) as session:
        modes = {k: p.mode for k, p in preferences(session, user.id).items()}
    assert modes == {"reply": "daily", "moderation": "never", "watched": "immediately", "queue_wait": "never",
                     "weekly": "immediately"}


def test_an_account_the_operator_creates_from_the_command_line_is_already_confirmed(engine: Engine,
                                                                                    settings: Settings) -> None:
    assert main(["users", "create", "--handle", "quinn", "--name", "Quinn", "--email", "quinn@example.org",
                 "--password", PASSWORD]) == 0
    with Session(engine) as session:
        quinn = session.exec(select(User).where(User.handle == "quinn")).one()
    assert quinn.email_verified and "unverified_email" not in _held_rules(engine, quinn.id)


def test_confirmation_links_are_limited_per_account_so_nobody_can_mail_an_address_again_and_again(
        engine: Engine, settings: Settings) -> None:
    with session_scope(engine) as session:
        account = register(session, handle="ray", display_name="Ray", email="ray@example.org", password=PASSWORD)
    for n in range(3):
        with session_scope(engine) as session:
            request_email_change(session, user_id=account.user_id, new_email=f"victim{n}@example.org",
                                 password=PASSWORD)
    with pytest.raises(InvalidInput, match="several links"), session_scope(engine) as session:
        request_email_change(session, user_id=account.user_id, new_email="victim@example.org", password=PASSWORD)
