"""``too_long`` and ``empty`` (reject): the two checks that run before a comment is parsed at all.

An oversized text is rejected on its length alone, so that no parser, sanitiser or regular expression ever
sees it (several are super-linear on hostile input). An empty text, or one made only of white space and
invisible characters, is rejected so the author is told plainly instead of being judged "too brief".
"""

from __future__ import annotations

from forum.policy.rule import Rule
from forum.policy.types import Decision, PolicySettings, Reason


def check_too_long(source: str, settings: PolicySettings) -> Reason | None:
    """Reject a text longer than ``settings.max_chars`` characters, before any parsing."""
    if len(source) <= settings.max_chars:
        return None
    return TOO_LONG.reason(
        f"This comment is {len(source):,} characters long; the limit is {settings.max_chars:,}. Shorten it "
        "to the part that matters most, or start a discussion of your own for the full story.",
        f"{len(source):,} characters",
    )


def check_empty(normalised: str) -> Reason | None:
    """Reject a text with nothing visible in it once invisible characters are removed."""
    if normalised.strip():
        return None
    return EMPTY.reason("Write your comment before sending it: this one is empty.")


TOO_LONG = Rule(
    "too_long", Decision.REJECT, "Too long", "Longer than the longest comment the settings allow; checked "
    "before the text is read at all.",
    "Shorten it to the part that matters most, or start a discussion of your own.", stage="before parsing")
EMPTY = Rule(
    "empty", Decision.REJECT, "Empty", "Nothing visible once white space and invisible characters are removed.",
    "Write the comment before sending it.", stage="before parsing")
