"""Typed settings read from the environment once, with defaults that work out of the box.

Every variable is prefixed ``FRONTLINE_``; the README lists them. Nothing here imports Reflex, so the
command line, the services and the tests can read settings without starting the web framework.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


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
    comments_per_page: int = 50
    threads_per_page: int = 20
    session_days: int = 30
    cookie_secure: bool = False
    oidc_providers: tuple[str, ...] = field(default_factory=tuple)

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
        redis_url=_env("REDIS_URL", "") or None,
        comments_per_page=_env_int("COMMENTS_PER_PAGE", 50),
        threads_per_page=_env_int("THREADS_PER_PAGE", 20),
        session_days=_env_int("SESSION_DAYS", 30),
        cookie_secure=site_url.startswith("https://"),
        oidc_providers=tuple(p for p in _env("OIDC_PROVIDERS", "").split(",") if p.strip()),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; ``get_settings.cache_clear()`` re-reads the environment)."""
    return load_settings()
