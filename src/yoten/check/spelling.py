"""Spelling consistency: one name, one katakana spelling per post.

Two katakana runs are taken for one name written two ways when

- they share :func:`~yoten.check.normalize.katakana_key` (no ・ or ー, small
  kana made large: ト・ラム and トー・ラム both give トラム), or
  :func:`~yoten.check.normalize.vowel_katakana_key` (ガニョン ~ ガニオン), or a
  :func:`~yoten.check.normalize.phonetic_katakana_key` (アシュウォース ~
  アシュワース, ヴァ ~ バ, ティ ~ テ, フィ ~ ヒ) of at least three kana not
  counting ッ (so ヒット and フィット, デック and ディック stay apart); or
- both are names of the same number of ・-separated parts that agree on all
  parts but one, and that one starts with the same kana and differs by at
  most two kana (ラーシュ・ホルム ~ ラース・ホルム).

Names (a run with ・, with its Latin in parentheses, or before a title such as
氏, 大統領 or 選手) are also grouped when they differ only in their vowels:
the same consonants, read through romanisation, and at most two kana apart
(バリット ~ ブリット, ゲリネル ~ ゲリナル, アブドゥラハマン ~ アブドラハマン).

A name written alone is also compared with the parts of the full names in the
post (:func:`part_groups`): a surname or given name spelt one way on its own
and another way inside the full name (ジョン・ウオーカー … ウォーカー氏,
エロディー・ルノー … エロディ氏) is one name spelt two ways too.

Keys under three kana are ignored: short words differ by a long vowel too
often (ビル / ビール). Each group with two spellings gives a warning on every
spelling after the first in reading order: the first one introduces the name
(usually with its Latin form in parentheses, ヴィリニュス(Vilnius)), and a later
one deviates from it (ビリニュス), however often each is used. The finding's
span is the deviating spelling; its message names the first one and the
sections where each stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from yoten.check import rx
from yoten.check.align import katakana_skeleton as _katakana_skeleton
from yoten.check.normalize import (
    KATAKANA_RUN,
    edit_distance,
    katakana_key,
    phonetic_katakana_key,
    vowel_katakana_key,
)
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = [
    "MIN_KANA",
    "Spelling",
    "check_spelling",
    "katakana_runs",
    "part_groups",
    "spelling_finding",
    "spelling_groups",
]

MIN_KANA = 3


@dataclass(slots=True)
class Spelling:
    """One katakana spelling: how often and in which sections (in order) it stands."""

    text: str
    order: int
    count: int = 0
    sections: list[str] = field(default_factory=list)
    alone: bool = False  # (parts) written as a name of its own somewhere
    parents: set[str] = field(default_factory=set)  # (parts) the full names it stands in

    def seen(self, section: str) -> None:
        """Count one more use of this spelling, in ``section``."""
        self.count += 1
        if section not in self.sections:
            self.sections.append(section)


def katakana_runs(text: str) -> list[str]:
    """The katakana runs of ``text``, middle dots trimmed at the ends."""
    runs = []
    for m in KATAKANA_RUN.finditer(text):
        run = m.group(0).strip("・･")
        if run:
            runs.append(run)
    return runs


def _long_enough_to_fold(run: str) -> bool:
    """Whether ``run`` is long enough for its folded sounds to stand for one name.

    Folding shortens keys and makes short words meet (ヒット ~ フィット): ッ does
    not count towards the three kana.
    """
    return len(phonetic_katakana_key(run.replace("ッ", ""))) >= MIN_KANA


def _parts(run: str) -> list[str]:
    return [katakana_key(p) for p in run.replace("･", "・").split("・") if p]


def _one_part_apart(a: str, b: str) -> bool:
    """Multi-part names equal but for one similar part (ラーシュ・ホルム ~ ラース・ホルム)."""
    pa, pb = _parts(a), _parts(b)
    if len(pa) < 2 or len(pa) != len(pb):
        return False
    differ = [(x, y) for x, y in zip(pa, pb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    shared = sum(len(p) for p in pa) - len(x)
    return shared >= 2 and min(len(x), len(y)) >= 2 and x[0] == y[0] and edit_distance(x, y, 2) <= 2


_NAME_AFTER = rx.compile(
    r"^(?:[(（][A-Za-zÀ-ÿ]|氏|さん|様|君|選手|監督|被告|博士|教授|元|前|副"
    r"|[\u4e00-\u9fff]{0,3}(?:相|長|官|議|士|者|手|督|授|裁|事|員|表|領|師))"
)


def name_runs(pieces: Iterable[Piece]) -> set[str]:
    """Katakana runs (and their ・ parts) written as names somewhere in the post."""
    names: set[str] = set()
    for piece in pieces:
        for m in KATAKANA_RUN.finditer(piece.text):
            run = m.group(0).strip("・･")
            parts = [p for p in run.replace("･", "・").split("・") if p]
            if len(parts) > 1 or _NAME_AFTER.match(piece.text[m.end() : m.end() + 4]):
                names.add(run)
                names.update(parts)
    return names


def _vowel_variants(a: str, b: str) -> bool:
    """Two names that differ only in vowels: バリット ~ ブリット, ゲリネル ~ ゲリナル."""
    ka, kb = katakana_key(a), katakana_key(b)
    if ka == kb or edit_distance(ka, kb, 2) > 2:
        return False
    sa = _katakana_skeleton(a.replace("・", ""))
    return len(sa) >= 3 and sa == _katakana_skeleton(b.replace("・", ""))


_LEADING_V = rx.compile(r"^(?:ヴァ|ワ|バ)")


def _v_variants(a: str, b: str) -> bool:
    """A V written three ways at the start of a name: ワシリエフ ~ ヴァシリエフ ~ バシリエフ."""
    if a[:1] == b[:1]:
        return False
    ka, kb = (katakana_key(_LEADING_V.sub("バ", x.replace("・", ""))) for x in (a, b))
    return len(ka) >= 4 and ka == kb


def _one_kana_apart(a: str, b: str) -> bool:
    """Long names (five kana or more) that share their first three and differ in one
    kana, long vowels aside: ラグナタン ~ ラグナーサン (Raghunathan)."""
    ka, kb = katakana_key(a.replace("・", "")), katakana_key(b.replace("・", ""))
    if ka == kb or min(len(ka), len(kb)) < 5 or ka[:3] != kb[:3]:
        return False
    return edit_distance(ka, kb, 1) <= 1


def spelling_groups(pieces: Iterable[Piece], names: set[str] | None = None) -> list[list[Spelling]]:
    """Groups of two or more spellings taken for one name, each in order of first use."""
    pieces = list(pieces)
    spellings: dict[str, Spelling] = {}
    # Where each name is first written, also inside a full name: シボーン・バリット
    # introduces バリット even when ブリット (alone) comes before バリット alone.
    first: dict[str, int] = {}
    for piece in pieces:
        for run in katakana_runs(piece.text):
            for part in (run, *run.replace("･", "・").split("・")):
                first.setdefault(part, len(first))
            if len(katakana_key(run)) < MIN_KANA:
                continue
            spellings.setdefault(run, Spelling(run, len(spellings))).seen(piece.section)
    for spelling in spellings.values():
        spelling.order = first[spelling.text]
    return _grouped(spellings, multi_part=True, names=name_runs(pieces) if names is None else names)


def part_groups(pieces: Iterable[Piece], known: set[str] | None = None) -> list[list[Spelling]]:
    """Groups of name parts taken for one name, each with a part written alone.

    Every ・-separated part of a run (a run without ・ is one part) is a
    :class:`Spelling` that knows whether it stands alone somewhere and in
    which full names it stands. Groups of parts that only stand inside full
    names are left out: the full names are compared by :func:`spelling_groups`.
    """
    pieces = list(pieces)
    parts: dict[str, Spelling] = {}
    for piece in pieces:
        for run in katakana_runs(piece.text):
            names = [p for p in run.replace("･", "・").split("・") if p]
            for name in names:
                if len(katakana_key(name)) < MIN_KANA:
                    continue
                entry = parts.setdefault(name, Spelling(name, len(parts)))
                entry.seen(piece.section)
                if len(names) == 1:
                    entry.alone = True
                else:
                    entry.parents.add(run)
    known_names = name_runs(pieces) if known is None else known
    grouped = _grouped(parts, multi_part=False, names=known_names)
    return [g for g in grouped if any(s.alone for s in g)]


def _grouped(
    spellings: dict[str, Spelling],
    *,
    multi_part: bool,
    names: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[list[Spelling]]:
    """``spellings`` grouped by shared keys (and, for full names, one differing part)."""
    runs = list(spellings)
    parent = {run: run for run in runs}

    def find(run: str) -> str:
        while parent[run] != run:
            parent[run] = parent[parent[run]]
            run = parent[run]
        return run

    def union(a: str, b: str) -> None:
        parent[find(b)] = find(a)

    for key_of in (katakana_key, vowel_katakana_key, phonetic_katakana_key):
        first: dict[str, str] = {}
        for run in runs:
            if key_of is phonetic_katakana_key and not _long_enough_to_fold(run):
                continue
            key = key_of(run)
            if key in first:
                union(first[key], run)
            else:
                first[key] = run
    multi = [run for run in runs if multi_part and ("・" in run or "･" in run)]
    for i, a in enumerate(multi):
        for b in multi[i + 1 :]:
            if find(a) != find(b) and _one_part_apart(a, b):
                union(a, b)
    named = [run for run in runs if run in names]
    for i, a in enumerate(named):
        for b in named[i + 1 :]:
            if find(a) != find(b) and (_vowel_variants(a, b) or _one_kana_apart(a, b)):
                union(a, b)
    for a in named:  # a V spelt another way needs only one of the two known as a name
        for b in runs:
            if find(a) != find(b) and _v_variants(a, b):
                union(a, b)
    groups: dict[str, list[Spelling]] = {}
    for run in runs:
        groups.setdefault(find(run), []).append(spellings[run])
    return [g for g in groups.values() if len(g) > 1]


def _where(spelling: Spelling) -> str:
    return f"{spelling.text} ({', '.join(spelling.sections)})"


def spelling_finding(other: Spelling, main: Spelling) -> Finding:
    """The warning for ``other``, a second spelling of the name ``main`` introduced."""
    return Finding(
        kind=Kind.SPELLING,
        rule=Rule.SPELLING,
        severity="warning",
        section=other.sections[0],
        span=other.text,
        message=(
            _("one name spelled two ways: {other} differs from the first spelling {first}").format(
                other=_where(other), first=_where(main)
            )
        ),
    )


def _in_reading_order(group: list[Spelling]) -> list[Spelling]:
    """``group`` with the first spelling in reading order (the reference) first."""
    return sorted(group, key=lambda s: s.order)


def check_spelling(pieces: Iterable[Piece]) -> list[Finding]:
    """Warnings (kind ``spelling``) for names written in more than one katakana spelling."""
    pieces = list(pieces)
    findings: list[Finding] = []
    grouped: dict[str, int] = {}  # spelling → its group among whole runs
    names = name_runs(pieces)
    for i, group in enumerate(spelling_groups(pieces, names)):
        ranked = _in_reading_order(group)
        main = ranked[0]
        grouped.update((s.text, i) for s in group)
        for other in ranked[1:]:
            findings.append(spelling_finding(other, main))
    flagged = {f.span for f in findings}
    for group in part_groups(pieces, names):
        ranked = _in_reading_order(group)
        main = ranked[0]
        for other in ranked[1:]:
            if other.text in flagged or other.parents & flagged:
                continue  # reported already, alone or as its full name
            if not other.alone and all(parent in grouped for parent in other.parents):
                continue  # its full names are compared with other full names above
            if (
                other.alone
                and main.alone
                and grouped.get(other.text, -1) == grouped.get(main.text, -2)
            ):
                continue  # two names written alone: compared as whole runs above
            findings.append(spelling_finding(other, main))
            flagged.add(other.text)
    findings += _separator_variants(pieces, flagged)
    return findings


# A name of several parts, joined by ・ or by = (a double name: アルブレヒト=フォーゲル)
_JOINED_NAME = rx.compile(r"[ァ-ヺー]{2,}(?:[・･=＝][ァ-ヺー]{2,})+")
_SEPARATOR = rx.compile(r"[・･=＝]")


def _separator_variants(pieces: list[Piece], flagged: set[str]) -> list[Finding]:
    """One name joined once with = and once with ・ (アルブレヒト=フォーゲル, later
    アルブレヒト・フォーゲル): the same parts, written two ways."""
    first: dict[tuple[str, ...], Spelling] = {}
    findings: list[Finding] = []
    for piece in pieces:
        for m in _JOINED_NAME.finditer(piece.text):
            parts = tuple(_SEPARATOR.split(m.group(0)))
            seen = first.setdefault(parts, Spelling(m.group(0), len(first)))
            seen.seen(piece.section)
            if m.group(0) != seen.text and m.group(0) not in flagged:
                flagged.add(m.group(0))
                other = Spelling(m.group(0), len(first))
                other.seen(piece.section)
                findings.append(spelling_finding(other, seen))
    return findings
