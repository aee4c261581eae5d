"""Cross-site websocket hijacking and cross-site posts are refused; our own pages still connect.

The "backend" here is our real Starlette app (``forum.http.api.build``) with, mounted under it exactly as
Reflex mounts it, a real socket.io server built the way Reflex 0.10 builds it (``cors_allowed_origins``
from ``rxconfig.py``) at ``/_event``, and Reflex's own CORS middleware. The client is Starlette's ASGI
test client, which performs real websocket handshakes and HTTP requests against the ASGI app.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator

import pytest
import socketio
from reflex.app import App
from reflex_base.config import reload_config
from sqlalchemy.engine import Engine
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

from forum.auth.csrf import is_same_origin
from forum.auth.origins import allowed_origins, origin_of
from forum.http import api
from forum.http.security_headers import SecurityHeaders, content_security_policy
from forum.settings import Settings, get_settings

SITE = "https://forum.example.org"
EVENT_WS = "/_event/?EIO=4&transport=websocket"
EVENT_POLL = "/_event/?EIO=4&transport=polling"
SIBLING = "https://evil.example.org"  # same *site* as ours for SameSite=Lax: the cookie goes along
UPGRADE = {"Upgrade": "websocket", "Connection": "Upgrade"}


@pytest.fixture
def settings(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("FRONTLINE_SITE_URL", SITE)
    monkeypatch.setenv("FRONTLINE_EXTRA_ORIGINS", "https://m.example.org, https://embed.example.org:8443/")
    monkeypatch.setenv("FRONTLINE_SECRET_KEY", "test-secret-key")
    get_settings.cache_clear()
    sys.modules.pop("rxconfig", None)
    reload_config()  # Reflex caches its config per process: read rxconfig again with these settings
    yield get_settings()
    get_settings.cache_clear()
    monkeypatch.undo()
    sys.modules.pop("rxconfig", None)
    reload_config()


def _rx_cors_origins() -> list[str]:
    """``cors_allowed_origins`` as ``rxconfig.py`` computes it from the current environment."""
    sys.modules.pop("rxconfig", None)
    return list(importlib.import_module("rxconfig").config.cors_allowed_origins)


@pytest.fixture
def backend(settings: Settings) -> Starlette:
    """Our app with a Reflex-style socket.io server and Reflex's CORS middleware, as in production."""
    origins = _rx_cors_origins()
    sio = socketio.AsyncServer(async_mode="asgi", cors_allowed_origins=origins, cors_credentials=True,
                               transports=["websocket", "polling"])
    reflex_api = Starlette()
    reflex_api.mount("/_event", socketio.ASGIApp(sio, socketio_path=""))
    app = api.build(settings=settings)
    App._add_cors(app)  # what Reflex does to an api_transformer Starlette (reads rxconfig's origins)
    app.mount("", reflex_api)
    return app


def test_the_allowed_origins_come_from_configuration_only(settings: Settings) -> None:
    assert allowed_origins(settings) == {SITE, "https://m.example.org", "https://embed.example.org:8443"}
    assert sorted(allowed_origins(settings)) == _rx_cors_origins()
    assert "*" not in _rx_cors_origins()


def test_a_loopback_site_admits_its_loopback_aliases_on_the_same_port(monkeypatch: pytest.MonkeyPatch,
                                                                      engine: Engine) -> None:
    monkeypatch.setenv("FRONTLINE_SITE_URL", "http://127.0.0.1:3000")
    get_settings.cache_clear()
    origins = allowed_origins(get_settings())
    get_settings.cache_clear()
    assert origins == {"http://127.0.0.1:3000", "http://localhost:3000", "http://[::1]:3000"}


@pytest.mark.parametrize(("url", "origin"), [
    ("https://Forum.Example.org:443/x?y", "https://forum.example.org"),
    ("http://127.0.0.1:3000", "http://127.0.0.1:3000"),
    ("https://user:pw@forum.example.org", None),
    ("null", None), ("javascript:alert(1)", None), ("https://forum.example.org:99999", None), ("", None),
])
def test_origins_are_normalised_and_odd_ones_refused(url: str, origin: str | None) -> None:
    assert origin_of(url) == origin


def test_the_csrf_origin_check_ignores_the_host_header() -> None:
    # Before: any Origin matching the request's own Host header passed, so a forged Host made a forged Origin
    # acceptable. Now only the configured origins count.
    assert not is_same_origin("http://evil.example", None, {SITE})
    assert is_same_origin(None, SITE + "/signin?next=/x", {SITE})
    assert not is_same_origin("null", None, {SITE})


