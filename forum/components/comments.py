"""A thread's nested comments: indented by depth, with a visible thread line, reply counts and times."""

from __future__ import annotations

import reflex as rx

from forum.components.comment_actions import comment_menu
from forum.components.format import counted
from forum.models.vocab import CommentStatus
from forum.routes import profile_url
from forum.state.pages import CommentView


def author_link(handle: rx.Var[str], name: rx.Var[str]) -> rx.Component:
    return rx.link(rx.text(name, weight="bold", size="2"), href=profile_url(handle), class_name="author-link")


def status_badge(comment: CommentView) -> rx.Component:
    return rx.match(
        comment.status,
        (CommentStatus.PENDING.value, rx.badge("Awaiting review", color_scheme="amber", class_name="status-pending")),
        (CommentStatus.REJECTED.value, rx.badge("Not published", color_scheme="red", class_name="status-rejected")),
        rx.fragment(),
    )


def comment_item(comment: CommentView) -> rx.Component:
    body = rx.cond(
        comment.removed,
        rx.text("This comment was removed.", size="2", color_scheme="gray", font_style="italic"),
        rx.box(rx.html(comment.html), class_name="prose comment-body"),
    )
    return rx.box(
        rx.hstack(
            rx.cond(comment.removed, rx.fragment(), author_link(comment.author_handle, comment.author_name)),
            rx.el.time(comment.created, date_time=comment.created_iso, class_name="rt-Text rt-r-size-1",
                       title=comment.created_iso),
            rx.cond(comment.edited, rx.text("edited", size="1", color_scheme="gray")),
            status_badge(comment),
            spacing="2", align="center", wrap="wrap",
        ),
        body,
        rx.hstack(
            rx.cond(
                comment.reply_count > 0,
                rx.text(counted(comment.reply_count, "reply", "replies"), size="1", color_scheme="gray",
                        class_name="reply-count"),
            ),
            comment_menu(comment),
            spacing="3", align="center",
        ),
        class_name="comment",
        id="comment-" + comment.id.to_string(),
        custom_attrs={"data-depth": comment.depth.to_string()},
        style={"--depth": comment.depth.to_string()},
    )


def comment_list(comments: rx.Var[list[CommentView]]) -> rx.Component:
    return rx.box(rx.foreach(comments, comment_item), class_name="comment-list", id="comments")
