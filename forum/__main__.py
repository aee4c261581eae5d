"""``python -m forum <command> ...``: the project's command line, one subcommand per module.

:data:`COMMANDS` maps a subcommand to the module that implements it. Each module exposes
``add_parser(subparsers)``, which adds its parser and sets ``func`` (``Namespace -> int``, the exit code)
as a default. Command modules must stay import-light (no Reflex, no database at import time): every one is
imported to build the parser. To add a command, write ``forum/cli/<name>.py`` and list it here.

Exit codes: whatever the command returns; a usage error exits with 64 (EX_USAGE) so it never looks like a
command's own result (``policy check`` uses 0, 1 and 2 for publish, hold and reject).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

COMMANDS: dict[str, str] = {
    "policy": "forum.cli.policy",
    "demo": "forum.cli.demo",
    "users": "forum.cli.users",
    "recount": "forum.cli.recount",
    "search": "forum.cli.search",
    "tags": "forum.cli.tags",
    "mail": "forum.cli.mail",
}
USAGE_ERROR = 64


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m forum", description="Frontline command line.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module_name in COMMANDS.values():
        importlib.import_module(module_name).add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # the reader went away (`... | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
