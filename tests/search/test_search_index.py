"""The index follows every write the forum makes, with no code of its own in the write paths: posting,
editing, deleting, a moderator's approval, rejection and removal, and rows deleted outright."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from forum.models import Comment, ReviewItem
from forum.services.editing import delete_comment, edit_comment
from forum.services.moderation import approve, reject
from forum.services.posting import post_comment, start_thread
from forum.services.search import search
from forum.services.thread_view import Viewer
from tests.factories import make_comment, make_world

ZIGZAG = ("Our escalation desk cut outage hold times from nine minutes to four by posting a zigzag status banner "
          "before agents picked up; repeat callers dropped by a third over the quarter.")
QUOKKA = ZIGZAG.replace("zigzag", "quokka")


def found(db: Session, word: str, viewer: Viewer | None = None) -> list[int | None]:
    return [hit.comment_id for hit in search(db, word, viewer).hits]


@pytest.fixture
def world(db: Session):
    return make_world(db)


def test_a_posted_comment_is_found_at_once(db: Session, world) -> None:
    posted = post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=ZIGZAG)
    db.commit()
    assert found(db, "zigzag") == [posted.comment_id]


def test_an_edited_comment_is_found_by_its_new_words_only(db: Session, world) -> None:
    posted = post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=ZIGZAG)
    db.commit()
    edit_comment(db, actor_id=world.member.id, comment_id=posted.comment_id, text=QUOKKA)
    db.commit()
    assert found(db, "zigzag") == [] and found(db, "quokka") == [posted.comment_id]


def test_a_deleted_comment_disappears_from_results(db: Session, world) -> None:
    posted = post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=ZIGZAG)
    db.commit()
    delete_comment(db, actor_id=world.member.id, comment_id=posted.comment_id)
    db.commit()
    assert found(db, "zigzag") == []


def test_a_moderators_removal_leaves_it_to_the_removed_scope(db: Session, world) -> None:
    posted = post_comment(db, actor_id=world.member.id, thread_id=world.thread.id, text=ZIGZAG)
    db.commit()
    delete_comment(db, actor_id=world.moderator.id, comment_id=posted.comment_id)
    db.commit()
    moderator = Viewer(user_id=world.moderator.id, is_moderator=True)
    assert found(db, "zigzag", moderator) == []
    assert [h.comment_id for h in search(db, "zigzag", moderator, scope="removed").hits] == [posted.comment_id]


def _held(db: Session, world) -> int:
    posted = post_comment(db, actor_id=world.newbie.id, thread_id=world.thread.id, text=ZIGZAG)
    db.commit()
    assert posted.decision == "hold"
    return db.exec(select(ReviewItem.id).where(ReviewItem.comment_id == posted.comment_id)).one()


def test_an_approved_comment_becomes_findable_by_visitors(db: Session, world) -> None:
    item_id = _held(db, world)
    assert found(db, "zigzag") == []
    approve(db, actor_id=world.moderator.id, item_id=item_id)
    db.commit()
    assert len(found(db, "zigzag")) == 1


def test_a_rejected_comment_stays_out_of_public_results(db: Session, world) -> None:
    item_id = _held(db, world)
    reject(db, actor_id=world.moderator.id, item_id=item_id, note="Please add your own experience.")
    db.commit()
    moderator = Viewer(user_id=world.moderator.id, is_moderator=True)
    assert found(db, "zigzag") == [] and len(search(db, "zigzag", moderator, scope="removed").hits) == 1


def test_a_new_thread_is_found_by_its_title_and_opening_post(db: Session, world) -> None:
    start_thread(db, actor_id=world.member.id, board_slug=world.board.slug, title="Zigzag banners in outages",
                 text=QUOKKA, tags=[])
    db.commit()
    assert [h.thread_title for h in search(db, "zigzag").hits] == ["Zigzag banners in outages"]
    assert [h.thread_title for h in search(db, "quokka").hits] == ["Zigzag banners in outages"]


def test_a_row_deleted_outright_leaves_the_index(db: Session, world) -> None:
    written = make_comment(db, world.thread, world.member, text=ZIGZAG)
    db.commit()
    db.delete(db.get(Comment, written.id))
    db.commit()
    assert found(db, "zigzag") == []
