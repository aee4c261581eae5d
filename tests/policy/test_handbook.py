"""docs/policy.md is the rulebook the code implements: its generated tables match the code exactly."""

from __future__ import annotations

from pathlib import Path

from forum.policy.handbook import SECTIONS, generated_sections, refreshed
from forum.policy.rules import RULEBOOK

DOC = Path(__file__).resolve().parents[2] / "docs" / "policy.md"


def test_the_documents_generated_tables_are_what_the_code_says() -> None:
    document = DOC.read_text(encoding="utf-8")
    assert generated_sections(document) == {name: render() for name, render in SECTIONS.items()}
    assert refreshed(document) == document


def test_every_rule_is_documented_with_its_label_and_outcome() -> None:
    document = DOC.read_text(encoding="utf-8")
    for rule in RULEBOOK:
        assert f"| `{rule.id}` | {rule.label} | {rule.outcome.value}" in document


def test_the_code_points_at_the_projects_own_policy_document() -> None:
    package = Path(__file__).resolve().parents[2] / "forum"
    stale = [str(p) for p in package.rglob("*.py") if "shared/design/policy.md" in p.read_text(encoding="utf-8")]
    assert stale == []
