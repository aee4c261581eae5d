"""The destination classifier (docs/policy.md §2): one or more cases per kind and per signal, moderators' pins
over the heuristics, tracking parameters harmless, paid parameters commercial, and a reason that names
the signal. The public suffix list is the bundled snapshot: nothing is fetched."""

from __future__ import annotations

import socket

import pytest
import tldextract

from forum.policy.destinations import classify_link, registrable_domain
from forum.policy.links import find_links
from forum.policy.types import DomainPin, LinkKind, PolicySettings

DEFAULTS = PolicySettings(site_domains=("frontline.example.org",))
EDU, COM, VEN, RET = LinkKind.EDUCATIONAL, LinkKind.COMMERCIAL, LinkKind.VENDOR_ARTICLE, LinkKind.RETAIL_REFERENCE
OPQ, NON, INT = LinkKind.OPAQUE, LinkKind.NON_ARTICLE, LinkKind.INTERNAL


@pytest.mark.parametrize(
    ("url", "kind", "signal"),
    [
        # educational: publishers, reference works, institutions, independent blogs
        ("https://en.wikipedia.org/wiki/Service_level", EDU, "wikipedia.org is a publisher"),
        ("https://hbr.org/2010/07/stop-trying-to-delight-your-customers", EDU, "dated path /2010/07/"),
        ("https://www.theguardian.com/business/2024/jan/05/call-centres-on-hold", EDU, "call-centres-on-hold"),
        ("https://www.theatlantic.com/features/the-long-wait-on-hold/", EDU, "the-long-wait-on-hold"),
        ("https://cs.stanford.edu/people/someone/queueing.pdf", EDU, ".edu belongs to a university"),
        ("https://www.ox.ac.uk/research/customer-behaviour", EDU, ".ac.uk"),
        ("https://www.gov.uk/consumer-protection-rights", EDU, ".gov.uk"),
        ("https://medium.com/@jane/why-empathy-scales-9f8e7d", EDU, "why-empathy-scales-9f8e7d"),
        ("https://jane.substack.com/p/on-hold-music", EDU, "jane.substack.com is a blog on substack.com"),
        ("https://someone.github.io/posts/my-first-year-on-the-phones", EDU, "someone.github.io"),
        ("https://example.com/2023/11/my-first-escalation", EDU, "plausibly an independent blog"),
        ("https://example.com/how-we-cut-wait-times-in-half", EDU, "slug “how-we-cut-wait-times-in-half”"),
        ("https://example.com/blog/why-queues-grow?utm_source=news&utm_medium=mail", EDU, "/blog/why-queues-grow"),
        ("https://example.com/en-us/blog/queues-and-caves", EDU, "/blog/queues-and-caves"),
        # commercial: selling pages, home pages, listings, paid links
        ("https://example.com/pricing", COM, "path /pricing is a company's pricing page"),
        ("https://example.com/en-gb/plans/", COM, "path /plans"),
        ("https://example.com/buy", COM, "checkout"),
        ("https://example.com/checkout?step=2", COM, "/checkout"),
        ("https://example.com/cart", COM, "/cart"),
        ("https://example.com/shop/headsets", COM, "/shop"),
        ("https://example.com/store", COM, "/store"),
        ("https://example.com/products/widget-pro-2000", COM, "/products"),
        ("https://example.com/features/", COM, "/features"),
        ("https://example.com/demo", COM, "/demo"),
        ("https://example.com/signup", COM, "/signup"),
        ("https://example.com/free-trial", COM, "/free-trial"),
        ("https://example.com/contact-sales", COM, "/contact-sales"),
        ("https://example.com/careers/support-lead", COM, "recruiting"),
        ("https://example.com/jobs", COM, "recruiting"),
        ("https://shop.example.com/", COM, "subdomain shop.example.com"),
        ("https://apps.apple.com/app/some-helpdesk/id123", COM, "apps.apple.com is an app store"),
        ("https://play.google.com/store/apps/details?id=com.example", COM, "play.google.com"),
        ("https://www.g2.com/products/some-helpdesk/reviews", COM, "g2.com"),
        ("https://example.com/", COM, "the home page of example.com"),
        ("https://acme-support-tools.com", COM, "home page"),
        ("https://www.zendesk.com/", COM, "zendesk.com is a customer-service software vendor; this is its home page"),
        ("https://www.zendesk.com/about/", COM, "is a company page"),
        ("https://www.amazon.com/s?k=customer+service+books", COM, "not a single item"),
        ("https://example.com/blog/post?ref=partner42", COM, "parameter ref=partner42"),
        ("https://example.com/blog/post?aff=12", COM, "parameter aff=12"),
        ("https://example.com/blog/post?affiliate=jane", COM, "affiliate"),
        ("https://example.com/blog/post?coupon=SAVE20", COM, "coupon=SAVE20"),
        ("https://example.com/blog/post?promo=SPRING", COM, "promo=SPRING"),
        ("https://example.com/blog/post?via=jane", COM, "via=jane"),
        ("https://example.com/blog/post?referral=abc", COM, "referral=abc"),
        ("https://example.com/referrals/ABC123", COM, "path /referrals/ is a referral"),
        ("https://www.amazon.com/dp/0123456789?tag=jane-20", COM, "parameter tag=jane-20"),
        # company-owned education
        ("https://www.zendesk.com/blog/customer-service-tips/", VEN, "company-owned education"),
        ("https://support.zendesk.com/hc/en-us/articles/4408-set-up-triggers", VEN, "zendesk.com is a customer"),
        ("https://www.intercom.com/resources/guides/support-metrics", VEN, "intercom.com"),
        ("https://blog.hubspot.com/service/customer-retention", VEN, "hubspot.com"),
        ("https://help.freshdesk.com/support/solutions/articles/123", VEN, "freshdesk.com"),
        ("https://acmehelpdesk.com/blog/ten-tips-for-agents", VEN, "ends in “desk”"),
        ("https://getacme.io/blog/ten-tips", VEN, "starts with “get”"),
        # retail listing of an item, no paid parameters
        ("https://www.amazon.com/dp/0123456789", RET, "amazon.com is a shop; /dp/ is a single item"),
        ("https://www.amazon.co.uk/Effortless-Experience/dp/1591846331?ref_=nav_signin", RET, "amazon.co.uk"),
        ("https://bookshop.org/p/books/the-effortless-experience/123", RET, "bookshop.org"),
        ("https://www.ebay.com/itm/1234567", RET, "/itm/"),
        ("https://www.etsy.com/listing/123/handmade-thing", RET, "/listing/"),
        # opaque: the destination cannot be judged
        ("https://bit.ly/3abcd", OPQ, "bit.ly is a URL shortener"),
        ("https://t.co/xyz", OPQ, "t.co"),
        ("https://amzn.to/abc", OPQ, "amzn.to"),
        ("https://linktr.ee/someone", OPQ, "linktr.ee"),
        ("https://l.facebook.com/l.php?u=https%3A%2F%2Fspam.example.net", OPQ, "l.facebook.com forwards"),
        ("https://www.google.com/url?q=https://spam.example.net", OPQ, "parameter q= carries another address"),
        ("https://example.com/redirect?to=https://spam.example.net", OPQ, "parameter to="),
        ("https://example.com/go/best-headset", OPQ, "path /go/ forwards"),
        ("https://203.0.113.9/offer", OPQ, "203.0.113.9 is a raw IP address"),
        ("http://[2001:db8::1]/x", OPQ, "raw IP address"),
        ("https://trusted.example.org@spam.example.net/", OPQ, "hides its real host spam.example.net"),
        ("https://intranet.local/wiki", OPQ, "intranet.local is not a public domain"),
        ("javascript:alert(1)", OPQ, "scheme javascript: is not a web page"),
        ("ftp://files.example.org/guide.pdf", OPQ, "scheme ftp:"),
        ("data:text/html,hello", OPQ, "scheme data:"),
        ("hello there", OPQ, "is not a web address"),
        # neither article nor commercial
        ("https://www.youtube.com/watch?v=abc", NON, "youtube.com hosts videos"),
        ("https://youtu.be/abc", NON, "youtu.be"),
        ("https://vimeo.com/12345", NON, "vimeo.com"),
        ("https://open.spotify.com/episode/abc", NON, "podcasts and audio"),
        ("https://podcasts.apple.com/us/podcast/cx-talk/id123", NON, "podcasts.apple.com"),
        ("https://www.linkedin.com/in/someone", NON, "social-media posts and profiles"),
        ("https://x.com/someone/status/1", NON, "x.com"),
        ("https://twitter.com/someone", NON, "twitter.com"),
        ("https://www.facebook.com/groups/cs-pros", NON, "facebook.com"),
        ("https://www.instagram.com/p/abc/", NON, "instagram.com"),
        ("https://www.tiktok.com/@someone/video/1", NON, "tiktok.com"),
        ("https://www.reddit.com/r/talesfromtechsupport/comments/abc/title/", NON, "forum threads"),
        ("https://www.quora.com/How-do-I-handle-angry-customers", NON, "quora.com"),
        ("https://medium.com/@jane", NON, "/@jane is a front page or profile"),
        ("https://jane.substack.com/", NON, "this is its home page"),
        ("https://blog.example.com/", NON, "home page of a blog"),
        ("https://example.com/blog", NON, "/blog is a front page"),
        ("https://www.zendesk.com/blog/", NON, "/blog is a front page"),
        ("https://example.com/tag/empathy", NON, "/tag/ is a listing"),
        ("https://www.nytimes.com/", NON, "nytimes.com is a publisher or reference work; this is its home page"),
        ("https://example.com/about", NON, "neither clearly an article nor selling"),
        ("https://example.com/2023/11/02/", NON, "neither clearly an article"),
        # this forum
        ("https://frontline.example.org/t/escalations", INT, "frontline.example.org is this forum"),
    ],
)
def test_each_kind_of_destination_is_recognised_by_its_signal(url: str, kind: LinkKind, signal: str) -> None:
    info = classify_link(url, DEFAULTS)
    assert (info.kind, signal in info.why) == (kind, True), info.why


