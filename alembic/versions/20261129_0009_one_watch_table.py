"""one watch table: mail's thread_watches folds into community's watches

Mail kept its own list of who follows a thread (``thread_watches``, filled when a member commented) beside
the community feature's ``watches`` (watch / track / mute levels on threads and boards). Two lists for one
idea disagreed: a member who muted a thread still got its mail. Every ``thread_watches`` row becomes a
*watching* row of ``watches`` unless the member already chose a level for that thread (their choice
stands), and the old table goes. Downgrade rebuilds it from the *watching* thread rows. Written by hand.

Revision ID: 0009_one_watch_table
Revises: 0008_profile_changes
Create Date: 2026-11-29 14:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0009_one_watch_table'
down_revision: str | None = '0008_profile_changes'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO watches (user_id, target_kind, target_id, level, created_at) "
        "SELECT tw.user_id, 'thread', tw.thread_id, 'watching', tw.created_at FROM thread_watches tw "
        "WHERE NOT EXISTS (SELECT 1 FROM watches w WHERE w.user_id = tw.user_id "
        "AND w.target_kind = 'thread' AND w.target_id = tw.thread_id)")
    with op.batch_alter_table('thread_watches', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_thread_watches_user_id'))
    op.drop_table('thread_watches')


def downgrade() -> None:
    op.create_table('thread_watches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('thread_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['thread_id'], ['threads.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('thread_id', 'user_id', name='uq_thread_watch')
    )
    with op.batch_alter_table('thread_watches', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_thread_watches_user_id'), ['user_id'], unique=False)
    op.execute(
        "INSERT INTO thread_watches (thread_id, user_id, created_at) "
        "SELECT target_id, user_id, created_at FROM watches WHERE target_kind = 'thread' AND level = 'watching'")
