"""Apply the packaged Alembic migrations with a programmatic configuration.

Users never need an ``alembic.ini``: :func:`upgrade` points Alembic at the
``yoten/store/migrations`` folder inside the installed package and hands it
the open connection.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

from yoten.errors import StoreError
from yoten.i18n import gettext as _

__all__ = [
    "MIGRATIONS",
    "alembic_config",
    "current_revision",
    "head_revision",
    "packaged_head",
    "upgrade",
]

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    """An Alembic Config for the packaged migrations (no ini file)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str | None:
    """The newest revision shipped with this version of yoten."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest revision; a no-op when it is already there.

    The usual case, a database already at the newest revision, is answered
    without loading Alembic (a third of an empty `yoten run`'s start-up).

    StoreError (exit 6) for a database written by a newer yoten: its revision
    is not among the migrations this version ships, and nothing is changed.
    """
    if _at_head(engine):
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    current = current_revision(engine)
    if current == head_revision():
        return
    known = {
        script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    if current is not None and current not in known:
        raise StoreError(
            _(
                "the database was written by a newer yoten (schema {current}); upgrade yoten to open it"
            ).format(current=current)
        )
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*['\"]?([\w-]+|None)", re.MULTILINE)


def packaged_head() -> str | None:
    """The head revision read from the migration files (one linear history), without
    Alembic or SQLAlchemy."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        for kind, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _at_head(engine: Engine) -> bool:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    head = packaged_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError:
        return False
    return rows == [head]
