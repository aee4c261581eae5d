"""``commercial_link`` (reject) and the four held kinds of destination (docs/policy.md §2).

The destination decides, never the anchor text, and the classification is
:func:`forum.policy.destinations.classify_link`'s (moderators' domain pins included). This module only maps
kinds to outcomes and speaks to the author:

- commercial (a company's, product's or service's page, affiliate/referral parameters, blocked domains):
  reject, signature links included;
- a petition or campaign page, or a shared file to download (:data:`forum.policy.domain_lists.ASKS_TO_ACT`):
  reject (``petition_or_file_link``): the link asks readers to sign or download, it promotes, it does not teach;
- vendor article, retail reference, opaque, non-article: hold, one rule (and one reason) per kind present.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from forum.policy.addresses import parse_address
from forum.policy.domain_lists import ASKS_TO_ACT
from forum.policy.rule import Check, Rule
from forum.policy.text import quote
from forum.policy.types import Decision, LinkKind, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context, Link


def _evidence(links: list[Link]) -> str:
    return "; ".join(f"{quote(lk.info.url, 60)} ({lk.info.why})" if lk.info.why else quote(lk.info.url, 60)
                     for lk in links[:3])


def check_commercial(ctx: Context) -> Reason | None:
    """Reject a comment linking to a commercial destination."""
    commercial = [lk for lk in ctx.offered if lk.info.kind is LinkKind.COMMERCIAL]
    if not commercial:
        return None
    return COMMERCIAL.reason(
        "Links to companies, products or services are not published, signature links included. Remove the "
        "link; your experience with them is welcome in your own words.",
        _evidence(commercial),
    )


COMMERCIAL = Rule(
    "commercial_link", Decision.REJECT, "Links to a company or product",
    "A link to a company's, product's or service's page (home, pricing, shop, sign-up, booking, "
    "crowdfunding, marketplace listing), any link with affiliate, referral or coupon parameters, or a "
    "blocked domain; signature links included.",
    "Remove the link; describe your experience in your own words.", check_commercial)


@lru_cache(maxsize=1024)
def asks_to_act(url: str) -> str:
    """"petition" or "file" when ``url`` is on a petition/campaign host or a file-sharing service, else ""."""
    host = parse_address(url).listed.get("non_article")
    return ASKS_TO_ACT.get(host, "") if host else ""


# A file service's own short links ("we.tl", "1drv.ms") are opaque by shape, but their host says what they lead to.
_ACTING_KINDS = frozenset({LinkKind.NON_ARTICLE, LinkKind.OPAQUE})


def _acting(ctx: Context) -> list[Link]:
    return [lk for lk in ctx.offered if lk.info.kind in _ACTING_KINDS and asks_to_act(lk.info.url)]


def check_petition_or_file(ctx: Context) -> Reason | None:
    """Reject a comment linking to a petition or campaign page or to a shared file."""
    links = _acting(ctx)
    if not links:
        return None
    kinds = {asks_to_act(lk.info.url) for lk in links}
    what = {"petition": "a petition or campaign", "file": "a shared file or download"}
    return PETITION_OR_FILE.reason(
        f"Thank you for wanting to share this, but links to {' or '.join(what[k] for k in sorted(kinds))} aren't "
        "published here: they ask readers to sign or download something rather than read an article. Tell us "
        "about the campaign or what the document shows in your own words; that is very welcome.",
        _evidence(links),
    )


PETITION_OR_FILE = Rule(
    "petition_or_file_link", Decision.REJECT, "Links to a petition or a shared file",
    "A link to a petition or campaign page (change.org and the like) or to a file-sharing service (Dropbox, "
    "Google Drive or Docs, WeTransfer): it asks readers to sign or download rather than read.",
    "Describe the campaign or the document in your own words instead of linking to it.", check_petition_or_file)


def _held(kind: LinkKind, rule_id: str, label: str, summary: str, message: str, fix: str) -> Rule:
    def check(ctx: Context) -> Reason | None:
        links = [lk for lk in ctx.offered if lk.info.kind is kind and not (
            kind in _ACTING_KINDS and asks_to_act(lk.info.url))]
        return rule.reason(message, _evidence(links)) if links else None

    checker: Check = check
    checker.__doc__ = f"Hold a comment linking to a destination of kind {kind.value}."
    rule = Rule(rule_id, Decision.HOLD, label, summary, fix, checker)
    return rule


# kind → its hold rule; the order is the order the reasons are listed in.
HELD: dict[LinkKind, Rule] = {
    LinkKind.VENDOR_ARTICLE: _held(
        LinkKind.VENDOR_ARTICLE, "vendor_article_link", "Links to a company's own article",
        "One link to company-owned education: a vendor's blog post, help-centre article, whitepaper or an "
        "analyst's report.",
        "A moderator will check the link first: it is a company's own article, help page or report. If an "
        "independent article makes the same point, link to that instead.",
        "Link to an independent article making the same point."),
    LinkKind.RETAIL_REFERENCE: _held(
        LinkKind.RETAIL_REFERENCE, "retail_reference_link", "Links to a shop listing",
        "One link to a shop's listing of an educational item (a book), without affiliate parameters.",
        "A moderator will check the link first: it leads to a shop's listing. Name the book or resource in "
        "your text instead of linking to where it is sold.",
        "Name the book or resource in your text instead."),
    LinkKind.OPAQUE: _held(
        LinkKind.OPAQUE, "opaque_link", "Link destination hidden",
        "One link whose destination cannot be judged without following it: a shortener, redirector, raw IP "
        "address or disguised address.",
        "A moderator will check the link first: where it leads can't be seen without following it (a "
        "shortener, a redirect, a raw address or a disguised one). Post the article's full, direct address.",
        "Post the article's full, direct address."),
    LinkKind.NON_ARTICLE: _held(
        LinkKind.NON_ARTICLE, "non_article_link", "Link is not an article",
        "One link to something other than an article: a video, podcast, forum thread, social profile or "
        "post, a code repository or slide deck, or a blog's home page.",
        "A moderator will check the link first: it isn't an article (a video, podcast, profile, forum thread "
        "or a blog's home page). Links here should lead to one educational article or blog post.",
        "Link to one educational article or blog post."),
}
