"""Fixtures for the service tests: a small forum (``tests.factories.make_world``) in the per-test database."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from tests.factories import World, make_world


@pytest.fixture
def world(session: Session) -> World:
    return make_world(session)
