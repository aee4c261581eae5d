"""The rulebook is one list: order, subsumption, labels and checks all come from it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from forum.policy import Decision, review_comment
from forum.policy.context import context_for
from forum.policy.rules import LABELS, RULE_ORDER, RULEBOOK, RULES, SUBSUMED, brevity, label, value

ROOT = Path(__file__).resolve().parents[2]


def test_every_rule_has_a_unique_id_a_label_a_summary_and_a_fix() -> None:
    ids = [rule.id for rule in RULEBOOK]
    assert len(ids) == len(set(ids))
    for rule in RULEBOOK:
        assert rule.label and rule.label[0].isupper() and "_" not in rule.label
        assert rule.summary.endswith(".") and rule.fix.endswith(".")


def test_order_checks_and_subsumption_are_derived_from_the_rulebook() -> None:
    assert tuple(rule.id for rule in RULEBOOK) == RULE_ORDER
    assert tuple(rule.check for rule in RULEBOOK if rule.check is not None) == RULES
    assert {"advertising": frozenset({"borderline_value"}),
                        "link_promotion": frozenset({"borderline_value"}),
                        "no_value": frozenset({"borderline_value"})} == SUBSUMED


def test_only_the_rules_checked_outside_a_review_have_no_check() -> None:
    unchecked = {rule.id for rule in RULEBOOK if rule.check is None}
    assert unchecked == {"too_long", "too_complex", "empty", "flood_control", "link_in_field"}


def test_a_member_reads_the_label_and_an_unknown_id_is_shown_as_it_is() -> None:
    assert label("too_brief") == "Too brief"
    assert label("something_new") == "something_new"
    assert set(LABELS) == set(RULE_ORDER)


def test_one_rule_can_be_called_on_a_context_built_from_a_text() -> None:
    reason = brevity.RULE.check(context_for("Great post, thanks!"))  # type: ignore[misc]
    assert reason is not None and reason.rule == "too_brief" and reason.outcome is Decision.REJECT
    assert value.BORDERLINE.check(context_for("Great post, thanks!")) is None  # type: ignore[misc]


def test_every_reason_a_review_gives_carries_its_rules_declared_outcome() -> None:
    verdict = review_comment("Great post! Visit https://shop.example.com/pricing and https://bit.ly/x now")
    declared = {rule.id: rule.outcome for rule in RULEBOOK}
    assert verdict.reasons
    assert all(reason.outcome is declared[reason.rule] for reason in verdict.reasons)


def test_the_command_line_prints_the_rulebook_in_order() -> None:
    result = subprocess.run([sys.executable, "-m", "forum", "policy", "rules", "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["id"] for row in rows] == list(RULE_ORDER)
    assert next(row["label"] for row in rows if row["id"] == "too_brief") == "Too brief"
