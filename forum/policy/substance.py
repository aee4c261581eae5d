"""What a comment contributes once its greetings, thanks and praise are gone (docs/policy.md §3).

:func:`assess` strips greetings, thanks, praise, agreement, sign-offs, emoji, repetition and filler from the
prose of a comment, keeps "what is left", and looks in it for the signals of :mod:`forum.policy.signals`:

- concrete: a figure, an experience told as events, a practice or step, an example, a precise question, a
  disagreement with a reason, and, in a longer comment, a reasoned argument;
- thin: a personal detail ("I work nights on a help desk") or a general idea with words of its own.

:func:`judge` turns that into one verdict for the value rules: ``ok``, ``brief`` (too_brief), ``no_value``
or ``borderline`` (borderline_value), with the words that decided it.

Every word is classified once (:mod:`forum.policy.strip`): stop word, filler, generic (praise, thanks,
words about the post), topic (naming the forum's subject), number, or content; generic phrases, names used
as address, emoji and symbolic praise are recognised there too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from operator import is_

from forum.policy import signals
from forum.policy.english import share_of_kinds, word_kind
from forum.policy.lexicon import commerce, generic
from forum.policy.lexicon import words as word_set
from forum.policy.lexicon.domain import DOMAIN_WORDS, EVERYDAY_DOMAIN_WORDS, FORUM_WORDS
from forum.policy.signals import Signal
from forum.policy.strip import (
    WORD_CLASS,
    PhraseIndex,
    mark_phrases,
    names_in,
    phrase_anchors,
    phrase_index,
    unwrap,
)
from forum.policy.text import elongated, quote, split_sentences, squeeze, word_count
from forum.policy.text import words as find_words


@dataclass(frozen=True, slots=True)
class Substance:
    words: int  # words of prose (links and markup removed)
    raw_words: tuple[str, ...]  # every word as written, in order (for the language rule)
    norms: tuple[str, ...]  # the same words in lower case (for word-list rules such as profanity)
    words_text: str  # " word word . word " — the words, sentences separated by " . ", for cue patterns
    left: tuple[str, ...]  # distinct content words left after stripping, in order
    stripped: tuple[str, ...]  # the generic runs removed, quoted (evidence)
    categories: frozenset[str]  # which kinds of generic phrase were found (praise, thanks, truism ...)
    concrete: tuple[Signal, ...]  # the first concrete signal found (one is enough), or none
    personal: tuple[Signal, ...]  # the first personal detail (one is enough: only its evidence is quoted), or none
    noise: str  # why the text is filler of another kind ("placeholder", "gibberish" ...), or ""
    noise_evidence: str
    domain: tuple[str, ...] = ()  # distinct words of the work itself (lexicon.domain), in order
    forum: bool = False  # uses words of the discussion itself (lexicon.domain.FORUM_WORDS)
    english: tuple[float, int, tuple[str, ...]] = (1.0, 0, ())  # english_share of the words
    disputes: bool = False  # disagrees with the post and gives a reason (signals.disagreement)
    vocab: frozenset[str] = field(default=frozenset(), repr=False, compare=False)  # the distinct norms


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str  # ok, brief, no_value, borderline
    why: str  # a clause for the reason's message
    evidence: str


_RUN_CLASSES = frozenset({"generic", "filler"})

def _flush(run: list[tuple[str, str]], stripped: list[str]) -> None:
    while run and run[-1][1] == "stop":  # a quote ends on a word that carried the praise, not on "the"
        run.pop()
    if any(cls != "stop" for _, cls in run):
        stripped.append(" ".join(raw for raw, _ in run))
    run.clear()


@dataclass(slots=True)
class _Tally:
    """What :func:`assess` gathers sentence by sentence."""

    stripped: list[str]
    raw_words: list[str] = field(default_factory=list)
    norms: list[str] = field(default_factory=list)
    joined: list[str] = field(default_factory=list)
    left: dict[str, None] = field(default_factory=dict)
    categories: set[str] = field(default_factory=set)
    personal: list[Signal] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=lambda: {"stop": 0, "topic": 0, "content": 0})
    flagged: dict[str, list[str]] = field(default_factory=lambda: {
        "placeholder": [], "boilerplate": [], "chain_letter": [], "scam": [], "spam": [], "placeholder_word": [],
        "odd": []})
    kinds: list[int] = field(default_factory=list)  # english.word_kind of each raw word
    kept: list[tuple[str, tuple[str, ...], tuple[str, ...], bool]] = field(default_factory=list)
    domain: dict[str, None] = field(default_factory=dict)
    detailed: int = 0  # sentences with a word of the work and two content words of their own
    forum: bool = False  # talks about the discussion itself (a moderator, a comment, a link, a criterion)


def assess(text: str, extra_praise: tuple[str, ...] = (), long_at: int = 20) -> Substance:
    """Strip ``text`` (normalised prose, links removed) down to what it contributes, and find its signals."""
    cleaned, stripped = unwrap(text)
    index = phrase_index(extra_praise)
    tally = _Tally(stripped)
    sentences = split_sentences(cleaned)
    final = len(sentences) - 1
    # Every sentence's words and their columns first (find_words is WORD.findall), so the whole comment's
    # words are known before any sentence is read: a phrase none of whose anchors the comment has is
    # looked for in no sentence.
    tokens = [(sentence, raws, _columns(raws), number == final)
              for number, sentence in enumerate(sentences) if (raws := find_words(sentence))]
    for _sentence, raws, columns, _last in tokens:
        tally.raw_words.extend(raws)
        tally.norms.extend(columns[0])
        tally.kinds.extend(columns[6])
        tally.joined.append(" ".join(columns[0]))
    vocab = frozenset(tally.norms)
    anchors = phrase_anchors(index, vocab)
    for sentence, raws, columns, last in tokens:
        _read_sentence(tally, sentence, raws, columns, last, index, anchors)
    total = word_count(tally.raw_words)
    read: list[Signal | None] = []  # signals.disagreement of the text, once read
    concrete = _first_signal(cleaned, tally.kept, total >= long_at, read)
    if not concrete and _detailed(tally):
        concrete = (Signal("detail", _quoted(list(tally.domain), 5)),)
    disputes = any(signal.kind == "disagreement" for signal in concrete) or (
        (read[0] if read else signals.disagreement(cleaned.lower(), cleaned)) is not None)
    share, counted, sample = share_of_kinds(tally.raw_words, tally.kinds)
    noise, noise_evidence = _noise(cleaned, tally.raw_words, tally.counts, tally.flagged, len(tally.domain),
                                   english=share, vocab=vocab)
    return Substance(words=total, raw_words=tuple(tally.raw_words), norms=tuple(tally.norms),
                     words_text=f" {' . '.join(tally.joined)} ", left=tuple(tally.left),
                     stripped=tuple(dict.fromkeys(tally.stripped)), categories=frozenset(tally.categories),
                     concrete=concrete, personal=tuple(tally.personal), noise=noise,
                     noise_evidence=noise_evidence, domain=tuple(tally.domain), forum=tally.forum,
                     english=(share, counted, tuple(sample)), disputes=disputes, vocab=vocab)


def _read_sentence(tally: _Tally, sentence: str, raws: list[str], columns: tuple[tuple, ...], last: bool,
                   index: PhraseIndex, anchors: frozenset[str]) -> None:
    """Classify one sentence's words (``raws``, not empty, and their :func:`_columns`), strip its generic runs,
    and keep the rest for the signals; ``anchors`` are those of the phrases the whole comment can hold
    (:func:`forum.policy.strip.phrase_anchors`): without one of them the sentence holds no phrase."""
    norms, words, classes, notes, wheres, lefts, _kinds = columns
    names = names_in(sentence, raws, norms, last)
    marks = None if anchors.isdisjoint(norms) else mark_phrases(norms, index)
    if marks is not None:
        _read_marked_sentence(tally, sentence, raws, list(norms), names, marks)
        return
    if names:
        words, classes, notes, wheres, lefts = _as_names(names, norms, words, classes, notes, wheres, lefts)
    _read_plain_sentence(tally, sentence, raws, (words, classes, notes, wheres, lefts))


Columns = tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...], tuple[str | None, ...], tuple[str, ...]]


def _columns(raws: list[str]) -> tuple[tuple, ...]:
    """(norms, words, classes, notes, wheres, lefts, kinds) of a sentence's words: :func:`_token` of each,
    one tuple per field, so a sentence is read a column at a time (every token has all seven)."""
    return tuple(zip(*map(_TOKENS.__getitem__, raws), strict=False))


def _as_names(names: set[str], norms: tuple[str, ...], *columns: tuple) -> Columns:
    """``columns`` (words, classes, notes, wheres, lefts) with each word in ``names`` read as a name: a
    generic word, no note, nothing left."""
    words, classes, notes, wheres, lefts = columns
    named = [norm in names for norm in norms]
    return (tuple(n if is_name else w for n, w, is_name in zip(norms, words, named, strict=True)),
            tuple("generic" if is_name else c for c, is_name in zip(classes, named, strict=True)),
            tuple(0 if is_name else note for note, is_name in zip(notes, named, strict=True)),
            tuple(_where(n) if is_name else w for n, w, is_name in zip(norms, wheres, named, strict=True)),
            tuple("" if is_name else left for left, is_name in zip(lefts, named, strict=True)))


def _read_marked_sentence(tally: _Tally, sentence: str, raws: list[str], norms: list[str], names: set[str],
                          marks: list[str]) -> None:
    """The words of a sentence one at a time, ``marks`` giving each word's generic phrase category or ""."""
    run: list[tuple[str, str]] = []  # the current run of generic words, for the evidence
    domain_here = False
    kept: list[str] = []
    classes: list[str] = []
    counts, left, flagged = tally.counts, tally.left, tally.flagged
    for raw, norm, mark in zip(raws, norms, marks, strict=True):
        if mark:
            tally.categories.add(mark)
            if mark in ("placeholder", "boilerplate", "chain_letter", "scam"):
                flagged[mark].append(raw)
            run.append((raw, "generic"))
            continue
        if names and norm in names:
            cls, where = "generic", _where(norm)
        else:
            norm, cls, note, where = _word(norm)
            if note:  # a content word: what is left, and whether it is placeholder, spam or gibberish
                if note & _LEFT:
                    left[norm] = None
                if note & _PLACEHOLDER:
                    flagged["placeholder_word"].append(raw)
                if note & _SPAM:
                    flagged["spam"].append(raw)
                if note & _ODD and not raw.isupper():
                    flagged["odd"].append(raw)
        kept.append(norm)  # single generic words stay for the signal patterns ("we read three aloud")
        classes.append(cls)
        if where is _DOMAIN:
            tally.domain[norm] = None
            domain_here = True
        elif where is _FORUM:
            tally.forum = True
        if cls in _RUN_CLASSES:
            run.append((raw, cls))
            continue
        if run:
            if cls == "stop":  # "great post" + "and" + "thanks": one run of evidence
                run.append((raw, cls))
            else:
                _flush(run, tally.stripped)
        if cls in counts:
            counts[cls] += 1
    if run:
        _flush(run, tally.stripped)
    _keep(tally, sentence, kept, classes, domain_here)


