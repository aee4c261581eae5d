"""The generic parts of a comment, recognised so the value judgement can set them aside (docs/policy.md §3).

- :data:`WORD_CLASS`: every listed word's class — ``stop``, ``filler``, ``generic`` (praise, thanks, words
  about the post) or ``topic`` (naming the forum's subject); unlisted words are content or numbers.
- :func:`mark_phrases`: multi-word generic phrases (:mod:`forum.policy.lexicon.phrases`), matched greedily
  within a sentence with filler words skipped.
- :func:`names_in`: names used as address or signature ("Hi Ty,", "Thanks Kate!", "— Sam").
- :func:`unwrap`: emoji, emoticons, symbolic praise ("+1", "10/10") and praise in scripts without spaces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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

_SYMBOLIC_PRAISE = re.compile(r"(?:\b(?i:big|huge|massive) )?\+\s?1+(?![\d.,])|10\s?/\s?10\b|5\s?/\s?5\b"
                              r"|[1-5](?:\.\d)?\s?stars?\b|[aA]\+{1,3}(?!\w)")
# The one kind of symbolic praise with neither "+" nor "/": a rating in stars ("5 stars"), looked for first.
_STARS = re.compile(r"[1-5](?:\.\d)?\s?stars?\b")
_PUNCTUATION_PADDING = re.compile(r"!{2,}|\?{2,}|\.{3,}|…")
_GREETING_HEADS = word_set("""
hi hello hey dear thanks thank you thx cheers congrats kudos bravo done hola bonjour hallo gracias merci danke
grazie
""")


def _unknown_capitalised(raw: str, norm: str) -> bool:
    return raw[:1].isupper() and norm not in COMMON and norm not in WORD_CLASS


def names_in(sentence: str, raws: Sequence[str], norms: Sequence[str], last: bool) -> set[str]:
    """Names used as address or signature ("Hi Ty,", "Thanks Kate!", "Kate, …", "— Sam"): not content."""
    found = set()
    if not _GREETING_HEADS.isdisjoint(norms):
        for i in range(1, len(raws)):
            if norms[i - 1] in _GREETING_HEADS and _unknown_capitalised(raws[i], norms[i]):
                found.add(norms[i])
    if sentence[len(raws[0]):len(raws[0]) + 1] in (",", "!", ":") and sentence.startswith(raws[0]) and \
            _unknown_capitalised(raws[0], norms[0]):
        found.add(norms[0])
    if last and len(raws) <= 2 and all(_unknown_capitalised(r, n) for r, n in zip(raws, norms, strict=True)):
        found.update(norms)
    return found


# anchor word → (phrase words, position of the anchor in the phrase, category, the phrase's distinct words)
PhraseIndex = dict[str, tuple[tuple[list[str], int, str, frozenset[str]], ...]]
_NOT_ANCHORS = generic.STOPWORDS | generic.TOPIC_WORDS


def _anchor(parts: list[str]) -> int:
    """The position of the phrase's most telling word (the last that is no stop or topic word)."""
    for k in range(len(parts) - 1, -1, -1):
        if parts[k] not in _NOT_ANCHORS:
            return k
    return len(parts) - 1


@lru_cache(maxsize=16)
def phrase_index(extra: tuple[str, ...]) -> PhraseIndex:
    """Anchor word → the phrases containing it, longest first; filler words are left out of phrases.

    Keying phrases on a telling word rather than their first ("i", "the") lets a sentence without any such
    word be skipped with one set operation.
    """
    index: dict[str, list[tuple[list[str], int, str]]] = {}
    entries = [(p, c) for c, group in PHRASES.items() for p in group]
    entries += [(p.lower(), "praise") for p in extra]
    for phrase, category in entries:
        parts = [w for w in phrase.split() if w not in generic.FILLER_WORDS]
        if len(parts) >= 2:
            k = _anchor(parts)
            index.setdefault(parts[k], []).append((parts, k, category))
    return {word: tuple((*e, frozenset(e[0])) for e in sorted(v, key=lambda e: -len(e[0])))
            for word, v in index.items()}


def phrase_anchors(index: PhraseIndex, vocab: frozenset[str]) -> frozenset[str]:
    """The anchors of ``index`` with a phrase every word of which is in ``vocab`` (a comment's words): a
    sentence of the comment without one of them holds no phrase (:func:`mark_phrases` gives None)."""
    found = []
    for anchor in index.keys() & vocab:  # a loop, not generators: a comment has a dozen anchors to try
        for entry in index[anchor]:
            if vocab.issuperset(entry[3]):
                found.append(anchor)
                break
    return frozenset(found)


def mark_phrases(norms: Sequence[str], index: PhraseIndex) -> list[str] | None:
    """Category of the generic phrase each word belongs to ("" for none), or None when no phrase is there.

    Filler words are skipped while matching, so "i totally agree" and "such a really great post" match "i
    agree" and "a great post", and the filler between is marked with the phrase. Where phrases overlap the
    earliest wins, then the longest; phrases never cross a sentence (the caller passes one sentence).
    """
    present = set(norms)  # a phrase can only be there when every word of it is
    anchors = index.keys() & present
    if not anchors:
        return None
    if not any(entry[3] <= present for anchor in anchors for entry in index[anchor]):
        return None
    if generic.FILLER_WORDS.isdisjoint(norms):
        core, words = range(len(norms)), list(norms)  # a list: phrases are lists, and compared as such
    else:
        core = [i for i, w in enumerate(norms) if w not in generic.FILLER_WORDS]
        words = [norms[i] for i in core]
    found = []
    for j, word in enumerate(words):
        for phrase, k, category, _ in index.get(word, ()):
            start = j - k
            if start >= 0 and words[start:start + len(phrase)] == phrase:
                found.append((start, -len(phrase), category))
    if not found:
        return None
    marks = [""] * len(norms)
    taken = 0
    for start, negative_length, category in sorted(found):
        if start < taken:
            continue
        end = start - negative_length
        first, final = core[start], core[end - 1] + 1
        marks[first:final] = [category] * (final - first)
        taken = end
    return marks


def unwrap(text: str) -> tuple[str, list[str]]:
    """``text`` without emoji, symbolic praise ("+1", "10/10") and unspaced praise ("谢谢"), and those.

    Padding punctuation ("!!!", "...") is only noted: words are found without it anyway.
    """
    found, cleaned = split_emoji(text)
    if "+" in cleaned or "/" in cleaned or ("star" in cleaned and _STARS.search(cleaned)):
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
