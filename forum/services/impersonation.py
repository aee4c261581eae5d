"""Refusing names that pass for a staff member's: a member may not look like a moderator or an admin.

Two names are the same "to the eye" when their *skeletons* match: Unicode-normalised (NFKC), case-folded,
accents removed, common look-alikes mapped to one letter (Cyrillic "а" and Latin "a", "0" and "o", "1",
"l" and "I", "rn" and "m", ...), and everything but letters and digits dropped. So "Sam 0kafor",
"sam_okafor", "Ѕаm Okаfor" and "S.A.M. Okafor" all read as "samokafor".

A name (display name or handle) is refused for anyone who is not staff when its skeleton equals a staff
member's display name or handle, or when it claims a staff title ("moderator", "admin", "staff",
"Frontline team", "official"), as a word of its own ("Badminton fan" is fine). Staff accounts are not
limited, and nobody is compared with themselves.
"""

from __future__ import annotations

import re
import unicodedata

from sqlmodel import Session, select

from forum.models import Role, User
from forum.policy.permissions import can_moderate
from forum.services.errors import InvalidInput

_LOOK_ALIKE = str.maketrans({
    "0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b",
    "@": "a", "$": "s",
    # Cyrillic and Greek letters that look Latin
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "l", "ї": "l", "ј": "j", "ѕ": "s", "ԁ": "d", "ɡ": "g", "һ": "h",
    "α": "a", "β": "b", "ε": "e", "ι": "l", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ʏ": "y",
})
STAFF_WORDS = frozenset({"moderator", "moderators", "admln", "admlnlstrator", "staff", "offlclal", "sysop"})
STAFF_NAMES = frozenset({"frontllne", "frontllneteam", "frontllnestaff", "frontllnesupport", "teamfrontllne"})


def skeleton(name: str) -> str:
    """What ``name`` looks like, reduced to compare look-alikes (see the module docstring)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = text.translate(_LOOK_ALIKE).replace("rn", "m").replace("vv", "w")
    return "".join(ch for ch in text if ch.isalnum())


def check_not_impersonating(session: Session, name: str, *, role: str, user_id: int | None = None,
                            what: str = "display name") -> None:
    """InvalidInput when a non-staff ``name`` reads as a staff member's name or handle, or as a staff title."""
    if can_moderate(role):
        return
    shape = skeleton(name)
    if not shape:
        return
    words = {skeleton(word) for word in re.split(r"[\W_]+", unicodedata.normalize("NFKC", name))}
    if words & STAFF_WORDS or shape in STAFF_NAMES:
        raise InvalidInput(f"That {what} reads like a staff title; please choose another.")
    query = select(User.id, User.display_name, User.handle).where(User.role.in_((Role.MODERATOR, Role.ADMIN)))
    if user_id is not None:
        query = query.where(User.id != user_id)
    for _, staff_name, staff_handle in session.exec(query).all():
        if shape in (skeleton(staff_name), skeleton(staff_handle)):
            raise InvalidInput(f"That {what} looks like the name of a member of staff (“{staff_name}”); "
                               "please choose another.")

