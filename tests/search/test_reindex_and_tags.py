"""The reindex rebuilds an index that fell out of step (on SQLite) and leaves a correct one correct (both
databases), with a progress bar; moderators create, rename and merge tags, and everyone else is refused."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.__main__ import main
from forum.cli.search import ProgressBar
from forum.models import ModAction, Tag, ThreadTag
from forum.services.browse import Listing, listing_page
from forum.services.errors import InvalidInput, PermissionDenied
from forum.services.search import search
from forum.services.search_reindex import reindex
from forum.services.tags import create_tag, list_tags, merge_tags, rename_tag
from tests.factories import make_tag, make_thread, make_world
from tests.search.corpus import build, comment


def test_reindex_keeps_every_result_and_reports_the_rows(db: Session) -> None:
    forum = build(db)
    before = [h.thread_slug for h in search(db, "outage").hits]
    seen: list[tuple[int, int, str]] = []
    db.commit()  # a concurrent PostgreSQL reindex waits for open transactions, this session's included
    report = reindex(db.get_bind(), lambda done, total, label: seen.append((done, total, label)))
    assert [h.thread_slug for h in search(db, "outage").hits] == before == ["outage", "refunds"]
    assert report.rows == 5 and seen and forum.outage.id


def test_reindex_repairs_an_index_that_missed_writes_on_sqlite(session: Session) -> None:
    forum = build(session)
    session.execute(sa.text("DROP TRIGGER fts_comments_ai"))  # as a batch ALTER of comments would
    comment(session, forum.quiet, forum.omar, "A zigzag rota.")
    session.commit()
    assert search(session, "zigzag").hits == []
    reindex(session.get_bind(), batch=2)
    assert [h.thread_slug for h in search(session, "zigzag").hits] == ["quiet"]


def test_the_progress_bar_prints_each_tenth_once_when_not_on_a_terminal() -> None:
    stream = io.StringIO()
    bar = ProgressBar(stream)
    for done in range(0, 101, 5):
        bar(done, 100, "comments")
    lines = stream.getvalue().splitlines()
    assert len(lines) == 11 and lines[-1].startswith("comments") and "100% 100/100" in lines[-1]


def test_the_reindex_command_rebuilds_the_configured_database(engine: Engine, capsys: pytest.CaptureFixture
                                                              ) -> None:
    with Session(engine) as session:
        build(session)
    assert main(["search", "reindex"]) == 0
    captured = capsys.readouterr()
    assert "Indexed 5 rows" in captured.out and "comments" in captured.err


def test_moderators_create_rename_and_merge_tags_with_a_log_entry(session: Session) -> None:
    world = make_world(session)
    qa = create_tag(session, actor_id=world.moderator.id, name="QA")
    quality = make_tag(session, "Quality")
    both = make_thread(session, world.board, world.member, slug="both")
    session.add_all([ThreadTag(thread_id=world.thread.id, tag_id=qa.id), ThreadTag(thread_id=both.id, tag_id=qa.id),
                     ThreadTag(thread_id=both.id, tag_id=quality.id)])
    session.commit()
    renamed = rename_tag(session, actor_id=world.moderator.id, old="quality", new="Quality Assurance")
    assert (renamed.slug, renamed.name) == ("quality-assurance", "Quality Assurance")
    assert merge_tags(session, actor_id=world.moderator.id, merged="qa", into="quality-assurance") == 1
    session.commit()
    assert [(t.name, t.thread_count) for t in list_tags(session)] == [("Quality Assurance", 2)]
    assert [t.slug for t in listing_page(session, Listing.TAG, tag="quality-assurance").threads] == \
        ["both", world.thread.slug]
    assert session.exec(select(ModAction.action).where(ModAction.target_type == "tag")).all() == \
        ["tag_create", "tag_rename", "tag_merge"]


def test_members_cannot_change_tags_and_names_are_checked(session: Session) -> None:
    world = make_world(session)
    with pytest.raises(PermissionDenied):
        create_tag(session, actor_id=world.member.id, name="Billing")
    with pytest.raises(InvalidInput):
        create_tag(session, actor_id=world.moderator.id, name="<script>")
    create_tag(session, actor_id=world.moderator.id, name="Billing")
    with pytest.raises(InvalidInput):
        create_tag(session, actor_id=world.moderator.id, name="billing")
    assert session.exec(select(Tag.name)).all() == ["Billing"]


def test_the_tags_command_lists_and_creates(engine: Engine, capsys: pytest.CaptureFixture) -> None:
    with Session(engine) as session:
        make_world(session)
    assert main(["tags", "create", "Workforce Management", "--as", "sam"]) == 0
    assert main(["tags", "create", "Nope", "--as", "maya"]) == 1
    assert main(["tags", "list"]) == 0
    assert "/tag/workforce-management" in capsys.readouterr().out
