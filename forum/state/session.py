"""Who is looking at the page. Shared by every page through the chrome.

The browser never holds anything secret: the session cookie is HttpOnly, read here from the websocket
handshake's headers, and only the person's handle, name and role reach the browser.
"""

from __future__ import annotations

import reflex as rx

from forum.services.thread_view import Viewer


class SessionState(rx.State):
    """The signed-in person, or a visitor (``user_handle`` empty)."""

    user_handle: str = ""
    user_name: str = ""
    user_role: str = "visitor"
    _user_id: int | None = None

    @rx.var
    def signed_in(self) -> bool:
        return self.user_handle != ""

    @rx.var
    def is_moderator(self) -> bool:
        return self.user_role in ("moderator", "admin")

    def viewer(self) -> Viewer:
        """The reader as the services see them (backend only)."""
        return Viewer(user_id=self._user_id, is_moderator=self.user_role in ("moderator", "admin"))
