"""``link_promotion`` (reject): the comment exists to get a link clicked.

Signs (docs/policy.md §4): little beyond introducing the link ("check out my article", a bare URL), keyword-rich
anchors ("[best help desk software 2025](...)"), follow/subscribe pushes, brief praise plus a link. Without
any link: pushes to follow, subscribe or like ("subscribe to my channel", "like this comment", "link in my
bio") promote whatever surrounds them; the author's own course, book or channel offered in a comment that
contributes nothing specific promotes it, and so does the author's own programme, coaching or workshop offered
with a call to action ("my coaching program … DM me to book"), however specific the rest; one mentioned in a
story with no call to action is not promotion. The author's time or work sold without a link is promotion too: a
price or payment asked beside a call to action ("I sell it for a small fee, DM me"), beside the author's own place
to get it ("a guide … on my website, readers get 30% off") or beside a second term of the offer ("we supply agents,
minimum 5 seats, billing by the hour"), a call or session
booked with the author ("book a call with me") or a keyword to send ("DM me EBOOK") beside their own service or
work. A link introduced by a comment that makes its own specific contribution is not promotion, even the author's
own article (docs/policy.md tie-breakers); so intro phrases only count when the value judgement found nothing
concrete. Keyword-stuffed anchors and follow/subscribe pushes beside a link are promotion whatever surrounds them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from forum.policy.cues import Cues
from forum.policy.lexicon.commerce import (
    BOOKED_WITH_AUTHOR,
    CALLS_TO_ACTION,
    FOLLOW_PUSHES,
    LINK_ASKS,
    LINK_INTRO,
    OWN_OFFER_CUES,
    OWN_OFFER_NAMED,
    OWN_SERVICE,
    PRODUCT_GETS,
    SALE_CUES,
    SELF_PROMO_PUSHES,
    SEO_WORDS,
)
from forum.policy.links import destination_key
from forum.policy.rule import Rule
from forum.policy.scan import CharClass
from forum.policy.strip import WORD_CLASS
from forum.policy.text import quote, unquoted_words
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context
    from forum.policy.substance import Substance

MESSAGE = ("This comment mainly promotes a link. Say in your own words what you learned, did or ask — one "
           "link to an educational article can then support it.")

# Over Substance.words_text (" word word . word "): spaces around make every cue whole words.
_INTRO = Cues(LINK_INTRO)
_FOLLOW = Cues(FOLLOW_PUSHES)
_ASKS = Cues(LINK_ASKS)
_ANCHOR_WORD = re.compile(r"[\w-]+")
_SELF_PROMO = Cues(SELF_PROMO_PUSHES)
_OWN_OFFER = Cues(OWN_OFFER_CUES)
_OWN_NAMED = Cues(OWN_OFFER_NAMED)
_CALL_TO_ACTION = Cues(CALLS_TO_ACTION)
_SALE = Cues(SALE_CUES)
_BOOKED = Cues(BOOKED_WITH_AUTHOR)
_OWN_SERVICE = Cues(OWN_SERVICE)
# Where the author's own work is to be had: "on my website", "on my channel".
_OWN_PLACE = re.compile(r" on my (?:website|site|channel|page|profile|blog|shop|store)(?= )")
# A keyword to send for the offer, written in capitals: "DM me EBOOK", "comment GUIDE below".
_KEYWORD_ASK = re.compile(r"\b(?i:dm|pm|message|inbox|text|comment|reply|email)(?i: me| us)?(?i: the word)? "
                          r"[\"“']?[A-Z]{3,}\b")
_CAPITAL = CharClass(re.compile("[A-Z]"))  # three in a row in every keyword ask: looked for first
_PRAISE = frozenset({"praise", "thanks", "reaction", "agreement"})
_STUFFED_ANCHOR = 8  # words: an anchor this long with four selling words is keyword stuffing, not a title
_KEYWORD_LINE = 12  # words: a comment this short made of selling words is a keyword line
_SHORT = 25  # words: a thin comment this short with generic words and a link is praise plus a link


def keyword_anchor(anchor: str) -> bool:
    """An anchor of two or more words, at least half of them selling words ("best crm software")."""
    words = _ANCHOR_WORD.findall(anchor.lower())
    selling = sum(w in SEO_WORDS for w in words)
    # or a long anchor stuffed with several ("best customer service tips for call center agents 2024 top 10 …")
    return len(words) >= 2 and (selling * 2 >= len(words) or (len(words) >= _STUFFED_ANCHOR and selling >= 4))


def _self_promotion(ctx: Context) -> str:
    """Follow/subscribe/like pushes (whatever surrounds them), or the author's own offer in a thin comment."""
    words, vocab = ctx.substance.words_text, ctx.substance.vocab
    push = _SELF_PROMO.search(words, vocab)  # the cues' own words gate the search (forum.policy.cues)
    if push and push.group(0).split()[0] in _BARE_VERBS and \
            _REPORTED_PUSH.search(words, max(0, push.start() - 14), push.start() + 1):
        push = None  # "customers who subscribe to our outage alerts": what others do, not a push at the reader
    if push and ctx.value.kind == "ok" and (unquoted := unquoted_words(ctx.prose)) is not None:
        # a push quoted in a comment of substance ("we ended calls with 'please like our page'") is reported
        push = _SELF_PROMO.search(unquoted, frozenset(unquoted.split()))
    if push:
        return push.group(0).strip()
    if ctx.value.kind != "ok":
        offer = _OWN_OFFER.search(words, vocab)
        if offer:
            return offer.group(0).strip()
    offer = _OWN_NAMED.search(words, vocab)
    if offer:  # "my coaching program ... DM me to book": an offer with a call to action, whatever surrounds it
        action = _CALL_TO_ACTION.search(words, vocab)
        if action:
            return f"{offer.group(0).strip()} … {action.group(0).strip()}"
    return _sold(ctx, words)


