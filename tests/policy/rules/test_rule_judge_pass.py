"""The judge pass over issue 12's classes: numbers written to dodge the finder, numbers quoted as examples,
engagement bait and job ads without a link, off-topic text borrowing one everyday word of the work, and the
honest comments next to each of those cues."""

from __future__ import annotations

import pytest

from forum.policy import Decision, review_comment
from forum.policy.contacts import example_number, find_contacts, phone_digits


def _rules(text: str) -> set[str]:
    return {r.rule for r in review_comment(text).reasons}


@pytest.mark.parametrize(("text", "number"), [
    ("dial 1 8 0 0 5 5 5 0 1 6 6 for help", "1 8 0 0 5 5 5 0 1 6 6"),
    ("talk to an agent at 1-8OO-555-0119 today", "1-8OO-555-0119"),
    ("the team answers on one eight eight eight, five five five, zero one four two", "one eight eight eight, five "
                                                                                  "five five, zero one four two"),
    ("dial one-eight-hundred-555-0199 now", "one-eight-hundred-555-0199"),
])
def test_numbers_written_to_dodge_the_finder_are_found(text: str, number: str) -> None:
    found = find_contacts(text)
    assert [what for what, _, _ in found] == [number]
    assert phone_digits(number) >= 7


@pytest.mark.parametrize("text", [
    "We went from one to two to three agents on nights.",
    "Scores that week were 4 5 3 4 over the four days.",
    "Give it one, two or three stars.",
])
def test_counts_and_scores_are_not_phone_numbers(text: str) -> None:
    assert find_contacts(text) == ()


@pytest.mark.parametrize("text", [
    'We used to print "call 0800 555 0100 for help" on every bill. Adding the chat address moved a third of '
    "those contacts to chat within two billing cycles.",
    "Callers read numbers like 0345 555 0199 in groups of four, so our IVR prompt now pauses in the same places "
    "and misdials to the old line dropped by half.",
])
def test_a_number_quoted_as_an_example_in_a_genuine_comment_is_published(text: str) -> None:
    assert any(example_number(text, c) for c in find_contacts(text))
    assert review_comment(text).decision is Decision.PUBLISH


@pytest.mark.parametrize("text", [
    "WIN a voucher! Simply like, share and comment done to enter. Winner announced Friday!",
    "I post a clip every morning about life on the phones. Would love it if you guys followed along!",
    "The number is in my bio, our tech experts fix any router setup, available 24/7.",
    "Looking for a job in support? I have 10 openings at my company, send me your CV and mention this post.",
    "Lost access to your crypto wallet? Our recovery agents trace stolen funds, reach out on WhatsApp.",
])
def test_pushes_bait_job_ads_and_recovery_scams_are_rejected(text: str) -> None:
    assert review_comment(text).decision is Decision.REJECT


@pytest.mark.parametrize("text", [
    "My landlord is refusing to return my deposit even though I left the flat spotless. Can he legally do that?",
    "Just finished my first half marathon in 2:04!! Trained for 16 weeks, never thought I could do it, anyone can.",
])
def test_text_about_something_else_borrowing_one_everyday_word_of_the_work_is_off_topic(text: str) -> None:
    assert "no_value" in _rules(text)


@pytest.mark.parametrize("text", [
    "We pay our outsourcer a flat monthly fee instead of per-minute billing, and I've written a guide for our "
    "finance team on why: per-minute pricing rewarded long calls and our AHT crept up 20% in a year.",
    "We're hiring two more night agents and I'm dreading it: last time onboarding took six weeks and one of the "
    "new hires left after ten days because nobody sat with her on the first shift.",
    "We route calls for all billing problems to the helpline team in Leeds now, and first-contact resolution on "
    "those went from 61% to 78% once they stopped bouncing people back to general queues.",
])
def test_honest_comments_near_the_new_cues_publish(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH
