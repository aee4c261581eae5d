"""Who is looking at the page. Shared by every page through the chrome.

The browser never holds anything secret: the session cookie is HttpOnly, read here from the websocket
handshake's headers, and only the person's handle, name and role reach the browser. ``load_viewer`` is the
first ``on_load`` of every page; it runs again on every reconnect, so it only reads (plus the services'
once-a-day session renewal).

Authorisation never trusts these vars: a handler that changes data calls :func:`require_user`, and a read
whose result depends on the role calls :func:`current_viewer`; both resolve the cookie again at that moment,
so a session revoked or a role removed elsewhere stops working at once, whatever the page still shows.
There is deliberately no way to build a ``Viewer`` from the tab's cached vars.

``csrf_token`` is the token the pages' forms post to ``/auth`` routes with; ``csrf_cookie`` is the matching
double-submit nonce, kept in the ``frontline_csrf`` cookie (neither is a credential; see forum.auth.csrf).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import reflex as rx

from forum.auth.cookies import CSRF_COOKIE, SESSION_COOKIE, cookie_value
from forum.auth.csrf import TOKEN_MAX_AGE, is_valid_nonce, issue_token, new_nonce
from forum.db import run_db
from forum.models import Role, Viewer
from forum.policy.permissions import can_moderate
from forum.routes import AUTH_REFRESH
from forum.services.errors import PermissionDenied
from forum.services.sessions import SessionUser, resolve_session
from forum.settings import get_settings
from forum.state.feedback import attempt

SIGN_IN_AGAIN = "Please sign in again: your session has ended."
REFRESH_SCRIPT = f"fetch('{AUTH_REFRESH}', {{method: 'POST', credentials: 'same-origin'}})"


async def resolve_cookie(state: rx.State) -> SessionUser | None:
    """The person behind this tab's session cookie, resolved now (off the event loop)."""
    return await resolve_cookie_header(state.router.headers.cookie)


async def resolve_cookie_header(cookie_header: str | None) -> SessionUser | None:
    """The person behind a raw ``Cookie`` header (for background tasks, which read it under the state lock)."""
    token = cookie_value(cookie_header, SESSION_COOKIE)
    if not token:
        return None
    settings = get_settings()
    return await run_db(resolve_session, token, lifetime=timedelta(days=settings.session_days),
                        absolute=timedelta(days=settings.session_max_days))


def viewer_of(who: SessionUser | None) -> Viewer:
    """The reader as the services see them, from a session resolved just now."""
    if who is None:
        return Viewer()
    return Viewer(user_id=who.user_id, is_moderator=can_moderate(who.role))


async def current_viewer(state: rx.State) -> Viewer:
    """Who is reading, with the role read from the database *now* (never the tab's cached ``user_role``).

    Every read that depends on the role (a moderator sees held comments in a thread) goes through this, so
    a moderator demoted or suspended a second ago stops seeing what moderators see on the very next read.
    The page's SessionState is refreshed too, so the chrome catches up.
    """
    who = await resolve_cookie(state)
    session_state = state if isinstance(state, SessionState) else await state.get_state(SessionState)
    session_state._show(who)
    return viewer_of(who)


async def current_user(state: rx.State, allowed: Callable[[str], bool] | None = None) -> SessionUser | None:
    """Who is behind this tab's session cookie right now, for handlers that only read; never raises.

    None for a visitor, for a role ``allowed`` refuses (e.g. ``policy.permissions.can_moderate``), or when
    the lookup itself failed (logged). Never the tab's own vars, which a forged event could have set.
    """
    who = (await attempt(resolve_cookie(state), "checking the session")).value
    if who is None or (allowed is not None and not allowed(who.role)):
        return None
    return who


async def require_user(state: rx.State, allowed: Callable[[str], bool] | None = None,
                       refusal: str = "You are not allowed to do that.") -> SessionUser:
    """Re-resolve the session for a handler that changes data; PermissionDenied when nobody is signed in.

    Whether this person may do the thing is the service's to decide, with its own refusal message, against
    the role in the database; ``allowed``/``refusal`` remain for states that want to refuse before calling
    one. The page's SessionState is refreshed with what was found, so the chrome catches up too.
    """
    who = await resolve_cookie(state)
    session_state = state if isinstance(state, SessionState) else await state.get_state(SessionState)
    session_state._show(who)
    if who is None:
        raise PermissionDenied(SIGN_IN_AGAIN)
    if allowed is not None and not allowed(who.role):
        raise PermissionDenied(refusal)
    return who


class SessionState(rx.State):
    """The signed-in person, or a visitor (``user_handle`` empty)."""

    user_handle: str = ""
    user_name: str = ""
    user_role: str = Role.VISITOR.value
    _user_id: int | None = None
    csrf_token: str = ""
    csrf_cookie: str = rx.Cookie("", name=CSRF_COOKIE, path="/", same_site="lax", max_age=TOKEN_MAX_AGE * 2,
                                 secure=get_settings().cookie_secure or None)

    @rx.var
    def signed_in(self) -> bool:
        return self.user_handle != ""

    @rx.var
    def is_moderator(self) -> bool:
        return Role(self.user_role).is_staff

    @rx.var
    def is_admin(self) -> bool:
        return self.user_role == Role.ADMIN

    def _show(self, who: SessionUser | None) -> None:
        """Fill the vars from a resolved session (or clear them for a visitor)."""
        if who is None:
            self.user_handle, self.user_name, self.user_role, self._user_id = "", "", Role.VISITOR.value, None
        else:
            self.user_handle, self.user_name, self.user_role = who.handle, who.display_name, who.role
            self._user_id = who.user_id

    def _refresh_csrf(self) -> None:
        nonce = cookie_value(self.router.headers.cookie, CSRF_COOKIE)
        if not is_valid_nonce(nonce):
            nonce = self.csrf_cookie if is_valid_nonce(self.csrf_cookie) else new_nonce()
        assert nonce is not None
        if self.csrf_cookie != nonce:
            self.csrf_cookie = nonce
        self.csrf_token = issue_token(nonce, get_settings().secret_key)

    @rx.event
    async def load_viewer(self):
        """First on_load of every page: who is signed in, and a fresh CSRF token for the page's forms.

        When the server just slid the session's expiry forward (at most daily), the browser's HttpOnly cookie
        is re-issued with a fresh Max-Age by a same-origin ``POST /auth/refresh`` (only a route can set it).
        """
        who = await resolve_cookie(self)
        self._show(who)
        self._refresh_csrf()
        if who is not None and who.renewed:
            return rx.call_script(REFRESH_SCRIPT)
        return None