@pytest.mark.parametrize(
    ("pins", "url", "kind", "signal"),
    [
        ({"example.com": DomainPin.TRUSTED}, "https://example.com/", EDU, "moderators pinned example.com as a trusted"),
        ({"example.com": DomainPin.TRUSTED}, "https://news.example.com/pricing", EDU, "trusted publisher"),
        ({"bit.ly": DomainPin.TRUSTED}, "https://bit.ly/abc", EDU, "bit.ly as a trusted"),
        ({"example.com": DomainPin.TRUSTED}, "https://example.com/a?ref=me", COM, "parameter ref=me"),
        ({"example.com": DomainPin.COMMERCIAL}, "https://example.com/2024/05/an-article", COM, "pinned example.com as "
                                                                                          "commercial"),
        ({"wikipedia.org": DomainPin.BLOCKED}, "https://en.wikipedia.org/wiki/Queue", COM, "as blocked"),
        ({"blog.example.com": DomainPin.BLOCKED}, "https://blog.example.com/a-b-c", COM, "blog.example.com"),
        ({"blog.example.com": DomainPin.BLOCKED}, "https://example.com/a-b-c", EDU, "independent blog"),
    ],
)
def test_moderator_pins_on_a_domain_or_parent_override_the_heuristics(
    pins: dict[str, DomainPin], url: str, kind: LinkKind, signal: str
) -> None:
    settings = DEFAULTS
    for domain, pin in pins.items():
        settings = settings.with_pin(domain, pin)
    info = classify_link(url, settings)
    assert (info.kind, signal in info.why) == (kind, True), info.why


