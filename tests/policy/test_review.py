"""End to end: a corpus of comments written for these tests, each with the verdict a moderator would give."""

from __future__ import annotations

import pytest

from forum.policy import AuthorContext, Decision, LinkKind, Verdict, review_comment

WIKI = "https://en.wikipedia.org/wiki/Service_recovery_paradox"
HBR = "https://hbr.org/2010/07/stop-trying-to-delight-your-customers"
PRICING = "https://www.zendesk.com/pricing/"
VENDOR_BLOG = "https://www.zendesk.com/blog/customer-service-skills/"
SHORT = "https://bit.ly/3xYz12q"
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
BOOK = "https://www.amazon.com/dp/0123456789"
AFFILIATE = "https://www.amazon.com/dp/0123456789?tag=agentdeals-20"

STORY = ("Last spring our returns desk started calling back every customer whose refund took longer than five "
         "days, and complaints about refunds fell from about 60 a week to 14.")

# (name, text, decision, rules in verdict order)
CORPUS: list[tuple[str, str, Decision, tuple[str, ...]]] = [
    # valuable comments publish
    ("story with figures", STORY, Decision.PUBLISH, ()),
    ("practice", "We always send a two-line written recap after any call longer than twenty minutes, so the "
     "customer never has to repeat the story to the next agent.", Decision.PUBLISH, ()),
    ("precise question", "How do you keep the same tone when one ticket passes through billing, logistics and "
     "the warehouse team?", Decision.PUBLISH, ()),
    ("reasoned disagreement", "I disagree that scripts kill empathy, because our newest agents freeze without "
     "a first sentence and only find their own words after a few weeks.", Decision.PUBLISH, ()),
    ("greeting plus story", "Hi Kate, great post! When I ran a pharmacy help line we had a caller who phoned "
     "every Friday just to talk, and we learned to book ten minutes for him.", Decision.PUBLISH, ()),
    ("customer service week with a practice", "Happy Customer Service Week! On our floor each agent writes one "
     "card to a colleague who covered a hard call for them, and we read three aloud at the Friday huddle.",
     Decision.PUBLISH, ()),
    ("thanks to frontline staff with a story", "Thank you to the night agents everywhere. At 3 am last "
     "Tuesday our agent Mo stayed on the line for 50 minutes with a stranded traveller until the taxi came.",
     Decision.PUBLISH, ()),
    ("educational link with substance", f"We tried the idea in this article ({WIKI}) and measured it: customers "
     "whose problem we fixed after a mistake rated us 0.4 points higher than customers with no problem.",
     Decision.PUBLISH, ()),
    ("own article with substance", "I wrote about our callback trial here: "
     f"{HBR} — in short, callbacks within an hour cut repeat calls by 22% over three months.",
     Decision.PUBLISH, ()),
    # brief comments are rejected
    ("good post", "Good post!", Decision.REJECT, ("too_brief",)),
    ("thanks for sharing", "Thanks for sharing, Kate! 🙏", Decision.REJECT, ("too_brief",)),
    ("praise padded with emoji and dots", "Great article 👏👏👏 ........ so true!!!!", Decision.REJECT,
     ("too_brief",)),
    ("praise padded with zero-width characters", "N\u200bi\u200bc\u200be p\u200bo\u200bs\u200bt", Decision.REJECT,
     ("too_brief",)),
    ("long praise", "This is such a wonderful, inspiring and insightful article. Thank you so much for sharing "
     "your wisdom with all of us, I always enjoy reading your blog and I learned a lot. Keep up the great "
     "work and happy holidays to you and yours!", Decision.REJECT, ("too_brief",)),
    ("topic named, nothing said", "Great post about empathy and active listening!", Decision.REJECT,
     ("too_brief",)),
    ("agreement with another commenter", "Hi Ty, I agree with you, couldn't agree more! Well said.",
     Decision.REJECT, ("too_brief",)),
    ("non-English praise", "¡Muchas gracias! Excelente artículo.", Decision.REJECT, ("too_brief",)),
    ("bare thanks to staff", "Thank you to all the frontline staff out there! Happy Customer Service Week!",
     Decision.REJECT, ("too_brief",)),
    # no value
    ("placeholder", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", Decision.REJECT, ("no_value",)),
    ("spam template", "{Great|Nice|Awesome} {post|article}, I {really|truly} enjoyed it!", Decision.REJECT,
     ("no_value",)),
    # advertising
    ("coupon", "Use code AGENT30 for 30% off our de-escalation course this week only.", Decision.REJECT,
     ("advertising",)),
    ("dm for prices", "We provide multilingual night coverage, DM me for prices.", Decision.REJECT,
     ("advertising",)),
    # links
    ("two links", f"{STORY} Background here {WIKI} and here {HBR}.", Decision.REJECT, ("too_many_links",)),
    ("commercial link", f"{STORY} We use {PRICING} for the tickets.", Decision.REJECT, ("commercial_link",)),
    ("affiliate book link", f"{STORY} The book that started it: {AFFILIATE}", Decision.REJECT,
     ("commercial_link",)),
    ("link promotion", f"Check out my article on refunds: {HBR}", Decision.REJECT, ("link_promotion",)),
    ("bare link", WIKI, Decision.REJECT, ("too_brief", "link_promotion")),
    ("vendor blog", f"{STORY} The idea came from {VENDOR_BLOG}", Decision.HOLD, ("vendor_article_link",)),
    ("book listing", f"{STORY} The idea came from this book: {BOOK}", Decision.HOLD, ("retail_reference_link",)),
    ("shortener", f"{STORY} The idea came from {SHORT}", Decision.HOLD, ("opaque_link",)),
    ("video", f"{STORY} There's a talk about it: {VIDEO}", Decision.HOLD, ("non_article_link",)),
    ("duplicate link", f"{STORY} Source: {WIKI} (again: {WIKI})", Decision.HOLD, ("duplicate_link",)),
    ("brand domain in a story", "When I ordered a kettle from argos.co.uk the refund took three weeks and four "
     "calls, and only the fourth agent wrote down a reference number for me.", Decision.HOLD,
     ("brand_domain_mention",)),
    # holds
    ("non-English substantive", "El mes pasado empezamos a llamar a cada cliente con un reembolso pendiente "
     "y las quejas bajaron mucho en pocas semanas.", Decision.HOLD, ("non_english", "borderline_value")),
    ("mild profanity", f"Honestly the old queue was a damn mess. {STORY}", Decision.HOLD, ("profanity",)),
    ("contact info", f"{STORY} Happy to share the call script, email me at sam.ortiz@example.org",
     Decision.HOLD, ("contact_info",)),
    ("personal detail", "I work nights on a hospital help desk and this is us too.", Decision.HOLD,
     ("borderline_value",)),
    # reject beats hold
    ("reject beats hold", f"Great post! {SHORT}", Decision.REJECT, ("too_brief", "link_promotion",
                                                                      "opaque_link")),
    ("commercial and profanity", f"Damn right. {STORY} We switched to {PRICING}", Decision.REJECT,
     ("commercial_link", "profanity")),
    # oversize and empty
    ("empty", " \u200b ", Decision.REJECT, ("empty",)),
]


@pytest.mark.parametrize(("name", "text", "decision", "rules"), CORPUS, ids=[c[0] for c in CORPUS])
def test_each_comment_gets_the_verdict_a_moderator_would_give(
        name: str, text: str, decision: Decision, rules: tuple[str, ...]) -> None:
    verdict = review_comment(text)
    assert (verdict.decision, verdict.rules()) == (decision, rules), verdict.reasons


@pytest.mark.parametrize(("name", "text", "decision", "rules"), CORPUS, ids=[c[0] for c in CORPUS])
def test_every_reason_has_a_message_and_evidence_and_the_decision_is_the_most_severe_outcome(
        name: str, text: str, decision: Decision, rules: tuple[str, ...]) -> None:
    verdict = review_comment(text)
    for reason in verdict.reasons:
        assert len(reason.message) > 20
        assert reason.evidence or reason.rule == "empty"
    assert verdict.decision is Decision.most_severe(r.outcome for r in verdict.reasons)
    severities = [r.outcome.severity for r in verdict.reasons]
    assert severities == sorted(severities, reverse=True)  # reject reasons first


def test_the_evidence_quotes_the_link_that_triggered_a_link_rule() -> None:
    verdict = review_comment(f"{STORY} We use {PRICING} for the tickets.")
    assert "zendesk.com/pricing" in verdict.reasons[0].evidence


def test_links_are_the_distinct_destinations_in_order_with_a_kind_and_a_why() -> None:
    verdict = review_comment(f"{STORY} {WIKI} {HBR} {WIKI}")
    assert [link.domain for link in verdict.links] == ["wikipedia.org", "hbr.org"]
    assert all(isinstance(link.kind, LinkKind) and link.why for link in verdict.links)


def test_the_html_is_the_rendered_comment() -> None:
    verdict = review_comment(f"**Bold** claim: {STORY} <script>alert(1)</script>")
    assert "<strong>Bold</strong>" in verdict.html
    assert "<script>" not in verdict.html


def test_a_moderators_vendor_link_publishes_but_keeps_the_note() -> None:
    verdict = review_comment(f"{STORY} The idea came from {VENDOR_BLOG}", author=AuthorContext(role="moderator"))
    assert verdict.decision is Decision.PUBLISH
    assert verdict.rules() == ("vendor_article_link",)


@pytest.mark.parametrize(("name", "text", "decision", "rules"), CORPUS[:12], ids=[c[0] for c in CORPUS[:12]])
def test_the_same_text_always_gets_the_same_verdict_and_survives_a_json_round_trip(
        name: str, text: str, decision: Decision, rules: tuple[str, ...]) -> None:
    first = review_comment(text)
    assert review_comment(text) == first
    assert Verdict.from_dict(first.to_dict()) == first
