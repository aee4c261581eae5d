"""Word lists the policy rules read, kept as data so they can be reviewed and extended in one place.

Every list is lower case and already in the form :func:`forum.policy.text.normalise` produces (NFKC, straight
apostrophes). Phrases are space-separated words. Admins extend some lists through ``PolicySettings``
(``extra_praise_phrases``, ``extra_profanity``); the built-in lists never change at run time.
"""


def words(block: str) -> frozenset[str]:
    """The white-space separated words of ``block``, as a set (word lists are written as text blocks)."""
    return frozenset(block.split())
