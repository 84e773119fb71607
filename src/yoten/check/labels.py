"""Labels: in a Japanese source, the word a figure is stated for (営業利益は41億円).

A Japanese source names each figure with a label before it, as the digest does:
営業利益は15%増の44億円 restates the source's 営業利益 only if the source gives
営業利益 44億円. Where the source gives the digest's label another figure of the
same kind, and states the digest's figure only under another label (経常利益は44億
円), the figure was moved: an ``error`` with both source sentences as evidence.
"""

from __future__ import annotations

import re

from yoten.check import rx
from yoten.check.derive import identical
from yoten.check.digest_figures import digest_quantities
from yoten.check.pieces import Piece
from yoten.check.quantities import Quantity, readings_match
from yoten.check.relations import same_kind
from yoten.check.rivals import said_here
from yoten.check.source import SourceIndex
from yoten.models import Finding

__all__ = ["relabelled"]

# an aside in brackets after a label: 新ジャンル(第3のビール)は
_ASIDE = r"(?:[(（][^()（）、。]{1,12}[)）])?"
# a label and its particle, then up to a clause of words before the figure (営業利益は
# 前年同期比15%増の, 韓国向けは): kanji, katakana and long-vowel marks, 2 to 10 of them,
# with what qualifies it (中国向けの売上高, 4〜6月期の取扱量)
_LABEL = rx.compile(
    r"((?:(?:[\d〜一-龥々ァ-ヶー]|向け)+の)?(?:[一-龥々ァ-ヶー]|向け){2,10}?)"
    + _ASIDE
    + r"(?:は|が|も)[^、。はが]{0,16}$"
)
# what may stand between a source label and its figure: no other clause, no other label
_BETWEEN = rx.compile(r"^" + _ASIDE + r"(?:は|が|も|の|で|では)[^、。はが]{0,16}$")


def _label_before(text: str, q: Quantity, figures: list[Quantity]) -> str:
    """The label q is stated for, where nothing of q's kind stands between them
    (not 稲作農家 for 2万6000戸 in 稲作農家は3万1600戸から約2万6000戸へ)."""
    m = _LABEL.search(text, max(0, q.start - 30), q.start)
    if m is None:
        return ""
    if any(f is not q and m.end(1) <= f.start < q.start and same_kind(q, f) for f in figures):
        return ""
    return m.group(1)


def _labelled(source: SourceIndex, label: str, q: Quantity) -> list[Quantity]:
    """The source figures of q's kind that follow ``label`` in its own clause (both ends
    of a change: 常勤医は2020年度の48人から今年度は39人に)."""
    text = source.text
    found = []
    for m in re.finditer(re.escape(label), text):
        after = [
            s
            for s in source.quantities
            if m.end() <= s.start <= m.end() + 30
            and _BETWEEN.match(text[m.end() : s.start])
            and (same_kind(q, s) or readings_match(q, s))
        ]
        found += after
    return found


def _in_clause_of(text: str, label: str, s: Quantity) -> bool:
    """Whether source figure ``s`` stands in a clause that ``label`` heads."""
    before = text[max(0, s.start - 40) : s.start]
    at = before.rfind(label)
    return at >= 0 and not re.search(r"[、。]", before[at:])


def relabelled(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """営業利益は…44億円 where the Japanese source gives 営業利益 41億円 and 44億円
    only as 経常利益: the figure of another label (see the module docstring)."""
    if not source.japanese:
        return None
    label = _label_before(piece.text, q, digest_quantities(piece.text))
    if not label:
        return None
    mine = _labelled(source, label, q)
    if not mine or any(readings_match(q, s) for s in mine):
        return None
    # (q's own value must stand under other labels only: 44億円 as 経常利益)
    exact = [s for s in supporters if identical(q, s)]
    if not exact or any(
        not (theirs := _label_before(source.text, s, source.quantities))
        or theirs in label
        or label in theirs
        for s in exact
    ):
        return None
    if any(_in_clause_of(source.text, label, s) for s in exact):
        return None  # 常勤医は…48人から今年度は39人に: the label's figure too
    # (in one sentence: 営業利益は41億円、経常利益は44億円; the same label elsewhere may
    # be another year's or another segment's)
    pairs = [
        (rival, s)
        for rival in mine
        for s in exact
        if source.sentence_of(rival.start) is source.sentence_of(s.start)
    ]
    if not pairs:
        return None
    rival = pairs[0][0]
    return said_here(q, piece, source, f"{label} {rival.span.strip()}", [rival])
