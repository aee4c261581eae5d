"""Comment text → safe HTML. The one module that knows which libraries sanitise.

Pipeline (:func:`render_comment`)::

    text ─ cap + character clean-up ─ Markdown (markdown-it-py) ─ bleach Cleaner ─ nh3 gate ─ HTML

- **Cap first.** Input longer than :data:`MAX_INPUT_CHARS` is never parsed: its first
  :data:`MAX_INPUT_CHARS` characters are shown as escaped plain text (the ``too_long`` rule rejects it anyway).
- **Characters.** Lone surrogates become U+FFFD (valid pairs are joined), NUL becomes U+FFFD, other C0/C1
  controls, bidi embeddings/overrides/isolates, zero-width spaces, word joiners, soft hyphens, BOMs and
  Unicode tag characters are removed: they are invisible, they reorder or hide text, and they are how links
  and words are smuggled past filters. ZWJ/ZWNJ (emoji and scripts need them) and LRM/RLM marks stay.
- **Markdown.** CommonMark with raw HTML allowed in the input, strikethrough, and ``breaks`` (a newline in
  a paragraph is a line break, as people expect in a comment box). Headings are off (a comment has no
  business shouting an ``<h1>`` over the page: ``# x`` stays text) and images are off (no tracking pixels,
  no ``data:``): ``![alt](url)`` renders as ``!`` plus an ordinary link, so it is visible and counted.
  A link destination must be an absolute ``http``/``https``/``mailto`` URL; anything else stays text.
  Plain ``http(s)://`` URLs and ``www.`` hosts become links (linkify-it-py); bare domains such as
  ``example.com`` do NOT: in prose they are mostly a brand named in a story (policy.md
  ``brand_domain_mention``) and making them clickable would turn a mention into a promotion. They are still
  links for counting (:mod:`forum.policy.links`). Email addresses are not linkified (contact details).
- **bleach** escapes every tag outside :data:`ALLOWED_TAGS` (the author sees ``<name>`` or ``<script>`` as
  the text they typed instead of losing it silently), drops every attribute outside
  :data:`ALLOWED_ATTRIBUTES` (so no ``style``, no ``on*``, no ``target``), strips comments, and sets
  ``rel="nofollow ugc noopener"`` on every ``<a>`` (the author's own ``rel`` is dropped first).
- **nh3 gate.** The bleach output goes through nh3 (Ammonia) with the same allow-list; its output is what
  is returned. On our corpus the gate changes nothing beyond serialisation (tests/policy/test_xss_vectors.py);
  it exists so a bleach bug cannot reach a page, and so nh3 can replace bleach (unmaintained since June
  2026) by deleting one stage here. Note nh3 drops disallowed tags where bleach escapes them: a swap must
  escape them in ``_MarkdownRenderer`` rules to keep today's behaviour.

Allow-list choices: ``p br em strong code pre blockquote ul ol li a del hr``. ``del`` serves ``~~x~~``
(corrections are common in replies), ``hr`` is a harmless separator; no headings (see above), no tables,
no ``b``/``i`` (Markdown has ``**``/``*``), no ``class`` (fenced-code language classes are dropped; the site
does no highlighting), ``ol start`` only as digits.

Invariants: output contains only allowed tags and attributes; every ``href`` is absolute
``http(s)://host…`` or ``mailto:…`` with no whitespace, control characters, backslashes or user info;
``clean_html(render_comment(x)) == render_comment(x)``; no input raises or takes more than bounded time.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import nh3
from bleach.html5lib_shim import Filter
from bleach.sanitizer import Cleaner
from linkify_it import LinkifyIt
from markdown_it import MarkdownIt
from markdown_it.common import html_re

from forum.policy.source_text import RENDER_DROPPED_CLASS
from forum.policy.types import PolicySettings

__all__ = [
    "ALLOWED_ATTRIBUTES",
    "ALLOWED_SCHEMES",
    "ALLOWED_TAGS",
    "LINK_REL",
    "MAX_INPUT_CHARS",
    "RenderStages",
    "clean_html",
    "clickable_urls",
    "plain_text",
    "render_comment",
    "render_stages",
]

MAX_INPUT_CHARS: int = PolicySettings().max_chars
ALLOWED_TAGS: frozenset[str] = frozenset(
    {"p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "s", "del", "hr"}
)
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {"a": frozenset({"href", "title"}), "ol": frozenset({"start"})}
ALLOWED_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
LINK_REL = "nofollow ugc noopener"

# ---------------------------------------------------------------------------------------------- characters
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_DROP_RE = re.compile(f"[{RENDER_DROPPED_CLASS}]")  # shared with the link finder


def _clean_characters(text: str) -> str:
    if not text.isascii() and _SURROGATE_RE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if _DROP_RE.search(text):
        text = _DROP_RE.sub("", text)
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# ---------------------------------------------------------------------------------------------- URLs
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


def _is_safe_href(url: str) -> bool:
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


def _allow_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a":
        return name == "title" or (name == "href" and _is_safe_href(value))
    return tag == "ol" and name == "start" and _DIGITS_RE.fullmatch(value) is not None


# ---------------------------------------------------------------------------------------------- Markdown
_LINK_CANDIDATE_RE = re.compile(r"https?:|www\d{0,3}\.", re.IGNORECASE)
_WHITESPACE_RE = re.compile(r"\s")


class _HttpLinkify(LinkifyIt):
    """linkify-it limited to ``http(s)://`` URLs and ``www.`` hosts, and shown only the words that may hold one.

    linkify-it's regexes cost ~1 ms on a 600-character paragraph. A URL never contains whitespace, so each
    candidate ("http", "www.") is matched inside its own whitespace-delimited window; a window starts after
    whitespace or at the text's start, both link boundaries for linkify-it, so the matches are the same.
    Bare-domain matches (``example.com``) are dropped (module docstring).
    """

    def __init__(self) -> None:
        options = {"fuzzy_link": False, "fuzzy_email": False, "fuzzy_ip": False}
        super().__init__(options=options)
        # Fuzzy matching (needed for "www.") is the slow part: only windows containing "www" get it.
        self._with_www = LinkifyIt(options={**options, "fuzzy_link": True})
        self._last: tuple[str, list[Any] | None] | None = None
        for linkify in (self, self._with_www):
            for schema in ("ftp:", "//", "mailto:"):
                linkify.add(schema, None)

    def pretest(self, text: str) -> bool:
        lower = text.lower()
        return "http" in lower or "www" in lower

    def _windows(self, text: str) -> Iterator[tuple[int, str]]:
        covered = -1
        for candidate in _LINK_CANDIDATE_RE.finditer(text):
            if candidate.start() < covered:
                continue
            start = max(text.rfind(space, 0, candidate.start()) for space in " \n\t") + 1
            after = _WHITESPACE_RE.search(text, candidate.end())
            covered = after.start() if after else len(text)
            yield start, text[start:covered]

    def match(self, text: str) -> list[Any] | None:
        # markdown-it calls test() then match() on the same text: remember the last answer.
        last = self._last
        if last is not None and last[0] == text:
            return last[1]
        found = self._match(text) if self.pretest(text) else None
        self._last = (text, found)
        return found

    def _match(self, text: str) -> list[Any] | None:
        found = []
        for offset, window in self._windows(text):
            matcher = self._with_www.match if "www" in window.lower() else super().match
            for link in matcher(window) or ():
                if link.schema or link.raw[:4].lower() == "www.":
                    link.index += offset
                    link.last_index += offset
                    found.append(link)
        return found or None

    def test(self, text: str) -> bool:
        return self.match(text) is not None

    def match_at_start(self, text: str) -> Any:
        after = _WHITESPACE_RE.search(text)
        return super().match_at_start(text[: after.start()] if after else text)


# A URL made only of these is returned unchanged by markdown-it's normalizers (mdurl encode/decode and
# punycode have nothing to do): skipping them saves ~35 µs per link (tested against the originals).
_ALREADY_NORMAL_RE = re.compile(r"(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#])*")


class _MarkdownRenderer(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        return _is_safe_href(url)

    def normalizeLink(self, url: str) -> str:
        return url if _ALREADY_NORMAL_RE.fullmatch(url) else super().normalizeLink(url)

    def normalizeLinkText(self, link: str) -> str:
        plain = _ALREADY_NORMAL_RE.fullmatch(link) and "xn--" not in link.lower()
        return link if plain else super().normalizeLinkText(link)


# Raw HTML reaches bleach only as well-formed tags from the allow-list, each with few attributes, and at
# most _MAX_RAW_TAGS of them: html5lib (under bleach) is quadratic in a tag's attribute count and slow on
# deep nesting. Every other "<" is escaped here, so the author sees exactly what they typed; comments are
# dropped (bleach would strip them, and html5lib may end a comment earlier than markdown-it does).
_MAX_RAW_TAG_ATTRIBUTES = 16
_MAX_RAW_TAGS = 256
_OPEN_TAG_RE = re.compile(rf"<([A-Za-z][A-Za-z0-9\-]*)((?:{html_re.attribute})*)\s*/?>")
_CLOSE_TAG_RE = re.compile(r"</([A-Za-z][A-Za-z0-9\-]*)\s*>")
_ATTRIBUTE_RE = re.compile(html_re.attribute)


def _raw_html_piece(piece: str, env: dict[str, int]) -> str:
    if piece.startswith("<!--"):
        return ""
    tag = _OPEN_TAG_RE.fullmatch(piece) or _CLOSE_TAG_RE.fullmatch(piece)
    allowed = (
        tag is not None
        and tag.group(1).lower() in ALLOWED_TAGS
        and (tag.re is _CLOSE_TAG_RE or len(_ATTRIBUTE_RE.findall(tag.group(2))) <= _MAX_RAW_TAG_ATTRIBUTES)
        and env.get("raw_tags", 0) < _MAX_RAW_TAGS
    )
    if not allowed:
        return html.escape(piece, quote=False)
    env["raw_tags"] = env.get("raw_tags", 0) + 1
    return piece


def _safe_raw_html(raw: str, env: dict[str, int]) -> str:
    out: list[str] = []
    pos = 0
    while (lt := raw.find("<", pos)) >= 0:
        out.append(raw[pos:lt])
        piece = html_re.HTML_TAG_RE.match(raw, lt)
        if piece is None:
            out.append("&lt;")
            pos = lt + 1
        else:
            out.append(_raw_html_piece(piece.group(0), env))
            pos = piece.end()
    out.append(raw[pos:])
    return "".join(out)


def _render_raw_html(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
    return _safe_raw_html(tokens[idx].content, env)


# markdown-it stops at 20 levels of nesting and silently drops the rest ("> > > … text" loses the text).
# Deeper than this, the remaining lines become one plain paragraph, so nothing the author wrote is hidden.
_FLATTEN_AT_LEVEL = 14


def _flatten_too_deep(state: Any, start_line: int, end_line: int, silent: bool) -> bool:
    if state.level < _FLATTEN_AT_LEVEL:
        return False
    if not silent:
        state.push("paragraph_open", "p", 1).map = [start_line, end_line]
        inline = state.push("inline", "", 0)
        inline.content = state.getLines(start_line, end_line, state.blkIndent, False).strip()
        inline.map, inline.children = [start_line, end_line], []
        state.push("paragraph_close", "p", -1)
    state.line = end_line
    return True


def _build_markdown() -> MarkdownIt:
    md = _MarkdownRenderer("commonmark", {"linkify": True, "breaks": True, "typographer": False})
    md.enable(["linkify", "strikethrough"]).disable(["image", "heading", "lheading"])
    # The inline linkify rule re-scans all pending text at every "://" (~40 µs a link); the core rule,
    # fed by the windowed matcher below, finds the same http(s)/www links.
    md.inline.ruler.disable("linkify")
    md.linkify = _HttpLinkify()
    md.block.ruler.before("table", "flatten_too_deep", _flatten_too_deep)
    md.add_render_rule("html_inline", _render_raw_html)
    md.add_render_rule("html_block", _render_raw_html)
    return md


# ---------------------------------------------------------------------------------------------- sanitisers
class _LinkRelFilter(Filter):
    """Every ``<a>`` gets exactly :data:`LINK_REL` (the sanitiser already dropped the author's ``rel``)."""

    def __iter__(self):  # type: ignore[no-untyped-def]
        for token in super().__iter__():
            if token["type"] in ("StartTag", "EmptyTag") and token["name"] == "a":
                token["data"] = {**token["data"], (None, "rel"): LINK_REL}
            yield token


def _nh3_attribute_filter(tag: str, name: str, value: str) -> str | None:
    # nh3 also passes the rel it adds itself through this filter.
    if tag == "a" and name == "rel":
        return LINK_REL
    return value if _allow_attribute(tag, name, value) else None


_MARKDOWN = _build_markdown()
_BLEACH = Cleaner(
    tags=ALLOWED_TAGS,
    attributes=_allow_attribute,
    protocols=ALLOWED_SCHEMES,
    strip=False,
    strip_comments=True,
    filters=[_LinkRelFilter],
)
_NH3 = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
    attribute_filter=_nh3_attribute_filter,
    url_schemes=set(ALLOWED_SCHEMES),
    url_relative="deny",
    link_rel=LINK_REL,
    strip_comments=True,
)


