"""The seed post against a source written for the project that states its facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from yoten.check import check_digest
from yoten.ingest import load_article
from yoten.models import Report
from yoten.render.parse import read_digest
from yoten.settings import Settings

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def report() -> Report:
    article = load_article(str(DATA / "check" / "seed-source.html"), settings=Settings())
    digest = read_digest((DATA / "seed-putin-vietnam.txt").read_text(encoding="utf-8"))
    return check_digest(digest, article)


def test_the_1950s_claim_is_flagged_unverified(report: Report) -> None:
    # The source names no decade at all: nothing says otherwise, so a warning.
    decade = [f for f in report.findings if f.span == "1950年代"]
    assert [(f.kind, f.severity, f.rule) for f in decade] == [
        ("date", "warning", "date.unverified")
    ]


def test_both_spellings_of_to_lam_are_shown(report: Report) -> None:
    (spelling,) = [f for f in report.findings if f.kind == "spelling"]
    assert spelling.span == "トー・ラム" and spelling.severity == "warning"
    assert "ト・ラム" in spelling.message


def test_supported_figures_are_not_flagged(report: Report) -> None:
    spans = {f.span for f in report.findings}
    assert not any("35億ドル" in s or "2022年" in s for s in spans)


def test_tracking_url_gives_a_citation_warning(report: Report) -> None:
    (citation,) = [f for f in report.findings if f.kind == "citation"]
    assert citation.severity == "warning" and "utm_email_recipient" in citation.span
    assert citation.message.endswith("north-korea")


def test_report_serialises_with_evidence(report: Report) -> None:
    data = report.to_json_dict()
    # No rule finds a contradiction in the seed (its wrong party needs the model tier).
    assert data["ok"] is True
    first = data["findings"][0]  # type: ignore[index]
    assert {"kind", "severity", "section", "span", "message", "rule", "evidence"} <= set(first)
