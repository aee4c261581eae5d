"""Who may do what, as pure functions of a role (and a suspension flag).

Roles are ordered: visitor < member < moderator < admin. The UI may hide a button with these, but that is
cosmetic: every service and every HTTP route or event handler that changes data calls them again on the
server with the role it just resolved from the session cookie.

Invariants: unknown role strings rank as ``visitor`` (no rights); a suspended person may not post or
moderate whatever their role; nobody acts on an account that ranks as high as their own, except an admin
on another admin's role (so a site can have several admins and hand the role over).
"""

from __future__ import annotations

VISITOR = "visitor"
MEMBER = "member"
MODERATOR = "moderator"
ADMIN = "admin"

ROLES: tuple[str, ...] = (VISITOR, MEMBER, MODERATOR, ADMIN)
ACCOUNT_ROLES: tuple[str, ...] = (MEMBER, MODERATOR, ADMIN)  # roles an account can hold

_RANK = {role: rank for rank, role in enumerate(ROLES)}


def rank(role: str) -> int:
    """The role's position in the order; anything unknown counts as a visitor."""
    return _RANK.get(role, 0)


def is_member(role: str) -> bool:
    """True for anyone with an account (member, moderator or admin)."""
    return rank(role) >= rank(MEMBER)


def can_post(role: str, suspended: bool) -> bool:
    """Start threads and write comments."""
    return is_member(role) and not suspended


def can_edit_profile(role: str, suspended: bool) -> bool:
    """Change one's own display name and bio."""
    return is_member(role) and not suspended


def can_moderate(role: str, suspended: bool = False) -> bool:
    """Review held comments, remove content, suspend members."""
    return rank(role) >= rank(MODERATOR) and not suspended


def can_administer(role: str, suspended: bool = False) -> bool:
    """Change people's roles and the site's settings."""
    return rank(role) >= rank(ADMIN) and not suspended


def can_suspend(actor_role: str, target_role: str, actor_suspended: bool = False) -> bool:
    """Suspend or lift the suspension of someone: moderators act on members, admins on anyone below admin."""
    return can_moderate(actor_role, actor_suspended) and rank(actor_role) > rank(target_role)


def can_set_role(actor_role: str, target_role: str, new_role: str, actor_suspended: bool = False) -> bool:
    """Give an account ``new_role``: admins only, and only to a role an account can hold."""
    return can_administer(actor_role, actor_suspended) and new_role in ACCOUNT_ROLES and target_role in ROLES
