"""Text normalisation and the value assessment the rules share."""

from __future__ import annotations

import pytest

from forum.policy.substance import assess, judge
from forum.policy.text import WORD, normalise, prose, split_emoji, split_sentences, squeeze, word_count


@pytest.mark.parametrize(("raw", "clean"), [
    ("Gre\u200bat\u200d po\u00adst", "Great post"),
    ("\u202eevil\u202c text", "evil text"),
    ("Ｆｕｌｌ ｗｉｄｔｈ", "Full width"),
    ("ﬁne ligature", "fine ligature"),
    ("Grеat pоst", "Great post"),  # Cyrillic е and о inside Latin words
    ("line\r\nbreak\rhere", "line\nbreak\nhere"),
    ("nul\x00and\x07bell", "nulandbell"),
    ("lone \ud800 surrogate", "lone  surrogate"),
])
def test_normalise_removes_what_a_reader_cannot_see_and_folds_look_alikes(raw: str, clean: str) -> None:
    assert normalise(raw) == clean


def test_normalise_leaves_a_wholly_cyrillic_word_alone() -> None:
    assert normalise("спасибо") == "спасибо"


def test_prose_drops_markup_but_keeps_words() -> None:
    assert prose("# Title\n> quoted **bold** _it_ <b>tag</b> &amp; `code`") == "Title\nquoted bold it tag & code"


def test_elongated_words_are_squeezed() -> None:
    assert squeeze("sooooo") == "soo"
    assert squeeze("good") == "good"


def test_sentences_split_at_end_marks_and_line_breaks_but_not_inside_numbers() -> None:
    assert split_sentences("We tried it. Did it work? Yes!\nNew line and 3.5% more… 谢谢。好") == [
        "We tried it.", "Did it work?", "Yes!", "New line and 3.5% more…", "谢谢。", "好"]


def test_words_in_scripts_without_spaces_count_about_two_characters_each() -> None:
    assert word_count(WORD.findall("客户服务很重要")) == 4
    assert word_count(WORD.findall("we don't re-open tickets")) == 4


def test_emoji_and_emoticons_are_found() -> None:
    assert split_emoji("nice 👍 :) <3")[0] == ["👍", ":)", "<3"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Great post, thanks!", "brief"),
    ("We moved refunds to a two-day promise and chargebacks fell by half.", "ok"),
    ("I run a small support team myself.", "borderline"),
    ("lorem ipsum dolor sit amet", "no_value"),
])
def test_judge_gives_one_value_verdict(text: str, kind: str) -> None:
    assert judge(assess(text), 20).kind == kind


def test_the_assessment_keeps_what_is_left_and_the_stripped_evidence() -> None:
    s = assess("Hi Kate, great post! Our night shift handles 300 chats with four agents.")
    assert "Hi Kate" in s.stripped[0] or "great post" in " ".join(s.stripped)
    assert "night" in s.left and "kate" not in s.left
    assert [sig.kind for sig in s.concrete] == ["figure"]
    assert "300 chats" in s.concrete[0].evidence
