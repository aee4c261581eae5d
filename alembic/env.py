"""Alembic environment for plain ``alembic`` commands.

``reflex db migrate`` does not run this file (it drives Alembic itself with its own connection), so both
paths must agree: the metadata is ``SQLModel.metadata`` with every table registered by importing
``forum.models``, and SQLite ALTERs use batch mode, as Reflex does. The URL comes from ``-x db_url=...``,
else from ``forum.settings`` (``FRONTLINE_DATABASE_URL``).
"""

from __future__ import annotations

from sqlalchemy import engine_from_config, pool
from sqlmodel import SQLModel

import forum.models  # noqa: F401  (registers every table on SQLModel.metadata)
from alembic import context
from forum.models.search_index import include_object
from forum.settings import get_settings

config = context.config
target_metadata = SQLModel.metadata


def _database_url() -> str:
    return context.get_x_argument(as_dictionary=True).get("db_url") or get_settings().database_url


def run_migrations_offline() -> None:
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True, include_object=include_object, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection")
    if connectable is not None:
        context.configure(connection=connectable, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
        return
    section = config.get_section(config.config_ini_section, {})
    section["sqlalchemy.url"] = _database_url()
    engine = engine_from_config(section, prefix="sqlalchemy.", poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
