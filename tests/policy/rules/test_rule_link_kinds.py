"""commercial_link rejects; vendor articles, shop listings, opaque and non-article links are held."""

from __future__ import annotations

import pytest

from forum.policy import Decision, DomainPin, LinkKind, PolicySettings, review_comment

STORY = "We cut repeat calls by a third after agents started summarising each call in the customer's words."


@pytest.mark.parametrize("link", [
    "https://www.zendesk.com/pricing/",
    "https://example.com",
    "https://shop.example.com/headsets",
    "https://www.amazon.com/dp/0123456789?tag=agentdeals-20",
    "https://hbr.org/2010/07/stop-trying-to-delight-your-customers?ref=sam42",
])
def test_a_commercial_destination_is_rejected_and_quoted(link: str) -> None:
    verdict = review_comment(f"{STORY} {link}")
    assert verdict.decision is Decision.REJECT
    assert verdict.rules() == ("commercial_link",)
    assert link.split("://")[1].split("/")[0].removeprefix("www.") in verdict.reasons[0].evidence


def test_a_signature_link_is_commercial_too() -> None:
    text = f"{STORY}\n\n-- Sam Ortiz, Head of Support, [Acme Outsourcing](https://example.com)"
    assert "commercial_link" in review_comment(text).rules()


@pytest.mark.parametrize(("link", "rule"), [
    ("https://www.zendesk.com/blog/customer-service-skills/", "vendor_article_link"),
    ("https://www.amazon.com/dp/0123456789", "retail_reference_link"),
    ("https://bit.ly/3xYz12q", "opaque_link"),
    ("http://203.0.113.9/guide", "opaque_link"),
    ("example[.]org/guide", "opaque_link"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "non_article_link"),
    ("https://www.linkedin.com/in/samortiz", "non_article_link"),
])
def test_links_a_moderator_must_judge_are_held_with_the_why(link: str, rule: str) -> None:
    verdict = review_comment(f"{STORY} Source: {link}")
    assert verdict.decision is Decision.HOLD
    assert verdict.rules() == (rule,)
    assert "(" in verdict.reasons[0].evidence  # the classifier's why, quoted beside the link


def test_an_educational_article_publishes() -> None:
    verdict = review_comment(f"{STORY} Source: https://en.wikipedia.org/wiki/Service_recovery_paradox")
    assert verdict.decision is Decision.PUBLISH
    assert [link.kind for link in verdict.links] == [LinkKind.EDUCATIONAL]


def test_the_anchor_text_never_matters() -> None:
    verdict = review_comment(f"{STORY} [an independent study](https://www.zendesk.com/pricing/)")
    assert verdict.rules() == ("commercial_link",)


@pytest.mark.parametrize(("pin", "decision"), [
    (DomainPin.TRUSTED, Decision.PUBLISH), (DomainPin.COMMERCIAL, Decision.REJECT),
    (DomainPin.BLOCKED, Decision.REJECT),
])
def test_moderators_pins_override_the_heuristics(pin: DomainPin, decision: Decision) -> None:
    settings = PolicySettings().with_pin("zendesk.com", pin)
    text = f"{STORY} Source: https://www.zendesk.com/blog/customer-service-skills/"
    assert review_comment(text, settings=settings).decision is decision
