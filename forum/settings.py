"""Typed settings read from the environment once, with defaults that work out of the box.

Every variable is prefixed ``FRONTLINE_``; the README lists them. Nothing here imports Reflex, so the
command line, the services and the tests can read settings without starting the web framework.
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Top-level comments on a thread page, each with all its replies: twenty, as Discourse, NodeBB and Spirit show,
# so a page of a long thread stays small enough to paint at once and a reload re-parses little.
COMMENTS_PER_PAGE = 20


def _env(name: str, default: str) -> str:
    value = os.environ.get(f"FRONTLINE_{name}")
    return value if value not in (None, "") else default


def _env_int(name: str, default: int) -> int:
    raw = _env(name, str(default))
    try:
        return int(raw)
    except ValueError as exc:
        raise ValueError(f"FRONTLINE_{name} must be a whole number, got {raw!r}") from exc


def _default_secret(data_dir: Path) -> str:
    """A per-installation secret kept in the data directory, so sessions survive restarts."""
    path = data_dir / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        data_dir.mkdir(parents=True, exist_ok=True)
        key = secrets.token_urlsafe(48)
        path.write_text(key)
        path.chmod(0o600)
        return key


_PROVIDER_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")


@dataclass(frozen=True)
class OidcProvider:
    """One OpenID Connect provider people may sign in with ("Continue with <label>").

    Configured by ``FRONTLINE_OIDC_<NAME>_ISSUER``, ``_CLIENT_ID``, ``_CLIENT_SECRET`` and ``_LABEL``, where
    ``<NAME>`` is the name upper-cased with ``-`` as ``_``. Its redirect URI is ``<site>/auth/<name>/callback``.
    """

    name: str
    label: str
    issuer: str
    client_id: str
    client_secret: str

    @property
    def metadata_url(self) -> str:
        return self.issuer.rstrip("/") + "/.well-known/openid-configuration"


def _oidc_providers(names: tuple[str, ...]) -> tuple[OidcProvider, ...]:
    providers = []
    for raw in names:
        name = raw.strip().lower()
        if not _PROVIDER_NAME.match(name):
            raise ValueError(f"FRONTLINE_OIDC_PROVIDERS: {raw!r} is not a valid provider name (a-z, 0-9, _ and -)")
        key = "OIDC_" + name.upper().replace("-", "_")
        issuer, client_id = _env(f"{key}_ISSUER", ""), _env(f"{key}_CLIENT_ID", "")
        if not issuer or not client_id:
            raise ValueError(f"OpenID provider {name!r} needs FRONTLINE_{key}_ISSUER and FRONTLINE_{key}_CLIENT_ID")
        providers.append(OidcProvider(name=name, label=_env(f"{key}_LABEL", name.replace("-", " ").title()),
                                      issuer=issuer.rstrip("/"), client_id=client_id,
                                      client_secret=_env(f"{key}_CLIENT_SECRET", "")))
    return tuple(providers)


@dataclass(frozen=True)
class Settings:
    """The running site's configuration."""

    data_dir: Path
    database_url: str
    secret_key: str
    site_name: str
    site_url: str
    host: str
    port: int
    redis_url: str | None
    live_port: int = 0  # the live sockets' own listener in each worker (forum.http.live_server); 0: the main port
    comments_per_page: int = COMMENTS_PER_PAGE
    threads_per_page: int = 20
    session_days: int = 30
    tab_state_seconds: int = 900  # how long Reflex keeps an idle tab's state (memory, .states/ or Redis)
    session_max_days: int = 90  # absolute lifetime: a session ends this long after sign-in, however used
    cookie_secure: bool = False
    oidc: tuple[OidcProvider, ...] = field(default_factory=tuple)  # the providers' full configuration
    trusted_proxy_hops: int = 0  # reverse proxies in front of us whose X-Forwarded-For we believe
    extra_origins: tuple[str, ...] = field(default_factory=tuple)  # other origins whose pages may call us
    registrations_per_address: int = 5  # accounts created per address per hour
    registrations_per_network: int = 20  # ... and per /24 (IPv4) or /64 (IPv6) per hour
    smtp_url: str = ""  # smtp://[user:pass@]host[:port][?starttls=1] or smtps://...; "" writes .eml files
    mail_from: str = ""  # the From: address ("" = Frontline <noreply@<site host>>)
    mail_worker: str = "embedded"  # "embedded": the web process sends mail; "off": a separate worker does

    @property
    def mail_dir(self) -> Path:
        """Where messages are written as ``.eml`` files when no SMTP server is configured."""
        return self.data_dir / "mail"

    @property
    def live_page_port(self) -> int:
        """The port a page opens its live socket on directly, or 0 for its own origin: a plain-http site is
        reached without a proxy, so pages go to the live listener's port; behind TLS the proxy routes
        ``/_live/`` to it (docs/deploy.md)."""
        return self.live_port if self.live_port and self.site_url.startswith("http://") else 0

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def load_settings() -> Settings:
    """Read the environment now (tests call this after changing it)."""
    data_dir = Path(_env("DATA_DIR", str(PROJECT_ROOT / "data"))).resolve()
    database_url = _env("DATABASE_URL", f"sqlite:///{data_dir / 'frontline.db'}")
    site_url = _env("SITE_URL", f"http://127.0.0.1:{_env_int('PORT', 3000)}")
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        secret_key=_env("SECRET_KEY", "") or _default_secret(data_dir),
        site_name=_env("SITE_NAME", "Frontline"),
        site_url=site_url.rstrip("/"),
        host=_env("HOST", "127.0.0.1"),
        port=_env_int("PORT", 3000),
        live_port=_env_int("LIVE_PORT", _env_int("PORT", 3000) + 1),
        redis_url=_env("REDIS_URL", "") or None,
        comments_per_page=_env_int("COMMENTS_PER_PAGE", COMMENTS_PER_PAGE),
        threads_per_page=_env_int("THREADS_PER_PAGE", 20),
        session_days=_env_int("SESSION_DAYS", 30),
        tab_state_seconds=max(60, _env_int("TAB_STATE_SECONDS", 900)),
        session_max_days=_env_int("SESSION_MAX_DAYS", 90),
        cookie_secure=site_url.startswith("https://"),
        oidc=_oidc_providers(tuple(p for p in _env("OIDC_PROVIDERS", "").split(",") if p.strip())),
        trusted_proxy_hops=_env_int("TRUSTED_PROXY_HOPS", 0),
        registrations_per_address=_env_int("REGISTRATIONS_PER_ADDRESS", 5),
        registrations_per_network=_env_int("REGISTRATIONS_PER_NETWORK", 20),
        extra_origins=tuple(o.strip().rstrip("/") for o in _env("EXTRA_ORIGINS", "").split(",") if o.strip()),
        smtp_url=_env("SMTP_URL", ""),
        mail_from=_env("MAIL_FROM", ""),
        mail_worker=_env("MAIL_WORKER", "embedded").lower(),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; ``get_settings.cache_clear()`` re-reads the environment)."""
    return load_settings()
