"""Rate units: 1キロあたり1.35ドル for "a floor of $1.35 per mile".

A digest figure written per one unit of a measure (1キロあたり, 1リットル当たり,
1エーカーあたり) restates a source figure of the same value only if the source's
figure is per the same amount of the same measure. Where every source figure of
that value is stated per another ("$1.35 per mile", "$93.40 per hectolitre",
"4.200 Euro pro Hektar"), the unit was changed: an ``error`` with the source
sentences as evidence. A source figure stated per nothing settles nothing.
"""

from __future__ import annotations

import math
import re

from yoten.check import rx
from yoten.check.derive import identical
from yoten.check.pieces import Piece, finding_at
from yoten.check.quantities import Quantity
from yoten.check.rules import Kind, Rule
from yoten.check.source import SourceIndex, evidence
from yoten.i18n import gettext as _
from yoten.models import Finding

__all__ = ["converted_rate", "other_rate_unit"]

# (kind, size in the kind's base unit: metres, litres, kilograms, square metres)
_Measure = tuple[str, float]

# the digest's unit, right before its figure: 1キロあたり, 1リットル当たり約
_JA_PER = rx.compile(
    r"1?(?P<u>平方キロメートル|平方キロ|平方マイル|平方メートル|キロメートル|キロリットル|キログラム"
    r"|(?<!平方)キロ|km|(?<!平方)マイル|(?<!平方)メートル|ヘクトリットル|リットル"
    r"|ガロン|バレル|トン|グラム|ポンド|オンス|エーカー|ヘクタール)"
    r"(?:あたり|当たり)\s*(?:約|およそ|平均)?$"
)
_JA_MEASURES: dict[str, tuple[_Measure, ...]] = {
    "キロメートル": (("length", 1000),),
    "km": (("length", 1000),),
    "キロ": (("length", 1000), ("mass", 1)),  # (km or kg: the kilo says which only in context)
    "マイル": (("length", 1609.344),),
    "メートル": (("length", 1),),
    "キロリットル": (("volume", 1000),),
    "ヘクトリットル": (("volume", 100),),
    "リットル": (("volume", 1),),
    "ガロン": (("volume", 3.785411784), ("volume", 4.54609)),
    "バレル": (("volume", 158.987),),
    "キログラム": (("mass", 1),),
    "トン": (("mass", 1000), ("mass", 907.18474)),
    "グラム": (("mass", 0.001),),
    "ポンド": (("mass", 0.45359237),),
    "オンス": (("mass", 0.0283495), ("mass", 0.0311035)),
    "エーカー": (("area", 4046.86),),
    "ヘクタール": (("area", 10000),),
    "平方メートル": (("area", 1),),
    "平方キロメートル": (("area", 1e6),),
    "平方キロ": (("area", 1e6),),
    "平方マイル": (("area", 1609.344**2),),
}

# the source's unit right after its figure: "$1.35 per mile", "93,40 $ l'hectolitre",
# "4.200 Euro pro Hektar", "$3 a gallon"
_SOURCE_PER = rx.compile(
    r"[^.;:!?\d]{0,16}?\b(?:per|a|an|each|pro|je|par|le|la|por|el|cada)\s+"
    r"(?P<w>[a-zäöüéèíóá]+(?:\s+(?:metres?|meters?|mètres?|metros?))?)",
    re.IGNORECASE,
)
_SOURCE_MEASURES: dict[str, _Measure] = {
    word: measure
    for words, measure in (
        ("mile|miles|meile|meilen", ("length", 1609.344)),
        ("kilometre|kilometres|kilometer|kilometers|km|kilomètre|kilomètres|kilómetro"
         "|kilómetros", ("length", 1000)),
        ("metre|metres|meter|meters|mètre|mètres|metro|metros", ("length", 1)),
        ("litre|litres|liter|liters|litro|litros", ("volume", 1)),
        ("hectolitre|hectolitres|hectoliter|hectoliters|hl|hektoliter|hectolitro|hectolitros",
         ("volume", 100)),
        ("gallon|gallons|gallone|galón|galones", ("volume", 3.785411784)),
        ("barrel|barrels|fass|baril|barils|barril|barriles", ("volume", 158.987)),
        ("tonne|tonnes|ton|tons|tonnen|tonelada|toneladas", ("mass", 1000)),
        ("kilogram|kilograms|kilogramme|kilogrammes|kg|kilo|kilos|kilogramm|kilogramo"
         "|kilogramos", ("mass", 1)),
        ("gram|grams|gramme|grammes|gramm|gramo|gramos", ("mass", 0.001)),
        ("pound|lb|lbs|livre", ("mass", 0.45359237)),
        ("ounce|ounces|oz|once|onces|unze|onza|onzas", ("mass", 0.0311035)),
        ("acre|acres", ("area", 4046.86)),
        ("hectare|hectares|ha|hektar|hectárea|hectáreas", ("area", 10000)),
        ("square metre|square metres|square meter|square meters|quadratmeter", ("area", 1)),
    )
    for word in words.split("|")
}  # fmt: skip


