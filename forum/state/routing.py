"""How a page's URL carries its arguments: the last path segment (``/t/<slug>``, ``/u/<handle>``) and
``?page=N``. Read from ``router.url`` so a handler sees the URL the tab is actually on."""

from __future__ import annotations

import reflex as rx

from forum.services.text_safety import find_unstorable


def last_segment(state: rx.State) -> str:
    """The final path segment of the tab's URL (a trailing slash ignored); "" (not found) when it holds a
    character no slug or handle can contain (NUL, a lone surrogate), which PostgreSQL would refuse to look up."""
    segment = state.router.url.path.rstrip("/").rsplit("/", 1)[-1]
    return "" if find_unstorable(segment) is not None else segment


def page_number(state: rx.State) -> int:
    """``?page=N`` as a positive number; 1 when absent or malformed."""
    try:
        return max(1, int(state.router.url.query_parameters.get("page") or 1))
    except ValueError:
        return 1
