"""Addresses written to slip past a link finder: spaced-out schemes and dots, and host-less video paths.

Spammers write ``h t t p s : / / example . com``, ``ht tps://example . biz``, ``example . com`` or
``youtube/watch?v=…`` and ``youtu.be slash abc123`` so that no linkify step makes them clickable — but a
reader still follows them (docs/policy.md §1: "addresses written to dodge filters" are links). Each pattern
here needs white space or a missing host where a real address has none, so ordinary prose and ordinary
addresses never match; every hit is an ``obfuscated`` link (held or rejected as opaque, never published as
an educational article). Linear: every pattern is anchored on a literal and bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from forum.policy.urls import is_public_host, normalize_url

# "h t t p s : / /", "ht tps://", "hxxp : //": a scheme with white space somewhere inside it.
_SPACED_SCHEME = re.compile(r"\b(?:h\s?[tx]\s?[tx]\s?p)(?:\s?s)?\s?:\s?/\s?/", re.IGNORECASE)
# The host after it, dots possibly spaced or spelled ("example . com", "example (dot) com").
_SPACED_HOST = re.compile(r"\s?(?P<host>[\w-]{1,63}(?:\s?(?:\.|\(dot\)|\[dot\]|\sdot\s)\s?[\w-]{1,63}){1,5})"
                          r"(?P<path>/[^\s<>\"']{0,200})?", re.IGNORECASE)
# A spaced scheme has white space next to one of its letters or slashes: one of these is in the text.
_SPACED_SCHEME_HINTS = ("t t p", "h ttp", "ht tp", "htt p", "p :", "s :", ": /", "/ /", " ://", "x x p", "hxx p")
_DOT_SPELLINGS = re.compile(r"\s?(?:\(dot\)|\[dot\]|\sdot\s)\s?|\s?\.\s?", re.IGNORECASE)
# "example . com", "example .com", "example. com": a dot with white space next to it, before a common suffix.
# Found from the dot (a literal the scanner jumps to), then the name is read backwards from it.
_SUFFIXES = (r"(?P<tld>com|net|org|biz|info|io|co|xyz|online|site|shop|store|club|top|app|ai|us|uk|me|tv|ly|in)"
             r"\b(?!\.\w|-)")
_SPACED_DOT = re.compile(r"\.\s*(?i:" + _SUFFIXES + ")")
_NAME_BEFORE = re.compile(r"(?<![\w.@/-])[a-z0-9][a-z0-9-]{1,62}$", re.IGNORECASE)
# "youtube/watch?v=…", "youtu.be slash abc", "vimeo/123456": a video host named without its domain.
_VIDEO_PATH = re.compile(
    r"(?<![\w./@-])(?:(?P<host>youtube|vimeo|tiktok)(?:\s?/\s?|\s+slash\s+)|(?P<short>youtu\.be)(?:\s/\s?|/\s|"
    r"\s+slash\s+))(?P<path>[\w@?=&.%-]{3,120})", re.IGNORECASE)
# "watch?v=…" or a host-less "/watch?v=…" ("on YT: /watch?v=…"), never the path of a written-out address.
_WATCH = re.compile(r"(?<![\w/.])/?watch\?v=(?P<id>[\w-]{6,20})")
_VIDEO_HOSTS = {"youtube": "www.youtube.com", "youtu.be": "youtu.be", "vimeo": "vimeo.com",
                "tiktok": "www.tiktok.com"}
_HINTS = (" .", ". ", "/", "slash", "watch?v=")
# After a full stop and a space, only a lower-case suffix that is no English word reads as an address
# ("visit example. com"); "the app. Me and my team" is two sentences.
_AFTER_FULL_STOP = frozenset({"com", "net", "org", "biz", "info", "io", "xyz"})


def _host(raw: str) -> str:
    return _DOT_SPELLINGS.sub(".", raw).lower()


# A host spelled a letter at a time, suffix included ("q u e u e m a s t e r . c o m").
_SPELLED_TLDS = ("c o m", "n e t", "o r g")
_SPELLED_HOST = re.compile(r"(?<![\w.])(?P<name>(?:[a-z0-9] ){3,}[a-z0-9]) ?\. ?(?P<tld>c o m|n e t|o r g)(?![\w.])",
                           re.IGNORECASE)

MAX_DODGES = 40  # more is spam beyond doubt, and the rest would only cost time


def dodged_links(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, normal URL) of the first :data:`MAX_DODGES` dodged addresses in ``text``."""
    if any(hint in text for hint in _HINTS):
        for count, hit in enumerate(_dodged(text)):
            if count >= MAX_DODGES:
                return
            yield hit


