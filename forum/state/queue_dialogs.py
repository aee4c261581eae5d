"""The review queue's three dialogs, each its own small state: reject (one item or the selection) with a
note, edit then approve, and suspend the author.

Invariants: a dialog holds only what is being typed into it; confirming runs the action through
:meth:`QueueState._act` (the session re-resolved, the service deciding who may, the queue refreshed), and a
failure stays in the dialog (its ``error``) with what was typed, while success closes it.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from forum.db import run_db
from forum.models import AuditAction
from forum.services.moderation import CANNED_REASONS, bulk, edit_and_approve, reject, suspend_author
from forum.state.moderation import QueueState


def _ids(values: Any) -> list[int]:
    if not isinstance(values, list | tuple):
        return []
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool) and v > 0][:100]


async def _confirm(dialog: rx.State, what: str, action: Any) -> bool:
    """Run ``action`` as the queue's moderator; on failure move the queue's error into the dialog."""
    queue = await dialog.get_state(QueueState)
    if await queue._act(what, action):
        return True
    dialog.error, queue.error = queue.error, ""
    return False


class RejectDialogState(rx.State):
    """Reject one item or the selection, with a canned reason, a note, or both."""

    ids: list[int] = []
    canned: str = ""
    note: str = ""
    error: str = ""

    @rx.var
    def is_open(self) -> bool:
        return len(self.ids) > 0

    def _open(self, ids: list[int]) -> None:
        self.ids, self.canned, self.note, self.error = ids, "", "", ""

    @rx.event
    def open_one(self, item_id: int):
        self._open(_ids([item_id]))

    @rx.event
    async def open_selection(self):
        queue = await self.get_state(QueueState)
        if not queue.selected:
            queue.error = "Select the items to reject first."
            return
        self._open(_ids(queue.selected))

    @rx.event
    def set_canned(self, value: str):
        self.canned = value if value in CANNED_REASONS else ""

    @rx.event
    def set_note(self, value: str):
        self.note = value[:2000] if isinstance(value, str) else ""

    @rx.event
    def close(self, open_: bool = False):
        if not open_:
            self.ids, self.error = [], ""

    @rx.event
    async def confirm(self):
        ids, canned, note = _ids(self.ids), self.canned or None, self.note
        if not ids:
            return
        if len(ids) == 1:
            done = await _confirm(self, "rejecting", lambda actor: run_db(
                reject, actor_id=actor, item_id=ids[0], note=note, canned=canned))
        else:
            done = await _confirm(self, "rejecting a selection", lambda actor: run_db(
                bulk, actor_id=actor, item_ids=ids, action=AuditAction.REJECT, note=note, canned=canned))
        if done:
            self.ids = []


class EditDialogState(rx.State):
    """Edit a held text, then approve it (the original is kept as a revision)."""

    item: int = 0
    text: str = ""
    error: str = ""

    @rx.var
    def is_open(self) -> bool:
        return self.item > 0

    @rx.event
    async def open(self, item_id: int):
        queue = await self.get_state(QueueState)
        item = next((i for i in queue.items if i.item_id == item_id), None)
        if item is not None:
            self.item, self.text, self.error = item.item_id, item.source, ""

    @rx.event
    def set_text(self, value: str):
        self.text = value if isinstance(value, str) else ""

    @rx.event
    def close(self, open_: bool = False):
        if not open_:
            self.item, self.error = 0, ""

    @rx.event
    async def confirm(self):
        item_id, text = self.item, self.text
        if not item_id:
            return
        if await _confirm(self, "editing and approving", lambda actor: run_db(
                edit_and_approve, actor_id=actor, item_id=item_id, text=text)):
            self.item = 0


class SuspendDialogState(rx.State):
    """Suspend an item's author for some days, with a logged reason."""

    user: int = 0
    handle: str = ""
    days: str = "7"
    reason: str = ""
    error: str = ""

    @rx.var
    def is_open(self) -> bool:
        return self.user > 0

    @rx.event
    def open(self, user_id: int, handle: str):
        self.user, self.handle = (user_id if isinstance(user_id, int) else 0), str(handle)[:40]
        self.days, self.reason, self.error = "7", "", ""

    @rx.event
    def set_days(self, value: str):
        self.days = str(value)[:4]

    @rx.event
    def set_reason(self, value: str):
        self.reason = value[:1000] if isinstance(value, str) else ""

    @rx.event
    def close(self, open_: bool = False):
        if not open_:
            self.user, self.error = 0, ""

    @rx.event
    async def confirm(self):
        user_id, reason = self.user, self.reason
        try:
            days = int(self.days)
        except ValueError:
            self.error = "Suspend for a whole number of days."
            return
        if await _confirm(self, "suspending an author", lambda actor: run_db(
                suspend_author, actor_id=actor, user_id=user_id, days=days, reason=reason)):
            self.user = 0
