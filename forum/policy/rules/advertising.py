"""``advertising`` (reject): a company, product or service advertised without a link.

Caught by its cues (docs/policy.md §4): a coupon or promo code offered, "DM me for prices", "call us now", a
phone number offered for quotes or prices, "search X on Google", "visit our website", "book a demo", a product
testimonial that pushes the reader to get it and says how ("give it a go, there's a free trial"), and the
brand "support number" and booking spam of customer-service blogs: a helpline, hotline or booking desk
recommended with its availability or a pitch ("call the 24/7 helpline of X", "book your flight with X"), but
never the author's own line or one spoken of in general ("we run the 24/7 helpline", "a hotline advertised as
24/7"); a place, call or session sold to readers ("DM me to book", "book a free strategy call"); a brand's
support number given with its phone number (the reader asked to call about their own booking or account, a
consumer's service desk, "Need Acme help?", "Acme support: 0800 …"), never "call me", a crisis line, or the
author's own desk told of in a story (those phone numbers are ``contact_info``, held).
One strong cue is enough. Weaker cues ("our platform", "free trial", "contact us") can appear in a genuine story,
so they advertise only in numbers: three different ones, or two in a comment with no specific contribution.
A vendor employee who discloses it and advertises nothing is judged like anyone (docs/policy.md tie-breakers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from forum.policy.contacts import phone_digits
from forum.policy.cues import Cues
from forum.policy.lexicon.commerce import (
    BOOKING_CUES,
    CONSUMER_DESKS,
    CONSUMER_ITEMS,
    HELPLINE_NOUNS,
    HELPLINE_PITCHES,
    PHONE_CALLS,
    PRODUCT_GETS,
    PRODUCT_PUSHES,
    STRONG_AD_CUES,
    WEAK_AD_CUES,
    WEAK_AD_WORDS,
)
from forum.policy.rule import Rule
from forum.policy.text import quote, unquoted_words
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context


# Over Substance.words_text (" word word . word "): a leading and a trailing space make every cue whole words.
# The strong cues: only those whose words the comment uses are searched (forum.policy.cues).
_STRONG = Cues(STRONG_AD_CUES)
_WEAK = Cues(WEAK_AD_CUES)
_HELPLINE = Cues(HELPLINE_NOUNS)
_PITCHES = Cues((*HELPLINE_PITCHES, *BOOKING_CUES))
_PITCH = _PITCHES.pattern
_BOOKING = Cues(BOOKING_CUES)
_CODE = re.compile(r"\b(?:code|coupon)\s?:?\s?[\"“']?([A-Z][A-Z0-9]{3,}|[A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*)\b")
_SALES_WORDS = re.compile(r"\b(?:quotes?|prices?|pricing|rates|discounts?|deals?|hire|bookings?|consultations?|"
                          r"estimates?|packages?|our services)\b", re.IGNORECASE)
# An offer made beside contact details, anywhere in the comment: the details are how to buy it ("a free audit …
# email growth@…", "fast approval, contact Mr. R on 98…", "$0.06 per word, my email is …").
_CONTACT_OFFER = re.compile(
    r"\bfree (?:[\w-]+ ){0,2}(?:audit|trial|pilot|consultation|consult|assessment|eligibility check|quote|estimate|"
    r"demo|strategy call|session|analysis)\b"
    r"|\b(?:quick|fast|instant|immediate|urgent|same[- ]day) (?:[\w-]+ )?(?:fix|approval|approvals|loan|loans|payout|"
    r"recovery|delivery|service)\b"
    r"|\b(?:without|bina) (?:cibil|credit checks?|collateral|guarantor)\b|\bloan offers?\b|\b\d+(?:\.\d+)?% interest\b"
    r"|\bvisa sponsorship\b|\bprocessing fee\b|\bget your (?:love|ex) back\b|\blove problem\b"
    r"|\bwithout (?:a )?prescription\b"
    r"|\bwalk-?in (?:drive|interviews?)\b|\bfreshers? (?:welcome|can apply|needed)\b"
    r"|\bguaranteed\b|\b(?:fix|results?|approval|refund|recovery) guarantee\b"
    r"|\b(?:limited|few|only \d+) (?:slots|seats|spots|places)\b|\bslots (?:left|available)\b"
    r"|\bper (?:word|page|minute)\b|\b(?:affordable|cheapest|discounted)\b"
    r"|\bno (?:experience (?:needed|required)|credit check|cibil|upfront (?:fee|payment)|collateral)\b"
    r"|\bwe help (?:[\w-]+ ){0,3}(?:businesses|companies|brands|teams|clients|owners|you)\b"
    r"|\b(?:he|she|they) (?:is|are) (?:very |so |really |super )?(?:fast|reliable|legit|genuine|affordable|"
    r"trustworthy)\b"
    r"|\b(?:contact|whatsapp|call|text|message|email) (?:mr|mrs|ms|dr|madam|sir)\b\.?"
    r"|\b(?:register|apply|enrol|enroll|sign up) (?:now|today|before)\b|\bto register\b"
    r"|\bcertified (?:[\w-]+ ){0,2}(?:translator|consultant|proadvisors?|experts?|technicians?|agents?|hackers?)\b"
    r"|\b(?:they|he|she) (?:resolved|fixed|sorted|solved|recovered|reversed) (?:my|it|the)\b"
    r"|\bwill (?:reverse|refund|recover|fix|resolve) it within\b|\bofficial (?:[\w-]+ ){0,2}agents?\b"
    r"|\bto apply,? send\b|\b(?:send|email) (?:your )?(?:full name|date of birth|address and)\b"
    r"|\bwe provide (?:[\w-]+ ){0,3}(?:csrs?|agents|staff|seats|reps)\b|\bregister (?:through|with|via)\b"
    r"|\b(?:tell|inform) (?:him|her|them) (?:[\w-]+ )?(?:referred|sent) you\b|\bcontact (?:him|her) (?:today|now)\b"
    r"|\b(?:he|she) (?:also )?(?:cures?|hacks?|hacked into)\b|\bherbal (?:medicine|doctor|cure|remedy)\b"
    r"|\bspell ?casters?\b|\bany amount (?:will|would|can)\b|\bfor a small fee\b|\bhighly recommend\b"
    r"|\brecommend(?:ed)? (?:them |him |her |it )?to every(?:one|body)\b"
    r"|\b(?:lowest|best|cheapest) (?:rates|prices|fares|deals)\b|\blast-minute (?:deals|cabins|offers|rooms)\b"
    r"|\bcouple-friendly\b|\bplease help me\b|\bneeds? (?:an? )?(?:surgery|operation|treatment)\b"
    r"|\b(?:needs|wants) (?:help|someone|a writer) (?:with|to write) (?:[\w-]+ ){0,3}(?:assignments?|essays?|homework|"
    r"coursework|thesis|dissertation)\b|\b(?:investment|account|fund|portfolio) manager\b"
    r"|\blove spell\b|\bbrought back my (?:ex|lover|husband|wife|partner)\b|\bring our\b"
    r"|\bhere at [A-Z][\w&'-]*(?: [A-Z0-9][\w&'/-]*){0,5},? we\b|\bescr[ií]benos\b|\bdesde \d+ d[óo]lares\b"
    r"|\b(?:they|he|she) (?:resolved|fixed|sorted|solved) (?:my|it|the) (?:[\w-]+ )?(?:issue|problem|account)\b"
    r"|\bmy (?:gcash|paypal|venmo|cash ?app|m-?pesa|paytm|upi)(?: number| id)? is\b|\bpr[ée]stamos\b"
    r"|\b(?:text|call|whatsapp|message|dm)\s+to join\b|\b\d+ (?:pesos|rupees|naira|shillings|rand)\b"
    r"|\b(?:first|your first) (?:[\w-]+ )?\d+ ?(?:%|percent) off\b"
    r"|\bour (?:staffing|recruitment|marketing|seo|outsourcing|web design|design|digital) agency\b"
    r"|\b(?:ethical|professional|certified) hackers?\b",
    re.IGNORECASE)
MESSAGE = ("Comments here can't advertise a company, product or service. Remove the sales pitch and keep "
           "your experience or your question.")


# Before a helpline noun: the author's own line ("our booking line", "we run the 24/7 helpline") or one spoken of
# in general ("a hotline that is advertised as 24/7"), never a brand's line recommended to the reader.
_OWNED = re.compile(r" (?:our|my|a|an|we (?:run|staff|answer|manage|operate|opened|closed|built|launched|set up|"
                    r"moved|cover|covered|ran|staffed|answered|managed) (?:the|a|an|our))(?: [\w-]+){0,3} $")


# A third party's desk the reader is told to contact: "contact the Amex card protection team", "ring their desk".
_PITCH_REACH = 100  # characters of words_text either side of a helpline noun where its pitch is looked for
_CONTACT_THEIR = re.compile(r" (?:contact|call|ring|rang|called|dial|phone|reach|message|ask for) (?:the|their) "
                            r"(?:[\w-]+ ){0,3}(?:team|line|desk|department|office|specialists?|experts?) ")


def _helpline(words: str, vocab: frozenset[str]) -> str:
    """A brand's helpline or booking desk recommended with its availability or a pitch ("24/7", "best deals"), or a
    third party's desk the reader is told to contact about their own purchase ("your card … contact the … team")."""
    booking = _BOOKING.search(words, vocab)
    if booking:
        return booking.group(0).strip()
    nouns = [m for m in _HELPLINE.finditer(words, vocab)  # "call Acme support" is a brand's line, whoever speaks
             if m.group(0).startswith(" call ") or not _OWNED.search(words, max(0, m.start() - 60), m.start() + 1)]
    if not nouns and " your " in words and _ITEM.search(words):  # "a charge on your card? Contact the Amex team …"
        nouns = [m for m in (_CONTACT_THEIR.search(words),) if m]
    if not nouns:
        return ""
    # The pitch sells a line it stands near ("the Acme helpline, open 24/7"), not one in another part of a story
    # ("… instead of the help desk. A moderator now routes it within the hour").
    pitches = list(_PITCHES.finditer(words, vocab))
    for noun in nouns:
        near = range(noun.start() - _PITCH_REACH, noun.end() + _PITCH_REACH)
        pitch = next((m for m in pitches if m.start() in near or m.end() in near), None)
        if pitch:
            return f"{noun.group(0).strip()} … {pitch.group(0).strip()}"
    return ""


