"""Profiles: reading one in a constant number of queries, editing one's own with a sanitised bio."""

from __future__ import annotations

from datetime import timedelta

import pytest
import reflex as rx
from reflex.istate.data import HeaderData, ReflexURL, RouterData
from sqlalchemy.engine import Engine
from sqlmodel import Session

from forum.auth.cookies import SESSION_COOKIE
from forum.db import session_scope
from forum.models import utcnow
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.member_admin import suspend
from forum.services.profiles import get_profile, update_profile
from forum.services.sessions import create_session
from forum.settings import Settings
from forum.state.profile import ProfileSettingsState
from forum.state.session import SessionState
from tests.factories import make_board, make_comment, make_thread, make_user, register_member
from tests.helpers import count_queries


def test_a_profile_shows_recent_published_comments_newest_first(session: Session) -> None:
    maya = make_user(session, handle="maya")
    board = make_board(session)
    thread = make_thread(session, board, maya, slug="hello")
    start = utcnow() - timedelta(days=3)
    make_comment(session, thread, maya, text="first", created_at=start)
    make_comment(session, thread, maya, text="second", created_at=start + timedelta(hours=1))
    make_comment(session, thread, maya, text="held back", status="pending")
    hidden = make_thread(session, board, maya, slug="removed-thread", status="removed")
    make_comment(session, hidden, maya, text="in a removed thread")
    profile = get_profile(session, "MAYA")
    assert profile.handle == "maya"
    assert [c.html for c in profile.recent] == ["<p>second</p>", "<p>first</p>"]
    assert profile.recent[0].thread_slug == "hello"


def test_reading_a_profile_costs_two_queries_however_active_the_member(session: Session, engine: Engine) -> None:
    maya = make_user(session, handle="maya")
    board = make_board(session)
    for n in range(4):
        thread = make_thread(session, board, maya)
        for _ in range(5):
            make_comment(session, thread, maya, text=f"comment in {n}")
    session.commit()
    with count_queries(engine) as statements:
        profile = get_profile(session, "maya")
    assert len(profile.recent) == 10
    assert len(statements) == 2


def test_an_unknown_handle_is_not_found(session: Session) -> None:
    with pytest.raises(NotFound):
        get_profile(session, "nobody")


def test_a_bio_is_rendered_through_the_sanitiser(session: Session) -> None:
    maya = register_member(session, "maya")
    update_profile(session, maya.user_id, display_name="  Maya   Lin ",
                   bio='Team lead. <script>alert(1)</script> **Ten years** on the phones. <img src=x onerror=alert(1)>')
    profile = get_profile(session, "maya")
    assert profile.display_name == "Maya Lin"
    assert "<strong>Ten years</strong>" in profile.bio_html
    assert "<script" not in profile.bio_html and "<img" not in profile.bio_html  # shown as text, if at all
    assert profile.bio.startswith("Team lead. <script>")  # the source is kept for editing


def test_a_bio_can_be_cleared_and_has_a_length_limit(session: Session) -> None:
    maya = register_member(session, "maya")
    update_profile(session, maya.user_id, display_name="Maya", bio="hello")
    update_profile(session, maya.user_id, display_name="Maya", bio="  ")
    assert get_profile(session, "maya").bio_html == ""
    with pytest.raises(InvalidInput, match="at most 2000"):
        update_profile(session, maya.user_id, display_name="Maya", bio="x" * 2001)


def test_a_suspended_member_cannot_edit_their_profile(session: Session) -> None:
    maya = register_member(session, "maya")
    suspend(session, None, "maya", days=2)
    with pytest.raises(PermissionDenied):
        update_profile(session, maya.user_id, display_name="New name", bio="")


# --- /settings/profile in Reflex ---------------------------------------------------------------------------

def _settings_state(token: str | None) -> ProfileSettingsState:
    root = rx.State(_reflex_internal_init=True)
    root.router = RouterData(headers=HeaderData(cookie=f"{SESSION_COOKIE}={token}" if token else ""),
                             url=ReflexURL("http://frontline.test/settings/profile"))
    return root.substates[ProfileSettingsState.get_name()]


async def test_a_visitor_opening_profile_settings_is_sent_to_sign_in_and_back(settings: Settings) -> None:
    state = _settings_state(None)
    await (await state.get_state(SessionState)).load_viewer()
    event = await state.load()
    assert event is not None and "/signin?next=/settings/profile" in str(event)
    assert not state.loaded


async def test_a_member_saves_their_profile_through_the_page(settings: Settings) -> None:
    with session_scope() as db:
        token = create_session(db, register_member(db, "maya").user_id)
    state = _settings_state(token)
    session_state = await state.get_state(SessionState)
    await session_state.load_viewer()
    assert await state.load() is None and state.display_name == "Maya"
    await state.save({"display_name": "Maya L.", "bio": "Support lead."})
    assert state.notice == "Your profile is saved." and session_state.user_name == "Maya L."
    with session_scope() as db:
        assert get_profile(db, "maya").bio_html.strip() == "<p>Support lead.</p>"


async def test_saving_after_the_session_ended_changes_nothing(settings: Settings) -> None:
    with session_scope() as db:
        token = create_session(db, register_member(db, "maya").user_id)
    state = _settings_state(token)
    await (await state.get_state(SessionState)).load_viewer()
    await state.load()
    state.router = RouterData(headers=HeaderData(cookie=""), url=ReflexURL("http://frontline.test/settings/profile"))
    await state.save({"display_name": "Hijacked", "bio": ""})
    assert "sign in" in state.error
    with session_scope() as db:
        assert get_profile(db, "maya").display_name == "Maya"


async def test_a_bio_the_policy_refuses_is_not_saved_and_the_page_says_why(settings: Settings) -> None:
    with session_scope() as db:
        token = create_session(db, register_member(db, "maya").user_id)
    state = _settings_state(token)
    await (await state.get_state(SessionState)).load_viewer()
    await state.load()
    bio = "Support lead. See https://www.example-helpdesk.com/pricing and https://bit.ly/x, use code SAVE20."
    await state.save({"display_name": "Maya", "bio": bio})
    assert state.error.startswith("Your bio was not saved: ") and state.notice == ""
    assert "commercial_link" not in state.error and "advertising" not in state.error
    assert state.bio == bio  # what they typed is kept in the form
    with session_scope() as db:
        assert get_profile(db, "maya").bio_html == ""
