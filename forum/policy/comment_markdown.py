"""The Markdown dialect of comments, as markdown-it-py configured for Frontline. Parsing only: the HTML it
produces still goes through both sanitisers (:mod:`forum.policy.sanitize`).

- CommonMark with raw HTML allowed, strikethrough, and ``breaks`` (a newline in a paragraph is a line break,
  as people expect in a comment box). Headings are off (``# x`` stays text) and images are off:
  ``![alt](url)`` renders as ``!`` plus an ordinary link, so it is visible and counted.
- A link destination must pass :func:`forum.policy.allow_list.is_safe_href`; anything else stays text.
- Plain ``http(s)://`` URLs and ``www.`` hosts become links (linkify-it-py). Bare domains (``example.com``)
  do NOT: in prose they are mostly a brand named in a story (docs/policy.md ``brand_domain_mention``), and making
  them clickable would turn a mention into a promotion; they are still links for counting
  (:mod:`forum.policy.links`). Email addresses are not linkified (contact details).
- Raw HTML reaches the sanitisers only as well-formed tags from the allow-list, each with few attributes,
  at most 256 of them; every other ``<`` is escaped here, so the author sees exactly what they typed
  (``replace <name> with…``). html5lib, under bleach, is quadratic in a tag's attribute count and slow on
  deep nesting; this keeps it linear. Comments are dropped (html5lib may end one earlier than markdown-it).
- Nesting deeper than markdown-it's limit is flattened into a paragraph instead of being silently dropped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any

from linkify_it import LinkifyIt
from markdown_it import MarkdownIt
from markdown_it.common import html_re

from forum.policy.allow_list import ALLOWED_TAGS, allow_attribute, is_safe_href
from forum.policy.scan import CharClass

__all__ = ["COMMENT_MARKDOWN", "clickable_urls", "render_prose"]

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
        # A candidate holds no whitespace, so none straddles the end of a window: the next window's
        # candidate is the first one found from there.
        lower = text.lower() if text.isascii() else None
        covered = 0
        while (found := _link_candidate(text, lower, covered)) >= 0:
            start = max(text.rfind(space, 0, found) for space in " \n\t") + 1
            after = _WHITESPACE_RE.search(text, found)
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


def _link_candidate(text: str, lower: str | None, pos: int) -> int:
    """Where ``_LINK_CANDIDATE_RE.search(text, pos)`` matches, or -1; ``lower`` is ``text.lower()`` when
    ``text`` is ASCII, else None.

    The regex, case-insensitive with two alternatives, is tried at every character (~30 µs on a
    600-character comment); in ASCII text, where ignoring case is lower-casing, str.find jumps from one
    "http"/"www" to the next (tests/policy/test_link_candidates.py checks both agree).
    """
    if lower is None:
        found = _LINK_CANDIDATE_RE.search(text, pos)
        return found.start() if found else -1
    http, www = lower.find("http", pos), lower.find("www", pos)
    while http >= 0 or www >= 0:
        if www < 0 or 0 <= http < www:
            if lower.startswith(":", http + 4) or lower.startswith("s:", http + 4):
                return http
            http = lower.find("http", http + 1)
        else:
            digits = www + 3
            while digits < www + 6 and lower[digits:digits + 1].isdigit():
                digits += 1
            if lower.startswith(".", digits):
                return www
            www = lower.find("www", www + 1)
    return -1


# A URL made only of these is returned unchanged by markdown-it's normalizers (mdurl encode/decode and
# punycode have nothing to do): skipping them saves ~35 µs per link (tested against the originals).
_ALREADY_NORMAL_RE = re.compile(r"(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#])*")


class _MarkdownRenderer(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        return is_safe_href(url)

    def normalizeLink(self, url: str) -> str:
        return url if _ALREADY_NORMAL_RE.fullmatch(url) else super().normalizeLink(url)

    def normalizeLinkText(self, link: str) -> str:
        plain = _ALREADY_NORMAL_RE.fullmatch(link) and "xn--" not in link.lower()
        return link if plain else super().normalizeLinkText(link)


# Raw HTML reaches the sanitiser only as well-formed tags from the allow-list, each with few attributes, and
# at most _MAX_RAW_TAGS of them; every other "<" is escaped here, so the author sees exactly what they typed.
# Comments are dropped (an HTML parser may end a comment earlier than markdown-it does).
#
# A tag is well-formed when an HTML parser reads it exactly as these patterns do: white space is HTML's
# ASCII white space only. markdown-it's own patterns accept any Unicode space ("<A\xa0>"), where a parser
# reads a tag named "a\xa0": such a tag is escaped and shown as typed. Each attribute the allow-list refuses
# (allow_attribute) is removed as written, before entities are decoded ("ht&#116;ps:" is refused), and so
# is a repeated one (a parser keeps the first): nh3 then sees only what bleach used to leave.
_MAX_RAW_TAG_ATTRIBUTES = 16
_MAX_RAW_TAGS = 256
_SPACE = r"[ \t\n\r\f]"  # HTML's white space; a parser reads "\xa0" as part of a name
_NAME = "[a-zA-Z_:][a-zA-Z0-9:._-]*"
_VALUE = "[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\""
_ATTRIBUTE_RE = re.compile(rf"{_SPACE}+(?P<name>{_NAME})(?:{_SPACE}*={_SPACE}*(?P<value>{_VALUE}))?")
_OPEN_TAG_RE = re.compile(
    rf"<([A-Za-z][A-Za-z0-9\-]*)((?:{_SPACE}+{_NAME}(?:{_SPACE}*={_SPACE}*(?:{_VALUE}))?)*){_SPACE}*(/?>)")
_CLOSE_TAG_RE = re.compile(rf"</([A-Za-z][A-Za-z0-9\-]*){_SPACE}*>")


def _allowed_attributes(tag: str, attributes: str) -> str | None:
    """``attributes`` as written, without those the allow-list refuses; None for more than a tag may carry."""
    kept: list[str] = []
    seen: set[str] = set()
    for count, attribute in enumerate(_ATTRIBUTE_RE.finditer(attributes), start=1):
        if count > _MAX_RAW_TAG_ATTRIBUTES:
            return None
        name, value = attribute.group("name").lower(), attribute.group("value") or ""
        if name in seen:
            continue
        seen.add(name)
        if value[:1] in ("'", '"'):
            value = value[1:-1]
        if allow_attribute(tag, name, value):
            kept.append(attribute.group(0))
    return "".join(kept)


def _allowed_tag(piece: str) -> str | None:
    """``piece`` as an allow-listed tag with only allowed attributes, or None when it must be escaped."""
    close = _CLOSE_TAG_RE.fullmatch(piece)
    if close is not None:
        return piece if close.group(1).lower() in ALLOWED_TAGS else None
    tag = _OPEN_TAG_RE.fullmatch(piece)
    if tag is None or tag.group(1).lower() not in ALLOWED_TAGS:
        return None
    attributes = _allowed_attributes(tag.group(1).lower(), tag.group(2)) if tag.group(2) else ""
    if attributes is None:
        return None
    # A space before the end keeps an unquoted value from taking the "/" of "/>" ("<a href=x y/>" less "y").
    return f"<{tag.group(1)}{attributes}{' ' if attributes else ''}{tag.group(3)}"


def _raw_html_piece(piece: str, env: dict[str, int]) -> str:
    if piece.startswith("<!--"):
        return ""
    tag = _allowed_tag(piece) if env.get("raw_tags", 0) < _MAX_RAW_TAGS else None
    if tag is None:
        return html.escape(piece, quote=False)
    env["raw_tags"] = env.get("raw_tags", 0) + 1
    return tag


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
    # fed by the windowed matcher above, finds the same http(s)/www links.
    md.inline.ruler.disable("linkify")
    md.linkify = _HttpLinkify()
    md.block.ruler.before("table", "flatten_too_deep", _flatten_too_deep)
    md.add_render_rule("html_inline", _render_raw_html)
    md.add_render_rule("html_block", _render_raw_html)
    return md


COMMENT_MARKDOWN: MarkdownIt = _build_markdown()


# Text with none of these is prose to the parser: no block starts, no inline markup, no entity, no raw HTML.
# White space other than " " and "\n" is here too (tabs indent; Unicode spaces change what strip() removes).
_MARKUP_CHARACTERS = re.compile(
    r"[\\`*_\[\]<>#+\-=|~&\x00\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_MARKUP = CharClass(_MARKUP_CHARACTERS)
_LINE_START_MARKUP = re.compile(r"(?m)^(?: |\d+[.)])")  # indented code, or an ordered list item
_BLANK_LINES = re.compile(r"\n{2,}")


def render_prose(text: str) -> str | None:
    """:data:`COMMENT_MARKDOWN` ``.render(text)`` for text with no Markdown in it, without parsing; None
    for any other text (the caller parses it).

    Such text is paragraphs split at blank lines, the lines of each joined by ``<br />`` with their trailing
    spaces removed, ``"`` escaped: exactly the parser's output (tests/policy/test_fast_paths.py). Most
    comments are such prose, and the parser was about a tenth of a review's time. Prose whose only markup is
    plain ``http(s)://`` addresses of a simple shape (:func:`_plain_url`) is rendered too, each address as
    the linkify step renders it; any other use of "http" or "www" goes to the parser.
    """
    lower = text.lower()
    if "http" in lower or "www" in lower:  # linkify's own pretest: it may find a link
        return _render_prose_with_urls(text, lower)
    if _MARKUP.in_text(text) or _line_start_markup(text):
        return None
    return _paragraphs(text)


def _line_start_markup(text: str) -> bool:
    """``_LINE_START_MARKUP.search(text)``, asked only when a line starts with a space or a digit: "(?m)^" is
    tried at every character, the lines' first characters are a few."""
    if text[:1] == " " or "\n " in text:
        return True
    if not any(line[:1].isdigit() for line in text.split("\n")):  # isdigit: every \d and more
        return False
    return _LINE_START_MARKUP.search(text) is not None


