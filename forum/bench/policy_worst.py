"""Pathological inputs at the length cap, and how long ``review_comment`` takes on the worst of them.

Each input is 20,000 characters (the default ``max_chars``) of one construct that makes a parser or a
sanitiser work per element rather than per character — line breaks, list markers, quote markers, tags,
brackets, emphasis, code spans, entities, links, dotted words, contact details — either as much of it as
fits, or exactly at the bound :data:`forum.policy.rules.size.STRUCTURE_LIMITS` lets through, padded with
prose. The test suite runs them under a generous bound; ``make bench`` prints the slowest.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator

CAP = 20_000
_FILLER = " our queue doubled after the outage and we moved two agents to callbacks."


def _padded(head: str) -> str:
    return (head + _FILLER * (CAP // len(_FILLER) + 1))[:CAP]


def _filled(unit: str) -> str:
    return (unit * (CAP // len(unit) + 1))[:CAP]


def pathological() -> Iterator[tuple[str, str]]:
    """(name, text) of every pathological input, each exactly at the length cap."""
    for name, unit in (("a\\n repeated", "a\n"), ("one long word", "a"), ("quote markers", "> "),
                       ("list markers", "- "), ("stars", "*"), ("emphasis", "*a* _b_ "), ("backticks", "`a` "),
                       ("brackets", "[a]("), ("tags", "<em>"), ("entities", "&amp;"), ("links", "https://x.org/a "),
                       ("bare domains", "example.com "), ("dotted words", "a.b "), ("spaced dots", "ab . com "),
                       ("emails", "a@b.co "), ("phone numbers", "555 0199 "), ("emoji", "👍"),
                       ("praise", "great post "), ("sentences", "We did it. "), ("hashtags", "#cx "),
                       ("video paths", "youtube/watch?v=abcdefg "), ("html comments", "<!--")):
        yield f"{name} (filled)", _filled(unit)
    for name, head in (("150 list items", "- a\n" * 150), ("400 short lines", "a\n" * 400),
                       ("150 nested list items", "".join("  " * (i % 30) + "- x\n" for i in range(150))),
                       ("150 quote lines", "> a\n" * 150), ("quotes 250 deep", ">" * 250 + " deep"),
                       ("100 tags", "<em>" * 100), ("10 html comments", "<!--" * 10), ("200 links as brackets",
                       "[a](" * 200), ("300 emphasis", "*a* " * 300), ("100 code spans", "`a` " * 100),
                       ("200 entities", "&amp;" * 200), ("40 addresses", "https://a.example.org/x " * 40),
                       ("40 emails", "a@b.co " * 40), ("150 dotted words", "a.b " * 150),
                       ("mixed markup", "- > *a* [b](https://c.example.org/d) `e` &amp; <em>f</em>\n" * 25),
                       ("60 table rows", "|a|b|c|\n|-|-|-|\n" * 60), ("125 headings", "a\n---\n" * 125)):
        yield f"{name} (padded)", _padded(head)


def timings(review: Callable[[str], object], runs: int = 3) -> list[tuple[str, float]]:
    """(name, median ms of ``runs`` reviews) for every pathological input, slowest first."""
    rows = []
    for name, text in pathological():
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            review(text)
            times.append(time.perf_counter() - start)
        rows.append((name, statistics.median(times) * 1000))
    return sorted(rows, key=lambda row: -row[1])
