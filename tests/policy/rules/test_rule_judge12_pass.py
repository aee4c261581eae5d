"""Twelfth judgement pass of issue 12, on spam written to pass for a practitioner: polished generated praise,
astroturfed testimonials ("see for yourself", "worth every penny", "everyone should enrol"), a founder's platform
offered for connections, a company's services sold under its name, side-income and essay-mill pivots; and the
honest comments they must not catch (a night shift's Customer Service Week, a tool named without a pitch, a
purchase that was worth every penny).

Each class both ways: the spam is rejected, the practitioner's look-alike is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Great piece! This is what world-class service looks like: empathy, ownership, excellence and "
    "customer-centricity, delivered through seamless, innovative journeys. Brilliant, brilliant.",
    "A truly insightful and thought-provoking piece. In this rapidly evolving landscape, organisations that "
    "cultivate appreciation will unlock sustainable loyalty.",
    "Agree with everyone above about DeskRanger. I was sceptical too, but it paid for itself within weeks. Just "
    "search DeskRanger and see for yourself.",
    "As a trainer for 5 years, the single best investment I made was the Service Stars Academy course. Everyone in "
    "customer service should enrol.",
    "Same here, that academy changed everything for our team. Worth every penny, and the spots fill up fast.",
    "Such a lovely post. As founder of a CX software startup I see daily how much recognition matters, that's why "
    "we built our platform around it. Would love to connect with anyone here who wants to grow their team.",
    "Our company Brightline Contact Solutions Pvt Ltd provides top inbound and outbound call centre services in "
    "Pune at affordable prices for global clients.",
    "Customer service taught me patience. If any agents here want to build a second income without leaving your "
    "job, Google Quantum Flow and thank me later.",
    "I spent years in contact centres. Then I found affiliate products and now earn from home three hours a day. "
    "Comment FREE below and I'll personally send you the details.",
    "If any students here need help with dissertations or homework, my writer friend delivers in 24 hours. Just "
    "message me.",
])
def test_the_twelfth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "How do other 24/7 teams handle Customer Service Week for nights? Our 10 overnight agents missed every cake and "
    "quiz last year because it all ran at 2pm.",
    "We moved QA scoring to a tool last year and it saved our leads about 6 hours a week, but calibration still "
    "needs people in a room.",
    "Paying for headsets with proper noise cancelling was worth every penny: repeat calls about background noise "
    "fell by half within a month.",
])
def test_the_twelfth_passs_look_alikes_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
