"""The policy settings in force, how admins change them, and what a change would do before it is saved.

Storage invariants:
- The newest :class:`PolicyVersion` row is in force; with none, the engine's defaults apply. Its JSON is
  ``PolicySettings.to_dict()`` (so anything reading it with ``PolicySettings.from_dict`` still works) plus
  a ``"forum"`` key for the forum's own settings (:class:`ForumSettings`, e.g. ``report_threshold``).
- Domain pins live in one place only: the ``link_rules`` table. Moderators add pins from the queue; an
  admin saving the settings with a ``domain_pins`` key makes the table match it exactly. The JSON keeps no
  pins, so a pin can never be "removed" in one place and survive in another.

Admin input is a dict of ``PolicySettings`` field names (plus ``report_threshold``); missing keys keep the
current values. Every value is checked for type and range before anything is written. Labels, ranges and
help come from the one settings schema (:data:`SETTING_SPECS`, the fields' metadata): nothing here copies
a default or a range.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from forum.models import Comment, CommentStatus, LinkRule, ModAction, PolicyVersion, Thread, User
from forum.policy import DomainPin, PolicySettings, review_comment
from forum.policy.types import SettingSpec, setting, setting_specs
from forum.services.actors import author_context, require_admin
from forum.services.errors import InvalidInput
from forum.services.validation import excerpt

FORUM_KEY = "forum"
_MAX_LIST_ITEMS, _MAX_ITEM_CHARS = 1_000, 200
_DOMAIN = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$")


@dataclass(frozen=True)
class ForumSettings:
    """Settings of the forum itself rather than of the comment policy."""

    report_threshold: int = setting(
        3, "Reports that hide a comment", "A published comment with this many reports is hidden until a "
        "moderator looks.", 1, 100)


# Every setting an admin edits, in the order the page shows them: the policy's, then the forum's.
SETTING_SPECS: tuple[SettingSpec, ...] = (*setting_specs(PolicySettings), *setting_specs(ForumSettings))
_SPECS = {spec.name: spec for spec in SETTING_SPECS}


@dataclass
class ReplayRow:
    """What the current and the proposed settings decide for one recent comment."""

    comment_id: int
    thread_slug: str
    author_handle: str
    excerpt: str
    current_decision: str
    proposed_decision: str
    changed: bool
    rules: list[str] = field(default_factory=list)  # rules that fire under the proposed settings
    current_rules: list[str] = field(default_factory=list)
    thread_title: str = ""


def _newest_json(session: Session) -> dict[str, Any]:
    row = session.exec(select(PolicyVersion.settings_json).order_by(PolicyVersion.id.desc()).limit(1)).first()
    return json.loads(row) if row else {}


def _load_policy(session: Session) -> PolicySettings:
    settings = PolicySettings.from_dict({k: v for k, v in _newest_json(session).items() if k != "domain_pins"})
    pins = {domain: DomainPin(kind) for domain, kind in session.exec(select(LinkRule.domain, LinkRule.kind))}
    return replace(settings, domain_pins=pins)


# Every preview, draft and comment asks for the settings in force: two queries and a JSON parse each time, for
# something an admin changes a few times a year. Each process keeps them for POLICY_TTL_S per database; a
# change made through this process forgets them at once (``forget_policy``, and any flush writing a version or
# a pin), another worker's change is seen within POLICY_TTL_S. A session that has itself written a version or
# a pin reads its own uncommitted state and neither uses nor fills the shared copy.
POLICY_TTL_S = 1.0
_policy_cache: WeakKeyDictionary[Engine, tuple[float, PolicySettings]] = WeakKeyDictionary()
_POLICY_TABLES = (LinkRule, PolicyVersion)


def forget_policy() -> None:
    """Drop this process's copy of the settings in force (after a change made without the ORM's flush)."""
    _policy_cache.clear()


@event.listens_for(Session, "after_flush")
def _policy_written(session: Session, _context: object) -> None:
    if any(isinstance(o, _POLICY_TABLES) for o in (*session.new, *session.dirty, *session.deleted)):
        session.info["policy_written"] = True
        forget_policy()


def current_policy(session: Session) -> PolicySettings:
    """The settings in force: the newest saved version (or the defaults) with every domain pin merged in."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if session.info.get("policy_written"):
        return _load_policy(session)
    cached = _policy_cache.get(engine)
    now = time.monotonic()
    if cached is not None and now - cached[0] < POLICY_TTL_S:
        return cached[1]
    settings = _load_policy(session)
    _policy_cache[engine] = (now, settings)
    return settings


