"""The pipeline's glue: source → Article → Digest (→ Report)."""

from __future__ import annotations

import datetime as dt

from yoten.engines.base import Engine, ProgressCallback
from yoten.models import Article, Digest, SourceRef

__all__ = ["digest_article"]


def digest_article(
    article: Article, engine: Engine, *, progress: ProgressCallback | None = None
) -> Digest:
    """Run ``engine`` on ``article`` and fill what comes from the article itself.

    The citation is always built from the Article (canonical URL, outlet, the
    outlet's own date), whatever the engine produced.
    """
    digest = engine.digest(article, progress=progress)
    update: dict[str, object] = {"sources": [SourceRef.from_article(article)]}
    if digest.meta is not None and digest.meta.created_at is None:
        update["meta"] = digest.meta.model_copy(
            update={"created_at": dt.datetime.now(dt.UTC).replace(microsecond=0)}
        )
    return digest.model_copy(update=update)
