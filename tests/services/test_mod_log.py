"""The moderation log: every moderator and admin action, newest first, filterable, moderators only."""

from __future__ import annotations

import pytest
from sqlmodel import Session, select

from forum.models import ReviewItem
from forum.services.editing import delete_comment
from forum.services.errors import PermissionDenied
from forum.services.moderation import approve, pin_domain, reject, suspend_author
from forum.services.moderation_queue import list_mod_log
from forum.services.policy_settings import save_policy
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, World, make_member, make_world, valuable


@pytest.fixture
def world(session: Session) -> World:
    world = make_world(session)
    items = []
    for n in range(2):
        author = make_member(session, trusted=False)
        items.append(post_comment(session, actor_id=author.id, thread_id=world.thread.id, text=valuable(n)))
    held = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=HELD_VIDEO)
    session.commit()
    ids = session.exec(select(ReviewItem.id).order_by(ReviewItem.id)).all()
    approve(session, actor_id=world.moderator.id, item_id=ids[0])
    reject(session, actor_id=world.admin.id, item_id=ids[1], note="Needs a specific example.")
    pin_domain(session, actor_id=world.moderator.id, domain="youtube.com", kind="trusted")
    delete_comment(session, actor_id=world.moderator.id, comment_id=held.comment_id)
    suspend_author(session, actor_id=world.admin.id, user_id=world.newbie.id, days=3, reason="Spam run")
    save_policy(session, actor_id=world.admin.id, settings={"flood_per_minute": 5}, note="Busier boards")
    session.commit()
    return world


def test_every_action_is_logged_newest_first_with_who_what_and_why(session: Session, world: World) -> None:
    log = list_mod_log(session, actor_id=world.moderator.id)
    assert [(e.action, e.moderator_handle) for e in log] == [
        ("save_policy", "alex"), ("suspend", "alex"), ("remove_comment", "sam"), ("pin_domain", "sam"),
        ("reject", "alex"), ("approve", "sam")]
    by_action = {e.action: e for e in log}
    assert by_action["reject"].reason == "Needs a specific example."
    assert by_action["suspend"].target_label == "@newbie" and by_action["suspend"].detail["days"] == 3
    assert by_action["pin_domain"].target_label == "youtube.com"
    assert by_action["save_policy"].detail["changed"] == {"flood_per_minute": [3, 5]}
    assert all(e.created == "just now" and e.created_iso for e in log)


def test_the_log_filters_by_action_and_by_moderator(session: Session, world: World) -> None:
    assert [e.action for e in list_mod_log(session, actor_id=world.moderator.id, action="approve")] == ["approve"]
    assert {e.moderator_handle for e in list_mod_log(session, actor_id=world.admin.id,
                                                     moderator_handle="@sam")} == {"sam"}
    assert len(list_mod_log(session, actor_id=world.admin.id, moderator_handle="alex")) == 3
    assert [e.action for e in list_mod_log(session, actor_id=world.admin.id, limit=2, offset=1)] == [
        "suspend", "remove_comment"]


def test_members_cannot_read_the_log(session: Session, world: World) -> None:
    with pytest.raises(PermissionDenied):
        list_mod_log(session, actor_id=world.member.id)


def test_log_entries_link_comments_through_their_permalink_and_members_to_their_profile(
        session: Session, world: World) -> None:
    paths = {e.action: e.target_path for e in list_mod_log(session, actor_id=world.moderator.id)}
    approved = session.exec(select(ReviewItem.comment_id).order_by(ReviewItem.id)).first()
    assert paths["approve"] == f"/c/{approved}"
    assert paths["suspend"] == "/u/newbie"
    assert paths["pin_domain"] == paths["save_policy"] == ""


def test_log_entries_name_what_was_acted_on_not_a_number(session: Session, world: World) -> None:
    labels = {e.action: e.target_label for e in list_mod_log(session, actor_id=world.moderator.id)}
    assert labels["approve"].startswith("by @") and f"in “{world.thread.title}”" in labels["approve"]
