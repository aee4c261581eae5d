"""Starting a thread in a board (``/b/[board_slug]/new``): title, body with the live policy panel, tags.

The opening post is judged like a comment, by the server's own ``preview_comment`` while typing and by
``start_thread`` on submit (which never trusts the preview). publish or hold → the new thread's page
(a held thread is visible to its author, marked, until a moderator approves it); reject → nothing saved,
the reasons shown, everything typed kept in state (a reload keeps it too: the tab's state survives).
Previews share the composer's per-tab and per-member budget (``forum.services.preview_budget``), and an
unchanged body is not checked again.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from forum.db import run_db
from forum.policy import Decision
from forum.routes import BOARD_ARG, HOME, board_url, thread_url
from forum.services import preview_budget
from forum.services.boards import get_board_page
from forum.services.posting import preview_comment, start_thread
from forum.services.verdicts import VerdictView
from forum.state.composer import _digest
from forum.state.feedback import attempt
from forum.state.routing import route_arg
from forum.state.session import require_user
from forum.state.verdict_panel import UNCHECKED, VerdictPanel

MAX_TAGS_TEXT = 200


class NewThreadState(VerdictPanel, rx.State):
    """The new-thread form for one board."""

    board_name: str = ""
    board_link: str = HOME
    not_found: bool = False
    loaded: bool = False
    title: str = ""
    body: str = ""
    tags_text: str = ""
    tab: str = "write"
    submitting: bool = False
    error: str = ""
    _board: str = ""
    _checked: str = ""  # digest of the body the verdict on screen is for
    _tab_tokens: float = preview_budget.TAB_BUDGET.capacity
    _tab_updated: float = 0.0

    @rx.var
    def can_submit(self) -> bool:
        return (len(self.title.strip()) >= 5 and self.body.strip() != "" and self.decision != Decision.REJECT
                and not self.submitting)

    @rx.event
    async def load(self):
        """Find the board from the path; keep the form as it is when it is the same board (reconnects)."""
        slug = route_arg(self, BOARD_ARG)
        if slug != self._board:
            self.title = self.body = self.tags_text = self.error = ""
            self._show_verdict(UNCHECKED)
            self.tab, self._checked = "write", ""
        self._board = slug
        board = await attempt(run_db(get_board_page, slug, 1, 1), "loading a board")
        if board.value is None:
            self.not_found, self.loaded = True, True
            return
        self.board_name, self.board_link = board.value.name, board_url(board.value.slug)
        self.not_found, self.loaded = False, True

    @rx.event
    def set_title(self, title: str):
        self.title = title[:300] if isinstance(title, str) else ""

    @rx.event
    def set_tags_text(self, text: str):
        self.tags_text = text[:MAX_TAGS_TEXT] if isinstance(text, str) else ""

    @rx.event
    def set_tab(self, tab: str):
        self.tab = "preview" if tab == "preview" else "write"

    @rx.event
    async def set_body(self, body: str):
        """The member paused typing: the server's verdict on the opening post so far."""
        self.body, self.error = (body if isinstance(body, str) else ""), ""
        if not self.body.strip():
            self._show_verdict(UNCHECKED)
            self._checked = ""
            return
        if _digest(self.body) == self._checked:
            return  # the verdict on screen is already this text's
        self.checking = True
        yield
        result = await attempt(self._preview(), "previewing a thread")
        self.checking = False
        if not result.ok:
            self.error = result.error
            return
        if result.value is None:  # over the preview budget: keep the last verdict
            self.error = preview_budget.PAUSED
            return
        self._checked = _digest(self.body)
        self._show_verdict(result.value)

    async def _preview(self) -> VerdictView | None:
        """The server's verdict on the body, or None when the tab or the member is over the preview budget."""
        who = await require_user(self)
        tab = preview_budget.Bucket(self._tab_tokens, self._tab_updated)
        allowed = preview_budget.MEMBERS.allow(who.user_id, self.body, tab)
        self._tab_tokens, self._tab_updated = tab.tokens, tab.updated
        if not allowed:
            return None
        return await run_db(preview_comment, actor_id=who.user_id, text=self.body)

    @rx.event
    async def submit(self):
        if self.submitting:
            return
        self.submitting, self.error = True, ""
        yield
        result = await attempt(self._start(), "starting a thread")
        self.submitting = False
        if result.value is None:
            self.error = result.error
            return
        started = result.value
        if started.decision == Decision.REJECT or not started.slug:
            self._show_verdict(started, keep_html=True)
            self.error = started.message
            return
        self.title = self.body = self.tags_text = ""
        self._board = ""
        # A held thread is visible to its author only; the thread page says so (ComposerState.load).
        yield rx.redirect(thread_url(started.slug) + ("?started=held" if started.decision == Decision.HOLD else ""))

    async def _start(self) -> Any:
        who = await require_user(self)
        tags = [t.strip() for t in self.tags_text.split(",") if t.strip()]
        return await run_db(start_thread, actor_id=who.user_id, board_slug=self._board, title=self.title,
                            text=self.body, tags=tags)
