"""Flood control: at most ``settings.flood_per_minute`` comments a minute and ``flood_per_hour`` an hour.

:func:`check_flood` is pure: the caller passes the times of the author's recent comments (any order, any
number; older than an hour are ignored) and the current time, and gets ``None`` or a ``flood_control``
reason (outcome reject: the draft is kept) whose message says when the author can post again;
:func:`flood_wait` gives that wait in seconds, for a submit button that counts down. A limit of 0
or less turns that window off. Naive datetimes are taken as UTC so callers mixing the two cannot crash it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from forum.policy.rule import Rule
from forum.policy.types import Decision, PolicySettings, Reason

_DEFAULTS = PolicySettings()
_WINDOWS = ((timedelta(minutes=1), "flood_per_minute", "minute"), (timedelta(hours=1), "flood_per_hour", "hour"))


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _wait(label: str, seconds: float) -> str:
    seconds = max(1, math.ceil(seconds))
    if seconds < 90:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


@dataclass(frozen=True)
class FloodWait:
    """How long the author must wait before one more post fits: whole seconds (at least 1), and the count
    and window ("minute" or "hour") that is full."""

    seconds: int
    count: int
    window: str


def flood_window(settings: PolicySettings | None = None) -> timedelta | None:
    """How far back flood control looks under ``settings`` (the longest window with a limit), or None when it
    is off: then no author ever waits, and nobody need read when they posted."""
    settings = settings or _DEFAULTS
    windows = [window for window, field, _label in _WINDOWS if getattr(settings, field) > 0]
    return max(windows) if windows else None


def flood_wait(recent_post_times: Sequence[datetime], now: datetime,
               settings: PolicySettings | None = None) -> FloodWait | None:
    """``None`` if the author may post at ``now``; else how long until they may (the longer of the windows)."""
    settings = settings or _DEFAULTS
    now = _utc(now)
    times = sorted(min(_utc(t), now) for t in recent_post_times)
    worst: tuple[float, int, str] | None = None
    for window, field, label in _WINDOWS:
        limit = getattr(settings, field)
        if limit <= 0:
            continue
        inside = [t for t in times if now - t < window]
        if len(inside) < limit:
            continue
        # The post that must leave the window before one more fits: the limit-th newest.
        wait = (inside[len(inside) - limit] + window - now).total_seconds()
        if worst is None or wait > worst[0]:
            worst = (wait, len(inside), label)
    if worst is None:
        return None
    wait, count, label = worst
    return FloodWait(seconds=max(1, math.ceil(wait)), count=count, window=label)


def flood_reason(wait: FloodWait) -> Reason:
    """The ``flood_control`` reason for ``wait``: what is full, and when the author can post again."""
    return FLOOD_CONTROL.reason(
        f"You're commenting faster than the community allows ({wait.count} comments in the last {wait.window}). "
        f"Your draft is kept: you can post again in {_wait(wait.window, wait.seconds)}.",
        f"{wait.count} comments in the last {wait.window}",
    )


def check_flood(recent_post_times: Sequence[datetime], now: datetime,
                settings: PolicySettings | None = None) -> Reason | None:
    """``None`` if the author may post at ``now``; else a ``flood_control`` reason saying when they can."""
    wait = flood_wait(recent_post_times, now, settings)
    return None if wait is None else flood_reason(wait)


FLOOD_CONTROL = Rule(
    "flood_control", Decision.REJECT, "Posting too fast",
    "More comments in the last minute or hour than the settings allow.",
    "Wait a moment; the draft is kept.", stage="posting")
