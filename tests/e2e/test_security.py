"""Issue 10 against the real production server: cross-site websocket handshakes are refused while our own
pages connect, CORS echoes no foreign origin, every response carries the security headers, and the app
still works in Chromium under its Content-Security-Policy (no violation reported), signing out by POST."""

from __future__ import annotations

import re
import socket
from urllib.parse import urlsplit

import httpx
from playwright.sync_api import ConsoleMessage, Page, expect

from tests.e2e.posting_helpers import VALUABLE, expect_decision, open_thread, sign_in, thread_slugs, unique_tag, write

FOREIGN = ["http://evil.example", "http://127.0.0.1:1", "null"]  # another site; another port of our host


def _handshake(server: str, origin: str) -> str:
    """The status line the server answers a real websocket upgrade to /_event with, from ``origin``."""
    parts = urlsplit(server)
    request = (f"GET /_event/?EIO=4&transport=websocket HTTP/1.1\r\nHost: {parts.netloc}\r\n"
               "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
               f"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: {origin}\r\n"
               "Cookie: frontline_session=any\r\n\r\n")
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as conn:
        conn.sendall(request.encode())
        return conn.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def test_the_event_socket_refuses_other_origins_and_accepts_ours(server: str) -> None:
    for origin in FOREIGN:
        assert " 101 " not in _handshake(server, origin), origin
    assert " 101 " in _handshake(server, server)


def test_cross_site_posts_are_refused_and_cors_echoes_no_foreign_origin(server: str) -> None:
    for path in ("/auth/logout", "/auth/signin", "/auth/refresh"):
        response = httpx.post(server + path, headers={"Origin": "http://evil.example"}, follow_redirects=False)
        assert response.status_code == 403, path
    response = httpx.get(server + "/", headers={"Origin": "http://evil.example"})
    assert response.headers.get("access-control-allow-origin") not in ("http://evil.example", "*")
    assert httpx.get(server + "/auth/logout").status_code == 405  # sign-out is POST only


def test_pages_and_assets_carry_the_security_headers(server: str) -> None:
    home = httpx.get(server + "/")  # server-rendered: a visitor's page loads no app script
    app_page = httpx.get(server + "/signin", follow_redirects=True)
    asset = re.search(r'(?:src|href)="(/assets/[^"]+\.js)"', app_page.text).group(1)
    for response in (home, app_page, httpx.get(server + asset), httpx.get(server + "/healthz"),
                     httpx.get(server + "/t/no-such-thread")):
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"


def test_the_app_works_under_its_csp_and_signs_out_by_post(server: str, page: Page) -> None:
    violations: list[str] = []

    def watch(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text or "Refused to" in message.text:
            violations.append(message.text)

    page.on("console", watch)
    sign_in(page, server, "maya")
    slug = thread_slugs(page, server)[0]
    open_thread(page, server, slug)
    write(page, VALUABLE.format(tag=unique_tag()))  # the live verdict needs the socket and Reflex's scripts
    expect_decision(page, "publish")
    page.click("#nav-signout")
    expect(page.locator("#nav-signin")).to_be_visible(timeout=30_000)
    assert violations == [], violations
