"""Ages: a person's age in the digest against the age the source gives that person.

A digest writes an age beside a name (マンソン被告(24), ヴィラサ会長(69),
オトゥンド(Felix Otundo、27歳)); a source writes it in the outlet's style
("Tyrell Munson, 22, received", "Anselmo Teixeira Vilaça, de 66 anos",
"a 24-year-old named Dorian Hasket", "Ines Vogt (54)"). The figure alone is
often in the source as someone else's age, so the numbers check finds it
supported; the person says whose it is. An age the source gives that person
otherwise is a contradiction (``error``) with the sentence as evidence. A
person is known by the surname: the Latin spelling the digest gives beside the
katakana, there or at the person's first mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yoten.check import rx
from yoten.check.align import SourceSentence
from yoten.check.normalize import fold_latin, halfwidth
from yoten.check.pieces import Piece
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["check_ages"]

_LATIN = r"[A-Za-zÀ-ɏḀ-ỿ][A-Za-zÀ-ɏḀ-ỿ'’.\- ]{0,60}"
_KANA = r"[ァ-ヴー・=＝]{2,}"
# マンソン(Tyrell Munson)被告(24), ヴィラサ会長(69歳): a name, its title, its age
_JA_NAME_AGE = rx.compile(
    rf"(?P<kana>{_KANA})(?:[(](?P<latin>{_LATIN})[)])?"
    r"(?P<title>[^\s、。()0-9]{0,8}?)[(](?P<age>\d{1,3})歳?[)]"
)
# オトゥンド(Felix Otundo、27歳): the age inside the name's brackets
_JA_LATIN_AGE = rx.compile(
    rf"(?P<kana>{_KANA})[(](?P<latin>{_LATIN})[、,]\s*(?P<age>\d{{1,3}})歳[)]"
)
# what every match of the two above ends on: (57), (57歳), 、27歳)
_AGE_IN_BRACKETS = rx.compile(r"\d{1,3}歳?[)]")
# a first mention that pairs the katakana with the Latin spelling
_JA_PAIR = rx.compile(rf"(?P<kana>{_KANA})[(](?P<latin>{_LATIN})[)、,]")

_EN_NAME = r"[A-Z][\w'’\-]+(?:\s+(?:de|da|van|von|der|di|del|la|le|bin)?\s*[A-Z][\w'’\-]+){0,3}"
_EN_AGES = (
    # "Tyrell Munson, 22, received"; "Vilaça, de 66 anos, disse"; "Suda Phanwanit, 63, who"
    rx.compile(
        rf"(?P<name>{_EN_NAME}),\s+(?:(?:de|aged|âgée?|age)\s+)?(?P<age>\d{{1,3}})"
        r"(?:\s+(?:anos|años|ans|Jahre|years(?:\s+old)?))?\s*(?:[,;)]|\.(?!\d))"
    ),
    # "a 24-year-old named Dorian Hasket", "der 54-jährige Ines Vogt"
    rx.compile(
        rf"\b(?P<age>\d{{1,3}})[-\s](?:year-old|jährige[nr]?)\s+(?:[a-z]+\s+){{0,3}}(?P<name>{_EN_NAME})"
    ),
    # "Ines Vogt (54)"
    rx.compile(rf"(?P<name>{_EN_NAME})\s+\((?P<age>\d{{1,3}})\)"),
)


# a Japanese source's and digest's own style: 高梨颯太(24), ムトゥア(27), 井波修一監督(52)
_JA_ANY_NAME_AGE = rx.compile(r"(?P<name>[一-龥々ァ-ヴー・]{2,12})[(](?P<age>\d{1,3})歳?[)]")


def _surname(latin: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", fold_latin(latin).casefold()) if w]
    return words[-1].strip(".'’") if words else ""


def _kana_key(kana: str) -> str:
    return re.split(r"[・=＝]", kana)[-1]


def _source_ages(source: SourceIndex) -> dict[str, dict[int, list[int]]]:
    """Surname → age → indexes of the source sentences that give it."""
    ages: dict[str, dict[int, list[int]]] = {}
    for index, sentence in enumerate(source.sentences):
        for text in {sentence.text, sentence.norm or sentence.text}:
            for pattern in _EN_AGES:
                for m in pattern.finditer(text):
                    age = int(m.group("age"))
                    surname = _surname(m.group("name"))
                    if 1 <= age <= 120 and surname:
                        found = ages.setdefault(surname, {}).setdefault(age, [])
                        if index not in found:
                            found.append(index)
    return ages


def _japanese_ages(source: SourceIndex) -> dict[str, dict[int, list[int]]]:
    """A Japanese source's names as written (高梨颯太) → age → sentence indexes."""
    ages: dict[str, dict[int, list[int]]] = {}
    for index, sentence in enumerate(source.sentences):
        for m in _JA_ANY_NAME_AGE.finditer(halfwidth(sentence.text)):
            age = int(m.group("age"))
            if 1 <= age <= 120:
                found = ages.setdefault(m.group("name"), {}).setdefault(age, [])
                if index not in found:
                    found.append(index)
    return ages


