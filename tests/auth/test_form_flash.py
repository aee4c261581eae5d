"""The flash cookie that carries what was typed into a refused form: readable only by us, only for the visit
whose URL names it, only for five minutes, and never readable from the cookie itself."""

from __future__ import annotations

import time

import pytest

from forum.auth.form_flash import FLASH_SECONDS, seal, unseal

SECRET = "test-secret-key"


def test_a_flash_gives_back_what_was_sealed_under_its_id() -> None:
    cookie = seal("abc", {"email": "robin@example.org", "name": "Robin", "handle": ""}, SECRET)
    assert unseal(cookie, "abc", SECRET) == {"email": "robin@example.org", "name": "Robin"}
    assert "robin" not in cookie.lower() and "=" not in cookie  # encrypted, and a plain cookie value


def test_another_id_another_secret_or_a_tampered_cookie_give_nothing() -> None:
    cookie = seal("abc", {"email": "robin@example.org"}, SECRET)
    assert unseal(cookie, "abd", SECRET) == {} and unseal(cookie, "ab\u00e9", SECRET) == {}
    assert unseal(cookie, "abc", "another-secret") == {}
    assert unseal(cookie[:-4] + "AAAA", "abc", SECRET) == {}
    assert unseal("not a flash at all", "abc", SECRET) == {}
    assert unseal(None, "abc", SECRET) == {} and unseal(cookie, "", SECRET) == {}


def test_a_flash_expires_after_five_minutes(monkeypatch: pytest.MonkeyPatch) -> None:
    cookie = seal("abc", {"email": "robin@example.org"}, SECRET)
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + FLASH_SECONDS - 5)
    assert unseal(cookie, "abc", SECRET) == {"email": "robin@example.org"}
    monkeypatch.setattr(time, "time", lambda: now + FLASH_SECONDS + 5)
    assert unseal(cookie, "abc", SECRET) == {}
