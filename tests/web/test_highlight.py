"""Marking findings in the post text, and cutting the post into editable sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from yoten.errors import InputError
from yoten.models import Finding, Severity
from yoten.render.parse import parse_post
from yoten.render.text import render_text
from yoten.web.highlight import build_views
from yoten.web.sections import join_sections, replace_section, split_sections

SEED = Path(__file__).parents[1] / "data" / "seed-putin-vietnam.txt"


def finding(
    span: str, section: str = "詳細", severity: Severity = "error", message: str = "m"
) -> Finding:
    return Finding(
        kind="unsupported", severity=severity, section=section, span=span, message=message
    )


@pytest.fixture
def seed_text() -> str:
    return render_text(parse_post(SEED.read_text(encoding="utf-8")))


def test_sections_round_trip(seed_text: str) -> None:
    sections = split_sections(seed_text)
    assert [s.key for s in sections] == ["head", "overview", "details", "key_points", "citation"]
    assert parse_post(join_sections(sections)) == parse_post(seed_text)


def test_replace_section_changes_only_that_section(seed_text: str) -> None:
    before = parse_post(seed_text)
    body = next(s.body for s in split_sections(seed_text) if s.key == "key_points")
    after = parse_post(
        replace_section(seed_text, "key_points", body.replace("1950年代", "1960年代"))
    )
    assert after.details == before.details
    assert after.overview == before.overview
    assert after.key_points != before.key_points
    with pytest.raises(InputError, match="unknown section"):
        replace_section(seed_text, "nope", "x")


def test_finding_marked_in_its_section_with_message(seed_text: str) -> None:
    views, findings = build_views(
        split_sections(seed_text), [finding("1950年代", message="not in the source")]
    )
    details = next(v for v in views if v.key == "details")
    html = "".join(str(line.html) for line in details.lines)
    assert (
        '<mark class="finding sev-error" id="f1" title="not in the source" data-finding="1">1950年代</mark>'
        in html
    )
    assert '<span class="note sev-error" role="note">not in the source</span>' in html
    assert findings[0].section_key == "details"
    # 要点 has the same sentence, but the note (and anchor) appears once
    everything = "".join(str(line.html) for v in views for line in v.lines)
    assert everything.count('id="f1"') == 1


def test_everything_is_escaped_and_only_our_tags_are_markup() -> None:
    text = "見出し<b>\n\n【概要】\n\n <script>alert(1)</script> & 100<200\n"
    views, _ = build_views(
        split_sections(text),
        [finding("<script>", section="概要", message='"><img src=x onerror=alert(1)>')],
    )
    html = "".join(str(line.html) for v in views for line in v.lines)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;</mark><span" in html
    assert "</span>alert(1)&lt;/script&gt; &amp; 100&lt;200" in html
    assert 'title="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html
    assert "見出し&lt;b&gt;" in html


def test_overlapping_and_missing_spans() -> None:
    text = "t\n\n【詳細】\n\n ト・ラムとトー・ラムが会談した。\n"
    views, found = build_views(
        split_sections(text),
        [
            finding("トー・ラム", severity="warning"),
            finding("ー・ラムが", severity="error"),  # overlaps the first: not marked twice
            finding("どこにもない"),
            finding("   "),
        ],
    )
    html = "".join(str(line.html) for v in views for line in v.lines)
    assert html.count("<mark") == 1
    assert [f.section_key for f in found] == ["details", "details", None, None]


def test_finding_in_another_section_than_named_is_still_marked() -> None:
    text = "headline\n\n【概要】\n\n 2030年に完成する。\n\n【要点】\n\n ・別の話\n"
    views, found = build_views(split_sections(text), [finding("2030年", section="要点")])
    assert found[0].section_key == "overview"
    assert "<mark" in str(next(v for v in views if v.key == "overview").lines[0].html)
