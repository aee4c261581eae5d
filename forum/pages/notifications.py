"""``/notifications``: what happened to my comments (approved, rejected with the note, replied to)."""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout
from forum.components.layout import loading, page_shell
from forum.routes import NOTIFICATIONS, sign_in_url
from forum.state.notifications import KIND_ICONS, NotificationsState, NotificationView


def _kind_icon(kind: rx.Var[str]) -> rx.Component:
    return rx.match(kind, *[(k, rx.icon(name, size=18)) for k, name in KIND_ICONS], rx.icon("bell", size=18))


def notification_row(item: NotificationView) -> rx.Component:
    return rx.hstack(
        _kind_icon(item.kind),
        rx.vstack(
            rx.cond(
                item.thread_slug != "",
                rx.link(item.message, href="#", class_name="notification-link",
                        on_click=NotificationsState.open_item(item.id, item.thread_slug,
                                                              item.comment_id).prevent_default),
                rx.text(item.message),
            ),
            rx.el.time(item.created, date_time=item.created_iso, class_name="rt-Text rt-r-size-1"),
            spacing="1", align="start",
        ),
        rx.spacer(),
        rx.cond(~item.read, rx.badge("new", color_scheme="red", variant="soft")),
        class_name="notification", align="start", width="100%", padding_y="0.6rem",
        border_bottom="1px solid var(--gray-a4)",
        custom_attrs={"data-kind": item.kind, "data-read": rx.cond(item.read, "true", "false")},
        opacity=rx.cond(item.read, "0.75", "1"),
    )


def notifications_page() -> rx.Component:
    s = NotificationsState
    return page_shell(
        rx.cond(
            s.loaded,
            rx.cond(
                s.signed_out,
                rx.vstack(rx.heading("Notifications", size="7"),
                          rx.text("Sign in to see your notifications. ",
                                  rx.link("Sign in", href=sign_in_url(NOTIFICATIONS))),
                          id="notifications-signed-out", spacing="3"),
                rx.vstack(
                    rx.hstack(rx.heading("Notifications", size="7", id="notifications-title"), rx.spacer(),
                              rx.button("Mark all read", variant="soft", on_click=s.mark_all_read,
                                        id="notifications-mark-read"),
                              width="100%", align="center"),
                    error_callout(s.error, "notifications-error"),
                    rx.cond(s.items.length() > 0,
                            rx.box(rx.foreach(s.items, notification_row),
                                   rx.cond(s.more, rx.button("Show older", variant="soft", on_click=s.show_older,
                                                             id="notifications-older", margin_top="0.75rem")),
                                   id="notifications", width="100%"),
                            rx.text("Nothing yet. When someone replies to you, or a moderator decides on one of "
                                    "your comments, it shows up here.", color_scheme="gray", id="notifications-empty")),
                    spacing="3", width="100%",
                ),
            ),
            loading(),
        )
    )