def _sold(ctx: Context, words: str) -> str:
    """The author's time or work sold to readers without a link: a price or payment asked beside a call to
    action, a call or session booked with the author, or a keyword to send for it, beside their own offer."""
    vocab = ctx.substance.vocab
    sale = _SALE.search(words, vocab)
    booked = _BOOKED.search(words, vocab)
    keyword = _KEYWORD_ASK.search(ctx.prose) if _CAPITAL.run_in(ctx.prose, 3) else None
    if sale:
        action = _CALL_TO_ACTION.search(words, vocab) or booked or keyword
        if action:
            return f"{sale.group(0).strip()} … {action.group(0).strip()}"
        terms = next((m for m in _SALE.finditer(words, vocab) if m.group(0) != sale.group(0)), None)
        if terms:  # "we supply trained agents … minimum 5 seats, billing by the hour": an offer with its terms
            return f"{sale.group(0).strip()} … {terms.group(0).strip()}"
        trend = _TREND.search(words, max(0, sale.start() - 12), sale.start() + 1)
        if ctx.offered and not trend:  # "I sell refurbished headsets cheap, check my listing <link>": the shop
            return f"{sale.group(0).strip()} … {quote(ctx.offered[0].found.raw, 60)}"
        own = _OWN_SERVICE.search(words, vocab) or _OWN_NAMED.search(words, vocab)
        where = _OWN_PLACE.search(words)
        if where:  # "a downloadable guide on my website, readers get 30% off": own work, priced, placed
            return " … ".join(m.group(0).strip() for m in (own, where, sale) if m)
    if booked or keyword:
        offer = (_OWN_SERVICE.search(words, vocab) or _OWN_NAMED.search(words, vocab)
                 or _OWN_OFFER.search(words, vocab))
        # a keyword to send beside a money-making pitch ("I'll explain how I started … message me INFO")
        pitched = keyword is not None and "chain_letter" in ctx.substance.categories
        if offer or ctx.value.kind != "ok" or pitched:
            return " … ".join(m.group(0).strip() for m in (offer, booked or keyword) if m)
        if booked and ctx.offered:  # "book a free audit with me here: <link>": the author's time, and where to buy it
            return f"{booked.group(0).strip()} … {quote(ctx.offered[0].found.raw, 60)}"
    return ""


