"""The review queue: oldest first, filterable by rule, the evidence on every item, constant queries a page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.models import utcnow
from forum.services.editing import edit_comment
from forum.services.errors import InvalidInput
from forum.services.moderation_queue import list_queue, queue_count
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, VALUABLE, World, make_comment, make_member, valuable
from tests.helpers import count_queries


def _hold_from_new_members(session: Session, world: World, n: int, parent_id: int | None = None) -> list[int]:
    ids = []
    for i in range(n):
        newbie = make_member(session, trusted=False)
        ids.append(post_comment(session, actor_id=newbie.id, thread_id=world.thread.id, text=valuable(i),
                                parent_id=parent_id).comment_id)
    session.commit()
    return ids


def test_the_queue_lists_open_items_oldest_first(session: Session, world: World) -> None:
    start = utcnow() - timedelta(hours=1)
    first = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO, now=start)
    second = post_comment(session, actor_id=world.newbie.id, thread_id=world.thread.id, text=VALUABLE)
    session.commit()
    page = list_queue(session, actor_id=world.moderator.id)
    assert [i.comment_id for i in page.items] == [first.comment_id, second.comment_id]
    assert page.total == 2 and queue_count(session, actor_id=world.moderator.id) == 2
    assert [i.trigger for i in page.items] == ["policy", "new_member"]


def test_each_item_carries_the_evidence_the_context_and_the_authors_record(session: Session,
                                                                          world: World) -> None:
    parent = make_comment(session, world.thread, world.opener, text="We measure handle time per queue.")
    session.commit()
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO, parent_id=parent.id)
    session.commit()
    [item] = list_queue(session, actor_id=world.moderator.id).items
    assert (item.kind, item.thread_slug, item.thread_title) == ("comment", "handle-time", world.thread.title)
    assert (item.context, item.context_author) == ("We measure handle time per queue.", "opener")
    assert item.source == HELD_VIDEO and "<a " in item.html and 'rel="nofollow ugc noopener"' in item.html
    [reason] = item.reasons
    assert reason["rule"] == "non_article_link" and reason["evidence"] and reason["message"]
    [link] = item.links
    assert link["kind"] == "non_article" and link["why"] and link["url"].startswith("https://www.youtube.com")
    assert item.rules == ["non_article_link"]
    assert (item.author_handle, item.author_approved, item.author_rejected, item.author_reported) == (
        "maya", 2, 0, 0)
    assert item.author_joined == f"{utcnow():%B %Y}" and item.created == "just now"


def test_a_top_level_comment_shows_the_opening_post_as_its_context(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    [item] = list_queue(session, actor_id=world.moderator.id).items
    assert (item.context, item.context_author) == ("Opening post.", "")


def test_the_queue_filters_by_rule_and_counts_each_rule(session: Session, world: World) -> None:
    post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    _hold_from_new_members(session, world, 2)
    page = list_queue(session, actor_id=world.moderator.id, rule="non_article_link")
    assert [i.rules for i in page.items] == [["non_article_link"]] and page.total == 1
    assert page.rule_counts == {"new_member": 2, "non_article_link": 1}
    assert list_queue(session, actor_id=world.moderator.id, rule="new_member").total == 2
    assert list_queue(session, actor_id=world.moderator.id, rule="too_brief").items == []
    with pytest.raises(InvalidInput):
        list_queue(session, actor_id=world.moderator.id, rule="x%' OR 1=1 --")


def test_the_queue_pages_with_limit_and_offset(session: Session, world: World) -> None:
    ids = _hold_from_new_members(session, world, 5)
    page = list_queue(session, actor_id=world.moderator.id, limit=2, offset=2)
    assert [i.comment_id for i in page.items] == ids[2:4] and page.total == 5
    with pytest.raises(InvalidInput):
        list_queue(session, actor_id=world.moderator.id, limit=0)


def test_an_edited_item_shows_how_many_earlier_versions_it_has(session: Session, world: World) -> None:
    held = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    edit_comment(session, actor_id=world.member.id, comment_id=held.comment_id, text=HELD_VIDEO + " Thanks.")
    session.commit()
    [item] = list_queue(session, actor_id=world.moderator.id).items
    assert item.revision_count == 1


def test_a_page_costs_the_same_number_of_queries_for_two_items_or_twenty(session: Session, engine: Engine,
                                                                        world: World) -> None:
    parent = make_comment(session, world.thread, world.opener)
    session.commit()
    _hold_from_new_members(session, world, 2, parent_id=parent.id)
    session.expunge_all()
    with count_queries(engine) as small:
        assert len(list_queue(session, actor_id=world.moderator.id).items) == 2
    _hold_from_new_members(session, world, 18, parent_id=parent.id)
    session.expunge_all()
    with count_queries(engine) as large:
        assert len(list_queue(session, actor_id=world.moderator.id).items) == 20
    assert len(large) == len(small) <= 6
