"""English figures (and French, German, Spanish ones after yoten.check.locale): $3.5 billion, 2.3 million, a third, 2:11:35 …"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from yoten.check import rx
from yoten.check.normalize import MONTH_NAMES, halfwidth
from yoten.check.numerals import (
    EN_ORDINALS,
    EN_SMALL,
    parse_english_words,
)
from yoten.check.quantities.core import (
    _CUR,
    _GALLON,
    _MILE,
    _MPH,
    _SHORT_TON,
    _UK_GALLON,
    COUNTISH,
    IMPERIAL,
    RUN,
    Quantity,
    Reading,
    _currency_readings,
    _is_compound,
    _readings,
    _Units,
    equivalent_readings,
)
from yoten.check.quantities.english_context import (
    carry_en_unit,
    earlier_in_sentence,
    elliptic_points,
    join_en_range,
    read_en_age,
    scale_of,
)

# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

_NUMWORD = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    "eighty|ninety|hundred|thousand|million|billion|trillion|dozen"
)
#: Unicode vulgar fractions: 9½ points, ¾ of voters.
VULGAR_FRACTIONS: dict[str, float] = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}  # fmt: skip
_VULGAR = "".join(VULGAR_FRACTIONS)
# A currency sign of letters glued to its figure (CHF5, R100, kr50, Sfr5, ISK7bn).
_GLUED_CODES = (
    r"(?<=(?<![A-Za-z])R)|(?<=(?<![A-Za-z])(?:Rs|Rp|RM|kr|Fr|Sh))|(?<=(?<![A-Za-z])(?:SFr|Sfr|KSh|Ksh))"
    r"|(?<=(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|ZAR|SEK|NOK|DKK|ISK|INR|KRW|BRL|MXN|AUD"
    r"|CAD|HKD|SGD|NZD|TRY|PLN|CZK|HUF))"
)
# "two hundred and six", not "between two and six": "and" joins number words after a scale.
_AND_AFTER_SCALE = (
    r"(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+"
)
EN_NUMBER = rx.compile(
    rf"""
    (?P<digits>(?<![A-Za-z]-)(?:(?<![A-Za-z0-9_])|{_GLUED_CODES})(?<!\d[.,/:])
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[{_VULGAR}])?
        (?![\d])(?!,\d)(?!st\b|nd\b|rd\b|th\b))
    (?:(?:\s*|-)(?P<scale>hundred|thousand|million|billion|trillion|lakh\s+crore|crores?|lakhs?
        |mn|bn|tn|m|b|k)\b)?
    |
    (?P<words>\b(?:a[\s-]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?
        (?:{_NUMWORD})(?:(?:[\s-]+|{_AND_AFTER_SCALE})(?:{_NUMWORD}))*\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "two and a half", "nine-and-a-half", "one and a quarter": a fraction added to the figure.
_EN_AND_FRACTION = rx.compile(
    r"(?:\s+and\s+|-and-)(?P<frac>a[\s-]half|one[\s-]half|a[\s-]quarter|one[\s-]quarter"
    r"|three[\s-]quarters)\b"
    r"(?:[\s-](?P<scale>hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_AND_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def _and_fraction(m: re.Match[str]) -> float:
    """The value of the fraction an :data:`_EN_AND_FRACTION` match adds (0.5 for "and a half")."""
    return _AND_FRACTIONS[re.split(r"[\s-]", m.group("frac").lower())[-1]]


_EN_CURRENCY_PREFIX: list[tuple[str, str]] = [
    (r"R\$\s*$", "BRL"),
    # a Spanish source's bare $ (marked so by yoten.check.locale): the peso of its
    # country, or the dollar
    (r"\$\u2060\s*$", "USD|PESO"),
    (r"(?:US|U\.S\.|A|AU|C|CA|HK|S|NZ|NT)?\$\s*$", "USD"),
    (r"€\s*$", "EUR"),
    (r"£\s*$", "GBP"),
    (r"¥\s*$", "JPY|CNY"),
    (r"(?:₹|\bRs\.?)\s*$", "RUPEE"),
    (r"\bRp\.?\s*$", "IDR"),
    (r"₩\s*$", "KRW"),
    (r"₽\s*$", "RUB"),
    (r"₫\s*$", "VND"),
    (r"₱\s*$", "PESO"),
    (r"₺\s*$", "TRY"),
    (r"₴\s*$", "UAH"),
    (r"₦\s*$", "NGN"),
    (r"₪\s*$", "ILS"),
    (r"zł\s*$", "PLN"),
    (r"\b(?:SFr|Sfr|sFr|SFR|Fr)\.?\s*$", "CHF"),
    (r"\b(?:kr|Kr|ISK|SEK|NOK|DKK)\.?\s*$", "KRONA"),
    (r"\bR$", "ZAR"),  # R100: glued to the figure only
    (r"\bRM\s*$", "MYR"),
    # KSh 9,000, KSh1,200; Sh38 glued to the figure only
    (r"\b(?:KSh|Ksh)\.?\s*$|\bSh$", "SHILLING"),
]
# ISO 4217 codes before a figure (USD 5, CHF5, ISK 7bn). Upper case only:
# lower-case "try" or "won" are words.
_ISO_CODES: dict[str, str] = {
    "USD": "USD", "AUD": "USD", "CAD": "USD", "HKD": "USD", "SGD": "USD", "NZD": "USD",
    "TWD": "USD", "EUR": "EUR", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "CNH": "CNY",
    "GBP": "GBP", "IDR": "IDR", "INR": "RUPEE", "PKR": "RUPEE", "LKR": "RUPEE", "NPR": "RUPEE",
    "KRW": "KRW", "RUB": "RUB", "VND": "VND", "THB": "THB", "CHF": "CHF", "BRL": "BRL",
    "TRY": "TRY", "ZAR": "ZAR", "MYR": "MYR", "AED": "AED", "SAR": "SAR", "ILS": "ILS",
    "SEK": "KRONA", "NOK": "KRONA", "DKK": "KRONA", "ISK": "KRONA", "CZK": "CZK",
    "HUF": "HUF", "PLN": "PLN", "UAH": "UAH", "NGN": "NGN", "KES": "SHILLING",
    "UGX": "SHILLING", "TZS": "SHILLING", "KZT": "KZT",
    "MXN": "PESO", "ARS": "PESO", "PHP": "PESO", "COP": "PESO", "CLP": "PESO", "UYU": "PESO",
}  # fmt: skip
_ISO_PREFIX = rx.compile(r"\b(?P<code>" + "|".join(_ISO_CODES) + r")\s*$")
_ISO_AFTER = rx.compile(r"\s*(?P<code>" + "|".join(_ISO_CODES) + r")\b")
_EN_CURRENCY_WORDS: list[tuple[str, str]] = [
    (
        r"(?:(?:us|u\.s\.|american|australian|canadian|hong\s+kong|singapore|new\s+zealand|taiwan(?:ese)?)\s+)?dollars?",
        "USD",
    ),
    (r"euros?", "EUR"),
    (r"(?:japanese\s+)?yen", "JPY"),
    (r"(?:chinese\s+)?(?:yuan|renminbi)", "CNY"),
    (r"(?:british\s+)?pounds?(?:\s+sterling)?|sterling", "GBP"),
    (r"pence|pennies|(?<=\d)(?<!480)(?<!720)(?<!1080)(?<!2160)p(?!\.?m\b)", "PENCE"),  # 21.6p
    (r"cents?|c[ée]ntimos?", "CENT"),
    (r"centimes?|Rappen", "CENTIME"),
    (r"centavos?", "CENTAVO"),
    (r"rupiah", "IDR"),
    (r"rupees?", "RUPEE"),
    (r"(?:south\s+korean\s+)?won", "KRW"),
    (r"roubles?|rubles?", "RUB"),
    (r"baht", "THB"),
    (r"pesos?", "PESO"),
    (r"dong", "VND"),
    (r"(?:swiss\s+)?francs?", "CHF"),
    (r"reais|reales|reals", "BRL"),  # (not "a real": an adjective far more often)
    (r"liras?|lira", "TRY"),
    (r"rand", "ZAR"),
    (r"ringgit", "MYR"),
    (r"dirhams?", "AED"),
    (r"riyals?|rials?", "SAR"),
    (r"shekels?|sheqels?", "ILS"),
    (
        r"kronor|krona|kroner|krone|kronur|krónur|króna"
        r"|(?:swedish|norwegian|danish|icelandic|(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ic)))\s+crowns?",
        "KRONA",
    ),
    (r"korun[ay]?|koruna", "CZK"),
    (r"forints?", "HUF"),
    (r"zloty(?:s)?|złoty(?:s)?", "PLN"),
    (r"hryvnias?", "UAH"),
    (r"naira", "NGN"),
    (r"shillings?", "SHILLING"),
    (r"cedis?", "GHS"),
    (r"tenge", "KZT"),
]
# per second: "km per second", "m/s" (not "miles as": a bare s only after a slash)
_PER_SECOND = r"(?:\s*/\s*(?:second|sec|s)|\s+(?:per|an|a|each)\s+(?:second|sec))"
_EN_UNITS: list[tuple[str, _Units]] = [
    (r"(?:%|per\s?cent\b|pc\b)", [("percent", 1, False)]),
    (r"percentage[\s-]points?\b|pp\b", [("point", 1, False)]),
    # ("52 basis points of average loans": a share, 0.52% of them)
    (r"basis[\s-]points?(?=\s+of\b)", [("point", 0.01, False), ("percent", 0.01, False)]),
    (r"basis[\s-]points?\b|bps?\b", [("point", 0.01, False)]),
    # (bare points may be basis points: "a cut of 25 points" in a rate story is 0.25)
    (
        # (not "412 points de recharge", "charging points", "points of sale": things)
        r"(?:index\s+)?(?:points?|pts?)\b(?!\s+(?:of\s+(?:sale|presence|entry|care)"
        r"|d['’](?!écart|avance|avantage)"
        r"|de\s+(?!pourcentage|percentage|base|croissance|growth|PIB|plus|moins|hausse|baisse"
        r"|mieux|retard|avance|écart)))",
        [("point", 1, False), ("score", 1, False), ("point", 0.01, False)],
    ),
    # speeds per second or minute, in km/h: 11.7 km/s = 42,120 km/h
    (
        r"(?:km\s*/\s*s(?:ec)?|kps|(?:km|kilomet(?:re|er)s?)" + _PER_SECOND + r")\b",
        [("speed", 3600, False)],
    ),
    (
        r"(?:km\s*/\s*min|(?:km|kilomet(?:re|er)s?)\s*(?:per|an|a|/|each)\s*(?:minute|min))\b",
        [("speed", 60, False)],
    ),
    (
        r"(?:m\s*/\s*s(?:ec)?|(?:m|met(?:re|er)s?)" + _PER_SECOND + r")\b",
        [("speed", 3.6, False)],
    ),
    (
        r"(?:miles?|mi)" + _PER_SECOND + r"\b",
        [("speed", _MPH * 3600, True, IMPERIAL)],
    ),
    (
        r"(?:km\s*/\s*hr?|kph|kmph|kmh|(?:km|kilomet(?:re|er)s?)\s*(?:per|an|a|/)\s*(?:hour|hr))\b",
        [("speed", 1, False)],
    ),
    (
        r"(?:mph|m\.p\.h\.?|mi\s*/\s*hr?|(?:miles?|mi)\s*(?:per|an|a|/)\s*(?:hour|hr))\b",
        [("speed", _MPH, True, IMPERIAL)],
    ),
    (r"(?:sq(?:uare)?\.?[\s-]*(?:km|kilomet(?:re|er)s?)\b|km2|km²|㎢)", [("area", 1e6, False)]),
    (r"sq(?:uare)?\.?[\s-]*(?:mi|miles?)\b", [("area", 2.58999e6, True, IMPERIAL)]),
    (r"sq(?:uare)?\.?[\s-]*(?:ft|feet|foot)\b", [("area", 0.09290304, True, IMPERIAL)]),
    (r"(?:sq(?:uare)?\.?[\s-]*(?:m|met(?:re|er)s?)\b|m2\b|m²|㎡)", [("area", 1, False)]),
    (r"(?:hectares?|ha)\b", [("area", 1e4, False)]),
    (r"acres?\b", [("area", 4046.86, True, IMPERIAL)]),
    (r"(?:km|kilomet(?:re|er)s?)\b", [("length", 1000, False)]),
    # fuel economy in km per litre: "41 miles per gallon" (US, or UK gallons), 41 mpg;
    # and the miles themselves, which a digest may keep (1ガロン41マイル)
    (
        r"(?:mpg|(?:miles?|mi)\s*(?:per|a|/)\s*(?:(?:US|U\.S\.|imperial|UK)\s+)?(?:gallon|gal)\b)",
        [
            ("economy", _MILE / 1000 / _GALLON, True, IMPERIAL),
            ("economy", _MILE / 1000 / _UK_GALLON, True, IMPERIAL),
            ("length", _MILE, True, IMPERIAL),
        ],
    ),
    (r"(?:miles?|mi)\b", [("length", _MILE, True, IMPERIAL)]),
    (r"(?:cm|centimet(?:re|er)s?)\b", [("length", 0.01, False)]),
    # SI prefixes beyond the common ones: milliseconds, micrometres, nanometres …
    (r"(?:(?-i:ms)|msecs?|millisec(?:ond)?s?)\b", [("second", 1e-3, False)]),
    (r"(?:[μµ]s|microsec(?:ond)?s?)(?!\w)", [("second", 1e-6, False)]),
    (r"(?:(?-i:ns)|nanosec(?:ond)?s?)\b", [("second", 1e-9, False)]),
    (r"nautical\s+miles?\b|nmi\b", [("length", 1852, False)]),
    # nm: nanometres, or nautical miles in shipping copy
    (r"(?-i:nm)\b", [("length", 1e-9, False), ("length", 1852, False)]),
    (r"nanomet(?:re|er)s?\b", [("length", 1e-9, False)]),
    (r"knots?\b", [("speed", 1.852, False)]),
    (r"(?:[μµ]m|micromet(?:re|er)s?|microns?)(?!\w)", [("length", 1e-6, False)]),
    (r"(?:(?-i:mg)|milligram(?:me)?s?)\b", [("mass", 1e-6, False)]),
    (r"(?:[μµ]g|mcg|microgram(?:me)?s?)(?!\w)", [("mass", 1e-9, False)]),
    (r"(?:(?-i:ml|mL)|millilit(?:re|er)s?)\b", [("volume", 1e-3, False)]),
    (r"(?:(?-i:kl|kL)|kilolit(?:re|er)s?)\b", [("volume", 1e3, False)]),
    (r"(?:(?-i:hl|hL)|(?:d['’]\s*)?hectolit(?:re|er)s?)\b", [("volume", 100, False)]),
    (r"(?:megatons?|megatonnes?)\b", [("mass", 1e9, False)]),
    (r"(?:gigatons?|gigatonnes?)\b", [("mass", 1e12, False)]),
    (r"(?-i:PB)\b", [("data", 1e15, False)]),
    # (not tuberculosis: 270,000 TB cases, TB patients, TB deaths)
    (
        r"(?-i:TB)\b(?!\s+(?:cases?|patients?|infections?|deaths?|drugs?|treatments?|clinics?"
        r"|programmes?|programs?|screening|tests?|testing|vaccines?|control|burden|incidence))",
        [("data", 1e12, False)],
    ),
    (r"(?-i:GB)\b", [("data", 1e9, False)]),
    (r"(?-i:MB)\b", [("data", 1e6, False)]),
    (r"(?-i:KB|kB)\b", [("data", 1e3, False)]),
    (r"(?:petabytes?)\b", [("data", 1e15, False)]),
    (r"(?:terabytes?)\b", [("data", 1e12, False)]),
    (r"(?:gigabytes?)\b", [("data", 1e9, False)]),
    (r"(?:megabytes?)\b", [("data", 1e6, False)]),
    (r"(?:kilobytes?)\b", [("data", 1e3, False)]),
    (r"(?:(?-i:GHz)|gigahertz)\b", [("frequency", 1e9, False)]),
    (r"(?:(?-i:MHz)|megahertz)\b", [("frequency", 1e6, False)]),
    (r"(?:(?-i:kHz)|kilohertz)\b", [("frequency", 1e3, False)]),
    (r"(?:(?-i:Hz)|hertz)\b", [("frequency", 1, False)]),
    (r"(?:(?-i:[μµ]Sv)|microsieverts?)(?!\w)", [("dose", 1e-6, False)]),
    (r"(?:(?-i:mSv)|millisieverts?)\b", [("dose", 1e-3, False)]),
    (r"(?:(?-i:Sv)|sieverts?)\b", [("dose", 1, False)]),
    (r"(?:(?-i:hPa|mbar|mb)|hectopascals?|millibars?)\b", [("pressure", 100, False)]),
    (r"(?:(?-i:kPa)|kilopascals?)\b", [("pressure", 1e3, False)]),
    (r"(?:mm|millimet(?:re|er)s?)\b", [("length", 0.001, False)]),
    (r"(?:feet|foot|ft)\b", [("length", 0.3048, True, IMPERIAL)]),
    (r"inch(?:es)?\b", [("length", 0.0254, True, IMPERIAL)]),
    (r"(?:yards?|yds?)\b", [("length", 0.9144, True, IMPERIAL)]),
    (r"(?:m|met(?:re|er)s?)\b", [("length", 1, False)]),
    # (as written, 3820万ショートトン, or in metric tons)
    (r"short\s+tons?\b", [("mass", 1000, False), ("mass", _SHORT_TON, True, IMPERIAL)]),
    (r"(?:metric\s+)?(?:tonnes?|tons?|t)\b", [("mass", 1000, False)]),
    (r"(?:kg|kilos?|kilograms?)\b", [("mass", 1, False)]),
    (r"(?:g|grams?)\b", [("mass", 0.001, False)]),
    (r"(?:lbs?|pounds?)\b", [("mass", 0.45359, True, IMPERIAL), ("cur:GBP", 1, False)]),
    (r"barrels?\b|bpd\b|b/d\b", [("barrel", 1, False)]),
    (r"(?:litres?|liters?|l(?!['’]))\b", [("volume", 1, False)]),
    (r"(?:US\s+)?gallons?\b|gal\b", [("volume", _GALLON, True, IMPERIAL)]),
    (r"(?:twh|terawatt[\s-]hours?)\b", [("energy", 1e12, False)]),
    (r"(?:gwh|gigawatt[\s-]hours?)\b", [("energy", 1e9, False)]),
    (r"(?:mwh|megawatt[\s-]hours?)\b", [("energy", 1e6, False)]),
    (r"(?:kwh|kilowatt[\s-]hours?)\b", [("energy", 1e3, False)]),
    (r"(?:(?-i:Wh)|watt[\s-]hours?)\b", [("energy", 1, False)]),
    (r"(?:(?-i:TW)|terawatts?)\b", [("power", 1e12, False)]),
    (r"(?:gw|gigawatts?)\b", [("power", 1e9, False)]),
    (r"(?:mw|megawatts?)\b", [("power", 1e6, False)]),
    (r"(?:kw|kilowatts?)\b", [("power", 1e3, False)]),
    (r"(?:(?-i:W)|watts?)\b", [("power", 1, False)]),
    # Fahrenheit is its own unit: a digest's Celsius figure is a conversion, not a copy
    (
        r"(?:°\s?f|degrees?\s+fahrenheit|fahrenheit|(?<=\d)(?-i:F)(?![\w-]))\b",
        [("temp-f", 1, False)],
    ),
    (r"(?:°\s?c|degrees?\s+celsius|celsius|(?<=\d)(?-i:C)(?![\w-]))\b", [("temp", 1, False)]),
    # a bare "degrees" is Celsius or (in an American story) Fahrenheit
    (r"degrees?\b", [("temp", 1, False), ("temp-f", 1, False)]),
    (r"years?[\s-]+old\b", [("age", 1, False), ("year", 1, False)]),
    (r"(?:years?|yrs?)\b", [("year", 1, False), ("age", 1, False)]),
    (r"months?\b", [("month", 1, False)]),
    (r"weeks?\b", [("week", 1, False)]),
    (r"fortnights?\b", [("week", 2, False)]),
    (r"days?\b", [("day", 1, False)]),
    # (12 nights: 12日 as a count of days, 12泊 as a count)
    (r"nights?\b", [("day", 1, False), ("count", 1, False)]),
    (r"(?:hours?|hrs?)\b", [("hour", 1, False)]),
    (r"(?:minutes?|mins?)\b", [("minute", 1, False)]),
    (r"(?:seconds?|secs?)\b", [("second", 1, False)]),
    (r"decades?\b", [("decade", 1, False)]),
    (r"(?:centuries|century)\b", [("century", 1, False)]),
    (r"(?:times|fold)\b", [("times", 1, False)]),
]
_EN_UNIT_RES = [(rx.compile(r"\s*-?\s*(?:" + p + ")", re.IGNORECASE), u) for p, u in _EN_UNITS]
_DURATIONS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
)
# Duration words a few words after a count: "two more days", "five straight months".
_EN_NOUN_UNIT_RES = [
    (rx.compile(p, re.IGNORECASE), u) for p, u in _EN_UNITS if u[0][0] in _DURATIONS
]
# a country's adjective before its currency the table does not name: "2.1 billion
# Estrian crowns", "40 million Belizean dollars"
_DEMONYM = r"(?:(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ic))\s+)?"
_EN_CUR_WORD_RES = [
    (rx.compile(r"\s*-?\s*" + _DEMONYM + "(?:" + p + r")\b", re.IGNORECASE), c)
    for p, c in _EN_CURRENCY_WORDS
]
_EN_CUR_WORD_AFTER = rx.compile(
    r"\s*" + _DEMONYM + "(?:" + "|".join(p for p, _c in _EN_CURRENCY_WORDS) + r")\b",
    re.IGNORECASE,
)
# a plural noun right after "1.12m": millions of them (not a length: "a 3m wall")
_PLURAL_AFTER = rx.compile(r"\s+(?!(?:is|was|has|as|its|this|thus|plus|yes|us)\b)[a-z]{2,}s\b")
_EN_CUR_PREFIX_RES = [
    (rx.compile(p, re.IGNORECASE if p.startswith(r"\b") else 0), c) for p, c in _EN_CURRENCY_PREFIX
]
_EN_APPROX = rx.compile(
    r"(?:about|around|roughly|nearly|almost|approximately|approx\.?|some|over|more\s+than|"
    r"less\s+than|fewer\s+than|under|up\s+to|at\s+least|close\s+to|upwards\s+of|estimated|"
    r"just\s+over|just\s+under|below|above|as\s+many\s+as|as\s+much\s+as|~|circa|c\.|"
    r"an?\s+estimated|almost|exceeding|exceeded|topping|topped|surpassing"
    # (French, German and Spanish sources keep their own words for "about")
    r"|rund|etwa|ungefähr|knapp|beinahe|mehr\s+als|environ|près\s+de|presque|plus\s+de"
    r"|quelque|unos|unas|alrededor\s+de|cerca\s+de|casi|más\s+de|aproximadamente)\s*$",
    re.IGNORECASE,
)
_EN_APPROX_AFTER = rx.compile(r"^\s*(?:or\s+(?:so|more|less)|-plus|\+)", re.IGNORECASE)
_EN_ORDINAL = rx.compile(
    r"\b(?:(?P<num>\d+)(?:st|nd|rd|th)|(?P<word>" + "|".join(EN_ORDINALS) + r"))\b", re.IGNORECASE
)
# "second … in a row", "third straight", "zweiten … in Folge": the ordinal counts a run
_IN_A_ROW = rx.compile(
    r"\s+(?:consecutive|straight|successive|cons[ée]cuti(?:f|ve)s?|consecutiv[oa]s?)\b"
    r"|(?:\s+[\w'-]+){0,4}?\s+(?:in\s+a\s+row|in\s+succession|in\s+folge|d'affil[ée]e)\b"
    r"|(?:\s+[\w'-]+){1,3}?\s+running\b",
    re.IGNORECASE,
)
_RUN_UNITS = ("year", "month", "week", "day", "count")
# (not the first half of a compound: a half-cent tax, a half-hour show, a quarter-final)
_NO_COMPOUND = r"(?!-(?!point|percent|per\b)[a-z])"
_EN_FRACTION = rx.compile(
    r"\b(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    rf"(?P<den>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b{_NO_COMPOUND}"
    rf"|\b(?P<half>half|halved|halving)\b{_NO_COMPOUND}",
    re.IGNORECASE,
)
_POINT_AFTER = rx.compile(r"[\s-](?:percentage[\s-])?points?\b", re.IGNORECASE)
_ONE_IN_SPAN = rx.compile(r"(?:1|one)\s+(?:in|out\s+of|of)\s", re.IGNORECASE)
# "1 in 7 homeowners", "one in every five", "three out of 10": a share as so many in N
_EN_ONE_IN = rx.compile(
    r"\b(?P<num>one|two|three|four|five|\d{1,2})\s+(?:in|out\s+of|of\s+(?=every\b))"
    r"\s+(?:every\s+)?(?P<den>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty"
    r"|a\s+hundred|hundred)\b(?![-\s]*(?:years?|days?)\b)",
    re.IGNORECASE,
)
_EN_MULTIPLE = rx.compile(
    r"\b(?:(?P<two>twice|doubled?|doubling|two-fold|twofold)|(?P<three>tripled?|tripling|threefold|three-fold)"
    r"|(?P<four>quadrupled?|fourfold|four-fold))\b",
    re.IGNORECASE,
)
# "a year", "over a year", "in a single week", "an hour", "a kilometre", "a
# percentage point": the article is the number 1. The unit word is read by
# the unit table; only a word of three letters or more counts (not "a m").
_EN_ONE_UNIT = rx.compile(
    r"\b(?:an?\s+(?:single\s+)?|single\s+|another\s+"
    r"|the\s+(?:past|last|previous|preceding|next|coming|following)\s+)"
    r"(?:(?:full|whole|entire|calendar|straight)\s+)?"
    r"(?P<unit>[a-z]{3,})",
    re.IGNORECASE,
)
# "hour-long", "day-long", "within the hour": one unit without a numeral.
_EN_ONE_UNIT_BARE = rx.compile(
    r"\b(?P<unit>hour|day|week|month|year|minute|decade)-?long\b"
    r"|\bwithin\s+the\s+(?P<hour>hour)\b"
    # "L'heure de conduite coûte 58 euros", "58 Euro pro Stunde", "la hora de clase": an hour
    r"|(?:\b[lL]['’]|\b(?:pro|je|la|por)\s+)(?P<per_hour>heure|Stunde|hora)\b"
    # "will close for the week", "shut for the day": one unit, for its length
    r"|\b(?:close[sd]?|shut|closed|suspended|off)\s+for\s+the\s+(?P<span>day|week|month)\b",
    re.IGNORECASE,
)
_EN_NIL = rx.compile(r"\b(?:nil|nought)\b", re.IGNORECASE)
_EN_HYPHEN_UNIT = rx.compile(r"^-(?P<unit>[a-z]+)", re.IGNORECASE)


# "6,250 second doses", "1,200 second homes": the ordinal before a noun, no seconds
# (a duration in seconds is plural or hyphenated: "30 seconds", "a 30-second clip")
_SECOND_ADJECTIVE = rx.compile(
    r"\s+second(?:-[a-z]|\s+(?!(?:of|and|or|to|in|on|at|for|by|from|as|than|per|a|an|the)\b)"
    r"[a-z]{3,})"
)


def _en_unit(text: str, end: int) -> tuple[list[Reading], int, str]:
    """Readings (per unit of the figure), end of the unit, and the noun when it is a count."""
    for regex, code in _EN_CUR_WORD_RES:
        m = regex.match(text, end)
        if m:
            if _POUNDS.fullmatch(m.group(0)):  # 845 million pounds: of cheese, or sterling
                return [*_currency_readings(code), *_readings(_POUND_MASS)], m.end(), ""
            return _currency_readings(code), m.end(), ""
    iso = _ISO_AFTER.match(text, end)
    if iso:  # 5 CHF, 7bn ISK
        return _currency_readings(_ISO_CODES[iso.group("code")]), iso.end(), ""
    adjective = _CURRENCY_ADJECTIVE.match(text, end)
    if adjective:  # 7 billion Icelandic kronur, 5 Swiss francs, 100 South African rand
        for regex, code in _EN_CUR_WORD_RES:
            m = regex.match(text, adjective.end())
            if m and code != "KRW":  # "100 New Yorkers won"
                return [*_currency_readings(code), Reading("count", 1)], m.end(), ""
    for regex, units in _EN_UNIT_RES:
        m = regex.match(text, end)
        if m and not _SECOND_ADJECTIVE.match(text, end):
            return _readings(units), m.end(), ""
    words = _NOUN_WORDS.match(text, end, end + 60)
    noun = words.group(0).strip().lower() if words else ""
    readings = [Reading("count", 1)]
    parts = noun.split()
    for i, word in enumerate(parts):  # "two more days", "five straight months"
        if i and parts[i - 1] in ("a", "an", "per", "each", "every"):
            continue  # "36 a week": a rate per week, not 36 weeks
        if not i and word == "second" and _SECOND_ADJECTIVE.match(text, end):
            continue
        for regex, units in _EN_NOUN_UNIT_RES:
            if regex.fullmatch(word):
                readings += _readings(units)
    return readings, end, noun


_POUNDS = rx.compile(r"\s*pounds?", re.IGNORECASE)
_POUND_MASS: _Units = [("mass", 0.45359, True, IMPERIAL)]
# One or two capitalised words (a nationality) between a figure and its currency.
_CURRENCY_ADJECTIVE = rx.compile(r"(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s)")
# Up to three words after a count: "12 Ukrainian soldiers", "2.5 million people".
# (Latin letters with their accents: "38 navires", "18 espèces", "120 Schüler")
_NOUN_WORDS = rx.compile(r"(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]*){1,3}")


_CLOCK_PART = rx.compile(r":[0-5]\d(?!\d)")


_FIRST_WORD = rx.compile(r"[A-Za-z]+")


def _number_matches(folded: str) -> Iterator[re.Match[str]]:
    """EN_NUMBER's matches; number words that make no one number ("two four-year
    terms") give their first word alone, and the scan goes on after it."""
    pos = 0
    while (m := EN_NUMBER.search(folded, pos)) is not None:
        words = m.group("words")
        if words and parse_english_words(words) is None:
            first = _FIRST_WORD.match(folded, m.start())
            alone = EN_NUMBER.match(folded, m.start(), first.end()) if first else None
            if alone is not None and alone.end() < m.end():
                yield alone
                pos = alone.end()
                continue
        yield m
        pos = max(m.end(), pos + 1)


def scan_english(text: str) -> list[Quantity]:
    """Quantities in English ``text``: figures, number words, fractions, ordinals, multiples."""
    folded = halfwidth(text)
    found: list[Quantity] = _en_clock_durations(text, folded)
    compact = [(q.start, q.end) for q in found]
    consumed = 0
    for m in _number_matches(folded):
        start, end = m.start(), m.end()
        if start < consumed or any(a <= start < b for a, b in compact):
            continue
        if _CLOCK_PART.match(folded, end) or folded[max(0, start - 1) : start] == ":":
            continue  # 14:15 is a time of day (jst.py reads it), not the figures 14 and 15
        if m.group("digits"):
            digits = m.group("digits")
            fraction = VULGAR_FRACTIONS.get(digits[-1], 0.0)
            value = float(digits.rstrip(_VULGAR).replace(",", "")) + fraction
            scale_word = m.group("scale") or ""
        else:
            parsed = parse_english_words(m.group("words"))
            if parsed is None:
                continue
            value, scale_word = parsed, ""
        if not scale_word:
            more = _EN_AND_FRACTION.match(folded, end)
            if more:  # two and a half (million), nine-and-a-half
                value += _and_fraction(more)
                scale_word = more.group("scale") or ""
                end = consumed = more.end()
        before = folded[max(0, start - 40) : start]
        span_start = start
        currency = ""
        for regex, code in _EN_CUR_PREFIX_RES:
            cm = regex.search(before)
            if cm:
                currency = code
                span_start = start - len(before) + cm.start()
                before = before[: cm.start()]
                break
        iso = _ISO_PREFIX.search(before) if not currency else None
        if iso:  # ISK 7bn, CHF 5
            currency = _ISO_CODES[iso.group("code")]
            span_start = start - len(before) + iso.start()
            before = before[: iso.start()]
        if scale_word.lower() in ("m", "b") and not currency:
            # "100m" is a hundred metres, not a million, without a currency sign
            end = m.end("digits")
            scale_word = ""
            if (
                _ISO_AFTER.match(folded, m.end())
                or _EN_CUR_WORD_AFTER.match(folded, m.end())
                or _PLURAL_AFTER.match(folded, m.end())
            ):
                # 7bn ISK, 5m kronor; 1.12m ounces, 2m people: a million of them
                end, scale_word = m.end(), m.group("scale")
        figure = value * scale_of(scale_word) if scale_word else value
        if currency:
            readings = [Reading(_CUR + code, figure) for code in currency.split("|")]
            unit_end, noun = end, ""
        else:
            per_unit, unit_end, noun = _en_unit(folded, end)
            readings = [r.scaled(figure) for r in per_unit]
        q = Quantity(
            text[span_start:unit_end],
            span_start,
            unit_end,
            tuple(readings),
            figure=figure,
            noun=noun,
        )
        q.extra["scaled"] = "1" if scale_word else ""
        if _EN_APPROX.search(before) or _EN_APPROX_AFTER.match(folded[unit_end : unit_end + 10]):
            q.approx = True
        join_en_range(found, q, folded)
        carry_en_unit(found, q, folded)
        elliptic_points(found, q, folded)
        read_en_age(q, folded)
        found.append(q)
    numbers = list(found)
    for special in _en_specials(text, folded):
        if special.extra.get("article") and any(
            q.start < special.end and special.start < q.end for q in numbers
        ):
            continue  # "an hour" of "60 miles an hour" is part of the speed
        found.append(special)
    # (the two counts of "1 in 7" are no figures of their own: no part and whole of it;
    # those of "3 in 4 households" count households, 4世帯のうち3世帯)
    shares = [
        (q.start, q.end) for q in found if q.units == {"ratio"} and _ONE_IN_SPAN.match(q.span)
    ]
    if shares:
        found = [
            q
            for q in found
            if not (q.units == {"count"} and any(a <= q.start and q.end <= b for a, b in shares))
        ]
    found.sort(key=lambda q: q.start)
    _join_en_parts(found, folded)
    _half_a_scale(found, folded)
    _temperature_reached(found, folded)
    _part_of_a_century(found, folded)
    _elliptic_ordinals(found, folded)
    _fraction_of_percent(found, folded)
    return found


_OF = rx.compile(r"\s+of\s+(?:an?\s+)?")


# "the temperature would climb to 109 that afternoon": degrees, with no unit written
_TEMPERATURE_TO = rx.compile(
    r"\b(?:temperatures?|thermometers?|(?:the\s+)?mercury|highs?|lows?)\b[^.;\d]{0,30}?"
    r"\b(?:climb|rise|rose|reach|hit|top|soar|peak|read|show|fall|fell|drop|dip)\w*"
    r"(?:\s+(?:to|at|of))?\s+$",
    re.IGNORECASE,
)


def _temperature_reached(found: list[Quantity], folded: str) -> None:
    """A bare figure a temperature climbs or falls to reads as degrees."""
    for q in found:
        if q.units == {"count"} and _TEMPERATURE_TO.search(folded, max(0, q.start - 60), q.start):
            q.readings += (Reading("temp", q.figure), Reading("temp-f", q.figure))


def _fraction_of_percent(found: list[Quantity], folded: str) -> None:
    """ "one-half of 1%": the percentage is the fraction's share of it (0.5%); "a
    quarter of a percentage point" is 0.25 points, and no longer one."""
    for f, p in itertools.pairwise(found):
        ratios = [r.value for r in f.readings if r.unit == "ratio" and 0 < r.value < 1]
        units = p.units & {"percent", "point"}
        if ratios and units and _OF.fullmatch(folded[f.end : p.start]):
            shares = tuple(
                Reading(r.unit, ratio * r.value)
                for ratio in ratios
                for r in p.readings
                if r.unit in units
            )
            if p.span.lower().startswith(("a ", "an ", "one ")):
                p.readings = shares  # (of "a percentage point": the one is the fraction's)
                p.figure = shares[0].value
            else:
                p.readings += shares


_BARE_END = rx.compile(r"\s*(?:[,.;:)]|(?:and|or|to|as|when|after|before)\b|$)")


_LIST_LINK = rx.compile(r"\s*(?:,|and|or|&)\s*(?:the\s+)?")


def _elliptic_ordinals(found: list[Quantity], folded: str) -> None:
    """ "in the 52nd minute and … in the 67th": an ordinal with no noun of its own
    after one with a unit counts in that unit too; so does one before it in a list
    ("in the 49th and 61st minutes")."""
    for i, q in enumerate(found):
        if q.units != {"ordinal"} or not q.figure:
            continue
        after = found[i + 1] if i + 1 < len(found) else None
        if (
            after is not None
            and "ordinal" in after.units
            and after.figure
            and _LIST_LINK.fullmatch(folded, q.end, after.start)
        ):
            extra = [r for r in after.readings if r.unit != "ordinal"]
            if extra:
                q.readings += tuple(r.scaled(q.figure / after.figure) for r in extra)
                continue
        if not _BARE_END.match(folded, q.end):
            continue
        for prev in earlier_in_sentence(found[:i], q, folded):
            extra = [r for r in prev.readings if r.unit != "ordinal"]
            if "ordinal" in prev.units and extra and prev.figure:
                q.readings += tuple(r.scaled(q.figure / prev.figure) for r in extra)
                break


_HALF_A = rx.compile(r"(?:a\s+)?half(?:\s+|-)$", re.IGNORECASE)
_FRACTION_WORD = rx.compile(
    r"(?:(?:a|one|two|three)[\s-]+)?(?:half|quarters?|thirds?)", re.IGNORECASE
)


def _part_of_a_century(found: list[Quantity], folded: str) -> None:
    """ "a quarter of a century", "half a century", "three quarters of a century": one
    span of years (25, 50, 75), about that long, not a share and "a century" (in
    place)."""
    for i in range(len(found) - 1, 0, -1):
        part, whole = found[i - 1], found[i]
        ratios = [r.value for r in part.readings if r.unit == "ratio" and 0 < r.value < 1]
        between = folded[part.end : whole.start]
        if (
            not ratios
            or whole.units not in ({"century"}, {"decade"})
            or not whole.span.lower().startswith(("a ", "one "))
            or not _FRACTION_WORD.fullmatch(part.span)
            # ("a quarter of a century", "half a century"; not "one in five a decade ago")
            or not (
                _OF.fullmatch(between) or (part.span.lower().endswith("half") and between == " ")
            )
        ):
            continue
        years = ratios[0] * (100 if "century" in whole.units else 10)
        unit = next(iter(whole.units))
        found[i - 1 : i + 1] = [
            replace(
                whole,
                span=folded[part.start : whole.end],
                start=part.start,
                readings=(Reading(unit, ratios[0]), Reading("year", years)),
                figure=years,
                approx=True,  # (a round span: "in half a century" for 53 years)
                extra={k: v for k, v in whole.extra.items() if k != "article"},
            )
        ]


_A_SCALE = rx.compile(r"a (?:million|billion|trillion)|(?:million|billion|trillion)(?!\S)")


def _half_a_scale(found: list[Quantity], folded: str) -> None:
    """ "half a million (visitors)", "a half-million": one figure of 500,000, not "half"
    and "a million" (in place)."""
    for i in range(len(found) - 1, 0, -1):
        half, scale = found[i - 1], found[i]
        if (
            half.span.lower().strip() not in ("half", "a half")
            or not _A_SCALE.match(scale.span.lower())
            or not _HALF_A.fullmatch(folded[half.start : scale.start])
        ):
            continue
        found[i - 1 : i + 1] = [
            replace(
                scale,
                span=folded[half.start : scale.end],
                start=half.start,
                readings=tuple(replace(r, value=r.value / 2) for r in scale.readings),
                figure=scale.figure / 2,
                extra={k: v for k, v in scale.extra.items() if k != "article"},
            )
        ]


# "1h48m", "2 h 5 min", "1hr 48mins": hours and minutes written as one token.
_EN_CLOCK_DURATION = rx.compile(
    r"(?<![\w.])(?P<h>\d{1,3})\s?(?:h|hrs?)\s?(?P<m>\d{1,2})\s?(?:m|mins?)\b", re.IGNORECASE
)


def _en_clock_durations(text: str, folded: str) -> list[Quantity]:
    """Durations in one token: 1h48m (108 minutes), and race times written as clocks.

    2:11:35 is 2 h 11 min 35 s; 64:16 is 64 min 16 s or, as a clock, 64 h 16 min
    (both readings are kept: the source's words, not the checker, decide which
    a digest's figure may match).
    """
    out: list[Quantity] = []
    for m in _EN_CLOCK_DURATION.finditer(folded):
        minutes = int(m.group("h")) * 60 + int(m.group("m"))
        q = Quantity(text[m.start() : m.end()], m.start(), m.end(), (Reading("minute", minutes),))
        q.figure = float(minutes)
        out.append(q)
    for m in _EN_HOURS_MINUTES.finditer(folded):
        hours = m.group(1)
        hours_n = int(hours) if hours.isdigit() else EN_SMALL[hours.lower()]
        seconds = hours_n * 3600 + int(m.group(2)) * 60
        q = Quantity(text[m.start() : m.end()], m.start(), m.end(), (Reading("dur", seconds),))
        q.figure = float(seconds)
        out.append(q)
    for m in _UNIT_RACE_TIME.finditer(folded):
        # 8 min 41 s 27, 9 s 58: the French and Spanish race times, to the hundredth
        if not m.group("f"):
            continue  # (41 s, 6 hours 21 minutes 14 seconds: read and joined as words)
        timed = (
            int(m.group("h") or 0) * 3600
            + int(m.group("m") or 0) * 60
            + int(m.group("s"))
            + float(f"0.{m.group('f')}")
        )
        q = Quantity(text[m.start() : m.end()], m.start(), m.end(), (Reading("dur", timed),))
        q.figure = timed
        out.append(q)
    for m in _EN_RACE_TIME.finditer(folded):
        a, b, c, frac = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        part = float(f"0.{frac}") if frac else 0.0
        if c is not None:
            readings: tuple[Reading, ...] = (Reading("dur", a * 3600 + b * 60 + int(c) + part),)
        elif frac:  # 14:38.27: minutes, seconds and hundredths, never a time of day
            readings = (Reading("dur", a * 60 + b + part),)
        elif a < 24 and not _DURATION_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
            continue  # 11:00 is a time of day unless the words before make it a duration
        else:
            readings = (Reading("dur", a * 60 + b), Reading("dur", a * 3600 + b * 60))
        q = Quantity(text[m.start() : m.end()], m.start(), m.end(), readings)
        q.figure = readings[0].value
        out.append(q)
    return out


# "2 hours 15 minutes", "a two-hour-and-40-minute set"
_EN_HOURS_MINUTES = rx.compile(
    r"(?<![\w.])(\d{1,2}|" + "|".join(w for w, n in EN_SMALL.items() if 1 <= n <= 12) + ")"
    r"[-\s]hours?[-\s](?:and[-\s])?(\d{1,2})[-\s]minutes?\b",
    re.IGNORECASE,
)
_DURATION_BEFORE = rx.compile(
    r"\b(?:in|of|time|times|clocked|ran|run|finished|record|half|lap|split|behind|ahead|takes?|took|taking|lasts?|lasted|within|under|over"
    r"|break(?:ing|s)?|broke|beat(?:ing|s)?|below|faster\s+than"
    # (a journey of 10 h 22 in French, German and Spanish: "un trajet de 10:22")
    r"|(?:trajet|voyage|parcours|durée|temps|Fahrzeit|Reisezeit|Dauer|trayecto|viaje"
    r"|recorrido|duración|tiempo)\s+(?:de|von|d['’]environ|de\s+unos)"
    r")\s+(?:a\s+|an\s+|about\s+|just\s+)?$"
    r"|\bsub-?$",  # "a bonus for breaking 2:09", "a sub-2:10 time"
    re.IGNORECASE,
)
_UNIT_RACE_TIME = rx.compile(
    # (French and Spanish sources arrive with min and s spelled out: 8 minutes 41 seconds 27)
    r"(?<![\w.,])(?:(?P<h>\d{1,2})\s?(?:hours?|h)\s?)?(?:(?P<m>\d{1,2})\s?(?:minutes?|min)\s?)?"
    r"(?P<s>\d{1,2})\s?(?:seconds?|s)\s?(?P<f>\d{2})?(?![\w,.]?\d)"
)
_EN_RACE_TIME = rx.compile(
    r"(?<![\w.:])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?:\.(\d{1,3}))?(?![\w:]|\.\d)"
)


# Between the two parts of one duration: "1 hour 48 minutes", "an hour and 48 minutes".
_EN_PART_JOIN = rx.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE)
# Between a part and its whole: "19 of the 31 days", "three of its 12 ships", "12 of
# April's 30 days".
_EN_PART_OF = rx.compile(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|those|these|all|his|her|our)\s+"
    r"|[A-Z][\w.-]*['’]s\s+)?",
)


def _join_en_parts(found: list[Quantity], folded: str) -> None:
    """Neighbouring figures read together.

    - Two parts of one duration (1 hour 48 minutes, an hour and 48 minutes):
      both also read as the whole (108 minutes).
    - A bare count before "of the" and a figure with a unit (19 of the 31
      days): the count takes that unit (19 days).
    """
    for prev, q in itertools.pairwise(found):
        gap = folded[prev.end : q.start]
        if _EN_PART_JOIN.fullmatch(gap) and _is_compound(prev, q, spaced=True):
            mine = {r.unit: r.value for r in equivalent_readings(q.readings)}
            whole = tuple(
                Reading(r.unit, r.value + mine[r.unit], r.approx, r.system)
                for r in equivalent_readings(prev.readings)
                if r.unit in mine and r.unit not in COUNTISH and r.unit in _TIME_BASES
            )
            prev.readings += whole
            q.readings += whole
        elif (
            prev.units == {"count"}
            and prev.figure
            and q.figure
            and not q.units <= COUNTISH
            and _EN_PART_OF.fullmatch(gap)
        ):
            prev.readings += tuple(
                r.scaled(prev.figure / q.figure) for r in q.readings if r.unit not in COUNTISH
            )


_TIME_BASES = frozenset({"dur", "mon", "year"})


_FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}  # fmt: skip


