"""What a reader can do to one comment from its menu: edit or delete their own, report someone else's.

One dialog of each kind per page, opened with the comment's id; the state holds only that id and what is
being typed. Every write resolves the session cookie again (``require_user``) and the services check
ownership, status and role again, so a forged id or a stale menu changes nothing it should not. After a
change the tab's server-rendered comment list is fetched again, so the comment shows its new text, status or
tombstone, and what happened (or why not) is a line inside that comment's block (``ActionResultState``);
``act`` receives the clicks on that list's buttons. The edit dialog's live previews spend the same per-tab
and per-member budget as the composer's (``forum.services.preview_budget``) and run on the bounded preview
pool (``forum.db.run_preview``); past either, the check is paused and the text kept.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from forum.db import run_db, run_preview
from forum.policy import Decision
from forum.policy.quotes import QUOTE_MAX_CHARS
from forum.services import preview_budget
from forum.services.editing import delete_comment, edit_comment
from forum.services.posting import preview_comment
from forum.services.reports import REPORT_REASONS, report_comment
from forum.services.thread_updates import own_comment_source
from forum.services.verdicts import VerdictView
from forum.state.action_result import ERROR, ActionResultState, comment_anchor
from forum.state.community import CommunityState
from forum.state.composer import ComposerState
from forum.state.feedback import attempt
from forum.state.live_thread import show_thread_change
from forum.state.session import require_user
from forum.state.verdict_panel import UNCHECKED, VerdictPanel

# (value, label) pairs for the report dialog; views import them from here, never from the services.
REPORT_CHOICES: list[tuple[str, str]] = list(REPORT_REASONS.items())


def _valid_id(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


class CommentActionsState(VerdictPanel, rx.State):
    """The comment menu's dialogs; what they did is shown in the comment's block (``ActionResultState``)."""

    # edit
    edit_id: int = 0  # the dialog is open while this is set
    edit_text: str = ""  # its verdict is the VerdictPanel's
    edit_error: str = ""
    edit_saving: bool = False
    # delete
    delete_id: int = 0
    # report
    report_id: int = 0
    report_reason: str = ""
    report_detail: str = ""
    report_error: str = ""
    _tab_tokens: float = preview_budget.TAB_BUDGET.capacity  # the edit dialog's preview budget (per tab)
    _tab_updated: float = 0.0

    @rx.var
    def edit_open(self) -> bool:
        return self.edit_id > 0

    @rx.var
    def delete_open(self) -> bool:
        return self.delete_id > 0

    @rx.var
    def report_open(self) -> bool:
        return self.report_id > 0

    @rx.event
    async def load(self):
        """A page load (or a reconnect) starts without stale messages; an open edit keeps its text."""
        self.report_error = ""
        self.delete_id = self.report_id = 0
        (await self.get_state(ActionResultState))._clear()

    async def _result(self, comment_id: int, text: str, tone: str = "ok") -> None:
        """Say what happened to comment ``comment_id``, inside its block on the page."""
        (await self.get_state(ActionResultState))._show(comment_anchor(comment_id), text, tone)

    @rx.event
    def act(self, action: str, comment_id: int, name: str = ""):
        """A button of the server-rendered comment list was clicked (``ActionBridge``): open what it names.

        Opens a dialog, aims the composer (reply, quote: ``name`` carries the selected text), or hands a
        reaction, watch or bookmark click (``name`` says which) to ``CommunityState``; every handler behind it
        checks the session and the comment's owner again before it changes anything.
        """
        comment_id = _valid_id(comment_id)
        if action == "reply":
            return ComposerState.reply_to(comment_id, str(name)[:80])
        if action == "edit":
            return CommentActionsState.start_edit(comment_id)
        if action == "delete":
            return CommentActionsState.ask_delete(comment_id)
        if action == "report":
            return CommentActionsState.start_report(comment_id)
        if action == "react":
            return CommunityState.react(comment_id, str(name)[:40])
        if action == "watch":
            return CommunityState.watch(comment_id, str(name)[:20])
        if action == "bookmark":
            return CommunityState.bookmark(comment_id, str(name)[:20])
        if action == "quote":
            return ComposerState.quote(comment_id, str(name)[:QUOTE_MAX_CHARS])
        return None

    # ----- edit -----------------------------------------------------------------------------------------

    @rx.event
    async def start_edit(self, comment_id: int):
        """Open the edit dialog with the member's own Markdown (refused for anyone else's comment)."""
        self.edit_error = ""
        comment_id = _valid_id(comment_id)
        result = await attempt(self._source(comment_id), "opening a comment for editing")
        if not result.ok:
            await self._result(comment_id, result.error, ERROR)
            return
        self.edit_id, self.edit_text = comment_id, result.value or ""
        self._show_verdict(UNCHECKED)

    async def _source(self, comment_id: int) -> str:
        who = await require_user(self)
        return await run_db(own_comment_source, user_id=who.user_id, comment_id=comment_id)

    @rx.event
    async def set_edit_text(self, text: str):
        """The member paused typing in the edit dialog: the live verdict for the new text."""
        self.edit_text, self.edit_error = (text if isinstance(text, str) else ""), ""
        if not self.edit_id or not self.edit_text.strip():
            self._show_verdict(UNCHECKED)
            return
        self.checking = True
        yield
        result = await attempt(self._preview(self.edit_text), "previewing an edit")
        self.checking = False
        if not result.ok:
            self.edit_error = result.error
        elif result.value is None:  # over the preview budget, or the preview pool is full: keep the last verdict
            self.edit_error = preview_budget.PAUSED
        else:
            self._show_verdict(result.value)

    async def _preview(self, text: str) -> VerdictView | None:
        """The server's verdict on the edited text, or None when the tab or the member is over the preview
        budget (shared with the composer's) or the preview pool is full (``forum.db.run_preview``)."""
        who = await require_user(self)
        tab = preview_budget.Bucket(self._tab_tokens, self._tab_updated)
        allowed = preview_budget.MEMBERS.allow(who.user_id, text, tab)
        self._tab_tokens, self._tab_updated = tab.tokens, tab.updated
        if not allowed:
            return None
        return await run_preview(preview_comment, actor_id=who.user_id, text=text)

    @rx.event
    async def save_edit(self):
        """Send the edit; the server reviews it again. Rejected → nothing changes and the dialog stays."""
        if not self.edit_id or self.edit_saving:
            return
        self.edit_saving, self.edit_error = True, ""
        yield
        result = await attempt(self._edit(), "editing a comment")
        self.edit_saving = False
        if not result.ok or result.value is None:
            self.edit_error = result.error
            return
        outcome = result.value
        if outcome.decision == Decision.REJECT:
            self._show_verdict(outcome)
            self.edit_error = outcome.message
            return
        await self._result(self.edit_id, outcome.message)
        self.edit_id, self.edit_text = 0, ""
        yield show_thread_change()

    async def _edit(self) -> Any:
        who = await require_user(self)
        return await run_db(edit_comment, actor_id=who.user_id, comment_id=self.edit_id, text=self.edit_text)

    @rx.event
    def close_edit(self, open_: bool = False):
        if not open_:
            self.edit_id, self.edit_error = 0, ""

    # ----- delete ---------------------------------------------------------------------------------------

    @rx.event
    def ask_delete(self, comment_id: int):
        self.delete_id = _valid_id(comment_id)

    @rx.event
    def close_delete(self, open_: bool = False):
        if not open_:
            self.delete_id = 0

    @rx.event
    async def confirm_delete(self):
        comment_id, self.delete_id = self.delete_id, 0
        if not comment_id:
            return
        result = await attempt(self._delete(comment_id), "deleting a comment")
        if not result.ok:
            await self._result(comment_id, result.error, ERROR)
            return
        await self._result(comment_id, "Your comment is deleted.")
        yield show_thread_change()

    async def _delete(self, comment_id: int) -> None:
        who = await require_user(self)
        await run_db(delete_comment, actor_id=who.user_id, comment_id=comment_id)

    # ----- report ---------------------------------------------------------------------------------------

    @rx.event
    def start_report(self, comment_id: int):
        self.report_error = ""
        self.report_id, self.report_reason, self.report_detail = _valid_id(comment_id), "", ""

    @rx.event
    def set_report_reason(self, reason: str):
        self.report_reason = reason if reason in REPORT_REASONS else ""

    @rx.event
    def set_report_detail(self, detail: str):
        self.report_detail = detail[:1000] if isinstance(detail, str) else ""

    @rx.event
    def close_report(self, open_: bool = False):
        if not open_:
            self.report_id, self.report_error = 0, ""

    @rx.event
    async def send_report(self):
        if not self.report_id:
            return
        self.report_error = ""
        if not self.report_reason:
            self.report_error = "Choose a reason."
            return
        result = await attempt(self._report(), "reporting a comment")
        if not result.ok or result.value is None:
            self.report_error = result.error
            return
        await self._result(self.report_id, result.value.message or "Thank you: the moderators will take a look.")
        self.report_id = 0
        if result.value.hidden:
            yield show_thread_change()

    async def _report(self) -> Any:
        who = await require_user(self)
        return await run_db(report_comment, actor_id=who.user_id, comment_id=self.report_id,
                            reason=self.report_reason, detail=self.report_detail)
