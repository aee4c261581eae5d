"""``too_many_links`` (reject) and ``duplicate_link`` (hold): how many destinations, and how often.

The policy allows one link to an educational article. Destinations are counted, not occurrences: the same
destination twice is one destination (:func:`forum.policy.links.destination_key` decides "the same"). Links
to this forum itself and brand domains named in a story are not offered destinations and are not counted.
The single allowed destination repeated is held: repetition is how a link is pushed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.rule import Rule
from forum.policy.text import quote
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context



def check_too_many(ctx: Context) -> Reason | None:
    """Reject a comment offering more distinct destinations than ``settings.max_links``."""
    offered, limit = ctx.offered, ctx.settings.max_links
    if len(offered) <= limit:
        return None
    allowed = "no links" if limit <= 0 else "one link" if limit == 1 else f"{limit} links"
    return TOO_MANY.reason(
        f"Comments can carry {allowed} to an educational article; this one has {len(offered)} different "
        "destinations. Keep the one that best supports your point and remove the others.",
        ", ".join(quote(lk.info.url, 60) for lk in offered[:4]),
    )


def check_duplicate(ctx: Context) -> Reason | None:
    """Hold a comment whose one destination appears more than once."""
    offered = ctx.offered
    if len(offered) != 1 or offered[0].count < 2:
        return None
    link = offered[0]
    return DUPLICATE.reason(
        f"A moderator will read this first: the same link appears {link.count} times. Link to it once.",
        quote(link.info.url, 60),
    )


TOO_MANY = Rule(
    "too_many_links", Decision.REJECT, "Too many links",
    "Two or more distinct destinations (more than the setting allows), whatever their quality.",
    "Keep the one link that best supports your point.", check_too_many)
DUPLICATE = Rule(
    "duplicate_link", Decision.HOLD, "The same link repeated", "The single destination appears more than once.",
    "Link to it once.", check_duplicate)
