"""Fourth judgement pass of issue 12: event and demo pitches, dodged links sold, contact pages, phishing, quoted
pushes, reading the post told as a story, framework names, thanks in other languages.

Each class both ways: the spam is rejected, the practitioner's look-alike is not.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, LinkKind, PolicySettings, review_comment
from forum.policy.destinations import classify_link
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "BIG NEWS: the Leeds Contact Centre Expo is back on 12 March! Early bird passes on sale, 30 speakers and a "
    "free lunch. Message us on Instagram to book your place!",
    "As an account executive for a QA platform I can say our scoring engine handles all of this. We'd love to give "
    "you a personalised demo, just drop me a note and I'll set it up.",
    "Our new agent scripts pack has 150 templates for billing and refunds, grab it before it's gone!",
])
def test_an_event_a_demo_or_a_scarcity_pitch_is_advertising(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_practitioner_telling_of_an_event_or_a_demo_publishes() -> None:
    text = ("We went to a vendor demo last spring and the scoring looked great until we fed it our own calls: it "
            "missed 40% of the compliance phrases our analysts caught, so we stayed with manual sampling.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


@pytest.mark.parametrize("text", [
    "Fully agree on first response time. We switched our chat to livechatpro dot com, only $19 a month, check "
    "them out.",
    "Card data in recordings was our headache too until we found a pause-and-resume vendor. Look them up: "
    "s e m a f o n e . c o m, worth every penny.",
])
def test_a_dodged_address_with_a_call_to_action_promotes_it(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "link_promotion" in verdict.rules(), verdict.rules()


def test_a_dodged_address_merely_named_in_a_story_is_held_for_a_moderator() -> None:
    text = ("A caller read us the fake refund site's address as refund-help dot com; we added it to the warning "
            "our agents read on every refund call and the fraud team had it taken down within a week.")
    assert review_comment(text).decision is Decision.HOLD, rules_of(text)


def test_a_companys_contact_page_is_a_selling_page() -> None:
    found = classify_link("https://www.northshore-outsourcing.com/contact-us", PolicySettings())
    assert found.kind is LinkKind.COMMERCIAL


@pytest.mark.parametrize("text", [
    "URGENT to all forum members: your profile will be deleted tonight. Reply to this comment with your email "
    "and password so the admins can verify you.",
    "Account security notice: confirm with your username and password below to keep posting.",
])
def test_a_request_for_passwords_is_a_scam(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_practitioner_warning_about_password_requests_publishes() -> None:
    text = ("We never ask callers for their full password on the phone; our agents read a line saying so, and "
            "fraud reports about fake support calls fell by a third after we started.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_work_from_home_pitch_told_as_a_career_change_is_rejected() -> None:
    text = ("I was a chat agent on $2,000 a month until a friend showed me this work-from-home opportunity. Now I "
            "clear $8,000 monthly on my phone in two hours a day. Ask me how!")
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_push_to_follow_quoted_from_a_script_in_a_comment_of_substance_is_not_promotion() -> None:
    text = ('Our old closing line was "please follow us on Facebook for updates". It added 9 seconds to every call '
            "and showed up in 4% of complaint comments, so we dropped it and handle time fell across the floor.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_push_to_follow_outside_quotation_marks_still_promotes() -> None:
    text = ("We cut hold music from 4 minutes to 90 seconds and complaints dropped by a third. Don't forget to "
            "subscribe to my channel for more!")
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Such a beautiful article. I read it three times this morning on the train and agreed with every line. You "
    "put into words what all of us in service feel, and I will share it with everyone I know. Thank you so much!",
    "Check out my newest article on first call resolution! You'll love it: https://medium.com/@fcrcoach/"
    "seven-fcr-secrets-1a2b3c4d5e6f",
])
def test_reading_the_post_or_introducing_ones_own_piece_is_not_a_contribution(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_story_of_the_work_after_reading_the_post_publishes() -> None:
    text = ("I read this on Monday and we tried it the same week: our team moved refund approvals to the first "
            "agent and repeat calls about refunds fell from 14% to 6% in a month.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


def test_a_dotnet_framework_name_is_not_a_web_address() -> None:
    text = ("Our agent desktop is a VB.NET app from 2009; rebuilding the search box alone cut 20 seconds off "
            "every billing call.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)


@pytest.mark.parametrize("text", ["Maraming salamat, ang galing!", "Bahut badhiya, shukriya 🙏", "شكرا جزيلا 👍"])
def test_brief_thanks_in_other_languages_is_too_brief(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_helpline_testimonial_for_a_brand_is_rejected() -> None:
    text = ("Lovely post on empathy! For anyone stuck with a frozen Venmo account, the official Venmo support "
            "number is 1 (844) 555 0199, they sorted me out in 4 min.")
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


def test_a_team_describing_its_own_helpline_publishes() -> None:
    text = ("We moved our helpline hours to 7am to 9pm after seeing 30% of calls arrive before 9, and the "
            "abandonment rate on the early shift fell from 18% to 7%.")
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
