"""Every link in a comment's source text, in order (docs/policy.md §1).

A link is anything a reader could follow or a renderer could make clickable. Structured syntaxes are
detected first; a later detector ignores text an earlier one already claimed, so
``[https://a.example](https://a.example)`` is one link, not two:

1. ``html_anchor``   ``<a href=…>`` with any quoting or entity-encoded href
2. ``markdown_inline`` ``[text](url)`` and ``![alt](url)`` (images render as links)
3. ``markdown_reference`` each ``[text][label]``/``[label]`` use of a ``[label]: url`` definition, or the
   definition itself when nothing uses it
4. ``autolink``      ``<scheme:…>``
5. ``bare_url``      ``scheme://…`` in any letter case, plus ``javascript:``/``data:``/``vbscript:``/``file:``
6. ``obfuscated``    ``hxxp(s)://``, ``example[.]com``, ``example (dot) com``, ``example dot com``, spaced-out
   schemes and dots and host-less video paths (:mod:`forum.policy.link_dodges`), and any bare address that
   only appears once invisible or look-alike characters are removed
7. ``www``, ``protocol_relative`` (``//host/…``), ``bare_domain`` (``example.com``, ``example.co.uk/x``, an IP
   address with a port or path)

Two views of the source are scanned (:mod:`forum.policy.source_text`): the renderer's, which decides every
link a reader can click and the host the click reaches, and the reader's, which adds addresses that only
appear once entities, escapes and hidden characters are undone. Wherever an "http"/"www" is left
unexplained, the renderer's own linkify step is asked too, so every clickable host is counted.

Not links: email addresses and ``mailto:``/``tel:`` (contact details: another rule's business), @handles,
file names (``notes.txt``, ``setup.py``: the suffix must be on the public suffix list, and a few suffixes that
are mostly file extensions need a path or ``www.``), version numbers, abbreviations (``e.g.``), words run
together by a missing space (``it.Then``, ``this.is``), phone numbers, relative paths.

Input beyond :data:`MAX_SCAN_CHARS` is not scanned: such a comment is far over the length limit anyway.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from forum.policy import link_patterns as p
from forum.policy.comment_markdown import clickable_urls
from forum.policy.link_dodges import dodged_links
from forum.policy.scan import ends_at
from forum.policy.source_text import SourceView, source_views
from forum.policy.urls import destination_key, normalize_url

__all__ = ["MAX_SCAN_CHARS", "SYNTAXES", "FoundLink", "destination_key", "distinct_destinations", "find_links"]

MAX_SCAN_CHARS = 100_000
SYNTAXES = ("markdown_inline", "markdown_reference", "autolink", "html_anchor", "bare_url", "www",
            "protocol_relative", "bare_domain", "obfuscated")


@dataclass(frozen=True, slots=True)
class FoundLink:
    """One occurrence of a link in the source text."""

    url: str  # normal form (forum.policy.urls.normalize_url)
    raw: str  # the source text exactly as written
    syntax: str  # one of SYNTAXES
    anchor_text: str  # visible text of the link; "" for bare addresses and empty/invisible anchors
    start: int  # character offset of ``raw`` in the source text


class _Hit(NamedTuple):
    start: int
    end: int
    url: str
    syntax: str
    anchor_text: str


# --------------------------------------------------------------------------------------------- detectors
def _visible(markup: str) -> str:
    return p.SPACES_RE.sub(" ", p.TAG_RE.sub(" ", markup)).strip()


def _markdown_visible(text: str) -> str:
    return _visible(p.MD_MARKUP_RE.sub("", text))


def _html_anchors(s: str) -> Iterator[_Hit]:
    for m in p.ANCHOR_RE.finditer(s):
        href = p.HREF_RE.search(m.group("attrs"))
        # Browsers decode entities in attributes even without ";" ("&#106avascript:").
        url = normalize_url(html.unescape(next(g for g in href.groups() if g is not None))) if href else None
        if url is None:
            continue
        inner = m.group("inner")
        text = inner if inner is not None else p.UNCLOSED_ANCHOR_TEXT_RE.match(s, m.end()).group(0)
        yield _Hit(m.start(), m.end(), url, "html_anchor", _visible(text))


def _markdown_inline(s: str) -> Iterator[_Hit]:
    position = 0
    while (bracket := s.find("[", position)) >= 0:
        m = p.MD_INLINE_RE.match(s, bracket)
        if m is None:
            position = bracket + 1
            continue
        url = normalize_url(m.group("adest") if m.group("adest") is not None else m.group("dest"))
        # The renderer refuses a destination that is not http(s) and then reads links inside the text
        # ("[![x](https://a)](javascript:b)" shows a link to https://a): look inside such a text too.
        position = m.end() if url is not None and _is_web(url) else bracket + 1
        if url is not None:
            start = bracket - 1 if bracket and s[bracket - 1] == "!" else bracket  # ![alt](url)
            yield _Hit(start, m.end(), url, "markdown_inline", _markdown_visible(m.group("text")))


def _is_web(url: str) -> bool:
    return url.startswith(("http://", "https://"))


def _label(text: str) -> str:
    return p.SPACES_RE.sub(" ", text).strip().casefold()


def _markdown_references(s: str) -> Iterator[_Hit]:
    definitions: dict[str, tuple[int, int, str]] = {}
    definition_brackets: set[int] = set()
    for m in p.MD_REFDEF_RE.finditer(s):
        url = normalize_url(m.group("adest") if m.group("adest") is not None else m.group("dest"))
        if url is not None:
            definitions.setdefault(_label(m.group("label")), (m.start(), m.end(), url))
            definition_brackets.add(m.start("label") - 1)
    if not definitions:
        return
    used: set[str] = set()
    for m in p.MD_REFUSE_RE.finditer(s):
        label = _label(m.group("label") or m.group("text"))
        if label in definitions and m.start() not in definition_brackets:
            used.add(label)
            yield _Hit(m.start(), m.end(), definitions[label][2], "markdown_reference",
                       _markdown_visible(m.group("text")))
    for label, (start, end, url) in definitions.items():
        # A used definition is claimed (its URL is not a second link) but not reported: its uses are.
        yield _Hit(start, end, url, "markdown_reference" if label not in used else "", "")


def _autolinks(s: str) -> Iterator[_Hit]:
    for m in p.AUTOLINK_RE.finditer(s):
        url = normalize_url(m.group("url"))
        if url is not None:
            yield _Hit(m.start(), m.end(), url, "autolink", "")


def _bare(s: str, start: int, raw: str, syntax: str) -> Iterator[_Hit]:
    url = normalize_url(raw)
    if url is not None:
        yield _Hit(start, start + len(raw), url, syntax, "")


def _separators(s: str) -> list[tuple[int, int]]:
    """(start, end) of each ``SEPARATOR_RE`` match in ``s``, in order. With no hint of another separator only
    "://" can match, found with ``str.find``: the pattern would try its alternatives at every character."""
    if any(hint in s for hint in p.SEPARATOR_HINTS[1:]):
        return [m.span() for m in p.SEPARATOR_RE.finditer(s)]
    found = []
    at = s.find("://")
    while at >= 0:
        found.append((at, at + 3))
        at = s.find("://", at + 3)
    return found


def _scheme_urls(s: str, claimed: Callable[[int], bool]) -> Iterator[_Hit]:
    colon = ":" in s  # in every separator and opaque scheme: most prose has none
    separators = _separators(s) if colon and any(h in s for h in p.SEPARATOR_HINTS) else []
    starts = [p.scheme_start(s, sep_start) for sep_start, _ in separators]
    for i, (sep_start, sep_end) in enumerate(separators):
        start = starts[i]
        if start < 0 or claimed(sep_start) or (rest := p.URL_REST_RE.match(s, sep_end)) is None:
            continue
        # A second address inside this one is its own link unless it is a parameter or path of it
        # ("?u=https://…", "/web/https://…"); only http(s) addresses swallow one ("x://a/http://b" is two).
        http = s[start:sep_start].lower() in ("http", "https")
        end = rest.end()
        for later in starts[i + 1:]:
            if later >= end:
                break
            if later > start and not (http and s[later - 1] in "/="):
                end = later
                break
        raw = p.trim_tail(s[start:end])
        yield from _bare(s, start, raw, "obfuscated" if p.defanged(raw) else "bare_url")
    lower = s.lower() if colon else ""  # once, not once for each scheme name
    if colon and ends_at(lower, ":", p.OPAQUE_SCHEME_NAMES):  # each name ends in ":"
        for m in p.OPAQUE_SCHEME_RE.finditer(s):
            yield from _bare(s, m.start(), p.trim_tail(m.group(0)), "bare_url")


def _obfuscated_hosts(s: str, claimed: Callable[[int], bool]) -> Iterator[_Hit]:
    if "dot" not in s.lower() and not (("]" in s or ")" in s or "}" in s) and p.DOT_IN_BRACKETS_RE.search(s)):
        return
    for m in p.OBFUSCATED_HOST_RE.finditer(s):
        host = m.group("host")
        if p.OBFUSCATED_SEPARATOR_RE.search(host) and p.plausible_obfuscated_host(host):
            yield from _bare(s, m.start(), host + p.trim_tail(m.group("tail") or ""), "obfuscated")


def _dodged(s: str, claimed: Callable[[int], bool]) -> Iterator[_Hit]:
    for start, end, url in dodged_links(s):
        if not claimed(start):
            yield _Hit(start, end, url, "obfuscated", "")


def _hosts(s: str, claimed: Callable[[int], bool]) -> Iterator[_Hit]:
    position = 0
    while (slashes := s.find("//", position)) >= 0:
        position = slashes + 2
        m = None if claimed(slashes) else p.PROTOCOL_RELATIVE_RE.match(s, slashes)
        if m and p.plausible_host(m.group("host"), has_path=True):
            yield from _bare(s, slashes, p.trim_tail(m.group(0)), "protocol_relative")
    done = 0
    code: frozenset[str] | None = None  # the first names of the text's code identifiers, read on first need
    for dot in p.HOST_DOT_RE.finditer(s):
        if dot.start() < done or claimed(dot.start()):
            continue
        start = p.host_run_start(s, dot.start())
        if m := p.BARE_HOST_RE.match(s, start):
            done = m.end()
            host, tail = m.group("host"), p.trim_tail(m.group("tail") or "")
            if not tail.strip("/") and not p.WWW_RE.match(host):
                code = _code_names(s) if code is None else code
                if host.split(".", 1)[0].lower() in code:
                    continue  # "payload.conversation.assignee.id" beside "payload.conversation.first_response_at"
            if p.plausible_host(host, has_path=bool(tail.strip("/"))):
                syntax = "www" if p.WWW_RE.match(host) else "bare_domain"
                yield from _bare(s, start, host + tail, syntax)
        elif (m := p.BARE_IP_RE.match(s, start)) and p.valid_ipv4(m.group("ip")):
            done = m.end()
            yield from _bare(s, start, p.trim_tail(m.group(0)), "bare_domain")


# Code in a comment: a dotted name with an underscore (no host has one: "s.ticket_id", "payload.first_response_at"),
# or SQL's SELECT … FROM. Its first names, and in SQL every dotted name's, are identifiers, not hosts.
_SNAKE_DOTTED = re.compile(r"\b([A-Za-z][\w]*)\.[\w.]*_[\w.]*")
_SQL = re.compile(r"\bSELECT\b[\s\S]{1,600}?\bFROM\b")
_DOTTED_NAME = re.compile(r"\b([A-Za-z_]\w*)\.[A-Za-z_]")


def _code_names(s: str) -> frozenset[str]:
    names = {m.group(1).lower() for m in _SNAKE_DOTTED.finditer(s)} if "_" in s else set()
    if "SELECT" in s and _SQL.search(s):
        names |= {m.group(1).lower() for m in _DOTTED_NAME.finditer(s)}
    return frozenset(names)


_STRUCTURED_SYNTAXES = frozenset({"html_anchor", "markdown_inline", "markdown_reference", "autolink"})
_PLAIN_SYNTAXES = frozenset({"bare_url", "www", "protocol_relative", "bare_domain"})  # url: normalize_url(raw)
_STRUCTURED = ((_html_anchors, "<"), (_markdown_inline, "]("), (_markdown_references, "]:"), (_autolinks, "<"))
_BARE = (_dodged, _scheme_urls, _obfuscated_hosts, _hosts)


# --------------------------------------------------------------------------------------------- assembly
class _Spans:
    """Character positions already owned by a link: one byte per character, so checks stay O(1)."""

    def __init__(self, length: int) -> None:
        self._owned = bytearray(length + 1)

    def add(self, start: int, end: int) -> None:
        self._owned[start:end] = b"\x01" * (end - start)

    def __contains__(self, position: int) -> bool:
        return bool(self._owned[position])

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._owned[start:end]


def _collect(s: str) -> list[_Hit]:
    hits: list[_Hit] = []
    claimed = _Spans(len(s))  # owned by structured syntaxes and earlier bare matches

    for detector, hint in _STRUCTURED:
        if hint not in s:
            continue
        found = [hit for hit in detector(s) if hit.start not in claimed]
        hits.extend(hit for hit in found if hit.syntax)
        for hit in found:
            claimed.add(hit.start, hit.end)
    for bare_detector in _BARE:
        for hit in bare_detector(s, claimed.__contains__):
            if hit.start not in claimed:
                hits.append(hit)
                claimed.add(hit.start, hit.end)
    hits.sort(key=lambda hit: hit.start)
    return hits


def _to_found(view: SourceView, hit: _Hit) -> FoundLink:
    start, end = view.span(hit.start, hit.end)
    raw = view.original[start:end]
    syntax = hit.syntax
    if syntax in ("bare_url", "www", "protocol_relative", "bare_domain") and raw != view.text[hit.start:hit.end]:
        syntax = "obfuscated"  # only visible once entities, escapes or hidden characters are undone
    return FoundLink(url=hit.url, raw=raw, syntax=syntax, anchor_text=hit.anchor_text, start=start)


def _candidates(s: str) -> Iterator[int]:
    lower = s.lower()
    for marker in ("http", "www"):
        position = 0
        while (found := lower.find(marker, position)) >= 0:
            position = found + len(marker)
            yield found


def _linkify_cross_check(s: str, hits: list[_Hit]) -> list[_Hit]:
    """Links the renderer's linkify step makes clickable that the detectors explained differently.

    linkify-it reads some malformed addresses otherwise ("http://0:/https://x.example" is one address to
    the detectors, a link to x.example for linkify). Whenever an "http"/"www" is not the start of a hit
    (nor inside a structured web link, where linkify does not run), ask linkify itself and add each
    clickable host nobody counted.
    """
    candidates = list(_candidates(s))
    if not candidates:  # no "http" or "www" at all: most comments
        return []
    starts = {hit.start for hit in hits}
    unexplained = [i for i in candidates if i not in starts]
    if not unexplained:  # every "http"/"www" starts a hit: a comment's plain addresses
        return []
    inside = _Spans(len(s))
    for hit in hits:
        if hit.syntax in _STRUCTURED_SYNTAXES and _is_web(hit.url):
            inside.add(hit.start, hit.end)
    if all(i in inside for i in unexplained):
        return []
    spans = {(hit.start, hit.end): hit.url for hit in hits}
    bare = {(hit.start, hit.end) for hit in hits if hit.syntax in _PLAIN_SYNTAXES}
    clickable = []
    for start, end, href in clickable_urls(s):
        if (start, end) in bare and href == s[start:end]:
            continue  # a bare hit's own address as written: its url is normalize_url(href) already, counted
        url = normalize_url(href) or href
        if spans.get((start, end)) != url:  # else a hit's own address: its host is counted
            clickable.append((start, end, url))
    if not clickable:
        return []
    hosts = {_host_key(hit.url) for hit in hits}
    extra = []
    for start, end, url in clickable:
        host = _host_key(url)
        if host not in hosts:
            hosts.add(host)
            extra.append(_Hit(start, end, url, "www" if s[start:start + 4].lower() == "www." else "bare_url", ""))
    return extra


def _host_key(url: str) -> str:
    return destination_key(url).split("/", 1)[0].split("?", 1)[0]


def find_links(text: str) -> tuple[FoundLink, ...]:
    """Every occurrence of a link in ``text`` (Markdown/HTML source), in order, repeats included.

    The renderer's view decides every link it can make clickable (the host a click reaches); the reader's
    view adds addresses that only appear once the hiding tricks are undone, where they overlap nothing.
    """
    source = text[:MAX_SCAN_CHARS]
    rendered, read = source_views(source)
    hits = _collect(rendered.text)
    hits += _linkify_cross_check(rendered.text, hits)
    found = sorted((_to_found(rendered, hit) for hit in hits), key=lambda link: link.start)
    if read.text != rendered.text:
        spans = _Spans(len(source))
        for link in found:
            spans.add(link.start, link.start + len(link.raw))
        for hit in _collect(read.text):
            link = _to_found(read, hit)
            if not spans.overlaps(link.start, link.start + len(link.raw)):
                found.append(link)
        found.sort(key=lambda link: link.start)
    return tuple(found)


def distinct_destinations(found: Sequence[FoundLink]) -> tuple[FoundLink, ...]:
    """The first occurrence of each destination (:func:`destination_key`), in order."""
    seen: set[str] = set()
    distinct: list[FoundLink] = []
    for link in found:
        key = destination_key(link.url)
        if key not in seen:
            seen.add(key)
            distinct.append(link)
    return tuple(distinct)

