"""``contact_info`` (hold): an email address or phone number inviting direct contact.

Contact details move the conversation out of the community's sight, and they are how a sales pitch starts,
so a moderator looks first. A phone number offered for quotes or prices is ``advertising`` (reject); that rule
reads the same matches, found once per review by :func:`forum.policy.contacts.find_contacts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.rule import Rule
from forum.policy.text import quote
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context


def check(ctx: Context) -> Reason | None:
    """Hold a comment that shares an email address or a phone number."""
    if not ctx.contacts:
        return None
    return RULE.reason(
        "A moderator will read this first because it shares contact details. Remove the email address or "
        "phone number and keep the conversation in the comments, where everyone can learn from it.",
        ", ".join(quote(c[0], 40) for c in ctx.contacts[:3]),
    )


RULE = Rule(
    "contact_info", Decision.HOLD, "Shares contact details",
    "An email address or a phone number, written plainly or disguised (\"name at example dot com\").",
    "Remove the contact details and keep the conversation in the comments.", check)
