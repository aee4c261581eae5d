"""``python -m forum.bench [name]``: run one benchmark (see :data:`BENCHMARKS`), or every one with no name."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

BENCHMARKS: dict[str, str] = {"policy": "forum.bench.policy", "threads": "forum.bench.threads",
                              "read_path": "forum.bench.read_path", "search": "forum.bench.search",
                              "mail": "forum.bench.mail"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m forum.bench", description="Frontline benchmarks.")
    subparsers = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK")
    for module in BENCHMARKS.values():
        importlib.import_module(module).add_parser(subparsers)
    if argv is None:
        argv = sys.argv[1:]
    if argv:
        args = parser.parse_args(argv)
        return int(args.func(args))
    status = 0
    for name in BENCHMARKS:  # no name: every benchmark with its defaults, one table each
        print(f"== {name} ==")
        args = parser.parse_args([name])
        status = max(status, int(args.func(args)))
        print()
    return status


if __name__ == "__main__":
    sys.exit(main())
