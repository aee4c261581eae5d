"""``python -m forum.bench <name>``: run one benchmark (see :data:`BENCHMARKS`)."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

BENCHMARKS: dict[str, str] = {"policy": "forum.bench.policy"}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m forum.bench", description="Frontline benchmarks.")
    subparsers = parser.add_subparsers(dest="benchmark", required=True, metavar="BENCHMARK")
    for module in BENCHMARKS.values():
        importlib.import_module(module).add_parser(subparsers)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
