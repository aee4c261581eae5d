"""Pieces of the moderator pages: the not-allowed view, one queue item card, and the queue's dialogs.

A queue card shows everything needed to decide without leaving the page: the text as it renders (links in
it outlined), every reason with its evidence, each link with its kind and why (with trust/block buttons
for its domain), what it answers, and the author's record. Classes for tests: ``.queue-item`` (with
``data-item-id`` and ``data-rules``), ``.queue-approve``, ``.queue-reject``, ``.queue-edit``,
``.queue-suspend``, ``.queue-select``, ``.queue-link``, ``.queue-trust``, ``.queue-block``.
"""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout
from forum.components.policy_panel import LINK_KIND_LABELS, reason_row
from forum.routes import profile_url, thread_url
from forum.state.moderation import CANNED_CHOICES, QueueItem, QueueState
from forum.state.queue_dialogs import EditDialogState, RejectDialogState, SuspendDialogState

S = QueueState


def _queue_link(link: rx.Var[dict[str, str]]) -> rx.Component:
    kind = link["kind"]
    good = (kind == "educational") | (kind == "internal")
    return rx.hstack(
        rx.icon("link", size=14),
        rx.vstack(
            rx.hstack(rx.text(link["domain"], weight="bold", size="2"),
                      rx.badge(rx.match(kind, *LINK_KIND_LABELS.items(), kind), size="1",
                               color_scheme=rx.cond(good, "green", "red")),
                      spacing="2", align="center", wrap="wrap"),
            rx.text(link["url"], size="1", color_scheme="gray"),
            rx.text(link["why"], size="1"),
            spacing="0", align="start",
        ),
        rx.spacer(),
        rx.button("Trust domain", size="1", variant="soft", color_scheme="green", class_name="queue-trust",
                  on_click=S.pin(link["domain"], "trusted")),
        rx.button("Block domain", size="1", variant="soft", color_scheme="red", class_name="queue-block",
                  on_click=S.pin(link["domain"], "blocked")),
        class_name="queue-link", width="100%", align="start", padding="0.4rem", wrap="wrap",
        background=rx.cond(good, "transparent", "var(--red-a2)"), border_radius="var(--radius-2)",
        custom_attrs={"data-kind": kind, "data-domain": link["domain"]},
    )


def _record(item: QueueItem) -> rx.Component:
    return rx.hstack(
        rx.link("@" + item.author_handle, href=profile_url(item.author_handle), weight="bold", size="2"),
        rx.text(item.author_name, size="2"),
        rx.text("joined " + item.author_joined, size="1", color_scheme="gray"),
        rx.badge(item.author_approved.to_string() + " approved", color_scheme="green", size="1"),
        rx.badge(item.author_rejected.to_string() + " rejected", color_scheme="red", size="1"),
        rx.badge(item.author_reported.to_string() + " reported", color_scheme="amber", size="1"),
        rx.badge(item.author_reactions.to_string() + " reactions received", color_scheme="teal", size="1",
                 class_name="author-reactions"),
        spacing="2", align="center", wrap="wrap", class_name="queue-author",
    )


