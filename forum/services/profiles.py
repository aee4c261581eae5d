"""Member profiles: reading one (``/u/<handle>``) and editing one's own display name and bio.

Reading costs two queries whatever the member's history: the member, and their latest published comments
in published threads (joined to the thread for its title and link). The bio is stored twice: ``bio`` as
typed (for the edit form) and ``bio_html``, the policy sanitiser's rendering, which is the only form ever
given to ``rx.html``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlmodel import Session, select

from forum.models import Comment, Reaction, Thread, User, published_comments, published_threads, utcnow
from forum.policy.permissions import can_edit_profile
from forum.services.accounts import AccountView, clean_display_name, view_of
from forum.services.actors import author_context
from forum.services.errors import InvalidInput, NotFound, PermissionDenied
from forum.services.field_review import check_display_name, reviewed_bio_html
from forum.services.impersonation import check_not_impersonating
from forum.services.sessions import is_suspended
from forum.services.timefmt import as_utc, iso, relative_time

MAX_BIO = 2000
RECENT_COMMENTS = 10


@dataclass
class RecentComment:
    id: int
    thread_slug: str
    thread_title: str
    html: str
    created: str
    created_iso: str


@dataclass
class ProfileView:
    """A member as their profile page shows them."""

    handle: str
    display_name: str
    role: str
    bio: str
    bio_html: str
    joined: str  # "March 2026"
    joined_iso: str
    comment_count: int
    thread_count: int
    suspended: bool
    recent: list[RecentComment] = field(default_factory=list)
    reactions_received: int = 0  # reactions others gave their posts (part of their trust record)
    avatar_url: str = ""  # the avatar's URL stem ("" for the initials avatar)


def get_profile(session: Session, handle: str, limit: int = RECENT_COMMENTS) -> ProfileView:
    """@handle's profile with their ``limit`` latest published comments; NotFound for no such member."""
    received = (select(sa.func.count()).select_from(Reaction).where(Reaction.recipient_id == User.id)
                .correlate(User).scalar_subquery())
    row = session.exec(select(User, received).where(sa.func.lower(User.handle) == handle.strip().lower())).first()
    if row is None:
        raise NotFound("There is no member with that handle.")
    user, reactions = row
    rows = session.exec(
        select(Comment.id, Thread.slug, Thread.title, Comment.html, Comment.created_at)
        .join(Thread, Thread.id == Comment.thread_id)
        .where(Comment.author_id == user.id, published_comments(), published_threads())
        .order_by(Comment.created_at.desc(), Comment.id.desc())
        .limit(limit)
    ).all()
    recent = [RecentComment(id=cid, thread_slug=slug, thread_title=title, html=html,
                            created=relative_time(created), created_iso=iso(created))
              for cid, slug, title, html, created in rows]
    return ProfileView(handle=user.handle, display_name=user.display_name, role=user.role, bio=user.bio,
                       bio_html=user.bio_html, joined=as_utc(user.created_at).strftime("%B %Y"),
                       joined_iso=iso(user.created_at), comment_count=user.comment_count,
                       thread_count=user.thread_count, suspended=is_suspended(user), recent=recent,
                       reactions_received=reactions or 0, avatar_url=user.avatar_url or "")


def update_profile(session: Session, user_id: int, *, display_name: str, bio: str) -> AccountView:
    """Change the member's own display name and bio; both go through the policy before anything is written.

    The name by the display-name rules, the bio by the bio rules with the member's trust record (a new
    member's bio link, a commercial link, an advert are refused): InvalidInput says why in words, and
    nothing changes. The bio's HTML is the policy's rendering (the sanitiser's).
    """
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("That account no longer exists.")
    if not can_edit_profile(user.role, is_suspended(user)):
        raise PermissionDenied("You cannot edit this profile right now.")
    name = clean_display_name(display_name)
    check_not_impersonating(session, name, role=user.role, user_id=user.id)
    bio = bio.replace("\r\n", "\n").strip()
    if len(bio) > MAX_BIO:
        raise InvalidInput(f"A bio is at most {MAX_BIO} characters (this one has {len(bio)}).")
    if name != user.display_name:  # a name the policy accepted before (or staff gave) is not judged again
        check_display_name(session, name, author=author_context(user))
        user.profile_changed_at = utcnow()  # the name beside their posts: cached pages drawn with it expire
    bio_html = user.bio_html if bio == user.bio and bio else reviewed_bio_html(session, bio, user)
    user.display_name, user.bio, user.bio_html = name, bio, bio_html
    session.add(user)
    session.flush()
    return view_of(user)
