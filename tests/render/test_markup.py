"""Markdown and HTML renderers: structure and escaping of article text."""

from __future__ import annotations

from pathlib import Path

import html5lib
import markupsafe
from hypothesis import given
from hypothesis import strategies as st

from yoten.models import Digest, LabelledPoint, Overview, SourceRef
from yoten.render import render
from yoten.render.html import escape
from yoten.render.parse import parse_post

EVIL = '<script>alert("x")</script>'


def _evil_digest() -> Digest:
    return Digest(
        headline=f"見出し{EVIL}",
        overview=Overview(
            lead=[f"本文{EVIL}。"],
            highlights=[LabelledPoint(label="ラベル<b>", text="[link](javascript:x)")],
        ),
        sources=[SourceRef(title=EVIL, outlet="X", url="javascript:alert(1)")],
    )


def test_html_escapes_everything() -> None:
    page = render(_evil_digest(), "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert 'href="javascript' not in page
    html5lib.HTMLParser(strict=True).parse(page)  # raises on a parse error


@given(st.text(alphabet=list("<>&'\"a日 \n/;#x")))
def test_escape_is_markupsafes(text: str) -> None:
    """The body's escape gives the same entities as the page templates' autoescape."""
    assert escape(text) == str(markupsafe.escape(text))


def test_html_seed_structure(seed_path: Path) -> None:
    page = render(parse_post(seed_path.read_text(encoding="utf-8")), "html")
    assert '<html lang="ja">' in page
    for marker in (
        "【概要】",
        "【詳細】",
        "【要点】",
        "【引用・参照・底本】",
        '<strong class="point-label">経済関係</strong>',
    ):
        assert marker in page
    html5lib.HTMLParser(strict=True).parse(page)


def test_markdown_escapes_and_structure(seed_path: Path) -> None:
    md = render(_evil_digest(), "markdown")
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert "\\[link\\](javascript:x)" in md
    assert "<javascript:alert(1)>" not in md
    seed_md = render(parse_post(seed_path.read_text(encoding="utf-8")), "markdown")
    assert "## 【要点】" in seed_md and "#### 1.協定の内容" in seed_md
    assert "- **外交的バランス**:" in seed_md


def test_json_round_trip(seed_path: Path) -> None:
    d = parse_post(seed_path.read_text(encoding="utf-8"))
    out = render(d, "json")
    assert "プーチン" in out  # not \u-escaped
    assert Digest.model_validate_json(out) == d


def test_headings_and_the_closing_stand_apart_from_points(seed_path: Path) -> None:
    d = parse_post(seed_path.read_text(encoding="utf-8"))
    closing = d.overview.closing[0]
    page = render(d, "html")
    # The 文脈 points sit in their own block; the closing paragraph comes after it, marked.
    points_end = page.index(
        "</div>", page.index('<div class="points">', page.index("<h3>文脈</h3>"))
    )
    assert page.index(f'<p class="closing">{closing}</p>') > points_end
    assert f"<h3>{d.details.topics[0].heading}</h3>" in page  # topic headings are headings
    assert f"<h4>1.{d.details.topics[0].sections[0].heading}</h4>" in page
    html5lib.HTMLParser(strict=True).parse(page)
    md = render(d, "markdown").splitlines()
    at = md.index(closing)
    assert md[at - 1] == "" and md[at - 2].startswith("- **")  # a paragraph of its own
    assert f"### {d.details.topics[0].heading}" in md
    # The text format keeps the seed's layout: the round trip holds.
    assert parse_post(render(d, "text")) == d
