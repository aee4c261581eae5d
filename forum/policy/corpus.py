"""Measure the engine on a labelled corpus: the figures of issue 12's table, per split and per class.

A corpus file holds one case a line, ``expected | class | text`` (``\\n`` in the text is a line break; blank
lines and ``#`` comments are skipped). :func:`evaluate` reviews every case with the given settings and
returns :class:`Figures`: accuracy, the share of spam (expected ``reject``) published, and the shares of
valuable comments (expected ``publish``) held and rejected, plus every miss. Pure: no network, no database;
the same corpus and settings always give the same figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from forum.policy.review import review_comment
from forum.policy.types import Decision, PolicySettings

OUTCOMES = frozenset(d.value for d in Decision)


@dataclass(frozen=True, slots=True)
class Case:
    """One labelled comment."""

    expected: str
    cls: str
    text: str
    where: str  # file:line, to find it again


@dataclass(frozen=True, slots=True)
class Miss:
    case: Case
    got: str
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Figures:
    """The issue's figures for one set of cases (shares are fractions, 0–1)."""

    cases: int
    accuracy: float
    spam_published: float
    valuable_held: float
    valuable_rejected: float
    misses: tuple[Miss, ...] = field(default=())
    by_class: dict[str, tuple[int, int]] = field(default_factory=dict)  # class → (right, total)


def parse(lines: Iterable[str], source: str = "") -> list[Case]:
    """The cases in ``lines``; ValueError names the line of any malformed case."""
    cases = []
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" | ", 2)]
        if len(parts) != 3 or parts[0] not in OUTCOMES or not parts[2]:
            raise ValueError(f"{source}:{number}: expected 'publish|hold|reject | class | text'")
        cases.append(Case(parts[0], parts[1], parts[2].replace("\\n", "\n"), f"{source}:{number}"))
    return cases


def load(path: Path) -> list[Case]:
    return parse(path.read_text(encoding="utf-8").splitlines(), path.name)


def _share(count: int, total: int) -> float:
    return count / total if total else 0.0


def evaluate(cases: Sequence[Case], settings: PolicySettings | None = None) -> Figures:
    """Review every case and count what the issue's table counts."""
    got = Counter[tuple[str, str]]()
    right = Counter[str]()
    total = Counter[str]()
    misses = []
    for case in cases:
        verdict = review_comment(case.text, settings=settings)
        decision = verdict.decision.value
        got[case.expected, decision] += 1
        total[case.cls] += 1
        if decision == case.expected:
            right[case.cls] += 1
        else:
            misses.append(Miss(case, decision, verdict.rules()))
    spam = sum(n for (want, _), n in got.items() if want == "reject")
    valuable = sum(n for (want, _), n in got.items() if want == "publish")
    return Figures(
        cases=len(cases),
        accuracy=_share(len(cases) - len(misses), len(cases)),
        spam_published=_share(got["reject", "publish"], spam),
        valuable_held=_share(got["publish", "hold"], valuable),
        valuable_rejected=_share(got["publish", "reject"], valuable),
        misses=tuple(misses),
        by_class={cls: (right[cls], total[cls]) for cls in sorted(total)},
    )


def table(rows: Sequence[tuple[str, Figures]]) -> str:
    """The figures of each named split side by side, as plain text."""
    head = f"{'figure':<34}" + "".join(f"{name:>12}" for name, _ in rows)
    lines = [head, "-" * len(head), f"{'cases':<34}" + "".join(f"{f.cases:>12}" for _, f in rows)]
    for label, attr in (("accuracy", "accuracy"), ("spam/reject cases published", "spam_published"),
                        ("valuable comments held", "valuable_held"),
                        ("valuable comments rejected", "valuable_rejected")):
        lines.append(f"{label:<34}" + "".join(f"{getattr(f, attr):>12.1%}" for _, f in rows))
    return "\n".join(lines)