def _keep(tally: _Tally, sentence: str, kept: Sequence[str], classes: Sequence[str], domain_here: bool) -> None:
    """Keep a sentence's unmarked words and classes for the signals; note a detailed or personal one."""
    if kept:
        if domain_here and classes.count("content") >= 2:
            tally.detailed += 1
        tally.kept.append((sentence, tuple(kept), tuple(classes), domain_here))
        if not tally.personal and not generic.FIRST_PERSON.isdisjoint(kept) and (
                "content" in classes or "topic" in classes):
            tally.personal.append(Signal("personal", quote(sentence)))


def _read_plain_sentence(tally: _Tally, sentence: str, raws: list[str], columns: Columns) -> None:
    """:func:`_read_sentence` for a sentence without a generic phrase (most of them): the same tally, built
    a column at a time (:func:`_columns`) rather than a word at a time."""
    kept, classes, notes, wheres, lefts = columns
    if any(lefts):
        tally.left.update(dict.fromkeys(filter(None, lefts)))
    if not _FLAGGED_NOTES.isdisjoint(notes):  # placeholder, spam or gibberish: rare
        for i in [i for i, note in enumerate(notes) if note & _FLAGS]:
            raw, note = raws[i], notes[i]
            if note & _PLACEHOLDER:
                tally.flagged["placeholder_word"].append(raw)
            if note & _SPAM:
                tally.flagged["spam"].append(raw)
            if note & _ODD and not raw.isupper():
                tally.flagged["odd"].append(raw)
    domain_here = _DOMAIN in wheres
    if domain_here:
        tally.domain.update(dict.fromkeys(compress(kept, map(is_, wheres, repeat(_DOMAIN)))))
    if _FORUM in wheres:
        tally.forum = True
    if not _RUN_CLASSES.isdisjoint(classes):
        _strip_runs(raws, classes, tally.stripped)
    counts = tally.counts
    content = classes.count("content")
    counts["stop"] += classes.count("stop")
    counts["topic"] += classes.count("topic")
    counts["content"] += content
    # what _keep does, with the content words counted once
    if domain_here and content >= 2:
        tally.detailed += 1
    tally.kept.append((sentence, kept, classes, domain_here))
    if not tally.personal and not generic.FIRST_PERSON.isdisjoint(kept) and (content or "topic" in classes):
        tally.personal.append(Signal("personal", quote(sentence)))


