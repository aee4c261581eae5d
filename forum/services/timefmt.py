"""Human, relative times for pages ("3 hours ago"), computed on the server from UTC timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

_UNITS = (("year", 365 * 86400), ("month", 30 * 86400), ("week", 7 * 86400), ("day", 86400),
          ("hour", 3600), ("minute", 60))


def as_utc(moment: datetime) -> datetime:
    """``moment`` as an aware UTC datetime (naive values are taken to be UTC already)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def relative_time(moment: datetime | None, now: datetime | None = None) -> str:
    """"just now", "5 minutes ago", "2 days ago"...; an empty string for no time."""
    if moment is None:
        return ""
    now = as_utc(now or datetime.now(UTC))
    seconds = int((now - as_utc(moment)).total_seconds())
    if seconds < 45:
        return "just now"
    for name, size in _UNITS:
        if seconds >= size:
            count = seconds // size
            return f"{count} {name}{'s' if count != 1 else ''} ago"
    return "1 minute ago"


def iso(moment: datetime | None) -> str:
    """An ISO 8601 UTC timestamp (for ``<time datetime=...>`` and feeds); empty for no time."""
    return as_utc(moment).isoformat(timespec="seconds") if moment else ""
