"""Fixtures shared by every test package: a real, migrated SQLite database per test.

The migrations run once per test session into a template file (through Alembic, as production does); each
test gets its own copy, so tests are isolated and fast.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum import db as forum_db
from forum.http.visitor_versions import versions as visitor_versions
from forum.migrations import upgrade
from forum.settings import get_settings

# Property tests explore new random inputs on every local run; in CI (CI=true) they replay a fixed sequence,
# so a submission's result never depends on the luck of the draw. A failure found locally prints its blob.
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
hypothesis_settings.register_profile("dev", print_blob=True, deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def database_url(migrated_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "forum.db"
    shutil.copyfile(migrated_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def engine(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[Engine]:
    """A migrated database, also made the app's configured database (for code that calls ``run_db``)."""
    monkeypatch.setenv("FRONTLINE_DATABASE_URL", database_url)
    monkeypatch.setenv("FRONTLINE_DATA_DIR", str(Path(database_url.removeprefix("sqlite:///")).parent))
    get_settings.cache_clear()
    visitor_versions.clear()  # remembered per slug, and every test's database reuses the same slugs
    engine = forum_db.get_engine()
    yield engine
    engine.dispose()
    get_settings.cache_clear()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        yield session
