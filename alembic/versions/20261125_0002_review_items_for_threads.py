"""review items for held thread openings

A thread whose opening post the policy holds is saved ``pending`` with a review item that points at the
thread: ``review_items.thread_id`` (nullable, indexed, FK to threads) is added and ``comment_id`` becomes
nullable. Written by hand, batch mode so SQLite can rebuild the table.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('thread_id', sa.Integer(), nullable=True))
        batch_op.alter_column('comment_id', existing_type=sa.Integer(), nullable=True)
        batch_op.create_index(batch_op.f('ix_review_items_thread_id'), ['thread_id'], unique=False)
        batch_op.create_foreign_key('fk_review_items_thread_id_threads', 'threads', ['thread_id'], ['id'])


def downgrade() -> None:
    # Items about thread openings have no comment to point at once the column is gone.
    op.execute("DELETE FROM review_items WHERE comment_id IS NULL")
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.drop_constraint('fk_review_items_thread_id_threads', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_review_items_thread_id'))
        batch_op.alter_column('comment_id', existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column('thread_id')
