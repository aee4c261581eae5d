"""profile changes: when the name or picture shown beside a member's posts last changed

``users.profile_changed_at`` is nullable (no change since joining) and indexed, so the newest change of all
is one index lookup: cached public pages put it in their key, and an avatar or name change shows at once.

Revision ID: 0008_profile_changes
Revises: 0006_community
Create Date: 2026-11-29 14:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0008_profile_changes'
down_revision: str | None = '0006_community'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('profile_changed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True))
        batch_op.create_index(batch_op.f('ix_users_profile_changed_at'), ['profile_changed_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_profile_changed_at'))
        batch_op.drop_column('profile_changed_at')