def _paragraphs(text: str) -> str:
    if "\n" not in text:  # one line: one paragraph
        return "<p>" + text.rstrip(" ").replace('"', "&quot;") + "</p>\n" if text else ""
    paragraphs = []
    for paragraph in _BLANK_LINES.split(text.strip("\n")):
        lines = "<br />\n".join(line.rstrip(" ") for line in paragraph.split("\n"))
        paragraphs.append("<p>" + lines.replace('"', "&quot;") + "</p>\n")
    return "".join(paragraphs) if text.strip("\n") else ""


# A plain address, every character of it inert to the parser: the scheme, a host of ASCII letters, digits
# and inner hyphens, then a path of characters linkify-it takes unconditionally, or only when another
# follows (".", ",", "?", "!"). Excluded, so they go to the parser: ports, user info, "%" (the normalisers
# change it), ";" (entities), quotes, brackets and parentheses (linkify pairs them), "*", "`", "\\", "<",
# runs that linkify or Markdown read specially ("--", "..", "??", "!!", "~~"), "_" next to anything but a
# letter or digit (emphasis), and two trailing punctuation marks.
_PLAIN_URL_RE = re.compile(
    r"(?P<scheme>[Hh][Tt][Tt][Pp][Ss]?://)"
    r"(?P<host>[A-Za-z0-9]{1,63}(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)+)"
    r"(?P<rest>[A-Za-z0-9/?=&+$,\-_.!~#]*)"
)
_URL_REJECTED_RUNS = ("--", "..", "??", "!!", "~~")
_LONE_UNDERSCORE_RE = re.compile(r"(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])")
_CONDITIONAL = ".,?!"  # linkify-it takes these in a path only when another character follows
_WORD_END_RE = re.compile(r"[ \n]|$")


