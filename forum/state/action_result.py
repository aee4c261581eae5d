"""What the last action on a thread page did, shown where it happened rather than above the list.

A delete, report, edit, reaction, watch or bookmark concerns one block of the server-rendered page: a comment
(``comment-<id>``) or the thread's own action bar (``thread-actions``). Its outcome (or why it was refused)
is one short line inside that block, drawn by ``InPlaceNote`` (``assets/islands.js``), which puts it back
whenever the comment list is redrawn and, when the block itself is gone (a deleted comment), leaves it where
the block was. One result at a time: the next action's replaces it; a page load clears it.
"""

from __future__ import annotations

import reflex as rx

THREAD_ANCHOR = "thread-actions"
OK, ERROR = "ok", "error"


def comment_anchor(comment_id: int) -> str:
    """The id of a comment's block on the page (``forum/http/templates/comments.html``); "" for a forged id
    (the result is then shown nowhere)."""
    valid = isinstance(comment_id, int) and not isinstance(comment_id, bool) and comment_id > 0
    return f"comment-{comment_id}" if valid else ""


def post_anchor(kind: str, post_id: int) -> str:
    """A comment's block for ``kind`` "comment", else the thread's action bar."""
    return comment_anchor(post_id) if kind == "comment" else THREAD_ANCHOR


class ActionResultState(rx.State):
    """The last action's outcome and the page block it belongs to."""

    anchor: str = ""
    text: str = ""
    tone: str = OK  # "ok" or "error"
    stamp: int = 0  # changes with every result, so the same words for the same block show again

    def _show(self, anchor: str, text: str, tone: str = OK) -> None:
        """Called by the states whose handlers act on a block (``CommentActionsState``, ``CommunityState``);
        private (a leading underscore), so no browser can send it as an event with words of its own."""
        self.anchor, self.text, self.tone = anchor, text, ERROR if tone == ERROR else OK
        self.stamp += 1

    def _clear(self) -> None:
        self.anchor = self.text = ""
        self.tone = OK
