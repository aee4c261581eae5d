"""Rendered comment blocks shared between the open tabs that put the same new comment in place.

When a comment is published in a busy thread, every member with the thread open asks for it
(``?part=since``), and each member's list is drawn for them alone; but a new comment's block is the same for
every signed-in member who did not write it (no reactions yet, no replies, the same menu). So the block is
drawn once per (comment, what it shows, signed in, own) and kept in a small process-wide cache: N open tabs
cost one render and N lookups. The key holds everything the block shows that can change (the text, the
author's name and avatar, status, the relative time shown), so a stale block is never served.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from markupsafe import Markup

from forum.http.render import template_module
from forum.services.thread_view import CommentView

MAX_BLOCKS = 2_048


@dataclass(frozen=True)
class _Chrome:
    """The little of the viewer a comment block shows: whether they are signed in."""

    signed_in: bool


_lock = threading.Lock()
_blocks: OrderedDict[tuple[object, ...], Markup] = OrderedDict()
_modules: dict[bool, object] = {}


def _key(view: CommentView, signed_in: bool, signin_url: str) -> tuple[object, ...]:
    return (view.id, hash(view.html), view.status, view.created, view.edited, view.is_own, signed_in, signin_url,
            view.author_name, view.author_handle, view.author_avatar, view.reply_to_id, view.reply_to_handle,
            view.reply_count, tuple((r.kind, r.count, r.mine, tuple(r.names)) for r in view.reactions), view.removed)


def comment_block(view: CommentView, *, signed_in: bool, signin_url: str) -> Markup:
    """``view``'s block as a thread page draws it for a (signed-in or visiting) viewer."""
    key = _key(view, signed_in, signin_url)
    with _lock:
        found = _blocks.get(key)
        if found is not None:
            _blocks.move_to_end(key)
            return found
    module = _modules.get(signed_in)
    if module is None:
        module = _modules[signed_in] = template_module("comment.html", viewer=_Chrome(signed_in))
    block = Markup(module.comment_block(view, signin_url))  # type: ignore[attr-defined]
    with _lock:
        _blocks[key] = block
        while len(_blocks) > MAX_BLOCKS:
            _blocks.popitem(last=False)
    return block
