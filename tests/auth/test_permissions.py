"""Authorisation happens on the server: the policy table, the services, and the Reflex handlers called directly."""

from __future__ import annotations

from datetime import timedelta

import pytest
import reflex as rx
from sqlmodel import Session

from forum.auth.cookies import SESSION_COOKIE
from forum.db import session_scope
from forum.models import utcnow
from forum.policy import permissions as p
from forum.services.errors import PermissionDenied
from forum.services.member_admin import set_role, suspend, unsuspend
from forum.services.sessions import create_session, revoke_all_sessions
from forum.settings import Settings
from forum.state.profile import ProfileState
from forum.state.session import SessionState
from tests.factories import register_member
from tests.helpers import router_for, user_by_handle


@pytest.mark.parametrize(("role", "suspended", "post", "moderate", "administer"), [
    ("visitor", False, False, False, False),
    ("member", False, True, False, False),
    ("member", True, False, False, False),
    ("moderator", False, True, True, False),
    ("moderator", True, False, False, False),
    ("admin", False, True, True, True),
    ("admin", True, False, False, False),
    ("superuser", False, False, False, False),  # an unknown role has no rights
])
def test_what_each_role_may_do(role: str, suspended: bool, post: bool, moderate: bool, administer: bool) -> None:
    assert p.can_post(role, suspended) is post
    assert p.can_moderate(role, suspended) is moderate
    assert p.can_administer(role, suspended) is administer


def test_moderators_suspend_members_and_admins_suspend_moderators_but_nobody_suspends_an_admin() -> None:
    assert p.can_suspend("moderator", "member")
    assert not p.can_suspend("moderator", "moderator")
    assert p.can_suspend("admin", "moderator")
    assert not p.can_suspend("admin", "admin")
    assert not p.can_suspend("member", "member")


def test_only_admins_set_roles_and_only_to_real_roles() -> None:
    assert p.can_set_role("admin", "member", "moderator")
    assert not p.can_set_role("moderator", "member", "moderator")
    assert not p.can_set_role("admin", "member", "visitor")
    assert not p.can_set_role("admin", "member", "owner")


def test_a_member_cannot_suspend_or_promote_through_the_services(session: Session) -> None:
    member, target = register_member(session, "mia"), register_member(session, "tom")
    with pytest.raises(PermissionDenied):
        suspend(session, member.user_id, "tom", days=7)
    with pytest.raises(PermissionDenied):
        set_role(session, member.user_id, "tom", "admin")
    with pytest.raises(PermissionDenied):
        set_role(session, member.user_id, "mia", "admin")
    tom = user_by_handle(session, "tom")
    assert (tom.role, tom.suspended_until, target.role) == ("member", None, "member")
    assert user_by_handle(session, "mia").role == "member"


def test_a_suspended_moderator_cannot_moderate(session: Session) -> None:
    mod = register_member(session, "mod_sam", role="moderator")
    register_member(session, "tom")
    suspend(session, None, "mod_sam", days=1)
    with pytest.raises(PermissionDenied):
        suspend(session, mod.user_id, "tom", days=7)


def test_an_admin_changes_roles_and_a_moderator_suspends_and_lifts(session: Session) -> None:
    admin = register_member(session, "ada", role="admin")
    mod = register_member(session, "mod_sam", role="moderator")
    register_member(session, "tom")
    assert set_role(session, admin.user_id, "tom", "moderator").role == "moderator"
    set_role(session, admin.user_id, "tom", "member")
    until = suspend(session, mod.user_id, "tom", days=3)
    assert until > utcnow() + timedelta(days=2)
    unsuspend(session, mod.user_id, "tom")
    assert user_by_handle(session, "tom").suspended_until is None
    with pytest.raises(PermissionDenied, match="your own account"):
        set_role(session, admin.user_id, "ada", "member")


# --- the same rules through a Reflex event handler, called directly (not through the UI) -------------------

