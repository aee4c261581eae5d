"""The Reflex app as islands on top of server-rendered pages (see ``forum.http.read_pages``).

The public pages are drawn on the server; when a page needs the interactive app (a member's composer, the
comment dialogs, a moderator's tools) it boots the app too, and the app's route for that URL renders only
those parts, each into a slot of the page (``Slot``). Clicks on the page's own buttons (``data-action``)
reach Reflex events through ``ActionBridge``; ``InPlaceNote`` says what an action did inside the block it
concerns; ``Countdown`` counts a wait down on the composer's button. ``ServerPageGuard`` reloads the
document when the route was reached by a client-side link, where no server page exists to attach to. The
JavaScript is ``assets/islands.js``.
"""

from __future__ import annotations

import reflex as rx
from reflex_base.event import no_args_event_spec, passthrough_event_spec

_LIBRARY = "$/public/islands.js"


class _Island(rx.Component):
    library = _LIBRARY
    is_default = False


class KeepServerPage(_Island):
    tag = "KeepServerPage"


class ServerPageGuard(_Island):
    tag = "ServerPageGuard"


class Slot(_Island):
    """Children rendered into ``document.getElementById(target)``."""

    tag = "Slot"
    target: rx.Var[str]


class ActionBridge(_Island):
    """Calls ``on_action(action, comment_id, name)`` when a ``[data-action]`` button of the page is clicked."""

    tag = "ActionBridge"
    on_action: rx.EventHandler[passthrough_event_spec(str, int, str)]


class InPlaceNote(_Island):
    """A status line inside the page block whose id is ``anchor`` (kept there across redraws of the list)."""

    tag = "InPlaceNote"
    anchor: rx.Var[str]
    text: rx.Var[str]
    tone: rx.Var[str]
    stamp: rx.Var[int]


class Countdown(_Island):
    """"Wait 42 s", counting ``seconds`` down in the browser from when they arrive (a new ``stamp`` starts
    over); calls ``on_done`` once at zero."""

    tag = "Countdown"
    seconds: rx.Var[int]
    stamp: rx.Var[int]
    on_done: rx.EventHandler[no_args_event_spec]


def slot(target: str, *children: rx.Component) -> rx.Component:
    return Slot.create(*children, target=target)


def keep_server_page_wrap(_stateful: bool) -> rx.Component:
    """An app wrap (``rx.App(extra_app_wraps=...)``): the app renders after it, beside it."""
    return rx.fragment(KeepServerPage.create())
