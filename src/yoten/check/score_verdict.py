"""Score pairs in a digest (6対3) checked as pairs against the source's scores."""

from __future__ import annotations

from yoten.check.align import sentence_at
from yoten.check.dates import find_dates
from yoten.check.pieces import Piece, finding_at
from yoten.check.rules import Kind, Rule
from yoten.check.scores import digest_scores
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_scores"]


def check_scores(
    piece: Piece, source: SourceIndex, findings: list[Finding], seen: set[str]
) -> list[tuple[int, int]]:
    """Check the score pairs of ``piece`` (6対3) as pairs; the spans they settle.

    A pair the source states (either order) settles its figures; one whose
    numbers the source's scores share only in part (6対3 against "won 6-4") is a
    ``mismatch``. A pair the source has no score for is left to the figures.
    """
    covered: list[tuple[int, int]] = []
    scores = digest_scores(piece.text)
    if scores:  # 1-9月 is a span of months, not a score
        dates = [(d.start, d.end) for d in find_dates(piece.text)]
        scores = [s for s in scores if not any(a < s.end and s.start < b for a, b in dates)]
    pairs = source.dashed_pairs  # every "6-4, 3-6, 7-6" pair, even where the scanner reads one
    for score in scores:
        if any(score.same(s) for s in source.scores) or (
            tuple(sorted((score.first, score.second))) in pairs
        ):
            covered.append((score.start, score.end))
            continue
        rivals = [s for s in source.scores if s.strong and score.shares(s)]
        if not rivals:
            continue
        covered.append((score.start, score.end))
        if score.span in seen:
            continue
        seen.add(score.span)
        aligned = source.align(sentence_at(piece.text, score.start))
        near = [r for r in rivals if source.sentence_of(r.start) in aligned]
        says = " or ".join(f'"{s.span.strip()}"' for s in (near or rivals)[:2])
        if near:  # the sentence this one restates gives another score
            findings.append(
                finding_at(
                    piece,
                    score.span,
                    Kind.MISMATCH,
                    "error",
                    message=_("the source gives the score {scores}").format(scores=says),
                    rule=Rule.SCORE_CONTRADICTED,
                    evidence=evidence([s for r in near[:2] if (s := source.sentence_of(r.start))]),
                )
            )
            continue
        findings.append(
            finding_at(
                piece,
                score.span,
                Kind.MISMATCH,
                "warning",
                message=_("unverified: the source gives the score {scores}").format(scores=says),
                rule=Rule.SCORE_UNVERIFIED,
            )
        )
    return covered
