"""Policy settings: the version in force, admins' validated changes with an audit row, and the replay."""

from __future__ import annotations

import json

import pytest
from sqlmodel import Session, select

from forum.models import LinkRule, ModAction, PolicyVersion
from forum.policy import DomainPin, PolicySettings
from forum.services.errors import InvalidInput, PermissionDenied
from forum.services.moderation import pin_domain
from forum.services.policy_settings import (
    current_forum_settings,
    current_policy,
    policy_form,
    replay_policy,
    save_policy,
)
from forum.services.posting import post_comment, preview_comment
from tests.factories import (
    BRIEF,
    HELD_VIDEO,
    VALUABLE,
    VALUABLE_WITH_ARTICLE,
    World,
    make_comment,
)
from tests.helpers import count_rows


def test_without_a_saved_version_the_defaults_apply(session: Session, world: World) -> None:
    assert current_policy(session) == PolicySettings()
    assert current_forum_settings(session).report_threshold == 3


def test_saving_makes_a_new_version_in_force_and_logs_what_changed(session: Session, world: World) -> None:
    saved = save_policy(session, actor_id=world.admin.id, note="Stricter for launch week",
                        settings={"new_member_review_count": 4, "extra_praise_phrases": "top notch\n\nsuperb read\n",
                                  "report_threshold": 5})
    session.commit()
    assert saved.new_member_review_count == 4 and saved.extra_praise_phrases == ("top notch", "superb read")
    assert current_policy(session) == saved and current_forum_settings(session).report_threshold == 5
    stored = json.loads(session.exec(select(PolicyVersion)).one().settings_json)
    assert stored["forum"] == {"report_threshold": 5} and PolicySettings.from_dict(stored) == saved
    audit = session.exec(select(ModAction)).one()
    assert (audit.action, audit.target_type, audit.reason) == ("save_policy", "policy", "Stricter for launch week")
    assert json.loads(audit.detail_json)["changed"]["new_member_review_count"] == [2, 4]


def test_a_later_save_keeps_what_it_does_not_mention(session: Session, world: World) -> None:
    save_policy(session, actor_id=world.admin.id, settings={"max_depth": 3})
    save_policy(session, actor_id=world.admin.id, settings={"flood_per_minute": 6})
    assert (current_policy(session).max_depth, current_policy(session).flood_per_minute) == (3, 6)


