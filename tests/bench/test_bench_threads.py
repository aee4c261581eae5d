"""The thread-loading benchmark runs end to end and shows the same query count for small and large threads."""

from __future__ import annotations

import re

import pytest

from forum.bench.__main__ import main
from forum.settings import COMMENTS_PER_PAGE


def test_the_thread_benchmark_prints_a_constant_query_count_for_every_thread_size(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["threads", "--runs", "3"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if re.match(r"^(20|2,000) comments", line)]
    assert len(rows) == 3
    shown = [int(row.split()[-4]) for row in rows]
    queries = {int(row.split()[-3]) for row in rows}
    assert shown == [20, COMMENTS_PER_PAGE * 5, COMMENTS_PER_PAGE * 5]  # a page's conversations of five
    assert len(queries) == 1 and queries.pop() <= 5
