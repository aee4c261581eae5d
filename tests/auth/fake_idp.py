"""A small OpenID Connect provider for tests: discovery, keys, an authorise step that approves at once,
and a token endpoint that returns a signed ID token.

It runs in-process (``httpx.ASGITransport(app=idp.app)``) for the flow tests, or on a loopback port with
uvicorn for the browser tests. ``mode`` makes it misbehave the way a broken or hostile provider would:
``"expired"`` (an ID token that expired an hour ago), ``"wrong_audience"`` (issued to another client),
``"wrong_nonce"`` (a nonce from another sign-in attempt).
"""

from __future__ import annotations

import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import uvicorn
from joserfc import jwt
from joserfc.jwk import RSAKey
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

_KEY_CACHE: dict[str, RSAKey] = {}


def _signing_key(kid: str) -> RSAKey:
    # RSA key generation takes a moment; one key per test session is plenty.
    if kid not in _KEY_CACHE:
        _KEY_CACHE[kid] = RSAKey.generate_key(2048, parameters={"kid": kid, "use": "sig", "alg": "RS256"})
    return _KEY_CACHE[kid]


@dataclass
class FakeIdP:
    issuer: str = "https://idp.test"
    client_id: str = "frontline"
    client_secret: str = "client-secret"
    kid: str = "fake-key-1"
    mode: str = "ok"  # ok | expired | wrong_audience | wrong_nonce
    user: dict[str, Any] = field(default_factory=lambda: {
        "sub": "alice-0001", "email": "alice@example.org", "email_verified": True, "name": "Alice Fontaine",
        "preferred_username": "Alice.F",
    })
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    authorize_requests: list[dict[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.key = _signing_key(self.kid)
        self.app = Starlette(routes=[
            Route("/.well-known/openid-configuration", self.discovery),
            Route("/jwks", self.jwks),
            Route("/authorize", self.authorize),
            Route("/token", self.token, methods=["POST"]),
        ])

    async def discovery(self, _request: Request) -> Response:
        return JSONResponse({
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "scopes_supported": ["openid", "email", "profile"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
            "code_challenge_methods_supported": ["S256"],
        })

    async def jwks(self, _request: Request) -> Response:
        return JSONResponse({"keys": [self.key.as_dict(private=False)]})

    async def authorize(self, request: Request) -> Response:
        """Approve at once (the person is already signed in at the provider) and send them back."""
        params = dict(request.query_params)
        self.authorize_requests.append(params)
        if params.get("client_id") != self.client_id or params.get("response_type") != "code":
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        code = secrets.token_urlsafe(16)
        self.codes[code] = {"nonce": params.get("nonce"), "redirect_uri": params["redirect_uri"],
                            "user": dict(self.user)}
        return RedirectResponse(f"{params['redirect_uri']}?{urlencode({'code': code, 'state': params['state']})}",
                                status_code=302)

    async def token(self, request: Request) -> Response:
        form = await request.form()
        grant = self.codes.pop(str(form.get("code")), None)
        if grant is None or form.get("redirect_uri") != grant["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        now = int(time.time())
        claims = {"iss": self.issuer, "sub": grant["user"]["sub"], "aud": self.client_id, "iat": now,
                  "exp": now + 300, "nonce": grant["nonce"], **{k: v for k, v in grant["user"].items() if k != "sub"}}
        if self.mode == "expired":
            claims.update(iat=now - 7200, exp=now - 3600)
        elif self.mode == "wrong_audience":
            claims["aud"] = "some-other-client"
        elif self.mode == "wrong_nonce":
            claims["nonce"] = "nonce-of-another-attempt"
        id_token = jwt.encode({"alg": "RS256", "kid": self.kid}, claims, self.key)
        return JSONResponse({"access_token": secrets.token_urlsafe(16), "token_type": "Bearer",
                             "expires_in": 300, "id_token": id_token})

    def settings_env(self, name: str = "fake", label: str = "Fake ID") -> dict[str, str]:
        """The FRONTLINE_* variables that configure this provider on a server."""
        key = f"FRONTLINE_OIDC_{name.upper()}"
        return {"FRONTLINE_OIDC_PROVIDERS": name, f"{key}_ISSUER": self.issuer, f"{key}_CLIENT_ID": self.client_id,
                f"{key}_CLIENT_SECRET": self.client_secret, f"{key}_LABEL": label}


@contextmanager
def serve_on_loopback() -> Iterator[FakeIdP]:
    """A FakeIdP served by uvicorn on 127.0.0.1 (a free port) in a background thread."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    idp = FakeIdP(issuer=f"http://127.0.0.1:{port}")
    server = uvicorn.Server(uvicorn.Config(idp.app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, name="fake-idp", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the fake OpenID provider did not start")
        time.sleep(0.05)
    try:
        yield idp
    finally:
        server.should_exit = True
        thread.join(timeout=10)
