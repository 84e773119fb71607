"""Walk a Digest as (section, text) pieces, so every check iterates the same way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from yoten.check.rules import Kind
from yoten.models import Digest, Finding, Severity, Topic

__all__ = [
    "CITATION",
    "DETAILS",
    "HEADLINE",
    "KEY_POINTS",
    "OVERVIEW",
    "Piece",
    "finding_at",
    "iter_pieces",
]

HEADLINE = "見出し"
OVERVIEW = "概要"
DETAILS = "詳細"
KEY_POINTS = "要点"
CITATION = "引用・参照・底本"

Role = Literal["headline", "label", "paragraph", "bullet", "topic", "heading"]


@dataclass(frozen=True, slots=True)
class Piece:
    """One run of digest text and where it stands."""

    section: str
    role: Role
    text: str
    labelled: str = ""  # for a label (見出し語): the text it labels


def _tree(section: str, topics: list[Topic]) -> Iterator[Piece]:
    for topic in topics:
        yield Piece(section, "topic", topic.heading)
        for sec in topic.sections:
            yield Piece(section, "heading", sec.heading)
            for para in sec.paragraphs:
                yield Piece(section, "paragraph", para)
            for bullet in sec.bullets:
                yield Piece(section, "bullet", bullet)


def iter_pieces(digest: Digest) -> Iterator[Piece]:
    """Every piece of body text in reading order: 見出し, 概要, 詳細, 要点.

    The citation (引用・参照・底本) and the header image credit are not body
    text; the citation check reads ``digest.sources`` itself.
    """
    if digest.headline.strip():
        yield Piece(HEADLINE, "headline", digest.headline)
    ov = digest.overview
    for para in ov.lead:
        yield Piece(OVERVIEW, "paragraph", para)
    for point in [*ov.highlights, *ov.context]:
        yield Piece(OVERVIEW, "label", point.label, point.text)
        yield Piece(OVERVIEW, "paragraph", point.text)
    for para in ov.closing:
        yield Piece(OVERVIEW, "paragraph", para)
    for para in digest.details.intro:
        yield Piece(DETAILS, "paragraph", para)
    yield from _tree(DETAILS, digest.details.topics)
    for para in digest.details.closing:
        yield Piece(DETAILS, "paragraph", para)
    yield from _tree(KEY_POINTS, digest.key_points)


def finding_at(piece: Piece, span: str, kind: Kind, severity: Severity, **details: Any) -> Finding:
    """A finding about ``span`` in ``piece`` (``details``: message, rule, evidence …)."""
    return Finding(kind=kind, severity=severity, section=piece.section, span=span, **details)
