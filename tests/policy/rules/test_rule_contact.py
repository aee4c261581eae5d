"""contact_info: an email address or phone number inviting direct contact is held."""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from forum.policy.contacts import find_contacts

STORY = "We rebuilt our escalation checklist after 300 angry calls in one week."


@pytest.mark.parametrize(("contact", "expected"), [
    ("Email me at sam.lee@example.org for the template.", "sam.lee@example.org"),
    ("Write to sam [at] example [dot] org for the template.", "sam [at] example [dot] org"),
    ("Text me on +44 7700 900123 for the template.", "+44 7700 900123"),
    ("Call (555) 010-4477 for the template.", "(555) 010-4477"),
    ("My number is 555 0199 if you want the template.", "555 0199"),
])
def test_an_email_address_or_phone_number_is_held(contact: str, expected: str) -> None:
    verdict = review_comment(f"{STORY} {contact}")
    assert verdict.decision is Decision.HOLD
    reason = next(r for r in verdict.reasons if r.rule == "contact_info")
    assert expected in reason.evidence


@pytest.mark.parametrize("text", [
    "Between 2019-2021 our team grew from 12 to 40 agents.",
    "The outage on 2024-03-18 produced 3,587 tickets by noon.",
    "We answered 1200 calls and 450 chats that day.",
    "Version 10.2.14 of the dialler fixed the dropped transfers.",
    "Ticket 553201 stayed open for nine days.",
])
def test_years_dates_counts_versions_and_ticket_numbers_are_not_contact_details(text: str) -> None:
    assert find_contacts(text) == ()
    assert "contact_info" not in review_comment(text).rules()


def test_a_phone_number_needs_seven_digits() -> None:
    assert find_contacts("call 555 019") == ()
    assert find_contacts("call 555 0199") != ()
