"""``/mod/queue``: the review queue, oldest first, filterable by rule, with single and bulk decisions.

Members and visitors get the not-allowed view (and the handlers refuse them on the server anyway).
Ids: ``#queue``, ``#queue-total``, ``#queue-filter``, ``#queue-bulk-approve``, ``#queue-bulk-reject``,
``#queue-select-all``, ``#queue-notice``, ``#queue-error``, ``#queue-empty``.
"""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout, notice_callout
from forum.components.layout import not_allowed, page_shell, restricted
from forum.components.moderation import queue_dialogs, queue_item
from forum.routes import MOD_LOG, MOD_TAGS
from forum.state.moderation import QueueState
from forum.state.queue_dialogs import RejectDialogState

S = QueueState


def _toolbar() -> rx.Component:
    return rx.hstack(
        rx.checkbox("Select all", checked=S.all_selected, on_change=S.toggle_all, id="queue-select-all"),
        rx.button("Approve selected", on_click=S.bulk_approve, color_scheme="green", variant="soft", size="2",
                  id="queue-bulk-approve", disabled=S.selected.length() == 0),
        rx.button("Reject selected…", on_click=RejectDialogState.open_selection, color_scheme="red",
                  variant="soft", size="2", id="queue-bulk-reject", disabled=S.selected.length() == 0),
        rx.spacer(),
        rx.select.root(
            rx.select.trigger(placeholder="Every rule", id="queue-filter"),
            rx.select.content(
                rx.select.item("Every rule", value="all"),
                rx.foreach(S.rule_options, lambda o: rx.select.item(o["label"], value=o["rule"])),
            ),
            value=rx.cond(S.rule == "", "all", S.rule), on_change=S.set_rule,
        ),
        width="100%", align="center", wrap="wrap", spacing="3",
    )


def _pager() -> rx.Component:
    return rx.hstack(
        rx.cond(S.offset > 0, rx.button("← Earlier", variant="ghost", on_click=S.page_by(-1), id="queue-prev")),
        rx.cond(S.offset + S.items.length() < S.total,
                rx.button("Later →", variant="ghost", on_click=S.page_by(1), id="queue-next")),
        spacing="3",
    )


def queue_page() -> rx.Component:
    return page_shell(
        restricted(
            S.loaded,
            S.allowed,
            rx.vstack(
                rx.hstack(rx.heading("Review queue", size="7", id="queue-title"),
                          rx.badge(S.total.to_string() + " waiting", size="2", id="queue-total"),
                          rx.spacer(),
                          # A document navigation: /search is a server-rendered page, not an app route.
                          rx.link("Search held and removed", href="/search?scope=held", id="queue-search",
                                  reload_document=True),
                          rx.link("Tags", href=MOD_TAGS, id="queue-tags"),
                          rx.link("Moderation log", href=MOD_LOG),
                          align="center", width="100%", spacing="3", wrap="wrap"),
                rx.text("Oldest first. Each item shows why it is here, with the evidence.", size="2",
                        color_scheme="gray"),
                _toolbar(),
                error_callout(S.error, "queue-error"),
                notice_callout(S.notice, "queue-notice"),
                rx.cond(
                    S.items.length() > 0,
                    rx.vstack(rx.foreach(S.items, queue_item), spacing="3", width="100%", id="queue"),
                    rx.text("Nothing waiting. Well done.", color_scheme="gray", id="queue-empty"),
                ),
                _pager(),
                queue_dialogs(),
                spacing="3", width="100%",
            ),
            rx.vstack(not_allowed(), error_callout(S.error, "queue-error"), width="100%"),
        )
    )
