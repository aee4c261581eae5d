"""The linkify windows' candidate finder agrees with the regex it stands in for.

:func:`forum.policy.comment_markdown._link_candidate` answers ``_LINK_CANDIDATE_RE.search(text, pos)`` with
str.find in ASCII text (the regex was ~30 µs of a 600-character comment with an address). Generated here:
text built from the pieces that make or almost make a candidate ("http", "https:", "www", digits, dots, the
same in capitals) among ordinary words, spaces and non-ASCII characters, searched from every position.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from forum.policy.comment_markdown import _LINK_CANDIDATE_RE, _link_candidate

_PIECES = ["http", "HTTP", "Http", "https", "hTtPs", "s", "S", ":", "/", "www", "WWW", "wWw", "ww", "w", "W", "h",
           "0", "1", "23", "456", "7890", ".", "..", " ", "\n", "\t", "x", "example", "org", "é", "ſ", "İ", "K",
           "\u212a", "٣", "httpſ:", "www١."]


def _regex(text: str, pos: int) -> int:
    found = _LINK_CANDIDATE_RE.search(text, pos)
    return found.start() if found else -1


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_candidate_is_the_regex_match(text: str) -> None:
    lower = text.lower() if text.isascii() else None
    for pos in range(len(text) + 1):
        assert _link_candidate(text, lower, pos) == _regex(text, pos)


@settings(max_examples=1000, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F), max_size=40))
def test_candidate_in_any_ascii_text(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _link_candidate(text, text.lower(), pos) == _regex(text, pos)