def current_forum_settings(session: Session) -> ForumSettings:
    """The forum-level settings in force (defaults for anything never saved)."""
    stored = _newest_json(session).get(FORUM_KEY) or {}
    return ForumSettings(**{k: int(v) for k, v in stored.items() if k == "report_threshold"})


def policy_form(session: Session, *, actor_id: int | None) -> dict[str, Any]:
    """Everything ``/admin/policy`` edits, as the dict :func:`save_policy` takes back (admins only)."""
    require_admin(session, actor_id)
    data = current_policy(session).to_dict()
    data["report_threshold"] = current_forum_settings(session).report_threshold
    return data


def normalise_domain(raw: object) -> str:
    """A bare, lower-case host name from what a person typed (``https://www.Example.com/x`` → example.com)."""
    if not isinstance(raw, str):
        raise InvalidInput("A domain must be text, like example.com.")
    host = raw.strip().lower()
    host = re.sub(r"^[a-z][a-z0-9+.-]*://", "", host).split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    host = host.rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".")
    host = host.removeprefix("www.")
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise InvalidInput(f"“{raw.strip()[:80]}” is not a domain name.") from exc
    if not _DOMAIN.match(host):
        raise InvalidInput(f"“{raw.strip()[:80]}” is not a domain name, like example.com.")
    return host


def _label(name: str) -> str:
    spec = _SPECS.get(name)
    return spec.label if spec else name.replace("_", " ").capitalize()


