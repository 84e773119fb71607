"""Quantities in text, as normalised values with units.

A :class:`Quantity` carries one or more readings (:class:`Reading`): a unit
and the value in that unit's base (metres, kilograms, km/h, …). Most have
one; ambiguous ones have several (``100キロ`` is 100 km or 100 kg, ``¥5m`` is
yen or yuan, a fraction is also a percentage). Two quantities match when a
reading of each agrees (see :func:`readings_match`).

Japanese text (a digest, or a Japanese source) goes through
:func:`scan_japanese`; English source text through :func:`scan_english`.
Calendar dates are not quantities: :mod:`yoten.check.dates` owns them and
hands its spans here to be skipped.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from yoten.check.normalize import halfwidth
from yoten.check.numerals import (
    EN_ORDINALS,
    EN_SCALES,
    parse_english_words,
    parse_japanese,
    precision,
)

__all__ = [
    "DAY_OF_MONTH",
    "VULGAR_FRACTIONS",
    "Quantity",
    "Reading",
    "equivalent_readings",
    "is_day_count",
    "is_per_one",
    "is_rate_denominator",
    "may_be_rate",
    "readings_match",
    "scan_english",
    "scan_japanese",
    "years_since",
]

#: ``Quantity.extra`` key: the figure is also a day of the month (8〜10日に: the 8th to 10th).
DAY_OF_MONTH = "day_of_month"
# Units that say what is counted only vaguely: they match each other.
COUNTISH = frozenset({"count", "times", "ordinal"})
#: The system of miles, feet, acres: readings in it are converted to metric
#: (approx), but two of them compare exactly.
IMPERIAL = "imperial"


@dataclass(frozen=True, slots=True)
class Reading:
    """One interpretation of a quantity: a unit and a value in its base unit."""

    unit: str
    value: float
    approx: bool = False  # a unit conversion (miles → km) or a fraction read as a percentage
    system: str = ""  # IMPERIAL for miles, feet, acres …: no conversion between two of them

    def scaled(self, factor: float) -> Reading:
        """This reading with its value multiplied by ``factor``."""
        return Reading(self.unit, self.value * factor, self.approx, self.system)


@dataclass(slots=True)
class Quantity:
    """A quantity found in text: where it is, what it reads as, how exact it claims to be."""

    span: str
    start: int
    end: int
    readings: tuple[Reading, ...]
    approx: bool = False  # 約, about, more than …
    figure: float = 0.0  # the number before any unit factor (35億ドル → 3.5e9)
    place: float = 0.0  # place value of the last stated digit, in ``figure``'s scale; 0 = none
    noun: str = ""  # English: the word after the figure (people, ships …)
    counter: str = ""  # Japanese: the counter after the figure (人, 隻 …)
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def units(self) -> set[str]:
        return {r.unit for r in self.readings}


def _close(d: float, s: float, rel: float) -> bool:
    scale = max(abs(d), abs(s), 1e-12)
    return abs(d - s) <= rel * scale


# Durations stated in one unit and read in another: 90 minutes = 1時間半, two
# decades = 20年, a fortnight = 2週間. Each time unit also reads as seconds
# ("dur") or as months ("mon"); decades and centuries also read as years.
_EQUIVALENTS: dict[str, tuple[tuple[str, float], ...]] = {
    "second": (("dur", 1),),
    "minute": (("dur", 60),),
    "hour": (("dur", 3600),),
    "day": (("dur", 86400),),
    "week": (("dur", 7 * 86400),),
    "month": (("mon", 1),),
    "year": (("mon", 12),),
    "decade": (("year", 10), ("mon", 120)),
    "century": (("year", 100), ("mon", 1200)),
}


def equivalent_readings(readings: Iterable[Reading]) -> list[Reading]:
    """``readings`` and, for durations, the same span in the shared base units."""
    out: list[Reading] = []
    for r in readings:
        out.append(r)
        for unit, factor in _EQUIVALENTS.get(r.unit, ()):
            out.append(Reading(unit, r.value * factor, r.approx, r.system))
    return out


def readings_match(digest: Quantity, source: Quantity) -> bool:
    """True when some reading of ``digest`` agrees with some reading of ``source``.

    Exact figures must be equal, or ``source`` rounded to the digest's last
    stated digit (35億 for $3.46 billion) within 5%. With 約/about on either
    side, or a unit conversion (miles on one side, kilometres on the other),
    10% is allowed; two figures in the same imperial unit (65マイル, 65 mph)
    must agree like any exact figures. A digest figure without a unit
    (214の破片) also matches the figure a source writes before its unit
    (214 pieces, 10ms, 12 nm).
    """
    source_readings = equivalent_readings(source.readings)
    if source.figure and any(r.unit == "any" for r in digest.readings):
        source_readings.append(Reading("any", source.figure))
    for dr in equivalent_readings(digest.readings):
        for sr in source_readings:
            if not _units_agree(dr.unit, sr.unit):
                continue
            converted = (dr.approx or sr.approx) and not (dr.system and dr.system == sr.system)
            approx = digest.approx or source.approx or converted
            if _close(dr.value, sr.value, 1e-6):
                return True
            if approx and _close(dr.value, sr.value, _approx_tolerance(digest, source, dr, sr)):
                return True
            if _may_round(digest) and _close(dr.value, sr.value, 0.05):
                step = digest.place * dr.value / digest.figure
                if step > 0 and _close(round(sr.value / step) * step, dr.value, 1e-6):
                    return True
    return False


def _approx_tolerance(digest: Quantity, source: Quantity, dr: Reading, sr: Reading) -> float:
    """How far an approximate figure may be from the source's, relative.

    約4500 for "some 4,300" is not an approximation but another figure: when
    only the digest says 約 and states its last digit (place), the source must
    round to it (within one step). A source that is itself approximate, or a
    unit conversion, allows 10%.
    """
    if sr.unit == dr.unit == "percent" and sr.approx:
        # three-quarters as 75%: 約75%, 7割5分, or 約7割 for two-thirds, not 78%
        return (3.5 if digest.approx else 2.6) / max(abs(dr.value), 1e-12)
    if not digest.approx or dr.approx or digest.place <= 0 or not digest.figure:
        return 0.10
    step = abs(digest.place * dr.value / digest.figure)
    value = max(abs(dr.value), 1e-12)
    for other in source.readings:
        # "some 4,300" is already written to the digest's last digit: 約4500 is another figure.
        if (
            other.unit == dr.unit
            and step
            and abs(other.value / step - round(other.value / step)) < 1e-6
        ):
            return step / 2 / value
    if source.approx:
        return 0.10
    return min(0.10, max(step / value, 0.02))


def _may_round(digest: Quantity) -> bool:
    """Whether ``digest`` may stand for a source figure rounded to its last stated digit.

    A figure that keeps two significant digits or more is a rounding (35億 for
    $3.46 billion, 250万 for 2,487,000), and so is a round thousand or more
    (5000 for 4,980). A smaller one-digit figure (20, 300) is as exact as it is
    written: 20人 is no rounding of 19 people. Ages are always exact.
    """
    if digest.place <= 0 or not digest.figure or "age" in digest.units:
        return False
    figure = abs(digest.figure)
    return figure / digest.place >= 10 - 1e-9 or figure >= 1000


def _units_agree(digest_unit: str, source_unit: str) -> bool:
    if digest_unit == source_unit:
        return True
    if digest_unit == "any":
        return True
    pair = {digest_unit, source_unit}
    if pair <= COUNTISH:
        return True
    return pair in ({"percent", "point"}, {"age", "year"}, {"age", "count"})


# ---------------------------------------------------------------------------
# Japanese
# ---------------------------------------------------------------------------

_KANJI = "〇一二三四五六七八九十百千"
JA_NUMBER = re.compile(
    rf"(?<![A-Za-z]-)(?<![A-Za-z0-9_])(?<!\d[/:.])(?<![万億兆])"
    rf"(?:\d[\d,]*(?:\.\d+)?|[{_KANJI}])(?:\d[\d,]*(?:\.\d+)?|[{_KANJI}万億兆])*"
)

_CUR = "cur:"
# Country names that may stand before a currency written in katakana or kanji:
# スイスフラン, メキシコペソ, アイスランドクローナ, 南アフリカランド, 韓国ウォン.
_JA_COUNTRY = (
    r"(?:米|豪|加|英|印|韓国|中国|香港|台湾|新台湾|北朝鮮|南ア(?:フリカ)?|スイス|スウェーデン"
    r"|ノルウェー|デンマーク|アイスランド|チェコ|ハンガリー|ポーランド|メキシコ|フィリピン"
    r"|アルゼンチン|チリ|コロンビア|ウルグアイ|キューバ|ブラジル|インド|パキスタン|スリランカ"
    r"|ネパール|インドネシア|シンガポール|カナダ|オーストラリア|ニュージーランド|NZ|トルコ"
    r"|ロシア|イギリス|英国|タイ|ベトナム|マレーシア|サウジ(?:アラビア)?|イラン|カタール|UAE"
    r"|イスラエル|ウクライナ|ナイジェリア|エジプト|ケニア|ガーナ|ジンバブエ|バングラデシュ"
    r"|カザフスタン)?"
)
_JA_CURRENCY: list[tuple[str, str]] = [
    (r"ドル", "USD"),
    (r"ユーロ", "EUR"),
    (r"円", "JPY"),
    (r"(?:人民)?元", "CNY"),
    (r"ポンド", "GBP"),
    (r"ペンス", "PENCE"),
    (r"セント", "CENT"),
    (r"ルピア", "IDR"),
    (r"ルピー", "RUPEE"),
    (r"ウォン", "KRW"),
    (r"ルーブル|ルーブリ", "RUB"),
    (r"バーツ", "THB"),
    (r"ペソ", "PESO"),
    (r"ドン", "VND"),
    (r"フラン", "CHF"),
    (r"レアル", "BRL"),
    (r"リラ", "TRY"),
    (r"ランド", "ZAR"),
    (r"リンギット|リンギ", "MYR"),
    (r"ディルハム", "AED"),
    (r"リヤル|リアル", "SAR"),
    (r"シェケル|シェケリ", "ILS"),
    (r"クローナ|クローネル|クローネ|クローヌル", "KRONA"),
    (r"コルナ", "CZK"),
    (r"フォリント", "HUF"),
    (r"ズロチ", "PLN"),
    (r"フリブニャ|グリブナ", "UAH"),
    (r"ナイラ", "NGN"),
    (r"シリング", "SHILLING"),
    (r"テンゲ", "KZT"),
]

# (pattern right after the number, [(unit, factor, approx[, system])])
_Units = list[tuple[str, float, bool] | tuple[str, float, bool, str]]


def _readings(units: _Units) -> list[Reading]:
    """One :class:`Reading` per entry of a unit table row (per 1 of the figure)."""
    return [Reading(*spec) for spec in units]


_MILE = 1609.344
_MPH = _MILE / 1000  # in km/h

# SI-prefixed units beyond the common ones (written in katakana or as symbols):
# 10ミリ秒 = 10 ms, 5マイクロメートル = 5 μm, 2ミリシーベルト = 2 mSv, 950ヘクトパスカル
# = 950 hPa = 950 millibars, 64ギガバイト = 64 GB. Values are in each kind's base
# (seconds, metres, kilograms, litres, watts, bytes, hertz, sieverts, pascals).
_JA_SI_UNITS: list[tuple[str, _Units]] = [
    (r"ナノ秒|ns", [("second", 1e-9, False)]),
    (r"マイクロ秒|[μµ]s", [("second", 1e-6, False)]),
    (r"ミリ秒|ms", [("second", 1e-3, False)]),
    (r"ナノメートル|ナノメーター|nm", [("length", 1e-9, False)]),
    (r"マイクロメートル|マイクロメーター|ミクロン|[μµ]m", [("length", 1e-6, False)]),
    (r"ミリグラム|mg", [("mass", 1e-6, False)]),
    (r"マイクログラム|[μµ]g", [("mass", 1e-9, False)]),
    (r"ミリリットル|ml|mL", [("volume", 1e-3, False)]),
    (r"キロリットル|kL|kl", [("volume", 1e3, False)]),
    (r"メガトン", [("mass", 1e9, False)]),
    (r"ギガトン", [("mass", 1e12, False)]),
    (r"テラワット|TW", [("power", 1e12, False)]),
    (r"ワット時|Wh", [("energy", 1, False)]),
    (r"ワット|W(?![A-Za-z])", [("power", 1, False)]),
    (r"ペタバイト|PB", [("data", 1e15, False)]),
    (r"テラバイト|TB", [("data", 1e12, False)]),
    (r"ギガバイト|GB", [("data", 1e9, False)]),
    (r"メガバイト|MB", [("data", 1e6, False)]),
    (r"キロバイト|KB|kB", [("data", 1e3, False)]),
    (r"バイト", [("data", 1, False)]),
    (r"ギガヘルツ|GHz", [("frequency", 1e9, False)]),
    (r"メガヘルツ|MHz", [("frequency", 1e6, False)]),
    (r"キロヘルツ|kHz", [("frequency", 1e3, False)]),
    (r"ヘルツ|Hz", [("frequency", 1, False)]),
    (r"マイクロシーベルト|[μµ]Sv", [("dose", 1e-6, False)]),
    (r"ミリシーベルト|mSv", [("dose", 1e-3, False)]),
    (r"シーベルト|Sv", [("dose", 1, False)]),
    (r"ヘクトパスカル|hPa|ミリバール|mbar|mb", [("pressure", 100, False)]),
    (r"キロパスカル|kPa", [("pressure", 1e3, False)]),
    (r"パスカル|Pa", [("pressure", 1, False)]),
]
_JA_UNITS: list[tuple[str, _Units]] = [
    (r"(?:%|パーセント)(?:ポイント|pt)", [("point", 1, False)]),
    (r"%|パーセント", [("percent", 1, False)]),
    (r"ベーシスポイント|bp|bps", [("point", 0.01, False)]),
    (r"ポイント|pt", [("point", 1, False)]),
    (r"割", [("percent", 10, False)]),
    (r"倍", [("times", 1, False)]),
    (r"平方キロ(?:メートル)?|平方km|km2|km²|km\^2|㎢", [("area", 1e6, False)]),
    (r"平方マイル", [("area", 2.58999e6, True, IMPERIAL)]),
    (r"平方メートル|平方m|m2|㎡|m²|m\^2", [("area", 1, False)]),
    (r"ヘクタール|ha", [("area", 1e4, False)]),
    (r"エーカー", [("area", 4046.86, True, IMPERIAL)]),
    (r"km/s|キロメートル毎秒|キロ毎秒", [("speed", 3600, False)]),
    (r"m/s|メートル毎秒", [("speed", 3.6, False)]),
    (r"km/h|kph|キロメートル毎時|キロ毎時", [("speed", 1, False)]),
    (r"mph|マイル毎時", [("speed", _MPH, True, IMPERIAL)]),
    (r"キロメートル|km", [("length", 1000, False), ("speed", 1, False)]),
    (r"キログラム|kg", [("mass", 1, False)]),
    (r"キロワット時|kWh", [("energy", 1e3, False)]),
    (r"メガワット時|MWh", [("energy", 1e6, False)]),
    (r"ギガワット時|GWh", [("energy", 1e9, False)]),
    (r"テラワット時|TWh", [("energy", 1e12, False)]),
    (r"キロワット|kW", [("power", 1e3, False)]),
    (r"メガワット|MW", [("power", 1e6, False)]),
    (r"ギガワット|GW", [("power", 1e9, False)]),
    *_JA_SI_UNITS,
    (r"キロ", [("length", 1000, False), ("mass", 1, False), ("speed", 1, False)]),
    (r"センチ(?:メートル)?|cm", [("length", 0.01, False)]),
    (r"ミリ(?:メートル)?|mm", [("length", 0.001, False)]),
    # a bare ナノ/マイクロ: a length (3ナノ半導体 = 3 nm) or a time (ナノ秒 said short)
    (r"ナノ", [("length", 1e-9, False), ("second", 1e-9, False)]),
    (r"マイクロ", [("length", 1e-6, False), ("second", 1e-6, False)]),
    (r"メートル|m(?![A-Za-z])", [("length", 1, False)]),
    (r"マイル", [("length", _MILE, True, IMPERIAL), ("speed", _MPH, True, IMPERIAL)]),
    (r"海里", [("length", 1852, False)]),
    (r"ノット", [("speed", 1.852, False)]),
    (r"フィート", [("length", 0.3048, True, IMPERIAL)]),
    (r"トン|t(?![A-Za-z])", [("mass", 1000, False)]),
    (r"グラム|g(?![A-Za-z])", [("mass", 0.001, False)]),
    (r"バレル", [("barrel", 1, False)]),
    (r"リットル|L(?![A-Za-z])", [("volume", 1, False)]),
    (r"℃|°C", [("temp", 1, False)]),
    (r"度(?!目)", [("temp", 1, False), ("times", 1, False)]),
    (
        r"年(?:間|にわたり|にわたって|ぶり|連続|前|後|以上|以内|余り|近く|超|来|越し)",
        [("year", 1, False)],
    ),
    (r"世紀(?:間)?", [("century", 1, False), ("year", 100, False)]),  # dates took 19世紀
    (r"(?:カ|か|ヶ|ケ|ヵ|箇)月", [("month", 1, False)]),
    (r"週間", [("week", 1, False)]),
    (r"日間", [("day", 1, False)]),
    (r"時間", [("hour", 1, False)]),
    (r"分間|分(?!の\s*[\d〇一二三四五六七八九十百千])", [("minute", 1, False)]),
    (r"秒", [("second", 1, False)]),
    (r"歳|才", [("age", 1, False)]),
    (r"(?:番|回|度|期|人|代|年|日|つ|戦|巡)目|位|番手", [("ordinal", 1, False)]),
    (
        (
            r"(?:カ|か|ヶ|ケ|ヵ|箇)(?:国|所)|人|名|件|回|隻|台|機|基|発|本|個|つ|社|店|戸|棟|頭|匹|羽"
            r"|校|軒|議席|席|票|例|種類|種|品目|項目|冊|枚|着|州|都市|市|町|村|世帯|家族|チーム"
            r"|団体|機関|カ国|国|語|曲|作品|杯|両|門|株|床|病院|空港|港|路線|便"
        ),
        [("count", 1, False)],
    ),
    # 点: a count of items, or a score (9.5点 = 9.5 points, 3点差 = by three points)
    (r"点", [("count", 1, False), ("score", 1, False)]),
]
_JA_UNIT_RES = [(re.compile(p), u) for p, u in _JA_UNITS]
_JA_CURRENCY_RES = [(re.compile(_JA_COUNTRY + "(?:" + p + ")"), code) for p, code in _JA_CURRENCY]
# A currency's hundredth written as its own unit: 50セント = $0.50, 20ペンス = £0.20.
_SUBUNITS = {"CENT": ("USD", 0.01), "PENCE": ("GBP", 0.01)}

_JA_APPROX_BEFORE = re.compile(
    r"(?:約|およそ|凡そ|概ね|おおむね|ほぼ|推定|最大|最高|最低|少なくとも|最多)\s*$"
)
_JA_APPROX_AFTER = re.compile(
    r"^(?:超|以上|以下|未満|余り|余|程度|前後|近く|強|弱|ほど|あまり|足らず|を超え|を上回|を下回|に迫|に上)"
)
_JA_PER = re.compile(r"[^\s\d、。]{1,8}?(?:あたり|当たり|につき|ごと|毎)")


def is_per_one(text: str, end: int) -> bool:
    """True when the numeral ending at ``end`` reads "per one …" (1日あたり, 1人当たり)."""
    return _JA_PER.match(text, end, end + 12) is not None


# After "1 + unit": あたり/につき…; の and a word of a rate (1日の平均, 1日の上限); or
# (に/で, =, 平均, 約 …) and the rate's own figure (1日26隻, 1日に9リットル, 1日で3回).
_JA_RATE_AFTER = re.compile(
    r"\s*(?:(?P<per>あたり|当たり|につき|ごと|毎)"
    r"|(?P<word>の\s*(?:平均|上限|最大|最高|最低|最多|目安|摂取|限度|許容))"
    r"|(?P<particle>[にで])?\s*[=＝]?\s*(?:平均|最大|最高|最多|最低|約|およそ|ほぼ)?\s*"
    r"(?=[\d〇一二三四五六七八九十]))"
)
# A figure right after "1日に" that is a date or year, not the rate's figure: 1日に2024年の….
_JA_NOT_RATE_FIGURE = re.compile(r"\s*(?:年|月|日(?!間))")
# "1 + unit, figure + unit" pairs that are one compound figure, not a rate:
# 1時間30分, 1年3カ月, 1分20秒, 1メートル80センチ.
_COMPOUNDS = frozenset(
    {
        ("year", "month"),
        ("year", "week"),
        ("month", "day"),
        ("week", "day"),
        ("hour", "minute"),
        ("minute", "second"),
        ("dur", "second"),  # 2時間11分 then 35秒: a race time
        ("length", "length"),
        ("mass", "mass"),
    }
)
_JA_CLOCK = re.compile(r"時(?!間)|時半")


def is_rate_denominator(text: str, unit_end: int, units: Iterable[str]) -> bool:
    """True when a "1 + unit" ending at ``unit_end`` is the "per one" of a rate.

    ``units`` are the units the "1 + unit" may have (``day`` for 1日). The
    rate follows it: あたり/当たり/につき/ごと (1キロあたり, 1回につき), の and a
    word of a rate (1日の平均, 1日の上限), or the rate's own figure, directly or
    after に/で (1日26隻 = 26 a day, 1人2枚, 1ドル=150円, 1日に9リットル, 1日で3回).
    The word after the particle decides: a figure is a rate, anything else (1日に
    発表: a verb of an event) is not. A figure that continues a compound
    (1時間30分, 1メートル80センチ), a clock time (1日10時, 1日に10時から: the 1st at
    ten) or a year or date (1日に2024年の…) is no rate.
    """
    m = _JA_RATE_AFTER.match(text, unit_end, unit_end + 16)
    if m is None:
        return False
    if m.group("per") or m.group("word"):
        return True
    number = JA_NUMBER.match(text, m.end())
    if number is None:
        return False
    if _JA_CLOCK.match(text, number.end()):
        return False
    units = tuple(units)
    if m.group("particle"):  # 1日に9リットル, 1人で3枚: per a span of time or one of a count
        if not set(units) <= _PER_PARTICLE_UNITS:
            return False
        if _JA_NOT_RATE_FIGURE.match(text, number.end()):
            return False
        _after, figure_end, _counter = _ja_unit(text, number.end(), "")
        # 1日に3人が負傷した: the figure is the subject of an event on the 1st
        return bool(re.search(r"平均", m.group(0))) or not text.startswith("が", figure_end)
    after, _end, _counter = _ja_unit(text, number.end(), "")
    return not any((u, r.unit) in _COMPOUNDS for u in units for r in after)


def may_be_rate(text: str, unit_end: int) -> bool:
    """Whether a "1 + unit" ending at ``unit_end`` is followed by に/で and a figure
    (1日に3人が…: the 1st, or three a day), so that either reading may be meant."""
    m = _JA_RATE_AFTER.match(text, unit_end, unit_end + 16)
    return bool(m and m.group("particle") and JA_NUMBER.match(text, m.end()))


# The units of a "1 + unit + に/で + figure" rate: spans of time and counts (1日に, 1人で).
_PER_PARTICLE_UNITS = frozenset(
    {"day", "hour", "week", "month", "year", "minute", "second", "count", "times"}
)


# A period word right before "1 + counter": 年1回 (once a year), 週1便, 1日1回.
_JA_RATE_PERIOD = re.compile(
    r"(?:(?<![\d〇一二三四五六七八九十百千])|(?<![\d.])1)毎?(?:年|月|週|日|時間)に?$"
)


_JA_DAYS = re.compile(r"日")
_JA_DAYS_AFTER = re.compile(r"(?:後|前|以内|以上|連続|ぶり|程度|ほど)")
# After "N日": words that make it a count of days (a duration), not the N-th of a month:
# 3日間, 5日連続, 10日ぶり, 10日余り, 7日分, 31日のうち, 31日中19日, 3日にわたり.
_JA_DAY_COUNT_AFTER = re.compile(
    r"(?:間|連続|ぶり|以上|以内|未満|近く|余り|余|足らず|超|弱|強|分|程度|ほど|前(?!半)"
    r"|後(?!半)|のうち|にわた|中\s*(?=[\d〇一二三四五六七八九十]))"
)
# Before "N日": a whole of days, months, weeks or years it is a part of: 31日のうち19日,
# 31日中19日, 5月のうち19日, 1週間のうち3日 (日中 alone is "Japan-China" or "daytime").
_JA_DAY_COUNT_BEFORE = re.compile(
    r"[\d〇一二三四五六七八九十](?:日間?|(?:カ|か|ヶ|ケ|ヵ)?月|週間?|年間?)(?:のうち|うち|中)"
    r"\s*(?:約|およそ|ほぼ|わずか)?\s*$"
)


def is_day_count(text: str, start: int, end: int) -> bool:
    """Whether "N日" at ``text[start:end]`` (``end`` just after 日) is a count of days.

    A day of the month is followed by に/から/まで/付/時点 or preceded by its
    month; a count of days is followed by 間/連続/ぶり/以上/近く/余り/分/のうち …
    or stands after "X日のうち" / "X日中" (5月は31日のうち19日: 19 of the 31 days).
    """
    if _JA_DAY_COUNT_AFTER.match(text, end):
        return True
    return _JA_DAY_COUNT_BEFORE.search(text[max(0, start - 12) : start]) is not None


_JA_RANGE_BEFORE = re.compile(r"\d\s*[~\-–—]\s*$")
_JA_RANGE = re.compile(r"^\s*(?:~|〜|～|-|–|—|から)\s*$")
#: Words that contain a numeral but are not quantities (一方, 二国間, 十分 …).
JA_IDIOMS: tuple[str, ...] = (
    "一方", "一部", "一時", "一度", "一人", "一つ", "一番", "一段", "一緒", "一層", "一帯",
    "一環", "一連", "一致", "一般", "一定", "一斉", "一気", "一貫", "一括", "一員", "一同",
    "一律", "一面", "一切", "一向", "一因", "一角", "一線", "一例", "一挙", "一新", "一掃",
    "一転", "一変", "一躍", "一流", "一級", "一体", "一国", "一昨", "一本化", "一手",
    "二国間", "2国間", "三国間", "二度と", "二人三脚", "二重", "二酸化", "二者択一", "二の次",
    "三権", "三菱", "三井", "三者", "四国", "四半期", "四方", "五輪", "五分五分", "六本木",
    "七夕", "八百長", "九州", "十分", "十字", "百貨", "千葉", "千代田", "万全", "万一",
    "三国", "四捨五入", "八方", "十数", "数十", "二次", "三次", "一次",
)  # fmt: skip
_LATIN_AFTER = re.compile(r"[A-Za-z]+")
_LATIN_UNIT = re.compile(
    r"(?:km2|km|kph|mph|kg|kWh|MWh|GWh|TWh|kW|MW|GW|TW|Wh|W|m2|cm|mm|nm|ns|ms|mg|ml|mL|kL|kl"
    r"|PB|TB|GB|MB|KB|kB|GHz|MHz|kHz|Hz|mSv|Sv|hPa|kPa|Pa|mbar|mb|bps|bp|pt|ha|m|t|g|L)$"
)
_FRACTION = re.compile(rf"分の(\d+(?:\.\d+)?|[{_KANJI}]+)")


# 時速/分速/秒速 before a figure (時速70マイル, 最高時速約100キロ, 秒速11.7キロ) makes its
# distance unit a speed; per minute or per second it is converted to km/h.
_JA_SPEED_BEFORE = re.compile(r"(?P<per>[時分秒])速\s*(?:約|およそ|最大|最高|平均)?\s*$")
_SPEED_PER = {"時": 1.0, "分": 60.0, "秒": 3600.0}
#: ``Quantity.extra`` key: the time factor of a speed phrase (3600 for 秒速), for the next figure.
SPEED_PER = "speed_per"
# What may stand between two figures of one speed phrase: 時速70マイルから65マイル.
_JA_SPEED_JOIN = re.compile(r"\s*(?:~|〜|～|-|–|—|から|より|を|に|まで|や|と|、|または|か)\s*")
_JA_SPEED_UNIT = re.compile(r"キロ(?:メートル)?|km|マイル|メートル|m(?![A-Za-z/])")


def _currency_reading(code: str) -> Reading:
    """One unit of currency ``code``; a cent or a penny as a hundredth of its currency."""
    if code in _SUBUNITS:
        main, factor = _SUBUNITS[code]
        return Reading(_CUR + main, factor)
    return Reading(_CUR + code, 1)


def speed_per(before: str) -> float | None:
    """The time factor of 時速 (1), 分速 (60) or 秒速 (3600) right before a figure, if any."""
    m = _JA_SPEED_BEFORE.search(before)
    return _SPEED_PER[m.group("per")] if m else None


def _ja_unit(
    text: str, end: int, before: str, *, speed: float | None = None
) -> tuple[list[Reading], int, str]:
    """Readings, end of the unit and the counter written, for the number ending at ``end``.

    ``speed``: the figure stands in a speed phrase (after 時速/分速/秒速, or
    after another speed figure of the same phrase), and this is the phrase's
    time factor: a bare キロ/マイル/メートル is a speed, converted to km/h
    (秒速11.7キロ = 42,120 km/h).
    """
    rest = text[end : end + 12]
    for regex, code in _JA_CURRENCY_RES:
        m = regex.match(rest)
        if m:
            return [_currency_reading(code)], end + m.end(), m.group(0)
    per = speed or speed_per(before)
    if per:
        m = _JA_SPEED_UNIT.match(rest)
        if m:
            word = m.group(0)
            if word == "マイル":
                return [Reading("speed", _MPH * per, True, IMPERIAL)], end + m.end(), word
            if word in ("メートル", "m"):
                return [Reading("speed", per / 1000)], end + m.end(), word
            return [Reading("speed", per)], end + m.end(), word
    for regex, units in _JA_UNIT_RES:
        m = regex.match(rest)
        if m:
            readings = _readings(units)
            return readings, end + m.end(), m.group(0)
    return [Reading("any", 1)], end, ""


# A time unit and 半 ("and a half"): 2年半, 1時間半, 3カ月半ぶり, 1日半, 3分半.
_JA_HALF = re.compile(
    r"(?P<unit>年|日|週|時間|(?:カ|か|ヶ|ケ|ヵ|箇)月|分)半(?!ば)"
    r"(?:間|にわたり|にわたって|ぶり|連続|前|後|以上|以内|余り|近く|超|来)?"
)
_JA_HALF_UNITS = {"年": "year", "日": "day", "週": "week", "時間": "hour", "分": "minute"}


def _ja_half(text: str, end: int) -> tuple[str, int] | None:
    """The unit and end of "unit + 半" right after a figure ending at ``end``, if any."""
    m = _JA_HALF.match(text, end)
    if m is None:
        return None
    return _JA_HALF_UNITS.get(m.group("unit"), "month"), m.end()


def _join_compound(found: list[Quantity], q: Quantity, text: str, folded: str) -> bool:
    """``1時間48分``, ``1メートル85センチ``: the two parts are one quantity, the whole.

    The last quantity of ``found`` becomes the whole figure, read in the
    units the two parts share (108 minutes, 1.85 metres); True when it did and
    ``q`` is part of it. The parts may stand apart by white space or a line
    break (1時間\n48分). The whole is exact: no rounding is read into it.
    """
    if not found or folded[found[-1].end : q.start].strip():
        return False
    prev = found[-1]
    if not _is_compound(prev, q, spaced=prev.end != q.start):
        return False
    mine = {r.unit: r.value for r in equivalent_readings(q.readings)}
    whole = tuple(
        Reading(r.unit, r.value + mine[r.unit], r.approx, r.system)
        for r in equivalent_readings(prev.readings)
        if r.unit in mine and r.unit not in COUNTISH
    )
    if not whole:
        return False
    found[-1] = Quantity(
        text[prev.start : q.end],
        prev.start,
        q.end,
        whole,
        approx=prev.approx or q.approx,
        figure=whole[0].value,
        counter=q.counter,
    )
    return True


def scan_japanese(text: str, *, skip: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities in Japanese ``text``; spans in ``skip`` (dates) are left out.

    Leaves out list numbering (``1.``), idioms (一方, 二国間 …), vague counts
    (数十人), ordinals after 第, numerals glued to Latin letters (G7, F-16, 5G)
    and the "1" of a rate: "per one" (1日あたり, 1人1日あたり, 1日26隻, 1キロ3ドル,
    see :func:`is_rate_denominator`) and "once per" (年1回, 週1便). A bare
    キロ/マイル after 時速, or after another speed figure of one phrase
    (時速70マイルから65マイル), is a speed.
    """
    folded = halfwidth(text)
    skips = sorted(skip)
    found: list[Quantity] = []
    consumed = 0
    for m in JA_NUMBER.finditer(folded):
        start, end = m.start(), m.end()
        if start < consumed:
            continue
        numeral = m.group(0).rstrip(",")
        end = start + len(numeral)
        if any(a < end and start < b for a, b in skips):
            continue
        if numeral.endswith("."):
            numeral, end = numeral[:-1], end - 1
        kanji_only = not re.search(r"\d", numeral)
        if folded.startswith(JA_IDIOMS, start):
            continue
        before = folded[max(0, start - 6) : start]
        if before.endswith(("数", "何", "第", "幾")) or folded[end : end + 1] == "数":
            continue
        after_latin = _LATIN_AFTER.match(folded, end)
        if after_latin and not _LATIN_UNIT.match(after_latin.group(0)):
            continue
        if _is_list_number(folded, start, end):
            continue  # list numbering: "1.見出し", "2) …"
        value = parse_japanese(numeral)
        if value is None:
            continue
        if kanji_only and value == 1 and len(numeral) == 1:
            continue
        frac = _FRACTION.match(folded, end)
        if frac:
            numer = parse_japanese(frac.group(1))
            if numer is None or value == 0:
                continue
            ratio = numer / value
            unit_end = frac.end()
            fraction = (Reading("ratio", ratio), Reading("percent", ratio * 100, True))
            q = Quantity(text[start:unit_end], start, unit_end, fraction)
            _approx_marks(q, folded, before)
            found.append(q)
            consumed = unit_end
            continue
        half = _ja_half(folded, end)
        per: float | None = None
        if half is not None:
            value += 0.5
            readings, unit_end, counter = [Reading(half[0], 1)], half[1], ""
        else:
            per = _in_speed_phrase(found, folded, start) or speed_per(before)
            readings, unit_end, counter = _ja_unit(folded, end, before, speed=per)
        if (
            readings[0].unit == "any"
            and _JA_DAYS.match(folded, end)
            and (_JA_RANGE_BEFORE.search(before) or is_day_count(folded, start, end + 1))
        ):
            readings, unit_end, counter = [Reading("day", 1)], end + 1, "日"  # 1〜2日, 3日後
            # 8〜10日に: maybe days of the month (the 8th to the 10th), not a count of days
            day_range = not is_day_count(folded, start, end + 1)
        else:
            day_range = False
        if readings[0].unit == "any" and folded[end : end + 1] == "年":
            if _JA_SPAN_BEFORE.search(before):  # 過去10年, ここ5年: a span of years
                readings, unit_end, counter = [Reading("year", 1)], end + 1, ""
        if kanji_only and readings[0].unit == "any":
            continue
        if value == 1 and is_per_one(folded, end):
            continue  # 1日あたり, 1人当たり: "per one", not a quantity
        if value == 1 and readings[0].unit != "any":
            if is_rate_denominator(folded, unit_end, (r.unit for r in readings)):
                continue  # 1人1日あたり, 1キロ3ドル: the "per one" of a rate
            if readings[0].unit in ("count", "times") and _JA_RATE_PERIOD.search(before):
                continue  # 年1回, 週1便: "once a year", not a count of one
        elif (
            value == 1
            and _JA_DAYS.match(folded, end)
            and is_rate_denominator(folded, end + 1, ("day",))
        ):
            continue  # 1日26隻: 26 a day
        q = Quantity(
            text[start:unit_end],
            start,
            unit_end,
            tuple(r.scaled(value) for r in readings),
            figure=value,
            place=0.0 if half is not None else precision(numeral),
            counter=counter,
        )
        _approx_marks(q, folded, before)
        if per is not None and q.units == {"speed"}:
            q.extra[SPEED_PER] = str(per)
        if day_range:
            q.extra[DAY_OF_MONTH] = "1"
        _join_ja_range(found, q, folded, numeral)
        if not _join_compound(found, q, text, folded):
            found.append(q)
    return found


