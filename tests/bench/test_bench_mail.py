"""The mail benchmark runs end to end on a small audience and prints its table."""

from __future__ import annotations

import re

import pytest

from forum.bench.__main__ import main


def test_the_mail_benchmark_prints_the_posting_cost_and_the_delivery_rate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mail", "--watchers", "20", "--runs", "3"]) == 0
    out = capsys.readouterr().out
    assert "a thread 20 members watch" in out and "added by the watchers" in out
    made, received = re.search(r"into ([\d,]+) messages.*server received ([\d,]+)", out).groups()
    assert "messages/s" in out and made == received and int(made) >= 20  # every watcher of the thread
