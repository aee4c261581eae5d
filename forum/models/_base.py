"""Shared column helpers for the tables.

Timestamps are timezone-aware UTC everywhere: sqlmodel's ``UTCDateTime`` columns refuse naive values and
return UTC (``timestamptz`` on PostgreSQL; SQLite keeps UTC without an offset). :func:`utcnow` is the only
clock the models and services use.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)
