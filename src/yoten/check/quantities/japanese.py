"""Japanese figures: 35億ドル, 4万5000人, 三つ, 1時間48分, 時速80キロ …"""

from __future__ import annotations

import re
from collections.abc import Iterable

from yoten.check import rx
from yoten.check.lexicon import day_count_after
from yoten.check.normalize import halfwidth
from yoten.check.numerals import (
    parse_japanese,
    precision,
)
from yoten.check.quantities.core import (
    _COMPOUNDS,
    _GALLON,
    _MILE,
    _MPH,
    _SHORT_TON,
    COUNTISH,
    DAY_OF_MONTH,
    IMPERIAL,
    SIDE,
    Quantity,
    Reading,
    _currency_readings,
    _is_compound,
    _readings,
    _Units,
    equivalent_readings,
)

# ---------------------------------------------------------------------------
# Japanese
# ---------------------------------------------------------------------------

_KANJI = "〇一二三四五六七八九十百千"
JA_NUMBER = rx.compile(
    # (after an abbreviation only with a scale: EV2万3510台, not a model name, A320,
    # nor a series, シリーズA1500万ドル)
    rf"(?<![A-Za-z]-)(?:(?<![A-Za-z0-9_])|(?<=[A-Z]{{2}})(?=\d{{1,4}}[万億兆]))(?<!\d[/:.])(?<![万億兆])"
    rf"(?:\d[\d,]*(?:\.\d+)?|[{_KANJI}])(?:\d[\d,]*(?:\.\d+)?|[{_KANJI}万億兆])*"
)

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
    (r"銭", "SEN"),
    (r"(?:人民)?元", "CNY"),
    (r"ポンド", "GBP"),
    (r"ペンス", "PENCE"),
    (r"セント", "CENT"),
    (r"サンチーム|ラッペン", "CENTIME"),
    (r"センタボ", "CENTAVO"),
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
    (r"セディ", "GHS"),
    (r"テンゲ", "KZT"),
]


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
    (r"ヘクトリットル|hL|hl", [("volume", 100, False)]),
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
    (r"平方フィート", [("area", 0.09290304, True, IMPERIAL)]),
    (r"平方メートル|平方m|m2|㎡|m²|m\^2", [("area", 1, False)]),
    (r"ヘクタール|ha", [("area", 1e4, False)]),
    (r"エーカー", [("area", 4046.86, True, IMPERIAL)]),
    (r"km/s|キロメートル毎秒|キロ毎秒", [("speed", 3600, False)]),
    (r"m/s|メートル毎秒", [("speed", 3.6, False)]),
    (r"km/h|kph|キロメートル毎時|キロ毎時", [("speed", 1, False)]),
    (r"mph|マイル毎時", [("speed", _MPH, True, IMPERIAL)]),
    # fuel economy: 約17.4km/L, 1リットルあたり…キロ is a rate of length
    (r"(?:km|キロ(?:メートル)?)\s*(?:/|毎)\s*(?:L|ℓ|リットル)", [("economy", 1, False)]),
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
    (r"インチ", [("length", 0.0254, True, IMPERIAL)]),
    (r"ヤード", [("length", 0.9144, True, IMPERIAL)]),
    # (a source's "tons" as written, or short tons: 14万2000米トン(約12万9000トン))
    (r"米トン|ショートトン", [("mass", 1000, False), ("mass", _SHORT_TON, True, IMPERIAL)]),
    (r"トン|t(?![A-Za-z])", [("mass", 1000, False)]),
    (r"グラム|g(?![A-Za-z])", [("mass", 0.001, False)]),
    (r"バレル", [("barrel", 1, False)]),
    # Indian numbering written in katakana: 2300クロール(約230億ルピー), 5ラク
    (r"クロール", [("any", 10**7, False)]),
    (r"ラク(?![a-zァ-ヶー])", [("any", 10**5, False)]),
    (r"リットル|L(?![A-Za-z])", [("volume", 1, False)]),
    (r"ガロン", [("volume", _GALLON, True, IMPERIAL)]),
    (r"°F|℉", [("temp-f", 1, False)]),  # 86°F(約30℃), as a source writes it
    (r"℃|°C", [("temp", 1, False)]),
    (r"度(?!目)", [("temp", 1, False), ("times", 1, False)]),
    (
        r"年(?:間|にわたり|にわたって|ぶり|連続|前|後|以上|以内|余り|近く|超|来|越し)"
        r"|年(?=務め|勤め|在任|在籍|在職|続け|続い)",  # 14年務めた: served 14 years
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
            r"(?:カ|か|ヶ|ケ|ヵ|箇)(?:国|所)|人|名|件|回|隻|台|機|基|発|本|個|つがい|つ|社|店|戸|棟|頭|匹|羽"
            r"|校|軒|議席|席|票|例|種類|種|品目|項目|冊|枚|着|州|都市|市|町|村|世帯|家族|チーム"
            r"|団体|機関|カ国|国|語|曲|作品|杯|両|門|株|床|病院|空港|港|路線|便|ブッシェル|俵|泊|室|オンス"
            # (81億通 of letters; not 3通り, ways)
            r"|通(?![り信常知過勤算貨行話])"
        ),
        [("count", 1, False)],
    ),
    # 点: a count of items, or a score (9.5点 = 9.5 points, 3点差 = by three points)
    (r"点", [("count", 1, False), ("score", 1, False)]),
]
_JA_UNIT_RES = [(rx.compile(p), u) for p, u in _JA_UNITS]
_JA_CURRENCY_RES = [(rx.compile(_JA_COUNTRY + "(?:" + p + ")"), code) for p, code in _JA_CURRENCY]
# A currency's hundredth written as its own unit: 50セント = $0.50, 20ペンス = £0.20.