# What a content word adds to the tally (bit flags of _word's note; 0 for any other word).
_LEFT, _PLACEHOLDER, _SPAM, _ODD, _CONTENT = 1, 2, 4, 8, 16
_FLAGS = _PLACEHOLDER | _SPAM | _ODD
_FLAGGED_NOTES = frozenset(n for n in range(32) if n & _FLAGS)  # every note with a flag


def _strip_runs(raws: list[str], classes: Sequence[str], stripped: list[str]) -> None:
    """Each run of generic and filler words, joined by stop words only, as :func:`_flush` quotes it: what the
    word-at-a-time reading gathers, found from the run words' positions alone."""
    at = [i for i, cls in enumerate(classes) if cls in _RUN_CLASSES]
    start = end = at[0]
    for i in at:
        if i > end and classes[end:i].count("stop") < i - end:  # a word of its own in between: a new run
            stripped.append(" ".join(raws[start:end]))
            start = i
        end = i + 1
    stripped.append(" ".join(raws[start:end]))
_DOMAIN, _FORUM = "domain", "forum"  # where a word belongs (_where), compared by identity


@lru_cache(maxsize=65_536)
def _where(norm: str) -> str | None:
    """``_DOMAIN`` for a word of the work (or a hyphenated word with one), ``_FORUM`` for one of the discussion."""
    if norm in DOMAIN_WORDS or ("-" in norm and not DOMAIN_WORDS.isdisjoint(norm.split("-"))):
        return _DOMAIN
    if len(norm) > 4 and norm[-1] == "s" and norm[-2] != "s" and norm[:-1] in DOMAIN_WORDS:
        return _DOMAIN  # the plural of a word of the work ("helplines", "rubrics") is one too
    if norm.endswith("'s") and norm[:-2] in DOMAIN_WORDS:
        return _DOMAIN  # and its possessive ("the caller's town")
    return _FORUM if norm in FORUM_WORDS else None