def _check_number(name: str, value: Any) -> int | float:
    spec = _SPECS[name]
    low = spec.low if spec.low is not None else float("-inf")
    high = spec.high if spec.high is not None else float("inf")
    if spec.kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
            raise InvalidInput(f"{spec.label} must be a number between {low:g} and {high:g}.")
        return float(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(f"{spec.label} must be a whole number between {low:,.0f} and {high:,.0f}.")
    return value


def _check_list(name: str, value: Any) -> tuple[str, ...]:
    items = value.splitlines() if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        raise InvalidInput(f"{_label(name)} must be a list of words or phrases, one per line.")
    cleaned = tuple(dict.fromkeys(i.strip() for i in items if i.strip()))
    if len(cleaned) > _MAX_LIST_ITEMS or any(len(i) > _MAX_ITEM_CHARS for i in cleaned):
        raise InvalidInput(f"{_label(name)} may hold up to {_MAX_LIST_ITEMS:,} entries of up to "
                           f"{_MAX_ITEM_CHARS} characters each.")
    return cleaned


def _check_pins(value: Any) -> dict[str, DomainPin]:
    if not isinstance(value, Mapping):
        raise InvalidInput("Domain pins must map each domain to trusted, commercial or blocked.")
    pins: dict[str, DomainPin] = {}
    for domain, kind in value.items():
        try:
            pins[normalise_domain(domain)] = DomainPin(kind)
        except ValueError as exc:
            raise InvalidInput(f"The pin for {domain} must be trusted, commercial or blocked.") from exc
    return pins


def validate_settings(session: Session, data: object) -> tuple[PolicySettings, ForumSettings]:
    """The current settings with ``data`` applied, every value checked; InvalidInput on the first problem."""
    if not isinstance(data, Mapping):
        raise InvalidInput("The settings must be a set of named values.")
    policy, forum = current_policy(session), current_forum_settings(session)
    policy_fields = {f.name for f in fields(PolicySettings)}
    changes: dict[str, Any] = {}
    forum_changes: dict[str, Any] = {}
    for name, value in data.items():
        spec = _SPECS.get(name) if isinstance(name, str) else None
        if spec is None:
            raise InvalidInput(f"There is no setting called “{str(name)[:60]}”.")
        target = changes if name in policy_fields else forum_changes
        if spec.kind == "pins":
            target[name] = _check_pins(value)
        elif spec.kind == "list":
            target[name] = _check_list(name, value)
        else:
            target[name] = _check_number(name, value)
    policy, forum = replace(policy, **changes), replace(forum, **forum_changes)
    if 0 < policy.flood_per_hour < policy.flood_per_minute:
        raise InvalidInput("The hourly comment limit cannot be lower than the per-minute limit.")
    return policy, forum


def _sync_pins(session: Session, pins: Mapping[str, DomainPin], actor_id: int) -> dict[str, list[str]]:
    existing = {rule.domain: rule for rule in session.exec(select(LinkRule))}
    diff: dict[str, list[str]] = {}
    for domain, rule in existing.items():
        if domain not in pins:
            diff[domain] = [rule.kind, ""]
            session.delete(rule)
    for domain, pin in pins.items():
        rule = existing.get(domain)
        if rule is None:
            session.add(LinkRule(domain=domain, kind=pin.value, created_by=actor_id, note="set in the policy"))
            diff[domain] = ["", pin.value]
        elif rule.kind != pin.value:
            diff[domain] = [rule.kind, pin.value]
            rule.kind = pin.value
            session.add(rule)
    return diff


def save_policy(session: Session, *, actor_id: int | None, settings: dict[str, Any], note: str = ""
                ) -> PolicySettings:
    """Save ``settings`` (applied over the current ones) as the new version in force; admins only.

    New comments are judged by it from now on; comments already decided keep their decision.
    """
    admin = require_admin(session, actor_id)
    if not isinstance(note, str) or len(note) > 500:
        raise InvalidInput("The note can be up to 500 characters.")
    before, before_forum = current_policy(session), current_forum_settings(session)
    policy, forum = validate_settings(session, settings)
    stored = policy.to_dict()
    stored["domain_pins"] = {}
    stored[FORUM_KEY] = {"report_threshold": forum.report_threshold}
    version = PolicyVersion(settings_json=json.dumps(stored, sort_keys=True), created_by=admin.id,
                            note=note.strip())
    session.add(version)
    pin_changes = _sync_pins(session, policy.domain_pins, admin.id) if "domain_pins" in settings else {}
    old, new = before.to_dict(), policy.to_dict()
    changed = {k: [old[k], new[k]] for k in new if k != "domain_pins" and old[k] != new[k]}
    if before_forum != forum:
        changed["report_threshold"] = [before_forum.report_threshold, forum.report_threshold]
    session.flush()
    session.add(ModAction(actor_id=admin.id, action="save_policy", target_type="policy",
                          target_id=str(version.id), reason=note.strip(),
                          detail_json=json.dumps({"changed": changed, "domain_pins": pin_changes})))
    session.flush()
    return current_policy(session)


def _fired(verdict: Any) -> list[str]:
    return [r.rule for r in verdict.reasons if r.outcome.value != "publish"]


def replay_policy(session: Session, *, actor_id: int | None, settings: dict[str, Any], last_n: int = 200
                  ) -> list[ReplayRow]:
    """What ``settings`` would decide for the last ``last_n`` comments, next to what today's settings decide.

    Admins only; a pure read: nothing is saved. Both sides judge each comment's source with its author as
    they are now, so a row changes only because the settings differ.
    """
    require_admin(session, actor_id)
    if isinstance(last_n, bool) or not isinstance(last_n, int) or not 1 <= last_n <= 1_000:
        raise InvalidInput("Replay between 1 and 1,000 recent comments.")
    proposed, _ = validate_settings(session, settings)
    current = current_policy(session)
    rows = session.exec(
        select(Comment.id, Comment.source, Thread.slug, User, Thread.title)
        .join(Thread, Thread.id == Comment.thread_id).join(User, User.id == Comment.author_id)
        .where(Comment.status != CommentStatus.REMOVED.value)
        .order_by(Comment.id.desc()).limit(last_n)
    ).all()
    out: list[ReplayRow] = []
    for comment_id, source, slug, author, title in rows:
        context = author_context(author)
        now_verdict = review_comment(source, settings=current, author=context)
        new_verdict = review_comment(source, settings=proposed, author=context)
        out.append(ReplayRow(
            comment_id=comment_id, thread_slug=slug, author_handle=author.handle, excerpt=excerpt(source),
            current_decision=now_verdict.decision.value, proposed_decision=new_verdict.decision.value,
            changed=now_verdict.decision != new_verdict.decision, rules=_fired(new_verdict),
            current_rules=_fired(now_verdict), thread_title=title,
        ))
    return out