_JA_APPROX_BEFORE = rx.compile(
    r"(?:約|およそ|凡そ|概ね|おおむね|ほぼ|推定|最大|最高|最低|少なくとも|最多)\s*$"
)
_JA_APPROX_AFTER = rx.compile(
    r"^(?:超|以上|以下|未満|余り|余|程度|前後|近[くい]|強|弱|ほど|あまり|足らず|を超え|を上回|を下回|に迫)"
)
_JA_PER = rx.compile(r"[^\s\d、。]{1,8}?(?:あたり|当たり|につき|ごと|毎)")


def is_per_one(text: str, end: int) -> bool:
    """True when the numeral ending at ``end`` reads "per one …" (1日あたり, 1人当たり)."""
    return _JA_PER.match(text, end, end + 12) is not None


# After "1 + unit": あたり/につき…; の and a word of a rate (1日の平均, 1日の上限); or
# (に/で, =, 平均, 約 …) and the rate's own figure (1日26隻, 1日に9リットル, 1日で3回).
_JA_RATE_AFTER = rx.compile(
    r"\s*(?:(?P<per>あたり|当たり|につき|ごと|毎)"
    r"|(?P<word>の\s*(?:平均|上限|最大|最高|最低|最多|目安|摂取|限度|許容"
    # 1日の利用者2億人: daily users, riders, visitors, output
    r"|利用|乗客|来場者|来館者|訪問者|ユーザー|アクティブ|発行|生産|出荷|取引|処理|感染者))"
    r"|(?P<particle>[にで])?\s*[=＝]?\s*(?:平均|最大|最高|最多|最低|約|およそ|ほぼ)?\s*"
    r"(?=[\d〇一二三四五六七八九十]))"
)
# A figure right after "1日に" that is a date or year, not the rate's figure: 1日に2024年の….
_JA_NOT_RATE_FIGURE = rx.compile(r"\s*(?:年|月|日(?!間))")
_JA_CLOCK = rx.compile(r"時(?!間)|時半")


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
    after, end, _counter = _ja_unit(text, number.end(), "")
    if "day" in units and {r.unit for r in after} == {"hour"}:
        # 1日8時間 is eight hours a day; 1日19時間17分, a day and 19 hours and more
        return _JA_MINUTES_AFTER.match(text, end) is None
    return not any((u, r.unit) in _COMPOUNDS for u in units for r in after)


