"""Eleventh judgement pass of issue 12, on a realistic month of comments: a consumer's errand with an order
number, a case id or a wrong debit, a classified ad, a plea for money, an e-mail disclaimer, a chain letter that
promises luck, keywords run together, one key held down, a truism dressed as advice, a course sold with
"enrol here"; and the honest comments they must not catch (a practitioner quoting such a message, a disclaimer
spoken of, a team buying headsets, sales calls measured).

Each class both ways: the spam is rejected, the practitioner's look-alike is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "@Shopwise please help!! I sent my jacket back on 3 November and still no refund. Order 2291-448810. Nobody "
    "answers the chat and I have been a loyal customer for 6 years.",
    "Been trying to reach Unity Bank customer care for 10 days about a wrong debit of N25,000 from my account. "
    "Tell me how to escalate please, my account number ends in 2290.",
    "Can someone from Flypath please help me? My refund of $240 was never processed and they keep closing my "
    "case. Case ID 99120034. I am desperate.",
    "Anyone here selling a second-hand gaming headset? Nairobi only, I can pay by M-Pesa.",
    "I am a single father with 2 kids and I cannot pay rent this month. Please anybody who can help, even a small "
    "amount, God will reward you. Account 0123456789.",
    "CONFIDENTIALITY NOTICE: this message and its attachments are meant for the intended recipient only and may be "
    "confidential and privileged. If you received it in error, contact the sender by reply and destroy all copies.",
    "This message has been sent around the world seven times. The luck has now been sent to you. Share it with 10 "
    "agents today. One supervisor deleted it and lost his bonus. Do not keep this message!",
    "call centre jobs remote call centre jobs night call centre jobs 2026 call centre jobs no experience call "
    "centre jobs near me",
    "aaaaaaaa ssssss asdf 999",
    "Communication is the most important skill in customer service. If you listen to your customers, they feel "
    "heard. Listen first and everything else follows.",
    "Empathy is teachable, we see it in every group we train. Graduates leave with a certificate and better QA "
    "scores. Enrol here: https://www.coursera.org/learn/customer-service-skills",
])
def test_the_eleventh_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "We get a lot of \"order 2291-448810, still no refund\" messages on social. We now answer with the refund date "
    "from the system within 10 minutes, and repeat contacts fell by 30%.",
    "Our upsell calls convert to upgrades at twice the rate when agents wait for the customer's own question "
    "before offering anything.",
    "Our emails still ended with a confidentiality notice nobody read. We moved it behind a link and complaints "
    "about long emails dropped within a month.",
    "Anyone here buying new headsets for a team of 40? Our current ones last about 14 months under heavy use and "
    "the ear cushions go first.",
])
def test_the_eleventh_passs_look_alikes_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
