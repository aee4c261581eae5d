"""``/t/[slug]`` in the app: the islands a member's thread page needs on top of the server-rendered page.

The page itself (opening post, comments, pager, the visitor's sign-in prompt) comes from
``forum.http.read_pages``; this route renders only the composer into the page's slot, the comment dialogs,
the line that says what an action did (inside the comment it concerns), and the bridge that turns clicks on
the page's Reply / Edit / Delete / Report buttons into events. Only a member's page boots the app; whether
they may post is decided by the server again on every submit.
"""

from __future__ import annotations

import reflex as rx

from forum.components.comment_actions import action_result, comment_dialogs
from forum.components.composer import composer_form
from forum.components.islands import ActionBridge, ServerPageGuard, slot
from forum.state.comment_actions import CommentActionsState


def thread_page() -> rx.Component:
    # Not conditional on the tab's idea of who is signed in: the server draws the composer's slot for
    # members only, and a tab whose state expired must not lose its composer on its next event.
    return rx.fragment(
        ServerPageGuard.create(),
        slot("composer-slot", composer_form()),
        action_result(),
        ActionBridge.create(on_action=CommentActionsState.act),
        comment_dialogs(),
    )
