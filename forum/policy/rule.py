"""What one rule of the rulebook declares: its id, outcome, label, summary, how to fix it, and its check.

A :class:`Rule` is data plus one pure function. ``check`` reads a :class:`~forum.policy.context.Context`
and returns a :class:`~forum.policy.types.Reason` (or ``None``); rules checked elsewhere (``too_long`` and
``empty`` before any parsing, ``flood_control`` from the author's posting times) have no ``check`` here but
are still part of the rulebook, so their labels and docs come from the same list.

``outcome`` is what the rule alone does to a comment; ``label`` is the words a member reads ("Too
brief"); ``summary`` says what triggers it and ``fix`` how an author fixes it (both in ``docs/policy.md``).
``subsumes`` names rules whose reason is dropped when this one fires (a comment rejected as advertising is
not also "thin").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context

Check = Callable[["Context"], "Reason | None"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the policy, as the engine runs it and as members and moderators read it."""

    id: str
    outcome: Decision
    label: str
    summary: str
    fix: str
    check: Check | None = field(default=None, compare=False)
    stage: str = "content"  # content, before parsing, account, posting
    subsumes: frozenset[str] = frozenset()

    def reason(self, message: str, evidence: str = "") -> Reason:
        """A reason of this rule with its outcome."""
        return Reason(self.id, message, evidence, self.outcome)
