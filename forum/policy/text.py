"""Text normalisation shared by the policy rules.

The rules judge what a reader would see, not the bytes an author typed, so every rule reads text that went
through :func:`normalise` once per review:

- NFKC folds full-width letters, ligatures and other compatibility forms onto their plain letters;
- zero-width, bidi-control, variation-selector, tag and other invisible characters are removed, and so are
  control characters (newlines and tabs are kept) and lone surrogates;
- mixed-script look-alike letters (a Cyrillic "о" inside a Latin word) are folded onto Latin.

:func:`prose` then removes markup (HTML tags, Markdown emphasis, heading and quote markers) so the word-level
heuristics count words, not syntax. Nothing here raises on any ``str``; every function is pure and linear in
the length of its input.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

# Invisible characters an author can use to pad or split words without the reader seeing anything.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff\ud800-\udfff]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")

# Cyrillic and Greek letters that look exactly like Latin ones; only folded inside words that mix scripts.
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "ρ": "p",
})
_MIXED_SCRIPT_WORD = re.compile(r"\w*[a-zA-Z]\w*[\u0370-\u04ff]\w*|\w*[\u0370-\u04ff]\w*[a-zA-Z]\w*")


def _fold_mixed(match: re.Match[str]) -> str:
    return match.group(0).translate(_CONFUSABLES)


def normalise(text: str) -> str:
    """``text`` as a reader sees it: NFKC, no invisible or control characters, look-alikes folded."""
    text = _INVISIBLE.sub("", text)  # before NFKC: surrogates cannot be normalised
    text = unicodedata.normalize("NFKC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)  # NFKC can produce some (e.g. from compatibility forms)
    if not text.isascii():
        text = _MIXED_SCRIPT_WORD.sub(_fold_mixed, text)
    return text


_TAG = re.compile(r"<[^<>]{0,2000}>")
_MD_SYNTAX = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,3}[.)])[ \t]+|[*_~`]{1,3}|^[ \t]*[-=*_]{3,}[ \t]*$")
_SPACES = re.compile(r"[ \t\f\v]+")


def prose(text: str) -> str:
    """Normalised ``text`` without HTML tags, entities and Markdown markers, for counting words."""
    text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _MD_SYNTAX.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


# Words are runs of letters joined by apostrophes or hyphens ("don't", "de-escalation"); numbers are separate
# tokens so figures can be found. Digits inside words ("b2b", "24x7") stay in the word.
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+(?:[.,:]\d+)*(?:[^\W\d_]+)?")
_LETTERS = re.compile(r"[^\W\d_]")
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")


def squeeze(word: str) -> str:
    """Runs of three or more of the same letter cut to two ("sooooo goooood" → "soo good")."""
    return _ELONGATED.sub(r"\1\1", word) if len(word) > 2 else word


def word_weight(token: str) -> int:
    """How many words ``token`` stands for: scripts written without spaces count about two characters a word."""
    cjk = len(_CJK.findall(token)) if not token.isascii() else 0
    return max(1, (cjk + 1) // 2) if cjk else 1


def is_word(token: str) -> bool:
    return bool(_LETTERS.match(token))


@dataclass(frozen=True, slots=True)
class Token:
    """One word or number of the prose: its lower-case, squeezed form and where it sits."""

    text: str  # as written
    norm: str  # lower case, elongations squeezed, curly apostrophe straightened
    start: int
    end: int
    sentence: int  # index of the sentence it belongs to


_SENTENCE_END = re.compile(r"[.!?…]+(?=[\s\"'”’)\]]|$)|[。！？]+|\n+|\s[-–—]\s")


def tokenise(text: str) -> tuple[tuple[Token, ...], tuple[str, ...]]:
    """The word tokens of ``text`` and its sentences (as written, in order)."""
    sentences: list[str] = []
    tokens: list[Token] = []
    pos = 0
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    bounds.append(len(text))
    for end in bounds:
        chunk = text[pos:end]
        if chunk.strip():
            index = len(sentences)
            sentences.append(chunk.strip())
            for m in WORD.finditer(chunk):
                raw = m.group(0)
                norm = squeeze(raw.lower().replace("’", "'"))
                tokens.append(Token(raw, norm, pos + m.start(), pos + m.end(), index))
        pos = end
    return tuple(tokens), tuple(sentences)


def word_count(tokens: tuple[Token, ...]) -> int:
    return sum(word_weight(t.text) for t in tokens)


# Emoji and pictographs: the blocks a keyboard's emoji picker draws from, plus dingbats and symbols.
_EMOJI = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff]"
)
_EMOTICON = re.compile(r"(?<!\w)(?:[:;=8xX]-?[)(DPpOo3/\\|\]\[*]+|<3+|\^_*\^|\(y\)|\\o/|[xX]D+)(?!\w)")


def emoji(text: str) -> list[str]:
    """Every emoji, pictograph and text emoticon in ``text``, in order."""
    found = _EMOJI.findall(text) if not text.isascii() else []
    found.extend(_EMOTICON.findall(text))
    return found


def strip_emoji(text: str) -> str:
    if not text.isascii():
        text = _EMOJI.sub(" ", text)
    return _EMOTICON.sub(" ", text)


def is_visible(text: str) -> bool:
    """Whether anything but white space remains once ``text`` is normalised."""
    return bool(text.strip())


def quote(text: str, limit: int = 80) -> str:
    """``text`` shortened for a Reason's evidence, on one line."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
