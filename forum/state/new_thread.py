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
from forum.policy.permissions import is_member
from forum.services import preview_budget
from forum.services.boards import get_board_page
from forum.services.posting import preview_comment, start_thread
from forum.state.composer import POST_REFUSAL, _digest
from forum.state.feedback import attempt
from forum.state.session import require_user

MAX_TAGS_TEXT = 200


class NewThreadState(rx.State):
    """The new-thread form for one board."""

    board_name: str = ""
    board_link: str = "/"
    not_found: bool = False
    loaded: bool = False
    title: str = ""
    body: str = ""
    tags_text: str = ""
    tab: str = "write"
    decision: str = ""
    reasons: list[dict[str, str]] = []
    links: list[dict[str, str]] = []
    preview_html: str = ""
    submit_label: str = "Publish"
    checking: bool = False
    submitting: bool = False
    error: str = ""
    _board: str = ""
    _checked: str = ""  # digest of the body the verdict on screen is for
    _tab_tokens: float = preview_budget.TAB_BUDGET.capacity
    _tab_updated: float = 0.0

    @rx.var
    def can_submit(self) -> bool:
        return (len(self.title.strip()) >= 5 and self.body.strip() != "" and self.decision != "reject"
                and not self.submitting)

    @rx.event
    async def load(self):
        """Find the board from the path; keep the form as it is when it is the same board (reconnects)."""
        parts = self.router.url.path.strip("/").split("/")
        slug = parts[1] if len(parts) >= 3 and parts[0] == "b" else ""
        if slug != self._board:
            self.title = self.body = self.tags_text = self.error = ""
            self.decision, self.reasons, self.links, self.preview_html = "", [], [], ""
            self.submit_label, self.tab, self._checked = "Publish", "write", ""
        self._board = slug
        board = await attempt(run_db(get_board_page, slug, 1, 1), "loading a board")
        if board.value is None:
            self.not_found, self.loaded = True, True
            return
        self.board_name, self.board_link = board.value.name, "/b/" + board.value.slug
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
            self.decision, self.reasons, self.links, self.preview_html = "", [], [], ""
            self.submit_label, self._checked = "Publish", ""
            return
        if _digest(self.body) == self._checked:
            return  # the verdict on screen is already this text's
        self.checking = True
        yield
        result = await attempt(self._preview(), "previewing a thread")
        self.checking = False
        if result.value is None:
            self.error = result.error
            return
        if not result.value:  # over the preview budget: keep the last verdict
            self.error = preview_budget.PAUSED
            return
        self._checked = _digest(self.body)
        self._show(result.value)

    def _show(self, verdict: dict[str, Any]) -> None:
        self.decision = str(verdict.get("decision", ""))
        self.reasons, self.links = list(verdict.get("reasons", [])), list(verdict.get("links", []))
        self.preview_html = str(verdict.get("html", ""))
        self.submit_label = str(verdict.get("submit_label") or {"hold": "Send for review", "reject": "Fix to post"}
                                .get(self.decision, "Publish"))

    async def _preview(self) -> dict[str, Any]:
        """The server's verdict on the body, or ``{}`` when the tab or the member is over the preview budget."""
        who = await require_user(self, is_member, POST_REFUSAL)
        tab = preview_budget.Bucket(self._tab_tokens, self._tab_updated)
        allowed = preview_budget.MEMBERS.allow(who.user_id, self.body, tab)
        self._tab_tokens, self._tab_updated = tab.tokens, tab.updated
        if not allowed:
            return {}
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
        if started.decision == "reject" or not started.slug:
            self._show({"decision": "reject", "reasons": started.reasons, "links": started.links,
                        "html": started.html or self.preview_html})
            self.error = started.message
            return
        self.title = self.body = self.tags_text = ""
        self._board = ""
        # A held thread is visible to its author only; the thread page says so (ComposerState.load).
        yield rx.redirect("/t/" + started.slug + ("?started=held" if started.decision == "hold" else ""))

    async def _start(self) -> Any:
        who = await require_user(self, is_member, POST_REFUSAL)
        tags = [t.strip() for t in self.tags_text.split(",") if t.strip()]
        return await run_db(start_thread, actor_id=who.user_id, board_slug=self._board, title=self.title,
                            text=self.body, tags=tags)
