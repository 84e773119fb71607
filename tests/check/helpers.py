"""Helpers shared by more than one of the checker's test files."""

from __future__ import annotations

import datetime as dt

from yoten.check import check_digest
from yoten.check.quantities import scan_english
from yoten.models import Article, Details, Digest, Overview

# Publication dates the end-to-end rule tests resolve relative dates against.
MARCH_12 = dt.date(2025, 3, 12)
OCT_2 = dt.date(2024, 10, 2)  # a Wednesday
JUNE_3 = dt.date(2025, 6, 3)
# 2025-08-29 is a Friday; the next Monday is 2025-09-01.
FRIDAY_29 = dt.date(2025, 8, 29)


def english_units(text: str) -> set[tuple[str, float]]:
    """(unit, value rounded to 9 significant digits) of every reading in English ``text``."""
    return {(r.unit, float(f"{r.value:.9g}")) for q in scan_english(text) for r in q.readings}


# The default publication time of a one-paragraph test source (a Wednesday).
WED_12 = dt.datetime(2025, 3, 12, 10, 0, tzinfo=dt.UTC)


def check_lead(
    source: str, lead: str, *, language: str = "en", published: dt.datetime = WED_12
) -> list[tuple[str, str, str]]:
    article = Article(
        url="https://news.example/a",
        canonical_url="https://news.example/a",
        title="Acme news",
        outlet="News Example",
        published=published,
        language=language,
        text=source,
        paragraphs=[source],
    )
    digest = Digest(headline="見出し", overview=Overview(lead=[lead]), details=Details())
    report = check_digest(digest, article)
    return [
        (f.severity, f.rule, f.span)
        for f in report.findings
        if f.kind not in ("structure", "citation")
    ]


def error_spans(
    source: str, lead: str, *, language: str = "en", published: dt.datetime = WED_12
) -> list[str]:
    """The spans of the error findings of ``check_lead``."""
    found = check_lead(source, lead, language=language, published=published)
    return [span for severity, _, span in found if severity == "error"]
