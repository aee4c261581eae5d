"""Contact details in a comment: email addresses and phone numbers, found once per review.

Shared machinery: the ``contact_info`` rule holds a comment that shares them, ``advertising`` rejects a
phone number offered for quotes or prices, and the context keeps the domain of a disguised email address
("sam at example dot org") from counting as a link. Email addresses are never links (docs/policy.md §1); they are
found written plainly or dodged ("name at example dot com"). Phone numbers need seven to fifteen digits and,
when short and unformatted, a cue word before them ("call", "text"), so figures and dates are not numbers.
Numbers written to dodge a finder are numbers too: digits spaced out one by one ("1 8 0 0 5 5 5 …"), the letter
O for a zero ("1-8OO-…"), digits spelt out in words ("one eight eight eight, five five five …", three digit
words at least). A number quoted as an example ("numbers like 0345 …", a scam text read out in quotes) invites
no contact: :func:`example_number` tells the rules so.
"""

from __future__ import annotations

import re

from forum.policy.lexicon.domain import DOMAIN_WORDS
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
    if (name not in COMMON and name not in DOMAIN_WORDS) or "." in name:  # "headsets at x dot com": an address
        return True
    return _EMAIL_CUE.search(text, max(0, match.start() - 40), match.start()) is not None


# A digit group with the letter O for a zero ("1-8OO-555-0119"): read with zeros, at the same positions.
_O_FOR_ZERO = re.compile(r"(?<=\d)[Oo]+|[Oo]+(?=\d)")
_O_HINT = re.compile(r"[Oo](?:(?<=\d[Oo])|(?=\d))")  # an O first: the scan skips from O to O
# Digits spaced out one by one, or in runs of one or two ("1 8 0 0 5 5 5 0 1 6 6", "+1-8 5 5-5 5 5-0 1 8 2").
_SPACED = re.compile(r"(?<![\w.,/:-])\+?\d{1,2}(?:[ .-]{1,2}\d{1,2}){6,14}(?![\w.,/:-]?\d)")
_SPACED_HINT = re.compile(r"\d[ .-]{1,2}\d[ .-]{1,2}\d[ .-]{1,2}\d")
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Digits spelt out, alone or beside digit groups: "one eight eight eight, five five five, zero one four two",
# "one-eight-hundred-555-0199". Two digit words in a row are the cheap test before the full pattern.
# Over the text in lower case, from a space: the scan skips from space to space.
_SPELLED_HINT = re.compile(rf" {_DIGIT_WORD}[\s,-]{{1,3}}(?:{_DIGIT_WORD}|hundred)\b")
_SPELLED_TOKEN = rf"(?:{_DIGIT_WORD}|hundred|\d{{1,4}})"
_SPELLED = re.compile(rf"\b{_SPELLED_TOKEN}(?:[\s,.-]{{1,3}}{_SPELLED_TOKEN}){{4,16}}\b", re.IGNORECASE)


def phone_digits(what: str) -> int:
    """How many digits a phone number found here holds, digits spelt out in words included."""
    digits = sum(c.isdigit() for c in what)
    return digits if digits >= 7 or not any(c.isalpha() for c in what) else max(digits, _spelled_digits(what))


def _spelled_digits(raw: str) -> int:
    """How many digits a number spelt out in words stands for ("hundred" two, each digit word one)."""
    count = 0
    for token in re.findall(r"\w+", raw.lower()):
        count += 2 if token == "hundred" else len(token) if token.isdigit() else 1
    return count


def _disguised_phones(text: str, taken: list[Contact], digits: bool) -> list[Contact]:
    """Phone numbers written to dodge the plain pattern: spaced digits, O for zero (both only when ``digits``:
    seven digits, three characters apart at most, which both keep), digits spelt out."""
    found: list[Contact] = []
    if digits and _SPACED_HINT.search(text):
        found += [(m.group(0), m.start(), m.end()) for m in _SPACED.finditer(text) if _is_phone(m, text)]
    if digits and _O_HINT.search(text):
        zeros = _O_FOR_ZERO.sub(lambda m: "0" * len(m.group(0)), text)  # same length: positions hold
        found += [(text[m.start():m.end()], m.start(), m.end()) for m in _PHONE.finditer(zeros)
                  if _is_phone(m, zeros) and not _PHONE.fullmatch(text, m.start(), m.end())]
    if _SPELLED_HINT.search(f" {text.lower()}"):
        for m in _SPELLED.finditer(text):
            words = len(re.findall(rf"{_DIGIT_WORD}|hundred", m.group(0), re.IGNORECASE))
            if words >= 3 and 7 <= _spelled_digits(m.group(0)) <= 15:
                found.append((m.group(0), m.start(), m.end()))
    return [f for f in found if not any(s <= f[1] < e or f[1] <= s < f[2] for _, s, e in taken)]


# Before a number quoted as an example: "numbers like", "such as", "e.g.".
_EXAMPLE_CUE = re.compile(r"(?:\blike|\bsuch as|\be\.g\.|\bfor example|\bfor instance),?\s*$", re.IGNORECASE)
QUOTES = "\"“”"  # quotation marks: what sits inside them is reported, not offered


def example_number(text: str, contact: Contact) -> bool:
    """A phone number quoted rather than offered: introduced as an example ("numbers like 0345 …") or inside a
    quotation with words of its own ("a scam text: "call 0800 … to pay the fee""), on one line."""
    what, start, end = contact
    if "@" in what:
        return False
    if _EXAMPLE_CUE.search(text, max(0, start - 20), start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start]
    after = text[end:line_end if line_end >= 0 else len(text)]
    opened = sum(before.count(q) for q in QUOTES) % 2 == 1
    if not opened or not any(q in after for q in QUOTES):
        return False
    opening = max(before.rfind(q) for q in QUOTES)
    return bool(before[opening + 1:].split())  # words of the quotation before it: not a bare quoted number


def find_contacts(text: str) -> tuple[Contact, ...]:
    """Every email address and phone number in ``text`` as (what, start, end), in order, never overlapping."""
    found = [(m.group(0), m.start(), m.end()) for m in _EMAIL.finditer(text)] if "@" in text else []
    if "dot" in text.lower() and _DODGE_HINT.search(text):  # the hint's letters first: one quick scan
        found += [(m.group(0), m.start(), m.end()) for m in _DODGED_EMAIL.finditer(text) if _is_dodged_email(m, text)]
    digits = _DIGIT.count(text) >= 7 and _SEVEN_DIGITS.search(text) is not None
    if digits:
        found += [(m.group(0), m.start(), m.end()) for m in _PHONE.finditer(text) if _is_phone(m, text)]
    found += _disguised_phones(text, found, digits)  # each kind behind its own quick test
    found.sort(key=lambda f: f[1])
    kept: list[Contact] = []
    for item in found:
        if not kept or item[1] >= kept[-1][2]:
            kept.append(item)
    return tuple(kept)