# the last of a list of counts said with an article: "eight waiters, two cooks and a
# dishwasher", "8 serveurs, 2 cuisiniers et un plongeur" (one dishwasher)
_LIST_TAIL_ONE = rx.compile(
    r"(?<![\d.,])\d{1,3}\s+[^\W\d_]+,\s+\d{1,3}\s+[^\W\d_]+,?\s+(?:and|et|und|y|e)\s+"
    r"(?P<one>an?|un|une|ein|eine|einen|uno|una|um|uma)\s+(?=[^\W\d_]{3,})",
    re.IGNORECASE,
)
_HALF_OF_A_PERIOD = rx.compile(r"\b(?:first|second|1st|2nd|latter|former)[\s-]+$", re.IGNORECASE)


def _en_specials(text: str, folded: str) -> list[Quantity]:
    """Fractions (a third, two-thirds, half), ordinals (second, 3rd), multiples (twice,
    doubled) and one time unit said with an article (a year, a single week)."""
    out: list[Quantity] = []

    def add(m: re.Match[str], *readings: Reading) -> None:
        out.append(
            Quantity(
                text[m.start() : m.end()], m.start(), m.end(), readings, figure=readings[0].value
            )
        )

    for m in _EN_FRACTION.finditer(folded):
        if m.group("half") and _HALF_OF_A_PERIOD.search(folded, max(0, m.start() - 12), m.start()):
            continue  # "the first half of the year": a period, not a share
        if m.group("half"):
            ratio = 0.5
        else:
            num_word = m.group("num").lower()
            num = 1.0 if num_word == "a" else parse_english_words(num_word)
            den = _FRACTION_DENOMINATORS.get(m.group("den").lower())
            if not num or not den:
                continue
            ratio = num / den
        readings = [
            Reading("ratio", ratio),
            Reading("percent", ratio * 100, True),
            Reading("times", ratio),
        ]
        article = rx.compile(r"\s+(?:of\s+)?an?\b", re.IGNORECASE).match(folded, m.end())
        if article:  # half a point, a third of a percentage point
            per_unit, _end, _noun = _en_unit(folded, article.end())
            readings += [r.scaled(ratio) for r in per_unit if r.unit != "count"]
        elif _POINT_AFTER.match(folded, m.end()):  # a half-point cut, a quarter point
            per_unit, _end, _noun = _en_unit(folded, m.end())
            readings += [r.scaled(ratio) for r in per_unit if r.unit == "point"]
        add(m, *readings)
    for m in _EN_ONE_IN.finditer(folded):
        num_in, den_in = (
            float(w) if w.isdigit() else parse_english_words(w.lower())
            for w in (m.group("num"), m.group("den"))
        )
        if num_in and den_in and num_in < den_in:
            # (a ratio only: "one in four" is no percentage a change could be compared with)
            add(m, Reading("ratio", num_in / den_in))
    for m in _EN_ORDINAL.finditer(folded):
        value = int(m.group("num")) if m.group("num") else EN_ORDINALS[m.group("word").lower()]
        per_unit, _end, _noun = _en_unit(folded, m.end())  # the 78th minute, the third day
        # ("a second poor harvest in a row", "the third straight month": a run of that
        # many, 2年連続 or 3カ月連続, whatever the run counts)
        run = (
            [Reading(unit, value) for unit in _RUN_UNITS]
            if value > 1 and _IN_A_ROW.match(folded, m.end())
            else []
        )
        add(
            m,
            Reading("ordinal", value),
            *(
                Reading(r.unit, value * r.value, system=r.system)
                for r in per_unit
                if r.unit != "count"
            ),
            *(r for r in run if r.unit not in {p.unit for p in per_unit}),
        )
        if run:
            out[-1].extra[RUN] = "1"
    for m in _EN_ONE_UNIT.finditer(folded):
        per_unit, unit_end, _noun = _en_unit(folded, m.start("unit"))
        units = [r for r in per_unit if r.unit not in COUNTISH | {"second"}]
        if not units or unit_end - m.start("unit") < 3:
            continue  # "a second time" is an ordinal, not one second
        more = _EN_AND_FRACTION.match(folded, unit_end)  # an hour and a half
        if more and not more.group("scale"):
            extra = _and_fraction(more)
            units = [r.scaled(1 + extra) for r in units]
            unit_end = more.end()
        out.append(
            Quantity(text[m.start() : unit_end], m.start(), unit_end, tuple(units), figure=1.0)
        )
        out[-1].extra["article"] = "1"
        if _EN_APPROX.search(folded[max(0, m.start() - 40) : m.start()]):
            out[-1].approx = True
    for m in _EN_ONE_UNIT_BARE.finditer(folded):
        word = m.group("unit") or m.group("hour") or m.group("span") or "hour"
        per_unit, _end, _noun = _en_unit(word, 0)
        add(m, *[r for r in per_unit if r.unit in _DURATIONS])
        out[-1].extra["article"] = "1"
    for m in _LIST_TAIL_ONE.finditer(folded):  # "8 serveurs, 2 cuisiniers et un plongeur"
        out.append(
            Quantity(
                text[m.start("one") : m.end("one")],
                m.start("one"),
                m.end("one"),
                (Reading("count", 1),),
                figure=1.0,
            )
        )
        out[-1].extra["article"] = "1"
    for m in _EN_NIL.finditer(folded):  # won two-nil, a 3-nil draw
        add(m, Reading("count", 0))
    for m in _EN_MULTIPLE.finditer(folded):
        add(m, Reading("times", 2 if m.group("two") else 3 if m.group("three") else 4))
    return out


# "for the first time since 2015", "the first since 2019": a span of years up to
# the publication year (10年ぶり in 2025).
_EN_SINCE_YEAR = rx.compile(
    r"\bsince\s+(?:(?:early|late|the\s+(?:start|end|beginning)\s+of)\s+|mid-?)?"
    rf"(?:{MONTH_NAMES}\s+)?(?P<y>1[89]\d{{2}}|20\d{{2}})\b",
    re.IGNORECASE,
)


def years_since(text: str, year: int) -> list[Quantity]:
    """Spans of years from "since YYYY" in ``text`` to ``year`` (the publication year).

    "Since 2015" in 2025 supports 10年ぶり (N年ぶり counts calendar years) and, for a
    year not yet complete, 9年 (as in 9年が経った); the quantity has both readings,
    and the checker holds a count of years ago (ぶり) to the first.
    """
    out: list[Quantity] = []
    for m in _EN_SINCE_YEAR.finditer(text):
        span = year - int(m.group("y"))
        if span < 1:
            continue
        readings = tuple(Reading("year", n) for n in (span, span - 1) if n > 0)
        out.append(Quantity(m.group(0), m.start(), m.end(), readings, figure=float(span)))
    return out
