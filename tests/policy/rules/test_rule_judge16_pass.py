"""Sixteenth judgement pass of issue 12, on the lines a moderator draws: bought reviews, a seller's "ask me about",
the author's own post with a request to comment there, a long anchor stuffed with selling words; and the short
questions of the work that must not read as off-topic (average speed of answer, a CSR's pay).

Each class both ways: the spam is rejected, the practitioner's comment is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Buy Google reviews and Yelp reviews cheap, fast delivery, contact on telegram @reviews_depot",
    "Still fighting your WFM spreadsheet? Ask me about ShiftPilot, first month free for teams under 40 seats.",
    "I wrote about this too! https://serviceheart.wordpress.com/2024/05/02/listening-first/ Tell me what you "
    "think and leave a comment there.",
    "Good read. More here: [best customer support tips for call center agents 2025 top 15 phrases to calm "
    "customers](https://medium.com/@supporttipsdaily/best-support-tips-2025-9a8b7c6d5e4f)",
])
def test_the_sixteenth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Does anyone report ASA next to service level? We hit 80/20 most days but ASA sits at 70 seconds.",
    "Our team's write-up of the 2023 calibration project is titled [How four QA analysts agreed on one score for "
    "a call center](https://supportnotes.substack.com/p/one-score) and has the rubric we ended with.",
])
def test_the_sixteenth_passs_honest_comments_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_csrs_pay_cited_from_the_bls_is_about_the_work_not_off_topic() -> None:
    """Held for a moderator (the engine finds no example of the author's own in it), never rejected as off-topic."""
    text = ("For the pay debate: the BLS handbook gives the median wage for CSRs and projects a decline in those jobs, "
            "which our leadership quotes to justify cutting training. https://www.bls.gov/ooh/office-and-"
            "administrative-support/customer-service-representatives.htm")
    assert review_comment(text).decision is not Decision.REJECT, rules_of(text)
