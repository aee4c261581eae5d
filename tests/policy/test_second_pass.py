"""The failure classes of issue 12, one sentence each: valuable writing publishes, spam does not."""

from __future__ import annotations

import pytest

from forum.policy import Decision, LinkKind, PolicySettings, review_comment
from forum.policy.destinations import classify_link
from forum.policy.links import find_links


@pytest.mark.parametrize("text", [
    # a practitioner's experience told without a number
    "Our chat team kept transferring billing questions to phones, and customers repeated everything. We gave "
    "chat agents read access to invoices and the transfers mostly stopped.",
    # a disagreement whose reason is its own sentence
    "I don't agree that every complaint needs a callback. Half of ours are solved by a clear written reply, "
    "and a call at dinner time annoys people more than it helps.",
    # a question with the context that makes it precise
    "Our WFM team forecasts by the half hour but chat arrives in bursts after every marketing email. How do "
    "you plan staffing for volume you only hear about on the day?",
    # a named study or book
    "The research on customer effort found that repeat contacts predict disloyalty better than satisfaction "
    "scores, and our own complaint data after the outage showed the same pattern.",
])
def test_substantive_comments_publish_without_waiting_for_a_moderator(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.PUBLISH, verdict.rules()


@pytest.mark.parametrize(("text", "rule"), [
    ("Loved the post! Please subscribe to my channel, I upload customer care tips every week.", "link_promotion"),
    ("Give this comment a thumbs up so the author sees it!", "link_promotion"),
    ("Thank you for this. For any issue with your Zoomline booking, call the Zoomline reservations helpline, "
     "available 24/7.", "advertising"),
    ("Book your holiday with SunnyTrips travel desk today and get the best deals on flights.", "advertising"),
    ("Great article, thanks! Mine is here https://someones-support-blog.blogspot.com/2024/02/mine.html",
     "link_promotion"),
])
def test_spam_without_a_commercial_link_is_rejected(text: str, rule: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT and rule in verdict.rules()


@pytest.mark.parametrize("text", [
    "What a lovely blog this is, every post is a joy to read and the writing is always so clear and warm. I "
    "look forward to each new article and I share them with everyone I know. Keep up the wonderful work!",
    "Share this message with seven friends before midnight and your wish will come true, my aunt ignored it "
    "once and her garden flooded the very next morning.",
])
def test_praise_at_length_and_text_about_something_else_add_nothing(text: str) -> None:
    assert review_comment(text).rules() == ("no_value",)


@pytest.mark.parametrize(("url", "kind"), [
    ("https://www.gofundme.com/f/new-headsets-for-our-team", LinkKind.COMMERCIAL),
    ("https://www.fiverr.com/someone/write-your-macros", LinkKind.COMMERCIAL),
    ("https://www.change.org/p/paid-breaks-after-abusive-calls", LinkKind.NON_ARTICLE),
    ("https://wetransfer.com/downloads/abc123", LinkKind.NON_ARTICLE),
    ("https://tiny.one/abc", LinkKind.OPAQUE),
    ("https://www.gartner.com/en/documents/123/customer-service-trends", LinkKind.VENDOR_ARTICLE),
    ("https://acme-example.com/whitepapers/the-state-of-support-2024", LinkKind.VENDOR_ARTICLE),
])
def test_destinations_that_are_no_educational_article_are_not_classified_as_one(url: str, kind: LinkKind) -> None:
    assert classify_link(url, PolicySettings()).kind is kind


@pytest.mark.parametrize(("text", "url"), [
    ("visit h t t p s : / / cheap-crm . com now", "https://cheap-crm.com"),
    ("my site is callcentre-deals . net", "https://callcentre-deals.net"),
    ("see youtube/watch?v=abcdEFGH12 for more", "https://www.youtube.com/watch?v=abcdEFGH12"),
    ("find it at youtu.be slash abcdEFGH12", "https://youtu.be/abcdEFGH12"),
])
def test_addresses_written_to_dodge_the_finder_are_found(text: str, url: str) -> None:
    assert [link.url for link in find_links(text)] == [url]


@pytest.mark.parametrize("text", [
    "We fit the model with df.fit and check residuals with np.percentile before the rota is built.",
    "I match phrases with re.search and send refunds to the billing queue.",
    "End the sentence here. Me and my team tried it. Done. Co-workers agreed.",
])
def test_code_and_ordinary_sentences_are_not_read_as_addresses(text: str) -> None:
    assert find_links(text) == ()


def test_one_finance_word_does_not_make_a_question_off_topic() -> None:
    text = ("We support a crypto wallet app. When the price drops our queue triples within an hour; how do other "
            "teams staff for volume that follows the market?")
    assert review_comment(text).is_publish


def test_english_with_numerals_names_and_slang_is_english() -> None:
    text = ("Ngl our Q4 was rough, 12k chats in Nov, but Priya and Tomasz built a triage board and we cleared it "
            "in 3 wks.")
    assert "non_english" not in review_comment(text).rules()
