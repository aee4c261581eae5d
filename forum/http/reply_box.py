"""The plain reply form a member's thread page carries (``reply_box.html``), for a browser without the app."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field


def new_reply_key() -> str:
    """A submission key for one rendering of the form: a resend of that press stores one comment."""
    return secrets.token_urlsafe(12)


@dataclass(frozen=True)
class ReplyBox:
    """The plain reply form: where it posts, its CSRF token, its submission key, and what it holds."""

    action: str
    token: str
    key: str = field(default_factory=new_reply_key)
    text: str = ""
    parent: int = 0
