"""Every page's route and the one way to build a link to it.

Pure Python, no Reflex import, so services, notifications, pages and tests all share it. The page routes
(``THREAD = "/t/[slug]"``) are what ``forum/app.py`` registers; Reflex turns each ``[arg]`` into a route
variable the states read (:func:`forum.state.routing.route_arg`). The builders accept plain strings, and
also Reflex string vars where a page builds a link from state (``"/t/" + var`` stays a var), so no module
spells a path by hand.

Invariant: ``thread_url(slug, page=p, comment=c)`` is the only spelling of a thread link; page 1 carries no
``?page=`` so each page has one canonical URL.
"""

from __future__ import annotations

from typing import TypeVar
from urllib.parse import urlencode

S = TypeVar("S")  # a str, or a Reflex string var (anything that supports "text" + value)

# Route arguments: the names Reflex gives the dynamic segments.
BOARD_ARG, THREAD_ARG, PROFILE_ARG = "board_slug", "slug", "handle"

HOME = "/"
BOARD = f"/b/[{BOARD_ARG}]"
NEW_THREAD = f"/b/[{BOARD_ARG}]/new"
THREAD = f"/t/[{THREAD_ARG}]"
PROFILE = f"/u/[{PROFILE_ARG}]"
PROFILE_SETTINGS = "/settings/profile"
SIGN_IN = "/signin"
REGISTER = "/register"
WELCOME = "/welcome"
NOTIFICATIONS = "/notifications"
MOD_QUEUE = "/mod/queue"
MOD_LOG = "/mod/log"
MOD_TAGS = "/mod/tags"
ADMIN_POLICY = "/admin/policy"

# Plain HTTP routes (forum/http): the forms post here, the browser follows them with a full page load.
AUTH_SIGN_IN = "/auth/signin"
AUTH_REGISTER = "/auth/register"
GUIDELINES = "/guidelines"  # server-rendered (forum.http.guidelines), from the live policy settings
AUTH_WELCOME = "/auth/welcome"
AUTH_LINK = "/auth/link"
AUTH_LOGOUT = "/auth/logout"
AUTH_LOGOUT_EVERYWHERE = "/auth/logout-everywhere"
AUTH_REFRESH = "/auth/refresh"

PAGE_ROUTES: tuple[str, ...] = (HOME, BOARD, NEW_THREAD, THREAD, PROFILE, PROFILE_SETTINGS, SIGN_IN, REGISTER,
                                WELCOME, NOTIFICATIONS, MOD_QUEUE, MOD_LOG, MOD_TAGS, ADMIN_POLICY)


def board_url(slug: S) -> S:
    """A board's first page of threads."""
    return "/b/" + slug  # type: ignore[operator, return-value]


def new_thread_url(board_slug: S) -> S:
    """The form to start a thread in a board."""
    return "/b/" + board_slug + "/new"  # type: ignore[operator, return-value]


def thread_url(slug: S, *, page: int | None = None, comment: int | None = None) -> S:
    """A thread (its page ``page`` when past the first), scrolled to ``comment`` when given."""
    url = "/t/" + slug  # type: ignore[operator]
    if page is not None and page > 1:
        url += f"?page={page}"
    if comment:
        url += f"#comment-{comment}"
    return url  # type: ignore[return-value]


def profile_url(handle: S) -> S:
    """A member's public profile."""
    return "/u/" + handle  # type: ignore[operator, return-value]


def auth_provider_login_url(provider: str, next_path: str = HOME) -> str:
    """Start signing in with the OpenID Connect provider ``provider``, coming back to ``next_path``."""
    return f"/auth/{provider}/login" + with_next("", next_path)


def sign_in_url(next_path: S) -> S:
    """The sign-in page, coming back to the site path ``next_path`` afterwards (kept readable, unencoded)."""
    return SIGN_IN + "?next=" + next_path  # type: ignore[operator, return-value]


def register_url(next_path: S) -> S:
    """The join page, coming back to the site path ``next_path`` afterwards (kept readable, unencoded)."""
    return REGISTER + "?next=" + next_path  # type: ignore[operator, return-value]


def with_next(path: str, next_path: str) -> str:
    """``path`` carrying any ``next_path`` URL-encoded (``?next=%2Ft%2Fx``); nothing added for the home page."""
    return path + ("?" + urlencode({"next": next_path}) if next_path != HOME else "")