_JA_MINUTES_AFTER = rx.compile(r"\s*\d{1,2}分")


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
_JA_RATE_PERIOD = rx.compile(
    r"(?:(?<![\d〇一二三四五六七八九十百千])|(?<![\d.])1)毎?(?:年|月|週|日|時間)に?$"
)


_JA_DAYS = rx.compile(r"日")
_JA_DAYS_AFTER = rx.compile(r"(?:後|前|以内|以上|連続|ぶり|程度|ほど)")
# Before "N日": a whole of days, months, weeks or years it is a part of: 31日のうち19日,
# 31日中19日, 5月のうち19日, 1週間のうち3日 (日中 alone is "Japan-China" or "daytime").
_JA_DAY_COUNT_BEFORE = rx.compile(
    r"[\d〇一二三四五六七八九十](?:日間?|(?:カ|か|ヶ|ケ|ヵ)?月|週間?|年間?)(?:のうち|うち|中)"
    r"\s*(?:約|およそ|ほぼ|わずか)?\s*$"
    # 前年度の41日から21日増えた: after a count of days no month has (or 延べ28日), the
    # change is a count too
    r"|(?:(?<!\d)(?:3[2-9]|[4-9]\d|\d{3,})|延べ\d{1,3})日間?(?:から|より)、?\s*$"
    # 最長6日待った, 平均4日: a length of time, not a day of the month
    r"|(?:最長|最短|平均)\s*(?:約|およそ)?\s*$"
    # 約3日かかる: a day of the month is no approximation (3日ごろ is)
    r"|(?:約|およそ)\s*$"
)
# 吉日は18日あり、うち11日が11月、残る7日が12月: the parts of a count of days
_JA_DAY_PARTS_BEFORE = rx.compile(
    r"\d日(?:あり|ある|あった|間)[^。]{0,30}?(?:うち|残る|残り(?:の)?)\s*$"
)


def is_day_count(text: str, start: int, end: int) -> bool:
    """Whether "N日" at ``text[start:end]`` (``end`` just after 日) is a count of days.

    A day of the month is followed by に/から/まで/付/時点 or preceded by its
    month; a count of days is followed by 間/連続/ぶり/以上/近く/余り/分/のうち …
    or stands after "X日のうち" / "X日中" (5月は31日のうち19日: 19 of the 31 days).
    """
    if day_count_after().match(text, end):
        return True
    if "." in text[start:end]:
        return True  # 平均26.8日: no day of a month has a fraction
    if _JA_DAY_COUNT_BEFORE.search(text[max(0, start - 12) : start]):
        return True
    return _JA_DAY_PARTS_BEFORE.search(text[max(0, start - 40) : start]) is not None


_JA_RANGE_BEFORE = rx.compile(r"\d\s*[~\-–—]\s*$")
_JA_RANGE = rx.compile(r"^\s*(?:~|〜|～|-|–|—|から)\s*$")
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
_LATIN_AFTER = rx.compile(r"[A-Za-z]+")
# the countries _JA_COUNTRY writes in Latin letters before a currency (640NZドル)
_LATIN_COUNTRIES = frozenset(re.findall(r"[A-Z]{2,}", _JA_COUNTRY))
_LATIN_UNIT = rx.compile(
    r"(?:km2|km|kph|mph|kg|kWh|MWh|GWh|TWh|kW|MW|GW|TW|Wh|W|m2|cm|mm|nm|ns|ms|mg|ml|mL|kL|kl"
    r"|PB|TB|GB|MB|KB|kB|GHz|MHz|kHz|Hz|mSv|Sv|hPa|kPa|Pa|mbar|mb|bps|bp|pt|ha|m|t|g|L)$"
)
_FRACTION = rx.compile(rf"分の(\d+(?:\.\d+)?|[{_KANJI}]+)")


