"""The sealed flash of a refused form: what a person typed, carried back to the form without the URL.

A refused sign-in or registration redirects back to its page. The fields typed there (a name, an email
address) must survive the trip, but not in the query string: URLs land in server and proxy logs, in the
browser's history and in ``Referer`` headers. So they travel in a short-lived cookie (``frontline_flash``,
HttpOnly, SameSite=Lax, five minutes; set by ``forum.http.form_flash``), encrypted and authenticated with a
key derived from the site's secret (Fernet: AES with an HMAC and a timestamp), under a random id that the
redirect's URL names (``?flash=<id>``). The page's state reads the values only when the cookie's id matches
the URL's, so a later visit to the bare page starts empty and a copied link holds nothing anyone can read.
Passwords are never sealed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Mapping

from cryptography.fernet import Fernet, InvalidToken

from forum.auth.cookies import FLASH_COOKIE, cookie_value

FLASH_SECONDS = 300
FLASH_PARAM = "flash"
MAX_VALUE = 300
_KEY_PURPOSE = b"frontline form flash v1\x00"


def new_flash_id() -> str:
    return secrets.token_urlsafe(12)


def _fernet(secret_key: str) -> Fernet:
    key = hashlib.sha256(_KEY_PURPOSE + secret_key.encode("utf-8")).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(flash_id: str, values: Mapping[str, str], secret_key: str) -> str:
    """The cookie value holding ``values`` under ``flash_id`` (encrypted, authenticated, timestamped)."""
    data = {"id": flash_id, "values": {k: str(v)[:MAX_VALUE] for k, v in values.items() if v}}
    token = _fernet(secret_key).encrypt(json.dumps(data).encode("utf-8")).decode("ascii")
    return token.rstrip("=")  # a cookie value without quoting


def unseal(cookie: str | None, flash_id: str, secret_key: str) -> dict[str, str]:
    """The values sealed under ``flash_id`` in ``cookie`` if it is ours, fresh and names that id; else {}."""
    if not cookie or not flash_id:
        return {}
    try:
        token = cookie + "=" * (-len(cookie) % 4)
        data = json.loads(_fernet(secret_key).decrypt(token.encode("ascii"), ttl=FLASH_SECONDS))
    except (InvalidToken, UnicodeError, ValueError):
        return {}
    if not isinstance(data, dict) or not secrets.compare_digest(str(data.get("id", "")).encode(), flash_id.encode()):
        return {}
    values = data.get("values")
    if not isinstance(values, dict):
        return {}
    return {str(k): v[:MAX_VALUE] for k, v in values.items() if isinstance(v, str)}


def read_flash(cookie_header: str | None, flash_id: str, secret_key: str) -> dict[str, str]:
    """The flash a page's URL names (``?flash=<id>``), read from the request's ``Cookie`` header."""
    return unseal(cookie_value(cookie_header, FLASH_COOKIE), flash_id[:64], secret_key)
