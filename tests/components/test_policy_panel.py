"""Members read words, not rule ids: the composer's panel shows each rule's label; the queue shows both."""

from __future__ import annotations

import reflex as rx

from forum.components.policy_panel import policy_panel, reason_row

REASONS = [{"rule": "too_brief", "outcome": "reject", "message": "Add what happened.", "evidence": "great post"}]


def _reasons() -> rx.Var[list[dict[str, str]]]:
    return rx.Var.create(REASONS).to(list[dict[str, str]])


def test_the_members_panel_names_each_rule_by_its_label_and_hides_the_id() -> None:
    rendered = str(policy_panel(rx.Var.create("reject"), _reasons(), rx.Var.create([]).to(list[dict[str, str]]),
                                rx.Var.create(False)).render())
    assert "Too brief" in rendered
    assert "policy-rule-label" in rendered and "policy-rule-id" not in rendered


def test_a_moderators_reason_row_shows_the_label_and_the_id() -> None:
    rendered = str(reason_row(rx.Var.create(REASONS[0]).to(dict[str, str])).render())
    assert "Too brief" in rendered and "policy-rule-id" in rendered


def test_the_queue_can_list_reasons_with_foreach_which_passes_an_index_too() -> None:
    rendered = str(rx.foreach(_reasons(), reason_row).render())
    assert "policy-rule-id" in rendered