_PUSH = Cues(PRODUCT_PUSHES)
_GETS = Cues(PRODUCT_GETS)


def _testimonial(words: str, vocab: frozenset[str]) -> str:
    """A product testimonial that sells: the reader pushed to get a product ("give it a go", "highly recommend
    everyone to try it") and told how ("free version on the app store", "14-day trial", "just search X")."""
    push = _PUSH.search(words, vocab)
    get = _GETS.search(words, vocab) if push else None
    return f"{push.group(0).strip()} … {get.group(0).strip()}" if push and get else ""


def _alternatives(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in cues) + r")\b")


_PHONE_CALL = _alternatives(PHONE_CALLS)
_DESK = _alternatives(CONSUMER_DESKS)
_ITEM = _alternatives(CONSUMER_ITEMS)
# "Need Acme help?": a brand's help offered by its name (a capitalised name, then help, support or assistance).
_BRAND_HELP = re.compile(r"\b(?i:need|want|for|get) (?:[A-Z][\w&'.-]*\s){1,3}(?i:help|support|assistance|service)\b")
# A directory-style label right before the number: "Orbit Mobile support: 0800 …", "Acme helpline - 1-800 …",
# "Acme support phone number ☎ +1 …".
_BRAND_LABEL = re.compile(r"\b[A-Z][\w&'.-]*(?: [A-Z][\w&'.-]*){0,2} (?i:support|helpline|hotline|help ?desk|"
                          r"customer (?:service|care|support)|bookings?|reservations?|tech support)"
                          r"(?i: phone)?(?i: number| line| no\.?)?\s?(?:[:–-]|☎|📞|☏)?\s?$")
