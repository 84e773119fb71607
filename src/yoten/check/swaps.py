"""Two figures the source gives, each given to the other's subject.

"投与群12.4%、プラセボ群4.1%" where the source says "4.1% of the treatment group
and 12.4% of the placebo group": both figures stand in the source, so the
numbers rule passes them; what is wrong is which goes with which. A pair is
reported when, in one source sentence that states both figures and names both
subjects, each subject stands nearer the other figure than its own, while in
the digest sentence each figure follows its own subject closely.

Subjects are what the alignment already matches across languages: names by
their consonant skeleton (プラセボ ~ placebo) and the news terms of
``data/terms.tsv`` (病院 ~ hospital).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from yoten.check import rx
from yoten.check.align import katakana_skeleton, sentence_at, skeleton
from yoten.check.digest_figures import digest_quantities
from yoten.check.lexicon import digest_terms, source_terms
from yoten.check.pieces import Piece
from yoten.check.quantities import Quantity, readings_match
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_swaps"]

# The subject a digest figure follows: a katakana name, a Latin word or a kanji noun,
# at most a particle or a colon away (プラセボ群4.1%, 病院63カ所, Acme:12%).
_SUBJECT = rx.compile(
    r"([ァ-ヺー]{2,}|[A-Za-z][A-Za-z'-]+|[一-龥]{2,})(?:[はがのでもに、:：()（）\s]|群){0,2}$"
)
_COUNTER_OF_FIGURE = rx.compile(r"[\d万億千]$")
_WORD = rx.compile(r"[A-Za-zÀ-ÿ][\w'’-]*")
_NEAR = 12  # characters between a digest subject and its figure


@dataclass(frozen=True)
class _Subject:
    text: str
    keys: frozenset[str]  # skeletons and term keys it matches in a source word


def _subject(sentence: str, q: Quantity) -> _Subject | None:
    window = sentence[max(0, q.start - _NEAR) : q.start]
    m = _SUBJECT.search(window)
    if m is None or _COUNTER_OF_FIGURE.search(window, 0, m.start(1)):
        return None  # 600議席中341議席: the counter of the figure before, no subject
    word = m.group(1)
    keys: set[str] = set(digest_terms(word))
    if re.fullmatch(r"[ァ-ヺー]+", word):
        keys.add("s:" + katakana_skeleton(word.rstrip("ー")))
    elif word.isascii():
        keys.add("s:" + skeleton(word))
    keys = {k for k in keys if len(k) > 3}
    return _Subject(word, frozenset(keys)) if keys else None


def _positions(subject: _Subject, text: str) -> list[int]:
    """Where the source sentence ``text`` names ``subject`` (word offsets)."""
    out: list[int] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        keys = {"s:" + skeleton(word), "s:" + skeleton(word.rstrip("s"))} | source_terms(word)
        if keys & subject.keys:
            out.append(m.start())
    return out


def _distance(positions: list[int], q: Quantity, base: int) -> int:
    return min(abs(p - (q.start - base)) for p in positions)


def check_swaps(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """Errors for two supported figures of one digest sentence given to each other's subjects."""
    findings: list[Finding] = []
    done: set[str] = set()
    for piece in pieces:
        by_sentence: dict[str, list[Quantity]] = {}
        for q in digest_quantities(piece.text):
            if q.figure:
                by_sentence.setdefault(sentence_at(piece.text, q.start), []).append(q)
        for stated in by_sentence.values():
            if len(stated) < 2:
                continue
            finding = _swap_in(piece, stated, source)
            if finding is not None and finding.span not in done:
                done.add(finding.span)
                findings.append(finding)
    return findings


def _swap_in(piece: Piece, stated: list[Quantity], source: SourceIndex) -> Finding | None:
    text = piece.text
    for a, b in itertools.combinations(stated, 2):
        if a.figure == b.figure or {r.unit for r in a.readings} != {r.unit for r in b.readings}:
            continue
        sa, sb = _subject(text, a), _subject(text, b)
        if sa is None or sb is None or sa.keys & sb.keys:
            continue
        for i, sent in enumerate(source.sentences):
            here = source.quantities_in([sent])
            fa = [s for s in here if readings_match(a, s)]
            fb = [s for s in here if readings_match(b, s)]
            if not (fa and fb) or any(s in fb for s in fa):
                continue
            norm = sent.norm or sent.text
            pa, pb = _positions(sa, norm), _positions(sb, norm)
            if not (pa and pb):
                continue
            base = source.norm_offset(i)
            a_own, a_other = _distance(pa, fa[0], base), _distance(pa, fb[0], base)
            b_own, b_other = _distance(pb, fb[0], base), _distance(pb, fa[0], base)
            # each subject nearer the other's figure, and clearly so
            if not (
                a_other < a_own and b_other < b_own and (a_other + b_other) * 2 <= a_own + b_own
            ):
                continue
            first = text.rfind(sa.text, 0, a.start)
            span = text[first : b.end] if 0 <= first < b.start else b.span
            return Finding(
                kind=Kind.MISMATCH,
                severity="error",
                section=piece.section,
                span=span.strip(),
                message=_(
                    "the source gives {first} to {second_subject} and {second} to {first_subject}"
                ).format(
                    first=fa[0].span.strip(),
                    second=fb[0].span.strip(),
                    first_subject=sa.text,
                    second_subject=sb.text,
                ),
                rule=Rule.NUMBER_SWAPPED,
                evidence=evidence([sent]),
            )
    return None
