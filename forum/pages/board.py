"""``/b/[board_slug]``: a board's threads, newest activity first, paginated."""

from __future__ import annotations

import reflex as rx

from forum.components.format import counted
from forum.components.layout import loading, not_found, page_shell
from forum.components.pagination import pager
from forum.routes import HOME, board_url, new_thread_url, profile_url, thread_url
from forum.state.pages import BoardState, ThreadSummary


def thread_row(thread: ThreadSummary) -> rx.Component:
    return rx.box(
        rx.hstack(
            rx.vstack(
                rx.hstack(
                    rx.cond(thread.pinned, rx.badge("Pinned", color_scheme="teal")),
                    rx.cond(thread.locked, rx.badge("Locked", color_scheme="gray")),
                    rx.link(rx.text(thread.title, weight="medium", size="3"), href=thread_url(thread.slug),
                            class_name="thread-link"),
                    spacing="2", align="center", wrap="wrap",
                ),
                rx.hstack(
                    rx.link(thread.author_name, href=profile_url(thread.author_handle), size="1"),
                    rx.text("started " + thread.created, size="1", color_scheme="gray"),
                    rx.foreach(thread.tags, lambda tag: rx.badge(tag, variant="outline", size="1")),
                    spacing="2", wrap="wrap", align="center",
                ),
                spacing="1", align="start",
            ),
            rx.spacer(),
            rx.vstack(
                rx.text(counted(thread.reply_count, "reply", "replies"), size="1"),
                rx.el.time(thread.last_activity, date_time=thread.last_activity_iso,
                           class_name="rt-Text rt-r-size-1"),
                spacing="0", align="end", min_width="6rem",
            ),
            width="100%", align="center",
        ),
        class_name="thread-row", padding_y="0.75rem", border_bottom="1px solid var(--gray-a4)", width="100%",
    )


def board_page() -> rx.Component:
    board = BoardState.board
    return page_shell(
        rx.cond(
            BoardState.not_found,
            not_found("There is no board at this address."),
            rx.cond(
                BoardState.loaded & board.is_not_none(),
                rx.vstack(
                    rx.link("← All boards", href=HOME, size="2"),
                    rx.hstack(
                        rx.heading(board.name, size="7", id="board-title"),
                        rx.spacer(),
                        rx.link(rx.button("Start a thread", size="2"), href=new_thread_url(board.slug),
                                id="board-new-thread"),
                        width="100%", align="center",
                    ),
                    rx.text(board.description, color_scheme="gray"),
                    rx.cond(
                        board.threads.length() > 0,
                        rx.box(rx.foreach(board.threads, thread_row), width="100%", id="threads"),
                        rx.text("No threads yet.", color_scheme="gray"),
                    ),
                    pager(board_url(board.slug), board.page, board.page_count),
                    spacing="3", width="100%",
                ),
                loading(),
            ),
        )
    )
