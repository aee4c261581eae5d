"""One settings schema: every setting carries its label, range and help, and nothing else copies them."""

from __future__ import annotations

from dataclasses import fields

from forum.policy import PolicySettings
from forum.policy.types import setting_specs
from forum.services.policy_settings import SETTING_SPECS
from forum.state.admin_policy import LIST_FIELDS, NUMBER_FIELDS


def test_every_policy_setting_has_a_label_a_help_text_and_its_default() -> None:
    specs = setting_specs(PolicySettings)
    assert [s.name for s in specs] == [f.name for f in fields(PolicySettings)]
    defaults = PolicySettings()
    for spec in specs:
        assert spec.label and spec.help.endswith(".")
        assert spec.default == getattr(defaults, spec.name)


def test_every_number_has_a_range_that_holds_its_default() -> None:
    for spec in SETTING_SPECS:
        if spec.kind in ("int", "float"):
            assert spec.low is not None and spec.high is not None
            assert spec.low <= spec.default <= spec.high


def test_the_admin_form_shows_every_number_and_list_of_the_schema_with_its_label() -> None:
    numbers = [(s.name, s.label, s.help) for s in SETTING_SPECS if s.kind in ("int", "float")]
    lists = [(s.name, s.label, s.help) for s in SETTING_SPECS if s.kind == "list"]
    assert numbers == NUMBER_FIELDS and lists == LIST_FIELDS
    assert NUMBER_FIELDS[-1][:2] == ("report_threshold", "Reports that hide a comment")
