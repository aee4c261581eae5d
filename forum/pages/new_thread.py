"""``/b/[board_slug]/new``: start a thread — title, body with Write/Preview and the live policy panel.

Ids: ``#new-thread-title``, ``#new-thread-body``, ``#new-thread-tags``, ``#new-thread-preview-tab``,
``#new-thread-submit``, ``#new-thread-error``; the panel is the shared ``#policy-panel``. The tag chooser:
``#new-thread-tags`` (the box), ``.tag-suggestion`` buttons, ``.tag-chosen`` badges, ``#new-thread-tag-problem``.
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


def _tag_chooser() -> rx.Component:
    """Existing tags only: type to see suggestions, click one (or press Enter) to add it."""
    return rx.vstack(
        rx.text("Tags (optional)", as_="label", size="2", weight="medium", html_for="new-thread-tags"),
        rx.hstack(
            rx.foreach(S.chosen_tags, lambda name: rx.badge(
                name, rx.icon_button(rx.icon("x", size=12), size="1", variant="ghost", on_click=S.remove_tag(name),
                                     aria_label="Remove tag " + name),
                variant="soft", class_name="tag-chosen")),
            rx.input(value=S.tag_query, on_change=S.set_tag_query, debounce_timeout=150, id="new-thread-tags",
                     placeholder="Start typing a tag", aria_label="Add a tag", aria_autocomplete="list",
                     on_key_down=S.tag_key,
                     flex="1", min_width="10rem"),
            spacing="2", align="center", wrap="wrap", width="100%",
        ),
        rx.cond(S.tag_suggestions.length() > 0, rx.hstack(
            rx.foreach(S.tag_suggestions, lambda name: rx.button(
                name, size="1", variant="outline", on_click=S.add_tag(name), class_name="tag-suggestion")),
            spacing="2", wrap="wrap", id="new-thread-tag-suggestions", role="listbox")),
        spacing="1", width="100%",
    )


def _form() -> rx.Component:
    return rx.vstack(
        rx.link("← " + S.board_name, href=S.board_link, size="2"),
        rx.heading("Start a thread in " + S.board_name, size="6", id="new-thread-heading"),
        rx.text("Title", as_="label", size="2", weight="medium", html_for="new-thread-title"),
        rx.input(value=S.title, on_change=S.set_title, debounce_timeout=300, id="new-thread-title", width="100%",
                 max_length=200, placeholder="A specific question or story, in a sentence", aria_label="Title"),
        _editor(),
        _tag_chooser(),
        rx.cond(S.tag_problem != "", rx.callout(S.tag_problem, icon="tag", color_scheme="amber", size="1",
                                                id="new-thread-tag-problem")),
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
