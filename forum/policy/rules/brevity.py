"""``too_brief`` (reject): generic praise, thanks, agreement, greetings, reactions, emoji or punctuation.

Reads the value judgement of :mod:`forum.policy.substance`: once greetings, thanks, praise, agreement,
sign-offs, emoji, repetition and filler are removed, nothing specific is left. Padding does not help (the
text was normalised, repeated phrases are stripped every time they appear, dots and emoji are stripped), and
neither does language: the generic phrases are listed in the languages the community writes in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.rule import Rule
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context

MESSAGE = "Add what happened, what you tried, or a question — a comment of thanks alone is not published."


def check(ctx: Context) -> Reason | None:
    """Reject a comment whose words, with the generic ones set aside, say nothing specific."""
    if ctx.value.kind != "brief":
        return None
    return RULE.reason(MESSAGE, ctx.value.evidence)


RULE = Rule(
    "too_brief", Decision.REJECT, "Too brief",
    "Generic praise, thanks, agreement, greetings, reactions, emoji or punctuation with nothing specific "
    "left, in any language, however padded.",
    "Add what happened, what you tried, or a question.", check)
