"""The parts of ``docs/policy.md`` written from the code, so the documented rulebook is the one that runs.

:func:`rules_markdown` renders :data:`forum.policy.rules.RULEBOOK` (id, label, outcome, what triggers it, how
to fix it); :func:`settings_markdown` renders the settings schema (label, default, range, help).
``docs/policy.md`` holds each between ``<!-- name:start -->`` and ``<!-- name:end -->`` markers;
``python -m forum policy rules --markdown`` prints them and a test checks the document matches.
"""

from __future__ import annotations

import re

from forum.policy.rules import RULEBOOK
from forum.policy.types import PolicySettings, setting_specs

_STAGES = {"content": "", "before parsing": " (checked before the text is read)",
           "account": " (account rule: only when the author is known)", "posting": " (checked when posting)",
           "fields": " (titles and display names)"}


def rules_markdown() -> str:
    """One table row per rule, in the order reasons are listed."""
    lines = ["| rule | members read | outcome | what triggers it | how to fix it |", "|---|---|---|---|---|"]
    for rule in RULEBOOK:
        lines.append(f"| `{rule.id}` | {rule.label} | {rule.outcome.value}{_STAGES[rule.stage]} | {rule.summary} "
                     f"| {rule.fix} |")
    return "\n".join(lines)


def _value(value: object) -> str:
    if isinstance(value, tuple):
        return "none" if not value else ", ".join(map(str, value))
    if isinstance(value, dict):
        return "none" if not value else f"{len(value)} pins"
    return f"{value:,}" if isinstance(value, int) else str(value)


def settings_markdown() -> str:
    """One table row per policy setting an admin can change on ``/admin/policy``."""
    lines = ["| setting | default | range | what it does |", "|---|---|---|---|"]
    for spec in setting_specs(PolicySettings):
        bounds = f"{_value(spec.low)}–{_value(spec.high)}" if spec.low is not None else "list"
        lines.append(f"| {spec.label} (`{spec.name}`) | {_value(spec.default)} | {bounds} | {spec.help} |")
    return "\n".join(lines)


SECTIONS = {"rulebook": rules_markdown, "settings": settings_markdown}


def generated_sections(document: str) -> dict[str, str]:
    """The text between each pair of markers in ``document`` (stripped), by section name."""
    return {name: m.group(1).strip() for name in SECTIONS
            if (m := re.search(rf"<!-- {name}:start -->\n(.*?)<!-- {name}:end -->", document, re.DOTALL))}


def refreshed(document: str) -> str:
    """``document`` with every generated section written afresh from the code."""
    for name, render in SECTIONS.items():
        document = re.sub(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)",
                          lambda m, render=render: f"{m.group(1)}{render()}\n{m.group(2)}", document,
                          flags=re.DOTALL)
    return document