def _profile_state_for(token: str | None, handle: str) -> ProfileState:
    """A ProfileState in a fresh state tree, as if this browser (cookie) had opened /u/<handle>."""
    root = rx.State(_reflex_internal_init=True)
    cookie = f"{SESSION_COOKIE}={token}" if token else ""
    root.router = router_for(f"http://frontline.test/u/{handle}", cookie)
    return root.substates[ProfileState.get_name()]


def _setup(roles: dict[str, str]) -> dict[str, str]:
    """Accounts with these roles, each with a session; returns handle → token."""
    with session_scope() as db:
        return {handle: create_session(db, register_member(db, handle, role=role).user_id)
                for handle, role in roles.items()}


async def test_a_members_session_calling_the_suspend_handler_directly_is_refused_and_changes_nothing(
        settings: Settings) -> None:
    tokens = _setup({"mia": "member", "tom": "member"})
    state = _profile_state_for(tokens["mia"], "tom")
    await state.load()
    await state.suspend_member(7)
    assert state.action_error == "Only moderators can suspend members."
    await state.change_role("admin")
    assert state.action_error == "Only an administrator can change roles."
    with session_scope() as db:
        tom, mia = user_by_handle(db, "tom"), user_by_handle(db, "mia")
        assert (tom.suspended_until, tom.role, mia.role) == (None, "member", "member")


async def test_a_visitor_calling_a_moderation_handler_is_refused(settings: Settings) -> None:
    _setup({"tom": "member"})
    state = _profile_state_for(None, "tom")
    await state.load()
    await state.suspend_member(7)
    assert "sign in" in state.action_error
    with session_scope() as db:
        assert user_by_handle(db, "tom").suspended_until is None


async def test_a_moderator_whose_session_was_revoked_elsewhere_can_no_longer_act(settings: Settings) -> None:
    tokens = _setup({"mod_sam": "moderator", "tom": "member"})
    state = _profile_state_for(tokens["mod_sam"], "tom")
    session_state = await state.get_state(SessionState)
    await session_state.load_viewer()
    await state.load()
    assert session_state.is_moderator  # the page still shows the moderator's tools...
    with session_scope() as db:
        revoke_all_sessions(db, user_by_handle(db, "mod_sam").id)  # ...but they signed out everywhere on another device
    await state.suspend_member(7)
    assert "sign in" in state.action_error
    assert not session_state.signed_in  # and the chrome caught up
    with session_scope() as db:
        assert user_by_handle(db, "tom").suspended_until is None


async def test_a_demoted_moderator_is_refused_at_once(settings: Settings) -> None:
    tokens = _setup({"ada": "admin", "mod_sam": "moderator", "tom": "member"})
    state = _profile_state_for(tokens["mod_sam"], "tom")
    await state.load()
    with session_scope() as db:
        set_role(db, user_by_handle(db, "ada").id, "mod_sam", "member")
    await state.suspend_member(7)
    # The demotion ended every session of theirs (token rotation on a privilege change): refused outright.
    assert "sign in" in state.action_error
    with session_scope() as db:
        assert user_by_handle(db, "tom").suspended_until is None


async def test_a_moderator_suspends_through_the_handler_and_the_member_is_signed_out(settings: Settings) -> None:
    tokens = _setup({"mod_sam": "moderator", "tom": "member"})
    state = _profile_state_for(tokens["mod_sam"], "tom")
    await state.load()
    await state.suspend_member(7)
    assert state.action_error == "" and state.profile.suspended
    visitor_view = _profile_state_for(tokens["tom"], "tom")
    session_state = await visitor_view.get_state(SessionState)
    await session_state.load_viewer()
    assert not session_state.signed_in  # tom's session ended with the suspension


async def test_an_admin_changes_a_role_through_the_handler(settings: Settings) -> None:
    tokens = _setup({"ada": "admin", "tom": "member"})
    state = _profile_state_for(tokens["ada"], "tom")
    await state.load()
    await state.change_role("moderator")
    assert state.action_error == "" and state.profile.role == "moderator"
