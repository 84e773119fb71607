"""sources.feed_id: the feed of a source as a foreign key, not as origin = "feed:<name>".

Existing sources whose origin names a feed that still exists point at it and
their origin becomes ``feed``; a source of a feed removed before this
migration keeps its old origin text (there is nothing left to point at).
Removing a feed leaves its sources with no feed (ON DELETE SET NULL).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("feed_id", sa.Integer))
        batch.create_foreign_key(
            "fk_sources_feed_id_feeds", "feeds", ["feed_id"], ["id"], ondelete="SET NULL"
        )
    op.execute(
        "UPDATE sources SET feed_id = "
        "(SELECT feeds.id FROM feeds WHERE 'feed:' || feeds.name = sources.origin) "
        "WHERE origin LIKE 'feed:%'"
    )
    op.execute("UPDATE sources SET origin = 'feed' WHERE feed_id IS NOT NULL")


def downgrade() -> None:
    op.execute(
        "UPDATE sources SET origin = "
        "(SELECT 'feed:' || feeds.name FROM feeds WHERE feeds.id = sources.feed_id) "
        "WHERE feed_id IS NOT NULL"
    )
    with op.batch_alter_table("sources") as batch:
        batch.drop_constraint("fk_sources_feed_id_feeds", type_="foreignkey")
        batch.drop_column("feed_id")
