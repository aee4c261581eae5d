"""Two views of a comment's source for finding links, each with a map back to the author's offsets.

- :func:`renderer_view` is the text as the renderer parses it: only the characters the renderer itself
  drops (:data:`RENDER_DROPPED_CLASS`: controls, bidi controls, zero-width spaces, soft hyphens, BOMs, tag
  characters) are removed, and NUL reads as U+FFFD, as it does for the renderer. Links found here are
  exactly the ones a reader can click, with the host the click goes to.
- :func:`reader_view` is the text as a reader sees it once the tricks that hide an address from a filter are
  undone: HTML entities (``h&#116;tps://``; with the semicolon, as Markdown reads them), Markdown backslash
  escapes (``example\\.com``), every invisible character, full-width look-alikes (``ｅｘａｍｐｌｅ．ｃｏｍ``).
  An entity for an invisible character becomes a space: the renderer keeps such a character, so it ends a
  word there too.

Invariant: ``view.original[slice(*view.span(a, b))]`` is the source text that produced ``view.text[a:b]``.
Ordinary text (no ``&``, ``\\``, invisible or full-width characters) costs a few scans and maps one to one.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace

from forum.policy.scan import CharClass

__all__ = ["INVISIBLE_CLASS", "RENDER_DROPPED_CLASS", "SourceView", "reader_view", "renderer_view", "source_views"]

# What the renderer removes before parsing (forum.policy.sanitize uses this very class).
RENDER_DROPPED_CLASS = (
    "\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0/C1 controls except tab, newline, carriage return (NUL: U+FFFD)
    "\u00ad\u180e\u200b\u2060-\u2064\ufeff"  # soft hyphen, invisible separators and joiners, BOM
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides, isolates
    "\ufdd0-\ufdef\ufffe\uffff\U000e0000-\U000e007f"  # non-characters, tag characters
)
# Everything that renders as nothing or reorders text, a superset of the above.
INVISIBLE_CLASS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u3164\ufdd0-\ufdef\ufe00-\ufe0f\ufeff\ufffe\uffff\uffa0\U000e0000-\U000e0fff"
)
_RENDER_DROPPED_RE = re.compile(f"[{RENDER_DROPPED_CLASS}]+")
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CLASS}]")
_INVISIBLE = CharClass(_INVISIBLE_RE)
_READER_SPECIAL_RE = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"  # entities
    r"|\\[!-/:-@\[-`{-~]"  # Markdown backslash escapes
    f"|[{INVISIBLE_CLASS}]+"
)
# One-to-one look-alikes: full-width ASCII, ideographic and other full stops, fraction/division slashes.
_LOOKALIKES = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3002: ".", 0xFF61: ".", 0x2024: ".", 0xFE52: ".", 0x2044: "/", 0x2215: "/", 0x29F8: "/",
}


@dataclass(frozen=True, slots=True)
class SourceView:
    """``text`` derived from ``original``; ``span`` maps a slice of ``text`` back to ``original``."""

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


def _build(text: str, special: re.Pattern[str], decode: Callable[[str], str], lookalikes: bool) -> SourceView:
    parts: list[str] = []
    clean_starts: list[int] = []
    orig_starts: list[int] = []
    orig_ends: list[int] = []
    verbatim: list[bool] = []
    clean_pos = orig_pos = 0

    def add(piece: str, orig_start: int, orig_end: int, is_verbatim: bool) -> None:
        nonlocal clean_pos
        if piece:
            parts.append(piece)
            clean_starts.append(clean_pos)
            orig_starts.append(orig_start)
            orig_ends.append(orig_end)
            verbatim.append(is_verbatim)
            clean_pos += len(piece)

    for match in special.finditer(text):
        add(text[orig_pos:match.start()], orig_pos, match.start(), True)
        add(decode(match.group(0)), match.start(), match.end(), False)
        orig_pos = match.end()
    add(text[orig_pos:], orig_pos, len(text), True)
    clean = "".join(parts)
    if lookalikes:
        clean = clean.translate(_LOOKALIKES)
    return SourceView(text, clean, tuple(clean_starts), tuple(orig_starts), tuple(orig_ends), tuple(verbatim))


def _dropped(_: str) -> str:
    return ""


def _decoded(piece: str) -> str:
    if piece[0] == "&":
        decoded = html.unescape(piece)
        return " " if not decoded or _INVISIBLE_RE.search(decoded) else decoded
    if piece[0] == "\\":
        return piece[1]
    return ""  # a run of invisible characters


def renderer_view(text: str) -> SourceView:
    """``text`` as the renderer parses it: its dropped characters removed, NUL read as U+FFFD."""
    if not _RENDER_DROPPED_RE.search(text):
        return SourceView(text, text.replace("\x00", "\ufffd") if "\x00" in text else text)
    view = _build(text, _RENDER_DROPPED_RE, _dropped, lookalikes=False)
    return view if "\x00" not in view.text else replace(view, text=view.text.replace("\x00", "\ufffd"))


def reader_view(text: str) -> SourceView:
    """``text`` with entities decoded, escapes and invisible characters removed, look-alikes mapped."""
    if "&" not in text and "\\" not in text and not _INVISIBLE.in_text(text):
        return SourceView(text, text if text.isascii() else text.translate(_LOOKALIKES))
    return _build(text, _READER_SPECIAL_RE, _decoded, lookalikes=True)


def source_views(text: str) -> tuple[SourceView, SourceView]:
    """``(renderer_view(text), reader_view(text))``, sharing one scan for the usual text that needs neither."""
    if "&" not in text and "\\" not in text and text.isascii() and not _INVISIBLE.in_text(text):
        view = SourceView(text, text)
        return view, view
    return renderer_view(text), reader_view(text)
