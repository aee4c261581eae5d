"""The audit log's one writer: every moderator or admin action leaves one :class:`ModAction` row through here.

Modelled on Zulip's ``do_*`` functions: the acting user is explicit (``acting_user``) and the action is a
typed :class:`~forum.models.AuditAction`, so the moderation log's filter and the writers share one
vocabulary. ``detail`` is free-form context (the rules that held it, the previous text...) stored as JSON.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlmodel import Session

from forum.models import AuditAction, AuditTarget, ModAction, User


def record_action(session: Session, *, acting_user: User, action: AuditAction, target: AuditTarget,
                  target_id: object, reason: str = "", detail: Mapping[str, object] | None = None) -> ModAction:
    """Add the audit row for ``acting_user`` doing ``action`` to ``target`` #``target_id`` (not flushed)."""
    row = ModAction(actor_id=acting_user.id, action=action, target_type=target, target_id=str(target_id),
                    reason=reason, detail_json=json.dumps(dict(detail or {}), default=str))
    session.add(row)
    return row
