"""A link destination taken apart once for the classifier: host facts, curated-list memberships, path shape.

:func:`parse_address` is cached (a comment's links repeat across previews, edits and moderation), so
every heuristic in :mod:`forum.policy.destinations` reads ready-made facts instead of re-parsing the URL.
Path-shape readers return the sentence that explains what they saw, or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Final
from urllib.parse import parse_qsl, unquote, urlsplit

from forum.policy import domain_lists as lists
from forum.policy.urls import is_ip_address, is_public_host, public_suffix, registrable_domain

__all__ = ["Address", "article_signal", "front_page", "is_root", "parse_address", "segments_before_articles"]

# Every curated domain → the lists it is on ("shortener", "vendor" ...): one pass over a host's parents.
_CATALOGUE: Final = {
    "shortener": lists.SHORTENERS, "redirector": lists.REDIRECTOR_HOSTS, "app_store": lists.APP_STORES,
    "vendor": lists.VENDORS, "retail": lists.RETAIL, "non_article": frozenset(lists.NON_ARTICLE),
    "blog_host": lists.BLOG_HOSTS, "publisher": lists.PUBLISHERS, "analyst": lists.ANALYSTS,
    "money": frozenset(lists.MONEY),
}
_MEMBERSHIP: dict[str, list[str]] = {}
for _category, _domains in _CATALOGUE.items():
    for _domain in _domains:
        _MEMBERSHIP.setdefault(_domain, []).append(_category)

_LOCALE_RE = re.compile(lists.LOCALE_SEGMENT_PATTERN)
_REGION_LOCALE_RE = re.compile(r"[a-z]{2}[-_][a-z]{2}")


@dataclass(frozen=True, slots=True)
class Address:
    url: str
    scheme: str
    host: str  # lower case, no port, no trailing dot
    domain: str  # registrable domain ("" without a host)
    hosts: tuple[str, ...]  # the host and each parent: a.b.example.com, b.example.com, example.com, com
    listed: MappingProxyType[str, str]  # curated list → the entry that matched ("amazon.*", "bit.ly")
    segments: tuple[str, ...]  # lower-cased path segments without locale parts ("en-us")
    query: tuple[tuple[str, str], ...]  # keys lower-cased
    userinfo: str
    obfuscated: bool
    public: bool  # the host is a name under a public suffix
    ip: bool
    institutional: bool  # under a university or government suffix (.edu, .gov, .ac.uk …)
    suffix: str

    def named(self, entry: str) -> str:
        """How to say a list entry in a sentence: ``amazon.*`` is said as the domain at hand."""
        return self.domain if entry.endswith(".*") else entry


def _memberships(hosts: tuple[str, ...], domain: str) -> MappingProxyType[str, str]:
    found: dict[str, str] = {}
    for host in (*hosts, domain.split(".")[0] + ".*"):
        for category in _MEMBERSHIP.get(host, ()):
            found.setdefault(category, host)
    return MappingProxyType(found)


@lru_cache(maxsize=4096)
def parse_address(url: str, syntax: str | None = None) -> Address:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        parts, host = urlsplit(""), ""
    labels = host.split(".") if host else []
    hosts = tuple(".".join(labels[i:]) for i in range(len(labels)))
    domain = registrable_domain(host) if host else ""
    segments = tuple(s for s in unquote(parts.path).lower().split("/") if s)
    if segments and _LOCALE_RE.fullmatch(segments[0]):
        segments = segments[1:]
    segments = tuple(s for s in segments if not _REGION_LOCALE_RE.fullmatch(s))  # /hc/en-us/articles/…
    suffix = public_suffix(host) if host else ""
    ip = bool(host) and is_ip_address(host)
    return Address(
        url=url, scheme=parts.scheme.lower(), host=host, domain=domain, hosts=hosts,
        listed=_memberships(hosts, domain), segments=segments,
        query=tuple((k.lower(), v) for k, v in parse_qsl(parts.query, keep_blank_values=True)),
        userinfo=parts.netloc.rpartition("@")[0] if "@" in parts.netloc else "",
        obfuscated=syntax == "obfuscated", public=bool(host) and not ip and is_public_host(host), ip=ip,
        institutional=suffix in lists.INSTITUTIONAL_SUFFIXES or suffix.split(".")[0] in lists.INSTITUTIONAL_SUFFIXES,
        suffix=suffix,
    )


# --------------------------------------------------------------------------------------------- path shapes
_DATED_RE = re.compile(r"/(?:19|20)\d{2}/(?:0?[1-9]|1[0-2])(?:/|$)|/(?:19|20)\d{2}-\d{2}-\d{2}")
_SLUG_RE = re.compile(r"(?=[^/]*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+){2,}(?:\.(?:html?|php|aspx?))?")
_HAS_LETTER_RE = re.compile(r"[^\W\d_]")
_ROOT_PAGES = frozenset({(), ("index.html",), ("index.htm",), ("index.php",), ("home",)})


def is_root(a: Address) -> bool:
    return a.segments in _ROOT_PAGES


def article_signal(a: Address, dated_only: bool = False) -> str | None:
    """Why the path looks like one article (dated, an entry in an article section, a title slug), or None."""
    dated = _DATED_RE.search("/" + "/".join(a.segments))
    if dated and any(_HAS_LETTER_RE.search(s) for s in a.segments[-2:]):  # "/2023/11/02/" alone is an archive
        return f"dated path {dated.group(0).rstrip('/')}/"
    if dated_only:
        return None
    for i, segment in enumerate(a.segments[:-1]):
        if segment in lists.ARTICLE_SEGMENTS and a.segments[i + 1] not in lists.LISTING_SEGMENTS:
            return f"path /{segment}/{a.segments[i + 1]} is an entry in an article section"
    if a.segments and _SLUG_RE.fullmatch(a.segments[-1]):
        return f"slug “{a.segments[-1]}” reads like an article title"
    if len(a.segments) > 1 and a.segments[0].startswith("@"):
        return f"/{a.segments[0]}/{a.segments[1]} is a post by that author"
    for i, segment in enumerate(a.segments[:-1]):
        if segment == "doi" and a.segments[i + 1].startswith("10."):
            return f"/doi/{a.segments[i + 1]} is a paper's DOI"
    return None


def front_page(a: Address) -> str | None:
    """Why the path is a front page, a profile or a listing of many posts, or None."""
    if len(a.segments) == 1 and (a.segments[0] in lists.ARTICLE_SEGMENTS or a.segments[0].startswith("@")):
        return f"/{a.segments[0]} is a front page or profile, not a single article"
    listing = next((s for s in a.segments if s in lists.LISTING_SEGMENTS), None)
    if listing in ("archive", "archives") and article_signal(a, dated_only=True):
        return None  # "/archive/2015/08/waiting-in-line/": one dated article kept in the archive
    return f"/{listing}/ is a listing of many posts, not a single article" if listing else None


def segments_before_articles(a: Address) -> tuple[str, ...]:
    """The path up to its first article section: ``/en/blog/our-pricing-story`` → ``()``."""
    for i, segment in enumerate(a.segments):
        if segment in lists.ARTICLE_SEGMENTS:
            return a.segments[:i]
    return a.segments
