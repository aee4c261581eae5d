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
    """What kind of destination a link leads to (policy.md §2)."""

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

    ``rule`` uses the vocabulary of policy.md §4 (``too_brief``, ``commercial_link`` ...) plus the product's
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

    role: str = "member"
    approved_comments: int = 0
    rejected_comments: int = 0
    reported_comments: int = 0
    email_domain: str | None = None
    email_verified: bool = True  # False: a local account that has not confirmed its address yet (held)

    @property
    def is_staff(self) -> bool:
        return self.role in ("moderator", "admin")


@dataclass(frozen=True, slots=True)
class PolicySettings:
    """Every threshold, word list and domain pin the engine uses, with the community's defaults.

    Admins edit these (stored as JSON through :meth:`to_dict`/:meth:`from_dict`); moderators add domain pins.
    Unknown keys in stored JSON are ignored, missing keys take the defaults, so old stored settings keep
    loading after new fields are added.
    """

    max_chars: int = 20_000  # longer input is rejected before any parsing (bleach is quadratic on attributes)
    max_links: int = 1  # distinct destinations allowed; more is ``too_many_links``
    brief_word_limit: int = 20  # under this many words a comment needs a concrete specific to publish
    english_ratio: float = 0.8  # share of English words below which a substantive comment is held
    new_member_review_count: int = 2  # a member's first N comments are held until approved
    max_depth: int = 5  # replies nest to this depth; deeper replies attach at the deepest level
    flood_per_minute: int = 3
    flood_per_hour: int = 20
    domain_pins: Mapping[str, DomainPin] = field(default_factory=dict)  # registrable domain → pin
    extra_praise_phrases: tuple[str, ...] = ()  # added to the built-in generic-praise phrases
    extra_profanity: tuple[str, ...] = ()  # added to the built-in mild-profanity list
    extra_shorteners: tuple[str, ...] = ()  # added to the built-in URL-shortener domains
    extra_vendor_domains: tuple[str, ...] = ()  # added to the built-in customer-service vendor domains
    site_domains: tuple[str, ...] = ()  # this forum's own host names: links there are internal

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
            default = getattr(cls(), key)
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