def test_pins_stored_as_plain_strings_work_too() -> None:
    settings = PolicySettings.from_dict({"domain_pins": {"Example.com": "blocked"}})
    assert classify_link("https://example.com/2024/05/a-b", settings).kind is COM


def test_admin_added_shorteners_and_vendors_are_honoured() -> None:
    settings = PolicySettings(extra_shorteners=("Sho.rt",), extra_vendor_domains=("newdesk.io",))
    assert classify_link("https://sho.rt/abc", settings).kind is OPQ
    assert classify_link("https://help.newdesk.io/kb/setting-up-queues", settings).kind is VEN
    assert classify_link("https://newdesk.io/", settings).kind is COM


@pytest.mark.parametrize("params", ["utm_source=x", "utm_medium=email&utm_campaign=spring", "UTM_Content=a",
                                    "fbclid=abc", "gclid=1"])
def test_tracking_parameters_do_not_make_an_article_commercial(params: str) -> None:
    assert classify_link(f"https://example.com/blog/why-queues-grow?{params}", DEFAULTS).kind is EDU


def test_the_anchor_text_never_matters_only_the_destination() -> None:
    (commercial,) = find_links("[a great article on empathy](https://example.com/pricing)")
    (educational,) = find_links("[BUY NOW cheap helpdesk](https://en.wikipedia.org/wiki/Empathy)")
    assert classify_link(commercial, DEFAULTS).kind is COM
    assert classify_link(educational, DEFAULTS).kind is EDU


