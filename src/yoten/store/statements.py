"""The Core statements of the store calls `yoten run` makes for every article, built once.

Claiming and releasing a source, keeping its Article and keeping its digest
run for every article; building their statements anew each time (from the
ORM classes' attributes) cost as much as running them. Here they are built
once against the tables, with bound parameters named after what they take.
"""

from __future__ import annotations

from sqlalchemy import Table, bindparam, insert, or_, select, update

from yoten.store.tables import Base

__all__ = [
    "ARTICLE_FOR_SOURCE",
    "ARTICLE_ID_OF_SOURCE",
    "CLAIM",
    "CLAIMED_BY",
    "CLAIM_FROM",
    "DIGEST_BY_KEY",
    "INSERT_ARTICLE",
    "INSERT_DIGEST",
    "POST_ARTICLE",
    "POST_ARTICLE_DATA",
    "RELEASE",
    "SOURCE_DONE",
    "UPDATE_ARTICLE",
]

_sources: Table = Base.metadata.tables["sources"]
_articles: Table = Base.metadata.tables["articles"]
_digests: Table = Base.metadata.tables["digests"]

_S = _sources.c
_PENDING = (_S.id == bindparam("source_id"), _S.status.in_(("new", "failed")))
_TAKE = {
    "claimed_by": bindparam("owner", type_=_S.claimed_by.type),
    "claimed_until": bindparam("until", type_=_S.claimed_until.type),
}

#: Take a pending source that nobody holds (or whose claim ran out, or ``owner`` holds).
_FREE = or_(
    _S.claimed_until.is_(None),
    _S.claimed_until <= bindparam("now"),
    _S.claimed_by == bindparam("owner"),
)
CLAIM = update(_sources).where(*_PENDING, _FREE).values(**_TAKE)
#: Take over a pending source from ``other`` (a claimant declared gone).
CLAIM_FROM = update(_sources).where(*_PENDING, _S.claimed_by == bindparam("other")).values(**_TAKE)
#: Who holds the source's claim.
CLAIMED_BY = select(_S.claimed_by).where(_S.id == bindparam("source_id"))
#: Drop ``owner``'s claim on the source.
RELEASE = (
    update(_sources)
    .where(_S.id == bindparam("source_id"), _S.claimed_by == bindparam("owner"))
    .values(claimed_by=None, claimed_until=None)
)
#: The source has its digest: done, no error, no retry, no claim.
SOURCE_DONE = (
    update(_sources)
    .where(_S.id == bindparam("source_id"))
    .values(
        status="done", last_error=None, next_attempt_at=None, claimed_by=None, claimed_until=None
    )
)

_A = _articles.c
ARTICLE_ID_OF_SOURCE = select(_A.id).where(_A.source_id == bindparam("source_id"))
ARTICLE_FOR_SOURCE = select(_A.id, _A.data).where(_A.source_id == bindparam("source_id"))
INSERT_ARTICLE = insert(_articles)
UPDATE_ARTICLE = update(_articles).where(_A.id == bindparam("article_id"))
#: What a Post shows of its article row (with its JSON: for a Post whose Article is not at hand).
POST_ARTICLE = select(_A.id, _A.source_id, _A.title, _A.outlet, _A.canonical_url).where(
    _A.id == bindparam("article_id")
)
POST_ARTICLE_DATA = POST_ARTICLE.add_columns(_A.data)

_D = _digests.c
DIGEST_BY_KEY = select(_digests).where(
    _D.article_id == bindparam("article_id"),
    _D.engine == bindparam("engine"),
    _D.model == bindparam("model"),
    _D.prompt_version == bindparam("prompt_version"),
)
INSERT_DIGEST = insert(_digests)
