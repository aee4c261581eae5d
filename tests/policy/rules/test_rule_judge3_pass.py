"""Third judgement pass of issue 12: job-fee and recovery scams, consumer pleas, gambling sites, pushed dodges.

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, LinkKind, PolicySettings, review_comment
from forum.policy.destinations import classify_link


@pytest.mark.parametrize("text", [
    "Chat support roles paying $85/hour from home, pay $40 for your onboarding kit and start Monday. Text me.",
    "Lost my ETH and BTC to a fake exchange, but a recovery expert got it back. Ask me for his Telegram.",
])
def test_a_job_that_charges_a_fee_or_a_crypto_recovery_pitch_is_off_topic(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "no_value" in verdict.rules(), verdict.rules()


@pytest.mark.parametrize("text", [
    "Applicants kept telling us a fake recruiter asked them to pay a $45 registration fee for our chat roles. "
    "Our job posts now say we never charge applicants, and our agents read the same line on the phone.",
    "Our agents earn $19 an hour after training, and the two-dollar night premium filled the late queue.",
])
def test_a_practitioner_telling_of_pay_or_of_a_fee_scam_publishes(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, review_comment(text).rules()


@pytest.mark.parametrize("text", [
    "is this the right place to ask about my electricity bill? they charged me twice and nobody picks up",
    "Somebody from the airline please call me back, I can't get through to anyone about my cancelled trip.",
])
def test_a_consumer_plea_to_a_company_is_off_topic(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT


def test_a_story_about_such_a_plea_told_by_the_team_that_got_it_publishes() -> None:
    text = ("A customer asked on our forum whether it was the right place to complain about her bill; it sat "
            "unanswered for days. Our moderators now move anything that reads like a ticket to the queue.")
    assert review_comment(text).decision is Decision.PUBLISH, review_comment(text).rules()


def test_a_helpline_pitch_far_from_the_desk_it_names_does_not_advertise() -> None:
    text = ("A customer once posted her refund complaint on our community forum instead of the help desk, and "
            "it sat there unanswered for four days. A moderator now routes anything like a ticket to the "
            "support queue within the hour.")
    assert "advertising" not in review_comment(text).rules()


@pytest.mark.parametrize(("url", "kind"), [
    ("https://www.goldenjackpot-wins.example/bonus", LinkKind.COMMERCIAL),
    ("https://spin-slots.com/free", LinkKind.COMMERCIAL),
    ("https://timeslots.example/rota", LinkKind.OPAQUE),  # a word that only contains one is not one
])
def test_a_gambling_or_pharmacy_site_named_in_its_host_is_commercial(url: str, kind: LinkKind) -> None:
    assert classify_link(url, PolicySettings()).kind is kind


def test_an_invisible_anchor_to_a_casino_is_rejected() -> None:
    text = ('We cut our QA form to eight questions and calibration got easier.'
            '<a href="https://megacasino-online.example/welcome"> </a>')
    assert review_comment(text).decision is Decision.REJECT


def test_a_dodged_address_the_reader_is_pushed_at_is_promotion() -> None:
    text = "Phone screen cracked? Visit fixmyphonefast (dot) net for repairs from real engineers, chat with us!"
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "link_promotion" in verdict.rules(), verdict.rules()


def test_a_dodged_address_only_named_in_a_substantive_comment_is_held() -> None:
    text = ("We put our escalation notes into one shared template; the write-up that convinced me is on a "
            "colleague's blog, marta-on-queues dot net slash notes. Worth it if your notes are scattered.")
    assert review_comment(text).decision is Decision.HOLD
