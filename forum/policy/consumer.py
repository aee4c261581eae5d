"""A consumer's own errand under an article: a message to a company, a plea for help, a classified ad.

Customer-service blogs draw comments written as if the blog were the help desk of a company ("my order 48213 has
not arrived, please refund me"), pleas about the author's own purchase ("has anyone had luck getting a refund from
them?") and buy-and-sell notices. They are off-topic (docs/policy.md §3) however many words of the work they
borrow ("refund", "order", "technician"). A practitioner quoting such a message, or telling it as a lesson about
the work, speaks of "we", "our" team, agents or callers, or quotes it: such a comment is not an errand.
"""

from __future__ import annotations

from forum.policy.contacts import QUOTES
from forum.policy.cues import Cues
from forum.policy.lexicon.consumer import CLASSIFIEDS, DEMANDS, PLEAS, PRACTITIONER_WORDS
from forum.policy.substance import Substance

_ERRAND = Cues((*DEMANDS, *PLEAS, *CLASSIFIEDS))


def errand(substance: Substance, prose: str) -> str:
    """The words that make ``substance`` a consumer's own errand, or "" (also when it speaks as a practitioner)."""
    if not PRACTITIONER_WORDS.isdisjoint(substance.vocab) or any(q in prose for q in QUOTES):
        return ""
    found = _ERRAND.search(substance.words_text, substance.vocab)
    return found.group(0).strip() if found else ""
