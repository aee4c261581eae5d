"""Fifth judgement pass of issue 12: offers beside contact details, plugs and referral asks, chain and romance
messages, machine-written praise and truisms, and the honest comments they must not catch (SQL aliases, a URL's
tracking tail before a new sentence, an organisation's published PDF, place names with accents, hotel work).

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, LinkKind, PolicySettings, review_comment
from forum.policy.destinations import classify_link
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "So true about reviews shaping first impressions. We help salons and clinics rank on Google Maps; for a free "
    "audit of your listing email hello@mapsboostagency.com.",
    "Banks here are slow, my loan was refused twice. Then I got one in 24 hours with no credit check. Contact Mr. "
    "Okafor on +234 803 555 0147 for fast approval.",
    "Good read! I'm a certified translator, English to German and Dutch, $0.07 per word, delivery in two days. "
    "Write to me at petra.translates@gmail.com.",
])
def test_an_offer_beside_contact_details_is_advertising(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "advertising" in verdict.rules(), verdict.rules()


def test_contact_details_offered_to_share_a_template_are_held_not_rejected() -> None:
    text = ("We rebuilt our escalation matrix around three severity levels and cut misrouted tickets by 40%. If "
            "anyone wants our template, email me at dana.ops@outlook.com and I'll send it over.")
    assert review_comment(text).decision is Decision.HOLD, rules_of(text)


@pytest.mark.parametrize("text", [
    "Great post on follow-ups. Shameless plug: our tool sends them automatically after every ticket. Ask me for "
    "a demo!",
    "We measured effort on 9,000 chats too. If you want the same dashboard, just google \"EffortPulse\" and ask "
    "for the trial, tell them Priya sent you.",
    "Agree on coaching. P.S. I'm running a live six-week \"Lead With Calm\" cohort for new supervisors, only 15 "
    "seats, reply here for the syllabus.",
    "Are your agents quitting after 90 days? Our managed team in Cebu delivers at half the price of onshore "
    "staff. Reply \"SAVE\" and our team will contact you.",
])
def test_a_declared_plug_a_referral_ask_or_a_priced_cohort_is_promotion(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Share this with every agent you know! If this message reaches 12 people before midnight your team gets its "
    "best month. Don't break the chain.",
    "Type AMEN and share this with 5 people and you will receive a blessing this week. Ignore it and your week "
    "will be hard.",
    "Hi dear, I saw your profile and you look like a kind person. I am looking for a sincere friend, write me on "
    "my email.",
    "This email and any files transmitted with it are confidential and intended solely for the use of the "
    "individual to whom they are addressed.",
])
def test_chain_romance_and_pasted_boilerplate_messages_are_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "This article is a comprehensive and valuable resource, full of meaningful insights and practical perspectives "
    "that resonate deeply with readers in every industry. An essential read for anyone.",
    "Customer service is very important for every business. Happy customers mean more business and more money "
    "for everyone.",
])
def test_machine_written_praise_and_truisms_are_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Our reopen query, if it helps:\nSELECT t.team, AVG(t.reopened) FROM tickets t GROUP BY t.team;\nAnything "
    "above 0.1 usually means a macro closes too early.",
    "The HBR piece on service recovery is the one I give new leads: https://hbr.org/2010/07/stop-trying-to-"
    "delight-your-customers?utm_source=newsletter&utm_medium=email . In our shop it ended the free-upgrade "
    "argument, and we cut goodwill credits by 30% with no drop in CSAT.",
    "Our Bogotá, Kraków and São Paulo sites each define first contact resolution differently: Kraków reports 91% "
    "and São Paulo 64%, so the monthly league table compares three different numbers.",
    "Front desk at a 90-room hotel here. Guests who arrive after midnight are the most forgiving; a warm room and "
    "not spelling their surname twice gets us good reviews from about 1 in 5 of them.",
])
def test_code_a_tracked_link_place_names_and_hotel_work_publish(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_an_organisations_published_guidance_pdf_is_educational() -> None:
    found = classify_link("https://www.fos.org.uk/publications/guidance/complaints-handling.pdf", PolicySettings())
    assert found.kind is LinkKind.EDUCATIONAL


def test_a_job_or_loan_application_page_is_a_selling_page() -> None:
    for url in ("https://www.indeed.com/viewjob?jk=12ab34", "https://www.quickcash-loans.com/apply"):
        assert classify_link(url, PolicySettings()).kind is LinkKind.COMMERCIAL, url


@pytest.mark.parametrize("text", [
    "I run a 10-seat help desk and was skeptical, but DeskGenie changed everything. Best investment we ever "
    "made, five stars, highly recommend to every manager here!",
    "Our lead had us all try CalmDesk for stress after hard calls. They have a free 30-day trial on Google Play "
    "if anyone wants to try it, totally worth it.",
    "Bored on the night shift? Singles in your area want to chat now: https://linktr.ee/nightchat_singles",
])
def test_a_product_testimonial_that_sells_or_dating_bait_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_an_honest_tool_story_publishes() -> None:
    text = ("We trialled a meditation app for the team after hard calls; usage dropped to 3 people by week four, "
            "so we moved the budget to a quiet room and a 10-minute break after escalations instead.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
