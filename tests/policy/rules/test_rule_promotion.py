"""link_promotion: a comment that exists to get a link clicked is rejected."""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from forum.policy.rules.promotion import keyword_anchor

ARTICLE = "https://hbr.org/2010/07/stop-trying-to-delight-your-customers"


@pytest.mark.parametrize("text", [
    ARTICLE,
    f"Check out my article on refunds: {ARTICLE}",
    f"I wrote about this too, worth a read: {ARTICLE}",
    f"More details here {ARTICLE} — link in my bio as well!",
    f"Great read. Follow me on LinkedIn for more: {ARTICLE}",
])
def test_a_comment_that_mostly_introduces_a_link_is_rejected(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT
    reason = next(r for r in verdict.reasons if r.rule == "link_promotion")
    assert reason.evidence


def test_a_keyword_stuffed_anchor_is_promotion_even_beside_a_story() -> None:
    text = ("We cut hold times from 9 to 4 minutes with callbacks. "
            f"[best call center outsourcing services]({ARTICLE})")
    verdict = review_comment(text)
    assert "link_promotion" in verdict.rules()
    assert "best call center outsourcing services" in verdict.reasons[0].evidence


def test_the_authors_own_article_is_fine_when_the_comment_carries_the_substance() -> None:
    text = (f"I wrote about our callback trial here: {ARTICLE} — in short, calling back within an hour cut "
            "repeat calls by 22% over three months, mostly on billing questions.")
    assert review_comment(text).decision is Decision.PUBLISH


def test_a_follow_push_without_a_link_in_an_empty_comment_is_promotion() -> None:
    assert "link_promotion" in review_comment("Great post! Follow me on Instagram for daily tips.").rules()


def test_following_up_with_a_customer_is_not_a_follow_push() -> None:
    text = f"We follow up within an hour on every refund and repeat calls fell 30%. Background: {ARTICLE}"
    assert review_comment(text).decision is Decision.PUBLISH


@pytest.mark.parametrize(("anchor", "stuffed"), [
    ("best crm software", True), ("cheap call center services", True), ("Harvard Business Review", False),
    ("this study", False), ("software", False),
])
def test_an_anchor_mostly_of_selling_words_is_keyword_stuffed(anchor: str, stuffed: bool) -> None:
    assert keyword_anchor(anchor) is stuffed
