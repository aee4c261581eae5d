"""How much of a text is English: a share of words, with a bundled list of common English words.

No model, no download: a word is English when it, or its stem after the usual inflections and prefixes, is
in the list, is one of English's own function words ("is", "has", "been") or a word of the work
("omnichannel", "wfm"); foreign when it is written in another script, carries letters English does not use
(é, ñ, ß …) or is a function word of another language ("que", "und", "les"); unknown otherwise, and unknown words count
half, because jargon and names are common in English comments. Capitalised words outside the list (names,
brands) and acronyms do not count either way. Shared by the ``non_english`` rule and the value judgement
(an off-topic text is only called so when it is English enough to judge).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from forum.policy.lexicon.domain import DOMAIN_WORDS
from forum.policy.lexicon.english import COMMON, FUNCTION_WORDS
from forum.policy.lexicon.generic import STOPWORDS
from forum.policy.text import WORD

# English's own function words ("is", "has", "been") are English whatever list they are missing from: only the
# function words of other languages ("que", "und") count against a text. The work's own vocabulary
# ("forecasting", "omnichannel", "wfm") is English jargon, never a sign of another language.
ENGLISH_WORDS = COMMON | FUNCTION_WORDS | DOMAIN_WORDS
_FOREIGN_FUNCTION_WORDS = frozenset(w for w in STOPWORDS if w not in ENGLISH_WORDS)
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
    if word in ENGLISH_WORDS:
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


_SKIP, _ENGLISH, _UNKNOWN, _FOREIGN = range(4)


@lru_cache(maxsize=65_536)
def _kind(raw: str) -> int:
    """How one word as written counts: skipped (numbers, names, acronyms), English, unknown or foreign."""
    if raw[0].isdigit() or len(raw) < 2:
        return _SKIP
    word = raw.lower().replace("’", "'")
    if word in ENGLISH_WORDS or is_english(word):
        return _ENGLISH
    ascii_word = raw.isascii()
    latin = ascii_word or all(ch < "\u0250" for ch in raw)  # "Bogotá", "Kraków": Latin letters with accents
    if latin and ((raw[0].isupper() and word not in _FOREIGN_FUNCTION_WORDS) or raw.isupper()):
        return _SKIP  # a name, a brand or an acronym
    return _FOREIGN if not ascii_word or word in _FOREIGN_FUNCTION_WORDS else _UNKNOWN


def english_share(text: str | Sequence[str]) -> tuple[float, int, list[str]]:
    """(share of English words, words counted, some words counted as not English) for prose or its words.

    Each distinct word is classified once per process (cached): a review costs one look-up a word.
    """
    raws = WORD.findall(text) if isinstance(text, str) else text
    return share_of_kinds(raws, [_kind(raw) for raw in raws])


word_kind = _kind  # how one word as written counts, for a caller that classifies its words itself


def share_of_kinds(raws: Sequence[str], kinds: Sequence[int]) -> tuple[float, int, list[str]]:
    """:func:`english_share` of ``raws`` whose :func:`word_kind` are already known (``kinds``, in order)."""
    english, unknown, foreign = kinds.count(_ENGLISH), kinds.count(_UNKNOWN), kinds.count(_FOREIGN)
    counted = english + unknown + foreign
    if not counted:
        return 1.0, 0, []
    sample: list[str] = []
    if english < counted:
        at: list[int] = []  # where the unknown and foreign words are, found by list.index, not word by word
        for kind, many in ((_UNKNOWN, unknown), (_FOREIGN, foreign)):
            i = -1
            for _ in range(many):
                i = kinds.index(kind, i + 1)
                at.append(i)
        at.sort()
        for i in at:
            raw = raws[i]
            if raw not in sample:
                sample.append(raw)
                if len(sample) == 5:
                    break
    return (english + unknown / 2) / counted, counted, sample
