"""``python -m forum.bench policy``: how many comments a second the policy engine reviews on one core.

Builds a deterministic (seeded) mix of comments from the phrase bank below — stories of 60–150 words, a
third of them with one link, some praise-only, some commercial — then, for each stage, times the whole mix
``--runs`` times and prints a table: reviews/s (median of the runs), median µs per review, and the same mix
through the bare pipeline (markdown-it + bleach + nh3 with the same allow-list, no policy: issue 12's yardstick,
``review_comment`` should reach 0.6× its rate), through ``render_comment`` alone and through ``nh3.clean``
alone (the ceiling). A second table times the pathological inputs at the length cap
(:mod:`forum.bench.policy_worst`), slowest first: the worst case should stay under 50 ms.
``--profile`` prints the top functions of one ``review_comment`` pass instead. The phrase bank is our own
writing; nothing is fetched.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import statistics
import time
from collections.abc import Callable, Sequence

OPENINGS = (
    "Hi everyone,", "Hello all!", "Good morning from the night shift.", "", "", "Great read.",
    "This matches what I see every week.", "Thanks for writing this up.",
)
STORIES = (
    "Last winter our billing queue doubled after a price change and we had four agents covering two time zones.",
    "A customer called us six times in one afternoon because each agent gave a different refund date.",
    "When I ran the returns desk we started reading the last three notes aloud before picking up a call.",
    "We stopped asking for the order number first and asked what happened instead, and handle time dropped.",
    "At my previous job the chat team had a rule that nobody closes a conversation the customer did not close.",
    "I once spent forty minutes on a call with a man whose pharmacy delivery was lost on a holiday weekend.",
    "Our team moved the callback promise from 'within a day' to a specific hour and complaints fell by a third.",
    "We pair every new hire with a veteran for their first twenty escalations, then swap the roles.",
    "One of our agents keeps a notebook of phrases that calmed people down and we turned it into a shared page.",
    "The hardest week I remember was the outage in March when 1,200 tickets arrived before lunch.",
)
PRACTICES = (
    "Try summarising the problem back in the customer's own words before offering anything.",
    "We always send a short written recap after a long phone call so nobody has to remember the details.",
    "Make sure the person who takes the escalation can actually change the outcome.",
    "Instead of a script for apologies we use three questions the agent must answer first.",
    "Our rule is that a promise made on the phone goes into the ticket within five minutes.",
)
QUESTIONS = (
    "How do you keep the same tone when a ticket moves between three teams?",
    "Has anyone measured whether a named agent on the reply changes satisfaction scores?",
    "What do you tell a new agent after their first truly abusive call?",
)
CLOSINGS = ("", "", "Thanks again for the post.", "Happy Customer Service Week to every agent out there!",
            "Curious what others think.", "Cheers, Sam")
PRAISE_ONLY = (
    "Great post! Thanks for sharing 👍", "So true!!! Love this.", "Nice one, well said.", "Thank you Kate!",
    "Wonderful article, keep up the good work!", "+1, couldn't agree more.", "Gracias, muy buen artículo.",
    "Brilliant as always my friend. Happy Valentine's Day!",
)
COMMERCIAL = (
    "Our help desk platform fixes this in minutes, book a demo at https://www.example-helpdesk.com/pricing today.",
    "Use code SAVE20 for our call centre training package, DM me for prices.",
    "Check out https://shop.example.com/cart?ref=agent42 for the best headsets.",
)
LINKS = (
    "https://en.wikipedia.org/wiki/Customer_service",
    "https://www.example.org/2023/05/what-we-learned-from-a-year-of-callbacks",
    "https://blog.example-vendor.com/reduce-handle-time",
    "https://hbr.org/2010/07/stop-trying-to-delight-your-customers",
)


def build_mix(size: int = 300, seed: int = 20240601) -> list[str]:
    """``size`` comments: ~70% substantive (60–150 words, a third with one link), praise-only, commercial."""
    rng = random.Random(seed)
    mix: list[str] = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.18:
            mix.append(rng.choice(PRAISE_ONLY))
            continue
        if roll < 0.28:
            mix.append(rng.choice(COMMERCIAL))
            continue
        parts = [rng.choice(OPENINGS)]
        body = rng.sample(STORIES, 3) + rng.sample(PRACTICES, 2)
        rng.shuffle(body)
        parts.extend(body)
        if rng.random() < 0.5:
            parts.append(rng.choice(QUESTIONS))
        words = 0
        kept = []
        for part in parts:
            kept.append(part)
            words += len(part.split())
            if words >= rng.randint(60, 150):
                break
        if rng.random() < 1 / 3:
            kept.insert(rng.randint(1, len(kept)), f"I wrote up the numbers here: {rng.choice(LINKS)}")
        kept.append(rng.choice(CLOSINGS))
        mix.append(" ".join(p for p in kept if p))
    return mix


def _pass(func: Callable[[str], object], mix: Sequence[str], each: list[float]) -> float:
    """One timed pass over ``mix``: items/s, with every item's seconds appended to ``each``."""
    clock = time.perf_counter
    start = clock()
    for text in mix:
        t0 = clock()
        func(text)
        each.append(clock() - t0)
    return len(mix) / (clock() - start)


