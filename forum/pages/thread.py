"""``/t/[slug]``: the opening post, one page of nested comments (kept live), and the reply composer."""

from __future__ import annotations

import reflex as rx

from forum.components.comment_actions import comment_dialogs, comment_feedback
from forum.components.comments import comment_list
from forum.components.composer import composer
from forum.components.format import counted
from forum.components.layout import loading, not_found, page_shell
from forum.components.pagination import pager
from forum.models.vocab import ThreadStatus
from forum.routes import board_url, profile_url, thread_url
from forum.state.live_thread import LiveThreadState
from forum.state.pages import ThreadState


def thread_page() -> rx.Component:
    thread = ThreadState.thread
    return page_shell(
        rx.cond(
            ThreadState.not_found,
            not_found("That thread does not exist, or it has been removed."),
            rx.cond(
                ThreadState.loaded & thread.is_not_none(),
                rx.vstack(
                    rx.link("← " + thread.board_name, href=board_url(thread.board_slug), size="2",
                            id="thread-board"),
                    rx.heading(thread.title, size="7", id="thread-title"),
                    rx.hstack(
                        rx.link(thread.author_name, href=profile_url(thread.author_handle), size="2"),
                        rx.el.time(thread.created, date_time=thread.created_iso, class_name="rt-Text rt-r-size-2"),
                        rx.foreach(thread.tags, lambda tag: rx.badge(tag, variant="outline")),
                        rx.cond(thread.status == ThreadStatus.PENDING.value,
                                rx.badge("Awaiting review", color_scheme="amber", id="thread-pending")),
                        spacing="2", align="center", wrap="wrap",
                    ),
                    rx.box(rx.html(thread.body_html), class_name="prose thread-body", id="thread-body"),
                    rx.hstack(
                        rx.heading(counted(thread.reply_count, "reply", "replies"), size="4", id="reply-total"),
                        rx.cond(LiveThreadState.live,
                                rx.tooltip(rx.badge("live", color_scheme="green", variant="soft", id="thread-live"),
                                           content="New comments appear here as they are published.")),
                        spacing="2", align="center",
                    ),
                    comment_feedback(),
                    comment_list(thread.comments),
                    pager(thread_url(thread.slug), thread.page, thread.page_count),
                    composer(),
                    comment_dialogs(),
                    spacing="3", width="100%", align="start",
                ),
                loading(),
            ),
        )
    )