# "par mètre carré", "por metro cuadrado", "km²": a length squared is an area
_SQUARE_AFTER = rx.compile(r"\s*(?:carr|cuadr|²|2\b)", re.IGNORECASE)
_NEXT_WORD = rx.compile(r"\s+([a-zäöüéèíóá]+)", re.IGNORECASE)


def _source_measure(text: str, s: Quantity) -> tuple[_Measure | None, str]:
    """The measure source figure ``s`` is stated per, and the source's word for it."""
    m = _SOURCE_PER.match(text, s.end, s.end + 40)
    return (_measure_of(text, m), m.group("w")) if m is not None else (None, "")


def _measure_of(text: str, m: re.Match[str]) -> _Measure | None:
    word = m.group("w").lower()
    if word.startswith(("square", "quadrat", "carré", "cuadrad")):
        # "per square mile", "pro Quadratkilometer": the square of the length after it
        after = _NEXT_WORD.match(text, m.end())
        glued = word.startswith("quadrat") and len(word) > len("quadrat")  # Quadratkilometer
        unit = word[len("quadrat") :] if glued else (after.group(1).lower() if after else "")
        length = _SOURCE_MEASURES.get(unit)
        return ("area", length[1] ** 2) if length and length[0] == "length" else None
    measure = _SOURCE_MEASURES.get(word) or _SOURCE_MEASURES.get(word.split()[0])
    if measure is not None and measure[0] == "length" and _SQUARE_AFTER.match(text, m.end()):
        return ("area", measure[1] ** 2)  # "par mètre carré", "por kilómetro cuadrado"
    return measure


def _same(a: _Measure, b: _Measure) -> bool:
    return a[0] == b[0] and math.isclose(a[1], b[1], rel_tol=0.01)


def other_rate_unit(
    q: Quantity, piece: Piece, source: SourceIndex, supporters: list[Quantity]
) -> Finding | None:
    """The error for a figure written per one unit of a measure (1キロあたり1.35ドル)
    that the source states, as written, only per another ("$1.35 per mile")."""
    per = _JA_PER.search(piece.text, max(0, q.start - 14), q.start)
    if per is None:
        return None
    mine = _JA_MEASURES[per.group("u")]
    exact = [s for s in supporters if identical(q, s)]
    theirs = [_source_measure(source.text, s) for s in exact]
    if not exact or any(t is None or any(_same(t, m) for m in mine) for t, _word in theirs):
        return None
    said = sorted({word for _t, word in theirs})
    return finding_at(
        piece,
        q.span,
        Kind.MISMATCH,
        "error",
        message=_("the source gives this figure per {unit}").format(unit=_(" or ").join(said)),
        rule=Rule.NUMBER_CONTRADICTED,
        evidence=evidence([x for s in exact if (x := source.sentence_stating(s)) is not None]),
    )


_TO_NEXT = rx.compile(r"\s*(?:to|and|-|–|à|a|bis|y)\s*", re.IGNORECASE)
# 1リットルあたり約29セントから約36セント: the second figure of a change is per the same unit
_PER_THEN = rx.compile(r"(?:から|〜|~|～)\s*(?:約|およそ)?$")


def converted_rate(
    q: Quantity, text: str, stated_before: list[Quantity], source: SourceIndex
) -> str:
    """A price per one unit of a measure (1リットルあたり約29セント) that converts a
    source price per another ("$1.10 a gallon": 1.10 / 3.785 = 0.29 a litre): the
    arithmetic, or ''. ``stated_before``: the figures before q in its sentence, one of
    which may carry the unit (1リットルあたり約29セントから約36セント)."""
    per = _JA_PER.search(text, max(0, q.start - 14), q.start)
    if per is None:
        first = next(
            (o for o in reversed(stated_before) if _PER_THEN.search(text, o.end, q.start)), None
        )
        per = _JA_PER.search(text, max(0, first.start - 14), first.start) if first else None
    if per is None:
        return ""
    mine = _JA_MEASURES[per.group("u")]
    money = [r for r in q.readings if r.unit.startswith("cur:")]
    quantities = source.quantities
    for i, s in enumerate(quantities):
        theirs, word = _source_measure(source.text, s)
        if theirs is None and i + 1 < len(quantities):
            # ("from $1.10 to $1.35 a gallon": the first end is per the second's unit)
            nxt = quantities[i + 1]
            if _TO_NEXT.fullmatch(source.text, s.end, nxt.start):
                theirs, word = _source_measure(source.text, nxt)
        if theirs is None:
            continue
        for m in mine:
            if m[0] != theirs[0] or _same(m, theirs):
                continue
            for rs in s.readings:
                for rq in money:
                    if rq.unit != rs.unit:
                        continue
                    value = rs.value * m[1] / theirs[1]
                    step = q.place / 2 * (rq.value / q.figure) if q.figure else 0
                    if abs(value - rq.value) <= step + 0.02 * value:
                        return f"{s.span.strip()} per {word} = {value:.3g} per {per.group('u')}"
    return ""
