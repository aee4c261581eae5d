"""``commercial_link`` (reject) and the four held kinds of destination (policy.md §2).

The destination decides, never the anchor text, and the classification is
:func:`forum.policy.destinations.classify_link`'s (moderators' domain pins included). This module only maps
kinds to outcomes and speaks to the author:

- commercial (a company's, product's or service's page, affiliate/referral parameters, blocked domains):
  reject, signature links included;
- vendor article, retail reference, opaque, non-article: hold, one reason per kind present.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from forum.policy.text import quote
from forum.policy.types import Decision, LinkKind, Reason

if TYPE_CHECKING:
    from forum.policy.rules.context import Context, Link

COMMERCIAL = "commercial_link"

# kind → (rule, what the author is told); the order is the order the reasons are listed in.
HELD: dict[LinkKind, tuple[str, str]] = {
    LinkKind.VENDOR_ARTICLE: (
        "vendor_article_link",
        "A moderator will check the link first: it is a company's own article, help page or report. If an "
        "independent article makes the same point, link to that instead.",
    ),
    LinkKind.RETAIL_REFERENCE: (
        "retail_reference_link",
        "A moderator will check the link first: it leads to a shop's listing. Name the book or resource in "
        "your text instead of linking to where it is sold.",
    ),
    LinkKind.OPAQUE: (
        "opaque_link",
        "A moderator will check the link first: where it leads can't be seen without following it (a "
        "shortener, a redirect, a raw address or a disguised one). Post the article's full, direct address.",
    ),
    LinkKind.NON_ARTICLE: (
        "non_article_link",
        "A moderator will check the link first: it isn't an article (a video, podcast, profile, forum thread "
        "or a blog's home page). Links here should lead to one educational article or blog post.",
    ),
}


def _evidence(links: list[Link]) -> str:
    return "; ".join(f"{quote(lk.info.url, 60)} ({lk.info.why})" if lk.info.why else quote(lk.info.url, 60)
                     for lk in links[:3])


def check_commercial(ctx: Context) -> Reason | None:
    """Reject a comment linking to a commercial destination."""
    commercial = [lk for lk in ctx.offered if lk.info.kind is LinkKind.COMMERCIAL]
    if not commercial:
        return None
    return Reason(
        COMMERCIAL,
        "Links to companies, products or services are not published, signature links included. Remove the "
        "link; your experience with them is welcome in your own words.",
        _evidence(commercial),
        Decision.REJECT,
    )


def check_held_kinds(ctx: Context) -> tuple[Reason, ...]:
    """Hold a comment linking to a vendor article, a shop listing, an opaque address or a non-article."""
    reasons = []
    for kind, (rule, message) in HELD.items():
        links = [lk for lk in ctx.offered if lk.info.kind is kind]
        if links:
            reasons.append(Reason(rule, message, _evidence(links), Decision.HOLD))
    return tuple(reasons)
