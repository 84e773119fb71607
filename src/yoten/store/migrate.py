"""Apply the packaged Alembic migrations with a programmatic configuration.

Users never need an ``alembic.ini``: :func:`upgrade` points Alembic at the
``yoten/store/migrations`` folder inside the installed package and hands it
the open connection.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from yoten.errors import StoreError

__all__ = ["MIGRATIONS", "alembic_config", "current_revision", "head_revision", "upgrade"]

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    """An Alembic Config for the packaged migrations (no ini file)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    """The newest revision shipped with this version of yoten."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest revision; a no-op when it is already there.

    StoreError (exit 6) for a database written by a newer yoten: its revision
    is not among the migrations this version ships, and nothing is changed.
    """
    current = current_revision(engine)
    if current == head_revision():
        return
    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if current is not None and current not in known:
        raise StoreError(
            f"the database was written by a newer yoten (schema {current}); upgrade yoten to open it"
        )
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
