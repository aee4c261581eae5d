"""Sixth judgement pass of issue 12: pushes to find the author elsewhere, QR codes and booths, apps named for
download, a brand's support line called by name, signature links, giveaways pushed at a link, and the honest
comments they must not catch (public bodies' guidance pages, an app a team tried, a news site's business pages).

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, LinkKind, PolicySettings, review_comment
from forum.policy.destinations import classify_link
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "I post \"a week on the phones\" videos, 80k followers so far. Come find me on TikTok @phonesweek and drop a "
    "follow, I follow back!",
    "Our new wellbeing app for agents is live. Scan the QR code in my profile picture to get 25% off.",
    "Download \"RotaBuddy\" on the App Store or Google Play, the best app for agents to swap shifts!",
    "Stop building rosters in Excel 😅 Search \"ShiftSwapper\" in the Play Store, free download, thank me later!",
    "Full script pack for retention agents is up, the link's in my bio 😉",
    "I explain my 4-step calm-down method on my YouTube channel. Subscribe, turn on notifications and share it!",
    "At Customer Contact Week? Come by our booth 77 and scan the QR code for a free QA audit of your centre!",
])
def test_pushes_to_find_follow_or_download_the_authors_thing_are_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_team_telling_how_it_used_an_app_and_a_qr_code_publishes() -> None:
    text = ("We put a QR code on every receipt so customers could scan it and rate the visit; responses went from "
            "40 a week to 310, and the app we used for it cost less than one agent's overtime.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_brands_support_line_called_by_name_with_a_pitch_is_advertising() -> None:
    text = ("Very useful. If your Kraken withdrawal is stuck, call Kraken support 1 8 4 4 ~ 5 5 5 ~ 0 1 9 9, "
            "available 24/7.")
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "advertising" in verdict.rules(), verdict.rules()


def test_a_signature_link_is_a_commercial_link_even_when_the_company_is_also_named() -> None:
    text = ("Great points on QA automation. We've seen teams cut manual review time by 60% with AI scoring.\n\n"
            "--\nPriya Nair\nAccount Executive, Talkdesk\nwww.talkdesk.com")
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "commercial_link" in verdict.rules(), verdict.rules()


def test_a_company_named_by_its_address_in_a_story_is_still_held() -> None:
    text = ("When our returns portal went down, customers started emailing returns@ instead and we pointed them "
            "to argos.co.uk for the label; the queue took three days to clear.")
    assert review_comment(text).decision is Decision.HOLD, rules_of(text)


def test_a_giveaway_pushed_at_a_shortened_link_promotes_it() -> None:
    text = "Free 40-page QA playbook for team leads, no sign-up needed 👉 tinyurl.com/qaplaybook26"
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_booking_the_author_through_a_link_is_promotion() -> None:
    text = ("We ran leadership ride-alongs during Customer Service Week and two process fixes came out of it.\n\n"
            "P.S. If your managers want a facilitated version, book me at calendly.com/ridealong-facilitation")
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("url", [
    "https://www.ncsc.gov.uk/collection/phishing-scams",
    "https://www.fca.org.uk/firms/consumer-duty",
    "https://www.citizensadvice.org.uk/consumer/get-more-help/how-to-complain/",
])
def test_a_public_bodys_guidance_page_is_educational(url: str) -> None:
    assert classify_link(url, PolicySettings()).kind is LinkKind.EDUCATIONAL


def test_a_news_sites_business_section_is_not_a_sales_page() -> None:
    found = classify_link("https://www.scotsman.com/business/call-centre-closure-glasgow-4312", PolicySettings())
    assert found.kind is not LinkKind.COMMERCIAL, found


def test_an_affiliate_code_on_a_course_link_makes_it_commercial() -> None:
    found = classify_link("https://courses.example-academy.com/p/team-leads?affcode=991_xy", PolicySettings())
    assert found.kind is LinkKind.COMMERCIAL, found


@pytest.mark.parametrize("text", [
    "I was diagnosed with a chronic illness and doctors said no cure. Then I contacted a herbal doctor online and "
    "after 3 weeks I was fine. Contact him today herbalcure.dr@gmail.com.",
    "Please help me, I lost my job as a call centre agent and my kids have nothing. Any amount will help, my "
    "GCash is 0917 555 0142.",
])
def test_miracle_cures_and_money_pleas_with_contact_details_are_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)
