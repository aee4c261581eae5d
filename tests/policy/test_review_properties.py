"""Properties of review_comment that must hold for every string, hostile ones included."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum.policy import Decision, PolicySettings, Verdict, review_comment
from tests.policy.xss_vectors import forbidden_constructs  # the sanitiser's browser-grade oracle

TRICKY = [
    "\ud800", "\udfff", "\x00", "\x07", "\x1b[31m", "\u202e", "\u2066", "\u200b", "\u200d", "\ufeff", "\u00ad",
    "<a href='javascript:alert(1)'>", "</a>", "<script>", "<img src=x onerror=alert(1)>", "[x](", "](http://",
    "www.", ".com", "hxxp://", " dot ", "@", "👍", "👨‍👩‍👧", "great post", "thanks", "?", "\n", "> ", "**", "`",
    "&#106;avascript:", "&amp;", "é", "ё", "汉字", "مرحبا", "+44 20 7946 0958", "9 minutes", "{a|b}",
]
texts = st.lists(st.one_of(st.text(alphabet=st.characters(exclude_categories=()), max_size=20),
                           st.sampled_from(TRICKY)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_any_string_gets_a_verdict_and_never_raises(text: str) -> None:
    verdict = review_comment(text)
    assert isinstance(verdict.decision, Decision)
    assert verdict.decision is Decision.most_severe(r.outcome for r in verdict.reasons)
    assert forbidden_constructs(verdict.html) == []


@settings(max_examples=60, deadline=None)
@given(texts)
def test_the_verdict_is_deterministic_and_round_trips_through_a_dict(text: str) -> None:
    verdict = review_comment(text)
    assert review_comment(text) == verdict
    assert Verdict.from_dict(verdict.to_dict()) == verdict


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=5000))
def test_texts_up_to_the_size_cap_are_judged_and_never_too_long(text: str) -> None:
    assert "too_long" not in review_comment(text).rules()


def test_one_megabyte_is_rejected_as_too_long_without_html() -> None:
    verdict = review_comment("a" * 1_000_000)
    assert verdict.rules() == ("too_long",)
    assert verdict.html == ""


@pytest.mark.parametrize("text", [
    "<b>" * 10_000 + "x",
    "<div>" * 10_000,
    "[" * 10_000 + "x" + "](http://example.org)" * 100,
    "> " * 10_000 + "deep",
    "*" * 10_000 + "x",
    "<a href=\"http://example.org\" " + "x=1 " * 4_000 + ">y</a>",
    "http://" + "a." * 8_000 + "com",
    "great post " * 3_000,
    "谢谢分享客户服务" * 2_400,  # one 19,200-character "word": once quadratic in look-alike folding
    "Grеat" * 4_000,  # Latin and Cyrillic mixed in one long word
    "12 34 56 78 " * 1_700,  # digit groups: phone-number candidates everywhere
    "a." * 10_000,
])
def test_hostile_nesting_and_repetition_are_handled_within_the_cap_and_beyond_it(text: str) -> None:
    capped = review_comment(text)
    assert capped.rules() == ("too_long",) or forbidden_constructs(capped.html) == []
    roomy = review_comment(text, settings=PolicySettings(max_chars=100_000))
    assert isinstance(roomy.decision, Decision)
    assert forbidden_constructs(roomy.html) == []


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script> We cut wait times by 40% with callbacks.",
    "[click](javascript:alert(1)) We cut wait times by 40% with callbacks.",
    "<a href=\"http://example.org\" onclick=\"steal()\">x</a> We cut wait times by 40% with callbacks.",
    "<img src=x onerror=alert(1)> We cut wait times by 40% with callbacks.",
    "<iframe src=\"http://evil.example\"></iframe> We cut wait times by 40% with callbacks.",
])
def test_verdict_html_never_contains_forbidden_constructs(text: str) -> None:
    assert forbidden_constructs(review_comment(text).html) == []
