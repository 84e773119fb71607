"""A digest figure the source does not state as written, in its sentence, with
the source sentences it restates (:class:`Figure`, made by :func:`figure_of`),
and the small readings of its words that every role shares (money, the clause,
an average, arithmetic the sentence works out).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from yoten.check import rx
from yoten.check.align import (
    SourceSentence,
    katakana_skeleton,
    sentence_at,
    sentence_start,
    skeleton,
)
from yoten.check.derive import identical, share_part, wrong_share
from yoten.check.digest_figures import digest_quantities
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity, readings_match
from yoten.check.relations import foreign_count, log_distance, same_kind, same_kind_sources
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding


@dataclass
class Figure:
    """A digest figure the source does not state as written, in its sentence, with
    the source sentences that sentence restates."""

    q: Quantity
    piece: Piece
    source: SourceIndex
    start: int  # where q's sentence starts in piece.text
    sentence: str
    stated: list[Quantity]  # the sentence's other figures (offsets in the sentence)
    aligned: list[SourceSentence]
    # the source's figures the digest sentence states (948件, 1236件), wherever the
    # source states them: a change or a level the digest derives runs between them
    restated: list[Quantity]

    @functools.cached_property
    def before(self) -> str:
        """The digest sentence before q's ('' when q's is the piece's first)."""
        return sentence_at(self.piece.text, self.start - 1) if self.start else ""

    @functools.cached_property
    def before_figures(self) -> list[Quantity]:
        return digest_quantities(self.before) if self.before else []

    @functools.cached_property
    def before_aligned(self) -> list[SourceSentence]:
        """The first two source sentences the digest sentence before q's restates."""
        if not self.before:
            return []
        values = [r.value for o in self.before_figures for r in o.readings]
        return self.source.align(self.before, values=values)[:2]

    @functools.cached_property
    def nearby(self) -> list[Quantity]:
        """The figures of the sentences restated, then the rest of ``restated``."""
        nearby = self.source.quantities_in(self.aligned)
        return nearby + [s for s in self.restated if s not in nearby]

    @functools.cached_property
    def share_part(self) -> Quantity | None:
        """The figure q is written beside as its share (890万回と約6割), if q is a share."""
        return share_part(self.q, self.sentence, self.q.start - self.start, self.stated)

    @functools.cached_property
    def wrong_share(self) -> str:
        """The share the figures q's sentence states give, when they do not give q
        (see derive.wrong_share); read once, before and after the derivations."""
        return wrong_share(
            self.q, self.piece.text, self.stated, self.nearby, same_kind_sources, self.share_part
        )

    @functools.cached_property
    def unit_word(self) -> str:
        return loanword_after(self.piece.text, self.q)

    @functools.cached_property
    def counted(self) -> list[Quantity]:
        """The digest's figures before q in its paragraph, counted with q's counter (住宅
        214棟が全焼し、67棟が損壊した。…合わせて281棟: the 67 of "67 more" counts homes
        too; one cached scan of the paragraph, not a new one of each figure's prefix)."""
        q = self.q
        if not q.counter:
            return []
        return [
            o
            for o in digest_quantities(self.piece.text)
            if o.end <= self.start and o.counter == q.counter
        ]

    @property
    def after(self) -> str:
        return self.piece.text[self.q.end : self.q.end + 6]

    def kin(self, a: Quantity, b: Quantity) -> bool:
        """Same kind, or (for a figure in a unit the scanner does not know) counted in
        the same loanword, or stated beside it in the digest sentence (2310万ソル)."""
        q = self.q
        if same_kind(a, b) or (a is q and foreign_count(a, b, self.source)):
            return True
        # ("26万8400台と14万3900台、計41万2300台": the source's figures the sentence
        # states with the same counter count the same thing)
        return a is q and (
            named_alike(self.unit_word, b, self.source)
            or any(readings_match(o, b) for o in self.counted)
            or any(
                readings_match(o, b)
                and (bool(self.unit_word) or (bool(q.counter) and o.counter == q.counter))
                for o in self.stated
            )
        )

    def derived(self, derivation: str) -> Finding:
        return finding_at(
            self.piece,
            self.q.span,
            Kind.DERIVED,
            "info",
            message=_("derived from the source: {derivation}").format(derivation=derivation),
            rule=Rule.NUMBER_DERIVED,
            derivation=derivation,
            evidence=evidence(self.aligned),
        )

    def contradicted(self, arithmetic: str) -> Finding:
        return finding_at(
            self.piece,
            self.q.span,
            Kind.MISMATCH,
            "error",
            message=_("the source's figures give {change}").format(change=arithmetic),
            rule=Rule.NUMBER_CONTRADICTED,
            derivation=arithmetic,
            evidence=evidence(self.aligned),
        )


