"""How a state reads its page's URL arguments: through Reflex, never by splitting the path by hand.

Each ``[arg]`` of a route in :mod:`forum.routes` is a route variable Reflex adds to every state once the page
is registered (``/t/[slug]`` gives ``slug``); ``?page=N`` comes from ``router.url.query_parameters``. Both
reflect the URL the tab is actually on when the handler runs.
"""

from __future__ import annotations

import reflex as rx

from forum.services.text_safety import find_unstorable


def route_arg(state: rx.State, name: str) -> str:
    """The route argument ``name`` (one of ``forum.routes.*_ARG``) of the tab's URL; "" when absent, or (not
    found) when it holds a character no slug or handle can contain (NUL, a lone surrogate), which PostgreSQL
    would refuse to look up."""
    value = getattr(state, name, "")
    return value if isinstance(value, str) and find_unstorable(value) is None else ""


def page_number(state: rx.State) -> int:
    """``?page=N`` as a positive number; 1 when absent or malformed."""
    try:
        return max(1, int(state.router.url.query_parameters.get("page") or 1))
    except ValueError:
        return 1
