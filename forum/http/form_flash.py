"""What a person typed into a refused form, carried back to the form without going through the URL.

A refused sign-in or registration redirects back to its page. The fields typed there (a name, an email
address) must survive the trip, but not in the query string: URLs land in server and proxy logs, in the
browser's history and in ``Referer`` headers. So the route puts them in a short-lived flash cookie
(HttpOnly, SameSite=Lax, five minutes), encrypted and authenticated with a key derived from the site's
secret (Fernet: AES with an HMAC and a timestamp), and the redirect carries only a random id naming that
flash (``?flash=<id>``). The page's state shows the values only when the cookie's id matches the URL's, so a
later visit to the bare page starts empty, and a copied link holds nothing anyone else can read.
Passwords are never put in a flash.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
from collections.abc import Mapping

from cryptography.fernet import Fernet, InvalidToken
from starlette.responses import Response

from forum.auth.cookies import FLASH_COOKIE, cookie_value
from forum.http.auth_common import redirect
from forum.settings import Settings

FLASH_SECONDS = 300
FLASH_PARAM = "flash"
MAX_VALUE = 300
_KEY_PURPOSE = b"frontline form flash v1\x00"


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
    if not isinstance(data, dict) or not secrets.compare_digest(str(data.get("id", "")), flash_id):
        return {}
    values = data.get("values")
    if not isinstance(values, dict):
        return {}
    return {str(k): v[:MAX_VALUE] for k, v in values.items() if isinstance(v, str)}


def read_flash(cookie_header: str | None, flash_id: str, secret_key: str) -> dict[str, str]:
    """The flash a page's URL names (``?flash=<id>``), read from the request's ``Cookie`` header."""
    return unseal(cookie_value(cookie_header, FLASH_COOKIE), flash_id[:64], secret_key)


def redirect_with_flash(path: str, params: Mapping[str, str], values: Mapping[str, str],
                        settings: Settings) -> Response:
    """303 back to the form at ``path``: ``params`` (never personal: an error text of ours, ``next``) in the
    query string with the flash's id; ``values`` (what was typed) only in the flash cookie."""
    kept = {k: v for k, v in values.items() if v}
    if not kept:
        return redirect(path, params)
    flash_id = secrets.token_urlsafe(12)
    response = redirect(path, {**params, FLASH_PARAM: flash_id})
    response.set_cookie(FLASH_COOKIE, seal(flash_id, kept, settings.secret_key), max_age=FLASH_SECONDS, path="/",
                        httponly=True, samesite="lax", secure=settings.cookie_secure)
    return response
