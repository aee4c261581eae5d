"""The rulebook: every rule of the policy in one list, and everything derived from it.

:data:`RULEBOOK` is the one list. Each :class:`~forum.policy.rule.Rule` declares its id, outcome,
member-facing label, summary, fix and check; one small module per concern defines them. From the list:

- :data:`RULES` — the checks :func:`forum.policy.review.review_comment` runs, in rulebook order, on a
  :class:`~forum.policy.context.Context` built once per review (``too_long`` and ``empty`` run before any
  parsing, ``flood_control`` from posting times: they have no check here);
- :data:`RULE_ORDER` — the stable order reasons are listed in (after reject-before-hold): the order of
  docs/policy.md §4 with the product's own rules at their places;
- :data:`SUBSUMED` — reasons dropped when another reason already covers them;
- :data:`LABELS` — the words a member reads for each rule id (``too_brief`` → "Too brief").
"""

from __future__ import annotations

from forum.policy.field_rules import LINK_IN_FIELD
from forum.policy.flood import FLOOD_CONTROL
from forum.policy.rule import Check, Rule
from forum.policy.rules import (
    account,
    advertising,
    brand_mention,
    brevity,
    contact,
    language,
    link_count,
    link_kinds,
    profanity,
    promotion,
    size,
    value,
)

RULEBOOK: tuple[Rule, ...] = (
    size.TOO_LONG,
    size.TOO_COMPLEX,
    size.EMPTY,
    account.NOT_SIGNED_IN,
    brevity.RULE,
    value.NO_VALUE,
    advertising.RULE,
    link_count.TOO_MANY,
    link_kinds.COMMERCIAL,
    link_kinds.PETITION_OR_FILE,
    promotion.RULE,
    *link_kinds.HELD.values(),
    brand_mention.RULE,
    link_count.DUPLICATE,
    language.RULE,
    profanity.RULE,
    value.BORDERLINE,
    contact.RULE,
    account.UNVERIFIED_EMAIL,
    account.NEW_MEMBER,
    FLOOD_CONTROL,
    LINK_IN_FIELD,
)

RULES: tuple[Check, ...] = tuple(rule.check for rule in RULEBOOK if rule.check is not None)
RULE_ORDER: tuple[str, ...] = tuple(rule.id for rule in RULEBOOK)
SUBSUMED: dict[str, frozenset[str]] = {rule.id: rule.subsumes for rule in RULEBOOK if rule.subsumes}
LABELS: dict[str, str] = {rule.id: rule.label for rule in RULEBOOK}
BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULEBOOK}


def label(rule_id: str) -> str:
    """The words a member reads for ``rule_id``; an unknown id is shown as it is."""
    return LABELS.get(rule_id, rule_id)


__all__ = ["BY_ID", "LABELS", "RULEBOOK", "RULES", "RULE_ORDER", "SUBSUMED", "Check", "Rule", "label"]
