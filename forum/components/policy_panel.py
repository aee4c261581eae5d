"""The live policy panel: what the server would do with the text being written, rule by rule.

Shared by the reply composer, the edit dialog and the new-thread form. It only renders what the state
holds (the server's verdict for the latest text); it never decides anything itself. Every element a
browser test looks for has a stable id or class: ``#policy-panel``, ``#policy-decision`` (with
``data-decision``), ``.policy-reason`` (with ``data-rule`` and ``data-outcome``) and ``.policy-link``
(with ``data-kind``). Ids are only unique when one panel is on screen at a time, so secondary panels
(the edit dialog) pass ``id_prefix``.

Members read words, not rule ids: each reason is headed by its rule's label from the rulebook ("Too
brief"); the id (``too_brief``) is shown only where moderators read reasons (:func:`reason_row`; members get
:func:`member_reason_row`), and stays in
``data-rule`` for tests and styling.
"""

from __future__ import annotations

import reflex as rx

from forum.policy.rules import LABELS

LINK_KIND_LABELS = {
    "educational": "educational article",
    "commercial": "commercial",
    "vendor_article": "vendor article",
    "retail_reference": "shop listing",
    "opaque": "hidden destination",
    "non_article": "not an article",
    "internal": "this forum",
}


def decision_badge(decision: rx.Var[str], element_id: str = "policy-decision") -> rx.Component:
    """"Will publish" / "Goes to review" / "Cannot be posted", coloured; empty before the first check."""
    return rx.match(
        decision,
        ("publish", rx.badge("Will publish", color_scheme="green", size="2", id=element_id,
                             custom_attrs={"data-decision": "publish"})),
        ("hold", rx.badge("Goes to a moderator for review", color_scheme="amber", size="2", id=element_id,
                          custom_attrs={"data-decision": "hold"})),
        ("reject", rx.badge("Cannot be posted yet", color_scheme="red", size="2", id=element_id,
                            custom_attrs={"data-decision": "reject"})),
        rx.badge("Checks run as you type", color_scheme="gray", variant="outline", size="2", id=element_id,
                 custom_attrs={"data-decision": ""}),
    )


def _outcome_icon(outcome: rx.Var[str]) -> rx.Component:
    return rx.match(
        outcome,
        ("reject", rx.icon("circle-x", size=16, color="var(--red-10)")),
        ("hold", rx.icon("clock", size=16, color="var(--amber-10)")),
        rx.icon("circle-check", size=16, color="var(--green-10)"),
    )


def rule_label(rule: rx.Var[str]) -> rx.Component:
    """The words a member reads for a rule id (the rulebook's label; an unknown id as it is)."""
    return rx.text(rx.match(rule, *LABELS.items(), rule), size="2", weight="medium", class_name="policy-rule-label")


def reason_row(reason: rx.Var[dict[str, str]]) -> rx.Component:
    """One rule that fired, as moderators read it: label and id, outcome, what to do, and the evidence.

    Takes the reason alone: ``rx.foreach`` passes an item's index to a second parameter.
    """
    return _reason_row(reason, show_id=True)


def member_reason_row(reason: rx.Var[dict[str, str]]) -> rx.Component:
    """One rule that fired, as members read it: its label, never its id."""
    return _reason_row(reason, show_id=False)


def _reason_row(reason: rx.Var[dict[str, str]], show_id: bool) -> rx.Component:
    outcome = reason["outcome"]
    rule_id = [rx.code(reason["rule"], size="1", variant="ghost", class_name="policy-rule-id")] if show_id else []
    return rx.hstack(
        _outcome_icon(outcome),
        rx.vstack(
            rx.hstack(
                rule_label(reason["rule"]),
                *rule_id,
                rx.match(outcome, ("reject", rx.text("failed", size="1", color_scheme="red")),
                         ("hold", rx.text("held", size="1", color_scheme="amber")),
                         rx.text("passed", size="1", color_scheme="green")),
                spacing="2", align="center",
            ),
            rx.text(reason["message"], size="2", class_name="policy-message"),
            rx.cond(reason["evidence"] != "",
                    rx.text("Evidence: ", reason["evidence"], size="1", color_scheme="gray",
                            class_name="policy-evidence")),
            spacing="1", align="start",
        ),
        class_name="policy-reason", align="start", spacing="2", width="100%",
        custom_attrs={"data-rule": reason["rule"], "data-outcome": outcome},
    )


def link_row(link: rx.Var[dict[str, str]]) -> rx.Component:
    """A link in the text and how the policy classified its destination, with why."""
    kind = link["kind"]
    good = (kind == "educational") | (kind == "internal")
    return rx.hstack(
        rx.icon("link", size=14),
        rx.vstack(
            rx.hstack(
                rx.text(link["domain"], weight="medium", size="2"),
                rx.badge(rx.match(kind, *LINK_KIND_LABELS.items(), kind), color_scheme=rx.cond(good, "green", "red"),
                         size="1", class_name="policy-link-kind"),
                spacing="2", align="center", wrap="wrap",
            ),
            rx.text(link["url"], size="1", color_scheme="gray", class_name="policy-link-url"),
            rx.text(link["why"], size="1", class_name="policy-link-why"),
            spacing="0", align="start",
        ),
        class_name="policy-link", align="start", spacing="2", width="100%",
        custom_attrs={"data-kind": kind, "data-domain": link["domain"]},
    )


def policy_panel(decision: rx.Var[str], reasons: rx.Var[list[dict[str, str]]],
                 links: rx.Var[list[dict[str, str]]], checking: rx.Var[bool], id_prefix: str = "") -> rx.Component:
    """The verdict for the current text: a headline decision, each fired rule, each link's kind."""
    return rx.box(
        rx.hstack(
            rx.text("Community guidelines check", weight="bold", size="2"),
            decision_badge(decision, f"{id_prefix}policy-decision"),
            rx.cond(checking, rx.spinner(size="1")),
            spacing="2", align="center", wrap="wrap",
        ),
        rx.cond(
            reasons.length() > 0,
            rx.vstack(rx.foreach(reasons, member_reason_row), spacing="2", width="100%", padding_top="0.5rem"),
            rx.cond(decision == "publish",
                    rx.text("Every check passed.", size="2", color_scheme="green", padding_top="0.25rem")),
        ),
        rx.cond(
            links.length() > 0,
            rx.vstack(rx.text("Links", weight="medium", size="2"), rx.foreach(links, link_row),
                      spacing="1", width="100%", padding_top="0.5rem"),
        ),
        rx.cond(decision != "",
                rx.text(rx.cond(reasons.length() > 0, "All other checks passed. ", ""),
                        "The server checks again when you send.", size="1", color_scheme="gray",
                        padding_top="0.25rem")),
        id=f"{id_prefix}policy-panel", class_name="policy-panel", width="100%",
        padding="0.75rem", border="1px solid var(--gray-a5)", border_radius="var(--radius-3)",
        background="var(--gray-a2)",
        custom_attrs={"aria-live": "polite"},
    )
