"""profanity: mild profanity in a substantive comment is held; aimed at a person, the reason says so."""

from __future__ import annotations

import pytest

from forum.policy import Decision, PolicySettings, review_comment

STORY = "we had 400 tickets and two agents that week, so we paused the chat widget for a day."


@pytest.mark.parametrize(("word", "evidence"), [
    ("damn", "damn"), ("shitty", "shitty"), ("f*ck", "fuck"), ("sh!t", "shit"), ("bloody", "bloody"),
])
def test_mild_profanity_in_a_substantive_comment_is_held(word: str, evidence: str) -> None:
    text = "The queue was a " + word + " mess: " + STORY
    verdict = review_comment(text)
    assert verdict.decision is Decision.HOLD
    reason = next(r for r in verdict.reasons if r.rule == "profanity")
    assert evidence in reason.evidence


def test_language_aimed_at_a_person_is_named_as_such() -> None:
    reason = review_comment("You idiot, " + STORY).reasons[0]
    assert reason.rule == "profanity"
    assert "aimed at a person" in reason.message
    assert "you idiot" in reason.evidence


@pytest.mark.parametrize("text", [
    "Hello team, " + STORY,
    "Our shell script assists agents with the class of tickets that " + STORY,
    "We passed the assessment in Scunthorpe after " + STORY,
])
def test_words_that_merely_contain_a_profanity_are_not_flagged(text: str) -> None:
    assert "profanity" not in review_comment(text).rules()


def test_a_brief_profane_comment_is_rejected_as_brief_and_not_flagged_twice() -> None:
    assert review_comment("This sucks, damn.").rules() == ("too_brief",)


def test_admins_can_add_words() -> None:
    text = "The queue was a crudding mess: " + STORY
    assert "profanity" not in review_comment(text).rules()
    settings = PolicySettings(extra_profanity=("crudding",))
    assert "profanity" in review_comment(text, settings=settings).rules()
