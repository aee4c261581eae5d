"""A thread's version changes with what a visitor sees of it, on SQLite and on PostgreSQL alike (the live
watcher reads it for every watched thread in one query, so a query one database refuses stops live pages)."""

from __future__ import annotations

from sqlmodel import Session

from forum.services.page_versions import only_added, thread_version, thread_versions
from tests.factories import make_comment, make_world


def test_a_new_comment_changes_the_version_of_its_thread_only(db: Session) -> None:
    world = make_world(db)
    before = thread_versions(db, thread_ids=[world.thread.id])
    assert thread_version(db, slug=world.thread.slug) == (world.thread.id, before[world.thread.id])
    make_comment(db, world.thread, world.member, text="a new comment")
    db.commit()
    after = thread_versions(db, thread_ids=[world.thread.id, 10**9])
    assert set(after) == {world.thread.id} and after[world.thread.id] != before[world.thread.id]


def test_a_version_follows_another_by_one_comment_only_when_nothing_else_changed(db: Session) -> None:
    world = make_world(db)
    before = thread_versions(db, thread_ids=[world.thread.id])[world.thread.id]
    mine = make_comment(db, world.thread, world.member, text="One more comment")
    after = thread_versions(db, thread_ids=[world.thread.id])[world.thread.id]
    assert only_added(before, after, mine.id)
    assert not only_added(before, after, mine.id + 1) and not only_added(after, after, mine.id)
    theirs = make_comment(db, world.thread, world.opener, text="And another at the same time")
    both = thread_versions(db, thread_ids=[world.thread.id])[world.thread.id]
    assert not only_added(before, both, mine.id) and not only_added(before, both, theirs.id)
    assert not only_added("garbage", after, mine.id) and not only_added("", after, mine.id)
