"""State of ``/u/[handle]`` (a member's profile, with moderators' actions) and ``/settings/profile``.

Every handler that changes data resolves the session cookie again through ``require_user`` and calls a
service, which checks the role against the database and writes the refusal. A member calling a moderator's
handler directly over the websocket is refused and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable

import reflex as rx

from forum.db import run_db
from forum.policy.permissions import ACCOUNT_ROLES
from forum.routes import PROFILE_ARG, PROFILE_SETTINGS, sign_in_url
from forum.services import member_admin
from forum.services.errors import NotFound, ServiceError
from forum.services.profiles import ProfileView, RecentComment, get_profile, update_profile
from forum.state.routing import route_arg
from forum.state.session import SessionState, require_user

__all__ = ["ProfileSettingsState", "ProfileState", "ProfileView", "RecentComment"]

class ProfileState(rx.State):
    """One member's public profile, and the moderators' suspend / role actions on it."""

    profile: ProfileView | None = None
    not_found: bool = False
    loaded: bool = False
    action_error: str = ""
    action_notice: str = ""
    role_choices: list[str] = list(ACCOUNT_ROLES)

    async def _reload(self, handle: str) -> None:
        try:
            self.profile = await run_db(get_profile, handle)
            self.not_found = False
        except NotFound:
            self.profile, self.not_found = None, True
        self.loaded = True

    @rx.event
    async def load(self):
        self.action_error = self.action_notice = ""
        await self._reload(route_arg(self, PROFILE_ARG))

    async def _act(self, action: Callable[..., object], *args: object, done: str) -> None:
        """Run a moderator/admin action for the member on this page, re-checking who is asking."""
        self.action_error = self.action_notice = ""
        if self.profile is None:
            return
        handle = self.profile.handle
        try:
            who = await require_user(self)
            await run_db(action, who.user_id, handle, *args)
        except ServiceError as exc:
            self.action_error = str(exc)
            return
        self.action_notice = done
        await self._reload(handle)

    @rx.event
    async def suspend_member(self, days: int):
        await self._act(member_admin.suspend, int(days),
                        done=f"Suspended for {int(days)} days and signed out everywhere.")

    @rx.event
    async def lift_suspension(self):
        await self._act(member_admin.unsuspend, done="Suspension lifted.")

    @rx.event
    async def change_role(self, role: str):
        await self._act(member_admin.set_role, str(role), done=f"Role changed to {role}.")


class ProfileSettingsState(rx.State):
    """The signed-in member's own display name and bio. Visitors are sent to sign in and back."""

    display_name: str = ""
    bio: str = ""
    handle_shown: str = ""
    error: str = ""
    notice: str = ""
    form_key: str = ""
    loaded: bool = False

    @rx.event
    async def load(self):
        session = await self.get_state(SessionState)
        if not session.signed_in:
            return rx.redirect(sign_in_url(PROFILE_SETTINGS))
        self.error = self.router.url.query_parameters.get("error", "")[:300]
        self.notice = ""
        try:
            profile = await run_db(get_profile, session.user_handle, 0)
        except NotFound:
            return rx.redirect(sign_in_url(PROFILE_SETTINGS))
        self.display_name, self.bio, self.handle_shown = profile.display_name, profile.bio, profile.handle
        self.form_key = profile.handle  # stable: a reconnect's on_load must not remount (and wipe) the form
        self.loaded = True
        return None

    @rx.event
    async def save(self, form_data: dict):
        self.error = self.notice = ""
        name, bio = str(form_data.get("display_name", ""))[:200], str(form_data.get("bio", ""))[:5000]
        try:
            who = await require_user(self)
            account = await run_db(update_profile, who.user_id, display_name=name, bio=bio)
        except ServiceError as exc:
            self.error = str(exc)
            self.display_name, self.bio = name, bio  # keep what they typed
            return
        self.display_name, self.bio, self.notice = account.display_name, bio.strip(), "Your profile is saved."
        session = await self.get_state(SessionState)
        session.user_name = account.display_name