# A dot, white space, then a suffix a full stop can be taken for: without it (or a space before a dot) no
# _SPACED_DOT match is kept below, and this is quicker to look for than every dot's suffix in any case.
_SPACED_AFTER = re.compile(r"\.\s+(?:com|net|org|biz|info|io|xyz)\b")


def _spaced_dot_possible(text: str) -> bool:
    """Whether a _SPACED_DOT match in ``text`` can have white space before its dot, or after it a suffix of
    _AFTER_FULL_STOP (the two cases :func:`_dodged` keeps)."""
    return " ." in text or "\t." in text or _SPACED_AFTER.search(text) is not None


# What _SPACED_SCHEME's letters match, "ſ" included (it matches "s" when case is ignored).
_SCHEME_LETTERS = frozenset("htxpsHTXPSſ")


def _spaced_scheme_possible(text: str, many: int = 16) -> bool:
    """Whether a _SPACED_SCHEME match in ``text`` can hold white space (no other is kept): white space among
    the letters of at most ten before a ":", or after it before a "/" or between its slashes. Asked at each
    ":" (prose has a few, and this is quicker than looking for every hint), or not at all beyond ``many``."""
    if text.count(":") > many:
        return True
    at = text.find(":")
    while at >= 0:
        after = text[at + 1:at + 3]
        if (after[:1].isspace() and after[1:] == "/") or (after[:1] == "/" and after[1:].isspace()):
            return True
        start = at
        while start > 0 and at - start < 10 and (text[start - 1] in _SCHEME_LETTERS or text[start - 1].isspace()):
            start -= 1
        if any(c.isspace() for c in text[start:at].lstrip()):
            return True
        at = text.find(":", at + 1)
    return False


def _dodged(text: str) -> Iterator[tuple[int, int, str]]:
    lower = text.lower()
    # The scheme pattern needs a "/" (and every hint a space): most prose has neither "/" nor a hint.
    spaced = "/" in text and _spaced_scheme_possible(text) and any(hint in lower for hint in _SPACED_SCHEME_HINTS)
    for m in _SPACED_SCHEME.finditer(text) if spaced else ():
        if not any(c.isspace() for c in m.group(0)):
            continue  # an ordinary address: the ordinary finder reads it
        rest = _SPACED_HOST.match(text, m.end())
        if rest:
            url = normalize_url("https://" + _host(rest.group("host")) + (rest.group("path") or ""))
            if url:
                yield m.start(), rest.end(), url
    spaced_dots = (" ." in text or ". " in text) and _spaced_dot_possible(text)
    for m in _SPACED_DOT.finditer(text) if spaced_dots else ():
        tld, before = m.group("tld"), m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        spaced_before, spaced_after = before < m.start(), m.start("tld") > m.start() + 1
        if not (spaced_before or (spaced_after and tld in _AFTER_FULL_STOP)):
            continue  # "example.com" is the ordinary finder's; "the app. Me" is two sentences
        if spaced_after and len(tld) > 1 and tld[0].isupper() and tld[1:].islower():
            continue  # "…utm_medium=social . In our shop": a capital after the space starts a sentence
        name = _NAME_BEFORE.search(text, max(0, before - 63), before)
        if name is None:
            continue
        host = f"{name.group(0)}.{tld}".lower()
        if is_public_host(host) and (url := normalize_url("https://" + host)):
            yield name.start(), m.end(), url
    if any(tld in lower for tld in _SPELLED_TLDS):  # "t i c k e t p r o . n e t": a host spelled letter by letter
        for m in _SPELLED_HOST.finditer(text):
            host = f"{m.group('name')}.{m.group('tld')}".replace(" ", "").lower()
            if is_public_host(host) and (url := normalize_url("https://" + host)):
                yield m.start(), m.end(), url
    if "youtu" in lower or "vimeo" in lower or "tiktok" in lower:  # a name of _VIDEO_HOSTS, or no _VIDEO_PATH
        for m in _VIDEO_PATH.finditer(text):
            host = _VIDEO_HOSTS[(m.group("host") or m.group("short")).lower()]
            if url := normalize_url(f"https://{host}/{m.group('path')}"):
                yield m.start(), m.end(), url
    if "watch?v=" in text:
        for m in _WATCH.finditer(text):
            if url := normalize_url(f"https://www.youtube.com/watch?v={m.group('id')}"):
                yield m.start(), m.end(), url
