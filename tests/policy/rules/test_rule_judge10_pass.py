"""Tenth judgement pass of issue 12: stealth marketing told as a practitioner's story (an online programme
offered for a keyword, a course or event sold with urgency, a group rate, a vendor's deal relayed, a session
booked with the author through a link, a podcast's or channel's asks), generated corporate filler, desk and
recruiting offers beside contact details, a TV question that borrows "channels"; and the honest comments they
must not catch (an airline app's self-serve flow, a review booked with the author in a story, a new channel
added, buzzwords mocked by a team that counts).

Each class both ways: the spam is rejected, the practitioner's look-alike is published.
"""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from tests.policy.rules.verdict_rules import rules_of


@pytest.mark.parametrize("text", [
    "I coached floor leads for a decade and this matches what I saw. I also run an online programme for new team "
    "leads and the first module is free. Comment LEAD below and I'll send you the link.",
    "Our supervisors took this course in spring and escalations dropped 15% in a quarter. Best money we spent, "
    "enrolment is open now: https://www.coursera.org/learn/coaching-skills-for-managers",
    "I went last year and came back with a new QA calibration routine. This year's summit is in Leeds in May and "
    "tickets are selling fast: https://www.eventbrite.co.uk/e/cx-leaders-summit-tickets-1234567890",
    "Anyone heading to the CX expo in Orlando? We have secured a group rate at a hotel right next to the venue, "
    "breakfast included. Message me for booking details.",
    "We moved our support desk to DeskPilot in spring and first-response time halved. They give 3 months free if "
    "you mention this blog when signing up, so there is no reason not to try it.",
    "In an ever-evolving landscape, organisations that leverage seamless technology and foster a customer-centric "
    "mindset will unlock transformative loyalty and thrive.",
    "We cut abandonment from 14% to 6% by rebuilding our IVR. I help other centres do the same, book a free "
    "20-minute IVR review with me here: https://calendly.com/ivr-fixer/20min",
    "We dug into exactly this on our show this week with a former airline trainer. Listen, subscribe and leave us "
    "a five-star review: https://open.spotify.com/show/4kLmN0pQrS7tUvWxYz1aBc",
    "I post remote support openings and interview questions every morning, 9,000 members so far. Join the "
    "channel: https://t.me/remote_support_openings",
    "For Outlook login trouble or a hacked mailbox, write to our experts at outlookfix365@gmail.com for an "
    "immediate fix.",
    "Walk-in drive for an international chat process in Pune this Saturday, freshers welcome, night shift "
    "allowance. Call HR Ravi on 98220 41177.",
    "Does anyone know where the cricket is on this weekend? My cable package lost all the sports channels last "
    "month and I can't find it anywhere.",
    "Sick of angry callers? I left my contact centre job last spring and now answer simple customer emails for "
    "overseas brands from home, no experience needed. Message me \"START\" and I'll explain how I started.",
    "Best help desk tools for small teams this year:\n- DeskPilot\n- Replyly\n- Ticketo\nAll have free trials, "
    "check them out and thank me later!",
    "We were buried in tickets until a friend put us onto Chatterly's bot. Set it up in an afternoon and it now "
    "answers most order questions. Honestly a game changer for any small team.",
    "What a thoughtful piece! I particularly appreciate how you highlighted the importance of listening. A "
    "powerful reminder that small moments leave a lasting impact. Looking forward to reading more!",
    "In today's ever-changing landscape, we must foster empathy, leverage innovative tools and cultivate seamless "
    "journeys, because the meaningful connections we build are the cornerstone of loyalty.",
])
def test_the_tenth_passs_spam_is_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, rules_of(text)


@pytest.mark.parametrize("text", [
    "Budget airlines take a lot of flak, but their app's self-serve rebooking is slick: 3 taps to move a flight. "
    "We copied that flow for our own change-of-address form and the calls about it fell by a third.",
    "We now book a 15-minute review with me after each new hire's first week on the phones, and it catches most "
    "bad habits before they set.",
    "We added two channels last year, WhatsApp and in-app chat, and phone volume dropped by a quarter once "
    "customers found them.",
    "Our old vision statement promised to leverage seamless, holistic, customer-centric synergy. Nobody on the "
    "floor could say what it meant, so we replaced it with 3 rules on one card.",
    "If you're in Leeds, come join us at the monthly CX meetup: last time 14 of us compared shrinkage "
    "assumptions and three teams found they were double-counting training.",
    "We hire for attitude at our hotel desk: no experience needed, every new starter shadows a senior agent for "
    "two weeks and takes calls only in week three.",
])
def test_the_tenth_passs_look_alikes_are_published(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, rules_of(text)
