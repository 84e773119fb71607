"""Properties of every report (check v2): errors show their evidence, offsets point at real text.

Run over every labelled case (the development set, the seed and the held-out
sets) and over digests with figures changed at random (hypothesis).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yoten.check import check_digest
from yoten.check.pieces import iter_pieces
from yoten.ingest import load_article
from yoten.models import Article, Digest, Report
from yoten.render.parse import parse_post
from yoten.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
CASES = sorted((ROOT / "tests" / "data" / "check" / "cases").iterdir()) + sorted(
    p
    for data in sorted((ROOT / "benchmarks" / "data").glob("check-holdout*"))
    for p in sorted((data / "cases").iterdir())
)


@cache
def _load(folder: Path) -> tuple[Article, Digest]:
    article = load_article(str(folder / "source.html"), settings=Settings())
    return article, parse_post((folder / "digest.txt").read_text(encoding="utf-8"))


def assert_invariants(report: Report, article: Article, digest: Digest) -> None:
    body = "\n".join(p.text for p in iter_pieces(digest))
    for f in report.findings:
        if f.severity == "error":
            assert f.evidence or f.derivation, f"an error without evidence: {f}"
        if f.kind in ("unsupported", "mismatch", "date", "derived"):
            assert f.span and f.span in body, f"span not in the digest: {f.span!r}"
        for ev in f.evidence:
            assert 0 <= ev.start < ev.end <= len(article.text)
            assert article.text[ev.start : ev.end] == ev.text
        if f.severity == "info" and f.kind == "derived":
            assert f.derivation


@pytest.mark.slow
@pytest.mark.parametrize("folder", CASES, ids=[f"{p.parent.parent.name}/{p.name}" for p in CASES])
def test_every_labelled_case_keeps_the_invariants(folder: Path) -> None:
    article, digest = _load(folder)
    assert_invariants(check_digest(digest, article), article, digest)


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=st.sampled_from(CASES[:25]), pick=st.integers(0, 10_000), new=st.integers(1, 9999))
def test_changed_figures_keep_the_invariants(case: Path, pick: int, new: int) -> None:
    article, _ = _load(case)
    text = (case / "digest.txt").read_text(encoding="utf-8")
    top, marker, body = text.partition("【概要】")  # the headline's timestamp stays valid
    head, sep, rest = body.partition("【引用・参照・底本】")
    figures = list(_FIGURE.finditer(head))
    if not figures:
        return
    m = figures[pick % len(figures)]
    changed = parse_post(top + marker + head[: m.start()] + str(new) + head[m.end() :] + sep + rest)
    assert_invariants(check_digest(changed, article), article, changed)
