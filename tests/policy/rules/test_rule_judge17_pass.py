"""Seventeenth judgement pass of issue 12, on comment spam as real blogs get it: pills sold without a
prescription beside a number, asks to upvote or repin the author's post, a "proven system" for a DM (on blind-40
and blind-41); and the honest comments beside them, productivity research among them.

Each class both ways: the spam is rejected, the practitioner's comment is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Order Xanax and Tramadol online without prescription, discreet next-day delivery. WhatsApp +1 415 555 0193.",
    "We shared this on Reddit as well, go upvote it so more agents see it! https://www.reddit.com/r/"
    "CallCenterWorkers/comments/1abcde/agent_appreciation_ideas/",
    "My infographic on empathy phrases is up, please repin and share! https://www.pinterest.com/pin/123456789/",
    "Team leads fighting attrition, DM me. I have a proven 4-step framework that halved attrition for every client I "
    "took on, and this month's spots are limited.",
])
def test_the_seventeenth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "A caller once asked us to read out her tramadol dose from an old order. We now route every medication "
    "question to the pharmacist line within one transfer, and complaints about it stopped.",
    "The r/CallCenterWorkers thread on break rules had 300 agents comparing notes, and it convinced our ops "
    "director to move to two 15-minute breaks instead of one 30.",
    "A university study on happiness and productivity found happier workers about 12% more productive; I quoted it "
    "to get budget for a quiet room on our 150-seat floor. https://warwick.ac.uk/newsandevents/pressreleases/"
    "new_study_shows/",
])
def test_the_seventeenth_passs_honest_comments_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
