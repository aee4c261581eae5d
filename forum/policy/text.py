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

from forum.policy.scan import CharClass

# Invisible characters an author can use to pad or split words without the reader seeing anything.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    "\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff\ud800-\udfff]"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_ASCII_CONTROL = CharClass(re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"))  # _CONTROL within ASCII

# Cyrillic and Greek letters that look exactly like Latin ones; only folded inside words that mix scripts.
_CONFUSABLES = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "τ": "t", "υ": "u", "ρ": "p",
})
_GREEK_CYRILLIC = re.compile("[\u0370-\u04ff]")
_LATIN = re.compile("[a-zA-Z]")
_WORD_RUN = re.compile(r"\w+")


def _fold_mixed(match: re.Match[str]) -> str:
    word = match.group(0)
    if _LATIN.search(word) and _GREEK_CYRILLIC.search(word):
        return word.translate(_CONFUSABLES)
    return word


def normalise(text: str) -> str:
    """``text`` as a reader sees it: NFKC, no invisible or control characters, look-alikes folded."""
    if text.isascii():  # nothing invisible, nothing for NFKC, no look-alikes: only line ends and controls
        if "\r" in text:
            text = _NEWLINES.sub("\n", text)
        return _CONTROL.sub("", text) if _ASCII_CONTROL.in_text(text) else text
    text = _INVISIBLE.sub("", text)  # before NFKC: surrogates cannot be normalised
    text = unicodedata.normalize("NFKC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)  # NFKC can produce some (e.g. from compatibility forms)
    if not text.isascii() and _GREEK_CYRILLIC.search(text):  # one pass over words: linear in the text
        text = _WORD_RUN.sub(_fold_mixed, text)
    return text


_TAG = re.compile(r"<[^<>]{0,2000}>")
_MD_LINE = re.compile(r"(?m)^[ \t]{0,3}(?:#{1,6}|>+|[-*+]|\d{1,3}[.)])[ \t]+|^[ \t]*[-=*_]{3,}[ \t]*$")
_MD_CHARS = str.maketrans({c: " " for c in "*_~`"})
_SPACES = re.compile(r"[ \t\f\v]+")
_MD_LINE_STARTS = frozenset(" \t#>-*+0123456789=_")  # the first character of any line _MD_LINE matches
_LINE_EDGES = re.compile(r" ?\n ?")


def prose(text: str) -> str:
    """Normalised ``text`` without HTML tags, entities and Markdown markers, for counting words."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if any(line[:1] in _MD_LINE_STARTS or line[:1].isdigit() for line in text.split("\n")):  # else no _MD_LINE
        text = _MD_LINE.sub(" ", text)
    if "*" in text or "_" in text or "~" in text or "`" in text:  # else translating changes nothing
        text = text.translate(_MD_CHARS)
    # With no tab, form feed, vertical tab or "  ", every run of _SPACES is one space already; with only
    # spaces, halving each run until none is left of two is what the pattern does, and several times faster.
    if "\t" in text or "\f" in text or "\v" in text:
        text = _SPACES.sub(" ", text)
    else:
        while "  " in text:
            text = text.replace("  ", " ")
    return (_LINE_EDGES.sub("\n", text) if "\n" in text else text).strip()


# Words: letters and digits joined by apostrophes or hyphens ("don't", "de-escalation", "24x7", "3.5" is two).
WORD = re.compile(r"\w+(?:['’-]\w+)*")
# Every ASCII character that is neither a word character nor "'" or "-" becomes a space, for :func:`words`: a
# table of bytes, since bytes.translate is a few times faster than str.translate with a mapping.
_ASCII_NOT_WORD = bytes(i if chr(i).isalnum() or chr(i) in "_'-" else ord(" ") for i in range(256))


_MARKS = ("'", "-")
# A "'" or "-" next to a space (a translated non-word character) or to another mark: it joins no two words.
_MISPLACED_MARKS = (" '", "' ", " -", "- ", "''", "--", "'-", "-'")


def words(text: str) -> list[str]:
    """``WORD.findall(text)``, found faster in ASCII text: with every other character a space, the words are
    what ``split`` leaves, except that a "'" or "-" only joins two words and is not one itself."""
    if not text.isascii():
        return WORD.findall(text)
    spaced = text.encode("ascii").translate(_ASCII_NOT_WORD).decode("ascii")
    found = spaced.split()
    if "'" not in text and "-" not in text:
        return found
    # Every mark between two word characters ("don't", "de-escalation"): each piece is one word already.
    if not (spaced[:1] in _MARKS or spaced[-1:] in _MARKS or any(pair in spaced for pair in _MISPLACED_MARKS)):
        return found
    out: list[str] = []
    for piece in found:
        if "'" in piece or "-" in piece:
            out += WORD.findall(piece)  # "don't" stays whole; "--", "'tis" and "x-" lose the marks
        else:
            out.append(piece)
    return out
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f]")
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")


def squeeze(word: str, keep: int = 2) -> str:
    """Runs of three or more of the same letter cut to ``keep`` ("sooooo goooood" → "soo good")."""
    return _ELONGATED.sub(r"\1" * keep, word) if len(word) > 2 else word


def elongated(word: str) -> bool:
    return _ELONGATED.search(word) is not None


def word_count(words: list[str]) -> int:
    """How many words ``words`` stand for: scripts written without spaces count about two characters a word."""
    total = len(words)
    if " ".join(words).isascii():  # no word of a script written without spaces
        return total
    for w in words:
        if not w.isascii():
            cjk = len(_CJK.findall(w))
            if cjk:
                total += max(1, (cjk + 1) // 2) - 1
    return total


# A sentence ends at . ! ? … followed by a space or the end (so "3.5" and "e.g.x" stay whole), at 。！？ and at
# a line break; the end marks stay with their sentence. The two alternatives never overlap: linear time.
_SENTENCE = re.compile(r"(?:[^.!?…。！？\n]+|[.!?…]+(?=[^\s.!?…]))*(?:[.!?…。！？]+|\n|$)")


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as written, stripped, empty ones dropped."""
    return [s for s in (m.strip() for m in _SENTENCE.findall(text)) if s]


# Emoji and pictographs: the blocks a keyboard's emoji picker draws from, plus dingbats and symbols.
_EMOJI = re.compile(
    "[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297"
    "\u3299\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff]"
)
# Starts with one character class, the first character of every emoticon, so the scanner skips ahead to it (an
# alternation whose first branch opens with a class gets no such skip: ~3x slower); a lookbehind then tells which
# emoticon that character opens. The "not after a letter" test is done in Python.
_EMOTICON = re.compile(r"[:;=8xX<^(\\](?:(?<=[:;=8xX])-?[)(DPpOo3/\\|\]\[*]+|(?<=<)3+|(?<=\^)_*\^|(?<=\()y\)|"
                       r"(?<=\\)o/)(?!\w)")
_EMOTICON_HINTS = (":", ";", "=", "<3", "^", "(y)", "\\o/", "8)", "8-", "xD", "XD", "x)", "X)")
_EMOTICON_HINT = re.compile("|".join(map(re.escape, _EMOTICON_HINTS)))  # one scan for any of them


def _emoticons(text: str) -> list[tuple[int, int]]:
    if not _EMOTICON_HINT.search(text):
        return []
    return [m.span() for m in _EMOTICON.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()]


def split_emoji(text: str) -> tuple[list[str], str]:
    """(every emoji, pictograph and text emoticon in ``text``, ``text`` with them replaced by spaces)."""
    found: list[str] = []
    if not text.isascii():
        found = _EMOJI.findall(text)
        if found:
            text = _EMOJI.sub(" ", text)
    spans = _emoticons(text)
    if spans:
        found += [text[a:b] for a, b in spans]
        parts, pos = [], 0
        for a, b in spans:
            parts.append(text[pos:a])
            parts.append(" ")
            pos = b
        parts.append(text[pos:])
        text = "".join(parts)
    return found, text


def quote(text: str, limit: int = 80) -> str:
    """``text`` shortened for a Reason's evidence, on one line."""
    # Printable text has no whitespace but " ": with no space at either end or doubled, it is one line already.
    if not (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "):
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Words someone else said, in quotation marks: double, curly, or single ones that open and close outside a word
# (so "don't … it's" is no quotation).
_QUOTED = re.compile(r'"[^"\n]{1,200}"|“[^”\n]{1,200}”|‘[^’\n]{1,200}’|(?<!\w)\'[^\'\n]{1,200}\'(?!\w)')
_NOT_WORD = re.compile(r"[^\w'$%-]+")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s+|$)")


def unquoted_words(prose: str) -> str | None:
    """``prose`` as the rules' cue searches read it (" word word . word ", lower case), with what sits in
    quotation marks replaced by one word; None when it quotes nothing. A push or a pitch a member reports ("our
    script said 'please follow our page'") is not one they make."""
    if not _QUOTED.search(prose):
        return None
    # each quotation one word in its place, so a cue naming a quoted thing still reads ('search "X" on Google')
    sentences = _SENTENCE_END.split(_QUOTED.sub(" quoted ", prose).lower())  # " . " between them, as words_text has
    return " " + " . ".join(w for s in sentences if (w := _NOT_WORD.sub(" ", s).strip())) + " "
