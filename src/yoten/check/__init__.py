"""The checker: a digest verified against its source before a reader sees it.

>>> report = check_digest(digest, article)          # doctest: +SKIP
>>> report.ok, [f.span for f in report.findings]     # doctest: +SKIP

Rule-based and offline: numbers, dates, names, spelling, the user glossary,
the citation and the structure. The optional model tier lives in
:mod:`yoten.check.verify`.
"""

from __future__ import annotations

from yoten.check.citation import check_citation
from yoten.check.dates import check_dates
from yoten.check.glossary import Glossary, check_glossary, load_glossary
from yoten.check.names import check_names
from yoten.check.numbers import check_numbers
from yoten.check.pieces import CITATION, DETAILS, HEADLINE, KEY_POINTS, OVERVIEW, iter_pieces
from yoten.check.source import SourceIndex
from yoten.check.spelling import check_spelling
from yoten.check.structure import check_structure
from yoten.models import Article, Digest, Finding, Report

__all__ = ["Glossary", "check_digest", "load_glossary"]

_SECTION_ORDER = {
    name: i for i, name in enumerate((HEADLINE, OVERVIEW, DETAILS, KEY_POINTS, CITATION))
}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def check_digest(digest: Digest, article: Article, *, glossary: Glossary | None = None) -> Report:
    """Check ``digest`` against the ``article`` it was made from; never raises on content."""
    source = SourceIndex(article)
    pieces = list(iter_pieces(digest))
    findings: list[Finding] = []
    findings += check_numbers(pieces, source)
    findings += check_dates(pieces, source.dates)
    findings += check_names(pieces, source)
    findings += check_spelling(pieces)
    if glossary is not None:
        findings += check_glossary(pieces, glossary, source)
    findings += check_citation(digest, article)
    findings += check_structure(digest)
    findings.sort(
        key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), _SECTION_ORDER.get(f.section, 9))
    )
    return Report(findings=findings)
