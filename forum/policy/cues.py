"""Cue patterns over ``Substance.words_text`` (" word word . word ") searched with only the cues that can match.

In ``" (?:cue|cue…)(?= )"`` every word of words_text is a whole word between spaces, so a cue can only match a
comment that has, as a word, one of the spellings of *each* word of the cue that can be spelt out:
:func:`word_sets` reads those spellings off the cue's regular expression (literals, character sets of
literals, alternatives and optional parts, from a point where a word starts to the next space). :class:`Cues`
leaves out of the alternation every cue one of whose word sets has no word in the comment: such a cue matches
nowhere in it, so the leftmost match is unchanged. A cue with no word the reading can spell out in full (only
``\\w+``, repeats or flags) is always searched.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

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
        elif _starts_with_space([(op, arg)] if op not in (C.MAX_REPEAT, C.MIN_REPEAT) else arg[2]):
            # What follows is words of its own (" \\w+", "(?: \\w+){0,2}"): an open word ends here, or, when it
            # can be left out, goes on to the next item too.
            ended = {(p, True) for p, _ in open_states}
            optional = op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] == 0
            states = done_states | ended | (open_states if optional else set())
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
    """Whether every match of ``sub`` ends in a literal space (an alternative of words "(?:per |an? |a )" too)."""
    body = list(sub)
    if not body:
        return False
    op, arg = body[-1]
    if op is C.SUBPATTERN and not arg[1] and not arg[2]:
        return _ends_in_space(arg[3])
    if op is C.BRANCH:
        return all(_ends_in_space(alt) for alt in arg[1])
    return op is C.LITERAL and arg == ord(" ")


def _starts_with_space(sub: Iterable) -> bool:
    """Whether every match of ``sub`` starts with a literal space (" for", "(?: \\w+){1,2}", "(?: now| today)")."""
    body = list(sub)
    if not body:
        return False
    op, arg = body[0]
    if op is C.SUBPATTERN and not arg[1] and not arg[2]:
        return _starts_with_space(arg[3])
    if op is C.BRANCH:
        return all(_starts_with_space(alt) for alt in arg[1])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return arg[0] >= 1 and _starts_with_space(arg[2])
    return op is C.LITERAL and arg == ord(" ")


def word_sets(cue: str) -> tuple[frozenset[str], ...]:
    """For each place a word starts in ``cue`` whose word can be spelt out, the words a match of
    ``" (?:cue)(?= )"`` can have there: every match holds, as a whole word, one word of every set."""
    items = list(_parser.parse(cue))
    found = (_words_at(items, i) for i in _word_starts(items))
    return tuple(dict.fromkeys(w for w in found if w is not None and "." not in w))


_UNSEEN = object()


class Cues:
    """``" (?:cue|cue…)(?= )"`` over words_text, searched with only the cues that can match the comment.

    A cue with a word set (:func:`word_sets`) none of whose words is in the comment matches nowhere in it, so
    leaving it out of the alternation changes no match: the leftmost match, and where two cues start together
    the earlier one's, are those of the whole list. With no cue left there is no search at all. Which cues can
    match depends only on which of the cues' words the comment has: the alternation is remembered for that set
    of words (a few hundred sets at most are kept), not for the comment.
    """

    __slots__ = ("_always", "_by_word", "_gates", "_patterns", "_sets", "_words", "cues", "pattern")

    def __init__(self, cues: Iterable[str]) -> None:
        self.cues = tuple(cues)
        self.pattern = self._compile(range(len(self.cues)))
        self._sets = tuple(word_sets(cue) for cue in self.cues)
        by_word: dict[str, set[int]] = {}
        for n, sets in enumerate(self._sets):
            for word in frozenset().union(*sets):
                by_word.setdefault(word, set()).add(n)
        self._always = frozenset(n for n, sets in enumerate(self._sets) if not sets)
        self._by_word = {word: frozenset(numbers) for word, numbers in by_word.items()}
        self._words = frozenset(by_word)
        self._gates: dict[frozenset[str], re.Pattern[str] | None] = {}  # the cues' words present → pattern
        self._patterns: dict[frozenset[int], re.Pattern[str]] = {}

    def _compile(self, numbers: Iterable[int]) -> re.Pattern[str]:
        return re.compile(" (?:" + "|".join(f"(?:{self.cues[n]})" for n in sorted(numbers)) + ")(?= )")

    def _for(self, vocab: frozenset[str]) -> re.Pattern[str] | None:
        """The alternation of the cues that can match a comment of words ``vocab``, or None for none."""
        present = self._words.intersection(vocab)
        pattern = self._gates.get(present, _UNSEEN)
        if pattern is _UNSEEN:
            if len(self._gates) >= 512:
                self._gates.clear()
            pattern = self._gates[present] = self._gated(present)
        return pattern  # type: ignore[return-value]

    def _gated(self, present: frozenset[str]) -> re.Pattern[str] | None:
        """The alternation of the cues each of whose word sets has a word in ``present``, or None for none."""
        candidates = frozenset().union(*(self._by_word[word] for word in present))
        numbers = self._always.union(n for n in candidates
                                     if not any(words.isdisjoint(present) for words in self._sets[n]))
        if not numbers:
            return None
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
