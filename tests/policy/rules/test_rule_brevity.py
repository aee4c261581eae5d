"""too_brief: generic praise, thanks, greetings and reactions are rejected however they are padded."""

from __future__ import annotations

import pytest

from forum.policy import Decision, PolicySettings, review_comment
from forum.policy.rules.brevity import MESSAGE

GENERIC = [
    "Great post!",
    "Thanks for sharing 👍",
    "So true!!! Love this.",
    "Hi Sam, well said as always my friend.",
    "+1",
    "👍👍👍🙏",
    "...",
    "Nice one :)",
    "Great post about empathy!",
    "Gracias, muy buen artículo.",
    "Merci beaucoup, très bien!",
    "Danke, sehr gut.",
    "谢谢分享",
    "Happy Customer Service Week to all the frontline heroes out there!",
    "Shared this with my team, thanks!",
    "Wonderful, inspiring and so timely. Keep up the good work!",
]

PADDED = [
    "Great p\u200bost!!! \u200b\u200b👍",  # zero-width characters inside the words
    "Great post.............................................",
    "great post " * 25,  # a long run of repetition is still generic
    "Ｇｒｅａｔ ｐｏｓｔ",  # full-width letters
    "Grеat pоst",  # Cyrillic look-alikes
    "Gooooood poooost!!!",
    "\u202eGreat post\u202c thanks",  # bidi override
]

LONG_PRAISE = (
    "What a wonderful, insightful and truly inspiring article, thank you so much for sharing it with all of "
    "us. I always enjoy reading your blog, it is such a great reminder, and I will share it. Keep up the "
    "amazing work, my friend, and happy holidays!"
)


@pytest.mark.parametrize("text", GENERIC)
def test_generic_praise_thanks_and_reactions_are_rejected_as_too_brief(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT
    assert "too_brief" in verdict.rules()


@pytest.mark.parametrize("text", PADDED)
def test_padding_with_repetition_dots_emoji_or_invisible_characters_does_not_help(text: str) -> None:
    assert "too_brief" in review_comment(text).rules()


def test_a_long_run_of_praise_is_still_too_brief() -> None:
    assert len(LONG_PRAISE.split()) > 30
    assert review_comment(LONG_PRAISE).rules() == ("too_brief",)


@pytest.mark.parametrize("text", [
    "We cut hold time from 9 to 4 minutes with a callback button.",
    "How do you route refund requests that arrive by both chat and email?",
    "Great post! Our night team answers 300 chats a shift with four people.",
    "Thanks! We started reading the previous ticket notes aloud before each callback.",
])
def test_a_short_comment_with_a_concrete_specific_is_not_too_brief(text: str) -> None:
    verdict = review_comment(text)
    assert "too_brief" not in verdict.rules()
    assert verdict.decision is Decision.PUBLISH


def test_the_reason_quotes_the_generic_phrases_and_says_how_to_fix_it() -> None:
    reason = review_comment("Great post, thanks for sharing! 👍").reasons[0]
    assert reason.rule == "too_brief"
    assert reason.message == MESSAGE
    assert "Great post" in reason.evidence
    assert "👍" in reason.evidence


def test_admins_can_add_praise_phrases_of_their_own() -> None:
    text = "Chef's kiss, no notes!"
    settings = PolicySettings(extra_praise_phrases=("chef's kiss", "no notes"))
    assert "too_brief" not in review_comment(text).rules()
    assert "too_brief" in review_comment(text, settings=settings).rules()
