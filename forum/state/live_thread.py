"""The live thread: a reader sees newly published comments appear without reloading.

Design (works with one worker or several sharing Redis):
- ``start`` is the thread page's last ``on_load``. It records the thread's *marker* (count and newest id of
  its published comments, :func:`forum.services.thread_updates.thread_marker`) and starts ``watch`` with a
  fresh per-tab *loop token*. A background task runs on the worker that received the event, which is the
  worker holding the tab's socket, and its deltas reach the browser through Reflex's token manager.
- ``watch`` sleeps ``POLL_SECONDS``, then, briefly holding the tab's state lock, checks that its token is
  still the current one and that the tab still shows this thread. The marker query runs outside the lock,
  off the event loop; only when the marker moved is the page on screen read again (also outside the lock)
  and swapped in under the lock, after re-checking the token.
- Exactly one loop per tab. Reflex 0.10 itself cancels a background task chained from ``on_load`` when
  the tab disconnects or a new page load supersedes that chain (seen in the server log: every reload,
  navigation and tab close cancelled its loop). As a fallback that does not depend on that behaviour, each
  ``start`` issues a new token and the older loop ends within one poll when its token is no longer the
  current one, when the tab shows another page, when its socket is gone (a reconnect starts a new loop),
  or after ``MAX_WATCH_SECONDS``.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid

import reflex as rx

from forum.db import run_db
from forum.services.thread_updates import thread_marker
from forum.state.feedback import attempt
from forum.state.pages import ThreadPage, ThreadState, fetch_thread
from forum.state.session import SessionState, current_viewer, resolve_cookie_header, viewer_of

POLL_SECONDS = 2.0
MAX_WATCH_SECONDS = 6 * 3600
logger = logging.getLogger("forum.live")


async def refresh_thread_page(state: rx.State) -> ThreadPage | None:
    """Reload the page of the thread on screen for this viewer; None when it is gone or the read failed.

    Call from a normal handler, or inside ``async with self`` in a background task.
    """
    thread_state = await state.get_state(ThreadState)
    thread = thread_state.thread
    if thread is None:
        return None
    viewer = await current_viewer(state)
    fresh = (await attempt(fetch_thread(thread.slug, viewer, thread.page), "reloading a thread")).value
    if fresh is not None:
        thread_state.thread = fresh
    return fresh


async def _client_connected(client_token: str) -> bool:
    """Whether the tab still has a socket on any worker (True when Reflex cannot tell us)."""
    try:
        from reflex_base.registry import RegistrationContext

        namespace = RegistrationContext.get().app.event_namespace
        manager = getattr(namespace, "_token_manager", None)
        if manager is not None and hasattr(manager, "is_token_connected"):
            return bool(await manager.is_token_connected(client_token))
        return namespace is None or client_token in namespace.token_to_sid
    except Exception:  # an internal API moved: keep watching rather than go silent
        return True


class LiveThreadState(rx.State):
    """The per-tab watcher of the thread on screen."""

    live: bool = False  # shown as a small "live" mark beside the reply count
    _token: str = ""
    _thread_id: int = 0
    _slug: str = ""
    _marker: str = ""
    _as_moderator: bool = False  # whether the page on screen was read with a moderator's eyes

    def _still_mine(self, token: str) -> bool:
        path = self.router.url.path.rstrip("/")
        return self._token == token and bool(self._slug) and path == f"/t/{self._slug}"

    @rx.event
    async def start(self):
        """(Re)start watching the thread on screen; supersedes any loop this tab had."""
        thread = (await self.get_state(ThreadState)).thread
        if thread is None:
            self._token, self.live = "", False
            return None
        marker = await attempt(run_db(thread_marker, thread_id=thread.id), "reading a thread marker")
        self._token = uuid.uuid4().hex
        self._thread_id, self._slug, self._marker = thread.id, thread.slug, marker.value or ""
        self._as_moderator = (await self.get_state(SessionState)).is_moderator
        self.live = True
        return LiveThreadState.watch(self._token)

    @rx.event(background=True)
    async def watch(self, token: str):
        """Poll the thread's marker; reload the page on screen when it moves. See the module docstring."""
        started = time.monotonic()
        while time.monotonic() - started < MAX_WATCH_SECONDS:
            await asyncio.sleep(POLL_SECONDS)
            async with self:
                if not self._still_mine(token):
                    return
                thread_id, known, as_moderator = self._thread_id, self._marker, self._as_moderator
                client_token = self.router.session.client_token
                cookie = self.router.headers.cookie
            if not await _client_connected(client_token):
                return
            current = await attempt(run_db(thread_marker, thread_id=thread_id), "reading a thread marker")
            # A moderator's tab re-checks the role every poll: demoted or suspended, it stops showing held
            # comments at once. Other tabs re-check it whenever the thread changes (below).
            role_check = (await attempt(resolve_cookie_header(cookie), "checking the session")
                          if as_moderator else None)
            demoted = role_check is not None and role_check.ok and not viewer_of(role_check.value).is_moderator
            if not demoted and (not current.ok or current.value == known):
                continue
            who = role_check if role_check is not None else await attempt(resolve_cookie_header(cookie),
                                                                          "checking the session")
            if not who.ok:
                continue
            viewer = viewer_of(who.value)
            async with self:
                if not self._still_mine(token):
                    return
                shown = (await self.get_state(ThreadState)).thread
                (await self.get_state(SessionState))._show(who.value)
            if shown is None or shown.id != thread_id:
                continue
            fresh = (await attempt(fetch_thread(shown.slug, viewer, shown.page), "reloading a thread")).value
            if fresh is None:
                continue  # the marker stays as it was, so the next poll tries again
            async with self:
                if not self._still_mine(token):
                    return
                thread_state = await self.get_state(ThreadState)
                if thread_state.thread is not None and thread_state.thread.id == thread_id:
                    thread_state.thread = fresh
                    if current.ok:
                        self._marker = current.value or ""
                    self._as_moderator = viewer.is_moderator
        async with self:
            if self._token == token:
                self.live = False
