"""The web origins allowed to talk to Frontline with a member's cookies: from configuration, never ``Host``.

The site's own origin (``FRONTLINE_SITE_URL``) plus ``FRONTLINE_EXTRA_ORIGINS``. A loopback site URL
(``127.0.0.1``/``localhost``/``[::1]``) also admits the other loopback names on the same port, so
``make run`` works whichever of them the browser is pointed at. Pure functions: used by the CSRF check,
by the ASGI guard in ``forum.http.origins`` and by ``rxconfig.py`` (Reflex's CORS and socket.io lists).
"""

from __future__ import annotations

from collections.abc import Collection
from urllib.parse import urlsplit

from forum.settings import Settings

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def origin_of(url: str | None) -> str | None:
    """``scheme://host[:port]`` of an http(s) URL, lower-cased and without a default port; None if malformed."""
    if not url or len(url) > 2048:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return None
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    if port is None or port == _DEFAULT_PORTS[parts.scheme]:
        return f"{parts.scheme}://{host}"
    return f"{parts.scheme}://{host}:{port}"


def allowed_origins(settings: Settings) -> frozenset[str]:
    """The site's own origin, its loopback aliases (for a loopback site URL) and the configured extra ones."""
    origins: set[str] = set()
    for url in (settings.site_url, *settings.extra_origins):
        origin = origin_of(url)
        if origin is None:
            raise ValueError(f"{url!r} is not an http(s) origin (FRONTLINE_SITE_URL / FRONTLINE_EXTRA_ORIGINS)")
        origins.add(origin)
    site = urlsplit(origin_of(settings.site_url) or "")
    if site.hostname and (site.hostname in ("127.0.0.1", "localhost", "::1")):
        port = f":{site.port}" if site.port else ""
        origins |= {f"{site.scheme}://{host}{port}" for host in LOOPBACK_HOSTS}
    return frozenset(origins)


def request_origin_allowed(origin: str | None, referer: str | None, allowed: Collection[str]) -> bool | None:
    """True/False when the request names its origin (``Origin``, else ``Referer``); None when it names none."""
    if origin is not None:
        return origin_of(origin) in allowed  # "null" and anything malformed are refused
    if referer:
        return origin_of(referer) in allowed
    return None
