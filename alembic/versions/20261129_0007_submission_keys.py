"""submission keys: a comment remembers the Publish press that sent it, so a resend never stores it twice

``comments.submission_key`` is nullable (comments sent before this revision, and by the command line, have
none) and unique together with the author, so the same key from two members never collides and two
concurrent sends of one key store one comment.

Revision ID: 0007_submission_keys
Revises: 0005_mail
Create Date: 2026-11-29 12:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op


revision: str = '0007_submission_keys'
down_revision: str | None = '0005_mail'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('submission_key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True))
        batch_op.create_index('ux_comments_author_submission', ['author_id', 'submission_key'], unique=True)


def downgrade() -> None:
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ux_comments_author_submission')
        batch_op.drop_column('submission_key')
