"""The vocabulary every part of the policy engine speaks.

These plain, frozen dataclasses are the contract between the policy engine and everything above it
(services, Reflex state, the command line, tests). They hold no behaviour beyond small conveniences and
(de)serialisation, so a verdict can be stored as JSON on a review item and shown again, unchanged, to the
author and to the moderator.

Invariants:
- ``Verdict.decision`` is the most severe ``Reason.outcome`` among ``Verdict.reasons`` (reject beats hold,
  hold beats publish), or ``publish`` when there are no reasons.
- ``Verdict.html`` is always sanitised output of :func:`forum.policy.render_comment`; it is safe to hand to
  ``rx.html`` as it stands.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from enum import Enum
from typing import Any

from forum.policy.permissions import ADMIN, MEMBER, MODERATOR


class Decision(str, Enum):
    """What the product does with a comment. Ordered by severity: publish < hold < reject."""

    PUBLISH = "publish"
    HOLD = "hold"
    REJECT = "reject"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @classmethod
    def most_severe(cls, decisions: Iterable[Decision]) -> Decision:
        """The strongest of ``decisions``; ``publish`` for none."""
        return max(decisions, key=lambda d: d.severity, default=cls.PUBLISH)


_SEVERITY = {Decision.PUBLISH: 0, Decision.HOLD: 1, Decision.REJECT: 2}


class LinkKind(str, Enum):
    """What kind of destination a link leads to (docs/policy.md §2)."""

    EDUCATIONAL = "educational"  # an article by a publisher, university, government body or independent blog
    COMMERCIAL = "commercial"  # a company's, product's or service's page; affiliate/referral parameters
    VENDOR_ARTICLE = "vendor_article"  # company-owned education: vendor blog, help centre, whitepaper
    RETAIL_REFERENCE = "retail_reference"  # shop listing of an educational item (a book), no affiliate tags
    OPAQUE = "opaque"  # shorteners, redirectors, raw IPs, obfuscated addresses
    NON_ARTICLE = "non_article"  # video, podcast, forum thread, social profile, a blog's home page
    INTERNAL = "internal"  # a page of this forum itself


class DomainPin(str, Enum):
    """A moderator's standing decision about a domain; it overrides the heuristics."""

    TRUSTED = "trusted"  # a trusted publisher: its articles are educational
    COMMERCIAL = "commercial"  # always a commercial destination
    BLOCKED = "blocked"  # never acceptable (treated as commercial: reject)


@dataclass(frozen=True, slots=True)
class Reason:
    """One rule that fired, in words the author can act on.

    ``rule`` uses the vocabulary of docs/policy.md §4 (``too_brief``, ``commercial_link`` ...) plus the product's
    own account rules (``new_member``, ``flood_control``, ``too_long`` ...). ``message`` speaks to the author
    and says how to fix it; ``evidence`` quotes what triggered it (the link, the phrase); ``outcome`` is what
    this rule on its own would do to the comment.
    """

    rule: str
    message: str
    evidence: str = ""
    outcome: Decision = Decision.HOLD

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "message": self.message, "evidence": self.evidence,
                "outcome": self.outcome.value}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reason:
        return cls(rule=str(data["rule"]), message=str(data["message"]),
                   evidence=str(data.get("evidence", "")),
                   outcome=Decision(data.get("outcome", Decision.HOLD.value)))


@dataclass(frozen=True, slots=True)
class LinkInfo:
    """A distinct link destination found in a comment, with its classification and why."""

    url: str
    domain: str
    kind: LinkKind
    why: str

    def to_dict(self) -> dict[str, str]:
        return {"url": self.url, "domain": self.domain, "kind": self.kind.value, "why": self.why}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkInfo:
        return cls(url=str(data["url"]), domain=str(data["domain"]), kind=LinkKind(data["kind"]),
                   why=str(data.get("why", "")))


