"""The comment a tab just posted, read on its own: as its thread page would show it, on the right page, and
only to whoever may see it there."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from forum.models import Viewer
from forum.services.errors import NotFound
from forum.services.posted_comment import MAX_ADDED, get_added_comments, get_posted_comment
from tests.factories import World, make_comment


def test_a_published_reply_reads_as_the_page_shows_it_with_its_page(session: Session, world: World) -> None:
    roots = [make_comment(session, world.thread, world.opener, text=f"Root {n}") for n in range(5)]
    reply = make_comment(session, world.thread, world.member, text="A reply to the fourth", parent=roots[3])
    posted, replies = get_posted_comment(session, slug=world.thread.slug, comment_id=reply.id,
                                         viewer=Viewer(user_id=world.member.id), per_page=2)
    assert (posted.view.id, posted.view.parent_id, posted.view.depth, posted.view.is_own) == (
        reply.id, roots[3].id, 1, True)
    assert posted.page == 2 and posted.view.author_handle == world.member.handle and replies == 6
    assert "A reply to the fourth" in posted.view.html


def test_a_held_comment_reaches_its_author_only(session: Session, world: World) -> None:
    held = make_comment(session, world.thread, world.member, status="pending", text="Held for review")
    mine, _ = get_posted_comment(session, slug=world.thread.slug, comment_id=held.id,
                                 viewer=Viewer(user_id=world.member.id))
    assert mine.view.status == "pending"
    for other in (Viewer(), Viewer(user_id=world.opener.id)):
        with pytest.raises(NotFound):
            get_posted_comment(session, slug=world.thread.slug, comment_id=held.id, viewer=other)


def test_a_comment_asked_for_under_another_threads_address_is_not_found(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.member, text="Words here")
    with pytest.raises(NotFound):
        get_posted_comment(session, slug="some-other-thread", comment_id=comment.id, viewer=Viewer())


def test_past_the_depth_cap_it_says_whom_it_answers(session: Session, world: World) -> None:
    root = make_comment(session, world.thread, world.opener, text="Level zero", max_depth=2)
    middle = make_comment(session, world.thread, world.moderator, text="Level one", parent=root, max_depth=2)
    deepest = make_comment(session, world.thread, world.opener, text="Level two", parent=middle, max_depth=2)
    deep = make_comment(session, world.thread, world.member, text="Past the cap", parent=deepest, max_depth=2)
    view = get_posted_comment(session, slug=world.thread.slug, comment_id=deep.id, viewer=Viewer())[0].view
    assert deep.reply_to_id == deepest.id != deep.parent_id  # attached beside what it answers
    assert (view.reply_to_id, view.reply_to_handle) == (deepest.id, world.opener.handle)


def test_the_comments_published_since_a_version_come_oldest_first_and_nothing_held(
        session: Session, world: World) -> None:
    seen = make_comment(session, world.thread, world.opener, text="Already on screen")
    first = make_comment(session, world.thread, world.member, text="New one", parent=seen)
    make_comment(session, world.thread, world.member, status="pending", text="Held, not for others")
    second = make_comment(session, world.thread, world.moderator, text="Newer one")
    added = get_added_comments(session, slug=world.thread.slug, after_id=seen.id,
                               viewer=Viewer(user_id=world.opener.id))
    assert added is not None and [c.view.id for c in added.comments] == [first.id, second.id]
    assert [c.view.parent_id for c in added.comments] == [seen.id, 0] and added.reply_count == 3


def test_too_many_new_comments_at_once_ask_for_the_whole_list(session: Session, world: World) -> None:
    seen = make_comment(session, world.thread, world.opener, text="Already on screen")
    for n in range(MAX_ADDED + 1):
        make_comment(session, world.thread, world.member, text=f"Burst {n}")
    assert get_added_comments(session, slug=world.thread.slug, after_id=seen.id, viewer=Viewer()) is None
