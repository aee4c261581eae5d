"""``/admin/policy``: admins edit the policy settings, replay them on recent comments, then save.

The page also shows how moderators decided what each rule held over the last 30 and 90 days
(:func:`forum.services.policy_stats.policy_decisions`, loaded with the form), so an admin sees which holds
are noise, and can replay the settings on screen on those decided comments (``replay_decided``).

The form holds every value as the text the admin typed; :meth:`PolicyAdminState._settings` turns it into
the dict ``save_policy``/``replay_policy`` take (those validate types and ranges and say what is wrong).
Domain pins are sent only when the admin changed them, so a pin a moderator added from the queue while
this page was open is not silently dropped. Replay and save each resolve the session cookie again and
require an admin; the services check once more.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import reflex as rx

from forum.db import run_db
from forum.policy.permissions import can_administer
from forum.services.errors import InvalidInput
from forum.services.policy_settings import SETTING_SPECS, ReplayRow, policy_form, replay_policy, save_policy
from forum.services.policy_stats import (
    DecidedReplayRow,
    RuleDecisions,
    policy_decisions,
    replay_decided,
)
from forum.services.policy_stats import (
    decided_summary as summarise_decided,
)
from forum.state.feedback import attempt
from forum.state.session import require_user, resolve_cookie

__all__ = ["LIST_FIELDS", "NUMBER_FIELDS", "DecidedReplayRow", "DecisionRow", "PolicyAdminState", "ReplayRow"]

# (name, label, help) of every field the form shows, read from the one settings schema.
NUMBER_FIELDS: list[tuple[str, str, str]] = [(s.name, s.label, s.help) for s in SETTING_SPECS
                                             if s.kind in ("int", "float")]
LIST_FIELDS: list[tuple[str, str, str]] = [(s.name, s.label, s.help) for s in SETTING_SPECS if s.kind == "list"]
_FLOATS = frozenset(s.name for s in SETTING_SPECS if s.kind == "float")
ADMIN_REFUSAL = "Only admins can change the policy."


# An approved share this high, over at least this many decisions, marks a rule whose holds are mostly noise.
NOISY_SHARE, NOISY_MIN = 0.8, 5


@dataclass
class DecisionRow:
    """One rule's line of the decisions table, as text for the page (30 and 90 days)."""

    rule: str
    label: str
    recent: str  # "approved / edited / rejected" over 30 days
    recent_share: str  # share approved as written, "73%" or "–"
    longer: str  # the same over 90 days
    longer_share: str
    noisy: bool  # mostly approved as written over 90 days: the hold is mostly noise

    @classmethod
    def of(cls, row: RuleDecisions) -> DecisionRow:
        recent, longer = row.windows
        share = longer.approved_share
        return cls(rule=row.rule, label=row.label,
                   recent=f"{recent.approved} / {recent.edited} / {recent.rejected}", recent_share=recent.share_text(),
                   longer=f"{longer.approved} / {longer.edited} / {longer.rejected}", longer_share=longer.share_text(),
                   noisy=share is not None and longer.decided >= NOISY_MIN and share >= NOISY_SHARE)


def _pins_text(pins: dict[str, str]) -> str:
    return "\n".join(f"{domain} {kind}" for domain, kind in sorted(pins.items()))


