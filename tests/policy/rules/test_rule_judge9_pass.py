"""Ninth judgement pass of issue 12: offers beside contact details (rates, pleas, spells, desks), exam dumps, link
exchanges, contact lists, booths, recovery teams, press releases and AI boilerplate, giveaway surveys; and the
honest comments they must not catch (customers who subscribe to alerts, an old IVR prompt quoted in single
quotes, a scam number described by the business it copied, a disguised government link beside a figure).

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Lovely post. Book beach resorts in Goa at the lowest rates, couple-friendly rooms, call 98200 55501 now.",
    "I'm a single mum and lost my call centre job. Please help me, my son needs surgery. GCash 0917 555 0199.",
    "His love spell brought back my ex within 3 days. Contact Dr. Obi on spellhome.obi@gmail.com.",
    "Preparing for a CX certification? We provide real exam questions with verified answers, 100% pass guarantee.",
    "Hello, we run a CX directory with DA 54 and would like to exchange links with your site.",
    "Looking to reach CX leaders? We have verified contact lists of 48,000 heads of support.",
    "Heading to the expo in June? Come find us at booth 1142 for a live demo of our QA platform!",
    "Lost funds to a fake support agent? Message the recovery team on Telegram, they got my USDT back in a week.",
    "FOR IMMEDIATE RELEASE: a contact-centre platform announces its Series B, led by top-tier investors.",
    "As an AI language model, I do not have personal experiences, but customer service is essential.",
    "Quick survey for agents on burnout, everyone who completes it enters a draw for a $50 gift card! "
    "forms.gle/Ab12Cd34Ef56",
])
def test_the_ninth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Utility support here: customers who subscribe to our outage text alerts call about 60% less during storms, so "
    "we offer the sign-up at the end of every fault call.",
    "Our old IVR ended with 'or call now during business hours', which confused people already calling. We "
    "rewrote all 14 prompts and option-zero presses dropped by a fifth.",
    "Same bug in Zendesk Talk on Chrome 131 here, fixed by disabling the noise-suppression extension.",
])
def test_customers_subscribing_a_quoted_prompt_and_a_tools_bug_publish(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_disguised_government_link_beside_a_figure_is_held_not_rejected() -> None:
    text = ("We shared the phishing indicators with other banks here: hxxps://www.ncsc.gov.uk/news/bank-phishing-"
            "campaign. Calls from confused customers peaked at 900 a day before the takedown.")
    verdict = review_comment(text)
    assert verdict.decision is Decision.HOLD and "opaque_link" in verdict.rules(), verdict.rules()


def test_an_own_article_with_a_figure_in_its_title_is_still_link_promotion() -> None:
    text = "Check out my article on 12 tips for service excellence: https://cxtipsweekly.wordpress.com/2026/11/02/tips/"
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)
