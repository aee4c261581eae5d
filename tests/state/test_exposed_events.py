"""Every public method of a Reflex state is an event any browser can send over the socket, whatever the page
shows. This pins exactly which events each state exposes, so a helper added without a leading underscore
(which would let a tab call it with forged arguments) fails here instead of shipping."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import reflex as rx

import forum.state

EXPOSED = {
    "SessionState": {"load_viewer"},
    "AuthPageState": {"load"},
    "ThreadState": {"load"},
    "ComposerState": {"load", "pick_handle", "published", "quote", "react_instead", "reply_to", "reply_to_thread",
                      "restore_local", "set_tab", "set_text", "submit", "wait_over"},
    "CommunityState": {"bookmark", "react", "watch"},
    "ActionResultState": set(),
    "CommentActionsState": {"act", "ask_delete", "close_delete", "close_edit", "close_report", "confirm_delete", "load",
                            "save_edit", "send_report", "set_edit_text", "set_report_detail", "set_report_reason",
                            "start_edit", "start_report"},
    "NewThreadState": {"add_tag", "add_typed_tag", "load", "remove_tag", "set_body", "set_tab", "set_tag_query",
                       "set_title", "submit", "tag_key"},
    "NotificationsState": {"load", "mark_all_read", "open_item", "show_older"},
    "NavState": {"load"},
    "QueueState": {"approve", "bulk_approve", "load", "page_by", "pin", "set_rule", "toggle", "toggle_all"},
    "RejectDialogState": {"close", "confirm", "open_one", "open_selection", "set_canned", "set_note"},
    "EditDialogState": {"close", "confirm", "open", "set_text"},
    "SuspendDialogState": {"close", "confirm", "open", "set_days", "set_reason"},
    "ModLogState": {"load", "page_by", "set_action", "set_moderator"},
    "TagAdminState": {"create", "load", "merge", "rename"},
    "PolicyAdminState": {"load", "replay", "replay_decided", "save", "set_list", "set_note", "set_number",
                         "set_pins_text", "set_replay_n"},
    "ProfileState": {"change_role", "lift_suspension", "load", "suspend_member"},
    "ProfileSettingsState": {"load", "save"},
}


def _forum_states() -> Iterator[type[rx.State]]:
    for module in pkgutil.iter_modules(forum.state.__path__):
        importlib.import_module(f"forum.state.{module.name}")
    pending = list(rx.State.__subclasses__())
    while pending:
        state = pending.pop()
        pending.extend(state.__subclasses__())
        if state.__module__.startswith("forum.") and not state._mixin:  # a mixin is never a state of its own
            yield state


def test_each_state_exposes_only_its_intended_events_to_the_browser() -> None:
    exposed = {state.__name__: set(state.event_handlers) - {"setvar"} for state in _forum_states()}
    assert exposed == EXPOSED


def test_the_session_state_cannot_be_told_who_is_signed_in_by_the_browser() -> None:
    assert set(forum.state.session.SessionState.event_handlers) == {"load_viewer", "setvar"}
    own = set(dir(forum.state.session.SessionState)) - set(dir(rx.State))
    assert not any(name.startswith("set_") for name in own), \
        "setvar dispatches to set_<var> methods, so none may exist on the session state"
