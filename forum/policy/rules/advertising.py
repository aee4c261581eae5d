"""``advertising`` (reject): a company, product or service advertised without a link.

Caught by its cues (docs/policy.md §4): a coupon or promo code offered, "DM me for prices", "call us now", a
phone number offered for quotes or prices, "search X on Google", "visit our website", "book a demo", and the
brand "support number" and booking spam of customer-service blogs: a helpline, hotline or booking desk
recommended with its availability or a pitch ("call the 24/7 helpline of X", "book your flight with X"), but
never the author's own line or one spoken of in general ("we run the 24/7 helpline", "a hotline advertised as
24/7"); a place, call or session sold to readers ("DM me to book", "book a free strategy call").
One strong cue is enough. Weaker cues ("our platform", "free trial", "contact us") can appear in a genuine story,
so they advertise only in numbers: three different ones, or two in a comment with no specific contribution.
A vendor employee who discloses it and advertises nothing is judged like anyone (docs/policy.md tie-breakers).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from forum.policy.lexicon.commerce import (
    BOOKING_CUES,
    HELPLINE_NOUNS,
    HELPLINE_PITCHES,
    STRONG_AD_CUES,
    STRONG_AD_WORDS,
    WEAK_AD_CUES,
    WEAK_AD_WORDS,
)
from forum.policy.rule import Rule
from forum.policy.text import quote
from forum.policy.types import Decision, Reason

if TYPE_CHECKING:
    from forum.policy.context import Context


# Over Substance.words_text (" word word . word "): a leading and a trailing space make every cue whole words.
# Each strong cue with the listed words it contains: a cue runs only when one of them is in the comment.
_STRONG = tuple((re.compile(f" (?:{cue})(?= )"), frozenset(w for w in STRONG_AD_WORDS if w in cue))
                for cue in STRONG_AD_CUES)
_WEAK = re.compile(" (?:" + "|".join(f"(?:{c})" for c in WEAK_AD_CUES) + ")(?= )")
_HELPLINE = re.compile(" (?:" + "|".join(f"(?:{c})" for c in HELPLINE_NOUNS) + ")(?= )")
_PITCH = re.compile(" (?:" + "|".join(f"(?:{c})" for c in (*HELPLINE_PITCHES, *BOOKING_CUES)) + ")(?= )")
_BOOKING = re.compile(" (?:" + "|".join(f"(?:{c})" for c in BOOKING_CUES) + ")(?= )")
# Every helpline noun and booking cue holds one of these (over words_text): without any, nothing to match.
_HELPLINE_HINTS = ("helpline", "hotline", "toll", " number", " line", " team", " phone", " care", "reservation",
                   "booking", "support", "book your")
_CODE = re.compile(r"\b(?:code|coupon)\s?:?\s?[\"“']?([A-Z][A-Z0-9]{3,}|[A-Z0-9]*\d[A-Z0-9]*[A-Z][A-Z0-9]*)\b")
_SALES_WORDS = re.compile(r"\b(?:quotes?|prices?|pricing|rates|discounts?|deals?|hire|bookings?|consultations?|"
                          r"estimates?|packages?|our services)\b", re.IGNORECASE)
MESSAGE = ("Comments here can't advertise a company, product or service. Remove the sales pitch and keep "
           "your experience or your question.")


# Before a helpline noun: the author's own line ("our booking line", "we run the 24/7 helpline") or one spoken of
# in general ("a hotline that is advertised as 24/7"), never a brand's line recommended to the reader.
_OWNED = re.compile(r" (?:our|my|a|an|we (?:run|staff|answer|manage|operate|opened|closed|built|launched|set up|"
                    r"moved|cover|covered|ran|staffed|answered|managed) (?:the|a|an|our))(?: [\w-]+){0,3} $")


def _helpline(words: str) -> str:
    """A brand's helpline or booking desk recommended with its availability or a pitch ("24/7", "best deals")."""
    if not any(hint in words for hint in _HELPLINE_HINTS):
        return ""
    booking = _BOOKING.search(words)
    if booking:
        return booking.group(0).strip()
    noun = next((m for m in _HELPLINE.finditer(words) if not _OWNED.search(words, max(0, m.start() - 60),
                                                                            m.start() + 1)), None)
    pitch = _PITCH.search(words) if noun else None
    return f"{noun.group(0).strip()} … {pitch.group(0).strip()}" if noun and pitch else ""


def _strong(words: str, norms: tuple[str, ...]) -> str:
    """The leftmost strong cue in ``words``, trying only the cues whose words the comment uses."""
    present = STRONG_AD_WORDS.intersection(norms)
    if not present:
        return ""
    m = _strong_pattern(frozenset(i for i, (_, needs) in enumerate(_STRONG) if not needs.isdisjoint(present)))
    found = m.search(words) if m is not None else None
    return found.group(0).strip() if found else ""


@lru_cache(maxsize=256)
def _strong_pattern(cues: frozenset[int]) -> re.Pattern[str] | None:
    """One pattern for the strong cues numbered ``cues``: its match is the leftmost of theirs, and where two
    start together the earlier cue's (the alternatives are tried in order), as searching each would give."""
    if not cues:
        return None
    return re.compile(" (?:" + "|".join(f"(?:{STRONG_AD_CUES[i]})" for i in sorted(cues)) + ")(?= )")


def _evidence(ctx: Context) -> str:
    words = ctx.substance.words_text
    strong = _strong(words, ctx.substance.norms)
    if strong:
        return strong
    if "code" in words or "coupon" in words:
        code = _CODE.search(ctx.prose)
        if code:
            return code.group(0)
    helpline = _helpline(words)
    if helpline:
        return helpline
    for contact, start, end in ctx.contacts:
        sales = _SALES_WORDS.search(ctx.text, max(0, start - 60), end + 60)
        if sales:
            return f"{contact} … {sales.group(0)}"
    if len(WEAK_AD_WORDS.intersection(ctx.substance.norms)) < 2:
        return ""
    weak = list(dict.fromkeys(m.group(0).strip() for m in _WEAK.finditer(words)))
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
    "phone number for quotes, a helpline or booking pitch, \"search X on Google\", \"DM me to book\".",
    "Remove the sales pitch; keep your experience or your question.", check,
    subsumes=frozenset({"borderline_value"}))
