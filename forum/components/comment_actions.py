"""The thread page's one dialog of each kind (edit, delete, report) and the in-place result of comment actions.

The per-comment buttons are server-rendered (``forum/http/templates/comments.html``: ``.comment-reply``,
``.comment-menu``, ``.comment-edit``, ``.comment-delete``, ``.comment-report``) and reach these dialogs through
``CommentActionsState.act``. What a menu offers is cosmetic: the handlers resolve the session again and the
services check ownership and role. Dialog ids: ``#edit-dialog``, ``#delete-dialog``, ``#report-dialog``.
"""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout
from forum.components.islands import InPlaceNote
from forum.components.policy_panel import policy_panel
from forum.state.action_result import ActionResultState
from forum.state.comment_actions import REPORT_CHOICES, CommentActionsState

S = CommentActionsState


def _edit_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Edit your comment"),
            rx.dialog.description("Your edit is checked again, like a new comment. Earlier versions are kept "
                                  "for the moderators.", size="2"),
            rx.vstack(
                rx.text_area(value=S.edit_text, on_change=S.set_edit_text, debounce_timeout=300,
                             force_notify_on_blur=True, rows="8", width="100%", id="edit-text"),
                policy_panel(S.decision, S.reasons, S.links, S.checking, id_prefix="edit-"),
                error_callout(S.edit_error, "edit-error"),
                rx.hstack(
                    rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                    rx.button("Save edit", on_click=S.save_edit, loading=S.edit_saving, id="edit-submit",
                              disabled=S.decision == "reject"),
                    justify="end", spacing="3", width="100%",
                ),
                spacing="3", padding_top="0.5rem",
            ),
            max_width="640px", id="edit-dialog",
        ),
        open=S.edit_open, on_open_change=S.close_edit,
    )


def _delete_dialog() -> rx.Component:
    return rx.alert_dialog.root(
        rx.alert_dialog.content(
            rx.alert_dialog.title("Delete this comment?"),
            rx.alert_dialog.description("Replies under it keep their place; the comment itself is gone for good.",
                                        size="2"),
            rx.hstack(
                rx.alert_dialog.cancel(rx.button("Keep it", variant="soft", color_scheme="gray")),
                rx.alert_dialog.action(rx.button("Delete", color_scheme="red", on_click=S.confirm_delete,
                                                 id="delete-confirm")),
                justify="end", spacing="3", padding_top="1rem",
            ),
            id="delete-dialog",
        ),
        open=S.delete_open, on_open_change=S.close_delete,
    )


def _report_dialog() -> rx.Component:
    return rx.dialog.root(
        rx.dialog.content(
            rx.dialog.title("Report this comment"),
            rx.dialog.description("Tell the moderators what is wrong. Enough reports hide a comment until a "
                                  "moderator looks at it.", size="2"),
            rx.vstack(
                rx.radio_group.root(
                    rx.flex(
                        *[rx.text(rx.flex(rx.radio_group.item(value=value, id=f"report-{value}"), label, spacing="2"),
                                  as_="label", size="2") for value, label in REPORT_CHOICES],
                        direction="column", spacing="2",
                    ),
                    value=S.report_reason, on_change=S.set_report_reason, id="report-reason",
                ),
                rx.text_area(value=S.report_detail, on_change=S.set_report_detail, placeholder="Anything to add?",
                             rows="3", width="100%", id="report-detail", max_length=1000),
                error_callout(S.report_error, "report-error"),
                rx.hstack(
                    rx.dialog.close(rx.button("Cancel", variant="soft", color_scheme="gray")),
                    rx.button("Send report", on_click=S.send_report, id="report-submit"),
                    justify="end", spacing="3", width="100%",
                ),
                spacing="3", padding_top="0.5rem",
            ),
            max_width="520px", id="report-dialog",
        ),
        open=S.report_open, on_open_change=S.close_report,
    )


def action_result() -> rx.Component:
    """What the last comment action, reaction, watch or bookmark did (or why not), as a line inside the comment
    (or the thread's action bar) it concerns: ``.fl-result`` with ``data-for`` naming that block."""
    return InPlaceNote.create(anchor=ActionResultState.anchor, text=ActionResultState.text,
                              tone=ActionResultState.tone, stamp=ActionResultState.stamp)


def comment_dialogs() -> rx.Component:
    return rx.fragment(_edit_dialog(), _delete_dialog(), _report_dialog())