@lru_cache(maxsize=65_536)
def _word(norm: str) -> tuple[str, str, int, str | None]:
    """(word, class, note, where) of a word not used as a name: everything :func:`_read_sentence` needs of
    it that does not depend on its sentence, computed once per distinct word and process."""
    cls = WORD_CLASS.get(norm)
    note = 0
    if cls is None:
        norm, cls, odd = _unlisted(norm)
        if cls == "content":
            note = _CONTENT | (_LEFT if len(norm) >= 3 else 0) | (_ODD if odd else 0)
            note |= (_PLACEHOLDER if norm in generic.PLACEHOLDER_WORDS else 0)
            note |= (_SPAM if norm in commerce.SPAM_TOPICS else 0)
    return norm, cls, note, _where(norm)


Token = tuple[str, str, str, int, str | None, str, int]


def _token(raw: str) -> Token:
    """(norm, word, class, note, where, left, english kind) of a word as written, not used as a name: its
    lower-case form, :func:`_word` of it, the word when it counts as left, and
    :func:`forum.policy.english.word_kind`; computed once per distinct word and process (:data:`_TOKENS`)."""
    norm = raw.lower().replace("’", "'")
    word, cls, note, where = _word(norm)
    return norm, word, cls, note, where, word if note & _LEFT else "", word_kind(raw)


class _Tokens(dict[str, Token]):
    """Word as written → :func:`_token` of it, filled on first use and emptied at 65,536 words: a plain dict
    looked up with ``__getitem__`` costs a word about half what an ``lru_cache`` call does."""

    def __missing__(self, raw: str) -> Token:
        if len(self) >= 65_536:
            self.clear()
        token = self[raw] = _token(raw)
        return token


_TOKENS = _Tokens()


