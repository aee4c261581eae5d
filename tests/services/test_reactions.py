"""Reactions: one click says thanks, twice changes nothing, the server refuses what it must, a page loads them
all in one query."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.models import CommentStatus, ContentKind, Reaction, ReactionKind, utcnow
from forum.services.errors import InvalidInput, NotFound, PermissionDenied, RateLimited
from forum.services.moderation_queue import list_queue
from forum.services.posting import post_comment
from forum.services.reactions import REACTIONS_PER_MINUTE, reactions_received, set_reaction, toggle_reaction
from forum.services.thread_view import Viewer, get_thread_page
from tests.factories import HELD_VIDEO, World, make_comment, make_member
from tests.helpers import count_queries, count_rows


def _thanks(session: Session, actor_id: int, comment_id: int, on: bool = True) -> int:
    return set_reaction(session, actor_id=actor_id, target_kind=ContentKind.COMMENT, target_id=comment_id,
                        kind=ReactionKind.THANKS, on=on).count


def test_reacting_twice_leaves_one_reaction(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    assert _thanks(session, world.member.id, comment.id) == 1
    assert _thanks(session, world.member.id, comment.id) == 1
    assert count_rows(session, Reaction) == 1


def test_taking_back_a_reaction_not_held_changes_nothing(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    assert _thanks(session, world.member.id, comment.id, on=False) == 0
    assert count_rows(session, Reaction) == 0


def test_a_click_toggles_the_reaction_on_and_off(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    first = toggle_reaction(session, actor_id=world.member.id, target_kind="comment", target_id=comment.id,
                            kind="helpful")
    second = toggle_reaction(session, actor_id=world.member.id, target_kind="comment", target_id=comment.id,
                             kind="helpful")
    assert (first.on, first.count, second.on, second.count) == (True, 1, False, 0)


def test_kinds_are_counted_separately_and_per_member(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    _thanks(session, world.member.id, comment.id)
    assert _thanks(session, world.moderator.id, comment.id) == 2
    helpful = set_reaction(session, actor_id=world.member.id, target_kind="comment", target_id=comment.id,
                           kind="helpful")
    assert helpful.count == 1


def test_a_member_cannot_react_to_their_own_post(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.member)
    with pytest.raises(PermissionDenied, match="your own"):
        _thanks(session, world.member.id, comment.id)
    with pytest.raises(PermissionDenied, match="your own"):
        set_reaction(session, actor_id=world.opener.id, target_kind="thread", target_id=world.thread.id,
                     kind="thanks")


def test_visitors_cannot_react(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    with pytest.raises(PermissionDenied):
        _thanks(session, None, comment.id)  # type: ignore[arg-type]


def test_unknown_kinds_and_targets_are_refused(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    with pytest.raises(InvalidInput):
        set_reaction(session, actor_id=world.member.id, target_kind="comment", target_id=comment.id, kind="love")
    with pytest.raises(InvalidInput):
        set_reaction(session, actor_id=world.member.id, target_kind="board", target_id=world.board.id,
                     kind="thanks")


def test_held_comments_take_no_reactions(session: Session, world: World) -> None:
    held = make_comment(session, world.thread, world.opener, status=CommentStatus.PENDING)
    with pytest.raises(NotFound):
        _thanks(session, world.member.id, held.id)


def test_reacting_is_rate_limited_per_member(session: Session, world: World) -> None:
    comments = [make_comment(session, world.thread, world.opener) for _ in range(REACTIONS_PER_MINUTE + 1)]
    for comment in comments[:-1]:
        _thanks(session, world.member.id, comment.id)
    with pytest.raises(RateLimited):
        _thanks(session, world.member.id, comments[-1].id)
    later = utcnow() + timedelta(minutes=2)
    result = set_reaction(session, actor_id=world.member.id, target_kind="comment", target_id=comments[-1].id,
                          kind="thanks", now=later)
    assert result.count == 1


def test_reactions_received_count_toward_the_authors_record(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    _thanks(session, world.member.id, comment.id)
    set_reaction(session, actor_id=world.moderator.id, target_kind="thread", target_id=world.thread.id,
                 kind="insightful")
    assert reactions_received(session, user_id=world.opener.id) == 2
    assert reactions_received(session, user_id=world.member.id) == 0


def test_the_thread_page_shows_counts_names_and_the_viewers_own(session: Session, world: World) -> None:
    comment = make_comment(session, world.thread, world.opener)
    other = make_member(session, "priya")
    _thanks(session, world.member.id, comment.id)
    _thanks(session, other.id, comment.id)
    set_reaction(session, actor_id=world.member.id, target_kind="thread", target_id=world.thread.id,
                 kind="helpful")
    session.commit()
    page = get_thread_page(session, "handle-time", Viewer(user_id=world.member.id))
    thanks = next(r for r in page.comments[0].reactions if r.kind == ReactionKind.THANKS)
    assert (thanks.count, thanks.mine, len(thanks.names)) == (2, True, 2)
    assert thanks.who.startswith("Thanks: ") and world.member.display_name in thanks.who
    assert [(r.kind, r.count) for r in page.reactions] == [("helpful", 1), ("thanks", 0), ("insightful", 0)]
    as_visitor = get_thread_page(session, "handle-time")
    assert not any(r.mine for r in as_visitor.comments[0].reactions)


def test_reactions_add_no_query_per_comment_to_the_thread_page(session: Session, world: World, engine: Engine
                                                                ) -> None:
    comments = [make_comment(session, world.thread, world.opener) for _ in range(12)]
    for comment in comments:
        _thanks(session, world.member.id, comment.id)
        _thanks(session, world.moderator.id, comment.id)
    session.commit()
    with count_queries(engine) as statements:
        page = get_thread_page(session, "handle-time", Viewer(user_id=world.member.id))
    assert len(statements) == 5 and all(c.reactions[1].count == 2 for c in page.comments)


def test_the_moderation_queue_shows_the_reactions_an_author_received(session: Session, world: World) -> None:
    earlier = make_comment(session, world.thread, world.member)
    set_reaction(session, actor_id=world.opener.id, target_kind="comment", target_id=earlier.id, kind="helpful")
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    [item] = list_queue(session, actor_id=world.moderator.id).items
    assert (item.author_handle, item.author_reactions) == ("maya", 1)
