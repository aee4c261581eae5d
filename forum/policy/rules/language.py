"""``non_english`` (hold): a substantive comment not mainly (about 80% of words) in English.

Someone who reads the language must judge it, so it is held — but only when it is substantive: language
never rescues brevity, and brief or empty comments are rejected by the value rules before this one matters.

The heuristic is a share of words, with a bundled list of common English words (no model, no download):
a word is English when it, or its stem after the usual inflections and prefixes, is in the list; foreign
when it is written in another script, carries letters English does not use (é, ñ, ß …) or is a function word
of another language ("que", "und", "les"); unknown otherwise, and unknown words count half, because jargon
and names are common in English comments. Capitalised words outside the list (names, brands) and acronyms
do not count either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from forum.policy.lexicon.english import COMMON
from forum.policy.lexicon.generic import STOPWORDS
from forum.policy.rule import Rule
from forum.policy.text import WORD
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context

MIN_WORDS = 4  # fewer counted words than this cannot be judged

_FOREIGN_FUNCTION_WORDS = frozenset(w for w in STOPWORDS if w not in COMMON)
_SUFFIXES = (
    ("'s", ""), ("n't", ""), ("'re", ""), ("'ve", ""), ("'ll", ""), ("'d", ""), ("'m", ""),
    ("iness", "y"), ("ies", "y"), ("ied", "y"), ("ily", "y"), ("ier", "y"), ("iest", "y"),
    ("ation", "e"), ("ation", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""),
    ("ly", ""), ("er", ""), ("er", "e"), ("est", ""), ("ness", ""), ("ment", ""), ("ful", ""), ("less", ""),
    ("able", ""), ("able", "e"), ("ity", ""), ("al", ""), ("ist", ""), ("ism", ""), ("ize", ""), ("ise", ""),
    ("ive", ""), ("ive", "e"), ("ship", ""), ("hood", ""),
)
_PREFIXES = ("un", "re", "pre", "over", "under", "out", "non", "mis", "dis", "co", "sub", "super", "multi",
             "inter", "self-")


@lru_cache(maxsize=8192)
def is_english(word: str, depth: int = 2) -> bool:
    """Whether ``word`` (lower case) is a common English word or an inflection/derivation of one."""
    if word in COMMON:
        return True
    if depth == 0 or len(word) < 4:
        return False
    if "-" in word and all(is_english(p, depth) for p in word.split("-") if p):
        return True
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + repl
            if is_english(stem, depth - 1):
                return True
            if not repl and len(stem) > 3 and stem[-1] == stem[-2] and is_english(stem[:-1], depth - 1):
                return True  # doubled consonant: "stopped" → "stop"
    return any(word.startswith(p) and len(word) - len(p) >= 3 and is_english(word[len(p):], depth - 1)
               for p in _PREFIXES)


def english_share(text: str | Sequence[str], norms: Sequence[str] | None = None) -> tuple[float, int, list[str]]:
    """(share of English words, words counted, some words counted as not English) for prose or its words.

    ``norms``, when given, are the same words already in lower case.
    """
    english = unknown = foreign = 0.0
    sample: list[str] = []
    raws = WORD.findall(text) if isinstance(text, str) else text
    if norms is None:
        norms = [w.lower().replace("’", "'") for w in raws]
    for raw, word in zip(raws, norms, strict=True):
        if raw[0].isdigit() or len(raw) < 2:
            continue
        if word in COMMON or is_english(word):
            english += 1
            continue
        ascii_word = raw.isascii()
        if ascii_word and ((raw[0].isupper() and word not in _FOREIGN_FUNCTION_WORDS) or raw.isupper()):
            continue  # a name, a brand or an acronym
        if not ascii_word or word in _FOREIGN_FUNCTION_WORDS:
            foreign += 1
        else:
            unknown += 1
        if len(sample) < 5 and raw not in sample:
            sample.append(raw)
    counted = english + unknown + foreign
    if not counted:
        return 1.0, 0, []
    return (english + unknown / 2) / counted, int(counted), sample


def check(ctx: Context) -> Reason | None:
    """Hold a substantive comment whose share of English words is under ``settings.english_ratio``."""
    if ctx.value.kind not in ("ok", "borderline"):
        return None
    share, counted, sample = english_share(ctx.substance.raw_words, ctx.substance.norms)
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