def _plain_url(word: str) -> tuple[str, str] | None:
    """(address, text after it) as linkify-it splits ``word``, a whitespace-delimited word, when it is a
    plain address followed by at most one punctuation mark; None when in doubt."""
    m = _PLAIN_URL_RE.fullmatch(word)
    if m is None or any(run in word for run in _URL_REJECTED_RUNS):
        return None
    if "_" in word and _LONE_UNDERSCORE_RE.search(word):
        return None
    lower = word.lower()
    scheme = len(m.group("scheme"))
    if lower.find("http", 1) >= 0 or lower.find("www", scheme + 1) >= 0 or 0 <= lower.find("www") < scheme:
        return None
    if any(len(label) > 63 for label in m.group("host").split(".")):
        return None
    rest = m.group("rest")
    if rest and rest[-1] in _CONDITIONAL:  # "…/a." links "…/a"; "…/a.," would link "…/a." (not done here)
        if len(rest) > 1 and rest[-2] in _CONDITIONAL:
            return None
        kept, after = rest[:-1], rest[-1]
    else:
        kept, after = rest, ""
    if kept and (kept[0] not in "/?#" or kept in ("?", "#")):
        return None  # a host followed by other text, or a path opener with nothing linkify takes after it
    address = m.group("scheme") + m.group("host") + kept
    return (address, after) if is_safe_href(address) else None


