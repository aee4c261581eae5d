"""The judge2 pass: offers without a link (agencies, courses, SEO outreach, priced work with its terms), product
testimonials that push a sign-up, giveaways, a consumer's own errand written under an article, host-less video
paths; and the honest comments next to each of those cues."""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from forum.policy.links import find_links


def _rules(text: str) -> set[str]:
    return {r.rule for r in review_comment(text).reasons}


@pytest.mark.parametrize(("text", "rule"), [
    ("We provide 24/7 inbound call centre services for retail clients. Contact our sales team for a custom quote.",
     "advertising"),
    ("Dear webmaster, we would like to publish a sponsored article on your site with one dofollow link.",
     "advertising"),
    ("I found an app that drafts replies for me and my queue is finally under control. Give it a go, there's a free "
     "version on the app store.", "advertising"),
    ("We supply trained seasonal agents within 72 hours for your peak, minimum 5 seats, billing by the hour.",
     "link_promotion"),
    ("Our 8-week support leadership bootcamp starts in March with live coaching on escalations. Applications close "
     "soon!", "link_promotion"),
    ("Tell us your worst call in the comments and tag a colleague, the funniest one wins a $100 gift card!",
     "link_promotion"),
    ("My order #48213 has not arrived and it's been three weeks. Please refund me or send it again.", "no_value"),
    ("Please someone help me, the insurance company keeps saying my claim is under review and my phone was stolen "
     "last week. What should I do?", "no_value"),
])
def test_offers_testimonials_giveaways_and_errands_are_rejected(text: str, rule: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT
    assert rule in _rules(text)


@pytest.mark.parametrize("text", [
    "I'm a trainer at a utility company, and our new hires spend their first afternoon listening to recorded calls "
    "with the worst moments flagged. Happy to share more about how we pick the calls if anyone is interested.",
    'A customer emailed us "this is the third time I\'m writing, please refund me" and our auto-reply had been '
    "swallowing her emails. Now any email that mentions a previous contact skips the auto-reply.",
    "When customers ask where is my order, we reply with the tracking link and the courier's number in the first "
    "line. Repeat contacts on delivery dropped by about a quarter.",
    "We started a giveaway of spare headsets to agents working from home after our office move, and sick calls "
    "about neck pain dropped noticeably.",
    "We gave the free version of a chatbot builder a go for our returns FAQ. It couldn't hand over to a human with "
    "the chat history, so we switched it off after three weeks.",
    "We text a photo of the technician before the visit; no-shows dropped to near zero.",
])
def test_honest_comments_near_those_cues_publish(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH, review_comment(text).reasons


def test_a_host_less_video_path_is_a_link() -> None:
    assert [f.url for f in find_links("Watch my full breakdown on YT: /watch?v=Xy12AbCd34E")] == [
        "https://www.youtube.com/watch?v=Xy12AbCd34E"]
    assert len(find_links("see https://www.youtube.com/watch?v=Xy12AbCd34E")) == 1


@pytest.mark.parametrize(("text", "rule"), [
    ("Having trouble with your router? Call the tech experts, available 24/7 and instant.", "advertising"),
    ("My user name is the same on TikTok.", "link_promotion"),
    ("Reply below, the best answer wins an iPad.", "link_promotion"),
])
def test_cues_no_hand_list_of_words_knew_are_searched_too(text: str, rule: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and rule in verdict.rules()