def test_a_websocket_handshake_from_a_sibling_site_is_refused(backend: Starlette) -> None:
    client = TestClient(backend, base_url=SITE)
    headers = {"Origin": SIBLING, "Cookie": "frontline_session=x", **UPGRADE}
    with pytest.raises(WebSocketDisconnect) as refused, client.websocket_connect(EVENT_WS, headers=headers):
        pass
    assert refused.value.code == 1008


def test_a_websocket_handshake_from_our_own_pages_is_accepted(backend: Starlette) -> None:
    client = TestClient(backend, base_url=SITE)
    for origin in (SITE, "https://m.example.org"):
        headers = {"Origin": origin, **UPGRADE}
        with client.websocket_connect(EVENT_WS, headers=headers) as socket:
            opening = socket.receive_text()  # engine.io's "open" packet: the handshake went through
            assert opening.startswith("0{") and '"sid"' in opening


def test_a_forged_host_header_does_not_make_a_foreign_origin_ours(backend: Starlette) -> None:
    client = TestClient(backend, base_url="https://evil.example.org")  # Host: evil.example.org
    with pytest.raises(WebSocketDisconnect), client.websocket_connect(EVENT_WS, headers={"Origin": SIBLING, **UPGRADE}):
        pass


def test_the_polling_transport_refuses_a_foreign_origin(backend: Starlette) -> None:
    client = TestClient(backend, base_url=SITE)
    assert client.get(EVENT_POLL, headers={"Origin": SIBLING}).status_code == 403
    assert client.get(EVENT_POLL, headers={"Origin": SITE}).status_code == 200


@pytest.mark.parametrize("path", ["/auth/signin", "/auth/logout", "/auth/refresh", "/_upload", "/anything"])
def test_a_state_changing_request_from_another_site_is_refused(backend: Starlette, path: str) -> None:
    client = TestClient(backend, base_url=SITE)
    for headers in ({"Origin": SIBLING}, {"Origin": "null"}, {"Referer": SIBLING + "/page"}):
        response = client.post(path, data={"a": "b"}, headers=headers, follow_redirects=False)
        assert response.status_code == 403, (path, headers)
        assert "set-cookie" not in response.headers


def test_cors_never_echoes_a_foreign_origin_with_credentials(backend: Starlette) -> None:
    client = TestClient(backend, base_url=SITE)
    response = client.get("/healthz", headers={"Origin": SIBLING, "Cookie": "frontline_session=x"})
    assert response.headers.get("access-control-allow-origin") != SIBLING
    preflight = client.options("/auth/refresh", headers={"Origin": SIBLING, "Access-Control-Request-Method": "POST"})
    assert preflight.headers.get("access-control-allow-origin") != SIBLING
    ours = client.get("/healthz", headers={"Origin": SITE})
    assert ours.headers.get("access-control-allow-origin") == SITE


def test_every_response_carries_the_security_headers(backend: Starlette) -> None:
    client = TestClient(backend, base_url=SITE)
    for response in (client.get("/healthz"), client.get("/no-such-page"),
                     client.post("/auth/signin", headers={"Origin": SIBLING})):
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp and "form-action 'self'" in csp
        assert "connect-src 'self'" in csp and "wss://forum.example.org" in csp
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"


def test_the_csp_leaves_out_what_browsers_cannot_parse() -> None:
    csp = content_security_policy({"http://127.0.0.1:3000", "http://[::1]:3000", "http://localhost:3000"})
    assert "[" not in csp  # Chromium rejects IPv6 literals as CSP sources
    assert "ws://127.0.0.1:3000" in csp and "ws://localhost:3000" in csp


def test_the_builds_content_named_files_are_cached_for_a_year_and_nothing_else_is() -> None:
    async def asset(request: Request) -> PlainTextResponse:
        return PlainTextResponse("body{}", status_code=404 if "missing" in request.url.path else 200)

    app = SecurityHeaders(Starlette(routes=[Route("/{path:path}", asset)]), origins={SITE})
    client = TestClient(app, base_url=SITE)
    built = client.get("/assets/__reflex_global_styles-DYQRU0xh.css")
    assert built.headers["cache-control"] == "public, max-age=31536000, immutable"
    for path in ("/styles.css", "/frontline.js", "/assets/app.css", "/t/some-thread",
                 "/assets/missing-DYQRU0xh.css", "/assets/x-DYQRU0xh.css/../secret"):
        assert "immutable" not in client.get(path).headers.get("cache-control", "")