# 時速/分速/秒速 before a figure (時速70マイル, 最高時速約100キロ, 秒速11.7キロ) makes its
# distance unit a speed; per minute or per second it is converted to km/h.
# 風速45メートル (最大瞬間風速, 風速は): wind speed is per second in Japanese forecasts.
_JA_SPEED_BEFORE = rx.compile(
    r"(?:(?P<per>[時分秒])速|(?P<wind>風速)は?)\s*(?:約|およそ|最大|最高|平均)?\s*$"
)
_SPEED_PER = {"時": 1.0, "分": 60.0, "秒": 3600.0}
#: ``Quantity.extra`` key: the time factor of a speed phrase (3600 for 秒速), for the next figure.
SPEED_PER = "speed_per"
# What may stand between two figures of one speed phrase: 時速70マイルから65マイル.
_JA_SPEED_JOIN = rx.compile(r"\s*(?:~|〜|～|-|–|—|から|より|を|に|まで|や|と|、|または|か)\s*")
_JA_SPEED_UNIT = rx.compile(r"キロ(?:メートル)?|km|マイル|メートル|m(?![A-Za-z/])")


def speed_per(before: str, after: str = "") -> float | None:
    """The time factor of 時速 (1), 分速 (60) or 秒速 (3600) right before a figure, if any;
    風速 before metres (``after``) is per second (風速45メートル), before キロ per hour."""
    m = _JA_SPEED_BEFORE.search(before)
    if m is None:
        return None
    if m.group("per"):
        return _SPEED_PER[m.group("per")]
    return _SPEED_PER["秒"] if after.startswith("メートル") else None


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
            return _currency_readings(code), end + m.end(), m.group(0)
    per = speed or speed_per(before, rest)
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


# A time unit and 半 ("and a half"): 2年半, 1時間半, 3カ月半ぶり, 1日半, 3分半, 3週間半.
_JA_HALF = rx.compile(
    r"(?P<unit>年|日|週間|週|時間|(?:カ|か|ヶ|ケ|ヵ|箇)月|分)半(?!ば)"
    r"(?:間|にわたり|にわたって|ぶり|連続|前|後|以上|以内|余り|近く|超|来)?"
)
_JA_HALF_UNITS = {
    "年": "year",
    "日": "day",
    "週": "week",
    "週間": "week",
    "時間": "hour",
    "分": "minute",
}


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


_EDITION_COUNTERS = "回代期次"


def _edition(
    text: str, folded: str, start: int, end: int, before: str, numeral: str
) -> Quantity | None:
    """第38回, 第47代: an ordinal of ten or more in digits (an edition, a term of
    office), which a source writes as "the 83rd"; small ones (第1四半期, 第二次) are not."""
    if not before.endswith("第") or not numeral.isdigit() or int(numeral) < 10:
        return None
    counter = folded[end : end + 1]
    if not counter or counter not in _EDITION_COUNTERS:
        return None
    q = Quantity(
        text[start - 1 : end + 1], start - 1, end + 1, (Reading("ordinal", float(numeral)),)
    )
    q.figure = float(numeral)
    q.counter = counter
    return q


_WIDE_DECIMAL = rx.compile(r"(?<=[０-９])・(?=[０-９]+(?![０-９月日年期位号回次戦区条項]))")


