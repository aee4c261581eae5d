"""``contact_info`` (hold): an email address or phone number inviting direct contact.

Contact details move the conversation out of the community's sight, and they are how a sales pitch starts,
so a moderator looks first. A phone number offered for quotes or prices is ``advertising`` (reject); that rule
reads the same matches, found once per review by :func:`find_contacts`. Email addresses are never links
(policy.md §1), so they are found here, written plainly or dodged ("name at example dot com").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from forum.policy.text import quote
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.rules.context import Context

RULE = "contact_info"

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_DODGED_EMAIL = re.compile(
    r"\b[\w.+-]{1,64}\s?(?:\[at\]|\(at\)|\{at\}| at )\s?[\w-]{1,63}\s?(?:\[dot\]|\(dot\)|\{dot\}| dot )\s?"
    r"[a-z]{2,6}\b", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w.,/:-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,6}){1,4}"
                    r"(?![\w.,/:-]?\d)")
_DODGE_HINT = re.compile(r"\Wdot\W", re.IGNORECASE)
_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")
_DATE = re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}")
_CUE = re.compile(r"(?:call|phone|tel|text|whatsapp|sms|ring|mobile|cell|number|reach|contact|dial)\b[^\n]{0,30}$",
                  re.IGNORECASE)


def _is_phone(match: re.Match[str], text: str) -> bool:
    raw = match.group(0)
    digits = sum(c.isdigit() for c in raw)
    if not 7 <= digits <= 15 or _DATE.fullmatch(raw):
        return False
    if raw.startswith("+") or "(" in raw or digits >= 10:
        return True
    return _CUE.search(text, max(0, match.start() - 40), match.start()) is not None


def find_contacts(text: str) -> tuple[tuple[str, int, int], ...]:
    """Every email address and phone number in ``text`` as (what, start, end), in order."""
    found = [(m.group(0), m.start(), m.end()) for m in _EMAIL.finditer(text)] if "@" in text else []
    if _DODGE_HINT.search(text):
        found += [(m.group(0), m.start(), m.end()) for m in _DODGED_EMAIL.finditer(text)]
    if _SEVEN_DIGITS.search(text):
        found += [(m.group(0), m.start(), m.end()) for m in _PHONE.finditer(text) if _is_phone(m, text)]
    found.sort(key=lambda f: f[1])
    kept: list[tuple[str, int, int]] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return tuple(kept)


def check(ctx: Context) -> Reason | None:
    """Hold a comment that shares an email address or a phone number."""
    if not ctx.contacts:
        return None
    return Reason(
        RULE,
        "A moderator will read this first because it shares contact details. Remove the email address or "
        "phone number and keep the conversation in the comments, where everyone can learn from it.",
        ", ".join(quote(c[0], 40) for c in ctx.contacts[:3]),
        Decision.HOLD,
    )
