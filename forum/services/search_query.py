"""The search box's query language, parsed into a safe structure (pure functions, no database).

What people type: words, ``"quoted phrases"``, ``-excluded`` words or ``-"phrases"``, and filters
``board:<slug>``, ``tag:<name>`` (repeatable: every tag must be present), ``author:<handle>`` or
``@handle``, ``before:YYYY-MM-DD``, ``after:YYYY-MM-DD`` and ``in:title``. The last bare word is also
matched as a prefix (``escal`` finds "escalation"), so results follow the typing; the backends match it as a
prefix once it has :data:`MIN_PREFIX` characters (``SearchQuery.prefix_is_partial``), and whole before.

Invariants of :class:`SearchQuery` (what makes any input safe for FTS5 and ``tsquery``): every word is a run
of Unicode word characters (``\\w+``), nothing else; a phrase is a tuple of such words; operators,
quotes, parentheses, column filters (``title:``), NUL and control characters never survive as syntax —
a bare token with punctuation inside (``e-mail``, ``don't``, ``title:foo``) becomes the phrase of its
words. Input is cut to :data:`MAX_QUERY_CHARS` and to :data:`MAX_TERMS` terms; filters that cannot be read
(``before:yesterday``) are dropped and listed in ``ignored`` so the page can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

MAX_QUERY_CHARS = 400
MAX_TERMS = 12
MAX_FILTER_CHARS = 64
MIN_PREFIX = 3  # a shorter last word is matched whole: "re*" would merge the lists of thousands of words

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'(-?)"([^"]*)("?)|(\S+)')
_WORD = re.compile(r"\w+")
_FILTER = re.compile(r"(?i)^(board|tag|author|before|after|in):(.+)$")
_SLUG = re.compile(r"^[\w][\w.-]*$")
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")

Words = tuple[str, ...]


@dataclass(frozen=True)
class SearchQuery:
    """A parsed query. ``terms`` are the positive words and phrases (each a tuple of words; one word is a
    1-tuple); ``prefix`` is the last bare word when it is matched as a prefix (it is then not in
    ``terms``); ``excluded`` are words or phrases no result may contain."""

    terms: tuple[Words, ...] = ()
    prefix: str = ""
    excluded: tuple[Words, ...] = ()
    board: str = ""
    tags: tuple[str, ...] = ()
    author: str = ""
    before: date | None = None
    after: date | None = None
    in_title: bool = False
    ignored: tuple[str, ...] = field(default=(), compare=False)

    @property
    def has_text(self) -> bool:
        """True when there is something to match against the index (exclusions alone are not)."""
        return bool(self.terms or self.prefix)

    @property
    def has_filters(self) -> bool:
        return bool(self.board or self.tags or self.author or self.before or self.after)

    @property
    def prefix_is_partial(self) -> bool:
        """True when the prefix is long enough to be matched as the start of longer words."""
        return len(self.prefix) >= MIN_PREFIX

    @property
    def is_empty(self) -> bool:
        """Nothing to search for: no words and no filters (``in:title`` alone narrows nothing)."""
        return not self.has_text and not self.has_filters

    def highlight_words(self) -> list[str]:
        """The words a snippet should mark: every positive word and the prefix."""
        words = [w for term in self.terms for w in term]
        return [*words, self.prefix] if self.prefix else words


def _words(text: str) -> Words:
    return tuple(_WORD.findall(text.lower()))


def _read_date(value: str) -> date | None:
    match = _DATE.match(value)
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass
class _Builder:
    terms: list[Words] = field(default_factory=list)
    bare: list[bool] = field(default_factory=list)  # whether each term was typed as a bare single word
    excluded: list[Words] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)

    def add(self, words: Words, *, negative: bool, bare: bool) -> None:
        if not words or len(self.terms) + len(self.excluded) >= MAX_TERMS:
            return
        if negative:
            self.excluded.append(words)
        else:
            self.terms.append(words)
            self.bare.append(bare and len(words) == 1)

    def filter(self, token: str) -> bool:
        match = _FILTER.match(token)
        if token.startswith("@") and len(token) > 1:
            match, key, value = None, "author", token[1:]
        elif match:
            key, value = match[1].lower(), match[2]
        else:
            return False
        value = value[:MAX_FILTER_CHARS]
        if key == "in":
            if value.lower() == "title":
                self.filters["in"] = "title"
            else:
                self.ignored.append(token)
        elif key in ("before", "after"):
            if _read_date(value) is None:
                self.ignored.append(token)
            else:
                self.filters[key] = value
        elif not _SLUG.match(value):
            self.ignored.append(token)
        elif key == "tag":
            if value.lower() not in self.tags:
                self.tags.append(value.lower())
        else:
            self.filters[key] = value.lower()
        return True


def parse_query(raw: str | None) -> SearchQuery:
    """Parse what someone typed; never raises, whatever the input (see the module's invariants)."""
    text = _CONTROL.sub(" ", (raw or "")[:MAX_QUERY_CHARS])
    built = _Builder()
    for match in _TOKEN.finditer(text):
        negative_quote, quoted, _closed, bare = match.groups()
        if bare is None:  # a quoted phrase (an unclosed quote runs to the end)
            built.add(_words(quoted), negative=bool(negative_quote), bare=False)
            continue
        if built.filter(bare):
            continue
        negative = bare.startswith("-") and len(bare) > 1
        body = bare[1:] if negative else bare
        words = _words(body)
        built.add(words, negative=negative, bare=_WORD.fullmatch(body) is not None)
    terms, prefix = list(built.terms), ""
    if terms and built.bare[-1]:
        prefix = terms.pop()[0]
    return SearchQuery(
        terms=tuple(terms), prefix=prefix, excluded=tuple(built.excluded), board=built.filters.get("board", ""),
        tags=tuple(built.tags), author=built.filters.get("author", ""),
        before=_read_date(built.filters.get("before", "")), after=_read_date(built.filters.get("after", "")),
        in_title=built.filters.get("in") == "title", ignored=tuple(built.ignored),
    )