@dataclass(frozen=True, slots=True)
class Verdict:
    """The policy engine's answer for one text: the decision, every reason, the safe HTML, the links."""

    decision: Decision
    reasons: tuple[Reason, ...]
    html: str
    links: tuple[LinkInfo, ...]

    @property
    def is_publish(self) -> bool:
        return self.decision is Decision.PUBLISH

    @property
    def is_hold(self) -> bool:
        return self.decision is Decision.HOLD

    @property
    def is_reject(self) -> bool:
        return self.decision is Decision.REJECT

    def rules(self) -> tuple[str, ...]:
        return tuple(r.rule for r in self.reasons)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (what a review item stores and the composer panel shows)."""
        return {"decision": self.decision.value, "reasons": [r.to_dict() for r in self.reasons],
                "html": self.html, "links": [link.to_dict() for link in self.links]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Verdict:
        return cls(decision=Decision(data["decision"]),
                   reasons=tuple(Reason.from_dict(r) for r in data.get("reasons", ())),
                   html=str(data.get("html", "")),
                   links=tuple(LinkInfo.from_dict(link) for link in data.get("links", ())))


@dataclass(frozen=True, slots=True)
class AuthorContext:
    """What the engine may know about the author, for account-level rules. All optional.

    ``role`` is one of visitor/member/moderator/admin. ``approved_comments`` counts the author's comments a
    moderator approved or that were published; the trust rule holds a new member's first comments until
    ``PolicySettings.new_member_review_count`` have been approved.
    """

    role: str = MEMBER
    approved_comments: int = 0
    email_verified: bool = True  # False: a local account that has not confirmed its address yet (held)

    @property
    def is_staff(self) -> bool:
        return self.role in (MODERATOR, ADMIN)


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """What an admin is told about one setting, and the values it may take (the one settings schema).

    ``kind`` is ``int``, ``float``, ``list`` (words or domains, one per line) or ``pins``. ``low``/``high``
    bound numbers (inclusive). The admin page, the settings validation and ``docs/policy.md`` read these;
    the default lives only on the dataclass field that carries the spec.
    """

    name: str
    kind: str
    label: str
    help: str
    default: Any
    low: float | None = None
    high: float | None = None


def setting(default: Any, label: str, help: str, low: float | None = None, high: float | None = None,
            *, factory: Any = None) -> Any:
    """A dataclass field carrying its :class:`SettingSpec` metadata (label, range, help)."""
    meta = {"label": label, "help": help, "low": low, "high": high}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def setting_specs(cls: type) -> tuple[SettingSpec, ...]:
    """The schema of a settings dataclass built with :func:`setting`, in field order."""
    specs = []
    sample = cls()
    for f in fields(cls):
        if "label" not in f.metadata:
            continue
        default = getattr(sample, f.name)
        kind = ("pins" if isinstance(default, Mapping) else "list" if isinstance(default, tuple)
                else "float" if isinstance(default, float) else "int")
        specs.append(SettingSpec(f.name, kind, f.metadata["label"], f.metadata["help"], default,
                                 f.metadata["low"], f.metadata["high"]))
    return tuple(specs)


@dataclass(frozen=True, slots=True)
class PolicySettings:
    """Every threshold, word list and domain pin the engine uses, with the community's defaults.

    Admins edit these (stored as JSON through :meth:`to_dict`/:meth:`from_dict`); moderators add domain pins.
    Unknown keys in stored JSON are ignored, missing keys take the defaults, so old stored settings keep
    loading after new fields are added. Each field carries its label, range and help (:func:`setting_specs`).
    """

    max_chars: int = setting(
        20_000, "Longest comment (characters)", "Longer comments are rejected before they are read at all.",
        100, 50_000)
    max_links: int = setting(
        1, "Links allowed per comment", "Distinct destinations a comment may carry; more is too many links.",
        0, 10)
    brief_word_limit: int = setting(
        20, "Brief under (words)", "Under this many words a comment needs a concrete specific to publish.",
        0, 200)
    english_ratio: float = setting(
        0.8, "Share of English words (0–1)",
        "A substantive comment with a smaller share of English words goes to a moderator.", 0.0, 1.0)
    new_member_review_count: int = setting(
        2, "New member's comments held", "A member's first comments are read by a moderator until this many "
        "have been approved.", 0, 100)
    max_depth: int = setting(
        5, "Reply depth", "Replies nest to this depth; deeper replies attach at the deepest level.", 1, 10)
    flood_per_minute: int = setting(
        3, "Comments per minute", "Faster posting is refused for a moment (0 turns the limit off).", 0, 100)
    flood_per_hour: int = setting(
        20, "Comments per hour", "Faster posting is refused for a while (0 turns the limit off).", 0, 1_000)
    domain_pins: Mapping[str, DomainPin] = setting(
        None, "Domain pins", "A moderator's standing decision about a domain (trusted, commercial or "
        "blocked); it overrides the heuristics.", factory=dict)
    extra_praise_phrases: tuple[str, ...] = setting(
        (), "Extra generic-praise phrases", "Added to the built-in phrases that say nothing specific.")
    extra_profanity: tuple[str, ...] = setting(
        (), "Extra profanity", "Added to the built-in list of mild profanity.")
    extra_shorteners: tuple[str, ...] = setting(
        (), "Extra URL-shortener domains", "Added to the built-in shorteners: their links are held.")
    extra_vendor_domains: tuple[str, ...] = setting(
        (), "Extra vendor domains", "Added to the built-in customer-service vendors: their articles are held.")
    site_domains: tuple[str, ...] = setting(
        (), "This forum's own host names", "Links to these hosts are internal: not counted, not held.")

    def with_pin(self, domain: str, pin: DomainPin) -> PolicySettings:
        pins = dict(self.domain_pins)
        pins[domain.lower()] = pin
        return replace(self, domain_pins=pins)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["domain_pins"] = {d: DomainPin(p).value for d, p in self.domain_pins.items()}
        for f in fields(self):
            if isinstance(data[f.name], tuple):
                data[f.name] = list(data[f.name])
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> PolicySettings:
        if not data:
            return cls()
        known = {f.name: f for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            default = getattr(_DEFAULTS, key)
            if key == "domain_pins":
                kwargs[key] = {str(d).lower(): DomainPin(p) for d, p in dict(value).items()}
            elif isinstance(default, tuple):
                kwargs[key] = tuple(str(v) for v in value)
            elif isinstance(default, bool):
                kwargs[key] = bool(value)
            elif isinstance(default, int):
                kwargs[key] = int(value)
            elif isinstance(default, float):
                kwargs[key] = float(value)
            else:
                kwargs[key] = value
        return cls(**kwargs)


_DEFAULTS = PolicySettings()
