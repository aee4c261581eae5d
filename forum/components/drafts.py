"""Nothing typed is lost, on the member's side: the composer's local copy and honest status
(``DraftKeeper``, ``assets/drafts.js``) and a plain-language offline banner in place of Reflex's toast.

``DraftKeeper`` keeps every keystroke in ``localStorage``, puts a newer local copy back over an older server
draft after a reconnect, gives Publish its submission key, refuses a paste over the size limit with a
message, and says "Saved", "Saving…" or "Offline — kept on this device" (``#composer-draft-status``).
"""

from __future__ import annotations

import reflex as rx
from reflex_base.event import passthrough_event_spec
from reflex_base.vars.function import FunctionStringVar
from reflex_components_core.core.banner import has_connection_errors

OFFLINE = "You are offline. What you type is kept on this device and sent when the connection returns."


class DraftKeeper(rx.Component):
    """The local copy of the composer's text for one thread; see ``assets/drafts.js``."""

    library = "$/public/drafts.js"
    is_default = False
    tag = "DraftKeeper"

    thread_id: rx.Var[int]
    parent_id: rx.Var[int]
    reply_name: rx.Var[str]
    server_text: rx.Var[str]
    draft_saved: rx.Var[bool]
    connected: rx.Var[bool]
    load_nonce: rx.Var[str]
    server_draft_at: rx.Var[int]
    accepted_key: rx.Var[str]
    max_chars: rx.Var[int]
    on_restore: rx.EventHandler[passthrough_event_spec(str, int, str, str)]
    on_published: rx.EventHandler[passthrough_event_spec(dict)]


# Publish, run in the click itself (not queued behind the socket, so a press made offline is kept at once):
# ``window.flDrafts.publish`` takes the press (text, parent, key), sends it in one request
# (``window.frontline.publish``) and hands the answer to ``on_published``, an event queued until the socket is up.
PUBLISH = FunctionStringVar.create("(() => window.flDrafts && window.flDrafts.publish())")
CONNECTED = ~has_connection_errors


def offline_banner(_stateful: bool) -> rx.Component:
    """The app's overlay (``rx.App`` wrap 5, in place of Reflex's toast naming the socket's URL)."""
    return rx.cond(
        has_connection_errors,
        rx.box(rx.icon("wifi-off", size=16), rx.text(OFFLINE, size="2"), id="offline-banner", role="status",
               class_name="fl-offline-banner"),
    )
