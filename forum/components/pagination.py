"""Previous/next links for paged lists (``?page=N``)."""

from __future__ import annotations

import reflex as rx


def pager(base: rx.Var[str], page: rx.Var[int], page_count: rx.Var[int]) -> rx.Component:
    return rx.cond(
        page_count > 1,
        rx.hstack(
            rx.cond(page > 1, rx.link("← Newer", href=base + "?page=" + (page - 1).to_string(), id="page-prev")),
            rx.text("Page " + page.to_string() + " of " + page_count.to_string(), size="2",
                    color_scheme="gray"),
            rx.cond(page < page_count,
                    rx.link("Older →", href=base + "?page=" + (page + 1).to_string(), id="page-next")),
            spacing="4", align="center", padding_y="1rem",
        ),
    )
