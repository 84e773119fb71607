"""The digest as display lines, with each check finding marked where its span stands.

Every piece of post text is escaped; the only markup that is not escaped is
the ``<mark>``/``<span>`` this module writes around a finding's span, and
those tags carry the (escaped) message. Nothing from a digest or an article
is ever marked safe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from yoten.models import Finding
from yoten.render.text import CONTEXT, HIGHLIGHTS
from yoten.web.sections import SECTION_KEYS, PostSection

__all__ = ["FindingView", "LineView", "SectionView", "build_views"]

_NUMBERED = re.compile(r"^\d{1,2}[.．](?!\d)")
_LABELLED = re.compile(r"^([^:：。、．.!?！？]{1,30})([:：])(.*)$")
_SENTENCE_END = tuple("。．.!?！？」』)）")
_TIMESTAMP = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}$")


@dataclass
class FindingView:
    """A finding with its number on the page and where it was found."""

    number: int
    finding: Finding
    section_key: str | None = None

    @property
    def anchor(self) -> str:
        return f"f{self.number}"


@dataclass(frozen=True)
class LineView:
    """One display line: its kind (a CSS class) and its marked-up HTML."""

    kind: str
    html: Markup


@dataclass
class SectionView:
    """One section as the page shows it, with its text for the edit form."""

    key: str
    label: str
    marker: str | None
    body: str
    lines: list[LineView] = field(default_factory=list)
    findings: list[FindingView] = field(default_factory=list)


def _line_kind(key: str, line: str, index: int) -> str:
    """A CSS class for a line, by where it stands and how it looks."""
    if key == "head":
        if index == 0:
            return "headline"
        return "timestamp" if _TIMESTAMP.match(line) else "credit"
    if key == "citation":
        return "url" if line.startswith(("http://", "https://")) else "cite"
    if line in (HIGHLIGHTS, CONTEXT):
        return "sublabel"
    if line.startswith(("・", "･")):
        return "bullet"
    if _NUMBERED.match(line):
        return "numbered"
    if key == "overview" and _LABELLED.match(line):
        return "labelled"
    if key in ("details", "key_points") and len(line) <= 40 and not line.endswith(_SENTENCE_END):
        return "topic"
    return "para"


def _target_section(finding: Finding, sections: list[PostSection]) -> str | None:
    """The key of the section where the finding's span stands, if it stands anywhere."""
    span = finding.span
    if not span.strip():
        return None
    named = [k for k, (_, _, name) in SECTION_KEYS.items() if finding.section.startswith(name)]
    ordered = [s for s in sections if s.key in named] + [s for s in sections if s.key not in named]
    for section in ordered:
        if any(span in line for line in section.body.split("\n")):
            return section.key
    return None


def _mark_line(line: str, marks: list[FindingView], noted: set[int]) -> Markup:
    """``line`` escaped, with every occurrence of each finding's span wrapped in <mark>."""
    ranges: list[tuple[int, int, FindingView]] = []
    for view in marks:
        span, start = view.finding.span, 0
        while (pos := line.find(span, start)) != -1:
            ranges.append((pos, pos + len(span), view))
            start = pos + len(span)
    ranges.sort(key=lambda r: (r[0], r[0] - r[1], r[2].number))
    out: list[Markup] = []
    cursor = 0
    for start, end, view in ranges:
        if start < cursor:
            continue  # overlaps a span already marked
        out.append(escape(line[cursor:start]))
        first = view.number not in noted
        noted.add(view.number)
        f = view.finding
        out.append(
            Markup('<mark class="finding sev-{}"{} title="{}" data-finding="{}">{}</mark>').format(
                f.severity,
                Markup(' id="{}"').format(view.anchor) if first else Markup(""),
                f.message,
                view.number,
                line[start:end],
            )
        )
        if first:
            out.append(
                Markup('<span class="note sev-{}" role="note">{}</span>').format(
                    f.severity, f.message
                )
            )
        cursor = end
    out.append(escape(line[cursor:]))
    return Markup("").join(out)


def _labelled_html(line: str, html: Markup) -> Markup:
    """Bold the label of a ``ラベル:本文`` line (only when no mark starts in the label)."""
    match = _LABELLED.match(line)
    label = escape(match.group(1)) if match else Markup("")
    if match and html.startswith(label) and "<" not in label:
        return (
            Markup('<strong class="label">{}</strong>').format(match.group(1)) + html[len(label) :]
        )
    return html


def build_views(
    sections: list[PostSection], findings: list[Finding]
) -> tuple[list[SectionView], list[FindingView]]:
    """Section views with findings marked in place, and every finding numbered.

    A finding whose span stands nowhere in the post keeps ``section_key=None``;
    the page lists it without a mark.
    """
    views = [FindingView(n, f) for n, f in enumerate(findings, start=1)]
    for view in views:
        view.section_key = _target_section(view.finding, sections)
    noted: set[int] = set()
    result: list[SectionView] = []
    for section in sections:
        marks = [v for v in views if v.section_key == section.key]
        sv = SectionView(section.key, section.label, section.marker, section.body, findings=marks)
        index = 0
        for raw in section.body.split("\n"):
            line = raw.strip()
            if not line:
                continue
            kind = _line_kind(section.key, line, index)
            html = _mark_line(line, marks, noted)
            if kind == "labelled":
                html = _labelled_html(line, html)
            sv.lines.append(LineView(kind, html))
            index += 1
        result.append(sv)
    return result, views
