"""Throwaway accounts: registration is rate-limited per address and per network, and never says whether an
email already has an account here (issue 10: one address registered 450 accounts in a minute)."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlmodel import Session, select
from starlette.applications import Starlette

from forum.auth.cookies import SESSION_COOKIE
from forum.db import session_scope
from forum.models import Registration, User, utcnow
from forum.services.abuse import RegistrationLimits, check_registration_allowed, network_of, record_registration
from forum.services.errors import RateLimited
from forum.settings import Settings
from tests.auth.conftest import PASSWORD, SAME_ORIGIN, SITE, form_with_csrf


@pytest.mark.parametrize(("address", "network"), [
    ("203.0.113.77", "203.0.113.0/24"),
    ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
    ("::ffff:203.0.113.9", "203.0.113.0/24"),  # an IPv4 address written as IPv6 is the same network
    ("not-an-address", "not-an-address"),
])
def test_the_network_is_the_slash_24_or_the_slash_64(address: str, network: str) -> None:
    assert network_of(address) == network


def test_the_limits_count_per_address_and_per_network_and_lift_after_the_window(session: Session) -> None:
    limits = RegistrationLimits(per_address=2, per_network=3)
    now = utcnow()
    for user_id, ip in enumerate(["198.51.100.1", "198.51.100.1"], start=1):
        session.add(User(id=user_id, handle=f"u{user_id}", display_name="U"))
        session.flush()
        record_registration(session, user_id, ip, now=now)
    with pytest.raises(RateLimited, match="try again in 60 minutes"):
        check_registration_allowed(session, "198.51.100.1", now=now, limits=limits)
    check_registration_allowed(session, "198.51.100.2", now=now, limits=limits)  # a neighbour still may
    session.add(User(id=3, handle="u3", display_name="U"))
    session.flush()
    record_registration(session, 3, "198.51.100.200", now=now)
    with pytest.raises(RateLimited):  # ... until the /24 has used its allowance
        check_registration_allowed(session, "198.51.100.3", now=now, limits=limits)
    check_registration_allowed(session, "198.51.101.1", now=now, limits=limits)  # another network is fine
    check_registration_allowed(session, "198.51.100.1", now=now + timedelta(hours=1, seconds=1), limits=limits)


async def _register_from(app: Starlette, settings: Settings, address: str, handle: str,
                         email: str | None = None) -> httpx.Response:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    async with httpx.AsyncClient(transport=transport, base_url=SITE) as browser:
        form = form_with_csrf(browser, settings, handle=handle, name=handle.title(),
                              email=email or f"{handle}@example.org", password=PASSWORD)
        return await browser.post("/auth/register", data=form, headers=SAME_ORIGIN)


async def test_one_address_cannot_register_a_stream_of_throwaway_accounts(app: Starlette,
                                                                          settings: Settings) -> None:
    answers = [await _register_from(app, settings, "192.0.2.10", f"throwaway{i}") for i in range(8)]
    created = [r for r in answers if any(c.startswith(SESSION_COOKIE + "=") for c in r.headers.get_list("set-cookie"))]
    assert len(created) == settings.registrations_per_address == 5
    refused = answers[-1]
    assert refused.headers["location"].startswith("/register?error=Too+many+accounts")
    assert "throwaway7" not in refused.headers["location"]  # what was typed comes back in the flash cookie
    assert "flash=" in refused.headers["location"]
    # The attacker's neighbours in the same /24 share a (looser) allowance.
    neighbours = [await _register_from(app, settings, f"192.0.2.{20 + i}", f"neighbour{i}") for i in range(20)]
    assert sum("error=" not in r.headers["location"] for r in neighbours) == 20 - 5
    # Someone elsewhere is not affected.
    elsewhere = await _register_from(app, settings, "198.51.100.7", "elsewhere")
    assert "error=" not in elsewhere.headers["location"]
    with session_scope() as db:
        assert len(db.exec(select(User)).all()) == 5 + 15 + 1
        assert len(db.exec(select(Registration)).all()) == 5 + 15 + 1


async def test_registering_with_a_taken_email_answers_exactly_like_a_fresh_one(app: Starlette,
                                                                                settings: Settings) -> None:
    await _register_from(app, settings, "192.0.2.1", "owner", email="owner@example.org")
    taken = await _register_from(app, settings, "198.51.100.1", "prober", email="Owner@example.org")
    fresh = await _register_from(app, settings, "203.0.113.1", "control", email="nobody-here@example.org")
    assert taken.status_code == fresh.status_code == 303
    assert taken.headers["location"] == fresh.headers["location"] == "/"
    with session_scope() as db:
        emails = {u.handle: u.email for u in db.exec(select(User)).all()}
    assert emails == {"owner": "owner@example.org", "prober": None, "control": "nobody-here@example.org"}