@dataclass(frozen=True, slots=True)
class RenderStages:
    """Each stage's output for one text, for tests and for explaining a rendering to a moderator."""

    markdown_html: str
    bleach_html: str
    html: str


def render_stages(text: str) -> RenderStages:
    """Run the pipeline and keep every stage's output; ``.html`` equals :func:`render_comment` ``(text)``."""
    if len(text) > MAX_INPUT_CHARS:
        prefix = _clean_characters(text[:MAX_INPUT_CHARS])
        markdown_html = f"<p>{html.escape(prefix, quote=False)}\u2026</p>\n"
    else:
        markdown_html = _MARKDOWN.render(_clean_characters(text), {})
    bleach_html = _BLEACH.clean(markdown_html) if markdown_html else ""
    return RenderStages(markdown_html, bleach_html, _NH3.clean(bleach_html))


def render_comment(text: str) -> str:
    """Markdown comment source → sanitised HTML, safe to hand to ``rx.html`` as it stands."""
    return render_stages(text).html


def clickable_urls(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, href)`` of each address the linkify step would make clickable in ``text`` read as
    plain text (the link finder cross-checks itself against this)."""
    return tuple((m.index, m.last_index, m.url) for m in (_MARKDOWN.linkify.match(text) or ()))


def clean_html(html_text: str) -> str:
    """Run HTML (normally our own output) through the bleach + nh3 stages again."""
    html_text = _clean_characters(html_text)
    return _NH3.clean(_BLEACH.clean(html_text)) if html_text else ""


# ---------------------------------------------------------------------------------------------- plain text
_BLOCK_BOUNDARY_RE = re.compile(r"<br\s*/?>|</?(?:p|pre|blockquote|ul|ol|li|hr)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_TAG_RE = re.compile(r"<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_SPACES_RE = re.compile(r"[^\S\n]+")
_NEWLINES_RE = re.compile(r"\s*\n\s*")


def plain_text(html_text: str) -> str:
    """The visible text of sanitised HTML: blocks and line breaks become newlines, other space collapses.

    Entities are decoded, so the result is text, not HTML: escape it again wherever it is displayed.
    """
    text = _TAG_RE.sub("", _BLOCK_BOUNDARY_RE.sub("\n", html_text))
    text = html.unescape(text)
    return _NEWLINES_RE.sub("\n", _SPACES_RE.sub(" ", text)).strip()
