"""The header's counters (unread notifications; the moderator's queue) and the ``/notifications`` page.

``NavState.load`` runs when the header's member links mount. Like every read here it resolves the session
cookie itself rather than trusting ``SessionState``'s vars (which an event from the tab could change); the
queue count is asked only for staff, and the service checks the role again. Marking notifications read is a write, so
it resolves the session cookie again first.
"""

from __future__ import annotations

import re

import reflex as rx

from forum.db import run_db
from forum.models import Viewer
from forum.models.vocab import NotificationKind
from forum.policy.permissions import can_moderate
from forum.routes import thread_url
from forum.services.nav import nav_counts
from forum.services.notifications import NotificationView, list_notifications, mark_read
from forum.services.permalinks import CommentLocation, comment_location
from forum.settings import get_settings
from forum.state.feedback import attempt
from forum.state.session import current_user, require_user

__all__ = ["NavState", "NotificationView", "NotificationsState"]

PAGE_SIZE = 50
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")


# (kind, icon) pairs for the page; views read the vocabulary through the state, never from the models.
KIND_ICONS: tuple[tuple[str, str], ...] = (
    (NotificationKind.REPLY.value, "message-circle"), (NotificationKind.APPROVED.value, "circle-check"),
    (NotificationKind.REJECTED.value, "circle-x"), (NotificationKind.REMOVED.value, "trash-2"),
    (NotificationKind.MENTION.value, "at-sign"), (NotificationKind.WATCHED.value, "eye"),
)

class NavState(rx.State):
    """Counters shown in the header: unread notifications, and (staff) items waiting in the queue."""

    unread: int = 0
    queue: int = 0

    @rx.event
    async def load(self):
        who = await current_user(self)
        if who is None:
            self.unread = self.queue = 0
            return
        counts = await attempt(run_db(nav_counts, user_id=who.user_id, staff=can_moderate(who.role)), "counting")
        if counts.value is not None:
            self.unread, self.queue = counts.value


class NotificationsState(rx.State):
    """The signed-in member's newest notifications."""

    items: list[NotificationView] = []
    more: bool = False  # older ones exist beyond those shown
    loaded: bool = False
    signed_out: bool = False
    error: str = ""

    @rx.event
    async def load(self):
        who = await current_user(self)
        self.signed_out, self.error = who is None, ""
        if who is None:
            self.items, self.loaded = [], True
            return
        result = await attempt(run_db(list_notifications, user_id=who.user_id, limit=PAGE_SIZE + 1), "notifications")
        found = result.value or []
        self.items, self.more, self.error, self.loaded = found[:PAGE_SIZE], len(found) > PAGE_SIZE, result.error, True

    @rx.event
    async def show_older(self):
        """The next page of older notifications, after those shown."""
        if not self.items:
            return
        who = await attempt(require_user(self), "checking the session")
        if who.value is None:
            self.error = who.error
            return
        result = await attempt(run_db(list_notifications, user_id=who.value.user_id, limit=PAGE_SIZE + 1,
                                      before_id=self.items[-1].id), "notifications")
        found = result.value or []
        self.items, self.more, self.error = self.items + found[:PAGE_SIZE], len(found) > PAGE_SIZE, result.error

    @rx.event
    async def mark_all_read(self):
        result = await attempt(self._mark(None), "marking notifications read")
        if not result.ok:
            self.error = result.error
            return
        self.items = [_as_read(item) for item in self.items]
        (await self.get_state(NavState)).unread = 0

    @rx.event
    async def open_item(self, notification_id: int, slug: str, comment_id: int):
        """Mark one notification read and go to what it is about."""
        await attempt(self._mark([notification_id]), "marking a notification read")
        nav = await self.get_state(NavState)
        nav.unread = max(0, nav.unread - 1)
        if isinstance(slug, str) and _SLUG.match(slug):
            target = thread_url(slug)
            if isinstance(comment_id, int) and not isinstance(comment_id, bool) and comment_id > 0:
                found = await attempt(self._locate(comment_id), "finding a comment")
                target = found.value.path if found.value is not None else target  # gone: the thread itself
            return rx.redirect(target)
        return None

    async def _locate(self, comment_id: int) -> CommentLocation:
        """The page of the thread that shows this reader the comment (the same place ``/c/<id>`` leads)."""
        who = await require_user(self)
        viewer = Viewer(user_id=who.user_id, is_moderator=can_moderate(who.role))
        return await run_db(comment_location, comment_id, viewer, get_settings().comments_per_page)

    async def _mark(self, ids: list[int] | None) -> int:
        who = await require_user(self)
        return await run_db(mark_read, user_id=who.user_id, ids=ids)


def _as_read(item: NotificationView) -> NotificationView:
    item.read = True
    return item
