"""Absolute links and signed tokens that appear in mail.

Unsubscribe tokens are signed with the site's secret (itsdangerous, salted): ``{"u": user id, "k": kind}``.
They never expire — an unsubscribe link must keep working for as long as the mail exists (RFC 8058) — and a
changed character makes them worthless. They grant one thing only: turning that kind of mail off.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from itsdangerous import BadSignature, URLSafeSerializer

_UNSUBSCRIBE_SALT = "frontline-unsubscribe-v1"


def absolute(site_url: str, path: str, **params: str) -> str:
    """``site_url`` + ``path`` (+ query): every link in a mail is absolute."""
    query = urlencode({k: v for k, v in params.items() if v})
    return site_url.rstrip("/") + path + (f"?{query}" if query else "")


def site_host(site_url: str) -> str:
    """The host part of the site's URL (for Message-IDs and the default From address)."""
    return (urlsplit(site_url).hostname or "localhost").lower()


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    kind: str


def unsubscribe_token(secret_key: str, user_id: int, kind: str) -> str:
    return URLSafeSerializer(secret_key, salt=_UNSUBSCRIBE_SALT).dumps({"u": user_id, "k": kind})


def read_unsubscribe_token(secret_key: str, token: str) -> Unsubscribe | None:
    """The request a token carries, or None when it is not one of ours (tampered, truncated, foreign)."""
    if not token or len(token) > 300:
        return None
    try:
        data = URLSafeSerializer(secret_key, salt=_UNSUBSCRIBE_SALT).loads(token)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("u"), int) or not isinstance(data.get("k"), str):
        return None
    return Unsubscribe(user_id=data["u"], kind=data["k"])
