"""Titles, display names and bios go through the rules that fit them (issue 12: every field a member writes)."""

from __future__ import annotations

import pytest

from forum.policy import AuthorContext, Decision
from forum.policy.fields import review_bio, review_display_name, review_title

NEW = AuthorContext(role="member", approved_comments=0)
TRUSTED = AuthorContext(role="member", approved_comments=10)


@pytest.mark.parametrize("title", [
    "How do you staff the queue on the Monday after a bank holiday?",
    "Our QA rubric went from 40 items to 8: what we kept",
    "Thank you to the night shift",
])
def test_an_ordinary_title_publishes_even_when_it_is_short(title: str) -> None:
    assert review_title(title).decision is Decision.PUBLISH


@pytest.mark.parametrize(("title", "rule"), [
    ("Best CRM deals at crmsaver.com", "link_in_field"),
    ("Read this https://example.org/2024/01/callbacks", "link_in_field"),
    ("Subscribe to my channel for daily CX tips", "link_promotion"),
    ("Call the 24/7 helpline of QuickAir for instant bookings", "advertising"),
])
def test_a_title_cannot_carry_a_link_an_advert_or_a_push(title: str, rule: str) -> None:
    verdict = review_title(title)
    assert verdict.decision is Decision.REJECT and rule in verdict.rules()


def test_a_display_name_with_a_web_address_is_refused_and_a_plain_one_is_not() -> None:
    assert review_display_name("Maya from acme-helpdesk.io").rules() == ("link_in_field",)
    assert review_display_name("Maya Okafor").is_publish


def test_a_bio_with_a_pricing_link_a_shortener_and_a_discount_is_rejected_for_each() -> None:
    bio = "Support lead. See https://www.example-helpdesk.com/pricing and https://bit.ly/x, use code SAVE20."
    verdict = review_bio(bio, author=NEW)
    assert verdict.decision is Decision.REJECT
    assert {"too_many_links", "commercial_link", "advertising"} <= set(verdict.rules())


def test_a_new_members_bio_link_waits_for_a_moderator_and_a_trusted_members_publishes() -> None:
    bio = ("Team lead on a utility helpline. I write about callbacks at "
           "https://maya-writes.blogspot.com/2024/01/callbacks-that-happen.html")
    assert review_bio(bio, author=NEW).rules() == ("new_member",)
    trusted = review_bio(bio, author=TRUSTED)
    assert trusted.is_publish and "<a " in trusted.html


def test_a_bio_without_links_is_not_held_for_being_new_or_thin() -> None:
    assert review_bio("Team lead on a utility helpline.", author=NEW).is_publish