# Before "N年": words that make it a span of years ending now (過去10年, ここ5年, 今後3年).
_JA_SPAN_BEFORE = re.compile(r"(?:過去|ここ|この|最近|直近|向こう|今後)\s*(?:約|およそ)?\s*$")


def _in_speed_phrase(found: list[Quantity], folded: str, start: int) -> float | None:
    """The time factor of the speed phrase the figure at ``start`` continues, if any
    (時速70マイルから65マイル: 1; 秒速11キロから12キロ: 3600)."""
    if not found or found[-1].units != {"speed"}:
        return None
    gap = folded[found[-1].end : start]
    if len(gap) > 6 or _JA_SPEED_JOIN.fullmatch(gap) is None:
        return None
    return float(found[-1].extra.get(SPEED_PER, "1"))


def _is_list_number(folded: str, start: int, end: int) -> bool:
    prefix = folded[:start].rstrip(" ・")
    at_line_start = not prefix.strip() or prefix.endswith("\n")
    return at_line_start and re.match(r"[.)）、](?!\d)", folded[end : end + 1]) is not None


def _approx_marks(q: Quantity, folded: str, before: str) -> None:
    if _JA_APPROX_BEFORE.search(before) or _JA_APPROX_AFTER.match(folded[q.end : q.end + 4]):
        q.approx = True


