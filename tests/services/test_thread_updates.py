"""The version live pages compare (``forum.services.page_versions``) and the edit dialog's source lookup."""

from __future__ import annotations

import pytest
from sqlmodel import Session

from forum.services.editing import delete_comment
from forum.services.errors import NotFound, PermissionDenied
from forum.services.page_versions import thread_version
from forum.services.posting import post_comment
from forum.services.thread_updates import own_comment_source
from tests.factories import HELD_VIDEO, VALUABLE, make_world


def test_the_version_moves_when_a_comment_is_published_or_removed_but_not_when_one_is_held(
        session: Session) -> None:
    world = make_world(session)

    def version() -> str:
        return thread_version(session, slug=world.thread.slug)[1]

    before = version()
    posted = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    after_post = version()
    assert after_post != before and f"_1_{posted.comment_id}_" in after_post
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    assert version() == after_post
    delete_comment(session, actor_id=world.member.id, comment_id=posted.comment_id)
    assert version() == before


def test_only_the_author_gets_a_comments_source(session: Session) -> None:
    world = make_world(session)
    posted = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    assert own_comment_source(session, user_id=world.member.id, comment_id=posted.comment_id) == VALUABLE
    with pytest.raises(PermissionDenied):
        own_comment_source(session, user_id=world.opener.id, comment_id=posted.comment_id)
    with pytest.raises(PermissionDenied):
        own_comment_source(session, user_id=None, comment_id=posted.comment_id)
    with pytest.raises(NotFound):
        own_comment_source(session, user_id=world.member.id, comment_id=999_999)
