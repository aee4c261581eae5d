"""What a comment contributes once its greetings, thanks and praise are gone (policy.md §3).

:func:`assess` strips greetings, thanks, praise, agreement, sign-offs, emoji, repetition and filler from the
prose of a comment, keeps "what is left", and looks in it for the signals of a specific contribution:

- concrete: a figure (number, duration, share, amount), an experience told as events ("we started", "a
  customer called"), a practice or step, an example, a precise question, a disagreement with a reason, and,
  in a longer comment, a reasoned argument;
- thin: a personal detail ("I work nights on a help desk") or a general idea with words of its own.

:func:`judge` turns that into one verdict for the value rules: ``ok``, ``brief`` (too_brief), ``no_value``
or ``borderline`` (borderline_value), with the words that decided it. Every heuristic is a small named
function or pattern so a moderator can read why a comment was judged as it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from forum.policy.lexicon import commerce, generic
from forum.policy.text import Token, emoji, quote, strip_emoji, tokenise, word_count


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str  # figure, story, practice, example, question, disagreement, reasoning, personal
    evidence: str


@dataclass(frozen=True, slots=True)
class Substance:
    words: int  # words of prose (links and markup removed)
    left: tuple[str, ...]  # distinct content words left after stripping, in order
    stripped: tuple[str, ...]  # the generic runs removed, quoted as written (evidence)
    categories: frozenset[str]  # which kinds of generic phrase were found (praise, thanks, truism ...)
    concrete: tuple[Signal, ...]
    personal: tuple[Signal, ...]
    noise: str  # why the text is filler of another kind ("placeholder", "gibberish" ...), or ""
    noise_evidence: str


@dataclass(frozen=True, slots=True)
class Judgement:
    kind: str  # ok, brief, no_value, borderline
    why: str  # a clause for the reason's message
    evidence: str


_QUESTION_WORDS = frozenset(
    "how what why when where which who whom whose do does did is are was were can could would should will "
    "have has any anyone has anybody".split()
)
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty "
    "hundred hundreds thousand thousands dozen dozens half million".split()
)
_UNITS = frozenset(
    "second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years "
    "shift shifts call calls ticket tickets chat chats email emails customer customers caller callers "
    "client clients agent agents people person employees staff reps times percent dollars euros pounds "
    "steps languages stores locations branches sites complaints refunds orders cases members users "
    "rings seats nights questions replies messages points levels tiers attempts transfers".split()
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?%|[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:k|x|am|pm|h|hrs|mins?|ms)\b"
                     r"|\b\d{1,2}:\d{2}\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SYMBOLIC_PRAISE = re.compile(r"(?<![\w+])\+\s?1+(?![\d.,])|\b10\s?/\s?10\b|\b5\s?/\s?5\b|\b\d(?:\.\d)?\s?stars?\b"
                              r"|(?<!\w)[aA]\+{1,3}(?!\w)|!{2,}|\?{2,}|\.{3,}|…")
_VOCATIVE = re.compile(
    r"(?:^|[\n.!?]\s*|\b(?:hi|hello|hey|dear|thanks|thank you|thx|cheers|congrats|kudos|bravo|well done|"
    r"great job|agree with|hola|bonjour|hallo|gracias|merci|danke|grazie)[\s,!]+)"
    r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?)(?=\s*(?:[,!:;.\-–—]|$))",
    re.IGNORECASE,
)
_SIGNATURE = re.compile(r"(?:^|\n)\s*[-–—~]*\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*$")

_PAST_IRREGULAR = frozenset(
    "had took got made went came told gave found began brought built bought sent ran sat spent stood kept "
    "lost left paid put set met heard held wrote rang caught chose drove fell fought forgot grew hung hid "
    "knew led lent rode rose sold shot showed shut spoke stuck taught threw understood woke won".split()
)
_NOT_ACTION_ED = frozenset(
    "need feed seed speed indeed hundred red bed shed bleed breed deed weed freed agreed loved liked enjoyed "
    "learned appreciated shared bookmarked printed forwarded subscribed smiled laughed resonated related "
    "wanted needed felt thought inspired impressed amazed blessed pleased delighted honored honoured humbled "
    "motivated touched excited interested surprised tired bored annoyed frustrated used supposed based "
    "red-faced".split()
)
_STORY_ACTOR = re.compile(
    r"\b(?:i|we|my team|our team|my manager|my boss|my colleague|a colleague|a customer|one customer|the "
    r"customer|a caller|the caller|a client|the client|our agents|my agents|she|he|they)\s+"
    r"(?:(?:just|also|then|finally|once|actually|never|always|quickly|immediately|eventually|recently|"
    r"simply|all|both|even)\s+){0,2}(\w+)\b"
)
_STORY_CUE = re.compile(
    r"\b(?:last (?:week|month|year|night|time|summer|winter|spring|fall|autumn|quarter|shift|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this morning|years ago|months ago|weeks "
    r"ago|at my (?:last|old|previous|first|current|new) (?:job|company|employer|role|team|store|shop)|when i "
    r"(?:was|worked|started|ran|managed|led|joined)|i once|we once|i remember (?:when|a|the|one)|i had a "
    r"(?:customer|caller|client|guest|patient|manager|boss)|a customer (?:once|who|called|asked|told|wrote|"
    r"came|yelled|emailed))\b"
)
_PRACTICE = re.compile(
    r"\b(?:we (?:now |always |usually |also |then |still |each |all )?(?:use|ask|send|give|call|track|"
    r"review|rotate|schedule|pair|set|run|start|end|keep|write|tag|route|check|offer|let|hold|record|read|"
    r"escalate|assign|measure|close|open|text|email|train|coach|share|limit|cap)|(?:our|my) (?:rule|"
    r"policy|process|practice|habit|trick|tip|approach|playbook|checklist|script|template|macro|routine|"
    r"ritual|standard|sop|workflow)|what (?:works|worked|helps|helped)|one thing (?:that|we|i) |the trick "
    r"(?:is|was)|a trick|start by|try (?:to |asking|using|saying|\w+ing)|make sure (?:you|to|your|that|the)"
    r"|instead of|rather than|step (?:one|two|1|2)|(?:i|we) (?:always|never|usually|make a point|try to)"
    r"|(?:first|then|finally),? (?:ask|tell|send|give|write|call|use|offer|check|repeat|confirm))\b"
)
_IMPERATIVE = re.compile(
    r"^(?:ask|tell|send|give|write|call|use|offer|keep|let|avoid|never|always|start|stop|try|repeat|"
    r"summari[sz]e|acknowledge|apologi[sz]e|follow up|log|tag|escalate|check|confirm|record|name|set)\b"
)
_EXAMPLE = re.compile(r"\b(?:for example|for instance|e\.?\s?g\.?|such as|case in point|a good example|an "
                      r"example|like the time)\b")
_DISAGREE = re.compile(
    r"\b(?:i (?:respectfully )?disagree|i don'?t (?:fully |quite |entirely |really )?agree|i'?m not (?:so )?"
    r"(?:sure|convinced)|not convinced|i'?d push back|i'?d argue|on the contrary|that'?s not (?:always )?(?:true"
    r"|the case)|(?:doesn'?t|does not|didn'?t) (?:always )?work|i see it differently|not always)\b"
)
_BECAUSE = re.compile(r"\b(?:because|since|in my experience|the reason|for example|when we|when i|as we)\b")
_REASONING = re.compile(
    r"\b(?:because|which means|that'?s why|the reason|so that|instead of|rather than|the difference between|"
    r"what matters is|the problem is|the real issue|the risk is|unless|otherwise)\b"
)
_TEMPLATE = re.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{0,60})+\}|\{\{\s*\w+\s*\}\}|%[A-Z_]{3,}%|"
                       r"\[(?:name|keyword|keywords|url|link|site|anchor)\]", re.IGNORECASE)
_KEYBOARD = re.compile(r"asdf|sdfg|dfgh|fghj|ghjk|hjkl|qwer|wert|erty|rtyu|tyui|yuio|uiop|zxcv|xcvb|cvbn|vbnm")
_NO_VOWEL = re.compile(r"^[b-df-hj-np-tv-xz]+$")
_CONSONANT_RUN = re.compile(r"[b-df-hj-np-tv-xz]{5,}")
_SEPARATORS = re.compile(r"[,|#/;\n]")


@lru_cache(maxsize=16)
def _phrase_index(extra: tuple[str, ...]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word → (phrase words, category), longest phrases first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    entries = [(p, c) for c, phrases in generic.PHRASES.items() for p in phrases]
    entries += [(p.lower(), "praise") for p in extra]
    for phrase, category in entries:
        words = tuple(phrase.split())
        if words:
            index.setdefault(words[0], []).append((words, category))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in index.items()}


def _names(text: str) -> set[str]:
    """Names used as address or signature ("Hi Ty,", "Thanks Kate!", "— Sam"): not content."""
    found = {m.group(1).lower() for m in _VOCATIVE.finditer(text) if m.group(1)[:1].isupper()}
    sig = _SIGNATURE.search(text)
    if sig:
        found.add(sig.group(1).lower())
    return {part for name in found for part in name.split()}


def _mark_phrases(tokens: tuple[Token, ...], extra: tuple[str, ...]) -> list[str]:
    """Category of the generic phrase each token belongs to, or "" (greedy, longest match first)."""
    index = _phrase_index(extra)
    marks = [""] * len(tokens)
    i = 0
    while i < len(tokens):
        for words, category in index.get(tokens[i].norm, ()):
            end = i + len(words)
            if end <= len(tokens) and tokens[end - 1].sentence == tokens[i].sentence and all(
                    tokens[i + k].norm == w for k, w in enumerate(words)):
                marks[i:end] = [category] * len(words)
                i = end - 1
                break
        i += 1
    return marks


def _word_class(norm: str, names: set[str]) -> str:
    if norm in generic.STOPWORDS:
        return "stop"
    if norm in generic.FILLER_WORDS:
        return "filler"
    if norm in generic.GENERIC_WORDS or norm in names:
        return "generic"
    if norm in generic.TOPIC_WORDS:
        return "topic"
    if norm[0].isdigit():
        return "number"
    return "content"


def _implausible(word: str) -> bool:
    """An ASCII word no language writes: keyboard runs, no vowel, five consonants in a row."""
    w = word.lower()
    return bool(_KEYBOARD.search(w) or (len(w) >= 4 and _NO_VOWEL.match(w)) or _CONSONANT_RUN.search(w))


def _noise(text: str, tokens: tuple[Token, ...], marks: list[str], classes: list[str]) -> tuple[str, str]:
    if "placeholder" in marks:
        return "placeholder", " ".join(t.text for t, m in zip(tokens, marks, strict=True) if m == "placeholder")
    m = _TEMPLATE.search(text)
    if m:
        return "template", m.group(0)
    words = [t for t in tokens if not t.norm[0].isdigit()]
    if not words:
        return "", ""
    placeholders = [t.text for t in words if t.norm in generic.PLACEHOLDER_WORDS]
    if placeholders and len(placeholders) * 3 >= len(words):
        return "placeholder", " ".join(placeholders[:5])
    ascii_words = [t.text for t in words if t.text.isascii() and len(t.text) >= 3 and not t.text.isupper()]
    odd = [w for w in ascii_words if _implausible(w)]
    if odd and (len(odd) * 5 >= len(ascii_words) * 2 or len(words) <= 2):
        return "gibberish", " ".join(odd[:5])
    stops = sum(1 for c in classes if c == "stop")
    if len(words) >= 8 and stops * 10 < len(words) and len(_SEPARATORS.findall(text)) >= 4:
        return "keyword list", quote(text, 60)
    spam = [t.text for t in words if t.norm in commerce.SPAM_TOPICS]
    if spam and "topic" not in classes:
        return "off-topic", ", ".join(spam[:3])
    if "boilerplate" in marks and "content" not in classes:
        return "boilerplate", " ".join(t.text for t, m in zip(tokens, marks, strict=True) if m == "boilerplate")
    return "", ""


def _sentence_signals(sentence: str, kept: list[Token], classes: dict[int, str], long: bool) -> list[Signal]:
    """Concrete signals in one sentence, read from what is left of it after stripping."""
    text = " ".join(t.norm for t in kept)
    if not text:
        return []
    meaningful = [t for t in kept if classes[id(t)] in ("content", "topic", "number")]
    content = [t for t in kept if classes[id(t)] == "content"]
    found: list[Signal] = []
    if _has_figure(sentence, kept, classes, len(meaningful)):
        found.append(Signal("figure", quote(sentence)))
    if len(meaningful) >= 3 and (_STORY_CUE.search(text) or _action(text)):
        found.append(Signal("story", quote(sentence)))
    if len(meaningful) >= 2 and (_PRACTICE.search(text) or (_IMPERATIVE.search(text) and len(content) >= 3)):
        found.append(Signal("practice", quote(sentence)))
    if len(meaningful) >= 2 and _EXAMPLE.search(text):
        found.append(Signal("example", quote(sentence)))
    if "?" in sentence and len(meaningful) >= 3 and (kept[0].norm in _QUESTION_WORDS or "?" == sentence[-1]):
        found.append(Signal("question", quote(sentence)))
    if long and len(content) >= 3 and _REASONING.search(text):
        found.append(Signal("reasoning", quote(sentence)))
    return found


def _has_figure(sentence: str, kept: list[Token], classes: dict[int, str], meaningful: int) -> bool:
    for i, tok in enumerate(kept):
        number = tok.norm[0].isdigit() or tok.norm in _NUMBER_WORDS
        if number and any(t.norm in _UNITS for t in kept[i + 1:i + 3]):
            return True
        if tok.norm[0].isdigit() and meaningful >= 3 and not (_YEAR.fullmatch(tok.norm) and meaningful < 4):
            return True
    return meaningful >= 1 and bool(_FIGURE.search(sentence))


def _action(text: str) -> bool:
    """A narrated action: an actor followed by a past-tense verb that is not a reaction ("I loved")."""
    for m in _STORY_ACTOR.finditer(text):
        verb = m.group(1)
        if verb in _PAST_IRREGULAR or (len(verb) > 4 and verb.endswith("ed") and verb not in _NOT_ACTION_ED):
            return True
    return False


def assess(text: str, extra_praise: tuple[str, ...] = (), long_at: int = 20) -> Substance:
    """Strip ``text`` (normalised prose, links removed) down to what it contributes, and find its signals."""
    names = _names(text)
    symbols = [m.group(0) for m in _SYMBOLIC_PRAISE.finditer(text)]
    cleaned = _SYMBOLIC_PRAISE.sub(" ", strip_emoji(text))
    if not cleaned.isascii():
        for phrase in generic.UNSPACED_PRAISE:
            if phrase in cleaned:
                symbols.append(phrase)
                cleaned = cleaned.replace(phrase, " ")
    tokens, sentences = tokenise(cleaned)
    marks = _mark_phrases(tokens, extra_praise)
    classes = [m and "generic" or _word_class(t.norm, names) for t, m in zip(tokens, marks, strict=True)]
    words = word_count(tokens)
    long = words >= long_at

    left: dict[str, None] = {}
    stripped: list[str] = [*emoji(text), *symbols]
    run: list[Token] = []
    by_sentence: dict[int, list[Token]] = {}
    klass: dict[int, str] = {}
    for tok, mark, cls in zip(tokens, marks, classes, strict=True):
        klass[id(tok)] = cls
        if mark or cls in ("generic", "filler"):
            run.append(tok)
        else:
            if run:
                stripped.append(cleaned[run[0].start:run[-1].end])
                run = []
            if not mark:
                by_sentence.setdefault(tok.sentence, []).append(tok)
            if cls == "content" and len(tok.norm) >= 3:
                left[tok.norm] = None
    if run:
        stripped.append(cleaned[run[0].start:run[-1].end])
    stripped = [s for s in stripped if s.strip() and s.lower() not in generic.STOPWORDS]

    concrete: list[Signal] = []
    personal: list[Signal] = []
    for index, kept in by_sentence.items():
        sentence = sentences[index]
        concrete.extend(_sentence_signals(sentence, kept, klass, long))
        if any(t.norm in generic.FIRST_PERSON for t in kept) and any(
                klass[id(t)] in ("content", "topic") for t in kept):
            personal.append(Signal("personal", quote(sentence)))
    lowered = cleaned.lower()
    d = _DISAGREE.search(lowered)
    if d and _BECAUSE.search(lowered, d.end()):
        concrete.append(Signal("disagreement", quote(cleaned[d.start():d.start() + 80])))
    noise, noise_evidence = _noise(cleaned, tokens, marks, classes)
    return Substance(words=words, left=tuple(left), stripped=tuple(dict.fromkeys(stripped)),
                     categories=frozenset(m for m in marks if m), concrete=tuple(concrete),
                     personal=tuple(personal), noise=noise, noise_evidence=noise_evidence)


def _quoted(items: tuple[str, ...] | list[str], limit: int = 3) -> str:
    return ", ".join(f"“{quote(i, 50)}”" for i in list(items)[:limit])


def judge(s: Substance, brief_word_limit: int) -> Judgement:
    """The value verdict for ``s``; ``brief_word_limit`` is where a comment stops being short."""
    if s.noise:
        return Judgement("no_value", f"it reads as {s.noise}", s.noise_evidence)
    if s.concrete:
        return Judgement("ok", "it makes a specific contribution", s.concrete[0].evidence)
    thin = bool(s.personal) or len(s.left) >= 3
    if not thin:
        if "truism" in s.categories and s.words >= brief_word_limit:
            return Judgement("no_value", "it repeats a truism without a specific", _quoted(s.stripped))
        what = _quoted(s.stripped) or _quoted(s.left)
        return Judgement("brief", "once greetings, thanks and praise are set aside nothing specific is left",
                         what)
    if s.personal:
        return Judgement("borderline", "it shares a personal detail but nothing concrete",
                         s.personal[0].evidence)
    return Judgement("borderline", "it states a general idea without an example, figure or experience",
                     quote(" ".join(s.left[:8])))
