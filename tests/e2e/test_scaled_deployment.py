"""The deployment for sites that outgrow one process: PostgreSQL, Reflex's Redis state manager and several
backend workers, each a real server. A visitor reads the same forum as on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import redis
from playwright.sync_api import Page, expect

from tests.e2e.conftest import base_env, free_port, start_server, stop_server
from tests.helpers import scratch_postgres_url

REDIS_URL = "redis://127.0.0.1:6379/0"
WORKERS = 2


@pytest.fixture(scope="module")
def scaled_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with scratch_postgres_url("frontline_e2e") as url:
        data_dir: Path = tmp_path_factory.mktemp("e2e-scaled")
        port = free_port()
        env = base_env(data_dir, port, url)
        env.update({"FRONTLINE_REDIS_URL": REDIS_URL, "GRANIAN_WORKERS": str(WORKERS)})
        proc = start_server(env, port, data_dir / "server.log")
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            stop_server(proc)


@pytest.mark.postgres
@pytest.mark.redis
def test_reflex_reports_both_postgresql_and_redis_healthy(scaled_server: str) -> None:
    health = httpx.get(scaled_server + "/_health", timeout=10)
    assert health.status_code == 200
    assert health.json() == {"status": True, "db": True, "redis": True}
    assert httpx.get(scaled_server + "/healthz").json()["database"] is True


@pytest.mark.postgres
@pytest.mark.redis
def test_a_visitor_reads_threads_served_by_several_workers_sharing_redis_state(
        scaled_server: str, page: Page) -> None:
    page.goto(scaled_server + "/")
    expect(page.locator("#boards .board-card")).to_have_count(4, timeout=60_000)
    page.locator(".board-link", has_text="Tools and techniques").click()
    expect(page.locator("#threads .thread-row")).to_have_count(3)
    page.locator("#threads .thread-link").first.click()
    expect(page.locator("#comments .comment").first).to_be_visible()
    # The tab's state lives in Redis under its token, so any worker can serve the next event.
    keys = redis.Redis.from_url(REDIS_URL).keys("*")
    assert any(b"state" in key.lower() for key in keys), keys[:10]
    page.reload()
    expect(page.locator("#comments .comment").first).to_be_visible()
