"""``profanity`` (hold): a substantive comment with mild profanity.

Frustration is part of frontline work and a comment that says "the queue was a damn mess" can be valuable;
a moderator decides whether it goes out as written. Masked spellings ("f*ck", "sh!t") count. When a
profane word or an insult is aimed at a person ("you idiot", "he's a moron") the reason says so. Comments
that are not substantive are rejected by the value rules and are not flagged twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from forum.policy.lexicon.profanity import INSULTS, MASKED, MILD
from forum.policy.rule import Rule
from forum.policy.scan import CharPair
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context


_MASKED = re.compile(r"(?<![\w*$@!#])(?:" + "|".join(re.escape(k) for k in sorted(MASKED, key=len, reverse=True))
                     + r")(?![\w*$@!#])", re.IGNORECASE)
_AIMED = re.compile(
    r"\b(?:you(?:'re| are)?|ur|u|(?:he|she|they)(?:'s|'re| is| are)|(?:your|his|her|their) (?:boss|manager|"
    r"agent|rep|colleague)s? (?:is|are)|what an?|such an?|bunch of)\s+(?:an?\s+|such\s+an?\s+|total\s+|"
    r"complete\s+|fucking\s+|bloody\s+){0,2}([\w*!$@]+)"
)


_BANG_OR_ONE_INSIDE = CharPair(re.compile(r"[!1][a-z]"), re.compile("[!1]"), re.compile("[a-z]"))


def found_words(text: str, norms: Iterable[str], extra: tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """(profane words, words aimed at a person) among ``norms`` (lower-case words) and masked in ``text``."""
    lowered = text.lower()
    masked = any(c in lowered for c in "*$@#") or (("!" in lowered or "1" in lowered)
                                                   and _BANG_OR_ONE_INSIDE.in_text(lowered))
    profane = [MASKED[m.group(0)] for m in _MASKED.finditer(lowered)] if masked else []
    words = frozenset(norms)  # the very set when the caller passes one
    profane += sorted(words & MILD) + sorted(words & {e.lower() for e in extra})
    if not profane and words.isdisjoint(INSULTS):
        return [], []
    aimed = []
    for m in _AIMED.finditer(lowered):
        target = MASKED.get(m.group(1), m.group(1))
        if target in INSULTS or target in MILD:
            aimed.append(m.group(0))
    return list(dict.fromkeys(profane)), aimed


def check(ctx: Context) -> Reason | None:
    """Hold a substantive comment that uses mild profanity, saying so if it is aimed at a person."""
    if ctx.value.kind not in ("ok", "borderline"):
        return None
    # Masks like "f*ck" are read in the normalised text: the prose drops "*" as markup.
    profane, aimed = found_words(ctx.text, ctx.substance.vocab, ctx.settings.extra_profanity)
    if not profane and not aimed:
        return None
    if aimed:
        message = ("A moderator will read this first: it uses language aimed at a person. Criticise the idea or "
                   "the practice, not the people involved, and it can publish directly.")
        return RULE.reason(message, ", ".join(aimed[:3]))
    message = ("A moderator will read this first because of its language. The same point without the strong "
               "words publishes directly.")
    return RULE.reason(message, ", ".join(profane[:5]))


RULE = Rule(
    "profanity", Decision.HOLD, "Strong language",
    "A substantive comment with mild profanity (masked spellings too), or an insult aimed at a person.",
    "Make the same point without the strong words; criticise the practice, not the people.", check)