def _parse_pins(text: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        parts = line.split()
        if not parts:
            continue
        if len(parts) != 2:
            raise InvalidInput(f"Domain pins, line {number}: write a domain and a kind, like “example.com trusted”.")
        pins[parts[0]] = parts[1].lower()
    return pins


class PolicyAdminState(rx.State):
    allowed: bool = False
    loaded: bool = False
    numbers: dict[str, str] = {}
    lists: dict[str, str] = {}
    pins_text: str = ""
    note: str = ""
    replay_n: str = "200"
    replay_rows: list[ReplayRow] = []
    replay_summary: str = ""
    decision_rows: list[DecisionRow] = []
    decided_rows: list[DecidedReplayRow] = []
    decided_summary: str = ""
    error: str = ""
    notice: str = ""
    _loaded_pins: str = ""

    @rx.event
    async def load(self):
        who = (await attempt(resolve_cookie(self), "checking the session")).value  # never the tab's own idea
        self.allowed = who is not None and can_administer(who.role)
        self.error = self.notice = ""
        if who is None or not self.allowed:
            self.loaded = True
            return
        form = await attempt(run_db(policy_form, actor_id=who.user_id), "loading the policy")
        decisions = await attempt(run_db(policy_decisions, actor_id=who.user_id), "reading the decisions")
        self.loaded = True
        if form.value is None or decisions.value is None:
            self.error = form.error or decisions.error
            return
        self._fill(form.value)
        self.decision_rows = [DecisionRow.of(row) for row in decisions.value]

    def _fill(self, form: dict[str, Any]) -> None:
        self.numbers = {name: str(form.get(name, "")) for name, _, _ in NUMBER_FIELDS}
        self.lists = {name: "\n".join(form.get(name) or []) for name, _, _ in LIST_FIELDS}
        self.pins_text = self._loaded_pins = _pins_text(dict(form.get("domain_pins") or {}))
        self.replay_rows, self.replay_summary = [], ""

    def _settings(self) -> dict[str, Any]:
        settings: dict[str, Any] = {}
        for name, label, _ in NUMBER_FIELDS:
            raw = self.numbers.get(name, "").strip()
            try:
                settings[name] = float(raw) if name in _FLOATS else int(raw)
            except ValueError as exc:
                raise InvalidInput(f"{label}: “{raw[:20]}” is not a number.") from exc
        for name, _, _ in LIST_FIELDS:
            settings[name] = self.lists.get(name, "")
        if self.pins_text.strip() != self._loaded_pins.strip():
            settings["domain_pins"] = _parse_pins(self.pins_text)
        return settings

    @rx.event
    def set_number(self, name: str, value: str):
        if any(name == field[0] for field in NUMBER_FIELDS):
            self.numbers = {**self.numbers, name: str(value)[:20]}

    @rx.event
    def set_list(self, name: str, value: str):
        if any(name == field[0] for field in LIST_FIELDS):
            self.lists = {**self.lists, name: str(value)[:200_000]}

    @rx.event
    def set_pins_text(self, value: str):
        self.pins_text = str(value)[:200_000]

    @rx.event
    def set_note(self, value: str):
        self.note = str(value)[:500]

    @rx.event
    def set_replay_n(self, value: str):
        self.replay_n = str(value)[:5]

    @rx.event
    async def replay(self):
        """What the settings on screen would decide on the last N comments, next to today's decisions."""
        self.error = self.notice = ""

        async def run() -> list[ReplayRow]:
            who = await require_user(self, can_administer, ADMIN_REFUSAL)
            try:
                last_n = int(self.replay_n)
            except ValueError as exc:
                raise InvalidInput("Replay on a whole number of recent comments.") from exc
            return await run_db(replay_policy, actor_id=who.user_id, settings=self._settings(), last_n=last_n)

        result = await attempt(run(), "replaying the policy")
        if result.value is None:
            self.error = result.error
            return
        rows = sorted(result.value, key=lambda r: not r.changed)
        changed = sum(1 for r in rows if r.changed)
        self.replay_rows = rows
        self.replay_summary = (f"{changed} of {len(rows)} recent comments would be decided differently."
                               if changed else f"None of the {len(rows)} recent comments would change.")

    @rx.event
    async def replay_decided(self):
        """What the settings on screen would decide on the comments moderators decided in the last 90 days."""
        self.error = self.notice = ""

        async def run() -> list[DecidedReplayRow]:
            who = await require_user(self, can_administer, ADMIN_REFUSAL)
            return await run_db(replay_decided, actor_id=who.user_id, settings=self._settings())

        result = await attempt(run(), "replaying the decided comments")
        if result.value is None:
            self.error = result.error
            return
        self.decided_rows = sorted(result.value, key=lambda r: r.agrees)
        self.decided_summary = summarise_decided(result.value)

    @rx.event
    async def save(self):
        self.error = self.notice = ""

        async def run() -> dict[str, Any]:
            who = await require_user(self, can_administer, ADMIN_REFUSAL)
            await run_db(save_policy, actor_id=who.user_id, settings=self._settings(), note=self.note)
            return await run_db(policy_form, actor_id=who.user_id)

        result = await attempt(run(), "saving the policy")
        if result.value is None:
            self.error = result.error
            return
        self._fill(result.value)
        self.note, self.notice = "", "Saved. New comments are judged by these settings from now on."
