"""The policy benchmark's mix is deterministic and realistic, and the command prints its table."""

from __future__ import annotations

import argparse

from forum.bench.policy import COMMERCIAL, PRAISE_ONLY, build_mix, main


def test_the_mix_is_the_same_for_the_same_seed_and_differs_for_another() -> None:
    assert build_mix(80, seed=7) == build_mix(80, seed=7)
    assert build_mix(80, seed=7) != build_mix(80, seed=8)


def test_the_mix_has_stories_of_sixty_words_or_more_links_praise_and_commercial_comments() -> None:
    mix = build_mix(300)
    stories = [t for t in mix if t not in PRAISE_ONLY and t not in COMMERCIAL]
    assert sum(t in PRAISE_ONLY for t in mix) >= 20
    assert sum(t in COMMERCIAL for t in mix) >= 10
    assert all(len(t.split()) >= 60 for t in stories)
    linked = sum("https://" in t for t in stories)
    assert 0.2 < linked / len(stories) < 0.5


def test_the_command_prints_reviews_per_second_for_each_stage(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(argparse.Namespace(size=12, runs=1, seed=1, profile=False)) == 0
    out = capsys.readouterr().out
    for stage in ("review_comment", "bare pipeline", "render_comment alone", "nh3.clean alone",
                  "pathological input at 20,000 characters"):
        assert stage in out
    assert "reviews/s" in out
