"""Comment text → safe HTML. The one module that knows which libraries sanitise.

Pipeline (:func:`render_comment`)::

    text ─ cap + character clean-up ─ Markdown (comment_markdown) ─ nh3 ─ HTML

- **Cap first.** Input longer than :data:`MAX_INPUT_CHARS` is never parsed: its first
  :data:`MAX_INPUT_CHARS` characters are shown as escaped plain text. The cap is the highest comment length
  an admin can set (the upper bound of ``PolicySettings.max_chars`` in the settings schema), not the default
  limit: whatever limit is in force, a comment the ``too_long`` rule lets through is rendered in full.
- **Characters.** Lone surrogates become U+FFFD (valid pairs are joined), NUL becomes U+FFFD, and
  :data:`forum.policy.source_text.RENDER_DROPPED_CLASS` is removed: other C0/C1 controls, bidi
  embeddings/overrides/isolates, zero-width spaces, word joiners, soft hyphens, BOMs, tag characters. They
  are invisible, reorder or hide text, and smuggle links and words past filters. ZWJ/ZWNJ (emoji and scripts
  need them) and LRM/RLM marks stay.
- **Markdown** (:mod:`forum.policy.comment_markdown`): CommonMark without headings or images, http(s) and
  ``www.`` linkified, raw HTML reduced to well-formed allow-listed tags (HTML's ASCII white space only)
  carrying only the attributes :func:`forum.policy.allow_list.allow_attribute` accepts as written, before
  entities are decoded (``ht&#116;ps:`` is refused), everything else escaped. Text with no Markdown in it,
  or none but plain ``http(s)://`` addresses (:func:`forum.policy.comment_markdown.render_prose`), skips the
  parser and gets the parser's output.
- **nh3** (Ammonia) with the same allow-list then builds the HTML: it drops anything outside the allow-list,
  strips comments, checks each attribute again (decoded) and sets ``rel="nofollow ugc noopener"`` on every
  ``<a>``; its output is what is returned.
- **bleach** (unmaintained since June 2026) no longer runs on a comment. It was the stage for the author's
  raw tags (the refused attributes and names it removed are now removed by the Markdown stage) and two
  thirds of a review's time on them. :func:`render_stages` still runs it as a reference, and the property
  tests (tests/policy/test_sanitize_properties.py, test_xss_vectors.py) check that nh3's HTML equals what
  bleach + nh3 gave on hostile and generated input; :func:`clean_html` keeps both as a double gate for HTML
  from elsewhere.

Invariants: output contains only allowed tags and attributes; every ``href`` is absolute
``http(s)://host…`` or ``mailto:…`` with no whitespace, control characters, backslashes or user info;
``clean_html(render_comment(x)) == render_comment(x)``; no input raises or takes more than bounded time.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import nh3
from bleach.html5lib_shim import Filter
from bleach.sanitizer import Cleaner

from forum.policy.allow_list import ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS, LINK_REL, allow_attribute
from forum.policy.comment_markdown import COMMENT_MARKDOWN, clickable_urls, render_prose
from forum.policy.scan import CharClass
from forum.policy.source_text import RENDER_DROPPED_CLASS
from forum.policy.types import PolicySettings, setting_specs

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

MAX_INPUT_CHARS: int = int(next(s.high for s in setting_specs(PolicySettings) if s.name == "max_chars"))

# ---------------------------------------------------------------------------------------------- characters
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_DROP_RE = re.compile(f"[{RENDER_DROPPED_CLASS}]")  # shared with the link finder
_DROPPED = CharClass(_DROP_RE)


def _clean_characters(text: str) -> str:
    if not text.isascii() and _SURROGATE_RE.search(text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if _DROPPED.in_text(text):
        text = _DROP_RE.sub("", text)
    if "\x00" in text:
        text = text.replace("\x00", "\ufffd")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


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
    return value if allow_attribute(tag, name, value) else None


_BLEACH = Cleaner(
    tags=ALLOWED_TAGS,
    attributes=allow_attribute,
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


def _markdown(text: str) -> str:
    """The Markdown stage's HTML for ``text`` (the cap, the character clean-up, then the dialect)."""
    if len(text) > MAX_INPUT_CHARS:
        prefix = _clean_characters(text[:MAX_INPUT_CHARS])
        return f"<p>{html.escape(prefix, quote=False)}\u2026</p>\n"
    text = _clean_characters(text)
    prose = render_prose(text)
    if prose is not None:
        return prose
    try:
        return COMMENT_MARKDOWN.render(text, {})
    except Exception:  # markdown-it-py can fail on hostile nesting; the comment is shown as typed, never lost
        # e.g. an HTML block opened in a list in a blockquote at the very end reads past the source (IndexError)
        return "".join(f"<p>{html.escape(part, quote=False)}</p>\n" for part in text.split("\n\n") if part.strip())


def render_stages(text: str) -> RenderStages:
    """Run the pipeline and keep every stage's output; ``.html`` equals :func:`render_comment` ``(text)``.

    ``bleach_html`` is the retired bleach stage's output on the Markdown HTML, kept as the reference the
    tests compare ``html`` with.
    """
    markdown_html = _markdown(text)
    bleach_html = _BLEACH.clean(markdown_html) if markdown_html else ""
    return RenderStages(markdown_html, bleach_html, _NH3.clean(markdown_html))


def render_comment(text: str) -> str:
    """Markdown comment source → sanitised HTML, safe to hand to ``rx.html`` as it stands."""
    return _NH3.clean(_markdown(text))


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
