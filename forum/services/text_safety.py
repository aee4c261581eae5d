"""Text the databases cannot store faithfully is refused with a clear message, the same on SQLite and PostgreSQL.

A NUL character (U+0000) is refused by PostgreSQL's text type (a driver error, i.e. a crash) but stored
raw by SQLite; a lone surrogate (U+D800..U+DFFF, reachable through the websocket's JSON ``\\ud800``
escapes) cannot be encoded as UTF-8 for either. Rather than patch every use case, one ``before_flush``
hook on every SQLModel session (installed when ``forum.services`` is imported) checks each string column
of every new or changed row, and raises :class:`InvalidInput` naming the field, before anything reaches
the database: a member's comment, title, tags, draft, bio, display name, report, a moderator's note, a
registration field, all alike. The transaction then rolls back, so nothing is stored, raw or otherwise.

A second hook, on every engine's ``before_cursor_execute``, refuses such characters in any statement
parameter (a lookup by tag, slug or handle included: PostgreSQL refuses even to compare with a NUL), with
the same message on both databases. Use cases that want to fail earlier call :func:`require_storable`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction

from forum.services.errors import InvalidInput

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
FIELD_LABELS = {"source": "text", "body": "text", "body_source": "text", "detail": "details",
                "display_name": "display name", "note_to_author": "note"}


def find_unstorable(text: str) -> str | None:
    """What in ``text`` cannot be stored (a description for people), or None when all of it can."""
    match = _UNSTORABLE.search(text)
    if match is None:
        return None
    return "a NUL character" if match.group() == "\x00" else "a broken character (an unpaired surrogate)"


def require_storable(text: str, what: str) -> str:
    """``text`` unchanged, or InvalidInput naming ``what`` and the offending character."""
    problem = find_unstorable(text)
    if problem is not None:
        raise InvalidInput(f"The {what} contains {problem}, which cannot be saved. Please remove it and try again.")
    return text


def _check_row(obj: Any, only_changed: bool) -> None:
    state = sa.inspect(obj)
    for attr in state.mapper.column_attrs:
        value = state.attrs[attr.key].loaded_value
        if not isinstance(value, str):
            continue
        if only_changed and not state.attrs[attr.key].history.has_changes():
            continue
        require_storable(value, FIELD_LABELS.get(attr.key, attr.key.replace("_", " ")))


def _before_flush(session: OrmSession, _flush: UOWTransaction, _instances: object) -> None:
    for obj in session.new:
        _check_row(obj, only_changed=False)
    for obj in session.dirty:
        _check_row(obj, only_changed=True)


def _values(parameters: Any) -> Iterator[Any]:
    if isinstance(parameters, dict):
        yield from parameters.values()
    elif isinstance(parameters, list | tuple):
        for item in parameters:
            yield from _values(item) if isinstance(item, dict | list | tuple) else (item,)


def _before_cursor_execute(_conn: Any, _cursor: Any, _statement: str, parameters: Any, _context: Any,
                           _executemany: bool) -> None:
    for value in _values(parameters):
        if isinstance(value, str) and _UNSTORABLE.search(value):
            require_storable(value, "text")


def install() -> None:
    """Hook the checks into every ORM session and every engine (idempotent)."""
    if not sa.event.contains(OrmSession, "before_flush", _before_flush):
        sa.event.listen(OrmSession, "before_flush", _before_flush)
    if not sa.event.contains(Engine, "before_cursor_execute", _before_cursor_execute):
        sa.event.listen(Engine, "before_cursor_execute", _before_cursor_execute)


install()
