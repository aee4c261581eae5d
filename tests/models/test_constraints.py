"""The schema itself refuses what would corrupt the forum: duplicate handles, slugs and identities."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from forum.models import Board, ExternalIdentity, Flag, User
from tests.factories import make_board, make_comment, make_thread, make_user


def test_two_people_cannot_share_a_handle(session: Session) -> None:
    make_user(session, handle="maya")
    session.commit()
    session.add(User(handle="maya", display_name="Another"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_two_boards_cannot_share_a_slug(session: Session) -> None:
    make_board(session, slug="same")
    session.commit()
    session.add(Board(slug="same", name="Again"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_an_external_identity_belongs_to_one_account(session: Session) -> None:
    first, second = make_user(session), make_user(session)
    session.add(ExternalIdentity(user_id=first.id, provider="keycloak", subject="abc"))
    session.commit()
    session.add(ExternalIdentity(user_id=second.id, provider="keycloak", subject="abc"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_a_member_reports_a_comment_once(session: Session) -> None:
    author, reporter = make_user(session), make_user(session)
    comment = make_comment(session, make_thread(session, make_board(session), author), author)
    session.add(Flag(comment_id=comment.id, reporter_id=reporter.id, reason="spam"))
    session.commit()
    session.add(Flag(comment_id=comment.id, reporter_id=reporter.id, reason="other"))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_foreign_keys_are_enforced_on_sqlite(session: Session) -> None:
    with pytest.raises(sa.exc.IntegrityError, match="FOREIGN KEY"):
        session.execute(sa.text("INSERT INTO flags (comment_id, reporter_id, reason, detail, created_at) "
                                "VALUES (999, 999, 'spam', '', '2026-01-01')"))


def test_comment_paths_sort_conversations_depth_first(session: Session) -> None:
    author = make_user(session)
    thread = make_thread(session, make_board(session), author)
    top = make_comment(session, thread, author)
    reply = make_comment(session, thread, author, parent=top)
    later_top = make_comment(session, thread, author)
    assert top.path < reply.path < later_top.path
    assert reply.root_id == top.id and reply.depth == 1 and reply.path.startswith(top.path + ".")
