"""Search result excerpts: a window of a match's plain text around the first hit, escaped, with the
query's words marked.

Built from the *sanitised* HTML the policy engine produced (never the raw source), reduced to plain text,
so no markup a member wrote can reach the page. Order matters and is the invariant here: the text is cut
into pieces first, every piece is HTML-escaped, and only then are ``<mark>`` tags put around the escaped
matched pieces — the result contains no tag but ``<mark>`` and ``</mark>``.
"""

from __future__ import annotations

import re
from html import escape

from forum.policy.sanitize import plain_text

SNIPPET_CHARS = 220
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "e", "y")


def stem(word: str) -> str:
    """A crude stem for highlighting (the index stems properly): ``billing`` and ``billed`` share ``bill``."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def snippet_marker(words: list[str]) -> re.Pattern[str] | None:
    """The pattern that marks ``words`` (and their stems' other endings); build it once per search."""
    return _pattern(words)


def _pattern(words: list[str]) -> re.Pattern[str] | None:
    stems = sorted({stem(w.lower()) for w in words if w}, key=len, reverse=True)
    if not stems:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)


def _window(text: str, start: int, limit: int) -> tuple[int, int]:
    begin = max(0, start - limit // 3)
    if begin and " " in text[begin:start]:
        begin = text.index(" ", begin) + 1
    end = min(len(text), begin + limit)
    if end < len(text) and " " in text[begin + limit // 2:end]:
        end = text.rindex(" ", begin + limit // 2, end)
    return begin, end


def snippet_html(html: str, words: list[str] | re.Pattern[str] | None, limit: int = SNIPPET_CHARS) -> str:
    """An escaped excerpt of sanitised ``html`` (at most about ``limit`` characters) with ``words`` marked
    (or the matches of a :func:`snippet_marker` pattern)."""
    text = " ".join(plain_text(html or "").split())
    pattern = _pattern(words) if isinstance(words, list) else words
    first = pattern.search(text) if pattern else None
    begin, end = _window(text, first.start() if first else 0, limit)
    piece = text[begin:end]
    out: list[str] = ["…" if begin else ""]
    position = 0
    for match in pattern.finditer(piece) if pattern else ():
        out.append(escape(piece[position:match.start()]))
        out.append("<mark>" + escape(match.group(0)) + "</mark>")
        position = match.end()
    out.append(escape(piece[position:]))
    out.append("…" if end < len(text) else "")
    return "".join(out)
