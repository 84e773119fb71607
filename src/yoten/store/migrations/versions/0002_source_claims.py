"""Source claims: a lease (owner, expiry) so that concurrent runs never work on one source twice.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("sources", sa.Column("claimed_by", sa.String(100)))
    op.add_column("sources", sa.Column("claimed_until", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("claimed_until")
        batch.drop_column("claimed_by")
