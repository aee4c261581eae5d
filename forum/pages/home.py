"""``/``: every board with its counts and latest activity."""

from __future__ import annotations

import reflex as rx

from forum.components.format import counted
from forum.components.layout import loading, page_shell
from forum.routes import board_url, thread_url
from forum.state.pages import BoardSummary, HomeState


def board_card(board: BoardSummary) -> rx.Component:
    return rx.card(
        rx.vstack(
            rx.link(rx.heading(board.name, size="4"), href=board_url(board.slug), class_name="board-link"),
            rx.text(board.description, size="2", color_scheme="gray"),
            rx.hstack(
                rx.text(counted(board.thread_count, "thread"), size="1"),
                rx.text("·", size="1"),
                rx.text(counted(board.comment_count, "comment"), size="1"),
                rx.cond(
                    board.last_thread_slug != "",
                    rx.hstack(
                        rx.text("·", size="1"),
                        rx.text("Latest:", size="1"),
                        rx.link(board.last_thread_title, href=thread_url(board.last_thread_slug), size="1"),
                        rx.text(board.last_activity, size="1", color_scheme="gray"),
                        spacing="1", wrap="wrap",
                    ),
                ),
                spacing="1", wrap="wrap", color_scheme="gray",
            ),
            spacing="2", align="start",
        ),
        width="100%", class_name="board-card",
    )


def home_page() -> rx.Component:
    return page_shell(
        rx.vstack(
            rx.heading("Boards", size="7"),
            rx.text("Stories, practices and questions from people who do customer service for a living.",
                    color_scheme="gray"),
            rx.cond(
                HomeState.loaded,
                rx.vstack(rx.foreach(HomeState.boards, board_card), spacing="3", width="100%", id="boards"),
                loading(),
            ),
            spacing="4", width="100%",
        )
    )
