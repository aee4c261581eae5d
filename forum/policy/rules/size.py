"""``too_long``, ``too_complex`` and ``empty`` (reject): the checks that run before a comment is parsed.

An oversized text is rejected on its length alone, so that no parser, sanitiser or regular expression ever
sees it (several are super-linear on hostile input). Within the length limit, a text made mostly of structure
— thousands of line breaks, tags, brackets or links — is rejected too, on counts taken with ``str.count``
(linear, no parsing): the sanitiser's cost grows with the number of elements, not characters, and a member
typing in the live composer must not keep a worker busy. The bounds (:data:`STRUCTURE_LIMITS`) are far above
what any real comment uses (a 20,000-character essay has a few hundred line breaks and one link). An empty
text, or one made only of white space and invisible characters, is rejected so the author is told plainly
instead of being judged "too brief".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from forum.policy.rule import Rule
from forum.policy.types import Decision, PolicySettings, Reason


def check_too_long(source: str, settings: PolicySettings) -> Reason | None:
    """Reject a text longer than ``settings.max_chars`` characters, before any parsing."""
    if len(source) <= settings.max_chars:
        return None
    return TOO_LONG.reason(
        f"This comment is {len(source):,} characters long; the limit is {settings.max_chars:,}. Shorten it "
        "to the part that matters most, or start a discussion of your own for the full story.",
        f"{len(source):,} characters",
    )


# What is counted → (the most a comment may have per STRUCTURE_SPAN characters, how the author is told what it
# is). A string is counted with ``str.count``; a pattern with ``findall`` (linear: one character class each
# side). A longer text (an admin can raise ``max_chars``) may carry proportionally more.
STRUCTURE_SPAN = 20_000
_DOTTED_WORD = re.compile(r"\w\.\w")
STRUCTURE_LIMITS: tuple[tuple[str | re.Pattern[str], int, str], ...] = (
    ("\n", 400, "line breaks"),
    ("\n-", 150, "list items"),
    ("\n*", 150, "list items"),
    ("\n>", 150, "quoted lines"),
    ("<", 100, "“<” signs (HTML tags)"),
    ("<!--", 10, "HTML comments"),
    (">", 250, "“>” signs (quotes)"),
    ("[", 200, "“[” brackets"),
    ("*", 600, "“*” signs (emphasis)"),
    ("_", 600, "“_” signs (emphasis)"),
    ("`", 200, "backticks (code)"),
    ("&", 200, "“&” signs (entities)"),
    ("|", 300, "“|” signs (table cells)"),
    ("@", 40, "“@” signs"),
    ("://", 40, "web addresses"),
    ("www.", 40, "web addresses"),
    (" dot ", 40, "spelled-out dots"),
    (" . ", 40, "spaced-out dots"),
    (_DOTTED_WORD, 150, "dotted words (addresses, file names)"),
)


# At the usual scale (a text no longer than STRUCTURE_SPAN) every limit is its per-span figure: the counted
# strings are checked against it directly, one ``str.count`` each, before the one pattern.
_STRINGS_AT_SPAN = tuple((what, per_span, name) for what, per_span, name in STRUCTURE_LIMITS if isinstance(what, str))
_ONLY_STRINGS_BEFORE_PATTERN = STRUCTURE_LIMITS[-1][0] is _DOTTED_WORD and all(
    isinstance(what, str) for what, _, _ in STRUCTURE_LIMITS[:-1])
# In ASCII text one bytes.translate keeps only these characters, and each counted string is bounded by the count
# of its first one of them (every occurrence holds its own): a string is counted in full only when that bound
# is over its limit, and a one-character string's bound is its count. Prose has a few dozen of them at most.
_KEY_CHARACTERS = "\n<>[*_`&|@:."
_NOT_KEY = bytes(i for i in range(256) if chr(i) not in _KEY_CHARACTERS)
_KEYED_AT_SPAN = tuple(
    (what, per_span, name, next((c for c in what if c in _KEY_CHARACTERS), "").encode("ascii"))
    for what, per_span, name in _STRINGS_AT_SPAN)
# A keyed string's bound is at most the number of key characters, so with ``n`` of them only the strings whose
# limit is below ``n`` (and the unkeyed ones) can be over: _OPEN[bisect_left(_KEYED_LIMITS, n)] lists those, in
# STRUCTURE_LIMITS order. A comment has a dozen key characters, under every limit but that of "<!--".
_KEYED_LIMITS = sorted({per_span for _, per_span, _, key in _KEYED_AT_SPAN if key})
_OPEN = tuple(tuple(entry for entry in _KEYED_AT_SPAN if not entry[3] or entry[1] in _KEYED_LIMITS[:i])
              for i in range(len(_KEYED_LIMITS) + 1))


def _counted_at_span(source: str) -> Reason | None:
    """The first string limit at the usual scale that ``source`` is over, in STRUCTURE_LIMITS order."""
    if not source.isascii():
        for what, limit, name in _STRINGS_AT_SPAN:
            count = source.count(what)
            if count > limit:
                return _too_complex(count, limit, name)
        return None
    keys = source.encode("ascii").translate(None, _NOT_KEY)
    for what, limit, name, key in _OPEN[bisect_left(_KEYED_LIMITS, len(keys))]:
        if key:
            bound = keys.count(key)
            if bound <= limit:
                continue
            count = bound if len(what) == 1 else source.count(what)
        else:
            count = source.count(what)
        if count > limit:
            return _too_complex(count, limit, name)
    return None


def check_too_complex(source: str) -> Reason | None:
    """Reject a text with more line breaks, markup or addresses than any real comment has (before parsing)."""
    if len(source) <= STRUCTURE_SPAN and _ONLY_STRINGS_BEFORE_PATTERN:
        counted = _counted_at_span(source)
        if counted:
            return counted
        _, limit, name = STRUCTURE_LIMITS[-1]
        if source.count(".") <= limit:  # each dotted word has a dot of its own: within the limit
            return None
        count = len(_DOTTED_WORD.findall(source))
        return _too_complex(count, limit, name) if count > limit else None
    scale = max(1.0, len(source) / STRUCTURE_SPAN)
    for what, per_span, name in STRUCTURE_LIMITS:
        limit = int(per_span * scale)
        if isinstance(what, str):
            count = source.count(what)
        elif what is _DOTTED_WORD and source.count(".") <= limit:  # each has a dot of its own: within it
            continue
        else:
            count = len(what.findall(source))
        if count > limit:
            return _too_complex(count, limit, name)
    return None


def _too_complex(count: int, limit: int, name: str) -> Reason:
    return TOO_COMPLEX.reason(
        f"This comment has {count:,} {name}; the most a comment can have is {limit:,}. Join short lines "
        "into paragraphs and keep the markup to what the point needs.",
        f"{count:,} {name}",
    )


def check_empty(normalised: str) -> Reason | None:
    """Reject a text with nothing visible in it once invisible characters are removed."""
    if normalised.strip():
        return None
    return EMPTY.reason("Write your comment before sending it: this one is empty.")


TOO_LONG = Rule(
    "too_long", Decision.REJECT, "Too long", "Longer than the longest comment the settings allow; checked "
    "before the text is read at all.",
    "Shorten it to the part that matters most, or start a discussion of your own.", stage="before parsing")
TOO_COMPLEX = Rule(
    "too_complex", Decision.REJECT, "Too much markup",
    "Thousands of line breaks, tags, brackets or addresses: more structure than any real comment has "
    "(checked before the text is read, so nobody can keep the server busy).",
    "Join short lines into paragraphs and keep the markup to what the point needs.", stage="before parsing")
EMPTY = Rule(
    "empty", Decision.REJECT, "Empty", "Nothing visible once white space and invisible characters are removed.",
    "Write the comment before sending it.", stage="before parsing")
