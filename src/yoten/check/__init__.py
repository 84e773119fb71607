"""The checker: a digest verified against its source before a reader sees it.

>>> report = check_digest(digest, article)          # doctest: +SKIP
>>> report.ok, [f.span for f in report.findings]     # doctest: +SKIP

Rule-based and offline: numbers, dates, names, spelling, the user glossary,
the citation and the structure. The optional model tier lives in
:mod:`yoten.check.verify`.

Severity model v2 (:mod:`yoten.check.rules`): an ``error`` means the source
says otherwise, and carries the source sentence(s) it was compared with as
``Finding.evidence``; what the source does not support is a ``warning``; a
value derived from the source is ``info`` with its derivation. A source in a
language the checker does not read gets one ``info`` finding and warnings only.
"""

from __future__ import annotations

from yoten.check.ages import check_ages
from yoten.check.citation import check_citation
from yoten.check.context import CheckContext, RuleFn
from yoten.check.dates import check_dates
from yoten.check.glossary import Glossary, check_glossary, load_glossary
from yoten.check.kanji_names import check_kanji_names
from yoten.check.locale import READS
from yoten.check.names import check_names
from yoten.check.numbers import check_numbers
from yoten.check.pieces import CITATION, DETAILS, HEADLINE, KEY_POINTS, OVERVIEW, iter_pieces
from yoten.check.quarters import check_quarters
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex
from yoten.check.spelling import check_spelling
from yoten.check.structure import check_structure
from yoten.check.swaps import check_swaps
from yoten.i18n import gettext as _
from yoten.i18n import language_held
from yoten.models import Article, Digest, Finding, Report

__all__ = ["RULES", "CheckContext", "Glossary", "check_digest", "load_glossary"]

_SECTION_ORDER = {
    name: i for i, name in enumerate((HEADLINE, OVERVIEW, DETAILS, KEY_POINTS, CITATION))
}
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _require_evidence(finding: Finding) -> Finding:
    """An error about a figure, date or name must show the source text it rests on."""
    if finding.severity != "error" or finding.evidence or finding.derivation:
        return finding
    if finding.kind in (Kind.MISMATCH, Kind.DATE, Kind.UNSUPPORTED, Kind.NAME):
        return finding.model_copy(
            update={
                "severity": "warning",
                "message": _("unverified: {reason}").format(reason=finding.message),
            }
        )
    return finding


#: The rules, in the order their findings are gathered; each reads one CheckContext.
RULES: tuple[RuleFn, ...] = (
    lambda c: check_numbers(c.pieces, c.source),
    lambda c: check_swaps(c.pieces, c.source),
    lambda c: check_ages(c.pieces, c.source),
    lambda c: check_dates(c.pieces, c.source.dates, c.source),
    lambda c: check_quarters(c.pieces, c.source),
    lambda c: check_names(c.pieces, c.source, c.glossary),
    lambda c: check_spelling(c.pieces),
    lambda c: check_kanji_names(c.pieces, c.source),
    lambda c: check_glossary(c.pieces, c.glossary, c.source) if c.glossary is not None else [],
    lambda c: check_citation(c.digest, c.article),
    lambda c: check_structure(c.digest),
)


def check_digest(digest: Digest, article: Article, *, glossary: Glossary | None = None) -> Report:
    """Check ``digest`` against the ``article`` it was made from; never raises on content."""
    with language_held():
        return _check(digest, article, glossary)


def _check(digest: Digest, article: Article, glossary: Glossary | None) -> Report:
    source = SourceIndex(article)
    ctx = CheckContext(digest, article, list(iter_pieces(digest)), source, glossary)
    findings: list[Finding] = [f for rule in RULES for f in rule(ctx)]
    findings = [_require_evidence(f) for f in findings]
    if not source.reads:
        findings = [
            f.model_copy(update={"severity": "warning"}) if f.severity == "error" else f
            for f in findings
        ]
        findings.append(
            Finding(
                kind=Kind.LANGUAGE,
                severity="info",
                section=HEADLINE,
                span=article.title[:80],
                message=_(
                    "the source is in '{language}', which the checker does not read"
                    " (it reads {languages}): its findings are warnings only"
                ).format(language=source.language, languages=", ".join(sorted(READS))),
                rule=Rule.SOURCE_LANGUAGE,
            )
        )
    findings.sort(
        key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), _SECTION_ORDER.get(f.section, 9))
    )
    return Report(findings=findings)
