"""The contract every report keeps (check v2), as a list of breaches.

* an ``error`` shows its evidence (source sentences) or a stated derivation;
* a figure's or date's span is text of the digest;
* every evidence offset points at the text it quotes in ``Article.text``;
* a derived (``info``) finding states its derivation.

The test suite asserts there are none on a sample of the labelled cases and on
digests with figures changed at random; ``benchmarks/check_eval.py`` counts them
on every case it runs.
"""

from __future__ import annotations

from yoten.check.pieces import iter_pieces
from yoten.models import Article, Digest, Report

__all__ = ["breaches"]

_SPANNED_KINDS = ("unsupported", "mismatch", "date", "derived")


def breaches(report: Report, article: Article, digest: Digest) -> list[str]:
    """What in ``report`` breaks the contract, one line each ([] when nothing)."""
    body = "\n".join(p.text for p in iter_pieces(digest))
    found = []
    for f in report.findings:
        if f.severity == "error" and not (f.evidence or f.derivation):
            found.append(f"an error without evidence: {f.span!r} ({f.rule})")
        if f.kind in _SPANNED_KINDS and not (f.span and f.span in body):
            found.append(f"span not in the digest: {f.span!r} ({f.rule})")
        for ev in f.evidence:
            if not (0 <= ev.start < ev.end <= len(article.text)) or (
                article.text[ev.start : ev.end] != ev.text
            ):
                found.append(f"evidence offsets {ev.start}–{ev.end} miss their text ({f.rule})")
        if f.severity == "info" and f.kind == "derived" and not f.derivation:
            found.append(f"a derived figure without its derivation: {f.span!r}")
    return found
