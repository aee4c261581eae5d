"""The signals of a specific contribution, and of noise, read from one comment (docs/policy.md §3).

A *signal* is a named pattern over what is left of a sentence once greetings, thanks and praise are
stripped (lower case, words joined by single spaces): a figure, a story (an actor and a past-tense action,
or a time cue such as "last week"), a practice or step, an example, a precise question, a disagreement with
a reason, and, in a longer comment, a reasoned argument. Each needs a few meaningful words around it so a
bare "I had a customer like that" or "Why?" is not a contribution. *Noise* is placeholder text, gibberish,
templates, keyword lists, off-topic spam and boilerplate (the ``no_value`` rule).

Everything here works on whole strings with precompiled patterns: no per-character Python loops.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from forum.policy.lexicon import words as word_set
from forum.policy.text import quote


@dataclass(frozen=True, slots=True)
class Signal:
    kind: str  # figure, story, practice, example, question, disagreement, reasoning, personal
    evidence: str


_QUESTION_WORDS = word_set("""
how what why when where which who whom whose do does did is are was were can could would should will have has
any anyone has anybody
""")
_NUMBER_WORDS = word_set("""
two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred
hundreds thousand thousands dozen dozens half million
""")
_UNITS = word_set("""
second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years shift
shifts call calls ticket tickets chat chats email emails customer customers caller callers client clients
agent agents people person employees staff reps times percent dollars euros pounds steps languages stores
locations branches sites complaints refunds orders cases members users rings seats nights questions replies
messages points levels tiers attempts transfers
""")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s?%|[$€£¥]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:k|x|am|pm|h|hrs|mins?|ms)\b"
                     r"|\b\d{1,2}:\d{2}\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A share said in words: "about a third of them", "half of our calls", "two thirds of the team".
_SHARE = re.compile(r" (?:a|one|two|three) (?:third|quarter|fifth|tenth)s? of | half (?:of|the) |"
                    r" (?:most|nine|eight|seven) (?:out of|in) (?:ten|10) ")
_PAST_IRREGULAR = word_set("""
had took got made went came told gave found began brought built bought sent ran sat spent stood kept lost left
paid put set met heard held wrote rang caught chose drove fell fought forgot grew hung hid knew led lent rode
rose sold shot showed shut spoke stuck taught threw understood woke won rewrote cut overheard undid withdrew
swore froze broke bent struck sank slid split quit spread
""")
_NOT_ACTION_ED = word_set("""
need feed seed speed indeed hundred red bed shed bleed breed deed weed freed agreed loved liked enjoyed
learned appreciated shared bookmarked printed forwarded subscribed smiled laughed resonated related wanted
needed felt thought inspired impressed amazed blessed pleased delighted honored honoured humbled motivated
touched excited interested surprised tired bored annoyed frustrated used supposed based red-faced sounded seemed
appeared reminded resembled
""")
# With "I" or "we" before them these narrate an action ("we based the ladder on ..."), not a state.
_ACTOR_ACTIONS = word_set("based used shared printed forwarded")
_STORY_ACTOR = re.compile(
    r" (?:i|we|my team|our team|my manager|my boss|my colleague|a colleague|a customer|one customer|the "
    r"customer|a caller|the caller|a client|the client|our agents|my agents|she|he|they)\s+"
    r"(?:(?:just|also|then|finally|once|actually|never|always|quickly|immediately|eventually|recently|"
    r"simply|all|both|even)\s+){0,2}(\w+)\b"
)
_ACTOR_HINTS = word_set("i we team manager boss colleague customer caller client agents she he they")
_STORY_CUE = re.compile(
    r" (?:last (?:week|month|year|night|time|summer|winter|spring|fall|autumn|quarter|shift|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this morning|years ago|months ago|weeks "
    r"ago|at my (?:last|old|previous|first|current|new) (?:job|company|employer|role|team|store|shop)|when i "
    r"(?:was|worked|started|ran|managed|led|joined)|i once|we once|i remember (?:when|a|the|one)|i had a "
    r"(?:customer|caller|client|guest|patient|manager|boss)|a customer (?:once|who|called|asked|told|wrote|"
    r"came|yelled|emailed))\b"
)
_PRACTICE = re.compile(
    r" (?:we (?:now |always |usually |also |then |still |each |all |only |never )?(?:use|ask|send|give|"
    r"call|track|review|rotate|schedule|pair|set|run|start|end|keep|write|tag|route|check|offer|let|hold|"
    r"record|read|escalate|assign|measure|close|open|text|email|train|coach|share|limit|cap|show|point|"
    r"mention|remove|replace|tell|put|stop|note|sit|post|sort|split|log|flag|block|book)"
    r"|i (?:now |always |usually |also |then |still |only |never )?(?:keep|point|mention|tell|remove|replace|"
    r"show|ask|send|write|tag|flag|log|note|stop|put|pair|rotate|record|read)|(?:our|my) (?:rule|"
    r"policy|process|practice|habit|trick|tip|approach|playbook|checklist|script|template|macro|routine|"
    r"ritual|standard|sop|workflow)|what (?:works|worked|helps|helped)|(?:exercise|technique|approach|drill|"
    r"habit|phrase|question|tactic|method) that (?:works|worked|lands|landed|helps|helped)|one thing (?:that|we|i) |"
    r"the trick (?:is|was)|a trick|start by|try (?:to |asking|using|saying|\w+ing)|make sure (?:you|to|your|that|the)"
    r"|instead of|rather than|step (?:one|two|1|2)|(?:i|we) (?:always|never|usually|make a point|try to)"
    r"|(?:first|then|finally),? (?:ask|tell|send|give|write|call|use|offer|check|repeat|confirm)"
    r"|(?:each|every) (?:agent|new hire|shift|morning|week|month|friday|monday|call|ticket|team|time we)"
    r"|(?:i'll|we'll|i will|we will|i'm going to|we're going to) (?:\w+ )?(?:ask|tell|send|give|write|use|"
    r"summari[sz]e|tag|stop|try|start|share|add|move|change|put|track|review|test|pilot|rotate|record|raise))\b"
)
_IMPERATIVE = re.compile(
    r"^ (?:ask|tell|send|give|write|call|use|offer|keep|let|avoid|never|always|start|stop|try|repeat|post|"
    r"share|note|listen|wait|pause|name|read|book|"
    r"summari[sz]e|acknowledge|apologi[sz]e|follow up|log|tag|escalate|check|confirm|record|name|set)\b"
)
_EXAMPLE = re.compile(r" (?:for example|for instance|e\.?\s?g\.?|such as|case in point|a good example|an "
                      r"example|like the time)\b")
_DISAGREE = re.compile(
    r"\b(?:i (?:respectfully |strongly |really )?disagree|(?:have|had|got|going) to (?:respectfully )?disagree|"
    r"(?:i )?(?:must|will|would|'d|'ll|gotta) (?:respectfully |have to )?disagree|(?:respectfully|strongly) disagree|"
    r"disagree with (?:the (?:author|post|article|writer|premise|idea)|you|this|that|op)\b|"
    r"i don'?t (?:fully |quite |entirely |really )?agree|i'?m not (?:so )?"
    r"(?:sure|convinced)|not convinced|i'?d push back|i'?d argue|on the contrary|that'?s not (?:always )?(?:true"
    r"|the case)|(?:doesn'?t|does not|didn'?t) (?:always )?work|i see it differently|not always|not sure i agree"
    r"|i'?m not sure (?:i agree|about|that)|i'?d (?:disagree|question)|i (?:would|'d) challenge)\b"
)
_DISAGREE_HINTS = ("agree", "not ", "n't", "push back", "argue", "contrary", "differently")
# What every alternative of _DISAGREE holds ("agree", "not sure", "t work" of "doesn't work" ...): looking for
# them rules out most texts that have a hint above ("not ", "n't") but no disagreement. str's "in" for each is
# about twice as fast as one regex alternation of them, which is tried at every character.
_DISAGREE_NEEDS = (
    "agree", "not sure", "not so sure", "convinced", "d push back", "d argue", "contrary", "not true",
    "not the case", "t work", "t always work", "not always", "differently", "d question", "d challenge")
_BECAUSE = re.compile(r"\b(?:because|since|in my experience|the reason|for example|when we|when i|as we)\b")
_CITATION = re.compile(
    r" (?:study|studies|paper|research|survey|report|book|chapter|experiment|trial|interview|talk|lecture|"
    r"analysis|review|benchmark|book's|paper's|study's|whitepaper|white paper|whitepapers|e-?book|guide|"
    r"playbook|handbook)(?: \w+){0,4} (?:found|finds|shows|showed|shown|showing|"
    r"claims|claimed|argues|argued|describes|described|explains|explained|suggests|suggested|measured|"
    r"compared|concluded|makes|made|says|said|gave|taught)\b"
)
# A publication's piece on a subject, named by someone other than its author: "The Guardian did a long read on …".
_PIECE = re.compile(
    r" (?!i |we |my |our )[\w'-]+ (?:ran|did|published|wrote|has|had|put out) an? (?:[\w-]+ ){0,2}(?:piece|article|"
    r"long read|feature|essay|column|investigation|documentary|series) (?:on|about|into)\b"
)
_TENURE_UNITS = frozenset({"year", "years", "yrs", "month", "months", "decade", "decades"})
# A well-known case cited by name: "X's rule that … gets quoted everywhere", "the Y story is often repeated".
_KNOWN_CASE = re.compile(
    r" (?:story|stories|idea|line|rule|quote|example|anecdote|principle|maxim|motto|policy)(?: [\w'-]+){0,12} "
    r"(?:is|are|was|gets|get|got|has been|have been)(?: \w+)? (?:quoted|repeated|told|retold|cited|famous|"
    r"celebrated)\b"
)
# "Tip: …", "Quick tip for planners: …": a tip introduced by a colon, then the step itself.
_TIP = re.compile(r"\b(?:tip|trick|hack)(?: for [^:.!?]{1,40})?:\s*\w", re.IGNORECASE)
_REASONING = re.compile(
    r" (?:because|which means|that'?s why|the reason|so that|instead of|rather than|the difference between|"
    r"what matters is|the problem is|the real issue|the risk is|unless|otherwise)\b"
)
MEANINGFUL = frozenset({"content", "topic", "number"})
# The author's own piece pushed ("check out my latest article on 10 tips"): no signal at all, not even its figure.
_OWN_PIECE = re.compile(r" (?:check out|read|see|watch) my (?:[\w-]+ )?(?:article|post|blog|video|piece|guide)\b")
# A sentence about reading this post ("I read it twice this morning") or writing something like it ("I wrote
# something similar"): no story or practice of the work, whatever its words (a figure in it still counts).
_ABOUT_READING = re.compile(
    r" (?:i (?:read|re-read|reread) (?:it|this|the (?:article|post|piece|blog))"
    r"|i (?:wrote|posted|blogged|published) (?:something|a|an) (?:[\w-]+ )?(?:similar|post|piece|article|blog))\b"
)


def sentence_signal(sentence: str, norms: list[str], classes: list[str], long: bool,
                    domain: bool = False) -> Signal | None:
    """The first concrete signal in one sentence, from its kept words (``norms``) and their classes.

    ``domain`` says whether the sentence uses a word of the work (:mod:`forum.policy.lexicon.domain`): then
    any subject narrating a past action ("callers bounced between us") tells a story, and a named study,
    book or report saying something is a citation. One signal is enough for the value judgement, so the
    cheapest tests run first and the rest are skipped.
    """
    meaningful = classes.count("content") + classes.count("topic") + classes.count("number")  # MEANINGFUL
    if not meaningful:
        return None
    text = " " + " ".join(norms) + " "  # patterns start with a literal space: the scanner skips ahead
    if _OWN_PIECE.search(text):
        return None  # "check out my article on 10 tips": the figure is the piece's, not the work's
    if _has_figure(sentence, norms, classes, meaningful) or (meaningful >= 2 and _SHARE.search(text)):
        return Signal("figure", quote(sentence))
    if meaningful < 2:
        return None
    content = classes.count("content")
    if meaningful >= 3 and "?" in sentence and (norms[0] in _QUESTION_WORDS or sentence.endswith("?")):
        return Signal("question", quote(sentence))
    # reading this post, or the author's own piece introduced, is no story or practice of the work
    if content >= 3 and (_action(text, norms) or _STORY_CUE.search(text) or (domain and _past_action(norms))):
        return None if _ABOUT_READING.search(text) else Signal("story", quote(sentence))
    if content >= 3 and ((domain and (_CITATION.search(text) or _PIECE.search(text))) or _KNOWN_CASE.search(text)):
        return Signal("citation", quote(sentence))
    if _PRACTICE.search(text) or (content >= 3 and (_IMPERATIVE.search(text) or _TIP.search(sentence))):
        return None if _ABOUT_READING.search(text) else Signal("practice", quote(sentence))
    if _EXAMPLE.search(text):
        return Signal("example", quote(sentence))
    if long and content >= 3 and _REASONING.search(text):
        return Signal("reasoning", quote(sentence))
    return None


# Words that only scale a number: "100 percent", "a thousand times", "x100" measure nothing by themselves.
_SCALE_WORDS = _NUMBER_WORDS | word_set("percent per cent times fold x")


def _has_figure(sentence: str, norms: list[str], classes: list[str], meaningful: int) -> bool:
    """A number that measures something: "agree 110%", "1000% this" or "a thousand times this" measure
    nothing, so a figure needs a word of its own besides numbers and the words that scale them."""
    if _NUMBER_WORDS.isdisjoint(norms) and not any(map(str.isdigit, map(itemgetter(0), norms))):
        return False  # no number at all (most sentences): one set test and one scan of first letters
    if not any(c in ("content", "topic") and n not in _SCALE_WORDS for n, c in zip(norms, classes, strict=True)):
        return False
    digits = False
    for i, norm in enumerate(norms):
        digit = norm[0].isdigit()
        digits = digits or digit
        if (digit or norm in _NUMBER_WORDS) and any(n in _UNITS for n in norms[i + 1:i + 3]):
            if i and norms[i - 1] == "for" and "been" in norms and _TENURE_UNITS.intersection(norms[i + 1:i + 3]):
                continue  # "I have been a team lead for six years": the author's tenure, not a measure of the work
            return True
        if digit and meaningful >= 3 and not (_YEAR.fullmatch(norm) and meaningful < 4):
            return True
    return digits and _FIGURE.search(sentence) is not None


# Before a hyphen these make an -ed word an adjective: "fast-paced", "well-trained", "short-staffed".
_ADJECTIVE_HEADS = word_set("""
fast slow well ill high low short long self old much badly poorly fully half open hard soft kind warm cold good
bad big small light heavy strong weak even level narrow broad single multi one two three four five
""")


def _is_past_action(verb: str) -> bool:
    if verb in _PAST_IRREGULAR:
        return True
    if len(verb) <= 4 or not verb.endswith("ed") or verb in _NOT_ACTION_ED:
        return False
    return "-" not in verb or verb.split("-", 1)[0] not in _ADJECTIVE_HEADS


def _action(text: str, words: Sequence[str] | None = None) -> bool:
    """A narrated action: an actor followed by a past-tense verb that is not a reaction ("I loved");
    ``words`` are the words ``text`` joins, when the caller has them."""
    if _ACTOR_HINTS.isdisjoint(text.split() if words is None else words):
        return False
    for m in _STORY_ACTOR.finditer(text):
        verb = m.group(1)
        if _is_past_action(verb) or (verb in _ACTOR_ACTIONS and m.group(0).split()[0] in ("i", "we")):
            return True
    return False


# Before these, a word ending in -ed is an adjective or a passive ("how rested", "was never trained").
_NOT_BEFORE_VERB = word_set("""
is are was were be been being am how so too very more most less least feel feels felt get gets got seem seems
look looks looked the a an well fully highly not never
""")


def _past_action(norms: list[str]) -> bool:
    """A past-tense action verb after any subject ("Mondays after bank holidays wrecked us")."""
    return any(_is_past_action(w) and norms[i] not in _NOT_BEFORE_VERB for i, w in enumerate(norms[1:]))


_REASON_WORDS = re.compile(r"\w+")


def disagreement(lowered: str, original: str) -> Signal | None:
    """"I disagree … because …": a disagreement followed by a reason — a "because" or a sentence of its own."""
    if not any(hint in lowered for hint in _DISAGREE_HINTS) or \
            not any(need in lowered for need in _DISAGREE_NEEDS):
        return None
    d = _DISAGREE.search(lowered)
    if not d:
        return None
    end = lowered.find(". ", d.end())
    if _BECAUSE.search(lowered, d.end()) or (end >= 0 and len(_REASON_WORDS.findall(lowered, end)) >= 10):
        return Signal("disagreement", quote(original[d.start():d.start() + 80]))
    return None


_TEMPLATE = re.compile(r"\{[^{}|\n]{1,60}(?:\|[^{}|\n]{0,60})+\}|\{\{\s*\w+\s*\}\}|%[A-Z_]{3,}%|"
                       r"\[(?:name|keyword|keywords|url|link|site|anchor)\]", re.IGNORECASE)
# A word no language writes: a keyboard run, no vowel in four letters or more, five consonants in a row.
_ODD_WORD = re.compile(r"asdf|sdfg|dfgh|fghj|ghjk|hjkl|qwer|wert|rtyu|tyui|uiop|zxcv|xcvb|cvbn|vbnm"
                       r"|^[b-df-hj-np-tv-xz]{4,}$|[b-df-hj-np-tv-xz]{5,}")
_SEPARATORS = re.compile(r"[,|#/;\n]")


def template(text: str) -> str:
    """An unexpanded spam template or placeholder ("{Great|Nice} post", "[NAME]"), or ""."""
    if "{" not in text and "%" not in text and "[" not in text:  # what every alternative starts with
        return ""
    m = _TEMPLATE.search(text)
    return m.group(0) if m else ""


def implausible(word: str) -> bool:
    """Whether ``word`` (lower case ASCII) looks like keyboard mashing rather than a word of any language."""
    return _ODD_WORD.search(word) is not None


def keyword_list(text: str, word_count: int, stops: int) -> bool:
    """Eight words or more, almost no function words, separated by commas, pipes, hashes or lines, or run
    together with half the words repeats ("service week ideas service week gifts service week quotes")."""
    if word_count < 8 or stops * 10 >= word_count:
        return False
    if len(_SEPARATORS.findall(text)) >= 4:
        return True
    distinct = len(set(text.lower().split()))  # four at least: "great post great post …" is praise, not keywords
    return distinct >= 4 and distinct * 2 <= word_count
