"""Helpers for the checker's tests: small Articles and Digests built in code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from yoten.models import (
    Article,
    Details,
    Digest,
    LabelledPoint,
    Overview,
    Section,
    SourceRef,
    Topic,
)

PUBLISHED = dt.datetime(2024, 6, 20, 6, 12, tzinfo=dt.timezone(dt.timedelta(hours=7)))
URL = "https://news.example/asia/putin-vietnam"

MakeArticle = Callable[..., Article]
MakeDigest = Callable[..., Digest]


def article(
    text: str,
    *,
    published: dt.datetime | dt.date | None = PUBLISHED,
    title: str = "Putin visits Vietnam",
) -> Article:
    """An English source article with ``text`` as its body."""
    return Article(
        url=URL,
        canonical_url=URL,
        title=title,
        outlet="NewsExample",
        published=published,
        language="en",
        text=text,
        paragraphs=[p for p in text.split("\n\n") if p],
    )


def digest(
    *lead: str, key_points: list[str] | None = None, sources: list[SourceRef] | None = None
) -> Digest:
    """A well-formed digest whose 概要 lead is ``lead``; one matching topic in 詳細 and 要点."""
    topic = "訪問の概要"
    return Digest(
        headline="プーチン:ベトナムへ",
        overview=Overview(
            lead=list(lead),
            highlights=[LabelledPoint(label="訪問", text="プーチン大統領がベトナムを訪れた。")],
        ),
        details=Details(
            topics=[
                Topic(
                    heading=topic,
                    sections=[Section(heading="経緯", paragraphs=["大統領が到着した。"])],
                )
            ]
        ),
        key_points=[
            Topic(
                heading=topic,
                sections=[Section(heading="経緯", bullets=key_points or ["大統領が到着。"])],
            )
        ],
        sources=sources
        if sources is not None
        else [
            SourceRef(
                title="Putin visits Vietnam",
                outlet="NewsExample",
                date=dt.date(2024, 6, 20),
                url=URL,
            )
        ],
    )


@pytest.fixture
def make_article():
    return article


@pytest.fixture
def make_digest():
    return digest


def flagged_spans(
    make_article: MakeArticle,
    make_digest: MakeDigest,
    text: str,
    source: str,
    *,
    published: dt.date | dt.datetime,
) -> list[tuple[str, str]]:
    """(kind, span) of every finding a reviewer must look at (error or warning).

    Severity model v2 makes a figure or date the source does not state a
    warning unless an aligned source sentence says otherwise; these rule
    tests ask whether the rule flags a span at all. Severity itself is tested
    in ``test_check_digest.py``. Figures are reported as kind ``figure`` whether
    judged contradicted (``mismatch``) or unverified (``unsupported``).
    """
    from yoten.check import check_digest

    report = check_digest(make_digest(text), make_article(source, published=published))
    figure = {"unsupported": "figure", "mismatch": "figure"}
    return [
        (figure.get(f.kind, f.kind), f.span)
        for f in report.findings
        if f.severity in ("error", "warning")
        and f.kind in ("unsupported", "mismatch", "date", "name")
    ]
