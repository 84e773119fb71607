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

Keys under three kana are ignored: short words differ by a long vowel too
often (ビル / ビール). Each group with two spellings gives a warning on the
rarer one (on ties, the later one), naming both spellings and the sections
where each stands.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from yoten.check.normalize import (
    KATAKANA_RUN,
    edit_distance,
    katakana_key,
    phonetic_katakana_key,
    vowel_katakana_key,
)
from yoten.check.pieces import Piece
from yoten.models import Finding

__all__ = ["MIN_KANA", "Spelling", "check_spelling", "katakana_runs", "spelling_groups"]

MIN_KANA = 3


@dataclass(slots=True)
class Spelling:
    """One katakana spelling: how often and in which sections (in order) it stands."""

    text: str
    order: int
    count: int = 0
    sections: list[str] = field(default_factory=list)


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
    differ = [(x, y) for x, y in zip(pa, pb) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    shared = sum(len(p) for p in pa) - len(x)
    return shared >= 2 and min(len(x), len(y)) >= 2 and x[0] == y[0] and edit_distance(x, y, 2) <= 2


def spelling_groups(pieces: Iterable[Piece]) -> list[list[Spelling]]:
    """Groups of two or more spellings taken for one name, each in order of first use."""
    spellings: dict[str, Spelling] = {}
    for piece in pieces:
        for run in katakana_runs(piece.text):
            if len(katakana_key(run)) < MIN_KANA:
                continue
            entry = spellings.setdefault(run, Spelling(run, len(spellings)))
            entry.count += 1
            if piece.section not in entry.sections:
                entry.sections.append(piece.section)
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
    multi = [run for run in runs if "・" in run or "･" in run]
    for i, a in enumerate(multi):
        for b in multi[i + 1 :]:
            if find(a) != find(b) and _one_part_apart(a, b):
                union(a, b)
    groups: dict[str, list[Spelling]] = {}
    for run in runs:
        groups.setdefault(find(run), []).append(spellings[run])
    return [g for g in groups.values() if len(g) > 1]


def _where(spelling: Spelling) -> str:
    return f"{spelling.text} ({', '.join(spelling.sections)})"


def check_spelling(pieces: Iterable[Piece]) -> list[Finding]:
    """Warnings (kind ``spelling``) for names written in more than one katakana spelling."""
    findings: list[Finding] = []
    for group in spelling_groups(pieces):
        ranked = sorted(group, key=lambda s: (-s.count, s.order))
        main = ranked[0]
        for other in ranked[1:]:
            findings.append(
                Finding(
                    kind="spelling",
                    severity="warning",
                    section=other.sections[0],
                    span=other.text,
                    message=f"one name spelled two ways: {_where(other)} and {_where(main)}",
                )
            )
    return findings