# Before "at 900 a day": a figure that rose or peaked there, not a price
_TREND = re.compile(r" (?:peaked|peak|peaks|rose|fell|grew|dropped|averaged|averaging|stood|stayed|hit|reached|ran) $")
_BARE_VERBS = frozenset({"subscribe", "sub", "follow", "like", "join", "visit", "check", "watch", "read", "see"})
_REPORTED_PUSH = re.compile(r" (?:who|that|they|customers|people|users|members|callers|subscribers|we|to) $")


# A push straight at the address: "visit", "head to", "go to", an arrow; a spaced-out scheme or "www" may sit
# between ("-> w w w . x . com").
_PUSH_AT = re.compile(r"(?:\b(?:visit|head (?:over )?to|go (?:over )?to|check out|click|try)|->|-->|→|=>|👉)\W{0,3}"
                      r"(?:h\s?t\s?t\s?p\s?s?\s?:\s?/\s?/\s?)?(?:w\s?w\s?w\s?\.?\s?)?$", re.IGNORECASE)


def _pushed_at(ctx: Context) -> str:
    """A link the reader is pushed straight at ("visit", "head to", "->", "👉"): promotion when the address is
    written to dodge the link filter ("laptopfixhub [dot] net": hiding a link while selling it, however specific
    the rest), or when the comment is thin, a keyword line, or introduces its own thing right before it ("grab
    my free bundle 👉 …"). A dodged address in a thin comment promotes it even unpushed. A dodged address merely
    named in a comment of substance is held as opaque (link_kinds); "the research summary here 👉 <link>" is a
    citation."""
    # thin, or a line of selling keywords ("top rated call centre software for 2026 👉"), whatever figure it has
    thin = ctx.value.kind != "ok" or (ctx.substance.words <= _KEYWORD_LINE and keyword_anchor(ctx.prose))
    for link in ctx.offered:  # each destination where it first appears
        found = link.found
        if found.syntax == "obfuscated" and thin:  # "get 1000 real followers fast: socialboost (dot) com"
            return f"{quote(found.raw, 60)}, written to dodge the link filter"
        if found.syntax == "obfuscated":  # "we use acme dot com, only $29 a month, check them out"
            words, vocab = ctx.substance.words_text, ctx.substance.vocab
            action = _CALL_TO_ACTION.search(words, vocab) or _GETS.search(words, vocab)
            if action:
                return f"{quote(found.raw, 60)}, written to dodge the link filter … {action.group(0).strip()}"
        before = ctx.source[max(0, found.start - 40):found.start]
        if not _PUSH_AT.search(before):
            continue
        words_before = _words_before(ctx, found.start)
        if found.syntax == "obfuscated" or thin or _OWN_INTRO.search(words_before) or _FREE_OFFER.search(words_before):
            return f"{before.strip()} {quote(found.raw, 60)}"
    return ""


# The author's own thing introduced: "grab my", "download our", "my free guide".
_OWN_INTRO = re.compile(r" (?:grab|download|get) (?:my|our) | (?:my|our) (?:free|new|latest) (?:[\w-]+ ){0,3}"
                        r"(?:guide|e-?book|course|pack|bundle|templates?|checklist|report|whitepaper|toolkit|"
                        r"playbook|scripts|macros|cheat sheet) ")
_GETS = Cues(PRODUCT_GETS)
# A giveaway right before the pushed link: "free 50-page playbook, no email needed 👉 …"
_FREE_OFFER = re.compile(r" free (?:[\w-]+ ){0,3}(?:guide|e-?book|checklist|templates?|course|toolkit|pdf|playbook|"
                         r"bundle|pack|scripts|workbook|planner) ")
# The author's own piece introduced: "I also wrote about this here", "I've written on the same topic on my blog".
_OWN_ARTICLE = re.compile(r" i(?:'ve| have)? (?:also |just |recently )?(?:wrote|written|blogged|posted|published|"
                          r"expanded|went deeper) (?:a post |an article |a piece |something |more )?(?:about |on )"
                          r"(?:[\w-]+ ){0,5}(?:here|below|too|as well|on my blog|on my site) ")
