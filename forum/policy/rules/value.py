"""``no_value`` (reject) and ``borderline_value`` (hold): the two other outcomes of the value judgement.

``no_value``: the comment is not brief but contributes nothing — placeholder text, gibberish, a keyword
list, an unexpanded spam template ("{Great|Nice} post"), pasted boilerplate, off-topic spam, a truism with
no specific, or a consumer's own errand (a message to a company about an order, a plea about the author's own
purchase, a classified ad: :mod:`forum.policy.consumer`). ``borderline_value``: a thin contribution, a personal
detail or a general idea without anything concrete; two careful moderators could disagree, so a moderator
decides (docs/policy.md: "the answer is hold, never a silent publish").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.consumer import errand
from forum.policy.rule import Rule
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context


def check_no_value(ctx: Context) -> Reason | None:
    """Reject placeholder, gibberish, keyword lists, spam templates, boilerplate, off-topic spam, truisms."""
    if ctx.value.kind != "no_value":
        found = errand(ctx.substance, ctx.prose) if ctx.value.kind != "brief" else ""
        if not found:
            return None
        return NO_VALUE.reason(
            "This comment doesn't add to the discussion: it is about the author's own order, purchase or errand, "
            "not the topic. For help with an order, contact the company itself.", found)
    return NO_VALUE.reason(
        f"This comment doesn't add to the discussion: {ctx.value.why}. Share an experience, a practice, an "
        "example or a question about the topic.",
        ctx.value.evidence,
    )


def check_borderline(ctx: Context) -> Reason | None:
    """Hold a thin contribution: a personal detail or a general idea without anything concrete."""
    if ctx.value.kind != "borderline":
        return None
    return BORDERLINE.reason(
        f"A moderator will read this first: {ctx.value.why}. Adding what happened, a figure or an example "
        "lets comments like this publish directly.",
        ctx.value.evidence,
    )


NO_VALUE = Rule(
    "no_value", Decision.REJECT, "Adds nothing to the discussion",
    "Not brief but contributes nothing: placeholder text, gibberish, keyword lists, spam templates, "
    "off-topic text or chain letters, pasted boilerplate or generated corporate filler, long runs of praise, "
    "truisms with no specific, a consumer's own errand (an order or refund demanded of a company, a plea about "
    "one's own purchase, an item for sale).",
    "Share an experience, a practice, an example or a question about the topic.", check_no_value,
    subsumes=frozenset({"borderline_value"}))
BORDERLINE = Rule(
    "borderline_value", Decision.HOLD, "Needs a specific",
    "A thin contribution: a personal detail, a general idea or a short opinion about the work without an "
    "experience, figure, example, reason or question; or a specific text with no word of customer service "
    "or of the discussion, too short to call off-topic.",
    "Add what happened, a figure or an example.", check_borderline)
