"""The demo content keeps its promise: what it shows as published passes the policy, and it is not hard-wrapped."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from forum.demo.content import THREADS, USERS, DemoComment, unwrap
from forum.policy import review_comment


def _comments(comments: tuple[DemoComment, ...]) -> Iterator[DemoComment]:
    for comment in comments:
        yield comment
        yield from _comments(comment.replies)


PUBLISHED = [c for thread in THREADS for c in _comments(thread.comments) if c.status == "published"]
PENDING = [c for thread in THREADS for c in _comments(thread.comments) if c.status == "pending"]
TEXTS = [thread.body for thread in THREADS] + [c.body for c in PUBLISHED] + [user.bio for user in USERS]
# A line break inside a paragraph: a newline between two lines of which the second starts no block.
HARD_WRAP = re.compile(r"[^\n]\n(?![-*+>]\s|\d{1,3}[.)]\s|\n)")


@pytest.mark.parametrize("comment", PUBLISHED, ids=lambda c: f"{c.author}-{c.minutes_after}")
def test_every_published_demo_comment_passes_the_policy(comment: DemoComment) -> None:
    verdict = review_comment(comment.body)
    assert verdict.is_publish, verdict.rules()


@pytest.mark.parametrize("thread", THREADS, ids=lambda t: t.slug)
def test_every_demo_thread_opening_post_passes_the_policy(thread) -> None:  # type: ignore[no-untyped-def]
    assert review_comment(thread.body).is_publish


def test_the_pending_demo_comments_are_ones_a_moderator_has_to_judge() -> None:
    assert PENDING and all(not review_comment(c.body).is_publish for c in PENDING)


def test_no_demo_text_is_hard_wrapped() -> None:
    wrapped = [text[:60] for text in TEXTS if HARD_WRAP.search(text)]
    assert wrapped == []


def test_unwrapping_joins_paragraph_lines_and_keeps_lists_and_quotes() -> None:
    source = "One line\nand its wrap.\n\n- item one\n  continued\n- item two\n\n> quoted\n> again"
    assert unwrap(source) == "One line and its wrap.\n\n- item one continued\n- item two\n\n> quoted\n> again"
