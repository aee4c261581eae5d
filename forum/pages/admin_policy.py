"""``/admin/policy``: thresholds, word lists and domain pins; how moderators decided each rule's holds; replay on
recent or on decided comments before saving."""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout, notice_callout
from forum.components.layout import not_allowed, page_shell, restricted
from forum.state.admin_policy import (
    LIST_FIELDS,
    NUMBER_FIELDS,
    DecidedReplayRow,
    DecisionRow,
    PolicyAdminState,
    ReplayRow,
)

S = PolicyAdminState


def _number(name: str, label: str, help_text: str) -> rx.Component:
    return rx.vstack(
        rx.text(label, size="2", as_="label", html_for=f"policy-{name}"),
        rx.input(value=S.numbers[name], on_change=lambda v: S.set_number(name, v), id=f"policy-{name}",
                 width="10rem"),
        rx.text(help_text, size="1", color_scheme="gray"),
        spacing="1",
    )


def _list(name: str, label: str, help_text: str) -> rx.Component:
    return rx.vstack(
        rx.text(label + " (one per line)", size="2", as_="label", html_for=f"policy-{name}"),
        rx.text(help_text, size="1", color_scheme="gray"),
        rx.text_area(value=S.lists[name], on_change=lambda v: S.set_list(name, v), debounce_timeout=300,
                     id=f"policy-{name}", rows="4", width="100%"),
        spacing="1", width="100%",
    )


def _replay_row(row: ReplayRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(row.thread_title, href="/c/" + row.comment_id.to_string(), reload_document=True,
                              class_name="replay-thread")),
        rx.table.cell("@" + row.author_handle),
        rx.table.cell(row.excerpt),
        rx.table.cell(row.current_decision),
        rx.table.cell(rx.badge(row.proposed_decision, color_scheme=rx.cond(row.changed, "amber", "gray"))),
        rx.table.cell(row.rules.join(", ")),
        class_name="replay-row", custom_attrs={"data-changed": rx.cond(row.changed, "true", "false")},
    )


def _replay() -> rx.Component:
    return rx.vstack(
        rx.hstack(
            rx.text("Replay on the last", size="2"),
            rx.input(value=S.replay_n, on_change=S.set_replay_n, width="6rem", id="policy-replay-n"),
            rx.text("comments", size="2"),
            rx.button("Replay", on_click=S.replay, variant="soft", id="policy-replay"),
            align="center", spacing="2",
        ),
        rx.cond(S.replay_summary != "", rx.text(S.replay_summary, weight="medium", id="policy-replay-summary")),
        rx.cond(
            S.replay_rows.length() > 0,
            rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("Thread", "Author", "Comment", "Now", "Would be", "Rules")])),
                rx.table.body(rx.foreach(S.replay_rows, _replay_row)),
                size="1", width="100%", id="policy-replay-table",
            ),
        ),
        spacing="2", width="100%",
    )


def _decision_row(row: DecisionRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.text(row.label, weight="medium"), rx.text(row.rule, size="1", color_scheme="gray")),
        rx.table.cell(row.recent),
        rx.table.cell(row.recent_share),
        rx.table.cell(row.longer),
        rx.table.cell(rx.badge(row.longer_share, color_scheme=rx.cond(row.noisy, "amber", "gray"))),
        class_name="decision-row", custom_attrs={"data-rule": row.rule, "data-noisy": rx.cond(row.noisy, "true",
                                                                                               "false")},
    )


def _decisions() -> rx.Component:
    """Per rule, how moderators decided what it held: a hold approved as written nearly every time is noise."""
    return rx.vstack(
        rx.heading("How moderators decided each rule's holds", size="4", id="policy-decisions-title"),
        rx.text("Approved as written / approved with edits / rejected. A rule whose holds are mostly approved "
                "as written (amber) holds comments that did not need a moderator.", size="2",
                color_scheme="gray"),
        rx.cond(
            S.decision_rows.length() > 0,
            rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in (
                    "Rule", "30 days", "Approved", "90 days", "Approved")])),
                rx.table.body(rx.foreach(S.decision_rows, _decision_row)),
                size="1", width="100%", id="policy-decisions-table",
            ),
            rx.text("No held comment was decided in the last 90 days.", size="2", id="policy-decisions-empty"),
        ),
        spacing="2", width="100%",
    )


def _decided_row(row: DecidedReplayRow) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(row.thread_title, href="/c/" + row.comment_id.to_string(), reload_document=True)),
        rx.table.cell("@" + row.author_handle),
        rx.table.cell(row.excerpt),
        rx.table.cell(row.held_by.join(", ")),
        rx.table.cell(row.moderator_decision),
        rx.table.cell(rx.badge(row.proposed_decision, color_scheme=rx.cond(row.agrees, "gray", "amber"))),
        class_name="decided-row", custom_attrs={"data-agrees": rx.cond(row.agrees, "true", "false")},
    )


def _replay_decided() -> rx.Component:
    return rx.vstack(
        rx.button("Replay on comments moderators decided (90 days)", on_click=S.replay_decided, variant="soft",
                  id="policy-replay-decided"),
        rx.cond(S.decided_summary != "", rx.text(S.decided_summary, weight="medium", id="policy-decided-summary")),
        rx.cond(
            S.decided_rows.length() > 0,
            rx.table.root(
                rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                               ("Thread", "Author", "Comment", "Held by", "Moderator",
                                                "Would be")])),
                rx.table.body(rx.foreach(S.decided_rows, _decided_row)),
                size="1", width="100%", id="policy-decided-table",
            ),
        ),
        spacing="2", width="100%",
    )


def admin_policy_page() -> rx.Component:
    return page_shell(
        restricted(
            S.loaded,
            S.allowed,
            rx.vstack(
                rx.heading("Comment policy", size="7", id="policy-title"),
                rx.text("Changes apply to new comments. Replay first to see what they would change.",
                        size="2", color_scheme="gray"),
                rx.grid(*[_number(*field) for field in NUMBER_FIELDS], columns="3", spacing="3",
                        width="100%"),
                *[_list(*field) for field in LIST_FIELDS],
                rx.vstack(
                    rx.text("Domain pins: one per line, “domain kind” (trusted, commercial or blocked)",
                            size="2", as_="label", html_for="policy-pins"),
                    rx.text_area(value=S.pins_text, on_change=S.set_pins_text, debounce_timeout=300, rows="6",
                                 width="100%", id="policy-pins"),
                    spacing="1", width="100%",
                ),
                _decisions(),
                _replay(),
                _replay_decided(),
                rx.input(value=S.note, on_change=S.set_note, placeholder="What changed and why (logged)",
                         width="100%", id="policy-note"),
                error_callout(S.error, "policy-error"),
                notice_callout(S.notice, "policy-notice"),
                rx.button("Save settings", on_click=S.save, size="3", id="policy-save"),
                spacing="4", width="100%",
            ),
            not_allowed("This page is for admins."),
        )
    )
