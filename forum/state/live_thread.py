"""Showing a change to the thread on screen, from a handler that just made one.

The thread page is server-rendered and kept live by ``assets/frontline.js`` (a socket fed by the worker's
watcher, ``forum.live``). A handler that changed the thread wakes the watcher, so every tab on this worker
hears of it now, and tells its own tab to fetch the comment list at once and bring ``comment_id`` into view.
No tab keeps the page's comments in its state, and no tab polls.
"""

from __future__ import annotations

import reflex as rx

from forum.live import watcher


def show_thread_change(comment_id: int = 0) -> rx.event.EventSpec:
    """The script that refreshes this tab's comment list (and scrolls to ``comment_id`` when given)."""
    watcher.nudge()
    return rx.call_script(f"window.frontline && window.frontline.refresh({int(comment_id)})")


def show_posted_comment(comment_id: int) -> rx.event.EventSpec:
    """The script that puts the comment this tab just posted in place (one comment's fragment, not the list).

    The watcher is not woken: the other tabs hear of a new comment at its next pass (within two seconds), so
    however fast a busy thread takes comments, each open tab asks for what changed at most once a pass."""
    return rx.call_script(f"window.frontline && window.frontline.showPosted({int(comment_id)})")
