"""``brand_domain_mention`` (hold): a company's domain used as its name in a genuine story.

"When I ordered from example.com the parcel took three weeks" names a company; the same domain offered as a
destination ("check out example.com") would be ``commercial_link``. The context decides which is which
(:func:`forum.policy.context.build_context`): a bare domain without a path, not introduced by an
offering verb, in a comment that contributes something. A moderator still looks, because the difference
is a judgement, and writing the name without the domain publishes directly.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.rule import Rule
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context



def check(ctx: Context) -> Reason | None:
    """Hold a comment that names a company by its web address."""
    mentions = ctx.mentions
    if not mentions:
        return None
    return RULE.reason(
        "A moderator will read this first: it names a company by its web address. Write the company's name "
        "without the domain (\"Example\" rather than \"example.com\") and it can publish directly.",
        ", ".join(lk.found.raw for lk in mentions[:3]),
    )


RULE = Rule(
    "brand_domain_mention", Decision.HOLD, "Names a company by its web address",
    "A company's domain used as its name in a genuine story (\"when I ordered from example.com\").",
    "Write the company's name without the domain.", check)