_ASK_REACH = 120  # characters before a link where an ask or an introduction is read as the link's
_NOT_WORD = re.compile(r"[^\w'$%-]+")


def _words_before(ctx: Context, start: int) -> str:
    """The words right before a link, as Substance.words_text spells them (lower case, spaced)."""
    return " " + _NOT_WORD.sub(" ", ctx.source[max(0, start - _ASK_REACH):start].lower()).strip() + " "


def _asked(ctx: Context) -> str:
    """An ask for a link ("sign here", "please donate", "hire me", "download our free report") right before it,
    or anywhere in a thin comment."""
    found = _ASKS.search(ctx.substance.words_text, ctx.substance.vocab)
    if not found or ctx.value.kind != "ok":  # none anywhere (most comments), or thin: anywhere will do
        return found.group(0).strip() if found else ""
    for link in ctx.offered:
        words = _words_before(ctx, link.found.start)
        found = _ASKS.search(words, frozenset(words.split()))
        if found:
            return found.group(0).strip()
    return ""


def _evidence(ctx: Context) -> str:
    offered = ctx.offered
    words, vocab = ctx.substance.words_text, ctx.substance.vocab
    promo = _self_promotion(ctx)
    if promo:
        return promo
    follow = _FOLLOW.search(words, vocab)
    if not offered:
        return follow.group(0).strip() if follow and ctx.value.kind != "ok" else ""
    # "Great post! I also wrote about appreciation here, check it out: <link>": praise, and the link is the comment
    # (not "I wrote about our move to 4x10 shifts here, with the rota we used": the author's own specifics)
    substance = ctx.substance
    praised = not _PRAISE.isdisjoint(substance.categories)
    own = _OWN_ARTICLE.search(words) if (praised or _opens_generic(substance)) and substance.words <= _SHORT else None
    if own:
        return f"{own.group(0).strip()} … {quote(offered[0].found.raw, 60)}"
    keys = {lk.key for lk in offered}
    for found in ctx.found:
        if found.anchor_text and keyword_anchor(found.anchor_text) and destination_key(found.url) in keys:
            return f"anchor “{quote(found.anchor_text, 50)}”"
    if follow:
        return follow.group(0).strip()
    ask = _asked(ctx)
    if ask:  # "sign here", "please donate", "hire me": the link is a cause's or a seller's
        return f"{ask} … {quote(offered[0].found.raw, 60)}"
    pushed = _pushed_at(ctx)
    if pushed:
        return pushed
    if ctx.value.kind == "ok":
        return ""
    if substance.words <= 3:
        return f"the link alone: {quote(offered[0].found.raw, 60)}"
    intro = _INTRO.search(words, vocab)
    if intro:
        return f"“{intro.group(0).strip()}” {quote(offered[0].found.raw, 60)}"
    if ctx.value.kind == "brief":
        return quote(offered[0].found.raw, 60)
    if praised or (_opens_generic(substance) and substance.words < _SHORT):
        return f"praise and a link: {quote(offered[0].found.raw, 60)}"  # "Nice article, mine is here: <link>"
    return ""


def _opens_generic(substance: Substance) -> bool:
    """The comment's first word is a generic one ("Nice", "Great"): how praise plus a link opens."""
    return bool(substance.norms) and WORD_CLASS.get(substance.norms[0]) == "generic"


def check(ctx: Context) -> Reason | None:
    """Reject a comment that mainly promotes a link."""
    evidence = _evidence(ctx)
    return RULE.reason(MESSAGE, evidence) if evidence else None


RULE = Rule(
    "link_promotion", Decision.REJECT, "Promotes a link or a channel",
    "The comment exists to get something clicked or followed: little beyond introducing a link, a bare URL, "
    "keyword-rich anchors, follow/subscribe/like pushes, brief praise plus the author's own link, the author's "
    "own course or coaching offered with a call to action (\"DM me to book\").",
    "Say in your own words what you learned, did or ask; one educational link can then support it.", check,
    subsumes=frozenset({"borderline_value"}))
