"""Flood control: at most flood_per_minute a minute and flood_per_hour an hour, and when to try again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from forum.policy import Decision, FloodWait, PolicySettings, check_flood, flood_wait, flood_window

NOW = datetime(2025, 10, 7, 12, 0, 0, tzinfo=UTC)
SETTINGS = PolicySettings(flood_per_minute=3, flood_per_hour=20)


def ago(*seconds: float) -> list[datetime]:
    return [NOW - timedelta(seconds=s) for s in seconds]


def test_no_recent_posts_is_never_a_flood() -> None:
    assert check_flood([], NOW, SETTINGS) is None


@pytest.mark.parametrize(("times", "flood"), [
    (ago(10, 20), False),  # two in the last minute: one below the limit
    (ago(10, 20, 30), True),  # three: at the limit, the next would be the fourth
    (ago(10, 20, 60), False),  # the oldest is exactly a minute old: outside the window
    (ago(10, 20, 59.5), True),
])
def test_the_minute_window_allows_flood_per_minute_posts(times: list[datetime], flood: bool) -> None:
    assert (check_flood(times, NOW, SETTINGS) is not None) is flood


def test_the_reason_rejects_and_says_when_the_author_can_post_again() -> None:
    reason = check_flood(ago(5, 10, 45), NOW, SETTINGS)
    assert reason is not None
    assert reason.rule == "flood_control"
    assert reason.outcome is Decision.REJECT
    assert "15 seconds" in reason.message  # the post 45 s ago leaves the window in 15 s
    assert reason.evidence == "3 comments in the last minute"


def test_the_hour_window_allows_flood_per_hour_posts_and_says_minutes() -> None:
    spread = ago(*[120 + 150 * i for i in range(19)])
    assert check_flood(spread, NOW, SETTINGS) is None
    spread = ago(*[120 + 150 * i for i in range(20)])
    reason = check_flood(spread, NOW, SETTINGS)
    assert reason is not None
    assert "last hour" in reason.evidence
    oldest = 120 + 150 * 19
    assert f"{-(-(3600 - oldest) // 60)} minutes" in reason.message


def test_the_longer_wait_wins_when_both_windows_are_full() -> None:
    times = ago(1, 2, 3, *[200 + 100 * i for i in range(17)])
    reason = check_flood(times, NOW, SETTINGS)
    assert reason is not None and "hour" in reason.evidence


def test_a_limit_of_zero_turns_a_window_off() -> None:
    off = PolicySettings(flood_per_minute=0, flood_per_hour=0)
    assert check_flood(ago(1, 2, 3, 4, 5), NOW, off) is None


def test_naive_times_are_taken_as_utc_and_future_times_as_now() -> None:
    naive = [t.replace(tzinfo=None) for t in ago(10, 20)]
    assert check_flood([*naive, NOW + timedelta(hours=2)], NOW, SETTINGS) is not None


def test_settings_default_to_the_communitys() -> None:
    assert check_flood(ago(1, 2, 3), NOW) is not None


def test_the_wait_is_whole_seconds_rounded_up_never_zero() -> None:
    assert flood_wait(ago(5, 10, 45), NOW, SETTINGS) == FloodWait(seconds=15, count=3, window="minute")
    assert flood_wait(ago(5, 10, 44.2), NOW, SETTINGS).seconds == 16
    assert flood_wait(ago(0, 0, 59.999), NOW, SETTINGS).seconds == 1
    assert flood_wait(ago(10, 20), NOW, SETTINGS) is None


def test_flood_control_looks_back_over_its_longest_limited_window_and_not_at_all_when_off() -> None:
    assert flood_window(PolicySettings()) == timedelta(hours=1)
    assert flood_window(PolicySettings(flood_per_hour=0)) == timedelta(minutes=1)
    assert flood_window(PolicySettings(flood_per_minute=0, flood_per_hour=0)) is None