def _is_compound(prev: Quantity, q: Quantity, *, spaced: bool = False) -> bool:
    """Whether ``prev`` then ``q`` are the two parts of one figure (1 hour, 48 minutes).

    ``spaced``: the parts stand apart (a space, "and"); then only two different
    time units make one figure (1 hour 48 minutes), not two lengths in a list.
    """
    return any(
        (a.unit, b.unit) in _COMPOUNDS and not (spaced and a.unit == b.unit)
        for a in prev.readings
        for b in q.readings
    )


_BIG_MARKS = {"兆": 1e12, "億": 1e8, "万": 1e4}


def _join_ja_range(found: list[Quantity], q: Quantity, folded: str, numeral: str) -> None:
    """``1〜2回``, ``1〜2万人``: the first figure takes the unit (and 万/億) of the second."""
    if not found or q.units == {"any"} or not q.figure:
        return
    prev = found[-1]
    if prev.units != {"any"} or not _JA_RANGE.match(folded[prev.end : q.start]):
        return
    figure = prev.figure
    if numeral[-1] in _BIG_MARKS and not any(mark in prev.span for mark in _BIG_MARKS):
        figure *= _BIG_MARKS[numeral[-1]]
        prev.place *= _BIG_MARKS[numeral[-1]]
    prev.readings = tuple(r.scaled(figure / q.figure) for r in q.readings)
    prev.figure = figure
    prev.approx = prev.approx or q.approx
    if DAY_OF_MONTH in q.extra:
        prev.extra[DAY_OF_MONTH] = "1"


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
    r"(?<=(?<![A-Za-z])R)|(?<=(?<![A-Za-z])(?:Rs|Rp|RM|kr|Fr))|(?<=(?<![A-Za-z])(?:SFr|Sfr))"
    r"|(?<=(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|ZAR|SEK|NOK|DKK|ISK|INR|KRW|BRL|MXN|AUD"
    r"|CAD|HKD|SGD|NZD|TRY|PLN|CZK|HUF))"
)
EN_NUMBER = re.compile(
    rf"""
    (?P<digits>(?<![A-Za-z]-)(?:(?<![A-Za-z0-9_])|{_GLUED_CODES})(?<!\d[.,/:])
        (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[{_VULGAR}])?
        (?![\d])(?!,\d)(?!st\b|nd\b|rd\b|th\b))
    (?:(?:\s*|-)(?P<scale>hundred|thousand|million|billion|trillion|mn|bn|tn|m|b|k)\b)?
    |
    (?P<words>\b(?:a[\s-]+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?
        (?:{_NUMWORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMWORD}))*\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "two and a half", "nine-and-a-half", "one and a quarter": a fraction added to the figure.
_EN_AND_FRACTION = re.compile(
    r"(?:\s+and\s+|-and-)(?P<frac>a[\s-]half|one[\s-]half|a[\s-]quarter|one[\s-]quarter"
    r"|three[\s-]quarters)\b"
    r"(?:[\s-](?P<scale>hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_AND_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def _and_fraction(m: re.Match[str]) -> float:
    """The value of the fraction an :data:`_EN_AND_FRACTION` match adds (0.5 for "and a half")."""
    return _AND_FRACTIONS[re.split(r"[\s-]", m.group("frac").lower())[-1]]


_EN_SCALE_SHORT = {"mn": 10**6, "m": 10**6, "bn": 10**9, "b": 10**9, "tn": 10**12, "k": 10**3}

_EN_CURRENCY_PREFIX: list[tuple[str, str]] = [
    (r"R\$\s*$", "BRL"),
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
_ISO_PREFIX = re.compile(r"\b(?P<code>" + "|".join(_ISO_CODES) + r")\s*$")
_ISO_AFTER = re.compile(r"\s*(?P<code>" + "|".join(_ISO_CODES) + r")\b")
_EN_CURRENCY_WORDS: list[tuple[str, str]] = [
    (
        r"(?:(?:us|u\.s\.|american|australian|canadian|hong\s+kong|singapore|new\s+zealand|taiwan(?:ese)?)\s+)?dollars?",
        "USD",
    ),
    (r"euros?", "EUR"),
    (r"(?:japanese\s+)?yen", "JPY"),
    (r"(?:chinese\s+)?(?:yuan|renminbi)", "CNY"),
    (r"(?:british\s+)?pounds?(?:\s+sterling)?|sterling", "GBP"),
    (r"pence|pennies", "PENCE"),
    (r"cents?", "CENT"),
    (r"rupiah", "IDR"),
    (r"rupees?", "RUPEE"),
    (r"(?:south\s+korean\s+)?won", "KRW"),
    (r"roubles?|rubles?", "RUB"),
    (r"baht", "THB"),
    (r"pesos?", "PESO"),
    (r"dong", "VND"),
    (r"(?:swiss\s+)?francs?", "CHF"),
    (r"reais|reals?", "BRL"),
    (r"liras?|lira", "TRY"),
    (r"rand", "ZAR"),
    (r"ringgit", "MYR"),
    (r"dirhams?", "AED"),
    (r"riyals?|rials?", "SAR"),
    (r"shekels?|sheqels?", "ILS"),
    (r"kronor|krona|kroner|krone|kronur|krónur|króna", "KRONA"),
    (r"korun[ay]?|koruna", "CZK"),
    (r"forints?", "HUF"),
    (r"zloty(?:s)?|złoty(?:s)?", "PLN"),
    (r"hryvnias?", "UAH"),
    (r"naira", "NGN"),
    (r"shillings?", "SHILLING"),
    (r"tenge", "KZT"),
]
_EN_UNITS: list[tuple[str, _Units]] = [
    (r"(?:%|per\s?cent\b|pc\b)", [("percent", 1, False)]),
    (r"percentage[\s-]points?\b|pp\b", [("point", 1, False)]),
    (r"basis[\s-]points?\b|bps?\b", [("point", 0.01, False)]),
    (r"(?:index\s+)?(?:points?|pts?)\b", [("point", 1, False), ("score", 1, False)]),
    # speeds per second or minute, in km/h: 11.7 km/s = 42,120 km/h
    (
        r"(?:km\s*/\s*s(?:ec)?|kps|(?:km|kilomet(?:re|er)s?)\s*(?:per|an|a|/|each)\s*"
        r"(?:second|sec|s))\b",
        [("speed", 3600, False)],
    ),
    (
        r"(?:km\s*/\s*min|(?:km|kilomet(?:re|er)s?)\s*(?:per|an|a|/|each)\s*(?:minute|min))\b",
        [("speed", 60, False)],
    ),
    (
        r"(?:m\s*/\s*s(?:ec)?|(?:m|met(?:re|er)s?)\s*(?:per|an|a|/|each)\s*(?:second|sec|s))\b",
        [("speed", 3.6, False)],
    ),
    (
        r"(?:miles?|mi)\s*(?:per|an|a|/|each)\s*(?:second|sec|s)\b",
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
    (r"(?:sq(?:uare)?\.?[\s-]*(?:m|met(?:re|er)s?)\b|m2\b|m²|㎡)", [("area", 1, False)]),
    (r"(?:hectares?|ha)\b", [("area", 1e4, False)]),
    (r"acres?\b", [("area", 4046.86, True, IMPERIAL)]),
    (r"(?:km|kilomet(?:re|er)s?)\b", [("length", 1000, False)]),
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
    (r"(?:megatons?|megatonnes?)\b", [("mass", 1e9, False)]),
    (r"(?:gigatons?|gigatonnes?)\b", [("mass", 1e12, False)]),
    (r"(?-i:PB)\b", [("data", 1e15, False)]),
    (r"(?-i:TB)\b", [("data", 1e12, False)]),
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
    (r"(?:m|met(?:re|er)s?)\b", [("length", 1, False)]),
    (r"(?:metric\s+)?(?:tonnes?|tons?|t)\b", [("mass", 1000, False)]),
    (r"(?:kg|kilos?|kilograms?)\b", [("mass", 1, False)]),
    (r"(?:g|grams?)\b", [("mass", 0.001, False)]),
    (r"(?:lbs?|pounds?)\b", [("mass", 0.45359, True, IMPERIAL), ("cur:GBP", 1, False)]),
    (r"barrels?\b", [("barrel", 1, False)]),
    (r"(?:litres?|liters?|l)\b", [("volume", 1, False)]),
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
    (r"(?:°\s?c|degrees?(?:\s+celsius)?|celsius)\b", [("temp", 1, False)]),
    (r"years?[\s-]+old\b", [("age", 1, False), ("year", 1, False)]),
    (r"(?:years?|yrs?)\b", [("year", 1, False), ("age", 1, False)]),
    (r"months?\b", [("month", 1, False)]),
    (r"weeks?\b", [("week", 1, False)]),
    (r"fortnights?\b", [("week", 2, False)]),
    (r"days?\b", [("day", 1, False)]),
    (r"(?:hours?|hrs?)\b", [("hour", 1, False)]),
    (r"(?:minutes?|mins?)\b", [("minute", 1, False)]),
    (r"(?:seconds?|secs?)\b", [("second", 1, False)]),
    (r"decades?\b", [("decade", 1, False)]),
    (r"(?:centuries|century)\b", [("century", 1, False)]),
    (r"(?:times|fold)\b", [("times", 1, False)]),
]
_EN_UNIT_RES = [(re.compile(r"\s*-?\s*(?:" + p + ")", re.IGNORECASE), u) for p, u in _EN_UNITS]
_DURATIONS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century"}
)
# Duration words a few words after a count: "two more days", "five straight months".
_EN_NOUN_UNIT_RES = [
    (re.compile(p, re.IGNORECASE), u) for p, u in _EN_UNITS if u[0][0] in _DURATIONS
]
_EN_CUR_WORD_RES = [
    (re.compile(r"\s*-?\s*(?:" + p + r")\b", re.IGNORECASE), c) for p, c in _EN_CURRENCY_WORDS
]
_EN_CUR_WORD_AFTER = re.compile(
    r"\s*(?:" + "|".join(p for p, _c in _EN_CURRENCY_WORDS) + r")\b", re.IGNORECASE
)
_EN_CUR_PREFIX_RES = [
    (re.compile(p, re.IGNORECASE if p.startswith(r"\b") else 0), c) for p, c in _EN_CURRENCY_PREFIX
]
_EN_APPROX = re.compile(
    r"(?:about|around|roughly|nearly|almost|approximately|approx\.?|some|over|more\s+than|"
    r"less\s+than|fewer\s+than|under|up\s+to|at\s+least|close\s+to|upwards\s+of|estimated|"
    r"just\s+over|just\s+under|below|above|as\s+many\s+as|as\s+much\s+as|~|circa|c\.|"
    r"an?\s+estimated|almost|exceeding|exceeded|topping|topped|surpassing)\s*$",
    re.IGNORECASE,
)
_EN_APPROX_AFTER = re.compile(r"^\s*(?:or\s+(?:so|more|less)|-plus|\+)", re.IGNORECASE)
_EN_RANGE = re.compile(r"^\s*(?:-|–|—|to|and|or|~)\s*$", re.IGNORECASE)
_EN_ORDINAL = re.compile(
    r"\b(?:(?P<num>\d+)(?:st|nd|rd|th)|(?P<word>" + "|".join(EN_ORDINALS) + r"))\b", re.IGNORECASE
)
_EN_FRACTION = re.compile(
    r"\b(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?P<den>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b"
    r"|\b(?P<half>half|halved|halving)\b",
    re.IGNORECASE,
)
_EN_MULTIPLE = re.compile(
    r"\b(?:(?P<two>twice|doubled?|doubling|two-fold|twofold)|(?P<three>tripled?|tripling|threefold|three-fold)"
    r"|(?P<four>quadrupled?|fourfold|four-fold))\b",
    re.IGNORECASE,
)
# "a year", "over a year", "in a single week", "an hour", "a kilometre", "a
# percentage point": the article is the number 1. The unit word is read by
# the unit table; only a word of three letters or more counts (not "a m").
_EN_ONE_UNIT = re.compile(
    r"\b(?:an?\s+(?:single\s+)?|single\s+"
    r"|the\s+(?:past|last|previous|preceding|next|coming|following)\s+)"
    r"(?:(?:full|whole|entire|calendar|straight)\s+)?"
    r"(?P<unit>[a-z]{3,})",
    re.IGNORECASE,
)
# "hour-long", "day-long", "within the hour": one unit without a numeral.
_EN_ONE_UNIT_BARE = re.compile(
    r"\b(?P<unit>hour|day|week|month|year|minute|decade)-?long\b"
    r"|\bwithin\s+the\s+(?P<hour>hour)\b",
    re.IGNORECASE,
)
_EN_NIL = re.compile(r"\b(?:nil|nought)\b", re.IGNORECASE)
_EN_HYPHEN_UNIT = re.compile(r"^-(?P<unit>[a-z]+)", re.IGNORECASE)


def _en_unit(text: str, end: int) -> tuple[list[Reading], int, str]:
    """Readings (per unit of the figure), end of the unit, and the noun when it is a count."""
    for regex, code in _EN_CUR_WORD_RES:
        m = regex.match(text, end)
        if m:
            return [_currency_reading(code)], m.end(), ""
    iso = _ISO_AFTER.match(text, end)
    if iso:  # 5 CHF, 7bn ISK
        return [_currency_reading(_ISO_CODES[iso.group("code")])], iso.end(), ""
    adjective = _CURRENCY_ADJECTIVE.match(text, end)
    if adjective:  # 7 billion Icelandic kronur, 5 Swiss francs, 100 South African rand
        for regex, code in _EN_CUR_WORD_RES:
            m = regex.match(text, adjective.end())
            if m and code != "KRW":  # "100 New Yorkers won"
                return [_currency_reading(code), Reading("count", 1)], m.end(), ""
    for regex, units in _EN_UNIT_RES:
        m = regex.match(text, end)
        if m:
            return _readings(units), m.end(), ""
    words = _NOUN_WORDS.match(text, end, end + 60)
    noun = words.group(0).strip().lower() if words else ""
    readings = [Reading("count", 1)]
    for word in noun.split():  # "two more days", "five straight months"
        for regex, units in _EN_NOUN_UNIT_RES:
            if regex.fullmatch(word):
                readings += _readings(units)
    return readings, end, noun


# One or two capitalised words (a nationality) between a figure and its currency.
_CURRENCY_ADJECTIVE = re.compile(r"(?:\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s)")
# Up to three words after a count: "12 Ukrainian soldiers", "2.5 million people".
_NOUN_WORDS = re.compile(r"(?:\s+[A-Za-z][A-Za-z'-]*){1,3}")


def _scale_of(word: str) -> float:
    word = word.lower()
    return float(EN_SCALES.get(word) or _EN_SCALE_SHORT.get(word) or 1)


def scan_english(text: str) -> list[Quantity]:
    """Quantities in English ``text``: figures, number words, fractions, ordinals, multiples."""
    folded = halfwidth(text)
    found: list[Quantity] = _en_clock_durations(text, folded)
    compact = [(q.start, q.end) for q in found]
    consumed = 0
    for m in EN_NUMBER.finditer(folded):
        start, end = m.start(), m.end()
        if start < consumed or any(a <= start < b for a, b in compact):
            continue
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
            if _ISO_AFTER.match(folded, m.end()) or _EN_CUR_WORD_AFTER.match(folded, m.end()):
                end, scale_word = m.end(), m.group("scale")  # 7bn ISK, 5m kronor
        figure = value * _scale_of(scale_word) if scale_word else value
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
        _join_en_range(found, q, folded)
        _carry_en_unit(found, q, folded)
        _read_en_age(q, folded)
        found.append(q)
    numbers = list(found)
    for special in _en_specials(text, folded):
        if special.extra.get("article") and any(
            q.start < special.end and special.start < q.end for q in numbers
        ):
            continue  # "an hour" of "60 miles an hour" is part of the speed
        found.append(special)
    found.sort(key=lambda q: q.start)
    _join_en_parts(found, folded)
    return found


# "1h48m", "2 h 5 min", "1hr 48mins": hours and minutes written as one token.
_EN_CLOCK_DURATION = re.compile(
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
        seconds = int(m.group(1)) * 3600 + int(m.group(2)) * 60
        q = Quantity(text[m.start() : m.end()], m.start(), m.end(), (Reading("dur", seconds),))
        q.figure = float(seconds)
        out.append(q)
    for m in _EN_RACE_TIME.finditer(folded):
        a, b, c = int(m.group(1)), int(m.group(2)), m.group(3)
        if c is not None:
            readings: tuple[Reading, ...] = (Reading("dur", a * 3600 + b * 60 + int(c)),)
        elif a < 24 and not _DURATION_BEFORE.search(folded[max(0, m.start() - 24) : m.start()]):
            continue  # 11:00 is a time of day unless the words before make it a duration
        else:
            readings = (Reading("dur", a * 60 + b), Reading("dur", a * 3600 + b * 60))
        q = Quantity(text[m.start() : m.end()], m.start(), m.end(), readings)
        q.figure = readings[0].value
        out.append(q)
    return out


_EN_HOURS_MINUTES = re.compile(
    r"(?<![\w.])(\d{1,2})[-\s]hours?[-\s](?:and[-\s])?(\d{1,2})[-\s]minutes?\b", re.IGNORECASE
)
_DURATION_BEFORE = re.compile(
    r"\b(?:in|of|time|times|clocked|ran|run|finished|record|half|lap|split|behind|ahead|takes?|took|taking|lasts?|lasted|within|under|over)\s+(?:a\s+|an\s+|about\s+|just\s+)?$",
    re.IGNORECASE,
)
_EN_RACE_TIME = re.compile(r"(?<![\w.:])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\w:]|\.\d)")


# Between the two parts of one duration: "1 hour 48 minutes", "an hour and 48 minutes".
_EN_PART_JOIN = re.compile(r"\s*,?\s*(?:and\s+)?", re.IGNORECASE)
# Between a part and its whole: "19 of the 31 days", "three of its 12 ships", "12 of
# April's 30 days".
_EN_PART_OF = re.compile(
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
# A person's age: "Maria Lopez, 19, said", "aged 19", "age 19".
_EN_AGE_BEFORE = re.compile(r"(?:\baged?\s+|[A-Z][\w'’.-]*,\s*)$")
_EN_AGE_AFTER = re.compile(r"\s*(?:,|\)|and\b|;|\.(?!\d)|$)")


def _read_en_age(q: Quantity, folded: str) -> None:
    """Give a bare figure after "aged" or between a name's commas (Smith, 19,) an age."""
    if q.units != {"count"} or not 0 < q.figure <= 120 or q.figure != int(q.figure):
        return
    before = folded[max(0, q.start - 30) : q.start]
    m = _EN_AGE_BEFORE.search(before)
    if m is None:
        return
    if not m.group(0).lower().startswith("age") and not _EN_AGE_AFTER.match(folded, q.end):
        return
    q.readings += (Reading("age", q.figure),)


def _join_en_range(found: list[Quantity], q: Quantity, folded: str) -> None:
    """``3-5%``, ``between 2 and 3 billion dollars``: the first figure takes the second's unit."""
    if not found or not q.figure or q.units == {"count"}:
        return
    prev = found[-1]
    if prev.units != {"count"} or not _EN_RANGE.match(folded[prev.end : q.start]):
        return
    figure = prev.figure
    if q.extra.get("scaled") and not prev.extra.get("scaled"):
        m = re.search(
            r"(hundred|thousand|million|billion|trillion|bn|mn|tn)\b", q.span, re.IGNORECASE
        )
        figure *= _scale_of(m.group(1)) if m else 1
    prev.readings = tuple(r.scaled(figure / q.figure) for r in q.readings)
    prev.figure = figure
    prev.approx = prev.approx or q.approx


# Words after a bare figure that show it has no noun of its own: "from 70 mph to 65 on …".
_FUNCTION_WORDS = frozenset(
    {
        "on", "in", "at", "for", "by", "from", "this", "last", "next", "after", "before",
        "and", "or", "but", "with", "over", "under", "as", "a", "an", "the", "while", "when",
        "where", "which", "that", "its", "their", "his", "her", "if", "than", "until", "since",
    }
)  # fmt: skip


def _carry_en_unit(found: list[Quantity], q: Quantity, folded: str) -> None:
    """``from 70 mph to 65``: a bare second figure may also read in the first one's unit."""
    if not found or q.units != {"count"} or not q.figure:
        return
    if q.noun and q.noun.split()[0] not in _FUNCTION_WORDS:
        return
    prev = found[-1]
    if not prev.figure or prev.units <= COUNTISH or "count" in prev.units:
        return
    if not _EN_RANGE.match(folded[prev.end : q.start]):
        return
    q.readings += tuple(r.scaled(q.figure / prev.figure) for r in prev.readings)


_FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}  # fmt: skip


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
        article = re.compile(r"\s+(?:of\s+)?an?\b", re.IGNORECASE).match(folded, m.end())
        if article:  # half a point, a third of a percentage point
            per_unit, _end, _noun = _en_unit(folded, article.end())
            readings += [r.scaled(ratio) for r in per_unit if r.unit != "count"]
        add(m, *readings)
    for m in _EN_ORDINAL.finditer(folded):
        value = int(m.group("num")) if m.group("num") else EN_ORDINALS[m.group("word").lower()]
        per_unit, _end, _noun = _en_unit(folded, m.end())  # the 78th minute, the third day
        add(
            m,
            Reading("ordinal", value),
            *(
                Reading(r.unit, value * r.value, system=r.system)
                for r in per_unit
                if r.unit != "count"
            ),
        )
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
        per_unit, _end, _noun = _en_unit(m.group("unit") or m.group("hour"), 0)
        add(m, *[r for r in per_unit if r.unit in _DURATIONS])
        out[-1].extra["article"] = "1"
    for m in _EN_NIL.finditer(folded):  # won two-nil, a 3-nil draw
        add(m, Reading("count", 0))
    for m in _EN_MULTIPLE.finditer(folded):
        add(m, Reading("times", 2 if m.group("two") else 3 if m.group("three") else 4))
    return out


# "for the first time since 2015", "the first since 2019": a span of years up to
# the publication year (10年ぶり in 2025).
_EN_SINCE_YEAR = re.compile(
    r"\bsince\s+(?:(?:early|late|the\s+(?:start|end|beginning)\s+of)\s+|mid-?)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+)?(?P<y>1[89]\d{2}|20\d{2})\b",
    re.IGNORECASE,
)


def years_since(text: str, year: int) -> list[Quantity]:
    """Spans of years from "since YYYY" in ``text`` to ``year`` (the publication year).

    "Since 2015" in 2025 supports 10年ぶり, and 9年ぶり for a year that is not yet
    complete; the quantity has both readings.
    """
    out: list[Quantity] = []
    for m in _EN_SINCE_YEAR.finditer(text):
        span = year - int(m.group("y"))
        if span < 1:
            continue
        readings = tuple(Reading("year", n) for n in (span, span - 1) if n > 0)
        out.append(Quantity(m.group(0), m.start(), m.end(), readings, figure=float(span)))
    return out
