"""State of the sign-in, registration and first-sign-in (``/welcome``) pages.

These pages post plain HTML forms to the ``/auth`` routes. A refused form comes back here with our ``error=``
text and ``next`` in the query string, and what the person typed (never a password) in an encrypted flash
cookie named by ``?flash=<id>`` (``forum.http.form_flash``): a name or an email never travels in a URL.
``load`` turns both into vars. Everything shown is text (React escapes it); ``next`` passes through
``safe_next``. ``/welcome`` gets the handle, name and email a provider suggested the same way.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode

import reflex as rx

from forum.auth.form_flash import FLASH_PARAM, read_flash
from forum.policy.redirects import safe_next
from forum.routes import HOME, REGISTER, SIGN_IN, WELCOME, auth_provider_login_url, with_next
from forum.settings import get_settings
from forum.state.session import SessionState

MAX_QUERY_VALUE = 300


@dataclass
class ProviderButton:
    """One "Continue with <label>" button."""

    name: str
    label: str
    href: str


class AuthPageState(rx.State):
    """What the auth pages show: messages, the typed values to put back, the providers, ``next``."""

    error: str = ""
    notice: str = ""
    next_path: str = HOME
    account: str = ""
    handle: str = ""
    display_name: str = ""
    email: str = ""
    provider_label: str = ""
    mode: str = "new"  # /welcome: "new" (choose a handle) or "link" (prove the existing account)
    flash_id: str = ""  # the flash the page's URL names (the "new account" link of /welcome keeps it)
    providers: list[ProviderButton] = []
    # Changes with the page and its query string, so the uncontrolled inputs remount with new defaults; stays
    # the same when on_load re-runs on a websocket reconnect, so nothing the person is typing is wiped.
    form_key: str = ""
    # The page (path) the vars above were prepared for. The three auth pages share this state, so after a
    # client-side move from one to another the vars still describe the previous page until ``load`` runs;
    # each page renders its form only once this names it, so nothing typed is wiped by a late remount.
    prepared_for: str = ""

    @rx.var
    def next_query(self) -> str:
        """``?next=...`` for links between the auth pages, or nothing."""
        return with_next("", self.next_path)

    @rx.var
    def new_account_href(self) -> str:
        """From the link step of /welcome: create a separate account instead."""
        return WELCOME + "?" + urlencode({"mode": "new", "provider": self.provider_label, "next": self.next_path,
                                        FLASH_PARAM: self.flash_id})

    @rx.event
    async def load(self):
        query = self.router.url.query_parameters

        def arg(name: str) -> str:
            value = query.get(name) or ""
            return value[:MAX_QUERY_VALUE] if isinstance(value, str) else ""

        self.next_path = safe_next(arg("next"))
        path = self.router.url.path.rstrip("/") or HOME
        session = await self.get_state(SessionState)
        if session.signed_in and path in (SIGN_IN, REGISTER):
            return rx.redirect(self.next_path)
        self.error, self.notice = arg("error"), arg("notice")
        typed = read_flash(self.router.headers.cookie, arg(FLASH_PARAM), get_settings().secret_key)
        self.account, self.email = typed.get("account", ""), typed.get("email", "")
        self.handle, self.display_name = typed.get("handle", ""), typed.get("name", "")
        self.flash_id = arg(FLASH_PARAM)
        self.provider_label = arg("provider")
        self.mode = "link" if arg("mode") == "link" else "new"
        self.providers = [ProviderButton(name=p.name, label=p.label,
                                         href=auth_provider_login_url(p.name, self.next_path))
                          for p in get_settings().oidc]
        self.form_key = hashlib.sha256(f"{path}?{sorted(query.items())}".encode()).hexdigest()[:16]
        self.prepared_for = path
        return None
