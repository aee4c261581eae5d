"""Fourteenth judgement pass of issue 12, on what a filter would miss: vendors answering a member's question in
their own voice ("our clients see", "teams we work with", "that's exactly why we built") with a call, a pilot, a
trial or a message offered; a founder's disclosed pitch with a deal; testimonials that tell the reader to try it
with its free pilot; data entry from home for a keyword; truisms about loyal customers; a newspaper's jobs section
with a short slug; a plumber wanted; on-hold music sold by the month (a fifteenth pass, on blind-33, which also
reads an ombudsman's complainant guidance and the National Audit Office as the work's sources); and the honest
comments they must not catch.

Each class both ways: the spam is rejected, the practitioner's comment is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "@Dana good question. We solved exactly this for a 200-seat centre with our forecasting platform, within 3% "
    "every week. Happy to walk you through it, reply here and I'll set up a call.",
    "@Omar what you need is QA that scores every interaction. Teams we work with cut QA time by 60% in a quarter. "
    "I can send you a free pilot invite, no credit card needed.",
    "@Lee after ten years of building scheduling software I can tell you spreadsheets break at about 40 agents. "
    "That's exactly why we built RotaRight. I'd be glad to give anyone here an extended 60-day trial.",
    "@Priya agents juggling four chats is what our routing engine fixes, it caps concurrency by sentiment. Most of "
    "our clients see wait times halve. Drop me a message and I'll show you how it works.",
    "Disclosure, I'm the founder of QueueCalm. Our platform forecasts email and chat for you. We're offering the "
    "first 25 teams from this blog 3 months free.",
    "We rolled out LiveAssist across 60 seats and FCR rose 18% in a month. Every team reading this should try it, "
    "they are running a free 30-day pilot right now.",
    "Tired of angry callers? I now earn 50,000 a month doing online data entry from home. Reply JOIN and I will "
    "share details.",
    "Customer service matters for every company. Happy customers are loyal customers and unhappy customers will "
    "leave, so businesses should always treat their customers well.",
    "Anyone know a decent plumber in Bromley? The boiler has died again and the engineer can't come until "
    "Thursday.",
    "Get the best on-hold music for your business! Licensed tracks from just 12 per month, first month free.",
])
def test_the_fourteenth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Our WFM platform struggled past 300 agents, so we split forecasting by queue: service level stopped swinging "
    "by 20 points a day once each queue had its own model.",
    "Teams we work with on the client side always ask for the same thing: a single weekly number. We give them "
    "first-contact resolution with the 7-day repeat window and nothing else.",
    "The Economic Times piece on BPO attrition matches what we saw in Pune: night-shift cabs cut our first-90-day "
    "exits by almost half. https://economictimes.indiatimes.com/jobs/bpo-attrition-rises/articleshow/98765431.cms",
    "A caller once spent five minutes on his new puppy before he mentioned the boiler. I used to steer people "
    "straight to the fault; now I let them talk, and our repeat calls about the same job went down.",
    "The Victorian Ombudsman's guidance on unreasonable complainant conduct helped our council team handle a "
    "resident who rang 30 times a week without blocking him. https://www.ombudsman.vic.gov.au/our-impact/"
    "publications/managing-complainant-conduct/",
    "The National Audit Office report on HMRC is worth reading for anyone who thinks digital saves money: phone "
    "service got worse as the remaining calls got harder. https://www.nao.org.uk/reports/hmrc-customer-service/",
])
def test_the_fourteenth_passs_honest_comments_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
