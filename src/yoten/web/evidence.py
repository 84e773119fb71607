"""The source article as display paragraphs, with the evidence of each finding marked.

A finding's evidence is source text with offsets into ``Article.text``; the
review page marks it in the source pane (``<mark class="evidence" id="eN">``)
and links it from the finding. Everything from the article is escaped; the
only markup written here is the ``<mark>`` tags.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from yoten.models import Article, Finding

__all__ = ["evidence_ids", "source_paragraphs"]

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def evidence_ids(findings: list[Finding]) -> dict[tuple[int, int], int]:
    """A number for each distinct evidence range, in the order findings cite them."""
    ids: dict[tuple[int, int], int] = {}
    for f in findings:
        for ev in f.evidence:
            ids.setdefault((ev.start, ev.end), len(ids) + 1)
    return ids


def source_paragraphs(article: Article, findings: list[Finding]) -> list[Markup]:
    """``article.text`` paragraph by paragraph, evidence ranges marked (escaped HTML)."""
    ids = evidence_ids(findings)
    ranges = sorted(
        (start, end, n)
        for (start, end), n in ids.items()
        if 0 <= start < end <= len(article.text) and article.text[start:end].strip()
    )
    out: list[Markup] = []
    for m in _PARAGRAPH.finditer(article.text):
        if not m.group(0).strip():
            continue
        pieces: list[str] = []
        at = m.start()
        for start, end, n in ranges:
            if end <= at or start >= m.end():
                continue
            lo, hi = max(start, at), min(end, m.end())
            pieces.append(str(escape(article.text[at:lo])))
            pieces.append(f'<mark class="evidence" id="e{n}">{escape(article.text[lo:hi])}</mark>')
            at = hi
        pieces.append(str(escape(article.text[at : m.end()])))
        out.append(Markup("".join(pieces)))
    return out
