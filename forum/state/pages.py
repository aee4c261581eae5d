"""Page states for reading: the home page, a board, a thread.

Each ``load`` runs on page load (and again on every websocket reconnect, so it only ever reads), fetches
one page of plain data through a service on a worker thread, and keeps just that page in state.
"""

from __future__ import annotations

import reflex as rx

from forum.db import run_db
from forum.services.boards import BoardPage, BoardSummary, ThreadSummary, get_board_page, list_boards
from forum.services.errors import NotFound
from forum.services.thread_view import CommentView, ThreadPage, Viewer, get_thread_page
from forum.settings import get_settings
from forum.state.routing import last_segment, page_number
from forum.state.session import current_viewer

# The plain data the views render; views import these names from here, never from the services.
__all__ = ["BoardPage", "BoardState", "BoardSummary", "CommentView", "HomeState", "ThreadPage", "ThreadState",
           "ThreadSummary"]


async def fetch_thread(slug: str, viewer: Viewer, page: int = 1) -> ThreadPage:
    """One page of a thread as ``viewer`` may see it (NotFound when it is gone), read off the event loop.

    Shared by the page load, the composer after posting and the live-thread watcher, so all three show the
    same page the same way.
    """
    return await run_db(get_thread_page, slug, viewer, page, get_settings().comments_per_page)


class HomeState(rx.State):
    boards: list[BoardSummary] = []
    loaded: bool = False

    @rx.event
    async def load(self):
        self.boards = await run_db(list_boards)
        self.loaded = True


class BoardState(rx.State):
    board: BoardPage | None = None
    not_found: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        slug, page = last_segment(self), page_number(self)
        try:
            self.board = await run_db(get_board_page, slug, page, get_settings().threads_per_page)
            self.not_found = False
        except NotFound:
            self.board, self.not_found = None, True
        self.loaded = True


class ThreadState(rx.State):
    thread: ThreadPage | None = None
    not_found: bool = False
    loaded: bool = False

    @rx.event
    async def load(self):
        slug, page = last_segment(self), page_number(self)
        viewer = await current_viewer(self)  # the role as the database has it now
        try:
            self.thread = await fetch_thread(slug, viewer, page)
            self.not_found = False
        except NotFound:
            self.thread, self.not_found = None, True
        self.loaded = True
