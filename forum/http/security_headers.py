"""Security headers on every HTTP response the backend sends (pages, assets, our routes, Reflex's own).

What the Content-Security-Policy can and cannot promise with Reflex 0.10 (checked against a production
build's HTML and bundles): every page carries inline ``<script>`` blocks (theme, router context) whose
content changes per build, emotion injects ``<style>`` elements at run time, and Reflex runs
``rx.call_script`` and event callbacks through ``eval``. So ``script-src`` needs ``'unsafe-inline'`` and
``'unsafe-eval'``; our XSS defence remains the sanitiser (``forum.policy.sanitize``: bleach then nh3).
The policy still confines everything else: no framing by any site (``frame-ancestors 'none'``, plus
``X-Frame-Options: DENY`` for old browsers), no plugins, no ``<base>`` hijack, forms only post to us,
and scripts may only connect back to our own origins (``connect-src``), which limits exfiltration.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def content_security_policy(origins: Collection[str], live_port: int = 0) -> str:
    """The CSP for a site served from ``origins`` (websocket twins of each are allowed to connect, and on
    ``live_port`` too when pages open their live sockets there: forum.http.live_server).

    IPv6 literals (``http://[::1]:3000``) are left out: CSP host sources cannot express them (Chromium
    reports them as invalid); a page served from one is still covered by ``'self'``.
    """
    usable = sorted(o for o in origins if "[" not in o)
    sockets = {o.replace("https://", "wss://", 1).replace("http://", "ws://", 1) for o in usable}
    if live_port:
        sockets |= {f"{_without_port(o)}:{live_port}" for o in sockets}
    sockets = sorted(sockets)
    connect = " ".join(["'self'", *usable, *sockets])
    return "; ".join([
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: https:",
        "font-src 'self' data:",
        f"connect-src {connect}",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def _without_port(origin: str) -> str:
    scheme, _, host = origin.partition("://")
    return f"{scheme}://{host.rsplit(':', 1)[0] if ':' in host else host}"


def security_headers(origins: Collection[str], live_port: int = 0) -> dict[str, str]:
    return {
        "content-security-policy": content_security_policy(origins, live_port),
        "x-frame-options": "DENY",
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "cross-origin-opener-policy": "same-origin",
    }


# The production build's files are named by their content ("__reflex_global_styles-DYQRU0xh.css"): a new build
# names new files, so a browser may keep these for a year without asking again (a reload re-reads nothing).
_BUILT_ASSET = re.compile(r"^/assets/[^/]+-[A-Za-z0-9_-]{8}\.(?:js|css|woff2?|ttf|svg|png|webp|ico)$")
IMMUTABLE = "public, max-age=31536000, immutable"


def asset_cache_control(path: str, status: int) -> str | None:
    """The Cache-Control for a successful answer of a content-named build file; None for anything else."""
    return IMMUTABLE if status == 200 and _BUILT_ASSET.match(path) else None


class SecurityHeaders:
    """ASGI middleware adding :func:`security_headers` to every HTTP response that does not set its own, and a
    year's caching to the build's content-named files (:func:`asset_cache_control`)."""

    def __init__(self, app: ASGIApp, origins: Collection[str], live_port: int = 0) -> None:
        self.app = app
        self.headers = security_headers(origins, live_port)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    if name not in headers:
                        headers.append(name, value)
                cache = asset_cache_control(scope.get("path", ""), message.get("status", 0))
                if cache and "cache-control" not in headers:
                    headers.append("cache-control", cache)
            await send(message)

        await self.app(scope, receive, send_with_headers)
