"""Applying the Alembic migrations programmatically (tests, tools), exactly as ``alembic upgrade`` does."""

from __future__ import annotations

import argparse

from alembic.config import Config

from alembic import command
from forum.settings import PROJECT_ROOT


def alembic_config(database_url: str) -> Config:
    """The project's Alembic configuration aimed at ``database_url`` (passed as ``-x db_url=...``)."""
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.cmd_opts = argparse.Namespace(x=[f"db_url={database_url}"])
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)
