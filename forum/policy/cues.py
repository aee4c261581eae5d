"""Cue patterns over ``Substance.words_text`` (" word word . word ") that run only when they can match.

A cue list compiled as ``" (?:cue|cue…)(?= )"`` can only match where one of its cues' first words is a word of
the comment: :func:`first_words` reads those words off the cue's regular expression (literals, character sets
of literals, alternatives and optional parts, up to the first space), and :class:`Cues` skips the search when
none of them is among the comment's words. A cue whose first word the reading cannot spell out in full (``\\w+``,
a repeat, a flag) leaves its list ungated: the search always runs, exactly as before.
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
        else:
            raise _Unspellable
        if len(states) > _LIMIT:
            raise _Unspellable
    return states


def first_words(cue: str) -> frozenset[str] | None:
    """The words a match of ``" (?:cue)(?= )"`` can start with, or None when they cannot all be spelt out."""
    try:
        states = _spell(_parser.parse(cue), {("", False)})
    except _Unspellable:
        return None
    words = frozenset(prefix for prefix, _ in states)
    return None if "" in words else words


class Cues:
    """``" (?:cue|cue…)(?= )"`` over words_text, searched only when a first word of a cue is in the comment."""

    __slots__ = ("firsts", "pattern")

    def __init__(self, cues: Iterable[str]) -> None:
        cues = tuple(cues)
        self.pattern = re.compile(" (?:" + "|".join(f"(?:{c})" for c in cues) + ")(?= )")
        firsts: set[str] = set()
        for cue in cues:
            words = first_words(cue)
            if words is None:
                self.firsts: frozenset[str] | None = None
                return
            firsts |= words
        # words_text's words are the comment's norms and the sentence separator ".", never in the vocabulary
        self.firsts = None if "." in firsts else frozenset(firsts)

    def search(self, words: str, vocab: frozenset[str]) -> re.Match[str] | None:
        """``pattern.search(words)``, skipped when none of the first words is in ``vocab`` (the comment's)."""
        if self.firsts is not None and self.firsts.isdisjoint(vocab):
            return None
        return self.pattern.search(words)

    def finditer(self, words: str, vocab: frozenset[str]) -> Iterator[re.Match[str]]:
        if self.firsts is not None and self.firsts.isdisjoint(vocab):
            return iter(())
        return self.pattern.finditer(words)
