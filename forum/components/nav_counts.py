"""Header links that carry a count: the notification bell (members) and the review queue (moderators).

Rendered inside the header's signed-in branch only, so it mounts (and ``NavState.load`` runs) on every page
once ``load_viewer`` has found a signed-in person, without every page listing it in its ``on_load``. The
links and badges are cosmetic; the pages behind them check the role on the server.
"""

from __future__ import annotations

import reflex as rx

from forum.routes import ADMIN_POLICY, MOD_LOG, MOD_QUEUE, NOTIFICATIONS
from forum.state.notifications import NavState
from forum.state.session import SessionState


def _count_badge(count: rx.Var[int], element_id: str, color: str) -> rx.Component:
    return rx.cond(count > 0, rx.badge(count.to_string(), color_scheme=color, variant="solid", radius="full",
                                       size="1", id=element_id))


def member_nav() -> rx.Component:
    """Bell with the unread count; for staff, the queue with its size, the log and (admins) the policy."""
    return rx.hstack(
        rx.cond(
            SessionState.is_moderator,
            rx.hstack(
                rx.link(rx.hstack(rx.text("Queue"), _count_badge(NavState.queue, "nav-queue-count", "amber"),
                                  spacing="1", align="center"), href=MOD_QUEUE, id="nav-queue"),
                rx.link("Log", href=MOD_LOG, id="nav-modlog"),
                rx.cond(SessionState.is_admin, rx.link("Policy", href=ADMIN_POLICY, id="nav-policy")),
                spacing="3", align="center",
            ),
        ),
        rx.link(
            rx.hstack(rx.icon("bell", size=18), _count_badge(NavState.unread, "nav-unread", "red"),
                      spacing="1", align="center"),
            href=NOTIFICATIONS, id="nav-notifications", aria_label="Notifications", color="inherit",
        ),
        spacing="3", align="center",
        on_mount=NavState.load,  # mounts on every page once the viewer is known to be signed in
    )
