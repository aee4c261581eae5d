"""The engine's figures on our labelled corpus cannot regress (issue 12's table, on our own cases).

The dev split is what the rules were tuned on; the held-out split was written with it and never tuned on,
so its pins are looser. The thresholds are the issue's goals or better.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
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
    return {split: evaluate(load(CORPUS / f"{split}.txt")) for split in FLOORS}


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


@dataclass(frozen=True)
class Floor:
    """The least a split may score: accuracy at least, the three error rates at most."""

    accuracy: float
    spam_published: float
    valuable_held: float
    valuable_rejected: float


FLOORS = {
    # tuned on: the goals with room to spare
    "dev": Floor(accuracy=0.97, spam_published=0.01, valuable_held=0.02, valuable_rejected=0.01),
    # written with dev, read while tuning on 29 November 2026: the goals
    "heldout": Floor(accuracy=0.90, spam_published=0.10, valuable_held=0.10, valuable_rejected=0.04),
    # blind, first run 29 November 2026 (86.2%, 9.8%, 1.6%, 1.6%), read afterwards: a floor at that run
    "blind": Floor(accuracy=0.86, spam_published=0.10, valuable_held=0.02, valuable_rejected=0.02),
    # blind, first run 84.6%, 9.6%, 4.9%, 1.6%; its figures (never its cases) seen by the tuning that followed;
    # 91.5%, 1.9%, 4.9%, 1.6% after the evening's two judge passes
    "blind-2": Floor(accuracy=0.91, spam_published=0.02, valuable_held=0.05, valuable_rejected=0.02),
    # first run 90.3%, 4.3%, 2.9%, 0.0%; 91.6%, 4.3%, 2.9%, 0.0% after the evening's two judge passes; its
    # misses read by the night's pass (late 29 November 2026), 95.2%, 1.1%, 2.9%, 0.0% after it
    "blind-3": Floor(accuracy=0.95, spam_published=0.02, valuable_held=0.03, valuable_rejected=0.01),
    # first run (before any tuning on it) 86.3%, 15.0%, 0.7%, 2.1%; its misses read by the night's pass,
    # 94.3%, 2.5%, 0.0%, 1.4% after it
    "blind-4": Floor(accuracy=0.94, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.02),
    # first run (before any tuning on it) 92.2%, 9.0%, 0.0%, 0.7%; its misses read by the night's last pass,
    # 96.1%, 0.0%, 0.0%, 0.0% after it
    "blind-5": Floor(accuracy=0.95, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # the clean measure: first run (on the night's final rules) 88.8%, 5.8%, 2.0%, 2.0% (abea071, the rules of
    # the evening before: 88.5%, 4.7%, 2.0%, 1.3%); only the two cases those rules had got right and the night's
    # got wrong were read, and mended: 89.6%, 4.7%, 2.0%, 1.3%
    "blind-6": Floor(accuracy=0.89, spam_published=0.05, valuable_held=0.02, valuable_rejected=0.02),
    # 30 November: first run 89.9%, 8.7%, 0.6%, 0.6%; its misses read by that day's pass (two file-share cases
    # relabelled reject, per the label decision), 96.3%, 1.1%, 0%, 0% after it
    "blind-7": Floor(accuracy=0.96, spam_published=0.02, valuable_held=0.01, valuable_rejected=0.01),
    # never read but for two cases (news sites' /business/ pages, mended): first run 90.3%, 11.6%, 1.3%, 1.3%;
    # 91.7%, 11.6%, 0.7%, 0% after the day's passes; 92.1%, 10.5%, 0.7%, 0% after the tenth and eleventh
    "blind-8": Floor(accuracy=0.92, spam_published=0.11, valuable_held=0.01, valuable_rejected=0.01),
    # spam-heavy, read by the day's fifth pass: first run 86.6%, 8.1%, 4.3%, 2.6%, now 96.7%, 0%, 0.9%, 0%
    "blind-9": Floor(accuracy=0.96, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # spam-heavy, read by the fifth pass: first run 83.8%, 15.4%, 0%, 0.9%, now 94.2%, 2.9%, 0%, 0%
    "blind-10": Floor(accuracy=0.94, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run 87.9%, 10.0%, 0.7%, 3.5%; 91.3%, 8.8%, 0.7%, 2.1% after the day's passes;
    # 92.5%, 7.5%, 0%, 2.1% after the seventeenth
    "blind-11": Floor(accuracy=0.92, spam_published=0.08, valuable_held=0.01, valuable_rejected=0.03),
    # read by the sixth pass: first run 95.8%, 2.2%, 0.8%, 0%, now 98.5%, 0%, 0%, 0%
    "blind-12": Floor(accuracy=0.98, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # links and self-promotion, read by the sixth pass: first run 92.0%, 9.8%, 0.8%, 0%, now 97.3%, 0%, 0%, 0%
    "blind-13": Floor(accuracy=0.97, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read), hard publish cases: first run (after the sixth pass) 92.7%, 5.1%, 0.7%, 0.7%; unchanged
    "blind-14": Floor(accuracy=0.92, spam_published=0.06, valuable_held=0.01, valuable_rejected=0.01),
    # replies hiding spam, read by the seventh pass: first run 87.3%, 8.7%, 2.6%, 2.6%, now 92.3%, 5.8%, 2.6%, 0.9%
    "blind-15": Floor(accuracy=0.92, spam_published=0.06, valuable_held=0.03, valuable_rejected=0.01),
    # stealth marketing, read by the seventh and tenth passes: first run 77.0%, 35.2%, 0.8%, 0.8%, then 85.9%,
    # 17.6%, 0.8%, 0%, now 87.8%, 13.0%, 0.8%, 0%
    "blind-16": Floor(accuracy=0.87, spam_published=0.13, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read but for one case, a disguised audit link the eighth pass had broken and mended): first
    # run (after the sixth pass) 93.1%, 9.1%, 0%, 0%; 93.5%, 7.8%, 0%, 0% after the twelfth pass
    "blind-17": Floor(accuracy=0.93, spam_published=0.08, valuable_held=0.01, valuable_rejected=0.01),
    # read by the eighth pass: first run (after the seventh) 89.6%, 12.4%, 0.8%, 0%, now 94.6%, 2.2%, 0.8%, 0%
    "blind-18": Floor(accuracy=0.94, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.01),
    # read by the eighth pass: first run (after the seventh) 91.7%, 9.7%, 1.5%, 0.8%, now 97.0%, 2.2%, 0%, 0%
    "blind-19": Floor(accuracy=0.96, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the seventh pass) 92.7%, 3.8%, 0%, 0.7%; unchanged
    "blind-20": Floor(accuracy=0.92, spam_published=0.04, valuable_held=0.01, valuable_rejected=0.01),
    # what a filter would miss, read by the ninth pass: first run 81.0%, 12.7%, 1.1%, 2.2%, now 87.1%, 6.0%, 1.1%, 0%
    "blind-21": Floor(accuracy=0.87, spam_published=0.06, valuable_held=0.02, valuable_rejected=0.01),
    # common blog spam, read by the ninth pass: first run 89.6%, 4.3%, 0%, 2.9%, now 93.1%, 4.3%, 1.0%, 1.0%
    "blind-22": Floor(accuracy=0.93, spam_published=0.05, valuable_held=0.02, valuable_rejected=0.02),
    # clean (never read): first run (after the eighth pass) 92.3%, 7.6%, 0.7%, 0%; 93.1%, 6.3%, 0.7%, 0% after the
    # twelfth
    "blind-23": Floor(accuracy=0.93, spam_published=0.07, valuable_held=0.01, valuable_rejected=0.01),
    # stealth marketing, read by the tenth pass: first run 91.2%, 6.5%, 0%, 0.8%; two cases relabelled (the file),
    # now 97.4%, 0%, 0%, 0%
    "blind-24": Floor(accuracy=0.97, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # a realistic month, read by the eleventh pass: first run (after the tenth) 89.3%, 11.4%, 0%, 0.9%, now 93.5%,
    # 1.0%, 0.9%, 0%
    "blind-25": Floor(accuracy=0.93, spam_published=0.02, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the ninth pass) 90.8%, 2.9%, 0%, 2.6%; unchanged
    "blind-26": Floor(accuracy=0.90, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.03),
    # clean (never read): first run (after the tenth pass) 91.8%, 3.6%, 0%, 1.6% (the ninth pass's rules: 91.4%,
    # 4.5%, 0%, 1.6%); unchanged
    "blind-27": Floor(accuracy=0.91, spam_published=0.04, valuable_held=0.01, valuable_rejected=0.02),
    # spam written to pass for a practitioner, read by the twelfth pass: first run (after the eleventh) 86.6%,
    # 18.3%, 0.9%, 0.9%, now 90.8%, 8.7%, 0.9%, 0%
    "blind-28": Floor(accuracy=0.90, spam_published=0.09, valuable_held=0.01, valuable_rejected=0.01),
    # many countries' English, read by the thirteenth pass: first run (after the twelfth) 89.1%, 2.7%, 1.7%, 0.8%,
    # now 92.8%, 0.9%, 0%, 0%
    "blind-29": Floor(accuracy=0.92, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the eleventh pass) 87.0%, 5.9%, 2.5%, 2.5%; 87.4%, 5.9%, 1.7%, 2.5% after
    # the thirteenth
    "blind-30": Floor(accuracy=0.86, spam_published=0.06, valuable_held=0.03, valuable_rejected=0.03),
    # clean (never read): first run (after the eleventh pass) 92.7%, 2.0%, 0%, 0.8%; unchanged
    "blind-31": Floor(accuracy=0.92, spam_published=0.02, valuable_held=0.01, valuable_rejected=0.01),
    # what a filter would miss, read by the fourteenth pass: first run (after the thirteenth) 90.6%, 8.8%, 1.7%,
    # 1.7%, now 93.9%, 1.8%, 1.7%, 0.8%
    "blind-32": Floor(accuracy=0.93, spam_published=0.02, valuable_held=0.02, valuable_rejected=0.01),
    # a UK and Australian month, read by the fifteenth pass: first run (after the fourteenth) 91.7%, 3.7%, 2.6%, 0.9%,
    # now 93.2%, 2.8%, 0.9%, 0%
    "blind-33": Floor(accuracy=0.93, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the thirteenth pass) 90.9%, 4.0%, 0%, 0.8% (the session's first rules,
    # 0676bf7, the same); unchanged
    "blind-34": Floor(accuracy=0.90, spam_published=0.04, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the thirteenth pass) 94.6%, 2.0%, 0.9%, 0.9% (0676bf7: 94.2%, 3.0%, 0.9%,
    # 0.9%); 95.0%, 1.0%, 0.9%, 0.9% after the sixteenth
    "blind-35": Floor(accuracy=0.95, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # the hold lines, read by the sixteenth pass: first run (after the fifteenth) 92.0%, 6.1%, 0%, 1.8%, now 93.9%,
    # 2.0%, 0.9%, 0%
    "blind-36": Floor(accuracy=0.93, spam_published=0.03, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (with the sixteenth pass) 94.1%, 1.8%, 0%, 0% (0676bf7: 93.4%, 3.6%)
    "blind-37": Floor(accuracy=0.94, spam_published=0.02, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the fifteenth pass) 89.8%, 10.6%, 0%, 0.9% (0676bf7: 89.4%, 10.6%);
    # unchanged
    "blind-38": Floor(accuracy=0.89, spam_published=0.11, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (after the fifteenth pass) 93.9%, 4.8%, 0%, 0.8% (0676bf7: 93.1%, 5.8%); 94.3%,
    # 3.8%, 0%, 0.8% after the sixteenth
    "blind-39": Floor(accuracy=0.94, spam_published=0.04, valuable_held=0.01, valuable_rejected=0.01),
    # comment spam as blogs get it, read by the seventeenth pass: first run (after the sixteenth) 93.6%, 0%, 0%, 0%,
    # now 94.7%, 0%, 0%, 0%
    "blind-40": Floor(accuracy=0.94, spam_published=0.01, valuable_held=0.01, valuable_rejected=0.01),
    # honest comments a strict filter would catch, read by the seventeenth pass: first run 91.5%, 4.6%, 0.8%, 0.8%,
    # now 92.3%, 3.7%, 0.8%, 0%
    "blind-41": Floor(accuracy=0.92, spam_published=0.04, valuable_held=0.01, valuable_rejected=0.01),
    # clean (never read): first run (with the seventeenth pass) 90.0%, 3.9%, 0%, 4.3% (0676bf7: 89.7%, 3.9%, 0%,
    # 5.1%): valuable comments rejected above the goal on text nobody tuned on
    "blind-42": Floor(accuracy=0.90, spam_published=0.04, valuable_held=0.01, valuable_rejected=0.05),
    # clean (never read): first run (with the seventeenth pass) 91.6%, 4.9%, 0%, 1.7% (0676bf7: 90.9%, 5.8%, 0%, 1.7%)
    "blind-43": Floor(accuracy=0.91, spam_published=0.05, valuable_held=0.01, valuable_rejected=0.02),
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_no_split_scores_below_its_floor(split: str, figures: dict[str, Figures]) -> None:
    """Floors, not targets: no change to the rules makes any split, seen or unseen, fare worse."""
    found, floor = figures[split], FLOORS[split]
    assert found.accuracy >= floor.accuracy
    assert found.spam_published <= floor.spam_published
    assert found.valuable_held <= floor.valuable_held
    assert found.valuable_rejected <= floor.valuable_rejected


def test_a_malformed_case_is_reported_with_its_line() -> None:
    with pytest.raises(ValueError, match=r"cases\.txt:2"):
        parse(["publish | ok | fine", "maybe | odd | text"], "cases.txt")
