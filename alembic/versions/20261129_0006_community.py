"""community: reactions, watches and bookmarks

Three new tables, each pointing at its target by (target_kind, target_id). Written by hand.

Revision ID: 0006_community
Revises: 0003_registrations
Create Date: 2026-11-29 12:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0006_community'
down_revision: str | None = '0007_submission_keys'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'reactions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('target_kind', sa.String(length=16), nullable=False),
        sa.Column('target_id', sa.Integer(), nullable=False),
        sa.Column('thread_id', sa.Integer(), nullable=False),
        sa.Column('recipient_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.ForeignKeyConstraint(['thread_id'], ['threads.id']),
        sa.ForeignKeyConstraint(['recipient_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'target_kind', 'target_id', 'kind', name='uq_reactions_user_target_kind'),
    )
    op.create_index('ix_reactions_thread', 'reactions', ['thread_id', 'target_kind', 'target_id'], unique=False)
    op.create_index('ix_reactions_recipient', 'reactions', ['recipient_id'], unique=False)
    op.create_index('ix_reactions_user_time', 'reactions', ['user_id', 'created_at'], unique=False)
    op.create_table(
        'watches',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('target_kind', sa.String(length=16), nullable=False),
        sa.Column('target_id', sa.Integer(), nullable=False),
        sa.Column('level', sa.String(length=16), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'target_kind', 'target_id', name='uq_watches_user_target'),
    )
    op.create_index('ix_watches_target', 'watches', ['target_kind', 'target_id', 'level'], unique=False)
    op.create_table(
        'bookmarks',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('target_kind', sa.String(length=16), nullable=False),
        sa.Column('target_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('user_id', 'target_kind', 'target_id', name='uq_bookmarks_user_target'),
    )
    op.create_index('ix_bookmarks_user_time', 'bookmarks', ['user_id', 'created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_bookmarks_user_time', table_name='bookmarks')
    op.drop_table('bookmarks')
    op.drop_index('ix_watches_target', table_name='watches')
    op.drop_table('watches')
    op.drop_index('ix_reactions_user_time', table_name='reactions')
    op.drop_index('ix_reactions_recipient', table_name='reactions')
    op.drop_index('ix_reactions_thread', table_name='reactions')
    op.drop_table('reactions')
