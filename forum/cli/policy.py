"""``python -m forum policy check|rules|evaluate``: run the policy engine on a text, print its rulebook, or
measure it on the labelled corpus.

``check [TEXT | -] [--json] [--settings FILE]``: judge one text.

Reads the text from the argument, or from standard input when the argument is ``-`` or missing. Prints the
decision, every reason (rule, outcome, message, evidence) and every link's classification (url, domain,
kind, why); ``--json`` prints ``Verdict.to_dict()`` instead. ``--settings`` reads a ``PolicySettings`` JSON
file (as stored by the admin page). Exit code: 0 publish, 1 hold, 2 reject.

``rules [--json | --markdown | --write docs/policy.md]``: every rule of the rulebook — id, outcome, label,
what triggers it, how to fix it; ``--write`` refreshes the generated tables of ``docs/policy.md``.

``evaluate [FILE ...] [--misses] [--classes]``: the figures of the labelled corpus (default: the dev and
held-out splits in ``tests/policy/corpus``), each split and all together; exit code 0.

``decided [--days N ...]``: per rule, how moderators decided the comments it held in the last N days
(default 30 and 90): approved as written, approved with edits, rejected, and the share approved as written
(a rule whose holds are mostly approved is noise). The table of ``/admin/policy``, read from the database.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_CODES = {"publish": 0, "hold": 1, "reject": 2}


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("policy", help="run the comment policy engine")
    actions = parser.add_subparsers(dest="policy_command", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="judge a comment: publish, hold or reject, and why",
                               description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    check.add_argument("text", nargs="?", default="-", help="the comment (default: read standard input)")
    check.add_argument("--json", action="store_true", help="print the verdict as JSON")
    check.add_argument("--settings", type=Path, help="a PolicySettings JSON file")
    check.set_defaults(func=run_check)
    rules = actions.add_parser("rules", help="print the rulebook: id, outcome, label, summary, fix")
    rules.add_argument("--json", action="store_true", help="print the rulebook as JSON")
    rules.add_argument("--markdown", action="store_true", help="print the generated tables of docs/policy.md")
    rules.add_argument("--write", type=Path, metavar="FILE", help="refresh the generated tables in FILE")
    rules.set_defaults(func=run_rules)
    evaluate = actions.add_parser("evaluate", help="figures of the labelled corpus (accuracy, spam published...)")
    evaluate.add_argument("files", nargs="*", type=Path, help="corpus files (default: tests/policy/corpus)")
    evaluate.add_argument("--misses", action="store_true", help="list every case decided otherwise")
    evaluate.add_argument("--classes", action="store_true", help="right/total per class")
    evaluate.add_argument("--settings", type=Path, help="a PolicySettings JSON file")
    evaluate.set_defaults(func=run_evaluate)
    decided = actions.add_parser("decided", help="per rule: how moderators decided what it held")
    decided.add_argument("--days", type=int, action="append", metavar="N",
                         help="a window in days (repeatable; default 30 and 90)")
    decided.set_defaults(func=run_decided)


def _read_text(arg: str) -> str:
    if arg != "-":
        return arg
    return sys.stdin.buffer.read().decode("utf-8", "replace")


def render_report(verdict) -> str:  # type: ignore[no-untyped-def]
    """The verdict in plain words, one fact a line."""
    lines = [f"decision: {verdict.decision.value}"]
    lines.append("reasons:" if verdict.reasons else "reasons: none")
    for reason in verdict.reasons:
        lines.append(f"  - {reason.rule} ({reason.outcome.value}): {reason.message}")
        if reason.evidence:
            lines.append(f"    evidence: {reason.evidence}")
    lines.append("links:" if verdict.links else "links: none")
    for link in verdict.links:
        lines.append(f"  - {link.url}")
        lines.append(f"    domain: {link.domain}  kind: {link.kind.value}")
        if link.why:
            lines.append(f"    why: {link.why}")
    return "\n".join(lines)


def run_check(args: argparse.Namespace) -> int:
    from forum.policy import PolicySettings, review_comment

    settings = None
    if args.settings:
        settings = PolicySettings.from_dict(json.loads(args.settings.read_text(encoding="utf-8")))
    verdict = review_comment(_read_text(args.text), settings=settings)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_report(verdict))
    return EXIT_CODES[verdict.decision.value]


def run_rules(args: argparse.Namespace) -> int:
    from forum.policy.handbook import SECTIONS, refreshed
    from forum.policy.rules import RULEBOOK

    if args.write:
        args.write.write_text(refreshed(args.write.read_text(encoding="utf-8")), encoding="utf-8")
        return 0
    if args.markdown:
        print("\n\n".join(render() for render in SECTIONS.values()))
        return 0
    rows = [{"id": r.id, "outcome": r.outcome.value, "label": r.label, "stage": r.stage, "summary": r.summary,
             "fix": r.fix} for r in RULEBOOK]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        print(f"{row['id']} ({row['outcome']}, {row['stage']}): {row['label']}")
        print(f"    when: {row['summary']}")
        print(f"    fix:  {row['fix']}")
    return 0


CORPUS_DIR = Path(__file__).resolve().parents[2] / "tests" / "policy" / "corpus"


def run_evaluate(args: argparse.Namespace) -> int:
    from forum.policy import PolicySettings
    from forum.policy.corpus import evaluate, load, table

    settings = None
    if args.settings:
        settings = PolicySettings.from_dict(json.loads(args.settings.read_text(encoding="utf-8")))
    files = args.files or sorted(CORPUS_DIR.glob("*.txt"))
    splits = [(path.stem, load(path)) for path in files]
    rows = [(name, evaluate(cases, settings)) for name, cases in splits]
    if len(rows) > 1:
        rows.append(("all", evaluate([c for _, cases in splits for c in cases], settings)))
    print(table(rows))
    figures = rows[-1][1]
    if args.classes:
        print()
        for cls, (right, total) in figures.by_class.items():
            print(f"{cls:<20}{right:>4} / {total:<4}")
    if args.misses:
        print()
        for miss in figures.misses:
            print(f"{miss.case.where} [{miss.case.cls}] expected {miss.case.expected}, got {miss.got} "
                  f"{', '.join(miss.rules)}: {miss.case.text[:110]}")
    return 0


def decided_table(rows) -> str:  # type: ignore[no-untyped-def]
    """The decisions per rule (:class:`forum.services.policy_stats.RuleDecisions`) as a plain-text table."""
    if not rows:
        return "No comment held by the policy was decided in that period."
    windows = [w.days for w in rows[0].windows]
    head = f"{'rule':<24}" + "".join(f"{f'{d} days: approved / edited / rejected':>40}{'approved':>10}"
                                       for d in windows)
    lines = [head, "-" * len(head)]
    for row in rows:
        cells = "".join(f"{f'{w.approved} / {w.edited} / {w.rejected}':>40}{w.share_text():>10}"
                        for w in row.windows)
        lines.append(f"{row.rule:<24}{cells}")
    return "\n".join(lines)


def run_decided(args: argparse.Namespace) -> int:
    from forum.db import call_in_session
    from forum.services.errors import ServiceError
    from forum.services.policy_stats import WINDOWS, decisions_by_rule

    try:
        rows = call_in_session(decisions_by_rule, windows=tuple(args.days or WINDOWS))
    except ServiceError as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        return 1
    print(decided_table(rows))
    return 0
