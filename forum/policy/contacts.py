"""Contact details in a comment: email addresses and phone numbers, found once per review.

Shared machinery: the ``contact_info`` rule holds a comment that shares them, ``advertising`` rejects a
phone number offered for quotes or prices, and the context keeps the domain of a disguised email address
("sam at example dot org") from counting as a link. Email addresses are never links (docs/policy.md §1); they are
found written plainly or dodged ("name at example dot com"). Phone numbers need seven to fifteen digits and,
when short and unformatted, a cue word before them ("call", "text"), so figures and dates are not numbers.
"""

from __future__ import annotations

import re

from forum.policy.lexicon.english import COMMON
from forum.policy.scan import CharClass

Contact = tuple[str, int, int]  # (what, start, end) in the normalised text

_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_DODGED_EMAIL = re.compile(
    r"\b[\w.+-]{1,64}\s?(?:\[at\]|\(at\)|\{at\}| at )\s?[\w-]{1,63}\s?(?:\[dot\]|\(dot\)|\{dot\}| dot )\s?"
    r"[a-z]{2,6}\b", re.IGNORECASE)
# A North American number may open with its country code unsigned: "1-866-555-0142", "1 844 555 0199".
_PHONE = re.compile(r"(?<![\w.,/:-])(?:\+\d{1,3}[\s.-]?|1[\s.-](?=\(?\d{3}))?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}"
                    r"(?:[\s.-]\d{2,6}){1,4}"
                    r"(?![\w.,/:-]?\d)")
_DODGE_HINT = re.compile(r"\Wdot\W", re.IGNORECASE)
_SEVEN_DIGITS = re.compile(r"\d(?:\D{0,3}\d){6}")
_DIGIT = CharClass(re.compile(r"\d"))  # seven of them, or no _SEVEN_DIGITS
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


# "software at supportdesk dot io" is a dodged address, not an email: a dodged email's name is no English word
# unless the text asks to write to it ("email sales at acme dot com").
_EMAIL_CUE = re.compile(r"(?:e-?mail|mail|write|contact|reach|message|drop|ping|address)\b[^\n]{0,30}$", re.IGNORECASE)


def _is_dodged_email(match: re.Match[str], text: str) -> bool:
    name = re.split(r"\s?(?:\[at\]|\(at\)|\{at\}| at )", match.group(0), maxsplit=1)[0].lower()
    if name not in COMMON or "." in name:
        return True
    return _EMAIL_CUE.search(text, max(0, match.start() - 40), match.start()) is not None


def find_contacts(text: str) -> tuple[Contact, ...]:
    """Every email address and phone number in ``text`` as (what, start, end), in order, never overlapping."""
    found = [(m.group(0), m.start(), m.end()) for m in _EMAIL.finditer(text)] if "@" in text else []
    if "dot" in text.lower() and _DODGE_HINT.search(text):  # the hint's letters first: one quick scan
        found += [(m.group(0), m.start(), m.end()) for m in _DODGED_EMAIL.finditer(text) if _is_dodged_email(m, text)]
    if _DIGIT.count(text) >= 7 and _SEVEN_DIGITS.search(text):
        found += [(m.group(0), m.start(), m.end()) for m in _PHONE.finditer(text) if _is_phone(m, text)]
    found.sort(key=lambda f: f[1])
    kept: list[Contact] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return tuple(kept)
