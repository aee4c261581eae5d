"""@mentions are found in what the author wrote and shown as profile links; a quote is kept out of the value
judgement, so quoting a good comment never makes "good post" pass."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from forum.policy import Decision, render_comment, review_comment
from forum.policy.mentions import find_mentions, link_mentions
from forum.policy.quotes import QUOTE_MAX_CHARS, quote_markdown, strip_quotes
from tests.factories import VALUABLE


def test_mentions_are_found_once_each_lower_cased_in_order() -> None:
    assert find_mentions("thanks @Maya and @sam — @maya again") == ["maya", "sam"]


def test_an_email_address_or_code_is_not_a_mention() -> None:
    assert find_mentions("write to maya@example.org or run `@sam` in the shell") == []


def test_too_short_handles_are_not_mentions() -> None:
    assert find_mentions("@ab is not a handle") == []


def test_mentions_become_profile_links_in_text_but_never_inside_links_or_code() -> None:
    html = '<p>ask @maya</p><p><a href="https://example.org">@sam</a> <code>@bob</code></p>'
    linked = link_mentions(html)
    assert '<a class="mention" href="/u/maya">@maya</a>' in linked
    assert "/u/sam" not in linked and "/u/bob" not in linked


def test_a_mention_is_not_a_link_for_the_policy() -> None:
    verdict = review_comment(VALUABLE + " @maya saw the same in her team.")
    assert verdict.decision == Decision.PUBLISH and verdict.links == ()


def test_a_quote_carries_attribution_and_a_link_back() -> None:
    assert quote_markdown("Short  answer", handle="maya", comment_id=7) == "> Short answer\n— @maya ([link](/c/7))\n\n"


def test_a_quote_is_capped() -> None:
    quoted = quote_markdown("x" * 5000, handle="maya", comment_id=7)
    assert quoted.count("x") == QUOTE_MAX_CHARS


def test_the_attribution_renders_as_links_to_the_profile_and_the_comment() -> None:
    html = link_mentions(review_comment(quote_markdown("A point", handle="maya", comment_id=7) + VALUABLE).html)
    assert 'href="/u/maya"' in html and 'href="/c/7"' in html


def test_stripping_quotes_keeps_only_the_authors_own_words() -> None:
    text = quote_markdown("Their words", handle="maya", comment_id=7) + "My words."
    assert strip_quotes(text) == "My words."


def test_quoting_a_valuable_comment_does_not_make_brief_praise_pass() -> None:
    verdict = review_comment(quote_markdown(VALUABLE, handle="maya", comment_id=7) + "good post")
    assert verdict.decision == Decision.REJECT
    assert {r.rule for r in verdict.reasons} & {"too_brief", "no_value"}


def test_a_valuable_answer_under_a_quote_publishes() -> None:
    verdict = review_comment(quote_markdown("good post", handle="maya", comment_id=7) + VALUABLE)
    assert verdict.decision == Decision.PUBLISH


def test_a_mention_inside_an_attribute_is_left_alone() -> None:
    html = '<p><a href="https://example.org/?q=>@evil" title="x>@evil">text</a> and @maya</p>'
    linked = link_mentions(html)
    assert linked.count('class="mention"') == 1 and 'href="https://example.org/?q=>@evil"' in linked


def test_every_rendered_comment_gains_only_mention_links() -> None:
    for text in ("@maya **bold** `@code` <b>@sam</b>", "> @quoted\n\n@after", "[@x](https://example.org) @yes_1"):
        html = review_comment(text).html
        linked = link_mentions(html)
        assert linked.replace('<a class="mention" href="/u/', "").count("<a ") == html.count("<a ")


_MENTION_LINK = re.compile(r'<a class="mention" href="/u/[a-z0-9_]+">(@[A-Za-z0-9_]+)</a>')
_QUOTE_LINK = re.compile(r'\(<a class="quote-link" href="/c/(\d+)">link</a>\)')


_PIECES = [*"@ab_1 <>\"'`*[]()/.:\n>-—", "maya", "href=", "http://x.y/", "([link](/c/7))", "<a href=\"", "<code>"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_linking_mentions_only_ever_adds_mention_and_quote_links(text: str) -> None:
    html = render_comment(text)
    linked = link_mentions(html)
    undone = _QUOTE_LINK.sub(r"([link](/c/\1))", _MENTION_LINK.sub(r"\1", linked))
    assert undone == html
