"""Account rules: sign-in, new-member trust, and staff publishing directly."""

from __future__ import annotations

import pytest

from forum.policy import AuthorContext, Decision, PolicySettings, review_comment
from forum.policy.review import STAFF_NOTE

STORY = "We started texting customers a photo of the packed order, and disputes fell from 40 to 6 a month."
THIN = "I work nights on a hospital help desk."


def test_without_an_author_no_account_rule_applies() -> None:
    assert review_comment(STORY).rules() == ()


def test_a_visitor_who_is_not_signed_in_is_rejected() -> None:
    verdict = review_comment(STORY, author=AuthorContext(role="visitor"))
    assert verdict.decision is Decision.REJECT
    assert verdict.rules() == ("not_signed_in",)
    assert "Sign in" in verdict.reasons[0].message


@pytest.mark.parametrize(("approved", "held"), [(0, True), (1, True), (2, False), (9, False)])
def test_a_new_members_first_comments_are_held_until_enough_are_approved(approved: int, held: bool) -> None:
    verdict = review_comment(STORY, author=AuthorContext(role="member", approved_comments=approved))
    assert ("new_member" in verdict.rules()) is held
    assert verdict.decision is (Decision.HOLD if held else Decision.PUBLISH)


def test_the_trust_threshold_is_a_setting() -> None:
    author = AuthorContext(approved_comments=2)
    assert "new_member" in review_comment(STORY, author=author,
                                          settings=PolicySettings(new_member_review_count=3)).rules()
    assert "new_member" not in review_comment(STORY, author=author,
                                              settings=PolicySettings(new_member_review_count=2)).rules()


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_staff_are_never_new_members(role: str) -> None:
    assert review_comment(STORY, author=AuthorContext(role=role)).decision is Decision.PUBLISH


@pytest.mark.parametrize("role", ["moderator", "admin"])
def test_staff_hold_reasons_are_kept_but_publish_directly(role: str) -> None:
    verdict = review_comment(THIN, author=AuthorContext(role=role))
    assert verdict.decision is Decision.PUBLISH
    assert verdict.rules() == ("borderline_value",)
    assert verdict.reasons[0].outcome is Decision.PUBLISH
    assert verdict.reasons[0].message.endswith(STAFF_NOTE)


def test_staff_reject_reasons_still_reject() -> None:
    verdict = review_comment("Great post!", author=AuthorContext(role="admin"))
    assert verdict.decision is Decision.REJECT
    assert verdict.rules() == ("too_brief",)


def test_a_members_hold_reason_is_unchanged() -> None:
    verdict = review_comment(THIN, author=AuthorContext(role="member", approved_comments=5))
    assert verdict.reasons[0].outcome is Decision.HOLD
    assert STAFF_NOTE not in verdict.reasons[0].message
