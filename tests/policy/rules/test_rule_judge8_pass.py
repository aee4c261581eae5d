"""Eighth judgement pass of issue 12: bought reviews, loan offers, guest-post and award pitches, returns promised,
gift-card bait, courses and cohorts told as a life story, prayer chains, AI boilerplate, other languages' casino
spam; and the honest comments they must not catch (code's dotted identifiers, SQL table names, a vendor's
predicted wait time, an audit report linked in a disguised form).

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Your reputation matters. We provide real-looking Google reviews from aged accounts, 40 reviews for 89, fast "
    "delivery.",
    "Do you need a loan to grow your business? We offer loans at 3% interest to individuals and firms. Email us for "
    "details: easyfund.loans@gmail.com",
    "Hi, I'm Mia, outreach lead at a CX tools site. I'd love to contribute a guest post on chatbot trends for your "
    "readers, free of charge.",
    "ANNOUNCEMENT: nominations are now open for the 2027 Service Stars Awards! Entry fee applies.",
    "Agents deserve more. I put 150 a month into a staking platform that pays 3% weekly and quit my job. Ask me how.",
    "Found a way to get free Amazon gift cards for reviewing call scripts, took 5 minutes → tinyurl.com/scriptgift26",
    "Please pray for my cousin who works nights at a call centre. Share this to 7 people and God will bless your job.",
    "As an AI language model, I do not have personal experiences, but customer service is important for every "
    "business.",
    "Лучшие онлайн-казино: бонус 200% на первый депозит, регистрируйтесь сегодня!",
])
def test_the_eighth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_life_story_that_ends_in_the_authors_course_is_promotion() -> None:
    text = ("When I started on the phones in 2011 I cried after my first week. Twelve years later I'm a trainer, and "
            "that's why I created the \"Steady Voice\" method, a 6-week online programme. Comment INFO below and "
            "I'll reach out.")
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "We log payload.conversation.assignee.id next to payload.conversation.first_response_at; 11% of our slow first "
    "responses were chats assigned to agents already on break.",
    "Our CSAT join dropped 8% of surveys: SELECT s.score FROM analytics.surveys s JOIN analytics.tickets t ON "
    "s.ticket_id = t.id fixed it once the IDs were cast to the same type.",
    "We use a cloud contact centre suite and its predicted wait time was off by 3-4 minutes at peaks, so we say "
    "\"more than 10 minutes\" instead for anything longer.",
])
def test_code_identifiers_and_a_vendors_wait_time_are_the_work(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_an_audit_report_linked_in_a_disguised_form_is_held_not_rejected() -> None:
    text = ("The audit of the tax office's phone waiting times is here: hxxps://www.nao.org.uk/reports/phone-waits/ "
            "and it shows average waits rose from 5 to 23 minutes in four years.")
    verdict = review_comment(text)
    assert verdict.decision is Decision.HOLD and "opaque_link" in verdict.rules(), verdict.rules()
