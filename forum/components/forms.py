"""Plain HTML forms that the browser submits itself, for the ``/auth`` routes.

``rx.el.form`` always attaches a submit handler that prevents the browser's own submission, so a form that
must POST to an HTTP route (to receive an HttpOnly cookie and a redirect) is this small element instead.
Inputs are uncontrolled: their initial values come from state (what the person typed before an error),
and ``key`` on the form remounts them when the page reloads with new values.
"""

from __future__ import annotations

import reflex as rx
from reflex_components_core.el.elements.base import BaseHTML

from forum.state.session import SessionState


class NativeForm(BaseHTML):
    """``<form action=... method=post>`` submitted natively by the browser."""

    tag = "form"

    action: rx.Var[str]
    method: rx.Var[str]
    accept_charset: rx.Var[str]
    auto_complete: rx.Var[str]


def post_form(action: str | rx.Var[str], *children: rx.Component, **props: object) -> rx.Component:
    """A form POSTed to ``action`` carrying the page's CSRF token."""
    return NativeForm.create(
        rx.el.input(type="hidden", name="csrf_token", value=SessionState.csrf_token),
        *children,
        action=action, method="post", accept_charset="utf-8", **props,
    )


def text_field(label: str, name: str, *, field_id: str, default: rx.Var[str] | str = "", kind: str = "text",
               autocomplete: str = "off", hint: str = "", **props: object) -> rx.Component:
    """A labelled input; ``default`` only seeds it (it is the person's to edit)."""
    return rx.vstack(
        rx.el.label(label, html_for=field_id, class_name="rt-Text rt-r-size-2 rt-r-weight-medium"),
        rx.input(id=field_id, name=name, type=kind, default_value=default, auto_complete=autocomplete,
                 size="3", width="100%", **props),
        *([rx.text(hint, size="1", color_scheme="gray")] if hint else []),
        spacing="1", width="100%", align="stretch",
    )


def message_callouts(error: rx.Var[str], notice: rx.Var[str] | None = None) -> rx.Component:
    """The error (and optional notice) a route sent back, as callouts with stable ids."""
    parts = [rx.cond(error != "", rx.callout(error, icon="triangle_alert", color_scheme="red", role="alert",
                                              id="form-error", width="100%"))]
    if notice is not None:
        parts.append(rx.cond(notice != "", rx.callout(notice, icon="info", color_scheme="teal", id="form-notice",
                                                      width="100%")))
    return rx.fragment(*parts)
