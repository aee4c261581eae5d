"""The queue teaches the policy: per rule, how moderators decided what it held, on SQLite and PostgreSQL.

The data is made the way the app makes it: comments held by ``post_comment``, decided by the moderation use
cases (approve, reject, edit and approve), then dated back so the 30- and 90-day windows have something to
tell apart.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.__main__ import main
from forum.cli.policy import decided_table
from forum.db import session_scope
from forum.models import ReviewItem, utcnow
from forum.services.errors import InvalidInput, PermissionDenied
from forum.services.moderation import approve, edit_and_approve, reject
from forum.services.policy_stats import decided_summary, decisions_by_rule, policy_decisions, replay_decided
from forum.services.posting import post_comment
from tests.factories import HELD_VIDEO, VALUABLE, World, make_world
from tests.helpers import count_queries


def _held(db: Session, world: World, author_id: int, text: str, minutes_ago: int) -> ReviewItem:
    outcome = post_comment(db, actor_id=author_id, thread_id=world.thread.id, text=text,
                           now=utcnow() - timedelta(days=200, minutes=minutes_ago))
    assert outcome.decision == "hold", outcome
    return db.exec(select(ReviewItem).where(ReviewItem.comment_id == outcome.comment_id)).one()


def _decided_days_ago(db: Session, item: ReviewItem, days: int) -> None:
    db.execute(sa.update(ReviewItem).where(ReviewItem.id == item.id)
               .values(decided_at=utcnow() - timedelta(days=days)))


def _history(db: Session) -> tuple[World, dict[str, ReviewItem]]:
    """Six held comments: four decided in the last 90 days, one long ago, one still open."""
    world = make_world(db)
    mod = world.moderator.id
    items = {
        "approved_5": _held(db, world, world.member.id, HELD_VIDEO, 100),
        "rejected_20": _held(db, world, world.member.id, HELD_VIDEO + " Worth a look.", 90),
        "edited_40": _held(db, world, world.newbie.id, VALUABLE, 80),
        "approved_60": _held(db, world, world.newbie.id, HELD_VIDEO, 70),
        "approved_120": _held(db, world, world.member.id, HELD_VIDEO + " Again.", 60),
        "open": _held(db, world, world.member.id, HELD_VIDEO + " Still open.", 50),
    }
    assert items["approved_5"].rules == "non_article_link"
    assert items["edited_40"].rules == "new_member"
    assert items["approved_60"].rules == "non_article_link,new_member"
    approve(db, actor_id=mod, item_id=items["approved_5"].id)
    reject(db, actor_id=mod, item_id=items["rejected_20"].id, note="", canned="off_topic")
    edit_and_approve(db, actor_id=mod, item_id=items["edited_40"].id, text=VALUABLE + " (edited)")
    approve(db, actor_id=mod, item_id=items["approved_60"].id)
    approve(db, actor_id=mod, item_id=items["approved_120"].id)
    for key, item in items.items():
        if key != "open":
            _decided_days_ago(db, item, int(key.rsplit("_", 1)[1]))
    db.commit()
    return world, items


def test_each_rule_shows_how_its_holds_were_decided_over_30_and_90_days(db: Session) -> None:
    _history(db)
    table = {row.rule: row for row in decisions_by_rule(db)}
    assert list(table) == ["non_article_link", "new_member"]  # rulebook order, only rules that held something
    video30, video90 = table["non_article_link"].windows
    assert (video30.days, video30.approved, video30.edited, video30.rejected) == (30, 1, 0, 1)
    assert (video90.days, video90.approved, video90.edited, video90.rejected) == (90, 2, 0, 1)
    assert video30.share_text() == "50%" and video90.share_text() == "67%"
    new30, new90 = table["new_member"].windows
    assert (new30.decided, new30.share_text()) == (0, "–")
    assert (new90.approved, new90.edited, new90.rejected) == (1, 1, 0)
    assert table["non_article_link"].label == "Link is not an article"


def test_the_table_is_one_aggregate_query_however_many_decisions(db: Session) -> None:
    _history(db)
    assert db.bind is not None
    with count_queries(db.bind) as statements:
        decisions_by_rule(db, windows=(7, 30, 90, 365))
    assert len(statements) == 1


def test_any_window_can_be_asked_for_and_a_nonsense_one_is_refused(db: Session) -> None:
    _history(db)
    [video] = [row for row in decisions_by_rule(db, windows=(365,)) if row.rule == "non_article_link"]
    assert (video.windows[0].approved, video.windows[0].rejected) == (3, 1)  # the 120-day-old approval too
    with pytest.raises(InvalidInput):
        decisions_by_rule(db, windows=(0,))


def test_only_admins_read_the_table_and_replay_the_decisions(db: Session) -> None:
    world, _ = _history(db)
    with pytest.raises(PermissionDenied):
        policy_decisions(db, actor_id=world.moderator.id)
    with pytest.raises(PermissionDenied):
        replay_decided(db, actor_id=world.moderator.id, settings={})
    assert policy_decisions(db, actor_id=world.admin.id)


def test_the_replay_sets_a_policy_change_against_the_moderators_decisions(db: Session) -> None:
    world, items = _history(db)
    rows = replay_decided(db, actor_id=world.admin.id, settings={"domain_pins": {"youtube.com": "trusted"}})
    by_item = {row.comment_id: row for row in rows}
    assert set(by_item) == {items[k].comment_id for k in ("approved_5", "rejected_20", "edited_40", "approved_60")}
    approved, rejected = by_item[items["approved_5"].comment_id], by_item[items["rejected_20"].comment_id]
    assert (approved.moderator_decision, approved.current_decision, approved.proposed_decision) == (
        "approved", "hold", "publish")
    assert approved.agrees and approved.held_by == ["non_article_link"]
    assert (rejected.moderator_decision, rejected.proposed_decision, rejected.agrees) == ("rejected", "publish", False)
    assert by_item[items["edited_40"].comment_id].moderator_decision == "edited"
    summary = decided_summary(rows)
    agree = sum(row.agrees for row in rows)
    assert summary.startswith(f"The proposed settings agree with the moderators on {agree} of 4 decided comments")
    assert "1 they rejected would publish" in summary


def test_the_command_line_prints_the_same_table(engine: Engine, capsys: pytest.CaptureFixture) -> None:
    with session_scope() as session:
        _history(session)
        expected = decided_table(decisions_by_rule(session, windows=(30,)))
    assert main(["policy", "decided", "--days", "30"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == expected.strip()
    video = next(line for line in out.splitlines() if line.startswith("non_article_link"))
    assert video.split()[1:] == ["1", "/", "0", "/", "1", "50%"]
    assert main(["policy", "decided", "--days", "0"]) == 1
