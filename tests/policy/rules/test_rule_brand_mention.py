"""brand_domain_mention: a company domain named in a story is held; offered as a destination, it is commercial."""

from __future__ import annotations

import pytest

from forum.policy import Decision, DomainPin, PolicySettings, review_comment

STORY = "When I ordered a kettle from {d} the refund took three weeks and four calls to their help line."


def test_a_company_domain_used_as_a_name_in_a_story_is_held() -> None:
    verdict = review_comment(STORY.format(d="argos.co.uk"))
    assert verdict.decision is Decision.HOLD
    assert verdict.rules() == ("brand_domain_mention",)
    assert verdict.reasons[0].evidence == "argos.co.uk"


@pytest.mark.parametrize("text", [
    "Check out argos.co.uk for cheap kettles, we cut our refund calls by 20% after switching.",
    "We cut refund calls by 20% last year. Visit argos.co.uk to see how.",
    STORY.format(d="argos.co.uk/kettles/deals"),  # a path: a page offered, not a name
    STORY.format(d="www.argos.co.uk"),  # a www. address is a link a reader follows
])
def test_the_same_domain_offered_as_a_destination_is_a_commercial_link(text: str) -> None:
    verdict = review_comment(text)
    assert "commercial_link" in verdict.rules()
    assert "brand_domain_mention" not in verdict.rules()


def test_a_mention_in_a_comment_with_nothing_to_say_is_not_a_story() -> None:
    verdict = review_comment("argos.co.uk is great!")
    assert "brand_domain_mention" not in verdict.rules()
    assert verdict.decision is Decision.REJECT


def test_a_blocked_domain_is_never_a_mere_mention() -> None:
    settings = PolicySettings().with_pin("argos.co.uk", DomainPin.BLOCKED)
    assert "commercial_link" in review_comment(STORY.format(d="argos.co.uk"), settings=settings).rules()


def test_writing_the_name_without_the_domain_publishes() -> None:
    assert review_comment(STORY.format(d="Argos")).decision is Decision.PUBLISH
