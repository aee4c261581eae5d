"""The link finder (docs/policy.md §1): every syntax found with its normal form, every non-link left alone,
exact source offsets, and "the same destination" decided by destination_key."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from forum.policy.links import SYNTAXES, FoundLink, destination_key, distinct_destinations, find_links

Expected = list[tuple[str, str]]


def found(text: str) -> Expected:
    return [(link.syntax, link.url) for link in find_links(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # scheme URLs, any letter case, any scheme
        ("read https://blog.example.org/a-post today", [("bare_url", "https://blog.example.org/a-post")]),
        ("HtTpS://Blog.Example.ORG/Path", [("bare_url", "https://blog.example.org/Path")]),
        ("see (http://blog.example.org/a).", [("bare_url", "http://blog.example.org/a")]),
        ("https://en.wikipedia.org/wiki/Queue_(abstract).", [("bare_url", "https://en.wikipedia.org/wiki/Queue_(abstract)")]),
        ("ftp://files.example.org/report.pdf", [("bare_url", "ftp://files.example.org/report.pdf")]),
        ("JaVaScRiPt:alert(1)", [("bare_url", "javascript:alert(1)")]),
        ("data:text/html;base64,PGI+", [("bare_url", "data:text/html;base64,PGI+")]),
        ("https://blog.example.org:443/a#", [("bare_url", "https://blog.example.org/a")]),
        ("http://blog.example.org:8080/a", [("bare_url", "http://blog.example.org:8080/a")]),
        # Markdown
        ("[our guide](https://docs.example.org/guide)", [("markdown_inline", "https://docs.example.org/guide")]),
        ("[guide](<https://docs.example.org/a guide> \"title\")",
         [("markdown_inline", "https://docs.example.org/a guide")]),
        ("![chart](https://img.example.org/c.png)", [("markdown_inline", "https://img.example.org/c.png")]),
        ("[x](javascript:alert(1))", [("markdown_inline", "javascript:alert(1)")]),
        ("[x](www.example.org/a)", [("markdown_inline", "https://www.example.org/a")]),
        ("[read this][1]\n\n[1]: https://docs.example.org/a", [("markdown_reference", "https://docs.example.org/a")]),
        ("[Guide]\n\n[guide]: <https://docs.example.org/b>", [("markdown_reference", "https://docs.example.org/b")]),
        ("[unused]: https://docs.example.org/c", [("markdown_reference", "https://docs.example.org/c")]),
        ("<https://docs.example.org/auto>", [("autolink", "https://docs.example.org/auto")]),
        ("<FTP://files.example.org/x>", [("autolink", "ftp://files.example.org/x")]),
        # HTML anchors: any quoting, entity-encoded hrefs
        ('<a href="https://docs.example.org/d">d</a>', [("html_anchor", "https://docs.example.org/d")]),
        ("<A HREF='https://docs.example.org/e'>e</A>", [("html_anchor", "https://docs.example.org/e")]),
        ("<a\nclass=x href=https://docs.example.org/f>f</a>", [("html_anchor", "https://docs.example.org/f")]),
        ('<a href="&#x6a;avascript:alert(1)">g</a>', [("html_anchor", "javascript:alert(1)")]),
        ('<a href="&#104;ttps://docs.example.org/h">h</a>', [("html_anchor", "https://docs.example.org/h")]),
        ('<a href="https://docs.example.org/i">unclosed', [("html_anchor", "https://docs.example.org/i")]),
        # hosts without a scheme
        ("www.example.org/path", [("www", "https://www.example.org/path")]),
        ("WWW.Example.ORG", [("www", "https://www.example.org")]),
        ("//cdn.example.org/lib.js", [("protocol_relative", "https://cdn.example.org/lib.js")]),
        ("visit example.com.", [("bare_domain", "https://example.com")]),
        ("example.co.uk/path?x=1", [("bare_domain", "https://example.co.uk/path?x=1")]),
        ("I booked on Booking.com twice", [("bare_domain", "https://booking.com")]),
        ("try perplexity.ai or notion.so", [("bare_domain", "https://perplexity.ai"), ("bare_domain", "https://notion.so")]),
        ("see github.com/acme/setup.py", [("bare_domain", "https://github.com/acme/setup.py")]),
        ("münchen.de", [("bare_domain", "https://xn--mnchen-3ya.de")]),
        ("10.0.0.7:8080/admin", [("bare_domain", "https://10.0.0.7:8080/admin")]),
        ("_www.example.org_ in emphasis", [("www", "https://www.example.org")]),
        # written to dodge filters
        ("hxxps://spam.example.com/x", [("obfuscated", "https://spam.example.com/x")]),
        ("hXXp://spam[.]example[.]com", [("obfuscated", "http://spam.example.com")]),
        ("h**p://spam.example.com", [("obfuscated", "http://spam.example.com")]),
        ("https[:]//spam.example.com", [("obfuscated", "https://spam.example.com")]),
        ("spam[.]com/offer", [("obfuscated", "https://spam.com/offer")]),
        ("spam(.)com", [("obfuscated", "https://spam.com")]),
        ("spam{.}co{.}uk", [("obfuscated", "https://spam.co.uk")]),
        ("spam [dot] com", [("obfuscated", "https://spam.com")]),
        ("visit spamshop dot com today", [("obfuscated", "https://spamshop.com")]),
        ("SpamShop DOT net", [("obfuscated", "https://spamshop.net")]),
        ("ht\u200btps://spam.example.com", [("obfuscated", "https://spam.example.com")]),
        ("spam\u200b.com", [("obfuscated", "https://spam.com")]),
        ("ｓｐａｍ．ｃｏｍ", [("obfuscated", "https://spam.com")]),
        ("spam&#46;com", [("obfuscated", "https://spam.com")]),
        ("spam\\.com", [("obfuscated", "https://spam.com")]),
        # empty or invisible anchor text is still a link
        ('<a href="https://spam.example.com"></a>', [("html_anchor", "https://spam.example.com")]),
        ("[\u200b](https://spam.example.com)", [("markdown_inline", "https://spam.example.com")]),
    ],
)
def test_every_syntax_of_a_link_is_found_with_its_normal_form(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zendesk, Freshdesk and Intercom all do this",
        "ping @acme_support or @acme.io on the forum",
        "write to first.last@company.co.uk or help@example.com",
        "mailto:help@example.com",
        "<help@example.com>",
        "[mail us](mailto:help@example.com)",
        "call +1 (555) 010-4477 or 555.010.4477",
        "tel:+15550104477",
        "open notes.txt, report.pdf, data.csv and export.xlsx",
        "run setup.py, deploy.sh, README.md, main.rs, clip.mov, backup.zip",
        "we moved to v2.3.1 after 3.14 and 10.5.2",
        "e.g. and i.e. and U.S. and a.m. and Ph.D.",
        "Node.js, Vue.js and Three.js",
        "it was fine.Then it broke",
        "this.is not a domain and go.to neither",
        "www.example (no suffix)",
        "the dot com era and a polka dot",
        "// TODO: fix and //comment",
        "a network 192.168.0.0/24 and the address 192.168.0.1",
        "[relative](/t/our-thread) and [anchor](#top)",
        "[note](note:this) and <a href='/t/x'>here</a>",
        "file.example and intranet.local and host.invalid",
        "<a>no href</a> and <a href=\"#\">hash</a>",
    ],
)
def test_things_that_are_not_links_are_not_found(text: str) -> None:
    assert find_links(text) == ()


@pytest.mark.parametrize(
    ("text", "raw", "start", "anchor_text"),
    [
        ("See [the **full** guide](https://d.example.org/g) now", "[the **full** guide](https://d.example.org/g)", 4,
         "the full guide"),
        ("x <a href='https://d.example.org/g'><b>bold</b> words</a>", "<a href='https://d.example.org/g'><b>bold</b> "
         "words</a>", 2, "bold words"),
        ("Go: https://d.example.org/g.", "https://d.example.org/g", 4, ""),
        ("ab\u200bc ht\u200btps://d.example.org", "ht\u200btps://d.example.org", 5, ""),
        ("&amp; spam&#46;com", "spam&#46;com", 6, ""),
        ("![](https://d.example.org/p.png)", "![](https://d.example.org/p.png)", 0, ""),
        ("[\u200b\u200b](https://d.example.org)", "[\u200b\u200b](https://d.example.org)", 0, ""),
    ],
)
def test_a_found_link_quotes_the_source_exactly_with_its_offset_and_visible_text(
    text: str, raw: str, start: int, anchor_text: str
) -> None:
    (link,) = find_links(text)
    assert (link.raw, link.start, link.anchor_text) == (raw, start, anchor_text)
    assert text[link.start:link.start + len(link.raw)] == link.raw


def test_every_occurrence_is_reported_in_order_repeats_included() -> None:
    text = "a https://d.example.org/x b [x](https://d.example.org/x) c www.d.example.org/x/ d example.com"
    assert [link.syntax for link in find_links(text)] == ["bare_url", "markdown_inline", "www", "bare_domain"]


def test_a_link_whose_text_is_its_own_address_counts_once() -> None:
    assert found("[https://d.example.org](https://d.example.org) <a href=https://e.example.org>e.example.org</a>") == [
        ("markdown_inline", "https://d.example.org"), ("html_anchor", "https://e.example.org")]


def test_a_reference_counts_at_each_use_and_its_definition_not_again() -> None:
    text = "[one][r] and [two][R]\n\n[r]: https://d.example.org/ref"
    assert found(text) == [("markdown_reference", "https://d.example.org/ref")] * 2


def test_an_address_in_the_text_of_a_refused_markdown_link_is_its_own_link() -> None:
    # The renderer refuses javascript:, shows "[https://d.example.org](javascript:x)" as text and linkifies it.
    assert found("[https://d.example.org](javascript:x)") == [
        ("markdown_inline", "javascript:x"), ("bare_url", "https://d.example.org")]


def test_a_link_inside_the_text_of_a_refused_markdown_link_is_found() -> None:
    # The renderer refuses javascript: and then shows the inner image syntax as "!" plus a real link.
    assert found("[![img](https://d.example.org/i.png)](javascript:x)") == [
        ("markdown_inline", "javascript:x"), ("markdown_inline", "https://d.example.org/i.png")]


def test_an_entity_cannot_extend_a_clickable_address_onto_another_host() -> None:
    # The renderer links https://spam.example.net and shows ".wikipedia.org/wiki/X" after it as text.
    assert found("https://spam.example.net&#46;wikipedia.org/wiki/X") == [
        ("bare_url", "https://spam.example.net"), ("bare_domain", "https://wikipedia.org/wiki/X")]


def test_a_second_address_after_a_malformed_one_is_found_as_the_renderer_links_it() -> None:
    hosts = {destination_key(link.url) for link in find_links("http://0:/https://spam.example.net")}
    assert "spam.example.net" in hosts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://d.example.org/a", "http://d.example.org/a"),
        ("https://d.example.org/a", "https://www.d.example.org/a/"),
        ("https://d.example.org/a", "https://D.Example.org/a#section"),
        ("https://d.example.org/a?x=1&y=2", "https://d.example.org/a?y=2&x=1"),
        ("https://d.example.org/a", "https://d.example.org/a?utm_source=news&utm_medium=mail"),
        ("https://d.example.org/a", "https://d.example.org/a?fbclid=abc"),
        ("https://d.example.org/a%20b", "https://d.example.org/a b"),
        ("https://d.example.org", "https://d.example.org/"),
        ("https://d.example.org/a", "https://d.example.org:443/a"),
    ],
)
def test_scheme_www_trailing_slash_fragment_order_and_tracking_do_not_make_a_new_destination(a: str, b: str) -> None:
    assert destination_key(a) == destination_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://d.example.org/a", "https://d.example.org/b"),
        ("https://d.example.org/a", "https://e.example.org/a"),
        ("https://d.example.org/a", "https://d.example.org/A"),
        ("https://d.example.org/a", "https://d.example.org/a?ref=me"),
        ("https://d.example.org/a", "https://d.example.org:8443/a"),
        ("https://blog.d.example.org/a", "https://d.example.org/a"),
    ],
)
def test_a_different_path_host_case_parameter_or_port_is_another_destination(a: str, b: str) -> None:
    assert destination_key(a) != destination_key(b)


def test_distinct_destinations_keeps_the_first_occurrence_of_each() -> None:
    text = ("[guide](https://d.example.org/a) then https://www.d.example.org/a/?utm_source=x then "
            "hxxps://e.example.org and https://d.example.org/b")
    distinct = distinct_destinations(find_links(text))
    assert [(link.syntax, link.url) for link in distinct] == [
        ("markdown_inline", "https://d.example.org/a"), ("obfuscated", "https://e.example.org"),
        ("bare_url", "https://d.example.org/b")]
    assert distinct_destinations(()) == ()


def test_a_found_link_is_a_frozen_value_with_a_known_syntax() -> None:
    link = find_links("https://d.example.org")[0]
    assert isinstance(link, FoundLink) and link.syntax in SYNTAXES
    with pytest.raises(AttributeError):
        link.url = "https://other.example.org"  # type: ignore[misc]


def test_input_beyond_the_scan_limit_is_not_scanned_but_the_start_is() -> None:
    text = "https://d.example.org " + "x " * 60_000 + "https://e.example.org"
    assert found(text) == [("bare_url", "https://d.example.org")]


@pytest.mark.parametrize(
    "text",
    ["<a " * 30_000, "[" * 50_000, "](" * 30_000, "a." * 50_000, "http://" * 12_000, "x dot " * 20_000,
     "&#46;" * 20_000, "\u200b." * 40_000, "<a href=x>" * 10_000, "[a]: b\n" * 10_000,
     "https://a.example.org/x " * 6_000, "see example.com " * 6_000, "[a](https://b.example.org) " * 5_000,
     "[a][b] " * 8_000 + "\n\n[b]: https://c.example.org", "https://a.example.org/x&#46;y " * 5_000],
)
def test_hostile_input_is_scanned_in_bounded_time_and_every_result_quotes_its_source(text: str) -> None:
    for link in find_links(text):
        assert text[link.start:link.start + len(link.raw)] == link.raw


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_every_found_link_quotes_its_source_at_its_offset(text: str) -> None:
    for link in find_links(text):
        assert text[link.start:link.start + len(link.raw)] == link.raw
        assert link.syntax in SYNTAXES
        assert destination_key(link.url)
