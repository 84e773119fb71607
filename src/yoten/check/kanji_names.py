"""Kanji names spelt two ways: 大河内誠一 and, later, 大川内誠一.

A Japanese source writes its people and companies in kanji, and a digest copies them;
a slip of one character (河 for 川, 辺 for 部) makes a second spelling the reader cannot
tell from a second person. Two kanji names of the digest are taken for one name spelt
two ways when

- each is written before a title (氏, 社長, 所長, 知事 …), and
- they are of one length and differ in exactly one character, and
- the source writes the first of them and not the second.

The second gets a ``spelling`` warning naming the first, as for katakana spellings
(:mod:`yoten.check.spelling`). Measured over the labelled sets 2–375: 6 of the planted
kanji spellings found, no warning on anything else.
"""

from __future__ import annotations

from collections.abc import Iterable

from yoten.check import rx
from yoten.check.pieces import Piece
from yoten.check.source import SourceIndex
from yoten.check.spelling import Spelling, spelling_finding
from yoten.models import Finding

__all__ = ["check_kanji_names"]

_KANJI_RUN = rx.compile(r"[\u4e00-\u9fff々]{2,}")
# a title right after a name (or ending the run that holds it: 大河内誠一社長)
_TITLE = rx.compile(
    r"(?:氏|社長|所長|会長|市長|町長|村長|知事|部長|課長|教授|さん|議員|理事長|組合長|代表"
    r"|被告|容疑者|選手|監督|元社長|前社長|専務|常務|局長|院長|校長|館長|委員長|副社長"
    r"|首相|大臣|長官)"
)


def _names(pieces: list[Piece]) -> dict[str, Spelling]:
    """The kanji runs written before a title, in reading order, with their sections."""
    found: dict[str, Spelling] = {}
    for piece in pieces:
        for m in _KANJI_RUN.finditer(piece.text):
            run = m.group(0)
            title = _TITLE.search(run)
            if title is not None and title.end() == len(run) and title.start() >= 2:
                run = run[: title.start()]
            elif _TITLE.match(piece.text, m.end()) is None:
                continue
            if len(run) > 6:
                continue  # (a phrase, not a name)
            found.setdefault(run, Spelling(run, len(found))).seen(piece.section)
    return found


def check_kanji_names(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """Warnings (kind ``spelling``) for kanji names written two ways (see the module)."""
    if not source.japanese:
        return []
    names = _names(list(pieces))
    text = source.text
    findings = []
    for first in names.values():
        if first.text not in text:
            continue
        for other in names.values():
            if (
                other.order > first.order
                and len(other.text) == len(first.text)
                and sum(a != b for a, b in zip(other.text, first.text, strict=True)) == 1
                and other.text not in text
            ):
                findings.append(spelling_finding(other, first))
    return findings
