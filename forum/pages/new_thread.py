"""``/b/[board_slug]/new``: start a thread — title, body with Write/Preview and the live policy panel.

Ids: ``#new-thread-title``, ``#new-thread-body``, ``#new-thread-tags``, ``#new-thread-preview-tab``,
``#new-thread-submit``, ``#new-thread-error``; the panel is the shared ``#policy-panel``.
"""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout
from forum.components.layout import loading, not_found, page_shell
from forum.components.policy_panel import policy_panel
from forum.routes import sign_in_url
from forum.state.new_thread import NewThreadState
from forum.state.session import SessionState

S = NewThreadState


def _editor() -> rx.Component:
    return rx.tabs.root(
        rx.tabs.list(rx.tabs.trigger("Write", value="write", id="new-thread-write-tab"),
                     rx.tabs.trigger("Preview", value="preview", id="new-thread-preview-tab")),
        rx.tabs.content(
            rx.text_area(value=S.body, on_change=S.set_body, debounce_timeout=300, force_notify_on_blur=True,
                         rows="10", width="100%", resize="vertical", id="new-thread-body",
                         placeholder="What happened, what you tried, what you want to know. Markdown works.",
                         aria_label="Opening post"),
            value="write", padding_top="0.5rem",
        ),
        rx.tabs.content(
            rx.cond(S.preview_html != "", rx.box(rx.html(S.preview_html), class_name="prose",
                                                 id="new-thread-preview"),
                    rx.text("Nothing to preview yet.", size="2", color_scheme="gray", id="new-thread-preview")),
            value="preview", padding_top="0.5rem", min_height="6rem",
        ),
        value=S.tab, on_change=S.set_tab, width="100%",
    )


def _form() -> rx.Component:
    return rx.vstack(
        rx.link("← " + S.board_name, href=S.board_link, size="2"),
        rx.heading("Start a thread in " + S.board_name, size="6", id="new-thread-heading"),
        rx.text("Title", as_="label", size="2", weight="medium", html_for="new-thread-title"),
        rx.input(value=S.title, on_change=S.set_title, debounce_timeout=300, id="new-thread-title", width="100%",
                 max_length=200, placeholder="A specific question or story, in a sentence", aria_label="Title"),
        _editor(),
        rx.input(value=S.tags_text, on_change=S.set_tags_text, debounce_timeout=300, id="new-thread-tags",
                 width="100%", placeholder="Tags, separated by commas (optional)", aria_label="Tags"),
        policy_panel(S.decision, S.reasons, S.links, S.checking),
        error_callout(S.error, "new-thread-error"),
        rx.button(S.submit_label, on_click=S.submit, disabled=~S.can_submit, loading=S.submitting, size="3",
                  id="new-thread-submit"),
        spacing="3", width="100%", align="start",
    )


def new_thread_page() -> rx.Component:
    return page_shell(
        rx.cond(
            S.not_found,
            not_found("There is no board at this address."),
            rx.cond(
                S.loaded,
                rx.cond(
                    SessionState.signed_in,
                    _form(),
                    rx.callout(rx.text("You must be logged in to start a thread. ",
                                       rx.link("Sign in", href=sign_in_url(S.board_link + "/new"))),
                               icon="lock", color_scheme="gray", id="new-thread-visitor"),
                ),
                loading(),
            ),
        )
    )
