"""Quote-reply: the Markdown a "Quote" button puts in the composer, and the text without it.

A quote is a Markdown blockquote (lines starting ``>``), optionally followed by its attribution line
(``— @handle ([link](/c/<id>))``). The value judgement weighs what the author wrote, not what they quoted,
so :func:`strip_quotes` removes both before the value rules run; everything else (links, contact details,
profanity) is still checked on the whole text. Pure functions, no framework.
"""

from __future__ import annotations

import re

QUOTE_MAX_CHARS = 1000
_QUOTE_LINE = re.compile(r"^ {0,3}>")
_ATTRIBUTION = re.compile(r"^\s*[—–-]{1,2}\s*@[A-Za-z0-9_]{1,32}\b.*$")


def quote_markdown(text: str, *, handle: str, comment_id: int) -> str:
    """``text`` (capped at :data:`QUOTE_MAX_CHARS`) as a blockquote with attribution and a link back."""
    body = " ".join(text.split()) if "\n" not in text.strip() else text.strip()
    body = body[:QUOTE_MAX_CHARS].strip()
    quoted = "\n".join("> " + line if line.strip() else ">" for line in body.splitlines())
    return f"{quoted}\n— @{handle} ([link](/c/{int(comment_id)}))\n\n"


def has_quote(text: str) -> bool:
    """True when some line of ``text`` is a blockquote line (cheap pre-check)."""
    return ">" in text and any(_QUOTE_LINE.match(line) for line in text.splitlines())


def strip_quotes(text: str) -> str:
    """``text`` without its blockquotes and the attribution line right after each: the author's own words."""
    if not has_quote(text):
        return text
    kept: list[str] = []
    after_quote = False
    for line in text.splitlines():
        if _QUOTE_LINE.match(line):
            after_quote = True
            continue
        if after_quote and _ATTRIBUTION.match(line):
            after_quote = False
            continue
        after_quote = False
        kept.append(line)
    return "\n".join(kept).strip()