def _detailed(tally: _Tally) -> bool:
    """The work described in its own terms: several sentences about it with a dozen words of their own,
    several words of the work over two sentences, or, in one sentence, what "we" or "our" team does with four
    of them."""
    if not tally.domain or len(tally.left) < 8:
        return False
    if len(tally.left) >= 12 and len(tally.kept) >= 2 and len(tally.raw_words) >= 30:
        return True  # several sentences about the work, with a dozen words of their own
    if len(tally.domain) < 3:
        return False
    if tally.detailed >= 2:
        return True
    return len(tally.domain) >= 4 and not {"our", "we"}.isdisjoint(tally.norms)


@lru_cache(maxsize=65_536)
def _unlisted(norm: str) -> tuple[str, str, bool]:
    """(word, class, implausible) for a word in no list: a number, an elongated listed word, or content."""
    if norm[0].isdigit():
        return norm, "number", False
    raw = norm
    if elongated(norm):  # "sooooo goooood": try "soo good", then "so god"
        short, shortest = squeeze(norm), squeeze(norm, 1)
        norm = short if short in WORD_CLASS or shortest not in WORD_CLASS else shortest
    # one key held down ("jjjjjjjj") squeezes to a word no list has: gibberish, whatever it becomes
    mashed = len(set(raw)) == 1 and len(raw) >= 4 and raw.isalpha()
    return norm, WORD_CLASS.get(norm, "content"), mashed or (norm.isascii() and signals.implausible(norm))


def _first_signal(cleaned: str, kept_sentences: list[tuple[str, list[str], list[str], bool]],
                  long: bool, read: list[Signal | None]) -> tuple[Signal, ...]:
    """The first concrete signal of the comment, if any (one decides the value judgement); ``read`` gets
    :func:`signals.disagreement` of ``cleaned`` when it was looked for."""
    for sentence, kept, classes, domain in kept_sentences:
        found = signals.sentence_signal(sentence, kept, classes, long, domain)
        if found:
            return (found,)
    disagreement = signals.disagreement(cleaned.lower(), cleaned)
    read.append(disagreement)
    if disagreement:
        return (disagreement,)
    if long and any(domain for *_, domain in kept_sentences):
        # A question after the context that makes it precise ("We share one line ... How did others split it?")
        for sentence, _kept, classes, _ in kept_sentences[1:]:
            if sentence.endswith("?") and sum(c in signals.MEANINGFUL for c in classes) >= 2:
                return (Signal("question", quote(sentence)),)
    return ()


_BOILERPLATE_WORDS = 8  # words of boilerplate phrases that make a comment boilerplate whatever else it says
_CHAIN_WORDS = 6  # different words of chain-letter phrases: two phrases at least, not one said twice


# An income promised to the reader: "earn 25000 monthly", "make $300 per day", "earning up to £500 a week".
_AMOUNT = (r"(?:up to |upto |over |around )?[$£€₹]?\s?\d[\d,.]*k?\s?"
           r"(?:[$£€₹]|rs|inr|usd|dollars|pounds|euros|rupees)?\s?(?:per |a |an |every |each |/\s?)?"
           r"(?:day|daily|week|weekly|month|monthly|hour|hr)\b")
_INCOME = re.compile(r"(?:^|[.!?]\s*|\b(?:you|u|to|can|could|will|and|&)\s)(?:earn|make|earning|making)s? " + _AMOUNT,
                     re.IGNORECASE)
# Beside a fee asked of the reader, an income read more widely: "… jobs, earn $450/day", "positions paying $90/hour"
# (alone, those are how people vent about pay: "Honestly, making $15 an hour to get screamed at").
_OFFERED_INCOME = re.compile(r"(?:^|[.!?,]\s*|\b(?:you|u|to|can|could|will|and|&)\s|\b(?:jobs?|positions?|roles?) )"
                             r"(?:earn|make|earning|making|paying)s? " + _AMOUNT, re.IGNORECASE)


# The author's own easy income, as work-from-home pitches tell it: "I make $280 a day working from home, only 3
# hours on my phone". A wage is told by the hour and needs none of the pitch's words, so neither counts.
_OWN_INCOME = re.compile(r"\b(?:i|we) (?:earn|make|made|earned|get) (?:up to |over |around )?[$£€₹]\s?\d[\d,.]*k?\s?"
                         r"(?:per |a |an |every |each |/\s?)?(?:day|daily|week|weekly)\b", re.IGNORECASE)
_CURRENCIES = "$£€₹"
_EASY_MONEY = re.compile(r"\bwork(?:ing)? from home\b|\bfrom (?:my|your) (?:phone|couch|sofa|bed)\b|"
                         r"\bno experience (?:needed|required)\b|\bstart (?:today|now)\b|\b(?:just|only) \d+ hours?\b",
                         re.IGNORECASE)


