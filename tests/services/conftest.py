"""Fixtures for the service tests: a small forum (``tests.factories.make_world``) in the per-test database, and
``db`` for tests that run on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from tests.factories import World, make_world
from tests.helpers import migrated_postgres


@pytest.fixture
def world(session: Session) -> World:
    return make_world(session)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, engine: Engine) -> Iterator[Session]:
    """A session on the test's SQLite database, then on a scratch PostgreSQL one migrated to head: a test that
    takes ``db`` runs once on each."""
    if request.param == "sqlite":
        with Session(engine, expire_on_commit=False) as session:
            yield session
        return
    with migrated_postgres() as pg, Session(pg, expire_on_commit=False) as session:
        yield session
