"""The rules a verdict names, for a failed assertion's message in the judgement-pass tests."""

from __future__ import annotations

from forum.policy import review_comment


def rules_of(text: str) -> list[str]:
    """The rule ids of ``text``'s verdict under the default policy, in order."""
    return list(review_comment(text).rules())