# The author's own desk in a story ("our support line", "we ran the booking desk"): only a thin comment sells it.
_OWN_DESK = re.compile(r"(?:\bour|\bmy|\bwe \w+ (?:the|a|our))\s(?:[\w-]+\s){0,2}$")
_OWNER = re.compile(r"\b(?:our|my)\s")
_NOT_WORD = re.compile(r"[^\w'&-]+")


def _support_number(ctx: Context) -> str:
    """A brand's "support number" or booking line given with its phone number: the reader is asked to call it
    about their own purchase ("call 1-866-… to change your booking"), a consumer's service desk, or a brand's
    help offered by name ("Need Acme help? Call …"). "Call me", a crisis line or a colleague's number is not."""
    for what, start, end in ctx.contacts:
        if "@" in what or phone_digits(what) < 7:
            continue
        raw = ctx.text[max(0, start - 160):end + 100]
        window = " " + _NOT_WORD.sub(" ", raw.lower()) + " "
        call = _PHONE_CALL.search(window)
        label = _BRAND_LABEL.search(ctx.text, max(0, start - 60), start)
        if label and not _OWNER.search(ctx.text[max(0, label.start() - 12):label.end()].lower()):
            # "Orbit Mobile support: 0800 …": a brand's line listed for readers to use (not "our EAP helpline:")
            return f"{label.group(0).strip()} {quote(what, 30)}"
        item = _ITEM.search(window) or _BRAND_HELP.search(raw)
        desk = _DESK.search(window)
        if desk and _OWN_DESK.search(window, 0, desk.start()) and ctx.value.kind == "ok" and not _PITCH.search(window):
            desk = None  # the author's own desk in a story: contact_info holds the number
        # Asked to call about a purchase, a brand's help or a consumer desk; or, without a call, a brand's help
        # or a purchase given a consumer desk's number ("Need Acme help? Their customer team is on …").
        cue = (item or desk) if call else (desk if item else None)
        if cue:
            return f"{(call or item).group(0).strip()} {quote(what, 30)} … {cue.group(0).strip()}"
    return ""


