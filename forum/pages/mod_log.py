"""``/mod/log``: who did what, when and why — every moderator and admin action, filterable."""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout
from forum.components.layout import page_shell, restricted
from forum.routes import MOD_QUEUE
from forum.state.mod_log import ACTIONS, ModLogState

S = ModLogState


def _entry(entry: rx.Var[dict[str, str]]) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.el.time(entry["created"], date_time=entry["created_iso"], title=entry["created_iso"])),
        rx.table.cell("@" + entry["moderator"]),
        rx.table.cell(rx.badge(entry["action"], variant="soft")),
        rx.table.cell(rx.cond(entry["target_path"] != "",
                              rx.link(entry["target"], href=entry["target_path"], reload_document=True,
                                      class_name="log-target"),
                              rx.text(entry["target"], class_name="log-target"))),
        rx.table.cell(rx.vstack(rx.text(entry["reason"], size="2"),
                                rx.text(entry["detail"], size="1", color_scheme="gray"), spacing="1")),
        class_name="log-entry", custom_attrs={"data-action": entry["action"]},
    )


def _filters() -> rx.Component:
    return rx.hstack(
        rx.select.root(
            rx.select.trigger(placeholder="Every action", id="log-action"),
            rx.select.content(rx.select.item("Every action", value="all"),
                              *[rx.select.item(a.replace("_", " "), value=a) for a in ACTIONS]),
            value=rx.cond(S.action == "", "all", S.action), on_change=S.set_action,
        ),
        rx.input(placeholder="Moderator's handle", default_value=S.moderator, on_blur=S.set_moderator,
                 id="log-moderator", width="14rem"),
        spacing="3", align="center", wrap="wrap",
    )


def mod_log_page() -> rx.Component:
    return page_shell(
        restricted(
            S.loaded,
            S.allowed,
            rx.vstack(
                rx.hstack(rx.heading("Moderation log", size="7", id="log-title"), rx.spacer(),
                          rx.link("Review queue", href=MOD_QUEUE), width="100%", align="center"),
                _filters(),
                error_callout(S.error, "log-error"),
                rx.cond(
                    S.entries.length() > 0,
                    rx.table.root(
                        rx.table.header(rx.table.row(*[rx.table.column_header_cell(h) for h in
                                                       ("When", "Who", "Action", "On", "Why")])),
                        rx.table.body(rx.foreach(S.entries, _entry)),
                        width="100%", id="mod-log", size="1",
                    ),
                    rx.text("No actions match.", color_scheme="gray", id="log-empty"),
                ),
                rx.hstack(
                    rx.cond(S.offset > 0, rx.button("← Newer", variant="ghost", on_click=S.page_by(-1))),
                    rx.cond(S.has_more, rx.button("Older →", variant="ghost", on_click=S.page_by(1))),
                    spacing="3",
                ),
                spacing="3", width="100%",
            ),
        )
    )
