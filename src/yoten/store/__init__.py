"""yoten's database: feeds, sources, articles, digests, publications and runs.

>>> from yoten.store import Store
>>> store = Store.open("sqlite:///:memory:")
"""

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
from yoten.store.store import Store, default_url, utcnow

__all__ = [
    "DIGEST_STATUSES",
    "SOURCE_STATUSES",
    "DigestStatus",
    "Feed",
    "NewSource",
    "Post",
    "Publication",
    "Run",
    "Source",
    "SourceStatus",
    "Store",
    "default_url",
    "utcnow",
]
