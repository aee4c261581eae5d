"""Prose whose only markup is plain addresses skips the parser and gets exactly the parser's HTML.

:func:`forum.policy.comment_markdown.render_prose` renders such prose itself (issue 12's speed pass: a third of
the bench's comments hold one address, and the parser took ~100 µs on each). It must give what
``COMMENT_MARKDOWN.render`` gives, linkify step included, or decline (None) and let the parser run. Generated
here: prose around addresses with trailing punctuation, parentheses, query strings, fragments, ports, user
info, percent escapes, emails, ``www.`` hosts, schemes in capitals, punycode, at the start and end of lines.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from forum.policy.comment_markdown import COMMENT_MARKDOWN, clickable_urls, render_prose

_SETTINGS = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_WORDS = ["we", "tried", "the", "callback", "queue", "and", "it", "worked", "Thanks", "see", "here:", "Kate,",
          "1,200", "tickets", '"quoted"', "it's", "done.", "why?", "wow!", "e.g.", "a.b", "example.com", "sam@x.org",
          "www", "http", "HTTP", "WWW.", "httpx", "(see", "note)", "-", "2.", "#1", "x_y", "+1", "é", "👍"]
_SCHEMES = ["http://", "https://", "HTTP://", "Https://", "hTtPs://", "", "www.", "ftp://", "//", "mailto:",
            "http:/", "https:///"]
_LABELS = ["example", "x", "a1", "my-site", "xn--caf-dma", "xn--80ak6aa92e", "b--c", "-bad", "bad-", "123",
           "www", "www2", "EXAMPLE", "en", "wikipedia", "org", "com", "co", "uk", "io", "a_b", "ex\u00e4mple", ""]
_PATH_PIECES = ["/", "a", "wiki", "Customer_service", "2023", "what-we-learned", "?", "ref=agent42", "&", "b=2",
                "#", "frag", ".", "..", ",", ";", ":", ":8080", "!", "!!", "?", "??", "~", "~~", "_", "__", "-",
                "--", "---", "(", ")", "(x)", "[", "]", "{", "}", "'", '"', "*", "`", "%20", "%", "@", "user@",
                "=", "+", "$", "\\", "<", ">", "|", "http://", "www.", "\u00e9", "&amp;", "&#35;", "x.html"]
_TRAILING = ["", "", "", ".", ",", ";", ":", "!", "?", ")", "'", '"', ".)", ").", "...", "!?", ".,", "?!", "-",
             "_", "*", "~", ">", "\u2026"]
_LEADING = ["", "", "", "(", "<", '"', "'", "[", "*", "_", "~", "x", ":", "/", "@"]


@st.composite
def _address(draw: st.DrawFn) -> str:
    host = ".".join(draw(st.lists(st.sampled_from(_LABELS), min_size=1, max_size=4)))
    path = "".join(draw(st.lists(st.sampled_from(_PATH_PIECES), max_size=8)))
    return (draw(st.sampled_from(_LEADING)) + draw(st.sampled_from(_SCHEMES)) + host + path
            + draw(st.sampled_from(_TRAILING)))


_SEPARATORS = [" ", " ", " ", "\n", "\n\n", "  \n", " \n", "\n\n\n", "", "  "]
_PROSE_WITH_ADDRESSES = st.lists(
    st.tuples(st.one_of(_address(), st.sampled_from(_WORDS)), st.sampled_from(_SEPARATORS)), min_size=1, max_size=14,
).map(lambda pieces: "".join(piece + separator for piece, separator in pieces))


def _agrees(text: str) -> bool:
    fast = render_prose(text)
    return fast is None or fast == COMMENT_MARKDOWN.render(text, {})


@_SETTINGS
@given(_PROSE_WITH_ADDRESSES)
@example("see https://en.wikipedia.org/wiki/Customer_service.")
@example("https://x.org/a., b")
@example("HTTPS://WWW.EXAMPLE.ORG/A?b=1&c=2#top!\nnext line")
@example("(https://x.org/a) and https://x.org/?")
def test_prose_with_addresses_renders_as_the_parser_renders_it(text: str) -> None:
    assert _agrees(text)


_PLAIN_URLS = st.builds(
    lambda scheme, www, labels, segments, query, fragment, odd, trailing: (
        scheme + www + ".".join(labels) + "".join("/" + s for s in segments) + query + fragment + odd + trailing),
    st.sampled_from(["http://", "https://", "HTTPS://", "Http://"]),
    st.sampled_from(["", "www."]),
    st.lists(st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,5})?", fullmatch=True), min_size=2, max_size=4),
    st.lists(st.from_regex(r"[A-Za-z0-9]{1,6}([-_.~!,?][A-Za-z0-9]{1,6})?", fullmatch=True), max_size=4),
    st.sampled_from(["", "?a=1", "?a=1&b=two", "?q=x+y"]),
    st.sampled_from(["", "#top", "#a-b"]),
    # now and then one piece the short way declines
    st.one_of(st.just(""), st.just(""), st.just(""), st.sampled_from(_PATH_PIECES)),
    st.one_of(st.sampled_from(["", ".", ",", "!", "?", "/"]), st.sampled_from(_TRAILING)),
)


@_SETTINGS
@given(st.lists(st.tuples(st.one_of(_PLAIN_URLS, st.sampled_from(_WORDS[:12])), st.sampled_from(_SEPARATORS[:8])),
                min_size=1, max_size=10).map(lambda pieces: "".join(p + s for p, s in pieces)))
def test_plain_addresses_in_prose_render_as_the_parser_renders_them(text: str) -> None:
    assert _agrees(text)


def test_the_short_way_takes_ordinary_addresses_and_declines_the_rest() -> None:
    taken = ["I wrote it up here: https://en.wikipedia.org/wiki/Customer_service",
             "https://www.example.org/2023/05/what-we-learned-from-a-year-of-callbacks.\nThanks!",
             "Check out https://shop.example.com/cart?ref=agent42 for the best headsets.",
             "HTTP://EXAMPLE.ORG/A#B, then https://x.example/?a=1&b=2!", "mail sam@example.org at https://x.org"]
    for text in taken:
        assert render_prose(text) == COMMENT_MARKDOWN.render(text, {}), text
    declined = ["www.example.org", "(https://x.org)", "https://x.org:8080/", "https://user@x.org/",
                "https://x.org/a%20b", "https://xn--caf-dma.example/", "https://x.org/a.,", "https://x.org/_a_",
                "http://a.org/http://b.org", "https://x.org/*a*",
                "https://localhost/", "see https://x.org\t", "https://x.org/a;b"]
    for text in declined:
        assert render_prose(text) is None, text


def _linkify_long_way(text: str) -> tuple[tuple[int, int, str], ...]:
    linkify = COMMENT_MARKDOWN.linkify
    found = linkify._match(text) if linkify.pretest(text) else None
    return tuple((m.index, m.last_index, m.url) for m in found or ())


@_SETTINGS
@given(st.one_of(_PROSE_WITH_ADDRESSES, st.lists(_PLAIN_URLS, min_size=1, max_size=4).map(" ".join)))
@example("see https://www.example.org/a.\thttps://x.org\u2003www.y.org http://0:/https://x.example")
def test_clickable_urls_names_a_plain_address_as_linkify_would(text: str) -> None:
    assert clickable_urls(text) == _linkify_long_way(text)
