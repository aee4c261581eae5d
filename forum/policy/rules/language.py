"""``non_english`` (hold): a substantive comment not mainly (about 80% of words) in English.

Someone who reads the language must judge it, so it is held — but only when it is substantive: language
never rescues brevity, and brief or empty comments are rejected by the value rules before this one matters.

The heuristic is :func:`forum.policy.english.english_share`, computed once per review into the substance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.english import english_share, is_english
from forum.policy.rule import Rule
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context

MIN_WORDS = 4  # fewer counted words than this cannot be judged

__all__ = ["MIN_WORDS", "RULE", "check", "english_share", "is_english"]


def check(ctx: Context) -> Reason | None:
    """Hold a substantive comment whose share of English words is under ``settings.english_ratio``."""
    if ctx.value.kind not in ("ok", "borderline"):
        return None
    share, counted, sample = ctx.substance.english
    if counted < MIN_WORDS or share >= ctx.settings.english_ratio:
        return None
    return RULE.reason(
        f"A moderator who reads the language will check this first: about {round(share * 100)}% of its words "
        "are English, and discussions here are in English. Adding an English version lets everyone join in.",
        f"{round(share * 100)}% English; e.g. " + ", ".join(sample),
    )


RULE = Rule(
    "non_english", Decision.HOLD, "Not mainly in English",
    "A substantive comment with under about 80% of its words in English: someone who reads it must judge.",
    "Add an English version.", check)
