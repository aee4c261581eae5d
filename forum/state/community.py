"""The everyday buttons of a thread page: reactions, the watch control and bookmarks.

Clicks on the server-rendered page's ``data-action="react" | "watch" | "bookmark"`` buttons reach these
handlers through the bridge (``CommentActionsState.act``). Each resolves the session again (``require_user``)
and the service decides (own post, visibility, rate limit); the tab then refetches the comment list, which
shows the new counts and pressed states (``show_thread_change``). A refusal, and what a watch or bookmark
click did, is a line inside the block clicked in: the comment, or the thread's action bar
(``ActionResultState``). Nothing here holds page content.
"""

from __future__ import annotations

import reflex as rx

from forum.db import run_db
from forum.models import ContentKind, ReactionKind, WatchLevel
from forum.services.bookmarks import toggle_bookmark
from forum.services.reactions import toggle_reaction
from forum.services.watching import toggle_watch
from forum.state.action_result import ERROR, THREAD_ANCHOR, ActionResultState, post_anchor
from forum.state.feedback import attempt
from forum.state.live_thread import show_thread_change
from forum.state.session import require_user

WATCH_NOTICES = {
    WatchLevel.WATCHING.value: "You are watching this thread: you will hear of every new comment.",
    WatchLevel.TRACKING.value: "You are tracking this thread: you will hear of replies to you and mentions.",
    WatchLevel.MUTED.value: "This thread is muted: you will not be notified about it.",
}


def parse_reaction(name: str) -> tuple[str, str]:
    """``"comment:thanks"`` → (post kind, reaction kind); ("", "") for anything else."""
    post, _, kind = str(name).partition(":")
    if post not in (ContentKind.THREAD, ContentKind.COMMENT) or kind not in set(ReactionKind):
        return "", ""
    return post, kind


class CommunityState(rx.State):
    """Reaction, watch and bookmark clicks; their outcome goes to ``ActionResultState``."""

    async def _result(self, anchor: str, text: str, tone: str = "ok") -> None:
        (await self.get_state(ActionResultState))._show(anchor, text, tone)

    @rx.event
    async def react(self, post_id: int, name: str):
        """Toggle the viewer's reaction (``name`` = "<thread|comment>:<kind>") on a post. Success shows in the
        reaction bar itself; a refusal (own post, too many) is said beside it."""
        post, kind = parse_reaction(name)
        anchor = post_anchor(post, post_id)
        (await self.get_state(ActionResultState))._clear()
        if not post:
            await self._result(anchor, "That is not a reaction this forum offers.", ERROR)
            return
        result = await attempt(self._toggle_reaction(post, post_id, kind), "reacting")
        if not result.ok:
            await self._result(anchor, result.error, ERROR)
            return
        yield show_thread_change()

    async def _toggle_reaction(self, post: str, post_id: int, kind: str) -> object:
        who = await require_user(self)
        return await run_db(toggle_reaction, actor_id=who.user_id, target_kind=post, target_id=post_id, kind=kind)

    @rx.event
    async def watch(self, thread_id: int, level: str):
        """Set how closely the viewer follows the thread (clicking the level already set clears it)."""
        result = await attempt(self._watch(thread_id, str(level)), "changing notifications")
        if not result.ok:
            await self._result(THREAD_ANCHOR, result.error, ERROR)
            return
        await self._result(THREAD_ANCHOR, WATCH_NOTICES.get(
            result.value or "", "Notifications for this thread are back to the default."))
        yield show_thread_change()

    async def _watch(self, thread_id: int, level: str) -> str:
        who = await require_user(self)
        return await run_db(toggle_watch, actor_id=who.user_id, target_kind=ContentKind.THREAD, target_id=thread_id,
                            level=level)

    @rx.event
    async def bookmark(self, target_id: int, kind: str):
        """Bookmark a thread or comment (``kind``), or take the bookmark back."""
        anchor = post_anchor(str(kind), target_id)
        result = await attempt(self._bookmark(target_id, str(kind)), "bookmarking")
        if not result.ok:
            await self._result(anchor, result.error, ERROR)
            return
        await self._result(anchor, "Bookmarked: find it on your profile." if result.value else "Bookmark removed.")
        yield show_thread_change()

    async def _bookmark(self, target_id: int, kind: str) -> bool:
        who = await require_user(self)
        return await run_db(toggle_bookmark, actor_id=who.user_id, target_kind=kind, target_id=target_id)

