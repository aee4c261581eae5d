"""``/healthz`` tells a load balancer whether the database answers."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy.engine import Engine

from forum import db as forum_db
from forum.http.api import build
from forum.settings import get_settings


async def _get_health() -> httpx.Response:
    transport = httpx.ASGITransport(app=build())
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        return await client.get("/healthz")


async def test_health_is_ok_when_the_database_answers(engine: Engine) -> None:
    response = await _get_health()
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": True}
    assert response.headers["cache-control"] == "no-store"


async def test_health_is_unavailable_when_the_database_does_not_answer(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("FRONTLINE_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    monkeypatch.setenv("FRONTLINE_DATA_DIR", str(tmp_path))
    get_settings.cache_clear()
    try:
        response = await _get_health()
    finally:
        forum_db.get_engine().dispose()
        get_settings.cache_clear()
    assert response.status_code == 503
    assert response.json()["database"] is False
