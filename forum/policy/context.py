"""The facts about one comment that every rule reads, computed once per review.

A rule is a pure function of a :class:`Context`: it never parses, normalises or classifies again. The
context holds the source text, its normalised form, the prose a reader sees (links, contact details and
markup removed: the value judgement weighs the author's own words), every link occurrence, the distinct
destinations with their classification, the contact details, the value assessment of docs/policy.md §3, the
settings and the author. :func:`context_for` builds one from a plain text, so a test can call a single rule.

A bare company domain used as a name in a story ("when I ordered from example.com ...") is a *mention*, not
an offered destination: it is held as ``brand_domain_mention`` instead of rejected as ``commercial_link``,
and it does not count towards the link limit (docs/policy.md §4). A phone number a specific comment quotes as an
example ("numbers like 0345 …", a scam text read out in quotes) is left out of the contact details: it invites
no contact (:func:`forum.policy.contacts.example_number`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from forum.policy.contacts import Contact, example_number, find_contacts
from forum.policy.destinations import classify_link
from forum.policy.links import FoundLink, destination_key, find_links
from forum.policy.quotes import has_quote, strip_quotes
from forum.policy.substance import Judgement, Substance, assess, judge
from forum.policy.text import normalise, prose
from forum.policy.types import AuthorContext, DomainPin, LinkInfo, LinkKind, PolicySettings

_ANCHORED = frozenset({"markdown_inline", "html_anchor"})
# Words that offer a domain as a place to go rather than name a company in a story.
_OFFERING = re.compile(
    r"(?:visit|check out|checkout|go to|head (?:over )?to|try|sign up (?:at|on|for)|available (?:at|on)|"
    r"find (?:us|it|them|more|out more) (?:at|on)|see|download (?:it )?(?:from|at)|get (?:it|yours|one) "
    r"(?:at|from)|learn more (?:at|on)|more (?:at|on)|click|use|using|via|by)\W{0,3}$",
    re.IGNORECASE,
)
_MENTION_KINDS = frozenset({LinkKind.COMMERCIAL, LinkKind.VENDOR_ARTICLE, LinkKind.NON_ARTICLE})


@dataclass(frozen=True, slots=True)
class Link:
    """One distinct destination: where it first appears, how it is classified, how often it appears."""

    found: FoundLink
    info: LinkInfo
    count: int
    mention: bool  # a brand's domain named in a story, not offered as a destination
    key: str  # destination_key of its url: what makes two links one destination (~4 µs, so computed once)


@dataclass(frozen=True, slots=True)
class Context:
    """Everything a rule may read about one comment; built by :func:`build_context` or :func:`context_for`."""

    source: str
    text: str  # normalised (forum.policy.text.normalise)
    prose: str  # what the author wrote in their own words: no links, contact details or markup
    found: tuple[FoundLink, ...]  # every link occurrence, in order
    links: tuple[Link, ...]  # distinct destinations, in order
    contacts: tuple[Contact, ...]  # email addresses and phone numbers (what, start, end)
    substance: Substance
    value: Judgement
    settings: PolicySettings
    author: AuthorContext | None
    # Destinations the comment offers to readers (not internal links, not brand mentions): derived from links
    # when the context is made, since the rules ask for it a dozen times a review.
    offered: tuple[Link, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        offered = tuple(lk for lk in self.links if not lk.mention and lk.info.kind is not LinkKind.INTERNAL) \
            if self.links else ()
        object.__setattr__(self, "offered", offered)

    @property
    def mentions(self) -> tuple[Link, ...]:
        if not self.links:
            return ()
        return tuple(lk for lk in self.links if lk.mention)


def _prose_without(text: str, found: tuple[FoundLink, ...], contacts: tuple[Contact, ...]) -> str:
    if not found and not contacts:  # most comments: nothing to cut out
        return prose(text)
    spans = [(f.start, f.start + len(f.raw), f.anchor_text if f.syntax in _ANCHORED else "") for f in found]
    spans += [(start, end, "") for _, start, end in contacts]
    spans.sort(key=lambda s: s[0])
    parts: list[str] = []
    pos = 0
    for start, end, keep in spans:
        if start < pos or text[start:end] == "":
            continue
        parts.append(text[pos:start])
        parts.append(f" {keep} " if keep else " ")
        pos = end
    parts.append(text[pos:])
    return prose("".join(parts))


def _is_mention(link: FoundLink, info: LinkInfo, text: str, value: Judgement, settings: PolicySettings) -> bool:
    """A bare domain with no path, of a kind the policy would not allow, used as a name in a genuine story."""
    if link.syntax != "bare_domain" or info.kind not in _MENTION_KINDS or value.kind not in ("ok", "borderline"):
        return False
    if settings.domain_pins.get(info.domain) is DomainPin.BLOCKED:
        return False
    if "/" in link.raw.rstrip("/") or "?" in link.raw:
        return False
    return not _OFFERING.search(text, max(0, link.start - 40), link.start)


def _signature_line(link: FoundLink, text: str) -> bool:
    """The address alone on one of the comment's last lines, under others: a signature's link, never a name."""
    line_start = text.rfind("\n", 0, link.start) + 1
    line_end = text.find("\n", link.start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" \t-–—|•·")
    return line == link.raw and line_start > 0 and text.count("\n", line_start) <= 2


def _own_words(text: str) -> str:
    """The prose of ``text`` without its blockquotes (quote-reply): what the author wrote themselves."""
    own = strip_quotes(text)
    return _prose_without(own, find_links(own), find_contacts(own))


def build_context(source: str, text: str, settings: PolicySettings, author: AuthorContext | None) -> Context:
    """Everything the rules need about ``text`` (already normalised from ``source``)."""
    contacts = find_contacts(text)
    found = find_links(text)
    if contacts and found:  # the domain of a disguised email address ("sam at example dot org") is no link
        found = tuple(f for f in found if not any(s <= f.start < e for _, s, e in contacts))
    keys = [destination_key(f.url) for f in found]  # once each: ~4 µs a link
    counts = Counter(keys) if keys else Counter[str]()
    distinct: dict[str, FoundLink] = {}  # the first occurrence of each destination, in order
    for key, link in zip(keys, found, strict=True):
        distinct.setdefault(key, link)
    plain = _prose_without(text, found, contacts)
    own = _own_words(text) if has_quote(text) else plain  # the value judgement ignores quoted text
    substance = assess(own, settings.extra_praise_phrases, settings.brief_word_limit)
    value = judge(substance, settings.brief_word_limit)
    if contacts and value.kind == "ok":  # a number quoted as an example in a genuine comment invites no contact
        contacts = tuple(c for c in contacts if not example_number(text, c))
    links = []
    for key, first in distinct.items():
        info = classify_link(first, settings)
        mention = _is_mention(first, info, text, value, settings) and not (
            "\n" in text and any(_signature_line(f, text) for f, k in zip(found, keys, strict=True) if k == key))
        links.append(Link(first, info, counts[key], mention, key))
    return Context(source=source, text=text, prose=plain, found=found, links=tuple(links), contacts=contacts,
                   substance=substance, value=value, settings=settings, author=author)


_DEFAULT_SETTINGS = PolicySettings()


def context_for(source: str, settings: PolicySettings | None = None,
                author: AuthorContext | None = None) -> Context:
    """The context :func:`forum.policy.review.review_comment` would build for ``source`` (for calling one rule)."""
    return build_context(source, normalise(source), settings or _DEFAULT_SETTINGS, author)