# Funds "recovered" for the author by a service the reader is sent to: the recovery scam's testimonial.
_RECOVERED = re.compile(r"\brecover(?:y|ed|ing|s)?\b(?:\W+\w+){0,3}?\W+(?:funds|money|crypto|bitcoin|btc|usdt|"
                        r"investments?|savings)\b"
                        r"|\b(?:get|got|getting) (?:your|my|all|their|his|her) (?:\w+ )?(?:funds|money|crypto|"
                        r"bitcoin|btc|usdt|eth|savings) back\b",
                        re.IGNORECASE)
_WE = frozenset({"we", "our", "us", "ours"})  # a team telling of such scams, not a victim vouching for one
_VOUCHED = re.compile(r"\b100 ?% (?:legit|legitimate|genuine|real)\b|\b(?:the )?only legit\b|\b(?:is|are) legit\b",
                      re.IGNORECASE)


# A fee asked of the reader to start earning: "pay the one-time $49 training fee", "pay $60 for your starter kit".
_FEE = re.compile(r"\bpay (?:a |an |the |only |just )?(?:small |one[- ]?time |refundable )?(?:[$£€₹]\s?\d[\d,.]*\s?)?"
                  r"(?:for (?:your |the |a )?)?(?:[\w-]+ ){0,2}(?:fee|deposit|kit)\b", re.IGNORECASE)


# A spam topic (crypto, forex, casino …) with a push to talk elsewhere is off-topic whatever it borrows.
# The push, not a mention: "3 pm", "a clear signal" and "my inbox" are ordinary words of the work.
_OFF_PLATFORM = re.compile(r"\b(?:whatsapp|telegram|wechat|viber)\b|\b(?:on|via) signal\b"
                           r"|\b(?:dm|pm|inbox|message) (?:me|him|her|us)\b|\bcontact (?:him|her|them)\b",
                           re.IGNORECASE)


def _noise(text: str, raw_words: list[str], counts: dict[str, int], flagged: dict[str, list[str]], domain: int = 0,
           english: float = 1.0, vocab: frozenset[str] = frozenset()) -> tuple[str, str]:
    words = len(raw_words)
    if flagged["placeholder"]:
        return "placeholder", " ".join(flagged["placeholder"])
    found = signals.template(text)
    if found:
        return "template", found
    if not words:
        return "", ""
    if flagged["placeholder_word"] and len(flagged["placeholder_word"]) * 3 >= words:
        return "placeholder", " ".join(flagged["placeholder_word"][:5])
    odd = flagged["odd"]
    if odd:
        plain = sum(1 for w in raw_words if len(w) >= 3 and w.isascii() and not w.isupper() and not w[0].isdigit())
        if len(odd) * 5 >= plain * 2 or words <= 2:
            return "gibberish", " ".join(odd[:5])
    # few English function words is how a keyword list reads, and how any other language does too
    if (english >= _ENGLISH_ENOUGH or text.count("#") >= 3) and signals.keyword_list(text, words, counts["stop"]):
        return "keyword list", quote(text, 60)
    if flagged["scam"]:  # "you have been selected to receive": whatever words of the work it borrows
        return "a prize or money scam, off-topic here", " ".join(flagged["scam"][:8])
    # two phrases of one ("forward this message" … "break the chain") whatever words of the work it borrows
    chain = flagged["chain_letter"]
    if chain and (domain < 3 or len({p for w in chain for p in w.lower().split("-")}) >= _CHAIN_WORDS):
        return "a chain letter or a money-making pitch", " ".join(flagged["chain_letter"][:8])
    # The patterns below are costly over a whole comment, so each runs only when a word it needs is there.
    lowered = text.lower()
    # "our agents earn $18 an hour" is a figure of the work, unless the reader is asked to pay in
    income = None
    if "earn" in lowered or "mak" in lowered or "paying" in lowered:
        fee = "pay" in lowered and _FEE.search(text) and _WE.isdisjoint(w.lower() for w in raw_words)
        if domain < 3 or fee:
            income = (_OFFERED_INCOME if fee else _INCOME).search(text)
    if not income and domain < 3 and any(symbol in text for symbol in _CURRENCIES):
        own = _OWN_INCOME.search(text)
        income = own if own and _EASY_MONEY.search(text) else None
    if income:  # "earn 25000 monthly", "make $300 per day": an income promised to the reader
        return "a chain letter or a money-making pitch", income.group(0)
    recovered = _RECOVERED.search(text) if domain < 3 and ("recover" in lowered or " back" in lowered) else None
    if recovered and (_OFF_PLATFORM.search(text) or _VOUCHED.search(text)) and \
            _WE.isdisjoint(w.lower() for w in raw_words):  # not "our agents warn every caller"
        return "off-topic", f"{recovered.group(0)} … a recovery service to contact"  # "DM them on Telegram"
    spam = flagged["spam"]
    if spam and not counts["topic"] and not domain and not (
            commerce.EVERYDAY_SPAM_TOPICS.issuperset(w.lower() for w in spam) and len(set(spam)) < 2):
        return "off-topic", ", ".join(spam[:3])
    if spam and domain < 3 and not commerce.EVERYDAY_SPAM_TOPICS.issuperset(w.lower() for w in spam):
        away = _OFF_PLATFORM.search(text)  # "crypto recovery, reach out on WhatsApp": whatever words of the work
        if away:
            return "off-topic", f"{', '.join(spam[:3])} … {away.group(0)}"
    # pasted boilerplate alone, or a long run of it (an e-mail disclaimer's three phrases) whatever surrounds it
    if flagged["boilerplate"] and (not counts["content"] or len(flagged["boilerplate"]) >= _BOILERPLATE_WORDS):
        return "boilerplate", " ".join(flagged["boilerplate"])
    return _filler(raw_words, vocab)


