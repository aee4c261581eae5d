"""What a tab keeps of the thread it shows: a few fields, never the page's comments.

The public pages are server-rendered (``forum.http.read_pages``); the app only runs on top of a member's
thread page, for the composer and the comment dialogs, and those need the thread's id, slug and lock, not
its comments. ``load`` runs on page load and again on every reconnect, so it only reads.
"""

from __future__ import annotations

import reflex as rx

from forum.db import run_db
from forum.routes import THREAD_ARG
from forum.services.errors import NotFound
from forum.services.thread_view import ThreadMeta, get_thread_meta
from forum.state.routing import route_arg
from forum.state.session import current_viewer

__all__ = ["ThreadMeta", "ThreadState"]


class ThreadState(rx.State):
    thread: ThreadMeta | None = None
    not_found: bool = False

    @rx.event
    async def load(self):
        await self._load()

    async def _load(self) -> None:
        viewer = await current_viewer(self)  # the role as the database has it now
        try:
            self.thread = await run_db(get_thread_meta, route_arg(self, THREAD_ARG), viewer)
            self.not_found = False
        except NotFound:
            self.thread, self.not_found = None, True
