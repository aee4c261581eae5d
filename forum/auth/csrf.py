"""CSRF protection for the forms posted to our ``/auth`` HTTP routes.

Three checks, all required, for every such POST:

1. **Same origin.** The ``Origin`` header (or, when a browser leaves it out, the ``Referer``) names one of
   the configured origins (``FRONTLINE_SITE_URL``, ``FRONTLINE_EXTRA_ORIGINS``; see
   ``forum.http.origins``), never whatever ``Host`` the request claims. A form on another site fails.
2. **Double-submit nonce.** The browser holds a random nonce in the ``frontline_csrf`` cookie (written by
   the page's state, SameSite=Lax); the form carries a token for it. Another site can neither read our
   cookie nor set it, so it cannot produce a matching pair.
3. **Signed, dated token.** The form's token is the nonce signed with the site's secret key (itsdangerous,
   salted) and expires after :data:`TOKEN_MAX_AGE`; a token cannot be forged or kept forever.

The Reflex websocket needs none of this: its handshake only carries the SameSite=Lax session cookie when
it comes from our own pages.
"""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Collection

from itsdangerous import BadSignature, URLSafeTimedSerializer

from forum.auth.origins import origin_of

TOKEN_MAX_AGE = 12 * 3600  # seconds; the page fetches a fresh token whenever it (re)connects
_SALT = "frontline-csrf-v1"
_NONCE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")


def new_nonce() -> str:
    return secrets.token_urlsafe(32)


def is_valid_nonce(nonce: str | None) -> bool:
    return bool(nonce) and bool(_NONCE.match(nonce or ""))


def issue_token(nonce: str, secret_key: str) -> str:
    """The form token for ``nonce``."""
    return URLSafeTimedSerializer(secret_key, salt=_SALT).dumps(nonce)


def verify_token(token: str | None, nonce: str | None, secret_key: str, max_age: int = TOKEN_MAX_AGE) -> bool:
    """True when ``token`` is ours, fresh, and made for ``nonce`` (the cookie's value)."""
    if not token or not is_valid_nonce(nonce) or len(token) > 300:
        return False
    try:
        signed = URLSafeTimedSerializer(secret_key, salt=_SALT).loads(token, max_age=max_age)
    except BadSignature:  # includes SignatureExpired
        return False
    return isinstance(signed, str) and hmac.compare_digest(signed, nonce or "")


def is_same_origin(origin: str | None, referer: str | None, allowed: Collection[str]) -> bool:
    """True when the request names (Origin, else Referer) one of the ``allowed`` origins."""
    claimed = origin if origin and origin != "null" else referer
    return origin_of(claimed) in allowed
