"""registrations: where each account was created from, for the registration rate limits

Revision ID: 0003_registrations
Revises: 0002
Create Date: 2026-11-29 11:30:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0003_registrations'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'registrations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('client_ip', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('network', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_registrations_ip_time', 'registrations', ['client_ip', 'created_at'], unique=False)
    op.create_index('ix_registrations_network_time', 'registrations', ['network', 'created_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_registrations_network_time', table_name='registrations')
    op.drop_index('ix_registrations_ip_time', table_name='registrations')
    op.drop_table('registrations')
