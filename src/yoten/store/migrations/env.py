"""Alembic environment: runs on the connection handed over by ``yoten.store.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from yoten.store.tables import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used by developers running `alembic` by hand
    from sqlalchemy import create_engine

    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///yoten.db"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
