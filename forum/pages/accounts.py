"""``/signin``, ``/register`` and ``/welcome`` (choosing a handle, or linking, after a first OpenID sign-in).

Each form is a plain HTML form POSTed to an ``/auth`` route (so the browser receives the HttpOnly session
cookie and a redirect); an error comes back in the query string and is shown above the form, with what the
person typed put back — except the password — from a flash cookie, never from the URL (``forum.http.form_flash``).
"""

from __future__ import annotations

import reflex as rx

from forum.components.forms import message_callouts, post_form, text_field
from forum.components.layout import SITE_NAME, loading, page_shell
from forum.routes import AUTH_LINK, AUTH_REGISTER, AUTH_SIGN_IN, AUTH_WELCOME, REGISTER, SIGN_IN, WELCOME
from forum.state.accounts import AuthPageState, ProviderButton


def _next_field() -> rx.Component:
    return rx.el.input(type="hidden", name="next", value=AuthPageState.next_path)


def _card(route: str, title: str, *children: rx.Component) -> rx.Component:
    """The auth pages' card; shows its form only once the shared state was prepared for ``route``."""
    return page_shell(
        rx.center(
            rx.card(
                rx.cond(
                    AuthPageState.prepared_for == route,
                    rx.vstack(rx.heading(title, size="6"), *children, spacing="4", width="100%"),
                    loading(),
                ),
                width="100%", max_width="440px", size="3",
            ),
            width="100%", padding_y="1.5rem",
        )
    )


def _provider_button(provider: ProviderButton) -> rx.Component:
    return rx.link(
        rx.button("Continue with " + provider.label, variant="outline", size="3", width="100%"),
        href=provider.href, id="oidc-" + provider.name, width="100%", underline="none", reload_document=True,
    )


def _providers() -> rx.Component:
    return rx.cond(
        AuthPageState.providers.length() > 0,
        rx.vstack(
            rx.hstack(rx.separator(size="4"), rx.text("or", size="1", color_scheme="gray"), rx.separator(size="4"),
                      align="center", width="100%"),
            rx.foreach(AuthPageState.providers, _provider_button),
            spacing="3", width="100%", id="oidc-providers",
        ),
    )


def signin_page() -> rx.Component:
    return _card(
        SIGN_IN,
        "Sign in",
        message_callouts(AuthPageState.error, AuthPageState.notice),
        post_form(
            AUTH_SIGN_IN,
            _next_field(),
            rx.vstack(
                text_field("Handle or email", "account", field_id="signin-account", default=AuthPageState.account,
                           autocomplete="username", required=True, max_length=254),
                text_field("Password", "password", field_id="signin-password", kind="password",
                           autocomplete="current-password", required=True),
                rx.button("Sign in", type="submit", size="3", width="100%", id="signin-submit"),
                spacing="3", width="100%",
            ),
            key=AuthPageState.form_key, id="signin-form", width="100%",
        ),
        rx.link("Forgot password?", href="/auth/forgot", id="signin-forgot", size="2", reload_document=True),
        _providers(),
        rx.text("New here? ", rx.link("Create an account", href=REGISTER + AuthPageState.next_query,
                                      id="signin-to-register"), size="2"),
    )


def register_page() -> rx.Component:
    return _card(
        REGISTER,
        f"Join {SITE_NAME}",
        rx.text("A community for people who do customer service for a living.", size="2", color_scheme="gray"),
        message_callouts(AuthPageState.error),
        post_form(
            AUTH_REGISTER,
            _next_field(),
            rx.vstack(
                text_field("Handle", "handle", field_id="register-handle", default=AuthPageState.handle,
                           autocomplete="username", required=True, max_length=20,
                           hint="3–20 lower-case letters, digits or underscores; shown as @handle."),
                text_field("Display name", "name", field_id="register-name", default=AuthPageState.display_name,
                           autocomplete="name", required=True, max_length=80),
                text_field("Email", "email", field_id="register-email", default=AuthPageState.email, kind="email",
                           autocomplete="email", required=True, max_length=254),
                text_field("Password", "password", field_id="register-password", kind="password",
                           autocomplete="new-password", required=True, min_length=10,
                           hint="At least 10 characters; a long passphrase is best."),
                rx.button("Create account", type="submit", size="3", width="100%", id="register-submit"),
                spacing="3", width="100%",
            ),
            key=AuthPageState.form_key, id="register-form", width="100%",
        ),
        _providers(),
        rx.text("Already a member? ", rx.link("Sign in", href=SIGN_IN + AuthPageState.next_query,
                                              id="register-to-signin"), size="2"),
    )


def _choose_handle() -> rx.Component:
    return rx.vstack(
        rx.text("You signed in with ", rx.text.strong(AuthPageState.provider_label),
                ". Choose how you will appear here.", size="2"),
        post_form(
            AUTH_WELCOME,
            rx.vstack(
                text_field("Handle", "handle", field_id="welcome-handle", default=AuthPageState.handle,
                           autocomplete="username", required=True, max_length=20,
                           hint="3–20 lower-case letters, digits or underscores; shown as @handle."),
                text_field("Display name", "name", field_id="welcome-name", default=AuthPageState.display_name,
                           autocomplete="name", required=True, max_length=80),
                rx.button("Create my account", type="submit", size="3", width="100%", id="welcome-submit"),
                spacing="3", width="100%",
            ),
            key=AuthPageState.form_key, id="welcome-form", width="100%",
        ),
        spacing="3", width="100%",
    )


def _link_account() -> rx.Component:
    return rx.vstack(
        rx.text("An account here already uses ", rx.text.strong(AuthPageState.email), ", which ",
                AuthPageState.provider_label, " confirmed is yours. To sign in with ", AuthPageState.provider_label,
                " from now on, enter that account's password once to link them.", size="2"),
        post_form(
            AUTH_LINK,
            rx.vstack(
                text_field(f"Password of your {SITE_NAME} account", "password", field_id="link-password",
                           kind="password", autocomplete="current-password", required=True),
                rx.button("Link and sign in", type="submit", size="3", width="100%", id="link-submit"),
                spacing="3", width="100%",
            ),
            key=AuthPageState.form_key, id="link-form", width="100%",
        ),
        rx.link("Create a separate account instead", href=AuthPageState.new_account_href, size="2",
                id="link-create-separate"),
        spacing="3", width="100%",
    )


def welcome_page() -> rx.Component:
    return _card(
        WELCOME,
        f"Welcome to {SITE_NAME}",
        message_callouts(AuthPageState.error),
        rx.cond(AuthPageState.mode == "link", _link_account(), _choose_handle()),
    )
