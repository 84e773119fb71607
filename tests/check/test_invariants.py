"""Properties of every report (check v2): errors show their evidence, offsets point at real text.

Run over the development set, the seed, every third case of each held-out set
(``benchmarks/check_eval.py`` counts breaches on every case) and over digests
with figures changed at random (hypothesis).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from yoten.check import check_digest
from yoten.check.invariants import breaches
from yoten.ingest import load_article
from yoten.models import Article, Digest, Finding, Report
from yoten.render.parse import parse_post
from yoten.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
# (a fixed third of each held-out set keeps the suite's time flat as sets are added)
CASES = sorted((ROOT / "tests" / "data" / "check" / "cases").iterdir()) + sorted(
    p
    for data in sorted((ROOT / "benchmarks" / "data").glob("check-holdout*"))
    for p in sorted((data / "cases").iterdir())[::3]
)


@cache
def _load(folder: Path) -> tuple[Article, Digest]:
    article = load_article(str(folder / "source.html"), settings=Settings())
    return article, parse_post((folder / "digest.txt").read_text(encoding="utf-8"))


def assert_invariants(report: Report, article: Article, digest: Digest) -> None:
    found = breaches(report, article, digest)
    assert not found, found


def test_breaches_names_what_is_wrong() -> None:
    article, digest = _load(CASES[0])
    report = check_digest(digest, article)
    assert breaches(report, article, digest) == []
    bare = Finding(
        kind="mismatch", severity="error", section="概要", span="no such text", message="m"
    )
    broken = Report(findings=[bare])
    found = breaches(broken, article, digest)
    assert any("without evidence" in line for line in found)
    assert any("span not in the digest" in line for line in found)


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
