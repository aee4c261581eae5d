"""Every other field a member writes goes through the policy: thread titles, display names, profile bios.

The policy decides (:mod:`forum.policy.fields`); this module turns its verdict into what each use case does,
with the settings in force (:func:`~forum.services.policy_settings.current_policy`) and the writer's trust
record (:func:`~forum.services.actors.author_context`). Invariants:

- A thread title is judged by ``review_title`` and its reasons join the opening post's verdict
  (:func:`with_title`), each message prefixed "In the title:", so a link or an advert in a title rejects
  the thread and contact details or strong language hold it, exactly as in the post; the queue shows them.
- A display name and a bio have no moderator queue: anything short of *publish* refuses the save
  (:class:`InvalidInput`, nothing written) with every reason in words, never a rule id. What would only hold
  a comment is said as what to change (the label and the fix), since nobody will look at it later.
- An OpenID first sign-in never fails on the name its provider sent: :func:`name_or_fallback` gives the
  handle (or a plain "New member") instead, and the member can change it on their profile.
"""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from forum.models import User
from forum.policy import AuthorContext, Decision, PolicySettings, Reason, Verdict
from forum.policy.fields import review_bio, review_display_name, review_title
from forum.policy.rules import BY_ID, label
from forum.services.actors import author_context
from forum.services.errors import InvalidInput
from forum.services.policy_settings import current_policy

FALLBACK_NAME = "New member"
TITLE_PREFIX = "In the title: "
# What a reason that would only *hold* a comment asks of a profile field, which nobody reviews later.
_PROFILE_HOLDS = {
    "new_member": "A new member's profile can't link anywhere yet: after your first approved comments it "
                  "can. Save it without the link for now.",
    "contact_info": "Profiles don't show email addresses or phone numbers: remove them; members reach each "
                    "other in the comments.",
    "profanity": "Please say it without the strong language.",
    "non_english": "Please write it in English, the language of the discussions here.",
}


def _in_words(reason: Reason) -> str:
    """One reason as the member reads it on a field without a queue."""
    if reason.outcome is Decision.REJECT:
        return reason.message
    rule = BY_ID.get(reason.rule)
    fix = f" {rule.fix}" if rule is not None else ""
    return _PROFILE_HOLDS.get(reason.rule, f"{label(reason.rule)}:{fix}")


def refusal_message(verdict: Verdict, what: str) -> str:
    """"Your <what> was not saved: …" with every reason that keeps it from publishing, in words."""
    parts = list(dict.fromkeys(_in_words(r) for r in verdict.reasons if r.outcome is not Decision.PUBLISH))
    return f"Your {what} was not saved: " + " ".join(parts)


def _require_publish(verdict: Verdict, what: str) -> Verdict:
    if not verdict.is_publish:
        raise InvalidInput(refusal_message(verdict, what))
    return verdict


def check_display_name(session: Session, name: str, *, author: AuthorContext | None = None,
                       settings: PolicySettings | None = None) -> None:
    """InvalidInput, with the reasons in words, unless the policy publishes ``name`` as a display name."""
    settings = settings or current_policy(session)
    _require_publish(review_display_name(name, settings=settings, author=author), "display name")


def name_or_fallback(session: Session, name: str, handle: str) -> str:
    """``name`` when the policy accepts it, else the handle, else :data:`FALLBACK_NAME`; never raises.

    For an OpenID first sign-in, where refusing would block the sign-in itself.
    """
    settings = current_policy(session)
    author = AuthorContext()
    for candidate in (name, handle):
        if candidate and review_display_name(candidate, settings=settings, author=author).is_publish:
            return candidate
    return FALLBACK_NAME


def reviewed_bio_html(session: Session, bio: str, user: User) -> str:
    """The bio's sanitised HTML when the policy publishes it for ``user``; InvalidInput with reasons otherwise.

    An empty bio is allowed (it clears the profile) and renders as "".
    """
    if not bio:
        return ""
    verdict = review_bio(bio, settings=current_policy(session), author=author_context(user))
    return _require_publish(verdict, "bio").html


def _in_title(reason: Reason) -> Reason:
    return replace(reason, message=TITLE_PREFIX + reason.message, evidence=reason.evidence)


def title_verdict(title: str, *, settings: PolicySettings, author: AuthorContext) -> Verdict:
    """The title's verdict, its messages saying they are about the title."""
    verdict = review_title(title, settings=settings, author=author)
    return replace(verdict, reasons=tuple(_in_title(r) for r in verdict.reasons))


def with_title(title: Verdict, post: Verdict) -> Verdict:
    """The thread's verdict: the most severe of the two, title reasons first within each outcome.

    The HTML and links are the post's (a title has neither).
    """
    reasons = sorted(title.reasons + post.reasons, key=lambda r: -r.outcome.severity)  # stable
    return Verdict(Decision.most_severe([title.decision, post.decision]), tuple(reasons), post.html, post.links)
