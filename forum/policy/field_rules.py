"""The rule only the short fields have (titles and display names): they carry no links.

Kept apart from :mod:`forum.policy.fields` so the rulebook can list it without importing the reviews.
"""

from __future__ import annotations

from forum.policy.rule import Rule
from forum.policy.types import Decision

LINK_IN_FIELD = Rule(
    "link_in_field", Decision.REJECT, "No links here",
    "A link or web address in a thread title or a display name (titles and names carry none).",
    "Remove the address; a link that teaches something can go in the opening post.", stage="fields")
