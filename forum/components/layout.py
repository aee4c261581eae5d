"""The page chrome every page shares: header with navigation and colour mode, content column, footer."""

from __future__ import annotations

import reflex as rx

from forum.components.forms import post_form
from forum.components.nav_counts import member_nav
from forum.routes import AUTH_LOGOUT, GUIDELINES, HOME, REGISTER, SIGN_IN, profile_url
from forum.settings import get_settings
from forum.state.session import SessionState

SITE_NAME = get_settings().site_name  # FRONTLINE_SITE_NAME, read when the pages are compiled


def _account_links() -> rx.Component:
    return rx.cond(
        SessionState.signed_in,
        rx.hstack(
            member_nav(),
            rx.link(SessionState.user_name, href=profile_url(SessionState.user_handle), id="nav-profile",
                    reload_document=True),
            # A native form POST (never a GET link another site could fire): the route clears the HttpOnly
            # cookie and redirects, and the next page opens a new socket.
            post_form(AUTH_LOGOUT, rx.button("Sign out", type="submit", size="2", variant="ghost",
                                             id="nav-signout"), id="nav-signout-form"),
            spacing="3", align="center",
        ),
        rx.hstack(
            rx.link("Sign in", href=SIGN_IN, id="nav-signin"),
            rx.link(rx.button("Join", size="2", variant="soft"), href=REGISTER, id="nav-register"),
            spacing="3", align="center",
        ),
    )


# A plain HTML form, not rx.el.form (which stops the browser's own submit): a GET to the server-rendered
# /search page, the same form as the server pages' header. assets/search_key.js focuses it on "/".
SEARCH_BOX = (
    '<form class="fl-search" action="/search" method="get" role="search">'
    '<input class="fl-input" type="search" name="q" id="site-search" placeholder="Search  /" '
    'aria-label="Search the forum" aria-keyshortcuts="/" data-search-box></form>'
)


def search_box() -> rx.Component:
    return rx.html(SEARCH_BOX, flex="0 1 16rem")


def header() -> rx.Component:
    return rx.el.header(
        rx.hstack(
            rx.link(
                rx.hstack(rx.icon("messages-square", size=22),
                          rx.heading(SITE_NAME, size="5", as_="span", class_name="fl-brand-name"),
                          align="center", spacing="2"),
                # Public pages are server-rendered: load the document rather than a client-side route.
                href=HOME, underline="none", color="inherit", id="nav-home", reload_document=True,
            ),
            search_box(),
            rx.spacer(),
            _account_links(),
            rx.color_mode.button(size="2", variant="ghost", aria_label="Switch light or dark mode"),
            align="center", spacing="4", width="100%", max_width="960px", margin_x="auto", padding_x="1rem",
            padding_y="0.75rem", class_name="fl-app-bar",
        ),
        border_bottom="1px solid var(--gray-a5)",
        background="var(--color-panel-solid)",
        position="sticky", top="0", z_index="10",
    )


def footer() -> rx.Component:
    return rx.el.footer(
        rx.text(
            f"{SITE_NAME} is a community for customer-service practitioners. Add value to the discussion: "
            "at most one link, to an educational article; no brief “good post” comments; "
            "no links to companies, products or services. ",
            rx.link("Community guidelines", href=GUIDELINES, id="footer-guidelines", reload_document=True),
            size="1", color_scheme="gray",
        ),
        max_width="960px", margin_x="auto", padding="1.5rem 1rem 2.5rem",
    )


def page_shell(*children: rx.Component) -> rx.Component:
    """Wrap a page's content in the shared chrome."""
    return rx.box(
        rx.el.a("Skip to content", href="#main", class_name="fl-skip"),
        header(),
        rx.el.main(*children, max_width="960px", margin_x="auto", padding="1.25rem 1rem",
               width="100%", id="main"),
        footer(),
        min_height="100vh",
    )


def not_found(message: str = "We could not find that page.") -> rx.Component:
    """The 404-style view a page shows for an unknown board, thread or person."""
    return rx.vstack(
        rx.heading("Not found", size="7", id="not-found"),
        rx.text(message),
        rx.link("Back to the boards", href=HOME),
        spacing="3", padding_y="3rem", align="start",
    )


def not_allowed(what: str = "This page is for moderators.") -> rx.Component:
    """The view a page shows to someone whose role may not see it (the server refuses its data anyway)."""
    return rx.vstack(
        rx.heading("Not allowed", size="7", id="not-allowed"),
        rx.text(what, " If you think you should have access, sign in with the right account."),
        rx.link("Back to the boards", href=HOME),
        spacing="3", padding_y="3rem", align="start",
    )


def restricted(loaded: rx.Var[bool], allowed: rx.Var[bool], content: rx.Component,
               refusal: rx.Component | None = None) -> rx.Component:
    """A page only some roles may see: a spinner until its state has loaded, then the content or the refusal."""
    return rx.cond(loaded, rx.cond(allowed, content, refusal if refusal is not None else not_allowed()), loading())


def loading() -> rx.Component:
    return rx.center(rx.spinner(size="3"), padding_y="3rem")
