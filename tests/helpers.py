"""Helpers every test package shares: counting rows and SQL statements, a scratch PostgreSQL database,
looking a member up by handle, and the router data Reflex gives a state for a URL. (Builders for rows
live in :mod:`tests.factories`.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

import sqlalchemy as sa
from reflex.istate.data import HeaderData, PageData, ReflexURL, RouterData
from sqlalchemy.engine import Engine
from sqlmodel import Session, func, select

from forum.bench.server import scratch_database
from forum.db import create_db_engine
from forum.migrations import upgrade
from forum.models import User
from forum.routes import PAGE_ROUTES

PG_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def count_rows(session: Session, model: type) -> int:
    """How many rows ``model``'s table holds."""
    return session.exec(select(func.count()).select_from(model)).one()


def user_by_handle(session: Session, handle: str) -> User:
    """The account called @``handle`` (it must exist)."""
    return session.exec(select(User).where(User.handle == handle)).one()


@contextmanager
def count_queries(engine: Engine) -> Iterator[list[str]]:
    """Collect every SQL statement ``engine`` runs inside the block."""
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)


def scratch_postgres_url(prefix: str = "frontline_test") -> AbstractContextManager[str]:
    """The URL of an empty PostgreSQL database made for the block and dropped after it."""
    return scratch_database(PG_ADMIN_URL, prefix)


def route_params(path: str) -> dict[str, str]:
    """The dynamic route arguments Reflex would parse from ``path`` (``{"slug": "x"}`` for ``/t/x``)."""
    for route in PAGE_ROUTES:
        pattern = "^" + re.sub(r"\\\[(\w+)\\\]", r"(?P<\1>[^/]+)", re.escape(route)) + "/?$"
        if match := re.match(pattern, path):
            return match.groupdict()
    return {}


def router_for(url: str, cookie: str = "") -> RouterData:
    """What Reflex hands a state for a tab on ``url``: the URL, its route arguments, the cookie header.

    Importing the app registers its pages, which is what gives every state its route variables.
    """
    import forum.app  # noqa: F401

    parsed = ReflexURL(url)
    params = {**route_params(parsed.path), **parsed.query_parameters}
    return RouterData(headers=HeaderData(cookie=cookie), url=parsed, _page=PageData(params=params))


@contextmanager
def migrated_postgres() -> Iterator[Engine]:
    """An engine on a scratch PostgreSQL database migrated to head, dropped after the block."""
    with scratch_postgres_url() as url:
        upgrade(url)
        engine = create_db_engine(url)
        try:
            yield engine
        finally:
            engine.dispose()