def _url_word(lower: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the first "http" or "www" in ``lower`` from ``pos`` (what ``re.search("http|www")``
    finds), or None."""
    http, www = lower.find("http", pos), lower.find("www", pos)
    if http < 0 and www < 0:
        return None
    return (http, http + 4) if www < 0 or 0 <= http < www else (www, www + 3)


def _render_prose_with_urls(text: str, lower: str) -> str | None:
    """:func:`render_prose` for prose whose every "http"/"www" is inside a plain address (:func:`_plain_url`)."""
    if len(lower) != len(text) or "\x00" in text:  # offsets must agree; "\x00" marks the addresses below
        return None
    out: list[str] = []  # the text, each address replaced by "\x00" and what follows it
    plain: list[str] = []  # the text, each address replaced by a word
    anchors: list[str] = []
    pos = 0
    while (found := _url_word(lower, pos)) is not None:
        start = max(text.rfind(" ", pos, found[0]), text.rfind("\n", pos, found[0])) + 1
        end = _WORD_END_RE.search(text, found[1]).start()
        url = _plain_url(text[start:end])
        if url is None:
            return None
        address, after = url
        escaped = address.replace("&", "&amp;")
        out += (text[pos:start], "\x00", after)
        plain += (text[pos:start], "u", after)
        anchors.append(f'<a href="{escaped}">{escaped}</a>')
        pos = end
    out.append(text[pos:])
    plain.append(text[pos:])
    prose = "".join(plain)
    if _MARKUP.in_text(prose) or _line_start_markup(prose):
        return None
    # Making paragraphs keeps every "\x00", in order: each becomes its anchor.
    pieces = _paragraphs("".join(out)).split("\x00")
    return "".join(piece + anchor for piece, anchor in zip(pieces, [*anchors, ""], strict=True))


def clickable_urls(text: str) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, href)`` of each address the linkify step would make clickable in ``text`` read as
    plain text (the link finder cross-checks itself against this).

    A word that is a plain address (:func:`_plain_url`) is not shown to linkify-it: its one link is known.
    """
    linkify: _HttpLinkify = COMMENT_MARKDOWN.linkify  # type: ignore[assignment]
    if not linkify.pretest(text):
        return ()
    found: list[tuple[int, int, str]] = []
    for offset, window in linkify._windows(text):
        plain = _plain_url(window)
        if plain is not None:
            found.append((offset, offset + len(plain[0]), plain[0]))
            continue
        matcher = linkify._with_www.match if "www" in window.lower() else super(_HttpLinkify, linkify).match
        for link in matcher(window) or ():
            if link.schema or link.raw[:4].lower() == "www.":
                found.append((link.index + offset, link.last_index + offset, link.url))
    return tuple(found)
