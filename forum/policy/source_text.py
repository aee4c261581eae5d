"""The comment source as a reader sees it, for finding links, with a map back to the author's offsets.

Link finding (policy.md §1) must see through the tricks that hide an address from a filter but not from a
reader: HTML entities (``h&#116;tps://``), Markdown backslash escapes (``example\\.com``), invisible
characters (zero-width spaces, joiners, bidi controls, soft hyphens, tag characters) and look-alike
full-width letters and dots (``ｅｘａｍｐｌｅ．ｃｏｍ``). :func:`reader_view` undoes them and keeps, for every
character of the result, where it came from, so a found link can quote the source exactly (``raw``) and
give its offset (``start``).

Invariant: ``view.original[view.span(a, b)[0]:view.span(a, b)[1]]`` is the source text that produced
``view.text[a:b]``. Ordinary text (no ``&``, ``\\``, invisible or full-width characters) costs one regex
search and maps one to one.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["INVISIBLE_CLASS", "ReaderView", "reader_view"]

# Characters that render as nothing (or reorder text): removed before looking for links.
INVISIBLE_CLASS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff"
)
_SPECIAL_RE = re.compile(
    r"&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)"  # entities
    r"|\\[!-/:-@\[-`{-~]"  # Markdown backslash escapes
    f"|[{INVISIBLE_CLASS}]+"
)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CLASS}]")
# One-to-one look-alikes: full-width ASCII, ideographic and other full stops, fraction/division slashes.
_LOOKALIKES = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3002: ".", 0xFF61: ".", 0x2024: ".", 0xFE52: ".", 0x2044: "/", 0x2215: "/", 0x29F8: "/",
}


@dataclass(frozen=True, slots=True)
class ReaderView:
    """``text`` is what a reader sees; ``span`` maps a slice of it back to ``original``."""

    original: str
    text: str
    _clean_starts: tuple[int, ...] = ()
    _orig_starts: tuple[int, ...] = ()
    _orig_ends: tuple[int, ...] = ()
    _verbatim: tuple[bool, ...] = ()

    def _locate(self, index: int, *, end: bool) -> int:
        if not self._clean_starts:
            return index
        k = max(bisect_right(self._clean_starts, index - 1 if end else index) - 1, 0)
        if not self._verbatim[k]:
            return self._orig_ends[k] if end else self._orig_starts[k]
        return self._orig_starts[k] + (index - self._clean_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets ``[a, b)`` of ``text[start:end]``."""
        return self._locate(start, end=False), self._locate(end, end=True)


def _decode(piece: str) -> str:
    if piece[0] == "&":
        decoded = html.unescape(piece)
        return "" if _INVISIBLE_RE.fullmatch(decoded or "x") else decoded
    if piece[0] == "\\":
        return piece[1]
    return ""  # a run of invisible characters


def reader_view(text: str) -> ReaderView:
    """``text`` with entities decoded, escapes and invisible characters removed, look-alikes mapped."""
    first = _SPECIAL_RE.search(text) if "&" in text or "\\" in text or _INVISIBLE_RE.search(text) else None
    if first is None:
        return ReaderView(text, text.translate(_LOOKALIKES) if not text.isascii() else text)
    parts: list[str] = []
    clean_starts: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    verbatim: list[bool] = []
    clean_pos = orig_pos = 0

    def add(piece: str, orig_start: int, orig_end: int, is_verbatim: bool) -> None:
        nonlocal clean_pos
        if not piece:
            return
        parts.append(piece)
        clean_starts.append(clean_pos)
        orig_starts.append(orig_start)
        orig_ends.append(orig_end)
        verbatim.append(is_verbatim)
        clean_pos += len(piece)

    for match in _SPECIAL_RE.finditer(text, first.start()):
        add(text[orig_pos:match.start()], orig_pos, match.start(), True)
        add(_decode(match.group(0)), match.start(), match.end(), False)
        orig_pos = match.end()
    add(text[orig_pos:], orig_pos, len(text), True)
    clean = "".join(parts).translate(_LOOKALIKES)
    return ReaderView(text, clean, tuple(clean_starts), tuple(orig_starts), tuple(orig_ends), tuple(verbatim))
