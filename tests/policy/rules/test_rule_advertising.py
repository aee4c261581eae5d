"""advertising: a company, product or service advertised without a link is rejected."""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment


@pytest.mark.parametrize(("text", "evidence"), [
    ("Use code SAVE20 for twenty percent off our agent training course this month.", "code save20"),
    ("Great tips. DM me for prices on our outsourced night-shift team.", "dm me for prices"),
    ("Our agency handles overflow calls. Call us now on 0800 555 0199 for a free quote.", "call us now"),
    ("Just search Helpwise Pro on Google and you'll see why agents love it.", "search helpwise pro on google"),
    ("For staffing like this, visit our website and book a demo with our team.", "visit our website"),
    ("Need headsets? Ring 020 7946 0958 for our wholesale prices.", "020 7946 0958"),
    ("Coupon code: AGENTS2025 gets you onboarding at half cost.", "AGENTS2025"),
])
def test_strong_advertising_cues_reject_on_their_own(text: str, evidence: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT
    reason = next(r for r in verdict.reasons if r.rule == "advertising")
    assert evidence.lower() in reason.evidence.lower()
    assert "advertise" in reason.message


def test_three_different_weak_cues_advertise_even_beside_a_story() -> None:
    text = ("We cut our backlog from 900 to 120 tickets in a month. Our platform does the triage for you, with "
            "a free trial and 24/7 support included.")
    assert "advertising" in review_comment(text).rules()


def test_two_weak_cues_advertise_a_comment_with_nothing_specific() -> None:
    assert "advertising" in review_comment("Our platform is the answer here, with a free trial too.").rules()


def test_two_weak_cues_in_a_genuine_story_are_not_advertising() -> None:
    text = ("A customer signed up for the free trial, then called us three times because our app logged her "
            "out after every update; we fixed the session timeout within a week.")
    verdict = review_comment(text)
    assert "advertising" not in verdict.rules()
    assert verdict.decision is Decision.PUBLISH


@pytest.mark.parametrize("text", [
    "Last year a customer's coupon code failed at checkout four times and she gave up on the order.",
    "I work for a help desk vendor, full disclosure, and we saw the same drop in satisfaction after 6 pm.",
    "A customer asked me for a quote in writing, so we now send every estimate by email within an hour.",
])
def test_a_story_that_mentions_selling_words_is_not_advertising(text: str) -> None:
    assert "advertising" not in review_comment(text).rules()
