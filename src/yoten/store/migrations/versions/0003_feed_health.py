"""Feed health and scheduling: last success, last warning, entries seen, consecutive
errors, the current poll interval and the next poll time.

Revision ID: 0003
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("last_success", TS))
        batch.add_column(sa.Column("last_warning", sa.Text))
        batch.add_column(sa.Column("entries_seen", sa.Integer))
        batch.add_column(
            sa.Column("consecutive_errors", sa.Integer, nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("poll_interval_s", sa.Integer))
        batch.add_column(sa.Column("next_poll_at", TS))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        for column in ("next_poll_at", "poll_interval_s", "consecutive_errors", "entries_seen",
                       "last_warning", "last_success"):  # fmt: skip
            batch.drop_column(column)
