"""``too_long`` and ``empty`` (reject): the two checks that run before a comment is parsed at all.

An oversized text is rejected on its length alone, so that no parser, sanitiser or regular expression ever
sees it (several are super-linear on hostile input). An empty text, or one made only of white space and
invisible characters, is rejected so the author is told plainly instead of being judged "too brief".
"""

from __future__ import annotations

from forum.policy.types import Decision, PolicySettings, Reason

TOO_LONG = "too_long"
EMPTY = "empty"


def check_too_long(source: str, settings: PolicySettings) -> Reason | None:
    """Reject a text longer than ``settings.max_chars`` characters, before any parsing."""
    if len(source) <= settings.max_chars:
        return None
    return Reason(
        TOO_LONG,
        f"This comment is {len(source):,} characters long; the limit is {settings.max_chars:,}. Shorten it "
        "to the part that matters most, or start a discussion of your own for the full story.",
        f"{len(source):,} characters",
        Decision.REJECT,
    )


def check_empty(normalised: str) -> Reason | None:
    """Reject a text with nothing visible in it once invisible characters are removed."""
    if normalised.strip():
        return None
    return Reason(EMPTY, "Write your comment before sending it: this one is empty.", "", Decision.REJECT)
