"""Properties of the renderer over generated input: any string at all, and strings built from hostile parts.

For every input: rendering never raises; the output holds nothing forbidden (full document parse); it is
deterministic and idempotent; the nh3 gate agrees with bleach; and every http(s) link it makes clickable
is a link :func:`forum.policy.links.find_links` counts, so the link rules judge what readers can click.
"""

from __future__ import annotations

from bleach._vendor import html5lib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum.policy.links import destination_key, find_links
from forum.policy.sanitize import clean_html, plain_text, render_comment, render_stages
from tests.policy.test_xss_vectors import normalised
from tests.policy.xss_vectors import ALL_VECTORS, forbidden_constructs

_ODD_CHARACTERS = ["\ud800", "\udfff", "\ud83d", "\ude00", "\x00", "\x0b", "\x1b", "\x7f", "\x85", "\u202e",
                   "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad", "\U000e0041", "\uffff", "\r", "\u2028"]
_ANY_TEXT = st.text(st.one_of(st.characters(exclude_categories=()), st.sampled_from(_ODD_CHARACTERS)),
                    max_size=120)

_FRAGMENTS = [
    "<", ">", "</", "/>", "<a ", "<a href=", "</a>", "<p>", "</p>", "<em>", "</em>", "<script>", "</script>",
    "<img src=x ", "onerror=", "onclick=", "style=", "title=", "rel=", "href=", "start=", "<ol ", "<svg>",
    "<math>", "<noscript>", "<template>", "<style>", "<!--", "-->", "--!>", "<![CDATA[", "]]>", "<?", "?>",
    "<!DOCTYPE html>", "<textarea>", "<iframe ", "<form ", "<base ", "<meta ", "\"", "'", "`", "=", " ",
    "\n", "\n\n", "\t", "javascript:", "JaVaScRiPt:", "vbscript:", "data:text/html,", "&#x6a;", "&#106;",
    "&colon;", "&lt;", "&amp;", "&quot;", "&#0;", "http://", "https://", "HTTPS://", "//", "www.", "mailto:",
    "ok.example.com", "evil.example.net", "/path", "?q=1", "#frag", "@", "alert(1)", "[", "]", "(", ")",
    "![", "](", "]: ", "**", "_", "~~", "`", "```", "> ", "- ", "1. ", "# ", "\\", "\u200b", "\u202e",
    "\ufeff", "\x00", "\ud800", "\uff1c", "%0a", "%3A", "xn--", ".", ":", "#", "99999", "[::1]",
]
_HOSTILE = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.sampled_from(ALL_VECTORS), st.text(max_size=4)),
                    max_size=14).map("".join)
_INPUTS = st.one_of(_ANY_TEXT, _HOSTILE)
def _host(url: str) -> str:
    return destination_key(url).split("/")[0].split("?")[0]


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_INPUTS)
def test_rendering_any_input_yields_nothing_a_browser_would_run(text: str) -> None:
    assert forbidden_constructs(render_comment(text)) == []


@_SETTINGS
@given(_INPUTS)
def test_rendering_is_deterministic_and_idempotent(text: str) -> None:
    rendered = render_comment(text)
    assert render_comment(text) == rendered
    assert clean_html(rendered) == rendered


@_SETTINGS
@given(_INPUTS)
def test_the_nh3_gate_agrees_with_bleach_on_any_input(text: str) -> None:
    stages = render_stages(text)
    assert normalised(stages.html) == normalised(stages.bleach_html)


@_SETTINGS
@given(_INPUTS)
def test_nh3_alone_gives_what_bleach_then_nh3_gave_on_the_markdown_output(text: str) -> None:
    # bleach no longer runs on a comment: on any Markdown output, running it first would change nothing.
    stages = render_stages(text)
    assert render_comment(text) == stages.html == clean_html(stages.markdown_html)


@_SETTINGS
@given(_INPUTS)
def test_every_web_link_the_renderer_makes_clickable_is_counted_by_find_links(text: str) -> None:
    # Compared by host: where a path ends (a quote, a bracket) linkify-it and find_links may differ.
    counted = {_host(link.url) for link in find_links(text)}
    document = html5lib.parse(render_comment(text), namespaceHTMLElements=False)
    for anchor in document.iter("a"):
        href = anchor.get("href", "")
        if href.lower().startswith(("http://", "https://")):
            assert _host(href) in counted, href


@settings(max_examples=150, deadline=None)
@given(st.text(st.one_of(st.characters(exclude_categories=()), st.sampled_from(_ODD_CHARACTERS)), max_size=200))
def test_the_text_of_a_rendering_never_contains_invisible_or_control_characters(text: str) -> None:
    visible = plain_text(render_comment(text))
    assert not any(ch in visible for ch in ("\x00", "\u202e", "\u2066", "\u200b", "\ufeff", "\x1b", "\x7f"))
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in visible)