def queue_item(item: QueueItem) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.hstack(
                rx.checkbox(checked=S.selected.contains(item.item_id), class_name="queue-select",
                            on_change=lambda checked: S.toggle(item.item_id, checked)),
                rx.badge(item.trigger, variant="outline"),
                rx.cond(item.kind == "thread", rx.badge("opening post", color_scheme="blue")),
                rx.cond(item.report_count > 0, rx.badge(item.report_count.to_string() + " reports",
                                                        color_scheme="amber")),
                rx.cond(item.revision_count > 0, rx.badge(item.revision_count.to_string() + " earlier versions",
                                                          color_scheme="gray")),
                rx.el.time("held " + item.created, date_time=item.created_iso, class_name="rt-Text rt-r-size-1"),
                spacing="2", align="center", wrap="wrap",
            ),
            rx.text("In ", rx.link(item.thread_title, href=thread_url(item.thread_slug), reload_document=True),
                    rx.cond(item.comment_id > 0,
                            rx.fragment(" · ", rx.link("see it in the thread", class_name="queue-permalink",
                                                       href="/c/" + item.comment_id.to_string(),
                                                       reload_document=True))),
                    size="2"),
            rx.cond(item.context != "",
                    rx.blockquote(rx.cond(item.context_author != "", "@" + item.context_author + ": ", ""),
                                  item.context, size="1", class_name="queue-context")),
            rx.box(rx.html(item.html), class_name="prose queue-html", width="100%"),
            rx.vstack(rx.foreach(item.reasons, reason_row), spacing="2", width="100%"),
            rx.cond(item.links.length() > 0,
                    rx.vstack(rx.foreach(item.links, _queue_link), spacing="1", width="100%")),
            _record(item),
            rx.hstack(
                rx.button("Approve", color_scheme="green", class_name="queue-approve",
                          on_click=S.approve(item.item_id)),
                rx.button("Reject…", color_scheme="red", variant="soft", class_name="queue-reject",
                          on_click=RejectDialogState.open_one(item.item_id)),
                rx.button("Edit, then approve…", variant="soft", class_name="queue-edit",
                          on_click=EditDialogState.open(item.item_id)),
                rx.button("Suspend author…", variant="ghost", color_scheme="gray", class_name="queue-suspend",
                          on_click=SuspendDialogState.open(item.author_id, item.author_handle)),
                spacing="2", wrap="wrap",
            ),
            spacing="3", width="100%", align="start",
        ),
        class_name="queue-item", width="100%",
        custom_attrs={"data-item-id": item.item_id.to_string(), "data-rules": item.rules.join(",")},
    )


def _dialog(title: str, element_id: str, open_var: rx.Var[bool], on_open_change, *body: rx.Component
            ) -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(rx.dialog.title(title), rx.vstack(*body, spacing="3", padding_top="0.5rem"),
                          max_width="600px", id=element_id),
        open=open_var, on_open_change=on_open_change,
    )


def _actions(confirm_label: str, on_confirm, element_id: str, color: str = "teal") -> rx.Component:
    return rx.hstack(
        rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
        rx.button(confirm_label, on_click=on_confirm, color_scheme=color, id=element_id),
        justify="end", spacing="3", width="100%",
    )


def queue_dialogs() -> rx.Component:
    R, E, U = RejectDialogState, EditDialogState, SuspendDialogState
    return rx.fragment(
        _dialog(
            "Reject with a note to the author", "reject-dialog", R.is_open, R.close,
            rx.text(R.ids.length().to_string() + " item(s). The author is told why.", size="2"),
            rx.select.root(
                rx.select.trigger(placeholder="Choose a reason (optional)", id="reject-canned", width="100%"),
                rx.select.content(*[rx.select.item(text[:90], value=value) for value, text in CANNED_CHOICES]),
                value=R.canned, on_change=R.set_canned,
            ),
            rx.text_area(value=R.note, on_change=R.set_note, placeholder="A note in your own words",
                         rows="3", width="100%", id="reject-note"),
            error_callout(R.error, "reject-error"),
            _actions("Reject", R.confirm, "reject-confirm", "red"),
        ),
        _dialog(
            "Edit, then approve", "edit-approve-dialog", E.is_open, E.close,
            rx.text("Your edit is kept as a revision and the comment is published.", size="2"),
            rx.text_area(value=E.text, on_change=E.set_text, rows="8", width="100%",
                         id="edit-approve-text"),
            error_callout(E.error, "edit-approve-error"),
            _actions("Save and approve", E.confirm, "edit-approve-confirm", "green"),
        ),
        _dialog(
            "Suspend @" + U.handle, "suspend-dialog", U.is_open, U.close,
            rx.text("They are signed out everywhere and cannot post until the suspension ends.", size="2"),
            rx.input(value=U.days, on_change=U.set_days, type="number", min="1", max="3650",
                     id="suspend-days"),
            rx.text_area(value=U.reason, on_change=U.set_reason, placeholder="Why (logged)",
                         rows="3", width="100%", id="suspend-reason"),
            error_callout(U.error, "suspend-error"),
            _actions("Suspend", U.confirm, "suspend-confirm", "red"),
        ),
    )
