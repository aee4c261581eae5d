"""The one module that wires Frontline together: the Reflex app, its pages and our HTTP routes."""

from __future__ import annotations

import reflex as rx

import forum.models  # noqa: F401  (every table registered before Reflex checks migrations)
from forum.http import api
from forum.pages.board import board_page
from forum.pages.home import home_page
from forum.pages.thread import thread_page
from forum.state.pages import BoardState, HomeState, ThreadState

app = rx.App(
    stylesheets=["/styles.css"],
    api_transformer=api.build(),
    head_components=[rx.el.link(rel="icon", href="/favicon.svg", type="image/svg+xml")],
)
app.add_page(home_page, route="/", title="Frontline — boards", on_load=HomeState.load)
app.add_page(board_page, route="/b/[board_slug]", title="Frontline — board", on_load=BoardState.load)
app.add_page(thread_page, route="/t/[slug]", title="Frontline — thread", on_load=ThreadState.load)
