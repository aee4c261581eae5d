"""Where a person may be sent after signing in: only back to a page of this site.

``next`` comes from the query string or a form field, so it is attacker-controlled. Only a local path is
accepted: it starts with exactly one ``/``, carries no backslash (browsers read ``/\\evil.example`` as
``//evil.example``), no control characters or whitespace, no scheme and no host. Anything else becomes
``/``. Paths under ``/auth/`` are refused too (redirecting to the sign-out route after signing in would
be a silly loop). Pure: no framework imports.
"""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_NEXT_LENGTH = 2000
DEFAULT_NEXT = "/"


def safe_next(raw: str | None, default: str = DEFAULT_NEXT) -> str:
    """``raw`` if it is a local path of this site, else ``default``."""
    if not raw or len(raw) > MAX_NEXT_LENGTH:
        return default
    if not raw.startswith("/") or raw.startswith("//"):
        return default
    if "\\" in raw or any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in raw):
        return default
    parts = urlsplit(raw)
    if parts.scheme or parts.netloc:
        return default
    if parts.path == "/auth" or parts.path.startswith("/auth/"):
        return default
    return raw
