"""``/`` and ``/b/[board_slug]`` in the app: server-rendered pages (``forum.http.read_pages``).

The app has nothing to add to them; these routes exist so that a client-side link to them loads the
server's page instead of an empty route.
"""

from __future__ import annotations

import reflex as rx

from forum.components.islands import ServerPageGuard


def server_rendered_page() -> rx.Component:
    return ServerPageGuard.create()