@pytest.mark.parametrize("settings, message", [
    ({"max_depth": 0}, "Reply depth must be a whole number between 1 and 10"),
    ({"max_chars": "lots"}, "Longest comment \\(characters\\) must be a whole number"),
    ({"max_links": True}, "Links allowed per comment must be a whole number"),
    ({"english_ratio": 1.5}, "Share of English words \\(0–1\\) must be a number between 0 and 1"),
    ({"report_threshold": 0}, "Reports that hide a comment must be a whole number between 1 and 100"),
    ({"flood_per_minute": 10, "flood_per_hour": 5}, "hourly comment limit"),
    ({"extra_profanity": "x" * 201}, "up to 1,000 entries of up to 200 characters"),
    ({"domain_pins": {"example.com": "sort-of"}}, "trusted, commercial or blocked"),
    ({"domain_pins": {"not a domain": "trusted"}}, "not a domain name"),
    ({"colour": "red"}, "no setting called “colour”"),
    ("max_depth=3", "set of named values"),
])
def test_invalid_settings_are_refused_with_a_clear_message_and_nothing_is_saved(
        session: Session, world: World, settings: object, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        save_policy(session, actor_id=world.admin.id, settings=settings)
    assert count_rows(session, PolicyVersion) == 0 and count_rows(session, ModAction) == 0


def test_moderators_pins_are_merged_into_the_policy_and_admins_can_edit_them(session: Session,
                                                                             world: World) -> None:
    pin_domain(session, actor_id=world.moderator.id, domain="youtube.com", kind="trusted")
    assert current_policy(session).domain_pins == {"youtube.com": DomainPin.TRUSTED}
    form = policy_form(session, actor_id=world.admin.id)
    assert form["domain_pins"] == {"youtube.com": "trusted"} and form["report_threshold"] == 3
    form["domain_pins"] = {"WWW.Zendesk.com": "commercial"}
    save_policy(session, actor_id=world.admin.id, settings=form)
    session.commit()
    assert current_policy(session).domain_pins == {"zendesk.com": DomainPin.COMMERCIAL}
    assert session.exec(select(LinkRule.domain)).all() == ["zendesk.com"]
    audit = session.exec(select(ModAction).where(ModAction.action == "save_policy")).one()
    assert json.loads(audit.detail_json)["domain_pins"] == {"youtube.com": ["trusted", ""],
                                                           "zendesk.com": ["", "commercial"]}


def test_a_saved_change_applies_to_the_next_comment(session: Session, world: World) -> None:
    assert preview_comment(session, actor_id=world.member.id, text=VALUABLE).decision == "publish"
    save_policy(session, actor_id=world.admin.id, settings={"new_member_review_count": 10})
    session.commit()
    result = post_comment(session, actor_id=world.member.id, thread_id=world.thread.id, text=VALUABLE)
    assert result.decision == "hold" and result.reasons[0]["rule"] == "new_member"


def test_the_replay_shows_which_recent_comments_would_flip_and_saves_nothing(session: Session,
                                                                             world: World) -> None:
    article = make_comment(session, world.thread, world.member, text=VALUABLE_WITH_ARTICLE)
    plain = make_comment(session, world.thread, world.member, text=VALUABLE)
    video = make_comment(session, world.thread, world.member, text=HELD_VIDEO, status="pending")
    brief = make_comment(session, world.thread, world.member, text=BRIEF, status="rejected")
    session.commit()
    rows = replay_policy(session, actor_id=world.admin.id, settings={"domain_pins": {"hbr.org": "blocked",
                                                                                     "youtube.com": "trusted"}})
    by_id = {row.comment_id: row for row in rows}
    assert [row.comment_id for row in rows] == [brief.id, video.id, plain.id, article.id]
    assert (by_id[article.id].current_decision, by_id[article.id].proposed_decision) == ("publish", "reject")
    assert by_id[article.id].changed and by_id[article.id].rules == ["commercial_link"]
    assert (by_id[video.id].current_decision, by_id[video.id].current_rules) == ("hold", ["non_article_link"])
    assert by_id[video.id].proposed_decision == "publish" and by_id[video.id].changed
    assert not by_id[plain.id].changed and not by_id[brief.id].changed
    assert by_id[plain.id].thread_slug == "handle-time" and by_id[plain.id].author_handle == "maya"
    assert by_id[plain.id].thread_title == world.thread.title
    assert by_id[plain.id].excerpt.startswith("In our contact centre")
    assert count_rows(session, PolicyVersion) == 0 and count_rows(session, LinkRule) == 0
    assert count_rows(session, ModAction) == 0


def test_the_replay_looks_at_the_last_n_comments_only(session: Session, world: World) -> None:
    for _ in range(5):
        make_comment(session, world.thread, world.member, text=VALUABLE)
    assert len(replay_policy(session, actor_id=world.admin.id, settings={}, last_n=3)) == 3
    with pytest.raises(InvalidInput, match="1 and 1,000"):
        replay_policy(session, actor_id=world.admin.id, settings={}, last_n=0)


def test_moderators_cannot_change_or_replay_the_settings(session: Session, world: World) -> None:
    for call in (lambda: save_policy(session, actor_id=world.moderator.id, settings={"max_depth": 3}),
                 lambda: replay_policy(session, actor_id=world.moderator.id, settings={}),
                 lambda: policy_form(session, actor_id=world.moderator.id)):
        with pytest.raises(PermissionDenied, match="Only admins"):
            call()
    assert count_rows(session, PolicyVersion) == 0
