"""Watching decides who hears of a new comment: watchers hear of everything, trackers of replies and mentions,
the muted of nothing; members watch what they start or reply to; mentions are limited and notify."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from forum.models import MailJob, Notification, WatchLevel
from forum.services.editing import delete_comment, edit_comment
from forum.services.errors import InvalidInput, NotFound
from forum.services.jobs import run_due_jobs
from forum.services.posting import post_comment, start_thread
from forum.services.watching import MAX_MENTIONS, list_watches, search_handles, set_watch
from tests.factories import VALUABLE, World, make_comment, make_member, valuable


def _notes(session: Session, user_id: int) -> list[str]:
    """The member's notifications once the worker has run the due jobs (watchers hear through one)."""
    run_due_jobs(session)
    return [n.kind for n in session.exec(select(Notification).where(Notification.user_id == user_id)
                                         .order_by(Notification.id)).all()]


def _watch(session: Session, world: World, user_id: int, level: str, *, board: bool = False) -> None:
    set_watch(session, actor_id=user_id, target_kind="board" if board else "thread",
              target_id=world.board.id if board else world.thread.id, level=level)


def test_a_watcher_hears_of_every_new_comment(session: Session, world: World) -> None:
    _watch(session, world, world.moderator.id, WatchLevel.WATCHING)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    assert _notes(session, world.moderator.id) == ["watched"]


def test_posting_writes_one_job_for_the_watchers_however_many_and_the_worker_tells_each(
        session: Session, world: World) -> None:
    watchers = [make_member(session, f"watcher{n}") for n in range(30)]
    for watcher in watchers:
        set_watch(session, actor_id=watcher.id, target_kind="thread", target_id=world.thread.id,
                  level=WatchLevel.WATCHING)
    jobs_before = len(session.exec(select(MailJob)).all())
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    written = session.exec(select(Notification.kind)).all()
    assert len(session.exec(select(MailJob)).all()) == jobs_before + 1
    assert "watched" not in written  # the request told only the thread's author personally
    assert all(_notes(session, watcher.id) == ["watched"] for watcher in watchers)


def test_a_comment_removed_before_the_worker_runs_tells_no_watcher(session: Session, world: World) -> None:
    _watch(session, world, world.moderator.id, WatchLevel.WATCHING)
    posted = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    delete_comment(session, actor_id=world.member.id, comment_id=posted.comment_id)
    assert _notes(session, world.moderator.id) == []


def test_a_tracker_hears_only_of_replies_to_them(session: Session, world: World) -> None:
    _watch(session, world, world.opener.id, WatchLevel.TRACKING)
    mine = make_comment(session, world.thread, world.opener, text=valuable(1))
    other = make_comment(session, world.thread, world.moderator, text=valuable(2))
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(3), parent_id=other.id)
    assert _notes(session, world.opener.id) == []
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(4), parent_id=mine.id)
    assert _notes(session, world.opener.id) == ["reply"]


def test_a_muted_thread_notifies_nothing_not_even_replies(session: Session, world: World) -> None:
    _watch(session, world, world.opener.id, WatchLevel.MUTED)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    assert _notes(session, world.opener.id) == []


def test_a_thread_level_wins_over_the_board_level(session: Session, world: World) -> None:
    _watch(session, world, world.moderator.id, WatchLevel.WATCHING, board=True)
    _watch(session, world, world.admin.id, WatchLevel.WATCHING, board=True)
    _watch(session, world, world.admin.id, WatchLevel.MUTED)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    assert (_notes(session, world.moderator.id), _notes(session, world.admin.id)) == (["watched"], [])


def test_members_watch_threads_they_start_or_reply_to(session: Session, world: World) -> None:
    started = start_thread(session, actor_id=world.member.id, board_slug=world.board.slug,
                           title="Queues at peak", text=VALUABLE)
    post_comment(session, actor_id=world.moderator.id, thread_id=world.thread.id, text=valuable(1))
    post_comment(session, actor_id=world.opener.id, thread_id=world.thread.id, text=valuable(2))
    assert _notes(session, world.moderator.id) == ["watched"]
    watched = {(w.title, w.level) for w in list_watches(session, user_id=world.member.id)}
    assert watched == {("Queues at peak", "watching")} and started.thread_id


def test_the_default_never_overrides_a_chosen_level(session: Session, world: World) -> None:
    _watch(session, world, world.member.id, WatchLevel.MUTED)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=valuable(1))
    post_comment(session, actor_id=world.moderator.id, thread_id=world.thread.id, text=valuable(2))
    assert _notes(session, world.member.id) == []


def test_clearing_a_level_returns_to_the_default(session: Session, world: World) -> None:
    _watch(session, world, world.member.id, WatchLevel.WATCHING)
    assert set_watch(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id,
                     level="") == ""
    assert list_watches(session, user_id=world.member.id) == []


def test_unknown_levels_and_targets_are_refused(session: Session, world: World) -> None:
    with pytest.raises(InvalidInput):
        _watch(session, world, world.member.id, "stalking")
    with pytest.raises(NotFound):
        set_watch(session, actor_id=world.member.id, target_kind="thread", target_id=999_999, level="watching")


def test_a_mention_notifies_the_member_named(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE + " Your view, @sam?")
    assert _notes(session, world.moderator.id) == ["mention"]


def test_a_muted_member_is_not_notified_of_a_mention(session: Session, world: World) -> None:
    _watch(session, world, world.moderator.id, WatchLevel.MUTED)
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE + " @sam?")
    assert _notes(session, world.moderator.id) == []


def test_the_person_answered_hears_once_even_when_also_mentioned(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE + " @opener")
    assert _notes(session, world.opener.id) == ["reply"]


def test_a_comment_may_mention_at_most_five_members(session: Session, world: World) -> None:
    handles = " ".join(f"@someone{n}" for n in range(MAX_MENTIONS + 1))
    with pytest.raises(InvalidInput, match="at most 5"):
        post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=f"{VALUABLE} {handles}")


def test_a_new_member_may_mention_at_most_two(session: Session, world: World) -> None:
    for handle in ("aaa1", "bbb2", "ccc3"):
        make_member(session, handle)
    with pytest.raises(InvalidInput, match="new member's comment can mention at most 2"):
        post_comment(session, actor_id=world.newbie.id, thread_id=world.thread.id,
                     text=VALUABLE + " @aaa1 @bbb2 @ccc3")


def test_handles_are_suggested_by_prefix_whatever_the_case(session: Session, world: World) -> None:
    assert [m.handle for m in search_handles(session, "MA")] == ["maya"]
    assert search_handles(session, "a%") == [] and search_handles(session, "") == []


def test_an_edit_may_not_exceed_the_mention_limit_either(session: Session, world: World) -> None:
    posted = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    handles = " ".join(f"@someone{n}" for n in range(MAX_MENTIONS + 1))
    with pytest.raises(InvalidInput, match="at most 5"):
        edit_comment(session, actor_id=world.member.id, comment_id=posted.comment_id, text=f"{VALUABLE} {handles}")
