"""What kind of destination a link leads to (docs/policy.md §2), and a sentence that says why.

:func:`classify_link` tries small named heuristics in order of precedence; the first that fires decides,
and its sentence names the signal. The anchor text never matters: only the address does.

1. Moderator pins (the host or any parent domain). ``commercial``/``blocked`` → commercial. ``trusted`` →
   educational, except that affiliate/referral/coupon parameters still make the link commercial: the policy
   says so "whatever the page", and a trusted publisher's page does not stop the tag paying the poster.
2. ``settings.site_domains`` → internal.
3. Opaque: not ``http(s)``, written to dodge filters, a raw IP, user info hiding the host, no public domain,
   a shortener or link-in-bio page, a redirector host, a parameter carrying another URL, a forwarding first
   path segment (``/redirect``, ``/go/``).
4. Affiliate, referral or coupon parameters (not ``utm_*``) or a referral path → commercial.
5. App stores and software listings, selling subdomains (``shop.``), selling paths (``/pricing``,
   ``/careers``…, read before the first article section so ``/blog/our-pricing-story`` is not one) → commercial.
6. By what the domain is: customer-service vendor, shop, video/podcast/social/forum host, blog platform,
   publisher or institution (``.edu``, ``.gov``, ``.ac.uk``…), or unknown — and by the path's shape: root,
   a section front page (``/blog``), a listing (``/tag/x``), or an article (dated path, hyphenated slug,
   ``/blog/<slug>``).

Unknown domains, where two careful moderators could disagree, lean to hold: an article-shaped path is
plausibly an independent blog (educational) unless the name reads like a software company's
(``acmehelpdesk.com``, ``getacme.io``: vendor_article, hold); a bare root is a company or product home page
(commercial: the policy names those outright) unless the name says blog (non_article, hold); any other page
is neither clearly an article nor clearly commercial (non_article, hold).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from forum.policy import domain_lists as lists
from forum.policy.addresses import (
    Address,
    article_signal,
    front_page,
    is_root,
    parse_address,
    segments_before_articles,
)
from forum.policy.links import FoundLink
from forum.policy.types import DomainPin, LinkInfo, LinkKind, PolicySettings
from forum.policy.urls import normalize_url, registrable_domain

__all__ = ["classify_link", "registrable_domain"]

_Decision = tuple[LinkKind, str]
_CARRIED_URL_RE = re.compile(r"(?:https?:|https?%3a|//|www\.)", re.IGNORECASE)


# An Amazon-style associate id ("cxreads-21"): a name, a hyphen, then the two-digit marketplace code.
_ASSOCIATE_ID = re.compile(r"[a-z0-9.]*[a-z][\w.]*-2[0-2]", re.IGNORECASE)


def _publishes(a: Address) -> bool:
    """A publisher's or a blog's address, where ``?tag=`` names a tag archive ("?tag=top-20"), not an associate."""
    return bool(a.listed.get("publisher") or a.listed.get("blog_host")) or any(
        word in a.host for word in lists.BLOG_NAME_WORDS)


def _affiliate(a: Address) -> str | None:
    """Why the link pays the poster (affiliate, referral or coupon tag), or None. ``utm_*`` never counts."""
    amazon = a.domain.split(".")[0] in ("amazon", "audible")
    for key, value in a.query:
        if (key in lists.AMAZON_AFFILIATE_PARAMS) if amazon else (key in lists.AFFILIATE_PARAMS):
            return f"parameter {key}={value[:24]} is an affiliate/referral tag"
        if key == "tag" and _ASSOCIATE_ID.fullmatch(value) and not _publishes(a):  # "?tag=cxreads-21" on a shop
            return f"parameter tag={value[:24]} is an associate (affiliate) id"
    if a.segments and a.segments[0] in lists.REFERRAL_SEGMENTS:
        return f"path /{a.segments[0]}/ is a referral or invite link"
    return None


def _extra_listed(a: Address, extra: tuple[str, ...]) -> str | None:
    """The host or parent that an admin added to a list in the settings, if any."""
    if not extra:
        return None
    wanted = {d.lower().strip(".") for d in extra}
    return next((h for h in a.hosts if h in wanted), None)


# --------------------------------------------------------------------------------------------- heuristics
def _pinned(a: Address, settings: PolicySettings) -> _Decision | None:
    pins = settings.domain_pins
    host = next((h for h in a.hosts if h in pins), None) if pins else None
    if host is None:
        return None
    pin = DomainPin(pins[host])
    if pin is not DomainPin.TRUSTED:
        return LinkKind.COMMERCIAL, f"moderators pinned {host} as {pin.value}"
    if affiliate := _affiliate(a):
        return LinkKind.COMMERCIAL, f"{affiliate} (moderators trust {host}, but a paid link is commercial)"
    return LinkKind.EDUCATIONAL, f"moderators pinned {host} as a trusted publisher"


def _internal(a: Address, settings: PolicySettings) -> _Decision | None:
    for site in settings.site_domains:
        site = site.lower().split(":")[0].rstrip(".")
        if site and site in a.hosts:
            return LinkKind.INTERNAL, f"{a.host} is this forum"
    return None


_SPAM_SITE_RE = re.compile(rf"{'|'.join(lists.SPAM_SITE_INFIXES)}|(?<![a-z0-9])(?:{'|'.join(lists.SPAM_SITE_PARTS)})"
                           rf"(?![a-z0-9])")


def _spam_site(a: Address, settings: PolicySettings) -> _Decision | None:
    """A gambling, pharmacy, adult or trading site named as such in its host: commercial, even where the host is
    not a public name (a spammer's made-up domain is still an ad for one)."""
    found = _SPAM_SITE_RE.search(a.host) if a.host else None
    if not found:
        return None
    return LinkKind.COMMERCIAL, f"“{found.group(0)}” in {a.host} names a gambling, pharmacy, adult or trading site"


def _opaque_reason(a: Address, settings: PolicySettings) -> str | None:
    if not a.scheme:
        return f"“{a.url[:40]}” is not a web address"
    if a.scheme not in ("http", "https"):
        return f"scheme {a.scheme}: is not a web page"
    if a.obfuscated:
        return "the address is written to dodge filters (hxxp, [.], “dot”, hidden characters)"
    if a.ip:
        return f"{a.host} is a raw IP address"
    if a.userinfo:
        return f"the address hides its real host {a.host} behind “{a.userinfo}@”"
    if not a.public:
        return f"{a.host} is not a public domain name"
    if shortener := a.listed.get("shortener") or _extra_listed(a, settings.extra_shorteners):
        return f"{shortener} is a URL shortener or link-in-bio page"
    if redirector := a.listed.get("redirector"):
        return f"{redirector} forwards readers to another address"
    if carried := next((key for key, value in a.query if _CARRIED_URL_RE.match(value)), None):
        return f"parameter {carried}= carries another address"
    if a.segments and a.segments[0] in lists.REDIRECT_SEGMENTS and (len(a.segments) > 1 or a.query):
        return f"path /{a.segments[0]}/ forwards to another address (often a cloaked affiliate link)"
    return None


def _opaque(a: Address, settings: PolicySettings) -> _Decision | None:
    if a.obfuscated and (selling := _selling_page(a, settings)):  # "acme[.]com/pricing": dodged, yet plainly sold
        return LinkKind.COMMERCIAL, f"{selling[1]}, written to dodge filters"
    why = _opaque_reason(a, settings)
    return (LinkKind.OPAQUE, f"{why}: the destination cannot be judged") if why else None


def _affiliate_tagged(a: Address, settings: PolicySettings) -> _Decision | None:
    why = _affiliate(a)
    return (LinkKind.COMMERCIAL, why) if why else None


_SELLING_LABELS = {
    **dict.fromkeys(("pricing", "price", "prices", "plans", "plan"), "pricing"),
    **dict.fromkeys(("careers", "career", "jobs", "job", "hiring", "join-us", "work-with-us"), "recruiting"),
    **dict.fromkeys(("buy", "purchase", "checkout", "cart", "basket", "order"), "checkout"),
    **dict.fromkeys(("shop", "store"), "shop"),
    **dict.fromkeys(("demo", "request-demo", "book-a-demo", "get-a-demo"), "demo"),
    **dict.fromkeys(("signup", "sign-up", "register"), "sign-up"),
    **dict.fromkeys(("trial", "free-trial"), "free-trial"),
    **dict.fromkeys(("product", "products"), "product"),
    "features": "feature",
}


_SECTIONS_OF_PUBLICATIONS = frozenset({"features", "jobs", "careers", "business"})


def _selling_page(a: Address, settings: PolicySettings) -> _Decision | None:
    if store := a.listed.get("app_store"):
        return LinkKind.COMMERCIAL, f"{store} is an app store or software listing"
    if money := a.listed.get("money"):
        return LinkKind.COMMERCIAL, f"{money} is {lists.MONEY[money]}"
    subdomains = a.host[: -len(a.domain)].split(".") if a.host.endswith("." + a.domain) else []
    if sub := next((label for label in subdomains if label in lists.COMMERCIAL_SUBDOMAINS), None):
        return LinkKind.COMMERCIAL, f"subdomain {sub}.{a.domain} is a selling site"
    # A magazine's /features/ or a university's /services/ section is not a sales page, nor an analyst's or
    # consultancy's /services/ section, under which its reports are published.
    educational = "publisher" in a.listed or "analyst" in a.listed or a.institutional
    selling = lists.STRONG_COMMERCIAL_SEGMENTS if educational else lists.COMMERCIAL_SEGMENTS
    before = segments_before_articles(a)
    for i, segment in enumerate(before):
        if segment in _SECTIONS_OF_PUBLICATIONS and (segment == "features" or educational) and \
                any(s.count("-") >= (2 if educational else 3) for s in a.segments[i + 1:]):
            # "/features/inside-a-24-hour-helpline", a newspaper's "/jobs/tripartite-advisory-on-abusive-customers":
            # a publication's section, not a product's page or a job advert
            continue
        if segment in selling:
            return LinkKind.COMMERCIAL, f"path /{segment} is a company's {_SELLING_LABELS.get(segment, 'sales')} page"
    return None


# --------------------------------------------------------------------------------------------- by domain
def _vendor_page(a: Address, vendor: str) -> _Decision:
    who = f"{vendor} is a customer-service software vendor"
    if is_root(a):
        return LinkKind.COMMERCIAL, f"{who}; this is its home page"
    if front := front_page(a):
        return LinkKind.NON_ARTICLE, f"{who}; {front}"
    if article := article_signal(a):
        return LinkKind.VENDOR_ARTICLE, f"{who}; {article}: company-owned education"
    if (sub := a.host.split(".")[0]) in lists.ARTICLE_SUBDOMAINS:
        return LinkKind.VENDOR_ARTICLE, f"{who}; {sub}.{a.domain} is company-owned education"
    return LinkKind.COMMERCIAL, f"{who}; /{'/'.join(a.segments)} is a company page, not an article"


def _retail_page(a: Address, shop: str) -> _Decision:
    item = next((i for i, s in enumerate(a.segments[:-1]) if s in lists.RETAIL_ITEM_SEGMENTS), None)
    if item is not None:
        return LinkKind.RETAIL_REFERENCE, f"{a.named(shop)} is a shop; /{a.segments[item]}/ is a single item"
    return LinkKind.COMMERCIAL, f"{a.named(shop)} is a shop; this page is not a single item (home, search, category)"


def _by_shape(a: Address, who: str, otherwise: LinkKind) -> _Decision:
    """Root, front and listing pages are not articles; article-shaped paths are; ``otherwise`` the rest."""
    if is_root(a):
        return LinkKind.NON_ARTICLE, f"{who}; this is its home page, not a single article"
    if front := front_page(a):
        return LinkKind.NON_ARTICLE, f"{who}; {front}"
    if article := article_signal(a):
        return LinkKind.EDUCATIONAL, f"{who}; {article}"
    if otherwise is LinkKind.EDUCATIONAL:
        return otherwise, f"{who}; /{'/'.join(a.segments)} is one of its pages"
    return otherwise, f"{who}; /{'/'.join(a.segments)} is not clearly a single post"


_COMPANY_ENDING_RE = re.compile(rf".(?:{'|'.join(lists.COMPANY_NAME_PARTS)})$")
_COMPANY_START_RE = re.compile(rf"(?:{'|'.join(lists.COMPANY_NAME_PREFIXES)})(?=...)")


def _company_like(a: Address) -> str | None:
    """Why a registrable name reads like a software company's ("acmehelpdesk", "getacme.io"), or None."""
    name, _, suffix = a.domain.partition(".")
    if ending := _COMPANY_ENDING_RE.search(name):
        return f"the name “{name}” ends in “{ending.group(0)[1:]}”"
    if (start := _COMPANY_START_RE.match(name)) and suffix in lists.STARTUP_SUFFIXES:
        return f"the name “{a.domain}” starts with “{start.group(0)}”"
    return None


def _unknown_page(a: Address) -> _Decision:
    if is_root(a):
        if any(word in a.host for word in lists.BLOG_NAME_WORDS):
            return LinkKind.NON_ARTICLE, f"{a.host} is the home page of a blog, not a single article"
        return LinkKind.COMMERCIAL, f"the home page of {a.domain} is a company or product home page"
    if front := front_page(a):
        return LinkKind.NON_ARTICLE, f"on {a.domain}, {front}"
    if gated := _gated(a):
        return LinkKind.VENDOR_ARTICLE, f"on {a.domain}, {gated}: company-owned education"
    if (sub := a.host.split(".")[0]) in lists.HELP_CENTRE_SUBDOMAINS and a.host != a.domain and not (
            a.institutional or a.suffix == "org"):  # docs of a foundation or a university are not a vendor's
        return LinkKind.VENDOR_ARTICLE, f"{sub}.{a.domain} is a company's help centre: company-owned education"
    if article := article_signal(a):
        if company := _company_like(a):
            return LinkKind.VENDOR_ARTICLE, f"{company} like a software company's; {article}: company-owned education"
        return LinkKind.EDUCATIONAL, f"{article} on {a.domain}, plausibly an independent blog"
    if a.segments and a.segments[-1].endswith(".pdf") and (a.suffix in ("org", "int") or a.suffix.startswith("org.")):
        # a regulator's or a charity's published guidance ("fca.org.uk/publication/…/fg21-1.pdf")
        return LinkKind.EDUCATIONAL, f"a document published on {a.domain}, an organisation's site"
    return LinkKind.NON_ARTICLE, f"/{'/'.join(a.segments)} on {a.domain} is neither clearly an article nor selling"


def _analyst_page(a: Address, analyst: str) -> _Decision:
    who = f"{analyst} is an analyst or consultancy"
    if is_root(a):
        return LinkKind.COMMERCIAL, f"{who}; this is its home page"
    return LinkKind.VENDOR_ARTICLE, f"{who}; its reports and research are company-owned education"


def _gated(a: Address) -> str | None:
    segment = next((s for s in a.segments[:-1] if s in lists.GATED_EDUCATION_SEGMENTS), None)
    return f"path /{segment}/ is a company's whitepaper or report" if segment else None


def _by_domain(a: Address, settings: PolicySettings) -> _Decision:
    if vendor := a.listed.get("vendor") or _extra_listed(a, settings.extra_vendor_domains):
        return _vendor_page(a, vendor)
    if analyst := a.listed.get("analyst"):
        return _analyst_page(a, analyst)
    if shop := a.listed.get("retail"):
        return _retail_page(a, shop)
    if host := a.listed.get("non_article"):
        return LinkKind.NON_ARTICLE, f"{host} hosts {lists.NON_ARTICLE[host]}, not articles"
    if platform := a.listed.get("blog_host"):
        own = a.host not in (platform, f"www.{platform}")
        return _by_shape(a, f"{a.host} is a blog on {platform}" if own else f"{platform} is a blog platform",
                         LinkKind.NON_ARTICLE)
    if publisher := a.listed.get("publisher"):
        return _by_shape(a, f"{publisher} is a publisher or reference work", LinkKind.EDUCATIONAL)
    if a.institutional:
        who = f".{a.suffix} belongs to a university or government body"
        if not is_root(a):  # its guidance "collections" and section pages inform as its articles do
            return LinkKind.EDUCATIONAL, f"{who}; /{'/'.join(a.segments)} is one of its pages"
        return _by_shape(a, who, LinkKind.EDUCATIONAL)
    return _unknown_page(a)


_Heuristic = Callable[[Address, PolicySettings], _Decision | None]
_HEURISTICS: tuple[_Heuristic, ...] = (_pinned, _internal, _spam_site, _opaque, _affiliate_tagged, _selling_page)


def classify_link(link: FoundLink | str, settings: PolicySettings) -> LinkInfo:
    """The kind of destination ``link`` leads to, with the signal that decided it."""
    if isinstance(link, FoundLink):
        url, syntax = link.url, link.syntax
    else:
        url, syntax = normalize_url(link) or link.strip(), None
    address = parse_address(url, syntax)
    decision = next((d for h in _HEURISTICS if (d := h(address, settings)) is not None), None)
    kind, why = decision or _by_domain(address, settings)
    return LinkInfo(url=url, domain=address.domain, kind=kind, why=why)
