"""The real thing for browser tests: migrations, demo data and ``reflex run --env prod`` on a free port.

One production server per test session, on a temporary SQLite database and its own Reflex work
directories (so it never disturbs a ``make run`` in the same checkout), driven by Debian's chromium
through Playwright. Extra environment for the server (an OpenID provider's settings, say) comes from the
``server_env`` fixture, which test modules' conftests may override.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

from tests.auth.fake_idp import FakeIdP, serve_on_loopback

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
START_TIMEOUT_S = 420


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def fake_idp() -> Iterator[FakeIdP]:
    """The fake OpenID provider (tests/auth/fake_idp.py) on a loopback port, started before the server."""
    with serve_on_loopback() as idp:
        yield idp


@pytest.fixture(scope="session")
def server_env(fake_idp: FakeIdP) -> dict[str, str]:
    """Extra environment for the server (the fake provider as "Continue with Fake ID"); override to add more."""
    return fake_idp.settings_env("fake", "Fake ID")


def base_env(data_dir: Path, port: int, database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "FRONTLINE_DATA_DIR": str(data_dir), "FRONTLINE_DATABASE_URL": database_url,
        "FRONTLINE_PORT": str(port), "FRONTLINE_SITE_URL": f"http://127.0.0.1:{port}",
        "FRONTLINE_LIVE_PORT": str(free_port()),  # never port + 1: another test's server may hold it
        "FRONTLINE_SECRET_KEY": "e2e-secret-key-not-for-production",
        "PATH": f"{ROOT / '.tools/node_modules/.bin'}:{Path(sys.executable).parent}:{env.get('PATH', '')}",
        "REFLEX_USE_SYSTEM_BUN": "1", "REFLEX_TELEMETRY_ENABLED": "false", "REFLEX_CHECK_LATEST_VERSION": "0",
        "REFLEX_WEB_WORKDIR": str(data_dir / "web"), "REFLEX_STATES_WORKDIR": str(data_dir / "states"),
    })
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def start_server(env: dict[str, str], port: int, log_path: Path) -> subprocess.Popen[bytes]:
    """Migrate, load the demo content and start the production server; return once it answers."""
    python = sys.executable
    subprocess.run([python, "-m", "alembic", "upgrade", "head"], cwd=ROOT, env=env, check=True,
                   capture_output=True)
    subprocess.run([python, "-m", "forum", "demo", "load"], cwd=ROOT, env=env, check=True, capture_output=True)
    log = log_path.open("wb")
    proc = subprocess.Popen([python, "-m", "reflex", "run", "--env", "prod", "--loglevel", "info"], cwd=ROOT,
                            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT_S
    base = f"http://127.0.0.1:{port}"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited early:\n{log_path.read_text()[-4000:]}")
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200 and \
                    httpx.get(f"{base}/", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(1)
    stop_server(proc)
    raise RuntimeError(f"the server did not answer in {START_TIMEOUT_S} s:\n{log_path.read_text()[-4000:]}")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def server_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("e2e")


@pytest.fixture(scope="session")
def server(server_data_dir: Path, server_env: dict[str, str]) -> Iterator[str]:
    """The base URL of a running production server with the demo content."""
    port = free_port()
    env = base_env(server_data_dir, port, f"sqlite:///{server_data_dir / 'forum.db'}")
    env.update(server_env)
    proc = start_server(env, port, server_data_dir / "server.log")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_server(proc)


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    context.set_default_timeout(30_000)
    yield context
    context.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()
