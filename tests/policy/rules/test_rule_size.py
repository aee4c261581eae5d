"""too_long and empty: rejected before any parsing, with no HTML and no links."""

from __future__ import annotations

import pytest

from forum.policy import Decision, PolicySettings, review_comment
from forum.policy import review as review_module

SETTINGS = PolicySettings(max_chars=200)


def _story(length: int) -> str:
    base = "We answered 40 chats an hour during the outage and kept a shared log of every workaround. "
    return (base * (length // len(base) + 1))[:length]


def test_a_text_at_the_limit_is_reviewed_and_one_over_it_is_rejected() -> None:
    assert "too_long" not in review_comment(_story(200), settings=SETTINGS).rules()
    verdict = review_comment(_story(201), settings=SETTINGS)
    assert verdict.decision is Decision.REJECT
    assert verdict.rules() == ("too_long",)
    assert "201" in verdict.reasons[0].evidence and "200" in verdict.reasons[0].message


def test_an_oversized_text_is_never_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed an oversized text")

    for name in ("normalise", "build_context", "render_comment"):
        monkeypatch.setattr(review_module, name, explode)
    verdict = review_comment("x" * 201, settings=SETTINGS)
    assert verdict.rules() == ("too_long",)
    assert verdict.html == "" and verdict.links == ()


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n", "\u200b\u200c\u200d\ufeff", "\u202e\u202c", "\x00\x01"])
def test_a_text_with_nothing_visible_is_empty(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.rules() == ("empty",)
    assert verdict.decision is Decision.REJECT
    assert verdict.html == ""


@pytest.mark.parametrize("text", [".", "👍", "<b></b>"])
def test_a_text_with_anything_visible_is_not_empty(text: str) -> None:
    assert "empty" not in review_comment(text).rules()