def figure_of(q: Quantity, piece: Piece, source: SourceIndex) -> Figure:
    sentence = sentence_at(piece.text, q.start)
    values = [r.value for r in q.readings]
    stated = [o for o in digest_quantities(sentence) if o.span != q.span]
    others = [r.value for o in stated for r in o.readings] + [o.figure for o in stated]
    aligned = source.align(sentence, values=others, ignore=[*values, q.figure])
    start = sentence_start(piece.text, q.start)
    if not aligned and start > 0 and _POINTS_BACK.match(sentence):
        # (これは処理能力の約8割にあたる: the sentence before says what "this" is)
        before = sentence_at(piece.text, start - 1)
        said = [r.value for o in digest_quantities(before) for r in o.readings]
        aligned = source.align(before, values=said, ignore=[*values, q.figure])[:2]
    clause = clause_at(piece.text, q)
    if clause != sentence:  # …上回り、純利益も約3割増えた: the clause's own sentence too
        aligned += [
            s
            for s in source.align(clause, values=others, ignore=[*values, q.figure])[:1]
            if s not in aligned
        ]
    restated = [
        s
        for s in source.quantities
        if any(identical(o, s) for o in stated) and not s.extra.get("article")
    ]
    if not aligned:
        # (安全上重要な更新は90日以内に…14項目を勧告した: too few words to align, but
        # the one source sentence that states its other figure, "14 recommendations")
        # (by a figure that says which: no age, no span of time, no small count; 2年前は
        # 686ユーロだった restates no sentence by its "2 years")
        held = {
            id(x): x
            for s in restated
            if s.figure >= 10
            and not s.units & _WEAK_ANCHORS
            and (x := source.sentence_of(s.start)) is not None
        }
        if len(held) == 1:
            aligned = list(held.values())
    return Figure(q, piece, source, start, sentence, stated, aligned, restated)


# figures too common to say which sentence a digest sentence restates
_WEAK_ANCHORS = frozenset({"year", "month", "week", "day", "hour", "age", "ordinal", "any"})

# a sentence that opens by pointing back: これは, それは, この, うち
_POINTS_BACK = rx.compile(r"\s*(?:これ|それ|この|その|うち)")


# 10.9%から1.9ポイント, 71%より16ポイント: the end a change is counted from, right before it
POINTS_FROM = rx.compile(r"(?:から|より)(?:約|およそ|ほぼ)?")


# units of no amount a level or a gap is worked out in: shares, times, dates and spans
NOT_LEVELS = frozenset(
    "any percent point times ratio ordinal year month day hour minute second time age "
    "decade century".split()
)


def counted_alike(q: Quantity, s: Quantity) -> bool:
    """Whether source figure ``s`` counts what q counts: the same kind, or a plain
    count where q is one (台 for "8,912 cars")."""
    return same_kind(q, s) or (q.units == {"count"} and "count" in s.units)


def plain_counts(q: Quantity, s: Quantity) -> bool:
    """Two counts of four digits or more, whatever they count (1,316件 and "1,136 signal
    failures"): for two neighbouring digits swapped, chance is too rare to ask more."""
    return (
        q.units == {"count"}
        # (or a bare scaled count the source's currency may also read: "1,46 Millionen"
        # visitors in a story of euros)
        and "count" in s.units
        and all(u == "count" or u.startswith("cur:") for u in s.units)
        and bool(q.counter)  # (件, 人: a count the digest names, not a bare figure)
        and q.figure >= 1000
        and 0.1 < s.figure / q.figure < 10
        and not 1900 <= s.figure <= 2100  # (years)
    )


def is_money(s: Quantity) -> bool:
    return any(u.startswith("cur:") for u in s.units)


def says_otherwise(f: Figure, rivals: list[Quantity] | tuple[Quantity, ...]) -> Finding:
    """The error for q where the source states ``rivals`` (the nearest two shown)."""
    nearest = sorted(rivals, key=lambda s: log_distance(f.q, s))[:2]
    says = _(" or ").join(f'"{s.span.strip()}"' for s in nearest)
    return finding_at(
        f.piece,
        f.q.span,
        Kind.MISMATCH,
        "error",
        message=_("the source says {figures}").format(figures=says),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence([s for r in nearest if (s := f.source.sentence_stating(r))]),
    )


