"""Starting a thread in a board (``/b/[board_slug]/new``): title, body with the live policy panel, tags.

The opening post is judged like a comment, by the server's own ``preview_comment`` while typing and by
``start_thread`` on submit (which never trusts the preview). publish or hold → the new thread's page
(a held thread is visible to its author, marked, until a moderator approves it); reject → nothing saved,
the reasons shown, everything typed kept in state (a reload keeps it too: the tab's state survives).
Previews share the composer's per-tab and per-member budget (``forum.services.preview_budget``) and run
on the bounded preview pool (``forum.db.run_preview``); an unchanged body is not checked again.

Tags are chosen, not guessed: the tag box suggests existing tags as the member types, only existing tags
can be added, and a typed name that matches none is reported (and blocks the button) before submit.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from forum.db import run_db, run_preview
from forum.policy import Decision
from forum.routes import BOARD_ARG, HOME, board_url, thread_url
from forum.services import preview_budget
from forum.services.boards import get_board_page
from forum.services.posting import MAX_TAGS, preview_comment, start_thread
from forum.services.tags import list_tags, resolve_tag, suggest_tags
from forum.services.verdicts import VerdictView
from forum.state.composer import _digest
from forum.state.feedback import attempt
from forum.state.routing import route_arg
from forum.state.session import require_user
from forum.state.verdict_panel import UNCHECKED, VerdictPanel

MAX_TAG_QUERY = 40


class NewThreadState(VerdictPanel, rx.State):
    """The new-thread form for one board."""

    board_name: str = ""
    board_link: str = HOME
    not_found: bool = False
    loaded: bool = False
    title: str = ""
    body: str = ""
    known_tags: list[str] = []
    chosen_tags: list[str] = []
    tag_query: str = ""
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
                and not self.submitting and self.tag_problem == "")

    @rx.var
    def tag_suggestions(self) -> list[str]:
        """Existing tags that fit what is typed in the tag box (only while something is typed)."""
        if not self.tag_query.strip() or len(self.chosen_tags) >= MAX_TAGS:
            return []
        return suggest_tags(self.known_tags, self.tag_query, self.chosen_tags)

    @rx.var
    def tag_problem(self) -> str:
        """Said before submit, beside the policy panel: a typed tag that does not exist, or too many tags."""
        typed = self.tag_query.strip().rstrip(",").strip()
        if typed and not suggest_tags(self.known_tags, typed, self.chosen_tags):
            return f"There is no tag called “{typed}”: choose one from the list, or clear the box."
        return ""

    @rx.event
    async def load(self):
        """Find the board from the path; keep the form as it is when it is the same board (reconnects)."""
        slug = route_arg(self, BOARD_ARG)
        if slug != self._board:
            self.title = self.body = self.tag_query = self.error = ""
            self.chosen_tags = []
            self._show_verdict(UNCHECKED)
            self.tab, self._checked = "write", ""
        self._board = slug
        board = await attempt(run_db(get_board_page, slug, 1, 1), "loading a board")
        if board.value is None:
            self.not_found, self.loaded = True, True
            return
        self.board_name, self.board_link = board.value.name, board_url(board.value.slug)
        tags = await attempt(run_db(list_tags), "loading tags")
        self.known_tags = [t.name for t in tags.value or []]
        self.not_found, self.loaded = False, True

    @rx.event
    def set_title(self, title: str):
        self.title = title[:300] if isinstance(title, str) else ""

    @rx.event
    def set_tag_query(self, text: str):
        """Typing in the tag box; a comma picks the typed tag when it exists."""
        text = text[:MAX_TAG_QUERY] if isinstance(text, str) else ""
        if text.endswith(","):
            self.tag_query = text[:-1]
            self.add_typed_tag()
            return
        self.tag_query = text

    @rx.event
    def tag_key(self, key: str):
        if key == "Enter":
            self.add_typed_tag()

    @rx.event
    def add_typed_tag(self):
        """Enter (or a comma) in the tag box: the typed tag, or the first suggestion."""
        typed = self.tag_query.strip()
        if not typed:
            return
        name = resolve_tag(self.known_tags, typed) or next(iter(self.tag_suggestions), None)
        if name:
            self.add_tag(name)

    @rx.event
    def add_tag(self, name: str):
        """A chosen suggestion; only existing tags, at most MAX_TAGS, each once."""
        known = resolve_tag(self.known_tags, name) if isinstance(name, str) else None
        if known and known not in self.chosen_tags and len(self.chosen_tags) < MAX_TAGS:
            self.chosen_tags = [*self.chosen_tags, known]
            self.tag_query = ""

    @rx.event
    def remove_tag(self, name: str):
        self.chosen_tags = [t for t in self.chosen_tags if t != name]

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
        """The server's verdict on the body, or None when the tab or the member is over the preview budget or
        the preview pool is full (``forum.db.run_preview``)."""
        who = await require_user(self)
        tab = preview_budget.Bucket(self._tab_tokens, self._tab_updated)
        allowed = preview_budget.MEMBERS.allow(who.user_id, self.body, tab)
        self._tab_tokens, self._tab_updated = tab.tokens, tab.updated
        if not allowed:
            return None
        return await run_preview(preview_comment, actor_id=who.user_id, text=self.body)

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
        self.title = self.body = self.tag_query = ""
        self.chosen_tags, self._board = [], ""
        # A held thread is visible to its author only; the thread page says so (ComposerState.load).
        yield rx.redirect(thread_url(started.slug) + ("?started=held" if started.decision == Decision.HOLD else ""))

    async def _start(self) -> Any:
        who = await require_user(self)
        return await run_db(start_thread, actor_id=who.user_id, board_slug=self._board, title=self.title,
                            text=self.body, tags=list(self.chosen_tags))
