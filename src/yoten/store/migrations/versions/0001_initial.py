"""Initial schema: feeds, mail_seen, sources, articles, digests, publications, runs.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("lang", sa.String(35)),
        sa.Column("include", sa.Text),
        sa.Column("exclude", sa.Text),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_polled", TS),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_feeds"),
        sa.UniqueConstraint("name", name="uq_feeds_name"),
    )
    op.create_table(
        "mail_seen",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("mailbox", sa.String(500), nullable=False),
        sa.Column("message_id", sa.String(500), nullable=False),
        sa.Column("seen_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mail_seen"),
        sa.UniqueConstraint("mailbox", "message_id", name="uq_mail_seen_mailbox_message_id"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("canonical_url", sa.String(2000), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("origin", sa.String(300), nullable=False),
        sa.Column("title_hint", sa.Text),
        sa.Column("lang", sa.String(35)),
        sa.Column("fallback_html", sa.Text),
        sa.Column("published_hint", sa.String(40)),
        sa.Column("first_seen", TS, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("last_error", sa.Text),
        sa.Column("next_attempt_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("canonical_url", name="uq_sources_canonical_url"),
    )
    op.create_index("ix_sources_status_next", "sources", ["status", "next_attempt_at"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source_id", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("canonical_url", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name="fk_articles_source_id_sources", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("source_id", name="uq_articles_source_id"),
    )
    op.create_table(
        "digests",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, nullable=False),
        sa.Column("engine", sa.String(100), nullable=False),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("prompt_version", sa.String(100), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("prompt_tokens", sa.Integer),
        sa.Column("completion_tokens", sa.Integer),
        sa.Column("report", sa.JSON),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_reason", sa.Text),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_digests"),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name="fk_digests_article_id_articles",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "article_id",
            "engine",
            "model",
            "prompt_version",
            name="uq_digests_article_id_engine_model_prompt_version",
        ),
    )
    op.create_index("ix_digests_article_id", "digests", ["article_id"])
    op.create_index("ix_digests_status", "digests", ["status"])
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("digest_id", sa.Integer, nullable=False),
        sa.Column("target", sa.String(200), nullable=False),
        sa.Column("remote_id", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_publications"),
        sa.ForeignKeyConstraint(
            ["digest_id"],
            ["digests.id"],
            name="fk_publications_digest_id_digests",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("digest_id", "target", name="uq_publications_digest_id_target"),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("started", TS, nullable=False),
        sa.Column("finished", TS),
        sa.Column("counts", sa.JSON),
        sa.PrimaryKeyConstraint("id", name="pk_runs"),
    )


def downgrade() -> None:
    for table in ("runs", "publications", "digests", "articles", "sources", "mail_seen", "feeds"):
        op.drop_table(table)
