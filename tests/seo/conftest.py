"""A fixed site configuration for the findability tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum.settings import Settings


@pytest.fixture
def site(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, database_url="sqlite://", secret_key="test", site_name="Frontline Test",
                    site_url="https://forum.example", host="127.0.0.1", port=3000, redis_url=None)