# Different words of generated corporate filler that make a comment filler: without the author (I, we) in it, or
# with them ("the meaningful connections we cultivate"); never with a figure.
_FILLER_WORDS, _FILLER_WORDS_NARRATED = 4, 6


def _filler(raw_words: list[str], vocab: frozenset[str]) -> tuple[str, str]:
    """Generated corporate filler (see :data:`forum.policy.lexicon.generic.CORPORATE_FILLER`)."""
    buzz = generic.CORPORATE_FILLER.intersection(vocab)
    if len(buzz) < _FILLER_WORDS or any(w[0].isdigit() for w in raw_words) or (
            len(buzz) < _FILLER_WORDS_NARRATED and not generic.FIRST_PERSON.isdisjoint(vocab)):
        return "", ""
    return "generic corporate filler", ", ".join(w for w in dict.fromkeys(w.lower() for w in raw_words) if w in buzz)


def _quoted(items: tuple[str, ...] | list[str], limit: int = 3) -> str:
    return ", ".join(f"“{quote(i, 50)}”" for i in list(items)[:limit])


# An off-topic text is only called so when it is long enough and English enough to be sure of it.
OFF_TOPIC_WORDS = 15
_ENGLISH_ENOUGH = 0.8
_PRAISE = frozenset({"praise", "thanks", "reaction", "agreement"})
_NARRATORS = frozenset({"we", "i"})
# Words naming the subject of the work ("customer", "agents", "calls", "support"), without those everyday
# talk uses as much ("life", "people", "job"): a text with none of them and only an everyday word of the work
# ("return my deposit", "trained for 16 weeks") is about something else, whatever it tells.
_WORK_TOPIC = generic.TOPIC_WORDS - word_set("""
    life world important matter matters people person experience experiences quality excellence respect
    kindness patience trust attitude relationship relationships journey skill skills career job jobs
""")


def _work_weight(s: Substance) -> float:
    """How many words of the work ``s`` uses: an everyday one ("team", "call") counts half unless "our" or "my"
    owns it ("our team"), since a football team or "call me" is not the work."""
    weight = 0.0
    for word in s.domain:
        if word not in EVERYDAY_DOMAIN_WORDS:
            weight += 1
        else:
            owned = re.search(rf" (?:our|my)(?: [\w-]+){{0,2}} {re.escape(word)} ", s.words_text)
            weight += 1 if owned else 0.5
    return weight


