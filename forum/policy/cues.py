"""Cue patterns over ``Substance.words_text`` (" word word . word ") searched with only the cues that can match.

In ``" (?:cue|cue…)(?= )"`` every word of words_text is a whole word between spaces, so a cue can only match a
comment that has, as a word, one of the spellings of some word of the cue: :func:`needed_words` reads those
spellings off the cue's regular expression (literals, character sets of literals, alternatives and optional
parts, from a point where a word starts to the next space), choosing the word of the cue with the fewest common
spellings. :class:`Cues` leaves out of the alternation every cue none of whose needed words is in the comment:
such a cue matches nowhere in it, so the leftmost match is unchanged. A cue with no word the reading can spell
out in full (only ``\\w+``, repeats or flags) is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

from forum.policy.lexicon import generic

_COMMON = generic.STOPWORDS  # the words a gate had best not rely on: nearly every comment has them
_LIMIT = 400  # spellings of a first word, beyond which a cue is left ungated


class _Unspellable(Exception):
    pass


def _spell(items: Iterable, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """Every (prefix, ended at a space) the parsed ``items`` can extend ``states`` into."""
    for op, arg in items:
        if all(done for _, done in states):
            return states
        done_states = {s for s in states if s[1]}
        open_states = states - done_states
        if op is C.LITERAL:
            chars = [chr(arg)]
        elif op is C.IN and all(o is C.LITERAL for o, _ in arg):
            chars = [chr(a) for _, a in arg]
        else:
            chars = None
        if chars is not None:
            states = done_states | {(p, True) if ch == " " else (p + ch, False) for p, _ in open_states
                                    for ch in chars}
        elif op is C.BRANCH:
            states = done_states | {s for alt in arg[1] for s in _spell(alt, set(open_states))}
        elif op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if add_flags or del_flags:
                raise _Unspellable
            states = done_states | _spell(sub, set(open_states))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] in (0, 1) and arg[1] == 1:
            taken = _spell(arg[2], set(open_states))
            states = done_states | taken | (open_states if arg[0] == 0 else set())
        else:
            raise _Unspellable
        if len(states) > _LIMIT:
            raise _Unspellable
    return states


def _words_at(items: list, start: int) -> frozenset[str] | None:
    """The words a match can have where ``items[start:]`` begins (a word's start), or None."""
    try:
        states = _spell(items[start:], {("", False)})
    except _Unspellable:
        return None
    words = frozenset(prefix for prefix, _ in states)
    return None if "" in words else words


def _word_starts(items: list) -> Iterator[int]:
    """Where a word must start among the top-level ``items`` of a cue: at its start, after a literal space, and
    after an optional run of words each ending in a space ("(?:[\\w-]+ ){0,2}") that itself starts a word."""
    at_start = True
    yield 0
    for i, (op, arg) in enumerate(items):
        if op is C.LITERAL and arg == ord(" "):
            at_start = True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) and _ends_in_space(arg[2]):
            at_start = at_start or arg[0] >= 1
        else:
            at_start = False
        if at_start and i + 1 < len(items):
            yield i + 1


def _ends_in_space(sub: Iterable) -> bool:
    body = list(sub)
    while len(body) == 1 and body[0][0] is C.SUBPATTERN and not body[0][1][1] and not body[0][1][2]:
        body = list(body[0][1][3])
    return bool(body) and body[-1][0] is C.LITERAL and body[-1][1] == ord(" ")


def needed_words(cue: str, common: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """Words one of which every match of ``" (?:cue)(?= )"`` holds as a whole word, or None when none can be
    spelt out: of the cue's words that can be (its first, one after a space ...), the set with the fewest
    ``common`` words, then the fewest words."""
    items = list(_parser.parse(cue))
    found = [w for w in (_words_at(items, i) for i in _word_starts(items)) if w is not None and "." not in w]
    return min(found, key=lambda w: (len(w & common), len(w)), default=None)


class Cues:
    """``" (?:cue|cue…)(?= )"`` over words_text, searched with only the cues that can match the comment.

    A cue whose needed words (:func:`needed_words`) are all absent from the comment matches nowhere in it, so
    leaving it out of the alternation changes no match: the leftmost match, and where two cues start together
    the earlier one's, are those of the whole list. With no cue left there is no search at all.
    """

    __slots__ = ("_always", "_by_word", "_patterns", "_words", "cues", "pattern")

    def __init__(self, cues: Iterable[str], common: frozenset[str] = _COMMON) -> None:
        self.cues = tuple(cues)
        self.pattern = self._compile(range(len(self.cues)))
        by_word: dict[str, set[int]] = {}
        always: set[int] = set()
        for n, cue in enumerate(self.cues):
            words = needed_words(cue, common)
            if words is None:
                always.add(n)
            for word in words or ():
                by_word.setdefault(word, set()).add(n)
        self._always = frozenset(always)
        self._by_word = {word: frozenset(numbers) for word, numbers in by_word.items()}
        self._words = frozenset(by_word)
        self._patterns: dict[frozenset[int], re.Pattern[str]] = {}

    def _compile(self, numbers: Iterable[int]) -> re.Pattern[str]:
        return re.compile(" (?:" + "|".join(f"(?:{self.cues[n]})" for n in sorted(numbers)) + ")(?= )")

    def _for(self, vocab: frozenset[str]) -> re.Pattern[str] | None:
        """The alternation of the cues that can match a comment of words ``vocab``, or None for none."""
        present = self._words.intersection(vocab)
        if not present:
            if not self._always:
                return None
            numbers = self._always
        else:
            numbers = self._always.union(*(self._by_word[word] for word in present))
        pattern = self._patterns.get(numbers)
        if pattern is None:
            if len(self._patterns) >= 512:
                self._patterns.clear()
            pattern = self._patterns[numbers] = self._compile(numbers)
        return pattern

    def search(self, words: str, vocab: frozenset[str]) -> re.Match[str] | None:
        """``pattern.search(words)`` for ``words`` (a words_text) of the distinct words ``vocab``."""
        pattern = self._for(vocab)
        return pattern.search(words) if pattern is not None else None

    def finditer(self, words: str, vocab: frozenset[str]) -> Iterator[re.Match[str]]:
        """``pattern.finditer(words)`` for ``words`` (a words_text) of the distinct words ``vocab``."""
        pattern = self._for(vocab)
        return pattern.finditer(words) if pattern is not None else iter(())
