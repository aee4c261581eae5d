"""Posting: preview a comment, reply in a thread, start a thread (edit and delete live in ``editing``).

Each use case follows the check/do split: ``_check_*`` loads and validates everything (the actor may
post, the thread and parent exist, belong together and are open; flood control) and raises a typed error
or returns a refusal; only then does the ``do`` part write. The server always reviews the text again with
:func:`forum.policy.review_comment` (the composer's live verdict is advice, never trusted); the review of a
text just previewed comes from ``review_memo``, computed by the server itself, never sent by the browser.

Outcomes: publish → saved published, counters moved (``lifecycle``), the answered author notified;
hold → saved pending (visible to its author and moderators) with a review item carrying the reasons;
reject → nothing saved, the reasons returned, the draft kept. A saved comment clears the draft.

Exactly once: ``post_comment`` takes the browser's ``idempotency_key`` for one press of Publish. The comment
stores it (unique with its author), so a resend of the same press — the confirmation was lost, the
connection came back, two sends raced — answers the first comment's outcome instead of storing a second.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Board, Comment, CommentStatus, Tag, Thread, ThreadStatus, ThreadTag, User, utcnow
from forum.policy import Decision, PolicySettings, Verdict, flood_reason
from forum.policy.flood import FLOOD_CONTROL
from forum.services.actors import author_context, is_staff, require_poster
from forum.services.drafts import clear_draft
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.field_review import title_verdict, with_title
from forum.services.lifecycle import add_comment, add_thread
from forum.services.policy_settings import current_policy
from forum.services.review_memo import review_once
from forum.services.submission_keys import existing_outcome, require_key
from forum.services.validation import optional_id, require_id, require_text
from forum.services.verdicts import (
    Outcome,
    VerdictView,
    author_flood_wait,
    open_review_item,
    outcome,
    outcome_message,
    rejection,
)
from forum.services.watching import check_mentions, notify_new_comment, watch_by_default

__all__ = ["post_comment", "preview_comment", "start_thread"]

TITLE_MIN, TITLE_MAX, MAX_TAGS = 5, 200, 5
_SLUG_MAX = 80


def _judge(session: Session, actor: User, text: str, now: datetime) -> tuple[Verdict, PolicySettings, int]:
    """Flood control first (a refusal, nothing else, with the seconds until the author may post again), then
    the content and account rules (0 seconds)."""
    settings = current_policy(session)
    wait = author_flood_wait(session, author_id=actor.id, staff=is_staff(actor), now=now, settings=settings)
    if wait is not None:
        return rejection(flood_reason(wait)), settings, wait.seconds
    return review_once(text, settings=settings, author=author_context(actor)), settings, 0


def preview_comment(session: Session, *, actor_id: int | None, text: str) -> VerdictView:
    """The verdict the server would give this text from this member right now; saves nothing."""
    actor = require_poster(session, actor_id)
    if not isinstance(text, str):
        raise InvalidInput("The comment must be text.")
    verdict, _, retry_after = _judge(session, actor, text, utcnow())
    return VerdictView.of(verdict, retry_after=retry_after)


def _check_reply(session: Session, actor: User, thread_id: int, parent_id: int | None
                 ) -> tuple[Thread, Comment | None]:
    thread = session.get(Thread, require_id(thread_id, "thread"))
    if thread is None or thread.status == ThreadStatus.REMOVED:
        raise NotFound("That thread does not exist, or it has been removed.")
    if thread.status != ThreadStatus.PUBLISHED:
        raise InvalidInput("This thread is awaiting review; replies open once a moderator approves it.")
    if thread.locked and not is_staff(actor):
        raise PermissionDenied("This thread is locked: it no longer takes replies.")
    parent_id = optional_id(parent_id, "comment")
    if parent_id is None:
        return thread, None
    parent = session.get(Comment, parent_id)
    if parent is None:
        raise NotFound("The comment you are replying to does not exist.")
    if parent.thread_id != thread.id:
        raise InvalidInput("The comment you are replying to belongs to another thread.")
    if parent.status != CommentStatus.PUBLISHED:
        raise InvalidInput("You can only reply to a published comment.")
    return thread, parent


def post_comment(session: Session, *, actor_id: int | None, thread_id: int, text: str,
                 parent_id: int | None = None, now: datetime | None = None,
                 idempotency_key: str | None = None) -> Outcome:
    """Reply in a thread (to ``parent_id``, or to the thread itself) as ``actor_id``.

    With ``idempotency_key``, a second call by the same author with the same key returns the first call's
    comment (published or held) and stores nothing; a rejected call stored nothing, so its key stays free.
    """
    actor = require_poster(session, actor_id)
    key = require_key(idempotency_key)
    if key is not None and (earlier := existing_outcome(session, author_id=actor.id, key=key)) is not None:
        return earlier
    thread, parent = _check_reply(session, actor, thread_id, parent_id)
    if not isinstance(text, str):
        raise InvalidInput("The comment must be text.")
    now = now or utcnow()
    verdict, settings, retry_after = _judge(session, actor, text, now)
    if verdict.is_reject:
        return outcome(verdict, message=outcome_message(Decision.REJECT), retry_after=retry_after)
    check_mentions(text, trusted=is_staff(actor) or actor.approved_count >= settings.new_member_review_count)
    status = CommentStatus.PUBLISHED if verdict.is_publish else CommentStatus.PENDING
    # first write of the transaction (on SQLite it opens it, so the savepoint below nests inside it)
    clear_draft(session, user_id=actor.id, thread_id=thread.id)
    try:
        with session.begin_nested():  # the same press sent twice at once: the second finds the first's comment
            comment = add_comment(session, thread=thread, author=actor, source=text, html=verdict.html,
                                  status=status, parent=parent, max_depth=settings.max_depth, created_at=now,
                                  submission_key=key)
    except sa.exc.IntegrityError:
        if key is None:
            raise
        earlier = existing_outcome(session, author_id=actor.id, key=key)
        if earlier is None:
            raise
        return earlier
    if verdict.is_publish:
        notify_new_comment(session, comment=comment, thread=thread, author=actor)
    else:
        open_review_item(session, verdict=verdict, thread=thread, comment=comment, created_at=now)
    watch_by_default(session, user_id=actor.id, thread_id=thread.id)
    session.flush()
    return outcome(verdict, comment_id=comment.id, message=outcome_message(verdict.decision.value))


def slugify(title: str) -> str:
    """A readable URL slug: ASCII letters and digits joined by hyphens ("thread" when nothing is left)."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:_SLUG_MAX].strip("-")
    return slug or "thread"


