"""``/mod/tags``: the tag vocabulary for moderators — every tag with its thread count; create, rename, merge.

Each change resolves the moderator from the session cookie at that moment (never from the tab's state), and
the tags service checks the role again and writes the moderation log. Forms submit plain dicts of strings.
"""

from __future__ import annotations

from typing import Any

import reflex as rx

from forum.db import run_db
from forum.policy.permissions import can_moderate
from forum.services import tags as tag_service
from forum.state.feedback import attempt
from forum.state.session import resolve_cookie

MAX_FIELD = 80


def _field(form: Any, name: str) -> str:
    value = form.get(name, "") if isinstance(form, dict) else ""
    return value.strip()[:MAX_FIELD] if isinstance(value, str) else ""


class TagAdminState(rx.State):
    allowed: bool = False
    loaded: bool = False
    tags: list[dict[str, str]] = []
    notice: str = ""
    error: str = ""

    async def _actor(self) -> int | None:
        who = (await attempt(resolve_cookie(self), "checking the session")).value
        return who.user_id if who is not None and can_moderate(who.role) else None

    async def _refresh(self) -> None:
        listed = await attempt(run_db(tag_service.list_tags), "listing tags")
        self.tags = [{"slug": t.slug, "name": t.name, "threads": str(t.thread_count)} for t in listed.value or []]
        self.loaded = True

    @rx.event
    async def load(self):
        self.allowed = await self._actor() is not None
        self.notice = self.error = ""
        if self.allowed:
            await self._refresh()
        else:
            self.tags, self.loaded = [], True

    async def _change(self, call: Any, done: str) -> None:
        actor_id = await self._actor()
        if actor_id is None:
            self.allowed, self.error, self.notice = False, "Tags are managed by moderators.", ""
            return
        result = await attempt(call(actor_id), "changing tags")
        self.error, self.notice = result.error, ("" if result.error else done)
        await self._refresh()

    @rx.event
    async def create(self, form: dict):
        name = _field(form, "name")
        await self._change(lambda actor: run_db(tag_service.create_tag, actor_id=actor, name=name),
                           f"Created “{name}”.")

    @rx.event
    async def rename(self, form: dict):
        old, new = _field(form, "old"), _field(form, "new")
        await self._change(lambda actor: run_db(tag_service.rename_tag, actor_id=actor, old=old, new=new),
                           f"Renamed “{old}” to “{new}”.")

    @rx.event
    async def merge(self, form: dict):
        merged, into = _field(form, "merged"), _field(form, "into")
        await self._change(lambda actor: run_db(tag_service.merge_tags, actor_id=actor, merged=merged, into=into),
                           f"Merged “{merged}” into “{into}”.")
