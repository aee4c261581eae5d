"""The generic parts of a comment, recognised so the value judgement can set them aside (policy.md §3).

- :data:`WORD_CLASS`: every listed word's class — ``stop``, ``filler``, ``generic`` (praise, thanks, words
  about the post) or ``topic`` (naming the forum's subject); unlisted words are content or numbers.
- :func:`mark_phrases`: multi-word generic phrases (:mod:`forum.policy.lexicon.phrases`), matched greedily
  within a sentence with filler words skipped.
- :func:`names_in`: names used as address or signature ("Hi Ty,", "Thanks Kate!", "— Sam").
- :func:`unwrap`: emoji, emoticons, symbolic praise ("+1", "10/10") and praise in scripts without spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from forum.policy.lexicon import generic
from forum.policy.lexicon import words as word_set
from forum.policy.lexicon.english import COMMON
from forum.policy.lexicon.phrases import PHRASES
from forum.policy.text import split_emoji


def _classes() -> dict[str, str]:
    table: dict[str, str] = {}
    for cls, words in (("topic", generic.TOPIC_WORDS), ("generic", generic.GENERIC_WORDS),
                       ("filler", generic.FILLER_WORDS), ("stop", generic.STOPWORDS)):
        table.update(dict.fromkeys(words, cls))  # later wins: stop > filler > generic > topic
    return table


WORD_CLASS = _classes()

_SYMBOLIC_PRAISE = re.compile(r"\+\s?1+(?![\d.,])|10\s?/\s?10\b|5\s?/\s?5\b|[1-5](?:\.\d)?\s?stars?\b"
                              r"|[aA]\+{1,3}(?!\w)")
_PUNCTUATION_PADDING = re.compile(r"!{2,}|\?{2,}|\.{3,}|…")
_GREETING_HEADS = word_set("""
hi hello hey dear thanks thank you thx cheers congrats kudos bravo done hola bonjour hallo gracias merci danke
grazie
""")


def _unknown_capitalised(raw: str, norm: str) -> bool:
    return raw[:1].isupper() and norm not in COMMON and norm not in WORD_CLASS


def names_in(sentence: str, raws: list[str], norms: list[str], last: bool) -> set[str]:
    """Names used as address or signature ("Hi Ty,", "Thanks Kate!", "Kate, …", "— Sam"): not content."""
    found = set()
    for i in range(1, len(raws)):
        if norms[i - 1] in _GREETING_HEADS and _unknown_capitalised(raws[i], norms[i]):
            found.add(norms[i])
    if sentence[len(raws[0]):len(raws[0]) + 1] in (",", "!", ":") and sentence.startswith(raws[0]) and \
            _unknown_capitalised(raws[0], norms[0]):
        found.add(norms[0])
    if last and len(raws) <= 2 and all(_unknown_capitalised(r, n) for r, n in zip(raws, norms, strict=True)):
        found.update(norms)
    return found


PhraseIndex = dict[str, dict[str, tuple[tuple[list[str], str], ...]]]


@lru_cache(maxsize=16)
def phrase_index(extra: tuple[str, ...]) -> PhraseIndex:
    """First word → second word → (phrase words, category), longest phrases first; filler words left out."""
    index: dict[str, dict[str, list[tuple[list[str], str]]]] = {}
    entries = [(p, c) for c, group in PHRASES.items() for p in group]
    entries += [(p.lower(), "praise") for p in extra]
    for phrase, category in entries:
        parts = [w for w in phrase.split() if w not in generic.FILLER_WORDS]
        if len(parts) >= 2:
            index.setdefault(parts[0], {}).setdefault(parts[1], []).append((parts, category))
    return {first: {second: tuple(sorted(v, key=lambda e: -len(e[0]))) for second, v in seconds.items()}
            for first, seconds in index.items()}


def mark_phrases(norms: list[str], index: PhraseIndex) -> list[str] | None:
    """Category of the generic phrase each word belongs to ("" for none), or None when no phrase is there.

    Filler words are skipped while matching, so "i totally agree" and "such a really great post" match "i
    agree" and "a great post", and the filler between is marked with the phrase. Greedy, longest match
    first; phrases never cross a sentence (the caller passes one sentence).
    """
    core = [i for i, w in enumerate(norms) if w not in generic.FILLER_WORDS]
    words = [norms[i] for i in core]
    marks = None
    skip = 0
    last = len(words) - 1
    for j, word in enumerate(words):
        if j < skip or j == last:
            continue
        seconds = index.get(word)
        if seconds is None:
            continue
        for phrase, category in seconds.get(words[j + 1], ()):
            end = j + len(phrase)
            if words[j:end] == phrase:
                if marks is None:
                    marks = [""] * len(norms)
                first, final = core[j], core[end - 1] + 1
                marks[first:final] = [category] * (final - first)
                skip = end
                break
    return marks


def unwrap(text: str) -> tuple[str, list[str]]:
    """``text`` without emoji, symbolic praise ("+1", "10/10") and unspaced praise ("谢谢"), and those.

    Padding punctuation ("!!!", "...") is only noted: words are found without it anyway.
    """
    found, cleaned = split_emoji(text)
    if "+" in cleaned or "/" in cleaned or "star" in cleaned:
        symbols = _SYMBOLIC_PRAISE.findall(cleaned)
        if symbols:
            found += symbols
            cleaned = _SYMBOLIC_PRAISE.sub(" ", cleaned)
    if "!!" in cleaned or "??" in cleaned or "..." in cleaned or "…" in cleaned:
        found += _PUNCTUATION_PADDING.findall(cleaned)
    if not cleaned.isascii():
        for phrase in generic.UNSPACED_PRAISE:
            if phrase in cleaned:
                found.append(phrase)
                cleaned = cleaned.replace(phrase, " ")
    return cleaned, found
