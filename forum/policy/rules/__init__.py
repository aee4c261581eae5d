"""The policy's rules, one small module each, run in the order of :data:`RULES`.

Every rule is a pure function ``(Context) -> Reason | tuple[Reason, ...] | None`` with a docstring saying
what it catches and why; :func:`forum.policy.review.review_comment` builds the
:class:`~forum.policy.rules.context.Context` once and runs them all. The two size rules (``too_long``,
``empty``) run before any parsing and are not in :data:`RULES`.

:data:`RULE_ORDER` is the stable order reasons are listed in (after reject-before-hold): the order of
policy.md §4, with the product's account rules at their places. :data:`SUBSUMED` lists reasons dropped
when another reason already covers them.
"""

from __future__ import annotations

from collections.abc import Callable

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
from forum.policy.rules.context import Context
from forum.policy.types import Reason

Rule = Callable[[Context], "Reason | tuple[Reason, ...] | None"]

RULES: tuple[Rule, ...] = (
    account.check_signed_in,
    brevity.check,
    value.check_no_value,
    advertising.check,
    link_count.check_too_many,
    link_kinds.check_commercial,
    promotion.check,
    link_kinds.check_held_kinds,
    brand_mention.check,
    link_count.check_duplicate,
    language.check,
    profanity.check,
    value.check_borderline,
    contact.check,
    account.check_unverified_email,
    account.check_new_member,
)

RULE_ORDER: tuple[str, ...] = (
    size.TOO_LONG, size.EMPTY, account.NOT_SIGNED_IN,
    brevity.RULE, value.NO_VALUE, advertising.RULE, link_count.TOO_MANY, link_kinds.COMMERCIAL, promotion.RULE,
    *(rule for rule, _ in link_kinds.HELD.values()), brand_mention.RULE, link_count.DUPLICATE, language.RULE,
    profanity.RULE, value.BORDERLINE, contact.RULE, account.UNVERIFIED_EMAIL, account.NEW_MEMBER,
)

# A reason made redundant by another: a comment rejected as advertising or link promotion is not also
# "thin" — the reject reason already says what its words are for.
SUBSUMED: dict[str, frozenset[str]] = {
    advertising.RULE: frozenset({value.BORDERLINE}),
    promotion.RULE: frozenset({value.BORDERLINE}),
}

__all__ = ["RULES", "RULE_ORDER", "SUBSUMED", "Context", "Rule"]