@pytest.mark.parametrize("text", ["hxxps://example[.]com/2024/05/a-b", "example dot com", "spam(.)com/x"])
def test_an_address_written_to_dodge_filters_is_opaque_whatever_it_points_to(text: str) -> None:
    (link,) = find_links(text)
    info = classify_link(link, DEFAULTS)
    assert info.kind is OPQ and "dodge filters" in info.why


def test_a_link_info_carries_the_normal_url_and_the_registrable_domain() -> None:
    (link,) = find_links("see Blog.Example.co.uk/2024/05/on-hold-music")
    info = classify_link(link, DEFAULTS)
    expected = ("https://blog.example.co.uk/2024/05/on-hold-music", "example.co.uk", EDU)
    assert (info.url, info.domain, info.kind) == expected
    assert classify_link("Blog.Example.co.uk/2024/05/on-hold-music", DEFAULTS) == info


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("blog.example.co.uk", "example.co.uk"),
        ("example.com", "example.com"),
        ("a.b.c.example.com", "example.com"),
        ("WWW.Example.COM.", "example.com"),
        ("example.com:8080", "example.com"),
        ("someone.github.io", "someone.github.io"),
        ("someone.blogspot.com", "someone.blogspot.com"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de"),
        ("192.0.2.7", "192.0.2.7"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("localhost", "localhost"),
    ],
)
def test_registrable_domain_follows_the_public_suffix_list(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


def test_the_public_suffix_list_is_read_from_the_bundled_snapshot_with_the_network_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network is disabled in this test")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    fresh = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)
    assert fresh.extract_str("news.example.co.uk").top_domain_under_public_suffix == "example.co.uk"
    assert registrable_domain("fresh-host-for-this-test.example.com.au") == "example.com.au"


def test_every_reason_is_a_sentence_naming_its_signal() -> None:
    for url in ("https://example.com/", "https://bit.ly/x", "https://youtu.be/x", "https://example.com/pricing",
                "https://www.amazon.com/dp/0123456789", "https://www.zendesk.com/blog/a-b-c",
                "https://en.wikipedia.org/wiki/X"):
        why = classify_link(url, DEFAULTS).why
        assert len(why.split()) >= 4
        assert any(part in why for part in ("example.com", "bit.ly", "youtu.be", "/pricing", "amazon", "zendesk",
                                            "wikipedia"))
