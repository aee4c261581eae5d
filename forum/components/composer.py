"""The reply composer under a thread: Write/Preview tabs, the live policy panel, and a submit button that
says what will happen. Visitors' sign-in prompt and the locked-thread note are server-rendered
(``forum/http/templates/thread.html``).

Stable ids for tests: ``#composer``, ``#composer-text``, ``#composer-write-tab``, ``#composer-preview-tab``,
``#composer-preview``, ``#composer-submit``, ``#composer-error``, ``#composer-notice``, ``#composer-reply-to``,
``#composer-draft-status`` (Saved / Saving… / Offline, from ``DraftKeeper``), ``#composer-draft-note``
(a restored or unsaved draft), ``#composer-too-long``, ``#composer-react-instead``, ``#composer-countdown``
(the wait flood control asked for, counting down on the button).
The preview only ever shows the policy engine's sanitised HTML.
"""

from __future__ import annotations

import reflex as rx

from forum.components.drafts import CONNECTED, PUBLISH, DraftKeeper
from forum.components.islands import Countdown
from forum.components.policy_panel import policy_panel
from forum.routes import GUIDELINES
from forum.state.composer import ComposerState

MAX_ROWS_HINT = "8"


def error_callout(message: rx.Var[str], element_id: str) -> rx.Component:
    return rx.cond(message != "", rx.callout(message, icon="triangle-alert", color_scheme="red", size="1",
                                             id=element_id, width="100%"))


def notice_callout(message: rx.Var[str], element_id: str) -> rx.Component:
    return rx.cond(message != "", rx.callout(message, icon="info", color_scheme="teal", size="1",
                                             id=element_id, width="100%"))


def _reply_banner() -> rx.Component:
    return rx.cond(
        ComposerState.parent_id > 0,
        rx.hstack(
            rx.icon("reply", size=16),
            rx.text("Replying to ", rx.text.strong(ComposerState.reply_to_name), size="2"),
            rx.button("Reply to the thread instead", size="1", variant="ghost", on_click=ComposerState.reply_to_thread,
                      id="composer-reply-cancel"),
            align="center", spacing="2", id="composer-reply-to",
        ),
    )


def _handle_suggestions() -> rx.Component:
    """Members matching the "@name" being typed; a click completes it."""
    return rx.cond(
        ComposerState.handle_suggestions.length() > 0,
        rx.hstack(
            rx.text("Mention:", size="1", color_scheme="gray"),
            rx.foreach(ComposerState.handle_suggestions, lambda m: rx.button(
                "@" + m["handle"], size="1", variant="soft", title=m["name"], class_name="mention-suggestion",
                on_click=ComposerState.pick_handle(m["handle"]))),
            spacing="2", wrap="wrap", align="center", id="composer-mentions", padding_top="0.25rem",
        ),
    )


def _editor() -> rx.Component:
    return rx.tabs.root(
        rx.tabs.list(
            rx.tabs.trigger("Write", value="write", id="composer-write-tab"),
            rx.tabs.trigger("Preview", value="preview", id="composer-preview-tab"),
        ),
        rx.tabs.content(
            rx.text_area(
                value=ComposerState.text, on_change=ComposerState.set_text, debounce_timeout=300,
                max_length=ComposerState.max_chars,
                force_notify_on_blur=True, id="composer-text", rows=MAX_ROWS_HINT, width="100%", resize="vertical",
                placeholder="Share an experience, a practice or a question. Markdown works: **bold**, lists, > quotes.",
                aria_label="Your comment",
            ),
            _handle_suggestions(),
            value="write", padding_top="0.5rem",
        ),
        rx.tabs.content(
            rx.cond(
                ComposerState.preview_html != "",
                rx.box(rx.html(ComposerState.preview_html), class_name="prose", id="composer-preview"),
                rx.text("Nothing to preview yet.", size="2", color_scheme="gray", id="composer-preview"),
            ),
            value="preview", padding_top="0.5rem", min_height="6rem",
        ),
        value=ComposerState.tab, on_change=ComposerState.set_tab, width="100%",
    )


def _keeper() -> rx.Component:
    return DraftKeeper.create(
        thread_id=ComposerState.thread_id, parent_id=ComposerState.parent_id, reply_name=ComposerState.reply_to_name,
        server_text=ComposerState.text, draft_saved=ComposerState.draft_saved, connected=CONNECTED,
        load_nonce=ComposerState.load_nonce, server_draft_at=ComposerState.server_draft_at,
        accepted_key=ComposerState.accepted_key, max_chars=ComposerState.max_chars,
        on_restore=ComposerState.restore_local, on_published=ComposerState.published,
    )


def _reaction_offer() -> rx.Component:
    """When the draft is rejected as brief praise: thank with one click instead (the draft is kept)."""
    return rx.cond(
        ComposerState.offer_reaction,
        rx.hstack(
            rx.text("Just want to say thanks?", size="2"),
            rx.button(rx.icon("heart", size=14), "Say it with a reaction instead", size="2",
                      variant="soft", on_click=ComposerState.react_instead, id="composer-react-instead"),
            align="center", spacing="2", wrap="wrap", id="composer-reaction-offer",
        ),
    )


def _submit_label() -> rx.Component:
    """What Publish says: the verdict's label, or while flood control makes the author wait, the seconds
    left, counting down; at zero the text is checked again (``wait_over``) and the button says what now."""
    return rx.cond(
        ComposerState.retry_after > 0,
        Countdown.create(seconds=ComposerState.retry_after, stamp=ComposerState.retry_stamp,
                         on_done=ComposerState.wait_over, id="composer-countdown"),
        ComposerState.submit_label,
    )


def composer_form() -> rx.Component:
    """The reply box (rendered into the server page's composer slot, which exists only for members)."""
    return rx.vstack(
        rx.hstack(rx.heading("Add to the discussion", size="4"),
                  rx.link("Community guidelines", href=GUIDELINES, size="1", id="composer-guidelines",
                          is_external=True),
                  align="baseline", spacing="3", wrap="wrap"),
        _reply_banner(),
        _editor(),
        policy_panel(ComposerState.decision, ComposerState.reasons, ComposerState.links, ComposerState.checking),
        _reaction_offer(),
        error_callout(ComposerState.error, "composer-error"),
        notice_callout(ComposerState.notice, "composer-notice"),
        rx.hstack(
            # offline the verdict on screen is stale: Publish stays pressable and is sent on reconnect
            rx.button(rx.cond(CONNECTED, _submit_label(), "Publish"),
                      on_click=[PUBLISH],
                      disabled=rx.cond(CONNECTED, ~ComposerState.can_submit, False),
                      loading=ComposerState.submitting, size="3", id="composer-submit",
                      color_scheme=rx.match(ComposerState.decision, ("hold", "amber"), ("reject", "gray"), "teal")),
            rx.text(_keeper(), size="1", color_scheme="gray"),
            rx.text(ComposerState.draft_status, size="1", color_scheme="gray", id="composer-draft-note"),
            align="center", spacing="3", wrap="wrap",
        ),
        spacing="3", width="100%", id="composer", padding_top="1rem",
    )
