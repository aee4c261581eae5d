"""What sanitised comment HTML may contain: the allow-list, our ``rel``, and the rule for link destinations.

Shared by the Markdown renderer (which refuses other destinations up front) and by both sanitisers in
:mod:`forum.policy.sanitize` (bleach, then nh3 as a gate), so the three can never disagree.

Allow-list choices: ``p br em strong code pre blockquote ul ol li a s del hr``. ``s``/``del`` serve
``~~x~~`` (corrections are common in replies), ``hr`` is a harmless separator; no headings (a comment has
no business shouting an ``<h1>`` over the page), no images (tracking pixels, ``data:``), no tables, no
``b``/``i`` (Markdown has ``**``/``*``), no ``class`` (fenced-code language classes are dropped; the site
does no highlighting), no ``style``, no ``on*``, no ``target``; ``ol start`` only as digits; ``a title``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ALLOWED_ATTRIBUTES", "ALLOWED_SCHEMES", "ALLOWED_TAGS", "LINK_REL", "allow_attribute", "is_safe_href"]

ALLOWED_TAGS: frozenset[str] = frozenset(
    {"p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "s", "del", "hr"}
)
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {"a": frozenset({"href", "title"}), "ol": frozenset({"start"})}
ALLOWED_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"  # set on every <a>; nothing else may set rel or target

_CONTROL_OR_SPACE_RE = re.compile(r"[\x00-\x20\x7f-\x9f\\]")
# An http(s) URL whose host a WHATWG parser (browsers, and nh3's url crate) reads exactly as written:
# ASCII labels (markdown-it has already punycoded IDNs), or an IPv6 literal; no user info; port <= 65535.
_HTTP_HREF_RE = re.compile(
    r"https?://(?P<host>[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?\.?|\[[0-9A-Fa-f:.]+\])"
    r"(?::(?P<port>[0-9]{1,5}))?(?:[/?#].*)?",
    re.IGNORECASE | re.DOTALL,
)
_NUMERIC_LABEL_RE = re.compile(r"(?:0x[0-9a-f]*|[0-9]+)\.?", re.IGNORECASE)
_IPV4_RE = re.compile(r"(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])(?:\.(?:25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}")


def is_safe_href(url: str) -> bool:
    """Absolute http(s) with a plain host, or mailto; nothing a browser would re-interpret or refuse."""
    if not url or _CONTROL_OR_SPACE_RE.search(url):
        return False
    if url[:7].lower() == "mailto:":
        return len(url) > 7
    match = _HTTP_HREF_RE.fullmatch(url)
    if match is None or (match.group("port") and int(match.group("port")) > 65535):
        return False
    host = match.group("host").rstrip(".")
    # A host ending in a number is an IPv4 address to a browser ("999.1.1.1" is an error, "1.2" is 1.0.0.2).
    last_label = host.rsplit(".", 1)[-1]
    if _NUMERIC_LABEL_RE.fullmatch(last_label) and _IPV4_RE.fullmatch(host) is None:
        return False
    return "xn--" not in host.lower() or all(map(_is_plain_idn_label, host.lower().split(".")))


def _is_plain_idn_label(label: str) -> bool:
    """A punycode label must decode to letters, digits, marks and hyphens (browsers refuse U+FFFD, symbols)."""
    if not label.startswith("xn--"):
        return True
    try:
        decoded = label[4:].encode("ascii").decode("punycode")
    except UnicodeError:
        return False
    if unicodedata.normalize("NFKC", decoded).casefold() != decoded:  # IDNA labels arrive already mapped
        return False
    return all(ch.isalpha() or ch.isdecimal() or ch == "-" or unicodedata.category(ch)[0] == "M" for ch in decoded)


_DIGITS_RE = re.compile(r"[0-9]{1,6}")


def allow_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name == "title" or (name == "href" and is_safe_href(value))
    return tag == "ol" and name == "start" and _DIGITS_RE.fullmatch(value) is not None
