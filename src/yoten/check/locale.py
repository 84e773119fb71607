"""Sources in French, German and Spanish, read as the English scanners expect.

The rule-based scanners (:mod:`yoten.check.quantities`, :mod:`yoten.check.dates`)
read English and Japanese. A source in another language the checker claims to
read is rewritten sentence by sentence into English-shaped text before they run:

- number words through text2num (``vingt-trois`` → 23, ``zwölf`` → 12);
- locale number formats (``12 500`` and ``12.500`` → 12500, ``3,2`` → 3.2);
- month and weekday names through Babel's CLDR data (``mars`` → March);
- scale, percentage and relative-day words from ``data/locale_words.tsv``.

Evidence offsets always point at the original sentence, never at this text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from yoten.check import rx
from yoten.check.lexicon import locale_words
from yoten.check.normalize import MONTHS, WEEKDAYS

__all__ = ["READS", "REWRITTEN", "normalise"]

# The languages the checker reads: English and Japanese natively, the others through this module.
READS = frozenset({"en", "ja", "fr", "de", "es", "it", "pt"})
REWRITTEN = frozenset({"fr", "de", "es", "it", "pt"})


# 1 850, 1 850 (narrow), 41'000 (Swiss): thousands set off by a space or an apostrophe
_SPACED_THOUSANDS = rx.compile(r"(?<=\d)[  \u202f'’](?=\d{3}(?!\d))")
_ENGLISH_SPACED = rx.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)")
_SPACE = rx.compile(r"[ \u00a0\u202f]")
_DOTTED_THOUSANDS = rx.compile(r"(?<=\d)\.(?=\d{3}(?!\d))")
_DECIMAL_COMMA = rx.compile(r"(?<=\d),(?=\d)")
_THOUSANDS = "\ue000"  # a placeholder for a thousands separator while commas are read
_GERMAN_ORDINAL_DAY = rx.compile(r"\b(\d{1,2})\.(?=\s+[A-ZÄÖÜa-zäöü])")
_SPANISH_DE = rx.compile(
    r"\b(\d{1,2}) de (?=[a-záéíóú]+\b)|(?<=[a-z]) de (?=\d{4}\b)", re.IGNORECASE
)
_SPANISH_MIL = rx.compile(r"\b(\d{1,3}) mil (\d{1,3})(?!\d|[.,]\d)")
# un millón 400 mil perros, 2 millones 150 mil (Mexico): one figure, 1,400,000
_SPANISH_MILLON_MIL = rx.compile(
    r"\b(un|\d{1,3}) mill(?:ón|ones) (\d{1,3}) mil\b(?! mill|\s*\d)", re.IGNORECASE
)
# mil 240 viviendas (Mexico): one thousand two hundred and forty
_SPANISH_BARE_MIL = rx.compile(r"(?<![\d.,]\s)(?<![\d.,])\b[Mm]il (\d{1,3})(?!\d|[.,]\d)")
# (not the thousands of a number said in words: dos mil 500, veinte mil 100)
_SPANISH_NUMBER_WORD_BEFORE = rx.compile(
    r"\b(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece"
    r"|catorce|quince|diec\w+|veint\w*|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta"
    r"|noventa|cien|ciento|\w+cientos|\w+cientas|y)\s+$",
    re.IGNORECASE,
)
_GERMAN_FROM_TO = rx.compile(r"\bvon\s+(\d[\d.,]*)\s+auf\s+(?=\d)")
_FRENCH_TIME_TAKEN = rx.compile(r"\b(en|pendant|durant)\s+(\d{1,2})\s?h\s?(\d{2})\b")
_FRENCH_TIME_COMPARED = rx.compile(r"(minutes,?\s+contre)\s+(\d{1,2})\s?h\s?(\d{2})\b")
_FRENCH_TIME = rx.compile(r"\b(\d{1,2})\s?h\s?(\d{2})\b")
_GERMAN_TIME = rx.compile(r"\b(\d{1,2})[.:](\d{2})\s?Uhr\b")
_PREMIER = rx.compile(r"\b1er\b")
_GERMAN_AM = rx.compile(r"\b[Aa]m\b")
# Clock times: à 13 heures, um 13 Uhr, a las 13 horas (13.30 Uhr, 13h30 are read below).
_CLOCK = {
    # à 13 heures, à 18 h (18 h 40 is read below), vers 9 h
    "fr": rx.compile(
        # (not a duration: en 74 jours, 6 heures et 21 minutes; pendant 3 heures)
        r"(?<!jours, )(?<!jours )(?<!jour, )(?<!pendant )(?<!durant )(?<!\ben )"
        r"(?<!plus de )(?<!moins de )(?<!près de )(?<!environ )"
        r"\b(?P<h>[01]?\d|2[0-3])\s?heures?(?:\s?(?P<m>\d{2}))?\b"
        r"(?!\s*(?:et\s+)?\d+\s*minutes?)(?P<pm>\s+du\s+soir|\s+de\s+l'après-midi)?"
        r"|(?P<pre>\b(?:à|vers|dès|de|et|avant|après|depuis|entre|jusqu'à)\s)"
        r"(?P<h2>[01]?\d|2[0-3])\s?h\b(?!\s?\d)",
        re.IGNORECASE,
    ),
    # um 13 Uhr; von 8 bis 17 Uhr, zwischen 8 und 17 Uhr (the start of a range is a clock)
    "de": rx.compile(
        r"\b(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>\d{2}))?\s?Uhr\b(?P<pm>\s+abends|\s+nachmittags)?"
        r"|(?P<pre>\b(?:von|ab|zwischen)\s)(?P<h2>[01]?\d|2[0-3])(?:[.:](?P<m2>\d{2}))?"
        r"(?=\s+(?:bis|und)\s+(?:[01]?\d|2[0-3])(?:[.:]\d{2})?\s?Uhr\b)"
    ),
    # a las 13 horas, las 19.00; "de 23.00 a 7.00" (minutes written: a clock)
    "es": rx.compile(
        # (not a count after "las": las 14.500 hectáreas)
        r"\b(?:las|la(?=\s+1\b))\s+(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?(?:\s?(?:horas|h))?\b"
        r"(?![.,]\d)"
        r"(?P<pm>\s+de\s+la\s+(?:noche|tarde))?"  # a las 7:30 de la noche: 19:30
        # (not a price or a measure: "a 19.90 pesos", "de 8.50 euros el kilo")
        r"|(?P<pre>\b(?:de|a|hasta|desde)\s)(?P<h2>[01]?\d|2[0-3])[.:](?P<m2>[0-5]\d)\b(?![.,]\d)"
        r"(?!\s*(?:pesos|euros?|d[oó]lares|libras|soles|reales|colones|quetzales|bol[ií]vares"
        r"|centavos|kilos?|kg|gramos|litros?|metros?|km|por\s+ciento|%|millones|mil\b))",
        re.IGNORECASE,
    ),
    "it": rx.compile(
        r"\b(?:alle|ore|delle|dalle)\s+(?:ore\s+)?([01]?\d|2[0-3])(?:[.:](\d{2}))?\b",
        re.IGNORECASE,
    ),
    "pt": rx.compile(r"\b([01]?\d|2[0-3])\s?h(?:oras?)?\s?(\d{2})?\b", re.IGNORECASE),
}
# Decades: les années 90 (années quatre-vingt-dix, after text2num), die 90er Jahre, los años 90.
_DECADES = {
    "fr": rx.compile(r"\b(?:années|years)\s+(19|20)?(\d)0\b", re.IGNORECASE),
    "de": rx.compile(r"\b(19|20)?(\d)0er(?:\s*-?Jahren?)?\b", re.IGNORECASE),
    "es": rx.compile(r"\b(?:años|years)\s+(19|20)?(\d)0\b", re.IGNORECASE),
    "it": rx.compile(r"\b(?:anni|years)\s+'?(19|20)?(\d)0\b", re.IGNORECASE),
    "pt": rx.compile(r"\b(?:anos|years)\s+(19|20)?(\d)0\b", re.IGNORECASE),
}
# "un millón y medio", "un million et demi", "dos días y medio": 1.5 million, 2.5 days.
# "dos horas y media", "deux heures et quart" (y cuarto arrives as "y 4th" from text2num)
_AND_A_HALF = rx.compile(
    r"\b(\d+|une?|uno|una|ein|eine|um|uma)\s+(million|billion|seconds?|minutes?|hours?|days?|weeks?|months?|years?"
    r"|points?|percentage\s+points?)"
    r"\s+(?:y|et|e|und)\s+"
    r"(?:(?P<half>medio|media|demie?|mezzo|mezza|meio|meia|halb)|cuarto|4th|quart|quarto)\b",
    re.IGNORECASE,
)
# zweieinhalb Tage, anderthalb Jahre: German's halves are one word.
_GERMAN_HALVES = {
    w: i + 1
    for i, w in enumerate("ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split())
}
_GERMAN_HALF = rx.compile(rf"\b({'|'.join(_GERMAN_HALVES)})einhalb\b|\banderthalb\b", re.IGNORECASE)
# ein zwölfstündiger Warnstreik, die 24-stündige Sperre, dreitägige Gespräche: a span
# as one adjective ("-jährig" only of a history, 132-jährige Geschichte: else mostly an
# age, which ages.py reads)
_GERMAN_SPAN_ADJECTIVE = rx.compile(
    r"\b(\d{1,3}-|[a-zäöüß]{2,20}?)(stündig|tägig|wöchig|monatig|jährig(?=\w*\s+(?:Geschichte"
    r"|Bestehen|Tradition)))(?:e[nmrs]?)?\b",
    re.IGNORECASE,
)
_GERMAN_SPAN_UNITS = {
    "stündig": "hour",
    "tägig": "day",
    "wöchig": "week",
    "monatig": "month",
    "jährig": "year",  # (only before Geschichte, Bestehen, Tradition: else an age)
}


def _german_span(m: re.Match[str]) -> str:
    """ "12-hour" for zwölfstündig (the number word read by text2num), else the words."""
    prefix = m.group(1).rstrip("-")
    if not prefix.isdigit():
        prefix = _number_words(prefix.lower(), "de")
        if not prefix.isdigit():
            return m.group(0)  # mehrtägig, ganztägig (and eintägig): no figure
    return f"{prefix}-{_GERMAN_SPAN_UNITS[m.group(2).lower()]}"


# la 3e place, 1er, 2ème; el 3.º puesto, il 3º posto: ordinals as the English scanner
# writes them (3rd)
_FRENCH_ORDINAL = rx.compile(r"\b(\d{1,3})(?:e|ème|er|ère|re)\b")
_ROMANCE_ORDINAL = rx.compile(r"\b(\d{1,3})\.?[ºª°](?!\s*[CF]\b)")


# A share as so many in N: "un salarié sur cinq", "dos de cada tres", "jeder fünfte
# Haushalt", read as the English scanner reads "one in 5" (the noun kept after it).
_SMALL = {
    "un": 1, "une": 1, "uno": 1, "una": 1, "deux": 2, "dos": 2, "trois": 3, "tres": 3,
    "quatre": 4, "cuatro": 4, "cinq": 5, "cinco": 5, "six": 6, "seis": 6, "sept": 7,
    "siete": 7, "huit": 8, "ocho": 8, "neuf": 9, "nueve": 9, "dix": 10, "diez": 10,
    "vingt": 20, "veinte": 20, "cent": 100, "cien": 100,
    "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7,
    "achte": 8, "neunte": 9, "zehnte": 10, "zwanzigste": 20, "hundertste": 100,
}  # fmt: skip
_DENOMINATOR = (
    r"(?P<d>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|dos|tres|cuatro"
    r"|cinco|seis|siete|ocho|nueve|diez|veinte|cien|\d{1,3})\b(?![\s,.]*(?:ans?|años?|jours?"
    r"|días?|mois|mes(?:es)?|semaines?|semanas?|heures?|horas?|points?|puntos?|%|€|euros?)\b)"
)
_ONE_IN: dict[str, re.Pattern[str]] = {
    "fr": rx.compile(
        r"(?<![\d:.,])\b(?P<n>une?|deux|trois|\d{1,2})\s+(?:(?P<noun>[^\W\d_][\w'’-]*)\s+)?sur\s+"
        + _DENOMINATOR,
        re.IGNORECASE,
    ),
    "es": rx.compile(
        r"(?<![\d:.,])\b(?P<n>uno|una|dos|tres|\d{1,2})\s+(?:(?P<noun>[^\W\d_][\w-]*)\s+)?de\s+cada\s+"
        + _DENOMINATOR,
        re.IGNORECASE,
    ),
    "de": rx.compile(
        r"\bjede[rsnm]?\s+(?P<d>zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte"
        r"|zehnte|zwanzigste|hundertste)[nmrs]?\b",
        re.IGNORECASE,
    ),
}


_TIME_NOUN = rx.compile(
    r"heures?|jours?|mois|ans|années?|semaines?|minutes?|horas?|días?|meses|años?|semanas?"
    r"|minutos?",
    re.IGNORECASE,
)


def _one_in(m: re.Match[str], hold: Callable[[str], str]) -> str:
    words = m.groupdict()
    n, d = (
        int(w) if w.isdigit() else _SMALL[w.lower()] for w in (words.get("n") or "1", words["d"])
    )
    noun = words.get("noun")
    if n >= d or (noun and _TIME_NOUN.fullmatch(noun)):
        return m.group(0)  # 22 heures sur 24: hours, no share of people
    # (a comma after it where the noun follows, jeden dritten Euro: no price of 3 euros)
    return hold(f"{n} in {d}") + (f" {noun}" if noun else ",")


_ORDINALS = {
    "premier": "first", "première": "first", "primero": "first", "primer": "first",
    "ersten": "first", "deuxième": "second", "second": "second", "segundo": "second",
    "zweiten": "second", "troisième": "third", "tercero": "third", "tercer": "third",
    "dritten": "third", "quatrième": "fourth", "cuarto": "fourth", "vierten": "fourth",
}  # fmt: skip
# "the second quarter, … au premier", "el tercer trimestre … en el primero de 2027": an
# ordinal with no noun of its own after a quarter the sentence names is a quarter too
_ELLIPTIC_QUARTER = rx.compile(
    r"(?P<head>\b(?:first|second|third|fourth)\s+quarter\b[^.;!?]{0,120}?\b"
    r"(?:au|en\s+el|el|del|al|du|im|vom)\s+)"
    r"(?P<ord>" + "|".join(_ORDINALS) + r")\b"
    r"(?=\s*(?:[,.;:)]|$|(?:de|del|du|von)\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)


def _elliptic_quarter(m: re.Match[str]) -> str:
    return f"{m.group('head')}{_ORDINALS[m.group('ord').lower()]} quarter"


def _english_ordinal(m: re.Match[str]) -> str:
    n = int(m.group(1))
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# "2 hours y 25 minutes": one duration for the English scanner.
# "1 minute 04", "2 heures 05": the seconds or minutes after a unit, their own unsaid
_UNIT_THEN_DIGITS = rx.compile(
    r"\b(\d+) (hours?|minutes?) ([0-5]\d)\b(?![.,]\d)"
    r"(?!\s*(?:%|percent|points?|[kcm]?m\b|kg|t\b|tonnes|lit(?:er|re)s?|Liter|l\b|°"
    r"|seconds?|minutes?|hours?|days?|years?|people|euros|dollars|francs|millions?|billions?))"
)
_NEXT_UNIT = {"hour": "minutes", "hours": "minutes", "minute": "seconds", "minutes": "seconds"}
_DURATION_AND = rx.compile(
    r"\b(\d+ (?:hours?|minutes?))\s+(?:y|et|und|e)\s+(?=\d+ (?:minutes?|seconds?)\b)"
)


_WEEKDAY_PARTS = {
    "de": {
        "abend": "evening",
        "morgen": "morning",
        "vormittag": "morning",
        "nachmittag": "afternoon",
        "mittag": "noon",
        "nacht": "night",
    }
}
_WEEKDAY_PLURALS = {"de": ("en", "e", "s"), "fr": ("s",), "es": ("s",), "pt": ("s",)}


@functools.cache
def _calendar_words(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Month and weekday names (wide and abbreviated) of ``language`` → English."""
    from babel.dates import get_day_names, get_month_names

    names: dict[str, str] = {}
    for width in ("wide", "abbreviated"):
        # (Austrian German writes Jänner and Jän. for January)
        for variant in (language, "de_AT") if language == "de" else (language,):
            for number, name in get_month_names(width, locale=variant).items():
                names[name.rstrip(".").casefold()] = MONTHS[number - 1]
        for number, name in get_day_names(width, locale=language).items():
            names[name.rstrip(".").casefold()] = WEEKDAYS[number]
    # weekdays in the plural or as adverbs: an den Samstagen, samstags, les samedis
    for number, name in get_day_names("wide", locale=language).items():
        for ending in _WEEKDAY_PLURALS.get(language, ()):
            names.setdefault(name.casefold() + ending, WEEKDAYS[number] + "s")
        for part, english in _WEEKDAY_PARTS.get(language, {}).items():  # Mittwochabend
            names.setdefault(name.casefold() + part, f"{WEEKDAYS[number]} {english}")
    words = sorted((w for w in names if len(w) >= 3), key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return rx.compile(rf"(?<!\w)(?:{alternation})\.?(?!\w)", re.IGNORECASE), names


def _rewrite_calendar(text: str, language: str, wrap: Callable[[str], str]) -> str:
    pattern, names = _calendar_words(language)

    def english(m: re.Match[str]) -> str:
        name = names.get(m.group(0).rstrip(".").casefold())
        return wrap(name) if name else m.group(0)

    return pattern.sub(english, text)


def _number_words(text: str, language: str) -> str:
    try:
        from text_to_num import alpha2digit  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a declared dependency
        return text
    try:
        # threshold 2: "deux", "dos", "zwei" are figures; "un", "ein" mostly articles
        return str(alpha2digit(text, language, threshold=2))
    except Exception:  # noqa: BLE001 - a third-party parser must never break a check
        return text


# Durations in abbreviated units: 2 min 05 s, 1 h 24 min 58 s, 3 Std. 12 Min.
_DURATION_PARTS = rx.compile(
    r"\b(?:(\d{1,2})\s?(?:h|Std\.?)(?!\w)\s?)?(\d{1,3})\s?(?:min|Min\.?|mn)(?!\w)"
    r"(?:\s?(\d{1,2})(?:[.,](\d{1,2}))?\s?(?:s|sec|Sek\.?|seg)(?!\w))?"
)


def _clock_words(m: re.Match[str]) -> str:
    """HH:MM for a clock match (a preposition the match took is kept before it)."""
    found = m.groupdict()
    if found.get("h2") is not None:
        return f"{found['pre']}{found['h2']}:{found.get('m2') or '00'}"
    hour = found["h"] if "h" in found else m.group(1)
    minute = found["m"] if "m" in found else m.group(2)
    if found.get("pm") and int(hour) < 12:  # du soir, de la noche, abends
        hour = str(int(hour) + 12)
    return f"{hour}:{minute or '00'}"


def _duration_words(m: re.Match[str]) -> str:
    hours, minutes, seconds, part = m.groups()
    words = [f"{int(hours)} hours"] if hours else []
    words.append(f"{int(minutes)} minutes")
    if seconds:
        words.append(f"{int(seconds)}.{part} seconds" if part else f"{int(seconds)} seconds")
    return " ".join(words)


# Which mark a Spanish source puts before decimals: Spain writes 3,5 and 14.500,
# Mexico and much of Latin America 3.5 and 14,500. Unambiguous figures decide.
_POINT_DECIMAL = rx.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")
_COMMA_DECIMAL = rx.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])")
_COMMA_GROUPS = rx.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3}){2,}(?![\d.,])")
_CLOCK_LIKE = rx.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_DOT_GROUPS = rx.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])")


