"""The search benchmark runs end to end on a tiny corpus and reports every query shape and the reindex."""

from __future__ import annotations

import pytest

from forum.bench.__main__ import main
from forum.bench.search import SHAPES


def test_the_search_benchmark_prints_a_row_per_query_shape_and_the_reindex_rate(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--comments", "300", "--threads", "20", "--runs", "3"]) == 0
    out = capsys.readouterr().out
    assert "corpus: 300 comments in 20 threads" in out
    found = {}
    for label, _ in SHAPES:
        row = next(line for line in out.splitlines() if line.startswith(label))
        p50, p95, threads = row[len(label):].split()
        assert float(p50) > 0 and float(p95) > 0
        found[label] = float(threads.replace(",", ""))
    assert found["one word (common)"] > 0 and found["phrase"] > 0
    assert "reindex: 320 rows" in out