def _same_person(digest: str, source: str) -> bool:
    """高梨 and 高梨颯太: one name the start of the other (two characters at least);
    ムトゥア and ダニエル・ムトゥア: the surname of a katakana name."""
    short, long = sorted((_kana_key(digest), _kana_key(source)), key=len)
    return len(short) >= 2 and long.startswith(short)


def check_ages(pieces: Iterable[Piece], source: SourceIndex) -> list[Finding]:
    """Errors for ages the digest gives a person whom the source gives another age."""
    pieces = list(pieces)
    texts = [halfwidth(p.text) for p in pieces]
    if not any("(" in t for t in texts):
        return []
    surnames: dict[str, str] = {}  # katakana surname → Latin surname, from the digest
    for text in texts:
        for m in _JA_PAIR.finditer(text):
            surnames.setdefault(_kana_key(m.group("kana")), _surname(m.group("latin")))
    known: dict[str, dict[int, list[int]]] | None = None
    findings: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    if source.japanese:
        return _check_japanese(pieces, texts, source)
    for piece, text in zip(pieces, texts, strict=True):
        if not _AGE_IN_BRACKETS.search(text):
            continue  # (both patterns end on an age in brackets: one quick look first)
        for m in (*_JA_NAME_AGE.finditer(text), *_JA_LATIN_AGE.finditer(text)):
            latin = m.group("latin")
            surname = _surname(latin) if latin else surnames.get(_kana_key(m.group("kana")), "")
            age = int(m.group("age"))
            if not surname or (surname, age) in seen:
                continue
            if known is None:
                known = _source_ages(source)
            given = known.get(surname, {})
            if not given or age in given:
                continue
            # ("Geoffrey Pennington, 68, and his wife Margaret, 66": Margaret Pennington's
            # age stands by her first name alone)
            first = _surname(latin.split()[0]) if latin and len(latin.split()) > 1 else ""
            if first and age in known.get(first, {}):
                continue
            seen.add((surname, age))
            said = sorted(given)
            sentences = [source.sentences[i] for a in said for i in given[a]][:2]
            findings.append(_finding(piece, m, said, sentences))
    return findings


def _check_japanese(pieces: list[Piece], texts: list[str], source: SourceIndex) -> list[Finding]:
    """Ages in the digest against a Japanese source's, name by name as written."""
    known = _japanese_ages(source)
    findings: list[Finding] = []
    seen: set[tuple[str, int]] = set()
    for piece, text in zip(pieces, texts, strict=True):
        for m in _JA_ANY_NAME_AGE.finditer(text):
            name, age = m.group("name"), int(m.group("age"))
            given: dict[int, list[int]] = {}
            for other, ages in known.items():
                if _same_person(name, other):
                    for a, where in ages.items():
                        given.setdefault(a, []).extend(where)
            if not given or age in given or (name, age) in seen:
                continue
            seen.add((name, age))
            said = sorted(given)
            sentences = [source.sentences[i] for a in said for i in given[a]][:2]
            findings.append(_finding(piece, m, said, sentences))
    return findings


def _finding(
    piece: Piece, m: re.Match[str], said: list[int], sentences: list[SourceSentence]
) -> Finding:
    """The error for the age at ``m`` (in ``piece``'s half-width text)."""
    start, end = m.start("age"), m.end()
    return Finding(
        kind=Kind.MISMATCH,
        severity="error",
        section=piece.section,
        span=piece.text[m.start() : end],
        message=_("the source gives this person's age as {ages}, not {age}").format(
            ages=_(" or ").join(map(str, said)), age=piece.text[start : end - 1]
        ),
        rule=Rule.AGE_CONTRADICTED,
        evidence=evidence(sentences),
    )