def _strong(words: str, vocab: frozenset[str]) -> str:
    """The leftmost strong cue in ``words``, trying only the cues whose words the comment uses."""
    found = _STRONG.search(words, vocab)
    return found.group(0).strip() if found else ""


def _evidence(ctx: Context) -> str:
    words = ctx.substance.words_text
    strong = _strong(words, ctx.substance.vocab)
    if strong and ctx.value.kind == "ok" and (unquoted := unquoted_words(ctx.prose)) is not None:
        strong = _strong(unquoted, frozenset(unquoted.split()))  # a scam text quoted to warn sells nothing
    if strong:
        return strong
    if "code" in words or "coupon" in words:
        code = _CODE.search(ctx.prose)
        if code:
            return code.group(0)
    helpline = _helpline(words, ctx.substance.vocab) or _testimonial(words, ctx.substance.vocab)
    if helpline and ctx.value.kind == "ok" and (unquoted := unquoted_words(ctx.prose)) is not None:
        # a desk a member reports being searched for ('customers searched for "customer care"') is not sold
        vocab = frozenset(unquoted.split())
        helpline = _helpline(unquoted, vocab) or _testimonial(unquoted, vocab)
    if helpline:
        return helpline
    number = _support_number(ctx) if ctx.contacts else ""
    if number:
        return number
    for contact, start, end in ctx.contacts:
        sales = _SALES_WORDS.search(ctx.text, max(0, start - 60), end + 60)
        if sales:
            return f"{contact} … {sales.group(0)}"
    offer = _CONTACT_OFFER.search(ctx.prose) if ctx.contacts else None
    if offer:
        return f"{ctx.contacts[0][0]} … {offer.group(0)}"
    if len(WEAK_AD_WORDS.intersection(ctx.substance.vocab)) < 2:
        return ""
    weak = list(dict.fromkeys(m.group(0).strip() for m in _WEAK.finditer(words, ctx.substance.vocab)))
    if len(weak) >= 3 or (len(weak) == 2 and ctx.value.kind != "ok"):
        return ", ".join(weak[:3])
    return ""


def check(ctx: Context) -> Reason | None:
    """Reject a comment that advertises without a link."""
    evidence = _evidence(ctx)
    if not evidence:
        return None
    return RULE.reason(MESSAGE, quote(evidence))


RULE = Rule(
    "advertising", Decision.REJECT, "Advertising",
    "Advertises a company, product or service without a link: a coupon code, \"DM me for prices\", a "
    "phone number for quotes, a helpline or booking pitch, \"search X on Google\", \"DM me to book\", a product "
    "testimonial that pushes a sign-up (\"give it a go, there's a free trial\"), SEO and guest-post outreach, an "
    "offer made beside contact details (\"a free audit, email …\", \"fast approval, call Mr. …\"), a declared plug "
    "(\"shameless plug\"), a referral ask (\"tell them I sent you\").",
    "Remove the sales pitch; keep your experience or your question.", check,
    subsumes=frozenset({"borderline_value"}))
