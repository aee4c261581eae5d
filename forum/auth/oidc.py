"""The OpenID Connect clients (Authlib) for the configured providers.

Each provider is discovered from ``<issuer>/.well-known/openid-configuration`` and asked for
``openid email profile`` with the authorisation-code flow; Authlib adds ``state``, ``nonce`` and a PKCE
verifier, keeps them in the Starlette session, and verifies the ID token's signature against the
provider's JWKS. Authlib does **not** check the token's audience by default, so :func:`claims_options`
requires ``aud`` to contain our client id and ``iss`` to be the configured issuer.

``transport`` is handed to every httpx client Authlib makes; tests pass ``httpx.ASGITransport`` wrapping
an in-process fake provider, so discovery, keys and the token call never open a socket.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import httpx
from authlib.deprecate import AuthlibDeprecationWarning

from forum.settings import OidcProvider

with warnings.catch_warnings():
    # Authlib 1.9 announces a move to "httpx2" when its httpx client is imported; nothing to act on until
    # that ships (see docs/accounts.md). authlib.deprecate installs an "always" filter, hence imported first.
    warnings.simplefilter("ignore", AuthlibDeprecationWarning)
    from authlib.integrations.starlette_client import OAuth, OAuthError

__all__ = ["ID_TOKEN_LEEWAY_S", "SCOPE", "OAuth", "OAuthError", "build_oauth", "claims_options"]

SCOPE = "openid email profile"
ID_TOKEN_LEEWAY_S = 60  # clock skew tolerated on exp/iat/nbf


def build_oauth(providers: Sequence[OidcProvider], transport: httpx.AsyncBaseTransport | None = None,
                timeout_s: float = 10.0) -> OAuth:
    """An Authlib registry with one client per provider, named after it."""
    oauth = OAuth()
    for provider in providers:
        client_kwargs: dict[str, Any] = {"scope": SCOPE, "timeout": timeout_s}
        if transport is not None:
            client_kwargs["transport"] = transport
        oauth.register(name=provider.name, client_id=provider.client_id,
                       client_secret=provider.client_secret or None,
                       server_metadata_url=provider.metadata_url, code_challenge_method="S256",
                       client_kwargs=client_kwargs)
    return oauth


def claims_options(provider: OidcProvider) -> dict[str, dict[str, Any]]:
    """What the ID token must say beyond a valid signature: our issuer, our client id in ``aud``."""
    return {
        "iss": {"essential": True, "values": [provider.issuer, provider.issuer + "/"]},
        "aud": {"essential": True, "values": [provider.client_id]},
        "sub": {"essential": True},
    }