def _unrelated(s: Substance, brief_word_limit: int) -> Judgement | None:
    """A long run of praise (at most one word of the work), or text about something else: no word of the work
    (everyday ones such as "team" or "call" count half), or a single one in a text that tells nothing concrete
    and nothing of the author."""
    if len(s.domain) > 2 or s.english[0] < _ENGLISH_ENOUGH or not (s.personal or len(s.left) >= 3):
        return None  # nothing of its own: too brief, however long the repetition
    if s.disputes:
        return None  # a reasoned disagreement with the post is the discussion itself, whatever its vocabulary
    work = _work_weight(s)
    if work > 1:
        return None
    praise = not _PRAISE.isdisjoint(s.categories)
    told = any(signal.kind != "detail" for signal in s.concrete)  # detail needs the work's words: not here
    if praise and s.words >= max(brief_word_limit, 1) and not told:
        return Judgement("no_value", "it is a run of praise that could sit under any article", _quoted(s.stripped))
    lone = not told and not s.personal  # "tickets go on sale Monday"
    # With only an everyday word ("the netball team won on Saturday"), a story no "we" or "I" tells may be
    # about anything; a practice, a figure or a question, or the author's own doing, is about the work.
    borrowed = 0 < work < 1 and all(signal.kind in ("story", "detail") for signal in s.concrete) and \
        _NARRATORS.isdisjoint(s.norms)
    # one everyday word of the work and none of its subject; but a question put to someone in the discussion
    # ("can you flag the account…?") is a member asking about the work, unlike one put to anyone who reads
    # ("can anyone recommend a dentist?")
    asked = any(signal.kind == "question" for signal in s.concrete) and any(
        who in s.words_text for who in (" you ", " your ", " others "))
    alien = work < 1 and s.vocab.isdisjoint(_WORK_TOPIC) and not asked
    if (not work or borrowed or lone or alien) and not s.forum and s.words >= OFF_TOPIC_WORDS:
        return Judgement("no_value", "it is about something other than customer service",
                         quote(" ".join(s.left[:8])))
    # leisure or home life with a word of the work borrowed ("watching the derby … the pub after shift"), or what
    # its author calls off topic; not a story about a customer ("she told me about her cat before the boiler")
    leisure = generic.LEISURE.intersection(s.vocab)
    said = " off topic " in s.words_text or " off-topic " in s.words_text
    if ((len(leisure) >= 2 and s.vocab.isdisjoint(_SERVED)) or said) and not s.forum and s.words >= _LEISURE_WORDS:
        return Judgement("no_value", "it is about something other than customer service",
                         quote(" ".join(sorted(leisure)) if leisure else "off topic"))
    return None


_LEISURE_WORDS = 8  # words: a shorter aside is brief, not off-topic
_SERVED = frozenset({"customer", "customers", "caller", "callers", "client", "clients"})  # the people the work serves


def judge(s: Substance, brief_word_limit: int) -> Judgement:
    """The value verdict for ``s``; ``brief_word_limit`` is where a comment stops being short."""
    if s.noise:
        return Judgement("no_value", f"it reads as {s.noise}", s.noise_evidence)
    unrelated = _unrelated(s, brief_word_limit)
    if unrelated:
        return unrelated
    if s.concrete:
        if not s.domain and not s.forum and not s.disputes and s.english[0] >= _ENGLISH_ENOUGH:
            # Specific, but not a word of the work or of the discussion: too short to call off-topic, too
            # far from customer service to publish unread ("Who is watching the match tonight?").
            return Judgement("borderline", "it says nothing about customer service work or the discussion",
                             quote(" ".join(s.left[:8])))
        return Judgement("ok", "it makes a specific contribution", s.concrete[0].evidence)
    thin = (bool(s.personal) and bool(s.left)) or len(s.left) >= 3  # "for my team" alone tells nothing of the author
    if not thin and s.domain and s.left and _PRAISE.isdisjoint(s.categories) and "truism" not in s.categories:
        # Short, but an opinion about the work in its own words, not praise ("Empathy cannot be scripted"):
        # whether it adds enough is a moderator's call, never a silent reject.
        return Judgement("borderline", "it states a short opinion about the work without an example",
                         _quoted(s.domain))
    if not thin:
        if "truism" in s.categories and s.words >= brief_word_limit:
            return Judgement("no_value", "it repeats a truism without a specific", _quoted(s.stripped))
        what = _quoted(s.stripped) or _quoted(s.left) or _quoted([" ".join(s.raw_words)]) or "no words of its own"
        return Judgement("brief", "once greetings, thanks and praise are set aside nothing specific is left",
                         what)
    if s.personal:
        return Judgement("borderline", "it shares a personal detail but nothing concrete",
                         s.personal[0].evidence)
    return Judgement("borderline", "it states a general idea without an example, figure or experience",
                     quote(" ".join(s.left[:8])))
