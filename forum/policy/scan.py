"""Character-class scans of ASCII text done with ``bytes.translate`` instead of the regular expression engine.

The engine tests a character class against the characters of a text one at a time, several times slower
than ``bytes.translate`` looks each byte up in a table; a review asks a dozen such questions of a comment
("any control character?", "any Markdown character?", "seven digits?"). :class:`CharClass` answers them for
ASCII text (``str.isascii`` reads a flag, it does not scan) exactly as its pattern would, and asks the pattern
itself for any other text.
"""

from __future__ import annotations

import re


class CharClass:
    """A pattern of one character class ("[0-9]", "[\\x00-\\x1f]" ...) and the ASCII characters it matches.

    Invariant: for every ``str`` ``text``, :meth:`in_text` is ``pattern.search(text) is not None``,
    :meth:`count` is ``len(pattern.findall(text))`` and :meth:`run_in` is whether ``n`` characters of the
    class follow one another in ``text``.
    """

    __slots__ = ("_marks", "_others", "_runs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        members = [i < 128 and pattern.fullmatch(chr(i)) is not None for i in range(256)]
        self._others = bytes(i for i, member in enumerate(members) if not member)  # deleted: what is left is in it
        self._marks = bytes(1 if member else 0 for member in members)  # each byte: 1 in the class, else 0
        self._runs: dict[int, re.Pattern[str]] = {}

    def in_text(self, text: str) -> bool:
        """Whether a character of ``text`` is in the class."""
        if text.isascii():
            return bool(text.encode("ascii").translate(None, self._others))
        return self.pattern.search(text) is not None

    def count(self, text: str) -> int:
        """How many characters of ``text`` are in the class."""
        if text.isascii():
            return len(text.encode("ascii").translate(None, self._others))
        return len(self.pattern.findall(text))

    def run_in(self, text: str, n: int) -> bool:
        """Whether ``n`` characters of the class follow one another somewhere in ``text``."""
        if text.isascii():
            return b"\x01" * n in text.encode("ascii").translate(self._marks)
        run = self._runs.get(n)
        if run is None:
            run = self._runs[n] = re.compile(f"(?:{self.pattern.pattern}){{{n}}}", self.pattern.flags)
        return run.search(text) is not None


class CharPair:
    """A pattern of two disjoint character classes in a row ("[!1][a-z]"), searched like :class:`CharClass`:
    ``in_text(text)`` is ``pattern.search(text) is not None`` for every ``str``."""

    __slots__ = ("_marks", "pattern")

    def __init__(self, pattern: re.Pattern[str], first: re.Pattern[str], second: re.Pattern[str]) -> None:
        self.pattern = pattern
        marks = []
        for i in range(256):
            in_first = i < 128 and first.fullmatch(chr(i)) is not None
            in_second = i < 128 and second.fullmatch(chr(i)) is not None
            if in_first and in_second:
                raise ValueError("the classes of a CharPair must not share a character")
            marks.append(1 if in_first else 2 if in_second else 0)
        self._marks = bytes(marks)  # each byte: 1 in the first class, 2 in the second, else 0

    def in_text(self, text: str) -> bool:
        if text.isascii():
            return b"\x01\x02" in text.encode("ascii").translate(self._marks)
        return self.pattern.search(text) is not None


def ends_at(text: str, char: str, needles: tuple[str, ...], many: int = 16) -> bool:
    """``any(needle in text for needle in needles)`` for needles that all end in ``char``: asked with one
    ``str.endswith`` at each ``char`` of ``text`` (prose has a few colons; each ``in`` scans the whole text),
    or by the scans themselves when ``text`` has more than ``many`` of it."""
    if text.count(char) > many:
        return any(needle in text for needle in needles)
    at = text.find(char)
    while at >= 0:
        if text.endswith(needles, 0, at + 1):
            return True
        at = text.find(char, at + 1)
    return False
