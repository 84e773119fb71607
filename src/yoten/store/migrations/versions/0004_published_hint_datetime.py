"""sources.published_hint: a timezone-aware timestamp instead of an ISO string.

Feeds give entry dates in UTC; the string column let anything in and the
reader turned what did not parse into "no date" without a word. Existing
values are converted: an ISO 8601 time with an offset keeps its instant, one
without an offset is read as UTC, and a value that is not a time at all (it
was already ignored) becomes NULL.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def _as_time(text: str | None) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _stored(value: dt.datetime | None, dialect: str) -> dt.datetime | None:
    """As yoten.store.tables.UTCDateTime binds it: naive UTC on SQLite, aware elsewhere."""
    if value is None or dialect != "sqlite":
        return value
    return value.replace(tzinfo=None)


def upgrade() -> None:
    conn = op.get_bind()
    dialect = conn.dialect.name
    op.add_column("sources", sa.Column("published_at", TS))
    old = sa.table("sources", sa.column("id"), sa.column("published_hint", sa.String(40)))
    new = sa.table("sources", sa.column("id"), sa.column("published_at", TS))
    rows = conn.execute(sa.select(old.c.id, old.c.published_hint).where(
        old.c.published_hint.is_not(None)
    )).all()  # fmt: skip
    for source_id, text in rows:
        value = _stored(_as_time(text), dialect)
        if value is not None:
            conn.execute(sa.update(new).where(new.c.id == source_id).values(published_at=value))
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("published_hint")
        batch.alter_column("published_at", new_column_name="published_hint")


def downgrade() -> None:
    conn = op.get_bind()
    op.add_column("sources", sa.Column("published_text", sa.String(40)))
    table = sa.table(
        "sources",
        sa.column("id"),
        sa.column("published_hint", TS),
        sa.column("published_text", sa.String(40)),
    )
    rows = conn.execute(sa.select(table.c.id, table.c.published_hint).where(
        table.c.published_hint.is_not(None)
    )).all()  # fmt: skip
    for source_id, value in rows:
        when = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        conn.execute(
            sa.update(table)
            .where(table.c.id == source_id)
            .values(published_text=when.astimezone(dt.UTC).isoformat())
        )
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("published_hint")
        batch.alter_column("published_text", new_column_name="published_hint")
