"""too_many_links and duplicate_link: one distinct destination at most, and not repeated."""

from __future__ import annotations

import pytest

from forum.policy import Decision, PolicySettings, review_comment

STORY = "We cut repeat calls by a third after agents started summarising each call in the customer's words."
A = "https://en.wikipedia.org/wiki/Service_recovery_paradox"
B = "https://www.nytimes.com/2023/01/01/business/call-centers.html"
SITE = PolicySettings(site_domains=("forum.frontline.test",))


def test_one_educational_link_publishes() -> None:
    assert review_comment(f"{STORY} Background: {A}").decision is Decision.PUBLISH


@pytest.mark.parametrize("links", [
    f"{A} and {B}",
    f"[the entry]({A}) and <{B}>",
    f"{A}, {B} and https://hbr.org/2010/07/stop-trying-to-delight-your-customers",
])
def test_two_or_more_distinct_destinations_are_rejected_whatever_their_quality(links: str) -> None:
    verdict = review_comment(f"{STORY} Background: {links}")
    assert verdict.decision is Decision.REJECT
    reason = verdict.reasons[0]
    assert reason.rule == "too_many_links"
    assert "wikipedia.org" in reason.evidence and "nytimes.com" in reason.evidence


def test_the_same_destination_written_twice_counts_once_and_is_held_as_a_duplicate() -> None:
    verdict = review_comment(f"{STORY} Background: {A} (again: [here]({A}))")
    assert verdict.rules() == ("duplicate_link",)
    assert verdict.decision is Decision.HOLD
    assert "2 times" in verdict.reasons[0].message


def test_the_limit_is_a_setting() -> None:
    text = f"{STORY} Background: {A} and {B}"
    assert "too_many_links" not in review_comment(text, settings=PolicySettings(max_links=2)).rules()
    assert "too_many_links" in review_comment(f"{STORY} {A}", settings=PolicySettings(max_links=0)).rules()


def test_links_to_this_forum_are_not_counted_or_held() -> None:
    text = f"{STORY} We discussed it in https://forum.frontline.test/t/42 and the idea is {A}"
    assert review_comment(text, settings=SITE).decision is Decision.PUBLISH
    assert review_comment(text).decision is Decision.REJECT


def test_a_brand_domain_named_in_a_story_is_not_counted_as_a_destination() -> None:
    text = f"When I ordered from argos.co.uk the refund took three weeks and four calls. Background: {A}"
    assert "too_many_links" not in review_comment(text).rules()
