"""Small input checks the use cases share, each raising :class:`InvalidInput` with a message for a person."""

from __future__ import annotations

import re

from forum.services.errors import InvalidInput, NotFound

_SPACE = re.compile(r"\s+")
MAX_ID = 2**63 - 1  # the largest id either database can hold; larger ones cannot exist (and would overflow)


def require_id(value: object, what: str = "item") -> int:
    """``value`` as a positive database id; NotFound for anything else (a stale, forged or absurd id)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise NotFound(f"That {what} does not exist.")
    return value


def optional_id(value: object, what: str = "item") -> int | None:
    """Like :func:`require_id`, but ``None`` and 0 mean "none"."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value == 0):
        return None
    return require_id(value, what)


def require_text(value: object, what: str, *, max_chars: int, min_chars: int = 0, strip: bool = True) -> str:
    """``value`` as a string of ``min_chars``..``max_chars`` characters (after stripping when asked)."""
    if not isinstance(value, str):
        raise InvalidInput(f"The {what} must be text.")
    text = value.strip() if strip else value
    if len(text) < min_chars:
        raise InvalidInput(f"The {what} needs at least {min_chars:,} characters." if min_chars > 1
                           else f"The {what} cannot be empty.")
    if len(text) > max_chars:
        raise InvalidInput(f"The {what} is too long: {len(text):,} characters, the limit is {max_chars:,}.")
    return text


def require_page(limit: object, offset: object = 0, *, max_limit: int = 200) -> tuple[int, int]:
    """A sane (limit, offset) pair for a listing."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= max_limit:
        raise InvalidInput(f"Ask for between 1 and {max_limit} entries at a time.")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise InvalidInput("The page position must be zero or more.")
    return limit, offset


def excerpt(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` characters with an ellipsis."""
    flat = _SPACE.sub(" ", text or "").strip()
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(",.;:") + "…"
