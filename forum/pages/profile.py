"""``/u/[handle]`` (a member's profile, server-rendered: the app adds moderation tools) and
``/settings/profile`` (editing one's own).

Moderators see suspend / lift buttons and admins a role menu; those are conveniences only — the handlers
check the role again on the server.
"""

from __future__ import annotations

import reflex as rx

from forum.components.forms import message_callouts, post_form, text_field
from forum.components.islands import ServerPageGuard, slot
from forum.components.layout import loading, page_shell
from forum.routes import AUTH_LOGOUT_EVERYWHERE, profile_url
from forum.state.profile import ProfileSettingsState, ProfileState
from forum.state.session import SessionState


def _moderation_tools() -> rx.Component:
    profile = ProfileState.profile
    return rx.cond(
        SessionState.is_moderator & (SessionState.user_handle != profile.handle),
        rx.card(
            rx.vstack(
                rx.text("Moderation", weight="bold", size="2"),
                rx.hstack(
                    rx.cond(
                        profile.suspended,
                        rx.button("Lift suspension", on_click=ProfileState.lift_suspension, variant="soft",
                                  id="profile-unsuspend"),
                        rx.button("Suspend for 7 days", on_click=ProfileState.suspend_member(7), color_scheme="red",
                                  variant="soft", id="profile-suspend"),
                    ),
                    rx.cond(
                        SessionState.is_admin,
                        rx.select(ProfileState.role_choices, value=profile.role, on_change=ProfileState.change_role,
                                  id="profile-role"),
                    ),
                    spacing="3", align="center", wrap="wrap",
                ),
                rx.cond(ProfileState.action_error != "", rx.text(ProfileState.action_error, color_scheme="red",
                                                                 size="2", id="profile-action-error")),
                rx.cond(ProfileState.action_notice != "", rx.text(ProfileState.action_notice, size="2",
                                                                  id="profile-action-notice")),
                spacing="2",
            ),
            width="100%",
        ),
    )


def profile_page() -> rx.Component:
    """``/u/[handle]`` is server-rendered; the app adds only the moderation tools, for staff, into its slot."""
    profile = ProfileState.profile
    return rx.fragment(
        ServerPageGuard.create(),
        rx.cond(ProfileState.loaded & profile.is_not_none(), slot("profile-tools-slot", _moderation_tools())),
    )


def profile_settings_page() -> rx.Component:
    state = ProfileSettingsState
    return page_shell(
        rx.cond(
            state.loaded & SessionState.signed_in,
            rx.vstack(
                rx.heading("Your profile", size="7"),
                rx.text("@" + state.handle_shown, " · ",
                        rx.link("View your profile", href=profile_url(state.handle_shown)),
                        size="2", color_scheme="gray"),
                message_callouts(state.error, state.notice),
                rx.form(
                    rx.vstack(
                        text_field("Display name", "display_name", field_id="settings-name", default=state.display_name,
                                   autocomplete="name", required=True, max_length=80),
                        rx.el.label("Bio", html_for="settings-bio",
                                    class_name="rt-Text rt-r-size-2 rt-r-weight-medium"),
                        rx.text_area(id="settings-bio", name="bio", default_value=state.bio, rows="6", width="100%",
                                     max_length=2000),
                        rx.text("Markdown works: *emphasis*, lists, and at most the links a comment may have.",
                                size="1", color_scheme="gray"),
                        rx.button("Save", type="submit", size="3", id="settings-save"),
                        spacing="2", width="100%", align="start",
                    ),
                    on_submit=state.save, key=state.form_key, id="settings-form", width="100%",
                ),
                rx.separator(size="4"),
                rx.heading("Email", size="4"),
                rx.text("Your address, and which mail you get: replies, moderators' decisions, digests.", size="2"),
                rx.link("Email and notifications", href="/settings/mail", id="settings-mail", size="2",
                        reload_document=True),
                rx.separator(size="4"),
                rx.heading("Sessions", size="4"),
                rx.text("Signed in on a shared or lost device? End every session, this one included.", size="2"),
                post_form(AUTH_LOGOUT_EVERYWHERE,
                          rx.button("Sign out everywhere", type="submit", color_scheme="red", variant="soft",
                                    id="settings-logout-everywhere"),
                          id="logout-everywhere-form"),
                spacing="3", width="100%", align="start", max_width="640px",
            ),
            loading(),
        )
    )
