"""Thirteenth judgement pass of issue 12, on comments from many countries: loans without a credit check, visa
sponsorship for a fee, love-problem "babas", all beside a phone number or an e-mail; brief praise that points to
the author's own post; long truisms about companies that listen; leisure talk and asides their authors call off
topic; and the honest comments whose links were misread (a newspaper's jobs or business section, a paper's DOI
on a journal's own site).

Each class both ways: the spam is rejected, the practitioner's comment is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Need money fast? Instant personal loan up to 3 lakh without CIBIL check, approval in 15 minutes. WhatsApp "
    "+91 98200 31177.",
    "Genuine loan offer for individuals and small firms at 3% interest. Write to quickfundsdesk@gmail.com today.",
    "Canada caregiver visa sponsorship available, contact centre experience welcome. Processing fee only "
    "Ksh 60,000. Call Agent Otieno on 0733 200 118.",
    "Love problem solution specialist, family dispute, get your love back in 7 days. Call +91 93100 55521 now.",
    "Great post! I also wrote about agent recognition here, check it out: "
    "https://cxnotesbyanu.blogspot.com/2024/09/recognition-ideas.html",
    "In today's fast-paced world service is more important than ever before. Companies that focus on their "
    "customers will succeed, while those that ignore them will fail. Happy employees lead to happy customers, and "
    "every organisation should keep in mind that people come first.",
    "Anyone watching the derby tonight? Half the floor is heading to the pub straight after shift, first round on "
    "the losers.",
    "Off topic, sorry, but does anyone know a good vet near Croydon who does home visits? Our old cat hates the "
    "carrier.",
])
def test_the_thirteenth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "The Straits Times piece on the new guidelines for abusive customers helped us write our own policy: agents "
    "may end a call after one warning and the supervisor logs it. "
    "https://www.straitstimes.com/singapore/jobs/guidelines-for-handling-abusive-customers-at-work",
    "The RBI ombudsman rules made our escalation matrix stricter: complaints not closed in 30 days can go straight "
    "to the ombudsman, so we set ourselves 14 days. Good explainer: "
    "https://www.thehindu.com/business/Economy/how-the-new-banking-ombudsman-scheme-works/article12345678.ece",
    "On whether a smile carries over the phone: a 2001 study on emotional contagion found that employees' displayed "
    "emotion shifted customers' mood, and we use it in training. https://journals.aom.org/doi/10.5465/3069407",
    "I wrote about our move to a four-day week here, with the rota we used and what broke in month two: "
    "https://supportnotes.substack.com/p/four-day-week-rota",
    "We took the whole night shift to the pub after our first 90% CSAT month, and rota swap requests dropped "
    "because people finally knew who they were swapping with.",
])
def test_the_thirteenth_passs_honest_comments_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
