"""non_english: a substantive comment not mainly in English is held for someone who reads it."""

from __future__ import annotations

import pytest

from forum.policy import Decision, PolicySettings, review_comment
from forum.policy.rules.language import english_share, is_english

SPANISH = ("El cliente llamó tres veces por el mismo reembolso y nadie le respondió durante dos semanas, así "
           "que cambiamos el proceso de devoluciones.")
GERMAN = ("Wir haben die Warteschleife abgeschafft und rufen jetzt innerhalb von zwei Stunden zurück, seitdem "
          "sind die Beschwerden deutlich gesunken.")
JARGON = ("Our CSAT dipped after the IVR migration, so Priya rebuilt the routing tree and churn flattened "
          "within six weeks of the rollback.")
MIXED = ("We started a callback queue last spring. Los clientes estaban contentos porque nadie esperaba más "
         "de cinco minutos en la línea.")


@pytest.mark.parametrize("text", [SPANISH, GERMAN])
def test_a_substantive_comment_in_another_language_is_held(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.HOLD
    reason = next(r for r in verdict.reasons if r.rule == "non_english")
    assert "% English" in reason.evidence


def test_english_with_jargon_names_and_acronyms_is_english() -> None:
    share, counted, _ = english_share(JARGON)
    assert share >= 0.8 and counted >= 10
    assert "non_english" not in review_comment(JARGON).rules()


def test_a_comment_half_in_another_language_is_under_the_threshold_and_held() -> None:
    share, _, _ = english_share(MIXED)
    assert share < 0.8
    assert "non_english" in review_comment(MIXED).rules()


def test_the_threshold_is_a_setting() -> None:
    share, _, _ = english_share(MIXED)
    assert "non_english" not in review_comment(MIXED, settings=PolicySettings(english_ratio=share - 0.01)).rules()
    assert "non_english" in review_comment(MIXED, settings=PolicySettings(english_ratio=share + 0.01)).rules()


@pytest.mark.parametrize("text", ["¡Gracias! Muy buen artículo.", "Merci beaucoup, très bien!", "Danke, sehr gut!"])
def test_language_never_rescues_brevity(text: str) -> None:
    assert review_comment(text).rules() == ("too_brief",)


@pytest.mark.parametrize(("word", "english"), [
    ("escalations", True), ("rebooked", True), ("stopped", True), ("happily", True), ("unhelpful", True),
    ("reembolso", False), ("llamó", False), ("beschwerden", False),
])
def test_inflections_of_common_words_count_as_english(word: str, english: bool) -> None:
    assert is_english(word) is english