def scan_japanese(text: str, *, skip: Iterable[tuple[int, int]] = ()) -> list[Quantity]:
    """Quantities in Japanese ``text``; spans in ``skip`` (dates) are left out.

    Leaves out list numbering (``1.``), idioms (一方, 二国間 …), vague counts
    (数十人), ordinals after 第, numerals glued to Latin letters (G7, F-16, 5G)
    and the "1" of a rate: "per one" (1日あたり, 1人1日あたり, 1日26隻, 1キロ3ドル,
    see :func:`is_rate_denominator`) and "once per" (年1回, 週1便). A bare
    キロ/マイル after 時速, or after another speed figure of one phrase
    (時速70マイルから65マイル), is a speed.
    """
    # (a newspaper's full-width decimal point: ５９・２％, ５・９ポイント; not a list of
    # months or days, ５・６月, nor of ranks, １・２位)
    folded = halfwidth(_WIDE_DECIMAL.sub(".", text) if "・" in text else text)
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
        edition = _edition(text, folded, start, end, before, numeral)
        if edition is not None:  # 第38回: an edition the source numbers (the 83rd)
            found.append(edition)
            consumed = edition.end
            continue
        # 数十, 何百, 幾千, 第三: no figure; 必要数1万3500 and 人数120 are figures
        vague = before.endswith(("数", "何", "幾")) and kanji_only
        if vague or before.endswith("第") or folded[end : end + 1] == "数":
            continue
        after_latin = _LATIN_AFTER.match(folded, end)
        if (
            after_latin
            and not _LATIN_UNIT.match(after_latin.group(0))
            and not numeral.endswith(("万", "億", "兆"))  # 1120万TEU: an amount, no model name
            # (640NZドル: a currency)
            and not (
                after_latin.group(0) in _LATIN_COUNTRIES
                and "ァ" <= folded[after_latin.end() : after_latin.end() + 1] <= "ヶ"
            )
        ):
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
            per = _in_speed_phrase(found, folded, start) or speed_per(before, folded[end : end + 5])
            readings, unit_end, counter = _ja_unit(folded, end, before, speed=per)
        if (
            readings[0].unit == "any"
            and _JA_DAYS.match(folded, end)
            and (
                _JA_RANGE_BEFORE.search(before)
                or is_day_count(folded, start, end + 1)
                or value > 31  # 320日: no day of a month, a count of days
            )
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
        if value == 1 and counter and folded.endswith(f"{counter}に", 0, start):
            continue  # the 1人 of 5人に1人: the share's "one in", read with its N
        # (2分1秒84, 2分01秒84: the seconds of a time written with its hundredths)
        in_compound = re.search(r"\d(?:時間|分)0?$", before) is not None
        if value == 1 and readings[0].unit != "any" and not in_compound:
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
        if (
            _FAHRENHEIT_BEFORE.search(folded, max(0, start - 16), start)
            or _FAHRENHEIT_AFTER.match(folded, unit_end)
            or _FAHRENHEIT_CARRIED.search(folded, max(0, start - 60), start)
        ):
            # 華氏48度, 58度F: Fahrenheit, as a source's "48 degrees Fahrenheit"
            readings = [Reading("temp-f", 1, False) if r.unit == "temp" else r for r in readings]
        if any(r.unit in ("temp", "temp-f") for r in readings) and (
            not float(value).is_integer() or _SCALE_BEFORE.search(folded, max(0, start - 6), start)
        ):
            # 39.3度, 摂氏約39度: degrees, not "times" (3度目, 2度)
            readings = [r for r in readings if r.unit != "times"]
        # 8割半ば: the middle of the eighties (about 85%)
        middle = (
            _MIDDLE_AFTER.match(folded, unit_end)
            if folded[unit_end - 1 : unit_end] == "割"
            else None
        )
        if middle is not None:
            value, unit_end = value + 0.5, middle.end()
        scaled = tuple(r.scaled(value) for r in readings)
        if value > 1 and counter and folded.startswith(f"に1{counter}", unit_end):
            # 7人に1人, 4社に1社: also the share, one in N (as "1 in 7 homeowners")
            scaled += (Reading("ratio", 1 / value),)
        q = Quantity(
            text[start:unit_end],
            start,
            unit_end,
            scaled,
            figure=value,
            place=0.5 if middle is not None else 0.0 if half is not None else precision(numeral),
            counter=counter,
        )
        _approx_marks(q, folded, before)
        q.approx = q.approx or middle is not None
        if per is not None and q.units == {"speed"}:
            q.extra[SPEED_PER] = str(per)
        if day_range:
            q.extra[DAY_OF_MONTH] = "1"
        _join_ja_range(found, q, folded, numeral)
        if _hundredths(found, q, text, folded):
            continue
        if not _join_compound(found, q, text, folded):
            found.append(q)
    return found


_MIDDLE_AFTER = rx.compile(r"台?半ば")
_FAHRENHEIT_AFTER = rx.compile(r"(?:F|°F|℉)(?![A-Za-z])")
# 華氏95度で…、104度で: a bare 度 later in the sentence that named Fahrenheit, with no
# Celsius word or sign between
_FAHRENHEIT_CARRIED = rx.compile(r"(?:華氏|カ氏)[^。摂セ℃°(（]*?、[^。摂セ℃°(（華カ]*$")
# 摂氏, 華氏 and their katakana forms before a temperature (and 約 or マイナス between)
_SCALE_BEFORE = rx.compile(r"(?:摂氏|華氏|セ氏|カ氏)(?:約|およそ|マイナス|零下)?$")
# (and the end of a range: 華氏110〜115度, 華氏250度からマイナス208度)
_FAHRENHEIT_BEFORE = rx.compile(
    r"(?:華氏|カ氏)(?:約|およそ)?(?:マイナス|零下|-)?"
    # (a conversion in brackets may stand between: 華氏88度(約31℃)から54度)
    r"(?:\d[\d.,]*度?(?:[(（][^()（）]{1,12}[)）])?\s*(?:[~〜～\-–]|から)\s*(?:約|およそ)?"
    r"(?:マイナス|零下|-)?)?$"
)


def _hundredths(found: list[Quantity], q: Quantity, text: str, folded: str) -> bool:
    """48分27秒36, 34秒75, 1分35秒112: the digits after 秒 are hundredths or thousandths
    (48:27.36, 1:35.112 in a race result); 2メートル31, 8メートル05: the centimetres of a
    jump (2.31 m)."""
    if not found or q.units != {"any"} or not text[q.start : q.end].isdigit():
        return False
    prev = found[-1]
    if prev.end != q.start:
        return False
    metres = folded[prev.start : prev.end].endswith("メートル") and prev.units == {"length"}
    # (not a count of its own after the length: 50メートル10レーン is ten lanes)
    counted = re.match(r"[ァ-ヺ一-龥]", folded[q.end : q.end + 1]) is not None
    if metres and len(text[q.start : q.end]) == 2 and prev.figure.is_integer() and not counted:
        extra = int(text[q.start : q.end]) / 100
        found[-1] = Quantity(
            text[prev.start : q.end],
            prev.start,
            q.end,
            tuple(Reading(r.unit, r.value + extra, r.approx, r.system) for r in prev.readings),
            approx=prev.approx,
            figure=prev.figure + extra,
            place=0.01,
            counter=prev.counter,
            extra=prev.extra,
        )
        return True
    if not folded[prev.start : prev.end].endswith("秒"):
        return False
    if len(text[q.start : q.end]) > 3 or not ({"second", "dur"} & prev.units):
        return False
    extra = int(text[q.start : q.end]) / 10 ** (q.end - q.start)
    readings = tuple(
        Reading(r.unit, r.value + extra, r.approx, r.system) if r.unit in ("second", "dur") else r
        for r in prev.readings
    )
    found[-1] = Quantity(
        text[prev.start : q.end],
        prev.start,
        q.end,
        readings,
        approx=prev.approx,
        figure=prev.figure + extra if prev.units == {"second"} else prev.figure,
        place=10.0 ** -(q.end - q.start),
        counter=prev.counter,
        extra=prev.extra,
    )
    return True


# Before "N年": words that make it a span of years ending now (過去10年, ここ5年, 今後3年).
# (今年で37年, 創業から今年で100年: the years a thing has stood, up to this year)
_JA_SPAN_BEFORE = rx.compile(
    r"(?:過去|ここ|この|最近|直近|向こう|今後|今年で)\s*(?:約|およそ)?\s*$"
)


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
    after = _JA_APPROX_AFTER.match(folded[q.end : q.end + 4])
    if _JA_APPROX_BEFORE.search(before) or after:
        q.approx = True
    if after and not _JA_APPROX_BEFORE.search(before):
        side = _JA_SIDE.get(after.group(0))
        if side:
            q.extra[SIDE] = side


# 1割強, 2万人超, 300人余り: over the figure; 1割弱, 1万人未満: under it
_JA_SIDE = {
    **dict.fromkeys(("超", "強", "余り", "余", "あまり", "を超え", "を上回"), "over"),
    **dict.fromkeys(("弱", "未満", "足らず", "を下回"), "under"),
}


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
    # (約870〜980度: the 約 before a range rounds both its ends)
    prev.approx = q.approx = prev.approx or q.approx
    if DAY_OF_MONTH in q.extra:
        prev.extra[DAY_OF_MONTH] = "1"
