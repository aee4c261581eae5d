"""The engine's shortcuts give exactly what the long way gives (issue 12's speed pass must not change verdicts).

Each shortcut is compared with the code it stands in for, on generated text rich in what it skips:
- :func:`forum.policy.text.normalise` on ASCII text, and :func:`forum.policy.text.prose`'s prechecks, with the
  regular-expression passes they replace (kept here verbatim from before the shortcut);
- a sentence without a generic phrase, read a list at a time, with the word-at-a-time reading of any sentence;
- :func:`forum.policy.text.words` with ``WORD.findall``, and :func:`forum.policy.text.quote` with the long way.
"""

from __future__ import annotations

import html
import re
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forum.policy import substance
from forum.policy.strip import mark_phrases, names_in, phrase_index
from forum.policy.text import WORD, normalise, prose, quote, split_sentences, words

# --- the long way, as it was -------------------------------------------------------------------------------
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff\ud800-\udfff]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_MD_LINE = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,3}[.)])[ \t]+|^[ \t]*[-=*_]{3,}[ \t]*$")
_MD_CHARS = str.maketrans({c: " " for c in "*_~`"})
_SPACES = re.compile(r"[ \t\f\v]+")
_LINE_EDGES = re.compile(r" ?\n ?")


def _normalise_ascii_long_way(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    return _INVISIBLE.sub("", text)


def _prose_long_way(text: str) -> str:
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _MD_LINE.sub(" ", text).translate(_MD_CHARS)
    return _LINE_EDGES.sub("\n", _SPACES.sub(" ", text)).strip()


# --- generated text ----------------------------------------------------------------------------------------
_PIECES = [" ", "  ", "\t", "\n", "\r", "\r\n", "\f", "\v", "\x00", "\x07", "\x1b", "\x7f", "#", "## ", "> ",
           ">> ", "- ", "* ", "+ ", "1. ", "12) ", "٣. ", "---", "===", "___", "***", "<em>", "&amp;", "word",
           "Team", "queue", "*a*", "_b_", "~", "`c`", "\u2028", "\x85", "\xa0", "é", "\u200b"]
_TEXT = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=30).map("".join)
_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_TEXT)
def test_normalising_ascii_text_skips_only_what_cannot_apply(text: str) -> None:
    ascii_text = text.encode("ascii", "ignore").decode()
    assert normalise(ascii_text) == _normalise_ascii_long_way(ascii_text)


_WORDY = st.lists(st.one_of(st.sampled_from([*_PIECES, "'", "-", "’", "_", "don't", "x-ray", "--", "'s", "a'-b"]),
                           st.text(max_size=3)), max_size=30).map("".join)


@_SETTINGS
@given(_WORDY)
def test_words_are_what_the_word_pattern_finds(text: str) -> None:
    assert words(text) == WORD.findall(text)
    ascii_text = text.encode("ascii", "ignore").decode()
    assert words(ascii_text) == WORD.findall(ascii_text)


@_SETTINGS
@given(_WORDY, st.integers(min_value=2, max_value=40))
def test_a_quote_is_the_text_on_one_line(text: str, limit: int) -> None:
    one_line = " ".join(text.split())
    expected = one_line if len(one_line) <= limit else one_line[: limit - 1].rstrip() + "…"
    assert quote(text, limit) == expected
    assert quote(text.strip(), limit) == expected


@_SETTINGS
@given(_TEXT)
def test_prose_skips_only_passes_that_would_change_nothing(text: str) -> None:
    assert prose(text) == _prose_long_way(text)


_WORDS = ["great", "post", "thanks", "for", "sharing", "we", "our", "agents", "queue", "callback", "ticket",
          "really", "the", "and", "i", "agree", "Kate", "Hi", "lorem", "ipsum", "crypto", "loan", "sooooo",
          "goooood", "zxqvbn", "ASAP", "de-escalation", "3", "24/7", "moderator", "comment", "CSAT", "very"]
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14).map(" ".join)
_INDEX = phrase_index(())


def _tally_of(sentences: list[str], plain: bool) -> substance._Tally:
    tally = substance._Tally([])
    for n, sentence in enumerate(sentences):
        raws = WORD.findall(sentence)
        norms, *columns, _kinds = substance._columns(raws)
        names = names_in(sentence, raws, norms, n == len(sentences) - 1)
        marks = mark_phrases(norms, _INDEX)
        if marks is not None:
            continue  # a sentence with a phrase always takes the long way
        if plain:
            if names:
                columns = list(substance._as_names(names, norms, *columns))
            substance._read_plain_sentence(tally, sentence, raws, tuple(columns))
        else:
            substance._read_marked_sentence(tally, sentence, raws, list(norms), names, [""] * len(norms))
    return tally


@_SETTINGS
@given(st.lists(_SENTENCE, min_size=1, max_size=5).map(lambda s: split_sentences(". ".join(s) + ".")))
def test_a_sentence_without_a_phrase_is_read_the_same_a_list_at_a_time(sentences: list[str]) -> None:
    assert _tally_of(sentences, plain=True) == _tally_of(sentences, plain=False)
