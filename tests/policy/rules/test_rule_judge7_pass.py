"""Seventh judgement pass of issue 12: soft promotion (events, groups, newsletters, podcasts, surveys, books and
cohorts with a call to action), appeals and petitions by name, polished praise that says nothing, and the honest
comments they must not catch (replies with a question and a figure, a quoted scam text, a tribute with a practice,
a substantive comment in another language).

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "Anyone in Leeds? We're hosting a free breakfast meetup for support leads on the 9th. Message me for the invite "
    "code, only 25 seats!",
    "Loads of us deal with this. I run a WhatsApp group of 500+ team leads across Kenya. DM me your number and I'll "
    "add you.",
    "My newsletter covers frontline morale every week and 7,000 leads read it. Search \"The Headset Letter\" if you "
    "want in.",
    "We just dropped an episode on this with a former airline trainer. Search \"Queue Talk\" on Spotify, new "
    "episodes every Thursday.",
    "Quick favour! I'm running a short survey for my dissertation on agent recognition. Just reply to this comment "
    "with a number from 1 to 10, every answer counts!",
    "Excited to announce my first book, \"Answer With Care\", is out now in paperback and Kindle!",
    "After 12 years on the floor I turned everything I know about escalations into a six-week cohort. Spots are "
    "limited, message me CALM and I'll send the details.",
])
def test_an_event_group_newsletter_podcast_survey_book_or_cohort_offered_with_a_call_to_action_is_promotion(
        text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Please everyone search for the petition \"Fair Pay for Call Centre Staff\" and add your name to it. We need "
    "100,000 signatures!",
    "Our church is raising money for a clinic in Kisumu. Even 5 makes a difference. Search \"Clinic for Kisumu\" and "
    "give what you can.",
    "Copy this and share it with 10 people who work the phones. Those who share get a calm shift, those who ignore "
    "it get angry callers all week.",
    "Sorry off topic but my dad retires today after 35 years as a lineman, please wish him a happy retirement "
    "everyone! 🎉",
])
def test_petitions_appeals_chain_and_personal_messages_are_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "What a thoughtful and beautifully articulated piece. You have captured the essence of service, and reflections "
    "like this remind us the human element sits at the heart of every meaningful interaction.",
    "Such an insightful perspective! A powerful reminder that small gestures create lasting impact. Looking forward "
    "to reading more of your content!",
])
def test_polished_praise_that_says_nothing_specific_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "DM me for a 25% discount code on RosterPro, offer ends Sunday.",
    "Burnout among new leads is exactly what I coach. The first session is free, grab a slot before Christmas.",
])
def test_a_discount_by_dm_or_a_free_first_session_is_advertising_or_promotion(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_scam_text_quoted_to_warn_colleagues_publishes() -> None:
    text = ('Heads up for bank support teams: customers are forwarding texts saying "Your card is frozen. Call our '
            'fraud team now to verify." We never ask anyone to call a number from a text, and since our IVR says so '
            "first, impostor reports fell from 30 a month to 9.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


@pytest.mark.parametrize("text", [
    "Replying to Ama: did the photo upload need a data protection review? In our case the photos showed the inside "
    "of people's homes and legal asked for deletion after 30 days. Curious how others handled it.",
    "My dad was a switchboard operator for 25 years. His rule, which I still teach: repeat the caller's town back "
    "first, because people relax when you know where they are. It cuts the back-and-forth on our rural line.",
])
def test_a_reply_with_a_question_or_a_tribute_with_a_practice_publishes(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_substantive_comment_in_another_language_is_held_not_rejected_as_a_keyword_list() -> None:
    text = ('Sa amin sa Cebu, tuwing Biyernes may "salamat hour" kami, 15 minuto lang, binabasa ng TL ang magagandang '
            "feedback ng customer. Mula noong Hunyo, bumaba ang absences namin mula 10% hanggang 6%.")
    verdict = review_comment(text)
    assert verdict.decision is Decision.HOLD and "non_english" in verdict.rules(), verdict.rules()


def test_hashtags_alone_are_still_a_keyword_list() -> None:
    text = "#customerservice #cx #callcenter #bpo #customerexperience #support #agentlife #motivation"
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)