_COMMA_THOUSAND = rx.compile(r"(?<![\d.,])\d{1,3},\d{3}(?![\d.,])")
_DOT_THOUSAND = rx.compile(r"(?<![\d.,])\d{1,3}\.\d{3}(?![\d.,])")


def decimal_point(text: str, language: str) -> bool:
    """Whether a Spanish ``text`` writes its figures as Mexico does (3.5; 14,500):
    more of its unambiguous figures say so than say the other way."""
    if language != "es":
        return False
    # (not a time of day: "de 23.00 a 6.00", "a las 19.30")
    decimals = [d for d in _POINT_DECIMAL.findall(text) if not _CLOCK_LIKE.fullmatch(d)]
    point = len(decimals) + len(_COMMA_GROUPS.findall(text))
    comma = len(_COMMA_DECIMAL.findall(text)) + len(_DOT_GROUPS.findall(text))
    if point == comma:
        # none says: a comma before three digits (142,300 estudiantes) is a thousands
        # separator where no dot stands so (a decimal with three places is rare)
        return len(_COMMA_THOUSAND.findall(text)) > len(_DOT_THOUSAND.findall(text))
    return point > comma


def normalise(text: str, language: str, *, point: bool = False) -> str:
    """``text`` (one sentence of a source in ``language``) in the English the scanners
    read; ``point``: the source writes 3.5 and 14,500 (decimal_point)."""
    if language not in REWRITTEN:
        # 270 000 TB cases (South African, SI style): only whole groups of three,
        # never after a four-digit year ("in 2019 100 people" keeps its two figures)
        return (
            _ENGLISH_SPACED.sub(lambda m: _SPACE.sub(",", m.group(0)), text)
            if language == "en"
            else text
        )
    text = _DURATION_PARTS.sub(_duration_words, text)
    # Words first, as placeholders, so that text2num does not read "milliards"
    # or "ciento" as numbers of its own; then number words; then the formats.
    text = _CLOCK[language].sub(_clock_words, text)
    held: list[str] = []

    def hold(english: str) -> str:
        held.append(english)
        return f"⟦{'x' * len(held)}⟧"  # no digits or words for text2num to read

    text = _rewrite_calendar(text, language, hold)
    if language in _ONE_IN:
        text = _ONE_IN[language].sub(lambda m: _one_in(m, hold), text)
    if language == "de":
        text = _GERMAN_SPAN_ADJECTIVE.sub(_german_span, text)
    if language == "es":  # 71 mil 300 estudiantes, 6 mil 480 millones (Mexico): one figure
        text = _SPANISH_MILLON_MIL.sub(
            lambda m: (
                f"{1 if m.group(1).lower() == 'un' else m.group(1)}"
                f"{_THOUSANDS}{int(m.group(2)):03d}{_THOUSANDS}000"
            ),
            text,
        )
        text = _SPANISH_MIL.sub(lambda m: f"{m.group(1)}{_THOUSANDS}{int(m.group(2)):03d}", text)
        text = _SPANISH_BARE_MIL.sub(
            lambda m: (
                m.group(0)
                if _SPANISH_NUMBER_WORD_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
                else f"1{_THOUSANDS}{int(m.group(1)):03d}"
            ),
            text,
        )
    for pattern, english in locale_words(language):
        text = pattern.sub(lambda _m, e=english: hold(e), text)  # type: ignore[misc]
    text = _number_words(text, language)
    text = _HELD.sub(lambda m: held[len(m.group(1)) - 1], text)
    # (au deuxième trimestre, contre 2 200 tonnes au premier: the first quarter)
    text = _ELLIPTIC_QUARTER.sub(_elliptic_quarter, text)
    text = _SCALE_OF.sub(r"\1 ", text)  # 1,1 millones de toneladas: 1.1 million tonnes
    if language == "fr":
        text = _FRENCH_ORDINAL.sub(_english_ordinal, text)
        # (en 3 h 10: a time taken, not a clock time: "in 3 hours 10 minutes")
        text = _FRENCH_TIME_TAKEN.sub(r"\1 \2 hours \3 minutes", text)
        # (and the one it is compared with: en 2 h 15, contre 3 h 40 aujourd'hui)
        text = _FRENCH_TIME_COMPARED.sub(r"\1 \2 hours \3 minutes", text)
        text = _FRENCH_TIME.sub(r"\1:\2", text)
        text = _PREMIER.sub("1", text)
        text = _SPACED_THOUSANDS.sub(_THOUSANDS, text)
    else:
        if language == "de":
            text = _GERMAN_HALF.sub(
                lambda m: f"{_GERMAN_HALVES[m.group(1).lower()] if m.group(1) else 1}.5", text
            )
            text = _GERMAN_TIME.sub(r"\1:\2", text)
            # (German am is "on the", never a.m.: 18:00 am Mittwoch is 6 p.m. on Wednesday)
            text = _GERMAN_AM.sub("on", text)
            text = _GERMAN_ORDINAL_DAY.sub(r"\1", text)
            # von 38 auf 37 Stunden: "from 38 to 37 hours", one unit for both figures
            text = _GERMAN_FROM_TO.sub(r"from \1 to ", text)
        text = _SPACED_THOUSANDS.sub(_THOUSANDS, text)
        if not point:
            text = _DOTTED_THOUSANDS.sub(_THOUSANDS, text)
    # thousands are written as English writes them, after the decimal commas are read:
    # 1.240 Wahlberechtigte → 1,240 (as "1240" it would be a year after "18. April")
    if not point:
        text = _DECIMAL_COMMA.sub(".", text)
    text = text.replace(_THOUSANDS, ",")
    text = _DECADES[language].sub(lambda m: f"{m.group(1) or '19'}{m.group(2)}0s", text)
    if language in ("es", "it", "pt"):
        text = _ROMANCE_ORDINAL.sub(_english_ordinal, text)
    if language in ("es", "pt"):  # 5 de julio de 2024, 5 de julho de 2024
        text = _SPANISH_DE.sub(lambda m: f"{m.group(1)} " if m.group(1) else " ", text)
    text = _AND_A_HALF.sub(
        lambda m: f"{1 if m.group(1).isalpha() else m.group(1)}.{5 if m['half'] else 25} {m[2]}",
        text,
    )
    text = _UNIT_THEN_DIGITS.sub(lambda m: f"{m[1]} {m[2]} {m[3]} {_NEXT_UNIT[m[2]]}", text)
    text = _SYMBOL_AFTER.sub(r"\g<sym>\g<n>", text)
    if language == "es":  # $1,5 millones: a peso as often as a dollar (US$ is the dollar)
        text = _BARE_DOLLAR.sub("$\u2060", text)
    return _DURATION_AND.sub(r"\1 and ", text)


_BARE_DOLLAR = rx.compile(r"(?<![A-Za-z$])\$(?=\s?\d)")
# 7,85 $ la livre, 4,2 Mio. €: the currency sign after its figure, where English writes it before
_SYMBOL_AFTER = rx.compile(
    r"(?<![\w$€£¥.,])(?P<n>\d[\d,.]*(?:\s(?:thousand|million|billion|trillion)\b)?)"
    r"\s?(?P<sym>(?:US|A|C|CA|HK|NZ|S|R)?\$|€|£|¥)(?!\w)"
)


_HELD = rx.compile(r"⟦(x+)⟧")
# the "of" between a scale word and its unit, once both are in English: "million de tonnes"
_SCALE_OF = rx.compile(r"\b(thousand|million|billion|trillion)\s+(?:de|d'|d’|di|von)\s+")
