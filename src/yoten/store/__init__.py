"""yoten's database: feeds, sources, articles, digests, publications and runs.

>>> from yoten.store import Store
>>> store = Store.open("sqlite:///:memory:")
"""

from typing import TYPE_CHECKING, Any

from yoten.store.rows import (
    DIGEST_STATUSES,
    SOURCE_STATUSES,
    DigestStatus,
    Feed,
    NewSource,
    Post,
    Publication,
    Run,
    Source,
    SourceStatus,
)

if TYPE_CHECKING:
    from yoten.store.store import NoSuchSource, Store, default_url, utcnow

__all__ = [
    "DIGEST_STATUSES",
    "SOURCE_STATUSES",
    "DigestStatus",
    "Feed",
    "NewSource",
    "NoSuchSource",
    "Post",
    "Publication",
    "Run",
    "Source",
    "SourceStatus",
    "Store",
    "default_url",
    "utcnow",
]


def __getattr__(name: str) -> Any:
    # SQLAlchemy and Alembic load when the store is first used, not with the CLI.
    if name in ("NoSuchSource", "Store", "default_url", "utcnow"):
        from yoten.store import store

        return getattr(store, name)
    raise AttributeError(f"module 'yoten.store' has no attribute {name!r}")