PER_ONE_BEFORE = rx.compile(r"1[^\d\s、。]{1,4}?(?:あたり|当たり)[^\d、。]{0,8}$")


# words that make a figure a sum, a difference, what is left or the other end of a
# change (計14%, 35票差, 残る38店, 2.4日短縮, 190トン増, 10人多い, 前年より, 従来の価格,
# 上積み, 2〜3メートル): the figure may be computed, not copied
_ARITHMETIC_WORDS = (
    r"(?<![集会設統推時])計|合計|総|累計|延べ|差|残|増|減|多|少な(?!くとも)|上回|下回|短縮|延長|縮|広げ|拡大|伸び|上昇|低下"
    r"|下落|改善|悪化|ほか|以外|合わせ|足|引|比|より|超過|不足|ぶん|分の|追加|加え|上積|修正"
    r"|(?:従来|当初|以前|前年|昨年|前日|前週|前月|前回){past}|[〜~～]|上が|下が|引き上|引き下"
)
_ARITHMETIC = rx.compile(_ARITHMETIC_WORDS.format(past=""))
# (a scale slip is no computation: 昨年のエビ輸出額は5400万ドル for "$540 million" is
# a past year's own figure, 従来の価格 the one before a change)
_ARITHMETIC_NOW = rx.compile(_ARITHMETIC_WORDS.format(past=r"(?!の[^\d約])"))
_CLAUSE_START = rx.compile(r"[、。,:：]")
AVERAGE_WORDS = rx.compile(r"平均|あたり|当たり|につき")


_CLAUSE_END = rx.compile(r"[、。]")


def clause_at(text: str, q: Quantity) -> str:
    """The clause of ``text`` that holds ``q`` (between 、 and 。)."""
    start = 0
    for m in _CLAUSE_END.finditer(text, 0, q.start):
        start = m.end()
    end = _CLAUSE_END.search(text, q.end)
    return text[start : end.start() if end else len(text)]


def is_averaged(f: Figure) -> bool:
    """Whether q's own clause calls it an average (年平均では4億6000万ユーロ), which may
    stand a power of ten from a source figure (not a part: このうち1200万ユーロ for
    "12 millions" is a slip of scale as often as not)."""
    before = f.sentence[max(0, f.q.start - f.start - 16) : f.q.start - f.start]
    return AVERAGE_WORDS.search(re.split(r"[、。]", before)[-1]) is not None


def in_arithmetic(text: str, q: Quantity, *, past: bool = True) -> bool:
    """Whether the digest's words around ``q`` say it is computed (see _ARITHMETIC):
    in its clause before it (up to 16 characters) or right after it (``past``: a
    past period's own figure, 昨年のエビ輸出額は, counts as computed)."""
    words = _ARITHMETIC if past else _ARITHMETIC_NOW
    start = max(0, q.start - 16)
    for m in _CLAUSE_START.finditer(text, start, q.start):
        start = m.end()
    return bool(words.search(text, start, q.start) or words.search(text[q.start : q.end + 6]))


_UNIT_AFTER = rx.compile(r"[ァ-ヺー]{2,}|[A-Za-z]{2,}")


def loanword_after(text: str, q: Quantity) -> str:
    """The loanword a digest figure is counted in when the scanner knows no such
    unit: 4万6900セディ, 163万オンス, 283万TEU (its consonant skeleton)."""
    if q.units - {"any", "count"}:
        return ""
    m = _UNIT_AFTER.match(text, q.end)
    if m is None and q.counter and _UNIT_AFTER.fullmatch(q.counter):
        word = q.counter
    elif m is not None:
        word = m.group(0)
    else:
        return ""
    key = katakana_skeleton(word) if not word.isascii() else skeleton(word)
    return key if len(key) >= 2 else ""


def named_alike(unit_word: str, s: Quantity, source: SourceIndex) -> bool:
    """The source counts ``s`` in the same loanword: セディ and cedis, オンス and ounces."""
    if not unit_word or not ({"count", "any"} & s.units):
        return False
    after = source.text[s.end : s.end + 40]
    words = re.findall(r"[A-Za-zÀ-ÿ]{2,}", s.noun + " " + after)[:3]
    return any(unit_word in (skeleton(w), skeleton(w.rstrip("s"))) for w in words)


def value_in(o: Quantity, unit: str) -> float | None:
    """The value of ``o``'s reading in ``unit``, or None."""
    return next((r.value for r in o.readings if r.unit == unit), None)
