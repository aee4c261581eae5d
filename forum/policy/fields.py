"""The policy for the other fields a member writes: thread titles, display names and profile bios.

A comment is judged by every rule; these fields get the rules that fit them (issue 12), through the same
:class:`~forum.policy.context.Context` and rule checks, so a title is not told it is "too brief" but cannot
carry a link, and a bio may link once, to the same kinds of destination a comment may:

- ``review_title`` and ``review_display_name``: no links at all (``link_in_field``, reject — brand domains
  included), no advertising, no self-promotion; contact details, strong language and text not mainly in
  English go to a moderator, as in a comment.
- ``review_bio``: the link rules of a comment (one destination, never commercial; vendor articles, shop
  listings, hidden and non-article destinations held), advertising and contact details as in a comment,
  strong language held; and the trust rule: while a member is new, a bio with a link waits for a moderator.

Pure and deterministic like :func:`forum.policy.review_comment`; every verdict's ``html`` is empty except a
bio's (rendered like a comment).
"""

from __future__ import annotations

from forum.policy.context import Context, build_context
from forum.policy.english import english_share
from forum.policy.field_rules import LINK_IN_FIELD
from forum.policy.review import verdict_of
from forum.policy.rules import account, advertising, contact, link_count, link_kinds, profanity, promotion, size
from forum.policy.rules.language import MIN_WORDS
from forum.policy.rules.language import RULE as NON_ENGLISH
from forum.policy.sanitize import render_comment
from forum.policy.text import normalise, quote
from forum.policy.types import AuthorContext, PolicySettings, Reason, Verdict

_DEFAULTS = PolicySettings()

def _link_in_field(ctx: Context, what: str) -> Reason | None:
    if not ctx.found:
        return None
    return LINK_IN_FIELD.reason(f"A {what} can't contain a link or a web address. Remove it; one link to an "
                                "educational article can go in the post itself.",
                                ", ".join(quote(f.raw, 40) for f in ctx.found[:3]))


def _strong_language(ctx: Context) -> Reason | None:
    found, aimed = profanity.found_words(ctx.text, ctx.substance.norms, ctx.settings.extra_profanity)
    if not found and not aimed:
        return None
    return profanity.RULE.reason("A moderator will read this first because of its language.",
                                 ", ".join((aimed or found)[:3]))


def _not_english(ctx: Context) -> Reason | None:
    share, counted, sample = english_share(ctx.substance.raw_words)
    if counted < MIN_WORDS or share >= ctx.settings.english_ratio:
        return None
    return NON_ENGLISH.reason("A moderator who reads the language will check this first; discussions here are "
                              "in English.", f"{round(share * 100)}% English; e.g. " + ", ".join(sample))


def _context(text: str, settings: PolicySettings | None, author: AuthorContext | None) -> Context | Verdict:
    settings = settings or _DEFAULTS
    oversized = size.check_too_long(text, settings) or size.check_too_complex(text)
    if oversized:
        return verdict_of([oversized], "", (), author)
    normalised = normalise(text)
    empty = size.check_empty(normalised)
    if empty:
        return verdict_of([empty], "", (), author)
    return build_context(text, normalised, settings, author)


def _short_field(text: str, what: str, settings: PolicySettings | None, author: AuthorContext | None) -> Verdict:
    ctx = _context(text, settings, author)
    if isinstance(ctx, Verdict):
        return ctx
    promoted = None if ctx.found else promotion.check(ctx)  # a link is already refused on its own
    checks = (_link_in_field(ctx, what), advertising.check(ctx), promoted, contact.check(ctx),
              _strong_language(ctx), _not_english(ctx))
    return verdict_of([r for r in checks if r is not None], "", (), author)


def review_title(text: str, *, settings: PolicySettings | None = None,
                 author: AuthorContext | None = None) -> Verdict:
    """Judge a thread title: no links, no advertising or self-promotion; held for contact, language."""
    return _short_field(text, "title", settings, author)


def review_display_name(text: str, *, settings: PolicySettings | None = None,
                        author: AuthorContext | None = None) -> Verdict:
    """Judge a display name by the title's rules."""
    return _short_field(text, "display name", settings, author)


def _new_member_link(ctx: Context) -> Reason | None:
    author, needed = ctx.author, ctx.settings.new_member_review_count
    if not ctx.offered or author is None or author.is_staff or author.approved_comments >= needed:
        return None
    return account.NEW_MEMBER.reason(
        "A moderator reads a new member's profile link before it appears; after your first approved comments "
        "it publishes directly.", quote(ctx.offered[0].info.url, 60))


def review_bio(text: str, *, settings: PolicySettings | None = None,
               author: AuthorContext | None = None) -> Verdict:
    """Judge a profile bio: a comment's link rules, advertising, contact details, language and trust."""
    ctx = _context(text, settings, author)
    if isinstance(ctx, Verdict):
        return ctx
    checks: list[Reason | None] = [link_count.check_too_many(ctx), link_kinds.check_commercial(ctx)]
    checks += [held.check(ctx) for held in link_kinds.HELD.values() if held.check is not None]
    checks += [link_count.check_duplicate(ctx), advertising.check(ctx), contact.check(ctx),
               _strong_language(ctx), _new_member_link(ctx)]
    return verdict_of([r for r in checks if r is not None], render_comment(text),
                      tuple(lk.info for lk in ctx.links), author)
