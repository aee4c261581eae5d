"""``/mod/tags``: moderators create, rename and merge tags; the list shows each tag's threads.

Ids: ``#tags-title``, ``#tag-create-form`` (``name``), ``#tag-rename-form`` (``old``, ``new``),
``#tag-merge-form`` (``merged``, ``into``), ``#tags-notice``, ``#tags-error``; rows are ``.tag-row``.
"""

from __future__ import annotations

import reflex as rx

from forum.components.composer import error_callout
from forum.components.layout import not_allowed, page_shell, restricted
from forum.state.tag_admin import TagAdminState

S = TagAdminState


def _row(tag: rx.Var[dict[str, str]]) -> rx.Component:
    return rx.table.row(
        rx.table.cell(rx.link(tag["name"], href="/tag/" + tag["slug"], reload_document=True)),
        rx.table.cell(tag["slug"]),
        rx.table.cell(tag["threads"]),
        class_name="tag-row",
    )


def _form(form_id: str, handler: rx.EventHandler, label: str, *fields: tuple[str, str]) -> rx.Component:
    return rx.form(
        rx.hstack(*[rx.input(name=name, placeholder=placeholder, required=True, max_length=40, width="12rem")
                    for name, placeholder in fields],
                  rx.button(label, type="submit", variant="soft"), spacing="2", align="center", wrap="wrap"),
        on_submit=handler, reset_on_submit=True, id=form_id,
    )


def mod_tags_page() -> rx.Component:
    return page_shell(
        restricted(
            S.loaded,
            S.allowed,
            rx.vstack(
                rx.hstack(rx.heading("Tags", size="7", id="tags-title"), rx.spacer(),
                          rx.link("Review queue", href="/mod/queue"), width="100%", align="center"),
                rx.text("Members choose from these when they start a thread. Merging moves every thread of the "
                        "first tag to the second and deletes the first. Every change is logged.", size="2",
                        color_scheme="gray"),
                _form("tag-create-form", S.create, "Create", ("name", "New tag name")),
                _form("tag-rename-form", S.rename, "Rename", ("old", "Tag"), ("new", "New name")),
                _form("tag-merge-form", S.merge, "Merge", ("merged", "Merge this tag"), ("into", "into this one")),
                rx.cond(S.notice != "", rx.callout(S.notice, icon="check", color_scheme="green", size="1",
                                                   id="tags-notice")),
                error_callout(S.error, "tags-error"),
                rx.table.root(
                    rx.table.header(rx.table.row(rx.table.column_header_cell("Name"),
                                                 rx.table.column_header_cell("Slug"),
                                                 rx.table.column_header_cell("Threads"))),
                    rx.table.body(rx.foreach(S.tags, _row)),
                    width="100%",
                ),
                spacing="4", width="100%", align="start",
            ),
            not_allowed("Tags are managed by moderators."),
        )
    )
