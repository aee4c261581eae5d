"""``review_comment``: one text in, one :class:`~forum.policy.types.Verdict` out.

Order of work, each step only when the previous allows it:

1. ``too_long`` — a text over ``settings.max_chars`` is rejected on its length alone, never parsed: the
   verdict has no HTML and no links; ``too_complex`` likewise for a text made mostly of structure
   (:data:`forum.policy.rules.size.STRUCTURE_LIMITS`), so every review finishes in bounded time.
2. normalise (:func:`forum.policy.text.normalise`); ``empty`` when nothing visible is left (no HTML).
3. render the HTML (:func:`forum.policy.sanitize.render_comment`), find the links, classify each distinct
   destination, assess the value of the prose (:mod:`forum.policy.context`).
4. run every rule of :data:`forum.policy.rules.RULES`, drop reasons another covers
   (:data:`forum.policy.rules.SUBSUMED`), combine: reject beats hold beats publish.

Staff (moderators and admins) "publish directly": for them every *hold* reason is kept, so they see it,
but its outcome becomes ``publish`` and its message says so; a *reject* reason still rejects (an empty or
oversized comment, a commercial link, is no better from a moderator). The trust rule never applies to them.

Deterministic: the same text, settings and author always give the same verdict, reasons in the same order
(reject reasons first, then hold, then publish; within each, :data:`forum.policy.rules.RULE_ORDER`).
"""

from __future__ import annotations

from dataclasses import replace

from forum.policy.context import build_context
from forum.policy.rules import RULE_ORDER, RULES, SUBSUMED
from forum.policy.rules.size import check_empty, check_too_complex, check_too_long
from forum.policy.sanitize import render_comment
from forum.policy.text import normalise
from forum.policy.types import AuthorContext, Decision, PolicySettings, Reason, Verdict

_DEFAULT_SETTINGS = PolicySettings()
_RANK = {rule: i for i, rule in enumerate(RULE_ORDER)}
STAFF_NOTE = " (Published directly: comments by moderators and admins are not held.)"


def _ordered(reasons: list[Reason]) -> tuple[Reason, ...]:
    return tuple(sorted(reasons, key=lambda r: (-r.outcome.severity, _RANK.get(r.rule, len(_RANK)), r.rule)))


def _for_staff(reason: Reason) -> Reason:
    if reason.outcome is not Decision.HOLD:
        return reason
    return replace(reason, message=reason.message + STAFF_NOTE, outcome=Decision.PUBLISH)


def verdict_of(reasons: list[Reason], html: str, links: tuple, author: AuthorContext | None) -> Verdict:
    """The verdict for ``reasons``: staff's holds publish, reasons ordered, the most severe outcome decides."""
    if author is not None and author.is_staff:
        reasons = [_for_staff(r) for r in reasons]
    ordered = _ordered(reasons)
    return Verdict(Decision.most_severe(r.outcome for r in ordered), ordered, html, links)


def review_comment(text: str, *, settings: PolicySettings | None = None,
                   author: AuthorContext | None = None) -> Verdict:
    """Judge ``text`` against the comment policy (docs/policy.md) and the account rules; never raises.

    ``settings`` defaults to :class:`PolicySettings` (); ``author`` is optional, and without it the account
    rules (sign-in, new-member trust, staff) do not apply.
    """
    settings = settings or _DEFAULT_SETTINGS
    oversized = check_too_long(text, settings) or check_too_complex(text)
    if oversized:
        return verdict_of([oversized], "", (), author)
    normalised = normalise(text)
    empty = check_empty(normalised)
    if empty:
        return verdict_of([empty], "", (), author)
    ctx = build_context(text, normalised, settings, author)
    reasons: list[Reason] = []
    for rule in RULES:
        result = rule(ctx)
        if result is not None:
            reasons.append(result)
    fired = {r.rule for r in reasons}
    dropped = {rule for by, subsumed in SUBSUMED.items() if by in fired for rule in subsumed}
    reasons = [r for r in reasons if r.rule not in dropped]
    return verdict_of(reasons, render_comment(text), tuple(lk.info for lk in ctx.links), author)
