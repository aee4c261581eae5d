"""Frontline's comment policy engine: is a comment published, held for a moderator, or rejected — and why.

The policy it applies is ``docs/policy.md`` (the rulebook, its tables generated from this package); the
package is pure Python (no web framework, no database) so services, the Reflex state, the command line and
the tests call it alike.

Interface
---------
``review_comment(text, *, settings=None, author=None) -> Verdict``
    Never raises, for any ``str``. Deterministic. ``Verdict.decision`` is the most severe
    ``Reason.outcome`` (reject beats hold beats publish); ``Verdict.reasons`` has one ``Reason(rule,
    message, evidence, outcome)`` per rule that fired — reject reasons first, then hold, then publish, each
    group in the order of ``forum.policy.rules.RULE_ORDER``. ``message`` tells the author how to fix it,
    ``evidence`` quotes what triggered it. ``Verdict.html`` is ``render_comment(text)`` (empty for the
    ``too_long`` and ``empty`` verdicts: the text is not rendered). ``Verdict.links`` are the distinct
    destinations, classified, in order of first appearance.

    Rules (ids): docs/policy.md §4 — reject: ``too_brief``, ``no_value``, ``advertising``, ``too_many_links``,
    ``commercial_link``, ``petition_or_file_link``, ``link_promotion``; hold: ``vendor_article_link``,
    ``retail_reference_link``, ``opaque_link``, ``non_article_link``, ``brand_domain_mention``, ``duplicate_link``,
    ``non_english``, ``profanity``, ``borderline_value``, ``contact_info``. The product's own: ``too_long``
    (reject, over ``settings.max_chars``, checked before any parsing), ``too_complex`` (reject, more structure than any
    real comment, also before parsing), ``empty`` (reject), and, only when ``author`` is
    given, ``not_signed_in`` (reject, role ``visitor``) and ``new_member`` (hold while
    ``author.approved_comments < settings.new_member_review_count``).

    A reason another already covers is left out: a comment rejected as ``advertising`` or
    ``link_promotion`` does not also get ``borderline_value`` (``forum.policy.rules.SUBSUMED``).

    Staff: moderators and admins publish directly. Their hold reasons are still listed, with outcome
    ``publish`` and a note in the message; reject reasons still reject; ``new_member`` never applies.

    Links to this forum's own hosts (``settings.site_domains``) are not counted and not held. A bare company
    domain named in a story ("I ordered from example.com") is ``brand_domain_mention`` (hold), not a
    ``commercial_link``, and is not counted towards the link limit.

``review_title(text)``, ``review_display_name(text)``, ``review_bio(text, author=...)`` -> ``Verdict``
    The other fields a member writes, through the rules that fit them (:mod:`forum.policy.fields`): titles and
    names carry no links (``link_in_field``); a bio follows a comment's link rules and the trust rule.

``render_comment(text) -> str``
    Markdown source → sanitised HTML (:mod:`forum.policy.sanitize`).

``check_flood(recent_post_times, now, settings=None) -> Reason | None``
    Flood control (:mod:`forum.policy.flood`): a ``flood_control`` reject reason saying when the author can
    post again, or ``None``. ``flood_wait`` (same arguments) says how long in seconds (a ``FloodWait``), and
    ``flood_reason(wait)`` turns that into the reason; ``flood_window(settings)`` how far back it looks (None: off).

The vocabulary (``Verdict``, ``Reason``, ``LinkInfo``, ``LinkKind``, ``Decision``, ``DomainPin``,
``PolicySettings``, ``AuthorContext``) is in :mod:`forum.policy.types`; every dataclass round-trips through
``to_dict``/``from_dict``.

Command line: ``python -m forum policy check "text"`` (or ``-``/no argument for stdin, ``--json``; exit code
0 publish, 1 hold, 2 reject); benchmark: ``python -m forum.bench policy``.

Layout: :mod:`~forum.policy.review` runs the pipeline; :mod:`~forum.policy.rules` holds the rulebook (one
list of :class:`~forum.policy.rule.Rule`, one small module per concern); :mod:`~forum.policy.context` builds
the per-review :class:`~forum.policy.context.Context` (``context_for(text)`` for tests), with
:mod:`~forum.policy.contacts` finding contact details; :mod:`~forum.policy.text` normalises text;
:mod:`~forum.policy.substance` and :mod:`~forum.policy.signals` make the value judgement of docs/policy.md §3;
:mod:`~forum.policy.lexicon` holds the word lists.
"""

from __future__ import annotations

from forum.policy.fields import review_bio, review_display_name, review_title
from forum.policy.flood import FloodWait, check_flood, flood_reason, flood_wait, flood_window
from forum.policy.review import review_comment
from forum.policy.sanitize import render_comment
from forum.policy.types import (
    AuthorContext,
    Decision,
    DomainPin,
    LinkInfo,
    LinkKind,
    PolicySettings,
    Reason,
    Verdict,
)

__all__ = [
    "AuthorContext",
    "Decision",
    "DomainPin",
    "FloodWait",
    "LinkInfo",
    "LinkKind",
    "PolicySettings",
    "Reason",
    "Verdict",
    "check_flood",
    "flood_reason",
    "flood_wait",
    "flood_window",
    "render_comment",
    "review_bio",
    "review_comment",
    "review_display_name",
    "review_title",
]
