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


@pytest.mark.parametrize("text", [
    "If you agree agents need protected breaks, add your signature: https://www.fairfloor.org/petitions/breaks",
    "My teammate is off sick for months, please donate what you can 🙏 https://www.helpinghands.net/f/for-sam",
    "I build Zendesk macros for small teams, 24h delivery, hire me here: https://www.freelancehub.com/u/cxmacros",
    "Download our new 30-page whitepaper on chat staffing, with data from 200 centres: "
    "https://www.chatstaffers.com/resources/chat-staffing-2026",
])
def test_a_link_the_reader_is_asked_to_sign_fund_hire_or_download_from_us_is_promotion(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and "link_promotion" in verdict.rules(), verdict.rules()


@pytest.mark.parametrize("text", [
    "Best helpdesk software for small teams 2026 👉 https://tinyurl.com/hd-best26",
    "Grab my free pack of 40 chat macros 👉 https://www.dropbox.com/s/abc123/macros.zip",
    "get 500 real followers on your page fast: boostfans (dot) com",
])
def test_a_keyword_line_an_own_pack_or_a_thin_dodge_pushed_at_a_link_is_promotion(text: str) -> None:
    assert "link_promotion" in review_comment(text).rules(), review_comment(text).rules()


def test_a_pointing_hand_before_a_cited_article_in_a_comment_of_substance_is_fine() -> None:
    text = ("We moved the first promised callback from 'today' to a two-hour window after reading this 👉 "
            "https://www.nngroup.com/articles/response-times-3-important-limits/ and missed callbacks halved.")
    assert review_comment(text).decision is Decision.PUBLISH, review_comment(text).rules()


@pytest.mark.parametrize("text", [
    "I make $300 a day working from home, only 2 hours on my phone! Start today by searching Quick Home Cash.",
    "Thanks to Asset Rescue Team for recovering my stolen funds! Scammed by a broker? DM them on Telegram.",
    "Please I am begging, I have three kids to feed, anyone who can help me with anything, God bless.",
])
def test_easy_income_recovery_testimonials_and_pleas_are_off_topic(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, review_comment(text).rules()


def test_a_wage_told_by_the_hour_is_not_an_income_pitch() -> None:
    text = "I earn $19 an hour on the chat queue from home, and our paid breaks matter more to me than the raise."
    assert review_comment(text).decision is not Decision.REJECT, review_comment(text).rules()


def test_a_fall_from_fifteen_a_month_to_three_is_a_figure_not_a_price() -> None:
    text = ("Lena shared her team's QA form as an image: https://x.com/lena_cx/status/1790001112223. Going from "
            "25 items to 8 is what we did too, and disputes fell from 15 a month to 3.")
    assert "link_promotion" not in review_comment(text).rules()


@pytest.mark.parametrize(("url", "kind"), [
    ("https://support.dialpoint.com/articles/abandon-rate-definition", LinkKind.VENDOR_ARTICLE),
    ("https://www.metrochronicle.com/features/inside-a-night-shift-at-the-gas-line", LinkKind.EDUCATIONAL),
    ("https://www.metrochronicle.com/features", LinkKind.COMMERCIAL),
    ("https://tomas-queue-notes.com/", LinkKind.NON_ARTICLE),
    ("https://www.bookshelfstore.com/books/the-effortless-experience?tag=cxbooks-20", LinkKind.COMMERCIAL),
])
def test_help_centres_feature_articles_blog_homes_and_associate_tags_are_told_apart(url: str, kind: LinkKind) -> None:
    assert classify_link(url, PolicySettings()).kind is kind, classify_link(url, PolicySettings()).why


def test_a_dodged_pricing_page_is_commercial() -> None:
    verdict = review_comment("Cheaper helpdesk with built-in AI, 40% off: helpgenius[.]com/pricing")
    assert verdict.decision is Decision.REJECT and "commercial_link" in verdict.rules(), verdict.rules()


@pytest.mark.parametrize("text", [
    "Forward this message to 8 people on your team today and your manager will finally notice you. Break the "
    "chain and your next three calls will be angry customers.",
    "COPY AND PASTE THIS AS YOUR NEXT COMMENT: agents deserve respect. Most people won't repost this.",
    "Join our Telegram group 'Remote Support Jobs', 9,000 members, new vacancies hourly, join today.",
    "All of this is in my new ebook, 30 Scripts for Calm Calls. It's on Kindle for $2.99, just search the title!",
    "Thanks for share, I call Avast helpline number 1-8OO-4O4-I3I3 and they fix it in 5 min. Highly recomend.",
    "visit d e s k g e n i e . c o m for 30% off AI agents for your support team",
    "Need a loan fast? In need of a loan with no credit check, approval in 24 hours, email loans@quickfund.net",
    "Most recovery agents are fake. The only legit one is Mr. Lee of Coin Restore, email him and he will get "
    "your money back.",
])
def test_chains_group_joins_own_books_helplines_spelled_hosts_loans_and_recovery_vouching_are_rejected(
        text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT, review_comment(text).rules()


@pytest.mark.parametrize("text", [
    "Anyone on Genesys seeing the wallboard show a different service level from the hourly report? Ours said "
    "82% at 80/20 on the board and 75% in the report for the same hour.",
    "Our collections team stopped saying 'no credit check' on payment-plan calls after two customers took it as "
    "a loan offer; the script now names the plan and the dates, and disputes fell by a quarter.",
    "Fraud victims keep calling our line after a recovery service on Telegram promised to get their stolen funds "
    "back for a fee. Our agents now warn every caller in the first minute and second losses halved.",
])
def test_their_practitioner_look_alikes_are_not_rejected(text: str) -> None:
    assert review_comment(text).decision is not Decision.REJECT, review_comment(text).rules()


def test_a_team_quoting_a_fee_scam_it_received_is_not_the_scam() -> None:
    text = ('A customer forwarded us a "job offer" that read: "Chat agent from home, earn $350 weekly, pay the $40 '
            'training fee to start." We now tell callers in the IVR that we never charge applicants, and our '
            'agents log every such report for the fraud team.')
    assert review_comment(text).decision is Decision.PUBLISH, review_comment(text).rules()


def test_our_free_report_to_download_is_promotion_however_many_words_name_it() -> None:
    text = "Download our free 2026 Chat Support Staffing Benchmark Report here: https://www.queuesight.com/r/2026"
    assert "link_promotion" in review_comment(text).rules(), review_comment(text).rules()


@pytest.mark.parametrize("text", [
    "Our team leads chip in on the phones during peaks, which cut our queue by a third; the model is explained "
    "at https://www.icmi.com/resources/2024/peak-staffing-with-leads",
    "My new manager moved the team to a four-day rota and sick days fell from 6 to 4 a year; the study that "
    "convinced her is at https://www.bbc.co.uk/news/business-64263420",
    "Every dollar counts in our training budget, so we built onboarding on the free guide at "
    "https://www.gov.uk/guidance/customer-service-standards and cut ramp time from 9 weeks to 6.",
    "We copy and paste this macro into every refund ticket, then copy and paste this closing line, and our "
    "agents' handle time on refunds fell by 40 seconds.",
])
def test_everyday_words_near_a_cited_link_or_in_a_macro_do_not_make_a_comment_promotion(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, review_comment(text).rules()


@pytest.mark.parametrize("text", [
    "Honestly, making $15 an hour to get screamed at isn't worth it.",
    "Call centre jobs paying $14 an hour are why our attrition is so high, and exit interviews say so.",
])
def test_venting_about_pay_is_not_a_money_making_pitch(text: str) -> None:
    assert review_comment(text).decision is not Decision.REJECT, review_comment(text).rules()


@pytest.mark.parametrize(("url", "kind"), [
    ("https://wfmnotes.blog/?tag=top-20", LinkKind.NON_ARTICLE),  # a blog's tag archive, not an associate id
    ("https://docs.python.org/3/library/re.html", LinkKind.EDUCATIONAL),
    ("https://support.openqueue.org/articles/abandon-rate", LinkKind.EDUCATIONAL),
])
def test_tag_archives_and_a_foundations_docs_are_not_commerce(url: str, kind: LinkKind) -> None:
    assert classify_link(url, PolicySettings()).kind is kind, classify_link(url, PolicySettings()).why