def unique_slug(session: Session, title: str) -> str:
    """``slugify(title)``, with ``-2``, ``-3``… appended when taken (one query)."""
    base = slugify(title)
    taken = set(session.exec(select(Thread.slug).where(Thread.slug.startswith(base, autoescape=True))))
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _check_tags(session: Session, tags: Sequence[str]) -> list[Tag]:
    if isinstance(tags, str) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput("Tags must be a list of tag names.")
    wanted = list(dict.fromkeys(t.strip().lower() for t in tags if t.strip()))
    if len(wanted) > MAX_TAGS:
        raise InvalidInput(f"A thread can carry up to {MAX_TAGS} tags.")
    if not wanted:
        return []
    found = session.exec(select(Tag).where(Tag.slug.in_(wanted) | sa.func.lower(Tag.name).in_(wanted))).all()
    known = {t.slug for t in found} | {t.name.lower() for t in found}
    unknown = [t for t in wanted if t not in known]
    if unknown:
        raise InvalidInput(f"There is no tag called “{unknown[0][:40]}”.")
    return list({t.id: t for t in found}.values())


def start_thread(session: Session, *, actor_id: int | None, board_slug: str, title: str, text: str,
                 tags: Sequence[str] = (), now: datetime | None = None) -> Outcome:
    """Start a thread in ``board_slug``; its opening post goes through the same review as a comment.

    The title goes through the title rules (:func:`forum.services.field_review.title_verdict`: no links, no
    advert or push; contact details, strong language held) and its reasons join the post's verdict.
    Hold → the thread is saved ``pending`` (its author and moderators see it) with a review item pointing
    at the thread; reject → nothing is saved.
    """
    actor = require_poster(session, actor_id)
    if not isinstance(board_slug, str) or len(board_slug) > 64:
        raise NotFound("That board does not exist.")
    board = session.exec(select(Board).where(Board.slug == board_slug)).first()
    if board is None:
        raise NotFound(f"There is no board called “{board_slug}”.")
    title = " ".join(require_text(title, "title", min_chars=TITLE_MIN, max_chars=TITLE_MAX).split())
    if len(title) < TITLE_MIN:
        raise InvalidInput(f"The title needs at least {TITLE_MIN} characters.")
    tag_rows = _check_tags(session, tags)
    if not isinstance(text, str):
        raise InvalidInput("The opening post must be text.")
    now = now or utcnow()
    verdict, settings, retry_after = _judge(session, actor, text, now)
    if verdict.rules() != (FLOOD_CONTROL.id,):  # posting too fast refuses alone, before any content review
        verdict = with_title(title_verdict(title, settings=settings, author=author_context(actor)), verdict)
    if verdict.is_reject:
        return outcome(verdict, message=outcome_message(Decision.REJECT, what="thread"), retry_after=retry_after)
    status = ThreadStatus.PUBLISHED if verdict.is_publish else ThreadStatus.PENDING
    thread = add_thread(session, board=board, author=actor, slug=unique_slug(session, title), title=title,
                        source=text, html=verdict.html, status=status, created_at=now)
    session.add_all([ThreadTag(thread_id=thread.id, tag_id=tag.id) for tag in tag_rows])
    watch_by_default(session, user_id=actor.id, thread_id=thread.id)
    if verdict.is_hold:
        open_review_item(session, verdict=verdict, thread=thread, created_at=now)
    session.flush()
    return outcome(verdict, message=outcome_message(verdict.decision.value, what="thread"), thread_id=thread.id,
                   slug=thread.slug)
