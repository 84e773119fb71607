"""Generated digests in the house format, for site tests (written for the project)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from yoten.models import Details, Digest, LabelledPoint, Overview, Section, SourceRef, Topic
from yoten.site import SitePost

if TYPE_CHECKING:
    from yoten.store import Store

OUTLETS = ["FRANCE24", "BBC", "Reuters", "AP"]
TAGS = ["ロシア", "アジア", "経済", "外交", "Energy & Climate"]
START = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.UTC)


def make_digest(n: int, *, headline: str | None = None, lead: str | None = None) -> Digest:
    """Digest number ``n``: every part of the house format filled in."""
    when = START + dt.timedelta(days=n * 3, hours=n % 7)
    return Digest(
        headline=headline or f"記事{n}:首脳会談から経済協定へ",
        posted_at=when,
        overview=Overview(
            lead=[
                lead
                or f"第{n}回の会談で両国は協力の拡大に合意した。貿易額は{n * 10}億ドルに達する見込みである。"
            ],
            highlights=[
                LabelledPoint(label="防衛協定", text=f"両国は相互防衛で合意した({n})。"),
                LabelledPoint(label="国際社会の反応", text="各国は懸念を表明した。"),
            ],
            context=[LabelledPoint(label="経済関係", text="貿易額は控えめな水準にとどまる。")],
            closing=["今回の訪問は外交的なバランスを示している。"],
        ),
        details=Details(
            intro=["以下、詳細な背景を説明する。"],
            topics=[
                Topic(
                    heading="防衛協定",
                    sections=[
                        Section(heading="協定の内容", paragraphs=["相互に支援することを誓った。"]),
                        Section(
                            heading="国際的な反応",
                            bullets=["米国は懸念を示した。", "欧州も同調した。"],
                        ),
                    ],
                ),
                Topic(
                    heading="経済", sections=[Section(heading="貿易", bullets=["輸出が増えた。"])]
                ),
            ],
            closing=["このように、重要な一歩となっている。"],
        ),
        key_points=[
            Topic(
                heading="防衛協定",
                sections=[
                    Section(heading="協定の内容", bullets=["相互防衛で合意。", "技術協力も含む。"])
                ],
            )
        ],
        sources=[
            SourceRef(
                title=f"Leaders sign pact number {n}",
                outlet=OUTLETS[n % len(OUTLETS)],
                date=when.date(),
                url=f"https://news.example.com/world/{n}-leaders-sign-pact",
            )
        ],
    )


def make_post(n: int, **kwargs: str) -> SitePost:
    """Post number ``n`` with two tags."""
    digest = make_digest(n, **kwargs)
    return SitePost.make(n, digest, tags=[TAGS[n % len(TAGS)], TAGS[(n + 2) % len(TAGS)]])


def make_posts(count: int) -> list[SitePost]:
    return [make_post(n) for n in range(1, count + 1)]


def store_post(store: Store, n: int, *, status: str = "published", **kwargs: str) -> int:
    """Put digest ``n`` (with its article) into a real store; returns the post id."""
    from yoten.models import Article

    digest = make_digest(n, **kwargs)
    source = digest.sources[0]
    assert source.url is not None
    src, _ = store.add_source(source.url, source.url, origin="test")
    article = Article(
        url=source.url,
        canonical_url=source.url,
        title=source.title,
        outlet=source.outlet,
        published=source.date,
        language="en",
        text="Leaders signed a pact.",
    )
    article_id = store.save_article(src.id, article)
    return store.save_digest(
        article_id, digest, engine="test", model=None, prompt_version=None, status=status
    ).id
