"""The engine's figures on our labelled corpus cannot regress (issue 12's table, on our own cases).

The dev split is what the rules were tuned on; the held-out split was written with it and never tuned on,
so its pins are looser. The thresholds are the issue's goals or better.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from forum.policy.corpus import Figures, evaluate, load, parse

CORPUS = Path(__file__).parent / "corpus"
FAILURE_CLASSES_BOTH_WAYS = {
    # a class of valuable comments that must publish : the spam of the same failure class that must not
    "experience": "long_praise", "code": "dodged_link", "finance_word": "off_topic", "edu_link": "praise_link",
    "citation": "self_promo", "question": "helpline", "plain_english": "brief_praise",
}


@pytest.fixture(scope="module")
def figures() -> dict[str, Figures]:
    return {split: evaluate(load(CORPUS / f"{split}.txt")) for split in ("dev", "heldout", "blind", "blind-2")}


def test_the_corpus_holds_several_hundred_cases_of_every_outcome() -> None:
    cases = load(CORPUS / "dev.txt") + load(CORPUS / "heldout.txt")
    outcomes = Counter(case.expected for case in cases)
    assert len(cases) >= 300
    assert min(outcomes.values()) >= 40 and set(outcomes) == {"publish", "hold", "reject"}


def test_each_failure_class_is_covered_both_ways_in_each_split() -> None:
    for split in ("dev", "heldout"):
        classes = {(case.cls, case.expected) for case in load(CORPUS / f"{split}.txt")}
        for valuable, spam in FAILURE_CLASSES_BOTH_WAYS.items():
            assert (valuable, "publish") in classes and (spam, "reject") in classes, (split, valuable, spam)


def test_the_dev_split_meets_the_goals_with_room_to_spare(figures: dict[str, Figures]) -> None:
    dev = figures["dev"]
    assert dev.accuracy >= 0.97
    assert dev.spam_published <= 0.01
    assert dev.valuable_held <= 0.02
    assert dev.valuable_rejected <= 0.01


def test_the_held_out_split_meets_the_issues_goals(figures: dict[str, Figures]) -> None:
    held_out = figures["heldout"]
    assert held_out.accuracy >= 0.90
    assert held_out.spam_published <= 0.10
    assert held_out.valuable_held <= 0.10
    assert held_out.valuable_rejected <= 0.04


def test_the_blind_split_does_no_worse_than_when_it_was_written(figures: dict[str, Figures]) -> None:
    """A floor, not a target: the figures of its first run (29 November 2026, accuracy 86.2%, spam published
    9.8%, valuable held and rejected 1.6%), so no change to the rules makes unseen text fare worse."""
    blind = figures["blind"]
    assert blind.accuracy >= 0.86
    assert blind.spam_published <= 0.10
    assert blind.valuable_held <= 0.02
    assert blind.valuable_rejected <= 0.02


def test_the_second_blind_split_does_no_worse_than_when_it_was_written(figures: dict[str, Figures]) -> None:
    """The clean measure since the first blind split was read (its first run, 29 November 2026: accuracy
    84.6%, spam published 9.6%, valuable held 4.9% and rejected 1.6%; after the tuning pass that followed,
    which saw its figures but never its cases, 88.5% and 5.8%), pinned as a floor, not a target."""
    blind = figures["blind-2"]
    assert blind.accuracy >= 0.88
    assert blind.spam_published <= 0.06
    assert blind.valuable_held <= 0.05
    assert blind.valuable_rejected <= 0.02


def test_a_malformed_case_is_reported_with_its_line() -> None:
    with pytest.raises(ValueError, match=r"cases\.txt:2"):
        parse(["publish | ok | fine", "maybe | odd | text"], "cases.txt")
