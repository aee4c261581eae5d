"""``/mod/log``: every moderator and admin action, newest first, filterable by action and by moderator.

Read-only; shown only to moderators (resolved from the session cookie on every read), and the service
checks the role again. Rows are flattened to plain strings for the view.
"""

from __future__ import annotations

import json

import reflex as rx

from forum.db import run_db
from forum.models import AuditAction
from forum.policy.permissions import can_moderate
from forum.services.moderation_queue import LogEntry, list_mod_log
from forum.state.feedback import attempt
from forum.state.session import current_user

PAGE_SIZE = 50
ACTIONS: list[str] = [action.value for action in AuditAction]


def _readable(value: object) -> str:
    """A detail's value as a moderator reads it: lists joined, changes as "old → new", the rest as JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_readable(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k.replace('_', ' ')} {_readable(v[0])} → {_readable(v[1])}"
                         if isinstance(v, list) and len(v) == 2 else f"{k.replace('_', ' ')}: {_readable(v)}"
                         for k, v in value.items())
    return json.dumps(value, ensure_ascii=False)


def _row(entry: LogEntry) -> dict[str, str]:
    detail = " · ".join(f"{k.replace('_', ' ').capitalize()}: {_readable(v)}"
                        for k, v in entry.detail.items() if v not in ("", None, [], {}))
    return {"id": str(entry.id), "created": entry.created, "created_iso": entry.created_iso,
            "moderator": entry.moderator_handle, "action": entry.action,
            "target": f"{entry.target_type} {entry.target_label}", "reason": entry.reason, "detail": detail[:600],
            "target_path": entry.target_path}


class ModLogState(rx.State):
    allowed: bool = False
    loaded: bool = False
    entries: list[dict[str, str]] = []
    action: str = ""
    moderator: str = ""
    offset: int = 0
    has_more: bool = False
    error: str = ""

    @rx.event
    async def load(self):
        actor_id = await self._actor()
        self.allowed = actor_id is not None
        if not self.allowed:
            self.entries, self.loaded = [], True
            return
        await self._fetch(actor_id)

    async def _fetch(self, actor_id: int | None) -> None:
        result = await attempt(run_db(list_mod_log, actor_id=actor_id, action=self.action or None,
                                      moderator_handle=self.moderator or None, limit=PAGE_SIZE + 1,
                                      offset=self.offset), "reading the moderation log")
        self.loaded, self.error = True, result.error
        rows = result.value or []
        self.has_more = len(rows) > PAGE_SIZE
        self.entries = [_row(e) for e in rows[:PAGE_SIZE]]

    async def _actor(self) -> int | None:
        """The moderator behind the session cookie now, or None (never the tab's own idea of who it is)."""
        who = await current_user(self, can_moderate)
        return who.user_id if who is not None else None

    @rx.event
    async def set_action(self, action: str):
        self.action = "" if action == "all" or action not in ACTIONS else action
        self.offset = 0
        await self._fetch(await self._actor())

    @rx.event
    async def set_moderator(self, handle: str):
        self.moderator = handle.strip().lstrip("@")[:32] if isinstance(handle, str) else ""
        self.offset = 0
        await self._fetch(await self._actor())

    @rx.event
    async def page_by(self, step: int):
        self.offset = max(0, self.offset + (PAGE_SIZE if step > 0 else -PAGE_SIZE))
        await self._fetch(await self._actor())