def _time(stages: Sequence[tuple[str, Callable[[str], object]]], mix: Sequence[str], runs: int
          ) -> list[tuple[str, float, float]]:
    """Per stage: (name, median items/s over ``runs`` passes, median µs per item over every item of every pass).

    The stages take turns, one pass each per round, so that a slow spell of the shared machine slows every stage
    alike instead of whichever happened to be running."""
    rates: dict[str, list[float]] = {name: [] for name, _ in stages}
    each: dict[str, list[float]] = {name: [] for name, _ in stages}
    for _ in range(runs):
        for name, func in stages:
            rates[name].append(_pass(func, mix, each[name]))
    return [(name, statistics.median(rates[name]), statistics.median(each[name]) * 1e6) for name, _ in stages]


def bare_pipeline() -> Callable[[str], str]:
    """markdown-it (CommonMark) → bleach → nh3 with the forum's allow-list: rendering with no policy at all."""
    import bleach
    import nh3
    from markdown_it import MarkdownIt

    from forum.policy.allow_list import ALLOWED_ATTRIBUTES, ALLOWED_SCHEMES, ALLOWED_TAGS

    markdown = MarkdownIt("commonmark")
    cleaner = bleach.sanitizer.Cleaner(tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, protocols=ALLOWED_SCHEMES)
    return lambda text: nh3.clean(cleaner.clean(markdown.render(text)))


def run(size: int = 300, runs: int = 7, seed: int = 20240601) -> list[tuple[str, float, float]]:
    import nh3

    from forum.policy import render_comment, review_comment

    mix = build_mix(size, seed)
    bare = bare_pipeline()
    for text in mix:  # warm caches and lazy compilation before timing
        review_comment(text)
        bare(text)
    return _time([("review_comment", review_comment), ("bare pipeline", bare), ("render_comment alone", render_comment),
                  ("nh3.clean alone (ceiling)", nh3.clean)], mix, runs)


def table(rows: list[tuple[str, float, float]]) -> str:
    ceiling, bare = rows[-1][1], rows[1][1]
    lines = [f"{'stage':<28}{'reviews/s':>12}{'µs/review':>12}{'vs bare':>10}{'vs nh3':>10}", "-" * 72]
    for name, rate, micro in rows:
        lines.append(f"{name:<28}{rate:>12,.0f}{micro:>12,.1f}{rate / bare:>10.2f}{rate / ceiling:>10.3f}")
    return "\n".join(lines)


def worst_table(rows: list[tuple[str, float]], top: int = 8) -> str:
    lines = [f"{'pathological input at 20,000 characters':<44}{'ms':>8}", "-" * 52]
    lines += [f"{name:<44}{ms:>8.1f}" for name, ms in rows[:top]]
    return "\n".join(lines)


def profile(size: int, seed: int, top: int = 25) -> str:
    from forum.policy import review_comment

    mix = build_mix(size, seed)
    profiler = cProfile.Profile()
    profiler.enable()
    for text in mix:
        review_comment(text)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("policy", help="benchmark the comment policy engine")
    parser.add_argument("--size", type=int, default=300, help="comments in the mix (default 300)")
    parser.add_argument("--runs", type=int, default=7, help="timed passes over the mix (default 7)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one review pass")
    parser.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    if args.profile:
        print(profile(args.size, args.seed))
        return 0
    mix = build_mix(args.size, args.seed)
    words = statistics.median(len(t.split()) for t in mix)
    print(f"mix: {len(mix)} comments, median {words:.0f} words, seed {args.seed}, {args.runs} runs, one core")
    if hasattr(os, "getloadavg"):
        load, cpus = os.getloadavg()[0], os.cpu_count() or 1
        note = "  (busy machine: reviews/s is pessimistic, µs/review less so)" if load > cpus * 0.75 else ""
        print(f"load average {load:.1f} on {cpus} CPUs{note}")
    print(table(run(args.size, args.runs, args.seed)))
    from forum.bench.policy_worst import timings
    from forum.policy import review_comment

    print()
    print(worst_table(timings(review_comment)))
    return 0
