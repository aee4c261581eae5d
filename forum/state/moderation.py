"""``/mod/queue``: held and reported items, oldest first, and every decision a moderator takes on them.

Invariants:
- ``load`` (and every re-read) resolves the session cookie itself and shows the queue only to a moderator;
  anyone else gets the not-allowed view and no data. It never relies on ``SessionState``'s vars, which an
  event from the tab could have changed. The services check the role again on every read.
- Every action resolves the session cookie again through ``require_user`` before doing
  anything, so a member's tab that sends a moderator's event (forged, or left over from a role that was
  taken away) is refused and changes nothing. The services check once more and write the audit row.
- State holds one page of plain ``QueueItem`` rows plus the ids selected; the reject, edit-then-approve and
  suspend dialogs are their own states (:mod:`forum.state.queue_dialogs`), acting through :meth:`QueueState._act`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import reflex as rx

from forum.db import run_db
from forum.models import AuditAction
from forum.policy.permissions import can_moderate
from forum.services.moderation import (
    CANNED_REASONS,
    approve,
    bulk,
    pin_domain,
)
from forum.services.moderation_queue import QueueItem, list_queue
from forum.state.feedback import attempt
from forum.state.notifications import NavState
from forum.state.session import SessionState, current_user, require_user

__all__ = ["CANNED_CHOICES", "QueueItem", "QueueState"]

# (value, text) pairs for the reject dialog; views import them from here, never from the services.
CANNED_CHOICES: list[tuple[str, str]] = list(CANNED_REASONS.items())
PAGE_SIZE = 25


class QueueState(rx.State):
    """One page of the review queue, the selection, and the one-click decisions (dialogs: queue_dialogs)."""

    allowed: bool = False
    loaded: bool = False
    items: list[QueueItem] = []
    total: int = 0
    offset: int = 0
    rule: str = ""  # "" for every rule
    rule_options: list[dict[str, str]] = []  # {"rule", "label"} for the filter
    selected: list[int] = []
    notice: str = ""
    error: str = ""

    @rx.var
    def all_selected(self) -> bool:
        return len(self.items) > 0 and len(self.selected) == len(self.items)

    @rx.event
    async def load(self):
        actor_id = await self._moderator_id()
        self.allowed = actor_id is not None
        self.notice = self.error = ""
        if not self.allowed:
            self.items, self.selected, self.total, self.loaded = [], [], 0, True
            return
        await self._fetch(actor_id)

    async def _moderator_id(self) -> int | None:
        """The moderator behind the session cookie now, or None (reads never trust the tab's state)."""
        who = await current_user(self, can_moderate)
        return who.user_id if who is not None else None

    async def _fetch(self, actor_id: int | None) -> None:
        if actor_id is None:  # not (or no longer) a moderator: show nothing
            self.allowed, self.items, self.selected, self.total, self.loaded = False, [], [], 0, True
            return
        page = await attempt(run_db(list_queue, actor_id=actor_id, rule=self.rule or None, limit=PAGE_SIZE,
                                    offset=self.offset), "loading the queue")
        self.loaded = True
        if page.value is None:
            self.error = page.error
            return
        self.items, self.total = page.value.items, page.value.total
        self.rule_options = [{"rule": r, "label": f"{r} ({n})"} for r, n in page.value.rule_counts.items()]
        shown = {item.item_id for item in self.items}
        self.selected = [i for i in self.selected if i in shown]
        if not self.rule:  # the unfiltered total is the badge in the navigation
            (await self.get_state(NavState)).queue = page.value.total

    async def _act(self, what: str, action: Callable[[int], Awaitable[Any]]) -> bool:
        """Run one moderator action as the person the cookie says, then refresh the queue and its count."""
        self.notice = self.error = ""

        async def run() -> Any:
            who = await require_user(self)
            return who.user_id, await action(who.user_id)

        result = await attempt(run(), what)
        if result.value is None:
            self.error = result.error
            if not can_moderate((await self.get_state(SessionState)).user_role):
                self.allowed, self.items, self.selected = False, [], []
            return False
        actor_id, outcome = result.value
        self.notice = getattr(outcome, "message", "") or (f"Done: {outcome} item(s) decided."
                                                          if isinstance(outcome, int) else "Done.")
        await self._fetch(actor_id)
        return True

    # ----- filters and selection ------------------------------------------------------------------------

    @rx.event
    async def set_rule(self, rule: str):
        self.rule = "" if rule in ("", "all") or not isinstance(rule, str) else rule[:40]
        self.offset = 0
        await self._fetch(await self._moderator_id())

    @rx.event
    async def page_by(self, step: int):
        self.offset = max(0, self.offset + (PAGE_SIZE if step > 0 else -PAGE_SIZE))
        await self._fetch(await self._moderator_id())

    @rx.event
    def toggle(self, item_id: int, checked: bool):
        rest = [i for i in self.selected if i != item_id]
        self.selected = [*rest, item_id] if checked and isinstance(item_id, int) else rest

    @rx.event
    def toggle_all(self, checked: bool):
        self.selected = [item.item_id for item in self.items] if checked else []

    # ----- single-item actions --------------------------------------------------------------------------

    @rx.event
    async def approve(self, item_id: int):
        await self._act("approving", lambda actor: run_db(approve, actor_id=actor, item_id=item_id))

    @rx.event
    async def pin(self, domain: str, kind: str):
        await self._act("pinning a domain", lambda actor: run_db(
            pin_domain, actor_id=actor, domain=domain, kind=kind, note="from the review queue"))

    @rx.event
    async def bulk_approve(self):
        ids = list(self.selected)
        if not ids:
            self.error = "Select the items to approve first."
            return
        await self._act("approving a selection", lambda actor: run_db(bulk, actor_id=actor, item_ids=ids,
                                                                      action=AuditAction.APPROVE))
