#!/usr/bin/env python3
"""Self-check of check-holdout-437 (never runs the checker).

Checks: case counts and languages; source.html regenerated from specs is
byte-identical; source and digest sizes; `yoten parse` accepts every digest;
the citation block (title, outlet, outlet-local date, canonical URL) matches
the spec, except the one planted citation slip; expected.json shape (clean:
no findings; err: 2 mismatch/error + 1 warning); every span verbatim and
unique in its digest; every figure in every digest is accounted for: either
copied from the source (the source text is checked) or derived (the
arithmetic is re-done here) or a planted slip (its correct counterpart is
checked against the source).

    python3 verify.py            # run all checks
    python3 verify.py --tables   # print the README tables from the data below

YOTEN (env) names the yoten executable; default /tmp/bcv437/bin/yoten, then
`yoten` on PATH.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

JST = ZoneInfo("Asia/Tokyo")
FT2 = 0.09290304  # square foot in m2
YD = 0.9144
MI = 1.609344
LB = 0.45359237
ACRE = 0.40468564224


def f2c(f: float) -> float:
    return (f - 32) * 5 / 9


def wd(y: int, m: int, d: int) -> str:
    return "月火水木金土日"[date(y, m, d).weekday()]


def jst(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(JST)


def local(iso: str, zone: str) -> datetime:
    return datetime.fromisoformat(iso).replace(tzinfo=ZoneInfo(zone))


def S(span: str, src: str, note: str = "") -> dict:
    """A value copied (translated/reformatted) from the source."""
    return {"t": "S", "span": span, "src": src, "note": note}


def D(span: str, how: str, ok: bool, src: str | tuple = ()) -> dict:
    """A derived value: `how` is the arithmetic shown in the README, `ok` re-does it."""
    srcs = (src,) if isinstance(src, str) else tuple(src)
    return {"t": "D", "span": span, "how": how, "ok": bool(ok), "srcs": srcs}


def N(span: str, note: str) -> dict:
    """Wording that contains a digit but states no figure of its own (e.g. 1人あたり)."""
    return {"t": "N", "span": span, "note": note}


def SLIP(span: str, kind: str, severity: str, slip: str, correct: str,
         src: str | tuple = (), ok: bool = True) -> dict:
    """A planted slip.  For mismatches, `src` is the source text that contradicts it
    and `ok` re-checks that the digest value really differs from the correct one."""
    srcs = (src,) if isinstance(src, str) else tuple(src)
    return {"t": "SLIP", "span": span, "kind": kind, "severity": severity,
            "slip": slip, "correct": correct, "srcs": srcs, "ok": bool(ok)}


# ---------------------------------------------------------------------------
# Case data.  Every digit in a digest's body must sit inside one of these spans.
# ---------------------------------------------------------------------------

CASES: dict[str, dict] = {}

CASES["clean-en-ironworks-fee-rise"] = dict(topic="gym chain raises monthly fees", facts=[
    S("3州", "North Dakota, Minnesota and South Dakota", "three states listed"),
    S("46店舗", "46 clubs"),
    S("2月1日", "Feb. 1"),
    S("39.99ドル", "$39.99"), S("44.99ドル", "$44.99"),
    S("上げ幅は5ドル", "by $5"),
    D("約12.5%", "(44.99 - 39.99) / 39.99 = 12.50% → 約12.5%", round((44.99 - 39.99) / 39.99 * 100, 1) == 12.5),
    S("2021年以来", "the first since 2021"),
    D("1月20日(月)", "published Tue 2025-01-21; \"on Monday\" → 2025-01-20, a Monday",
      wd(2025, 1, 20) == "月" and date(2025, 1, 21) - date(2025, 1, 20) == timedelta(1)),
    S("64.99ドル", "$64.99"), S("69.99ドル", "$69.99"),
    D("約7.7%上昇", "(69.99 - 64.99) / 64.99 = 7.69% → 約7.7%", round(5 / 64.99 * 100, 1) == 7.7),
    S("年会費49ドル", "$49 annual maintenance fee"),
    S("(51)", "Dana Whitcombe, 51"),
    D("昨年10月", "article of January 2025; \"in October\" → October 2024", True),
    S("15.25ドル", "$15.25"), S("17.50ドル", "$17.50"),
    D("約15%引き上げ", "(17.50 - 15.25) / 15.25 = 14.75% → 約15%", round(2.25 / 15.25 * 100) == 15),
    S("21ドル", "from $21"), S("24ドル", "$24 an hour"),
    D("約14%上げた", "(24 - 21) / 21 = 14.29% → 約14%", round(3 / 21 * 100) == 14),
    S("22%増えた", "22% more last year"),
    D("小規模の三つの店舗", "three clubs → kanji numeral 三つ", True, "close three of its smallest clubs"),
    S("3月末", "end of March"),
    S("2025年中に5店舗", "open five new locations in 2025"),
    D("店舗数は48", "46 - 3 + 5 = 48", 46 - 3 + 5 == 48),
    S("12月末", "at the end of December"),
    S("1年前", "a year earlier"),
    S("1月末", "through the end of January"),
    S("1店舗から", "with a single club"),
    S("約21万2000人", "about 212,000 members"),
    S("19万8500人", "198,500"),
    D("1万3500人(約6.8%)増えた", "212,000 - 198,500 = 13,500; 13,500 / 198,500 = 6.80%",
      212000 - 198500 == 13500 and round(13500 / 198500 * 100, 1) == 6.8),
    S("約38%", "Roughly 38%"),
    D("約8万人", "212,000 × 38% = 80,560 → 約8万人", round(212000 * 0.38) == 80560),
    S("58ドル", "$58"),
    D("約13ドル安い", "58 - 44.99 = 13.01 → 約13ドル", round(58 - 44.99) == 13),
    D("2009年の創業から16年", "2025 - 2009 = 16", 2025 - 2009 == 16, "founded in 2009"),
    S("3年間据え置いて", "held the line for three years"),
    S("2月1日から44.99ドル", "$44.99 from $39.99 starting Feb. 1"),
    D("月5ドル、年間では60ドル", "$5 × 12 = $60 (the source quotes \"sixty dollars a year\")", 5 * 12 == 60),
    S("2月1日より前", "before Feb. 1"),
    S("29ドル", "$29 cancellation fee"),
    D("1月23日(木)午後7時(米中部時間)", "\"on Thursday at 7 p.m. Central\" → Thu 2025-01-23 19:00 CST",
      wd(2025, 1, 23) == "木"),
    D("日本時間では24日午前10時", "2025-01-23 19:00 -06:00 = 2025-01-24 10:00 JST",
      jst("2025-01-23T19:00:00-06:00") == datetime(2025, 1, 24, 10, 0, tzinfo=JST)),
    D("2.25ドル増の17.50ドル", "17.50 - 15.25 = 2.25", round(17.50 - 15.25, 2) == 2.25),
    D("3ドル増の24ドル", "24 - 21 = 3", 24 - 21 == 3),
    S("3年間料金を据え置く", "held the line for three years"),
    S("約1900人", "about 1,900 people"),
    S("約700人", "around 700 of them full time"),
    D("(約37%)", "700 / 1,900 = 36.8% → 約37%", round(700 / 1900 * 100) == 37),
    D("2024年の売上高は初めて1億ドル", "$100 million = 1億ドル", 100_000_000 == 1 * 10**8, "$100 million for the first time in 2024"),
    S("新設5店舗", "five new locations"),
    D("約4800平方メートル(5万2000平方フィート)", "52,000 sq ft × 0.0929 = 4,831 m² → 約4800",
      round(52000 * FT2) == 4831, "52,000-square-foot"),
    D("10〜12月期", "fourth quarter → October–December", True, "fourth quarter"),
    D("25ヤード(約23メートル)", "25 yd × 0.9144 = 22.86 m → 約23メートル", round(25 * YD, 2) == 22.86, "25-yard"),
    S("6年間", "for six years"),
    S("(34)", "Karen Oyelaran, 34"),
    S("5ドルは", "Five dollars"),
    S("年60ドル", "sixty dollars a year"),
    S("(67)", "Tom Brekke, 67"),
    S("週5日", "five mornings a week"),
    S("11月", "in November"),
    S("4300人", "4,300 members"),
    D("約3割", "3 in 10 → 約3割", True, "3 in 10"),
    S("月4回未満", "fewer than four times a month"),
    S("6カ月", "next six months"),
    S("3〜5%", "3% to 5%"),
    D("約6400〜1万600人", "212,000 × 3% = 6,360 → 約6400; × 5% = 10,600",
      round(212000 * 0.03) == 6360 and round(212000 * 0.05) == 10600),
    S("44.99ドル、上位", "$44.99"),
    S("2月1日前", "before Feb. 1"),
    S("電気代22%増", "22% more"),
    D("3店舗閉鎖・5店舗新設で48店舗", "46 - 3 + 5 = 48", 46 - 3 + 5 == 48),
    S("2024年の売上高は1億ドル超", "topped $100 million for the first time in 2024"),
    S("6カ月で会員の3〜5%", "3% to 5% of its members over the next six months"),
])

CASES["err-en-harbour-leisure-budget"] = dict(topic="council cuts leisure-centre subsidy, raises gym fees", facts=[
    SLIP("180万ポンド", "mismatch", "error", "wrong difference: £14.2m − £12.6m given as 180万ポンド",
         "160万ポンド (£1.6m)", ("£14.2 million", "£12.6 million", "£1.6m cut"), round(14.2 - 12.6, 1) == 1.6),
    SLIP("2026年度", "mismatch", "error", "wrong fiscal year: the 2025-26 financial year beginning April 1 named 2026年度",
         "2025年度 (2025年4月〜2026年3月)", "2025-26 financial year, which begins on April 1"),
    SLIP("2025.02.28", "citation", "warning", "citation date in Japan time (22:10 GMT on 27 Feb = 07:10 JST on 28 Feb)",
         "2025.02.27", (), jst("2025-02-27T22:10:00+00:00").date() == date(2025, 2, 28)),
    S("1420万ポンド", "£14.2 million"), S("1260万ポンド", "£12.6 million"),
    S("4月1日", "April 1"),
    S("4カ所", "four leisure centres"),
    S("32.50ポンド", "£32.50"), S("35ポンド", "£35"),
    D("約7.7%上がる", "(35 - 32.50) / 32.50 = 7.69% → 約7.7%", round(2.5 / 32.5 * 100, 1) == 7.7),
    S("65歳以上", "aged 65 and over"),
    D("半額(17.50ポンド)", "£35 ÷ 2 = £17.50", 35 / 2 == 17.5, "half the standard rate"),
    S("月15ポンド", "£15 a month"),
    S("10月から", "from October"),
    S("80%", "relief of 80%"),
    S("年約40万ポンド", "around £400,000 a year"),
    S("約312人", "About 312 people"),
    S("45ポスト", "45 posts"),
    D("(約14%)", "45 / 312 = 14.4% → 約14%", round(45 / 312 * 100) == 14),
    S("12人", "at least 12 staff"),
    S("(58)", "Joanne Pettifer, 58"),
    S("2022年以前より35%", "35% higher than before 2022"),
    S("時給12.21ポンド", "£12.21 an hour"),
    S("4月には", "in April"),
    S("2施設の合計", "Quayside Leisure Centre and Brambleford Pool"),
    D("2月25日(火)", "published Thu 2025-02-27; \"on Tuesday\" → 2025-02-25", wd(2025, 2, 25) == "火"),
    S("賛成38、反対21、棄権3", "38 votes to 21, with three abstentions"),
    S("議員定数は62", "62 members"),
    D("2.50ポンドの値上げで35ポンド", "35 - 32.50 = 2.50", 35 - 32.5 == 2.5),
    S("4.99%", "4.99%"),
    D("(約5%)", "4.99% → 約5%", round(4.99) == 5),
    S("年2186ポンド", "£2,186 a year"),
    S("2施設を10月から", "from October"),
    S("7月", "in July"),
    D("1974年の開業から51年", "2025 - 1974 = 51", 2025 - 1974 == 51, "opened in 1974"),
    S("230万ポンド", "£2.3 million"),
    S("4月から営業時間を週6時間短縮", "six hours a week from April"),
    S("午後9時", "9 p.m."),
    D("1時間早い午後8時", "9 p.m. - 8 p.m. = 1 hour", 21 - 20 == 1, "8 p.m."),
    S("週3日", "three days a week"),
    S("有料会員は740人", "Brambleford has 740"),
    S("2024年3月までの1年間", "year to March 2024"),
    S("62万回", "620,000 visits"), S("54万回", "540,000"),
    D("約15%増えた", "(620,000 - 540,000) / 540,000 = 14.8% → 約15%", round(80000 / 540000 * 100) == 15),
    S("2150人", "2,150 paying members"),
    D("合計は2890人", "2,150 + 740 = 2,890", 2150 + 740 == 2890),
    S("(44)", "Marcus Oduya, 44"),
    D("3.5マイル(約5.6キロ)", "3.5 mi × 1.609 = 5.63 km → 約5.6キロ", round(3.5 * MI, 1) == 5.6, "three and a half miles"),
    S("1時間に1本", "once an hour"),
    S("子ども2人", "her two children"),
    S("(39)", "Sarah Lindqvist, 39"),
    S("3人分", "three people"),
    S("月2.5ポンド", "Two and a half pounds a month"),
    S("月会費は35ポンド", "£35"),
    S("上限の4.99%", "4.99%, the maximum"),
    D("築51年で改修に230万ポンド", "2025 - 1974 = 51", 2025 - 1974 == 51, "£2.3 million"),
    S("週6時間短縮", "six hours a week"),
    S("ジム会員は2150人", "2,150 paying members"),
])

CASES["clean-en-kinetic24-memberships"] = dict(topic="24-hour gym franchise: record members, older members", facts=[
    S("24時間営業", "round-the-clock"),
    S("キネティック24(Kinetic 24)", "Kinetic 24"),
    S("「24時間ジムは若者のもの」", "24-hour gym was a young person's product"),
    S("会員数は54万人", "540,000 members"),
    S("この1年で", "over the past year"),
    S("ジム318店", "318 clubs"),
    D("2024年度(2023年7月〜2024年6月)", "\"2024 financial year, which ended on June 30\" → July 2023–June 2024",
      True, "2024 financial year, which ended on June 30"),
    S("54万人に達した", "540,000 members"),
    S("9%増え", "up 9%"),
    D("約49万5000人", "540,000 / 1.09 = 495,413 → 約49万5000人", round(540000 / 1.09) == 495413),
    S("55歳以上の入会", "people over 55 signed up"),
    S("3億6100万豪ドル", "A$361 million"), S("4億1200万豪ドル", "A$412 million"),
    D("約14%増えた", "(412 - 361) / 361 = 14.1% → 約14%", round((412 - 361) / 361 * 100) == 14),
    S("9640万豪ドル", "A$96.4 million"),
    S("(47)", "Lachlan Pryor, 47"),
    S("55歳以上の会員は1年で21%", "aged 55 and over had climbed 21% in twelve months"),
    S("今後12カ月で26店", "another 26 clubs in the next 12 months"),
    D("344店", "318 + 26 = 344", 318 + 26 == 344),
    S("2020年と2021年", "lockdowns of 2020 and 2021"),
    S("100日超", "more than 100 days"),
    S("約490万人", "about 4.9 million Australians"),
    S("48%", "48% of members"), S("5年前の41%", "41% five years ago"),
    D("7ポイント上昇", "48% - 41% = 7 percentage points", 48 - 41 == 7),
    D("1店あたりに直すと約1700人", "540,000 / 318 = 1,698 → 約1700人", round(540000 / 318) == 1698),
    S("「10年前", "Ten years ago"),
    S("24時間ジムは若者向け", "24-hour gym was a young person's product"),
    S("318店のうち214店", "Of the 318 clubs, 214"),
    D("(約3分の2)", "214 / 318 = 67.3% → 約3分の2", abs(214 / 318 - 2 / 3) < 0.01),
    D("残る104店", "318 - 214 = 104", 318 - 214 == 104),
    D("120万〜180万豪ドル", "A$1.2 million–A$1.8 million → 120万〜180万豪ドル", True, "between A$1.2 million and A$1.8 million"),
    S("7月に1豪ドル上がって17.95豪ドル", "rose by A$1 to A$17.95 in July"),
    D("(従来は16.95豪ドル)", "17.95 - 1 = 16.95", round(17.95 - 1, 2) == 16.95),
    S("2年ぶり", "first increase in two years"),
    D("年間に換算すると約933豪ドル", "A$17.95 × 52 weeks = A$933.40", round(17.95 * 52, 2) == 933.40),
    S("平日午前10時から午後4時", "between 10 a.m. and 4 p.m. on weekdays"),
    S("週11.50豪ドル", "A$11.50 a week"),
    D("6.45豪ドル安い", "17.95 - 11.50 = 6.45", round(17.95 - 11.50, 2) == 6.45),
    D("2週間ごとに請求され、標準会員なら1回あたり35.90豪ドル", "billed fortnightly: 17.95 × 2 = 35.90",
      round(17.95 * 2, 2) == 35.90, "billed fortnightly"),
    D("2025年2月から", "article of November 2024; \"from February\" → February 2025", True, "from February"),
    S("15店", "15 clubs in Melbourne"),
    S("月12回以上", "at least 12 times a month"),
    S("週2豪ドル", "A$2 a week"),
    D("(年間104豪ドル)", "A$2 × 52 = A$104", 2 * 52 == 104),
    S("1800万豪ドル", "A$18 million"),
    S("55歳以上の退会率は20代の約半分", "roughly half what it is for people in their twenties"),
    S("次の26店", "next 26 clubs"),
    D("11月8日(金)午前11時(豪東部夏時間)", "published Thu 2024-11-07; \"on Friday\" → 2024-11-08, 11:00 AEDT (+11:00)",
      wd(2024, 11, 8) == "金", "11 a.m. AEDT on Friday"),
    D("日本時間では同日午前9時", "2024-11-08 11:00 +11:00 = 2024-11-08 09:00 JST",
      jst("2024-11-08T11:00:00+11:00") == datetime(2024, 11, 8, 9, 0, tzinfo=JST)),
    S("9%増の54万人", "540,000 members, up 9%"),
    S("売上高は4億1200万豪ドル", "A$412 million"),
    D("318店の約3分の2", "214 / 318 = 67.3%", abs(214 / 318 - 2 / 3) < 0.01),
    S("週会費は17.95豪ドル、オフピークは11.50豪ドル", "A$11.50 a week"),
    S("26店の出店", "next 26 clubs"),
])

CASES["err-en-flexnation-ipo"] = dict(topic="gym chain IPO price band and expansion", facts=[
    SLIP("450億ルピー", "mismatch", "error", "scale slip ×10: Rs 450 crore (4.5 billion) written 450億ルピー",
         "45億ルピー (Rs 450 crore = 4,500,000,000)", "fresh issue of shares worth Rs 450 crore", 450 * 10**7 == 45 * 10**8),
    SLIP("日本時間14日午前1時", "mismatch", "error", "Japan time without the day shift: 9:30 p.m. IST on Wed 14 Aug is 1:00 a.m. on the 15th in Japan",
         "日本時間15日午前1時", "9:30 p.m. IST on Wednesday",
         jst("2024-08-14T21:30:00+05:30") == datetime(2024, 8, 15, 1, 0, tzinfo=JST)),
    SLIP("SEBI", "name", "warning", "abbreviation the source never gives (it says only \"the markets regulator\")",
         "市場規制当局 (no name given)", "markets regulator"),
    S("1株312〜328ルピー", "Rs 312 to Rs 328 a share"),
    D("8月19日(月)", "published Tue 2024-08-13; \"next Monday\" → 2024-08-19", wd(2024, 8, 19) == "月", "next Monday"),
    D("8月21日(水)", "August 21, 2024 was a Wednesday", wd(2024, 8, 21) == "水", "August 21"),
    S("25億ルピー", "Rs 250 crore", "Rs 250 crore = 2,500,000,000"),
    D("計70億ルピー", "Rs 700 crore = 7,000,000,000 = 70億 (450 + 250 crore)", (450 + 250) * 10**7 == 70 * 10**8, "Rs 700 crore"),
    S("3月に", "in March"),
    S("42都市で180店", "180 gyms in 42 cities"),
    S("6月末", "end of June"),
    D("約32万人", "3.2 lakh = 320,000", 3.2 * 10**5 == 320000, "3.2 lakh"),
    D("31億ルピー", "Rs 310 crore = 3,100,000,000", 310 * 10**7 == 31 * 10**8, "Rs 310 crore"),
    S("2026年3月までに120店", "120 more gyms by March 2026"),
    D("300店体制", "180 + 120 = 300", 180 + 120 == 300),
    D("9億5000万ルピー", "Rs 95 crore = 950,000,000", 95 * 10**7 == 9_5000_0000, "Rs 95 crore"),
    D("2023〜24年度(2023年4月〜2024年3月)", "Indian financial year 2023-24 = April 2023–March 2024", True, "2023-24 financial year"),
    S("38%増", "rose 38%"),
    D("61億2000万ルピー", "Rs 612 crore = 6,120,000,000", 612 * 10**7 == 61_2000_0000, "Rs 612 crore"),
    D("約44億3500万ルピー", "612 / 1.38 = 443.5 crore → 約44億3500万ルピー", round(612 / 1.38, 1) == 443.5),
    D("1億8000万ルピーの赤字", "Rs 18 crore = 180,000,000", 18 * 10**7 == 1_8000_0000, "loss of Rs 18 crore"),
    D("4億1000万ルピーの黒字", "Rs 41 crore = 410,000,000", 41 * 10**7 == 4_1000_0000, "net profit of Rs 41 crore"),
    S("(41)", "Rohan Kulkarni, 41"),
    S("3年前", "Three years ago"),
    S("3都市", "Mumbai, Pune and Bengaluru"),
    S("37%", "Today it is 37%"),
    D("13ポイント下がった", "half (50%) → 37%: 50 - 37 = 13 points", 50 - 37 == 13),
    D("約390億ルピー", "Rs 3,900 crore = 39,000,000,000", 3900 * 10**7 == 390 * 10**8, "Rs 3,900 crore"),
    S("約95倍", "roughly 95 times"),
    D("2015年にプネの貸し地下室で1号店を開いてから9年", "2024 - 2015 = 9", 2024 - 2015 == 9, "in 2015"),
    D("8月13日(火)の記者会見", "\"on Tuesday\" = publication day, Tue 2024-08-13", wd(2024, 8, 13) == "火", "press conference on Tuesday"),
    D("8月16日(金)", "\"on Friday\" → 2024-08-16", wd(2024, 8, 16) == "金", "on Friday"),
    D("8月14日(水)午後9時30分(インド標準時)", "\"9:30 p.m. IST on Wednesday\" → Wed 2024-08-14", wd(2024, 8, 14) == "水", "9:30 p.m. IST on Wednesday"),
    D("8月26日(月)", "August 26, 2024 was a Monday", wd(2024, 8, 26) == "月", "August 26"),
    S("新店120店", "120 more gyms"),
    S("月1499ルピー", "Rs 1,499 a month"),
    S("1万1999ルピー", "Rs 11,999"),
    D("1年続けると1万7988ルピー", "1,499 × 12 = 17,988", 1499 * 12 == 17988),
    D("約3分の1安い", "1 - 11,999 / 17,988 = 33.3% → 約3分の1", round(1 - 11999 / 17988, 3) == 0.333),
    S("約62%", "About 62%"),
    D("(約6割)", "62% → 約6割", True),
    S("15〜20%", "15 to 20%"),
    D("1店あたりの会員は平均で約1800人", "320,000 / 180 = 1,778 → 約1800人", round(320000 / 180) == 1778),
    S("約4600人", "about 4,600 trainers"),
    S("平均月給は2万8000ルピー", "average of Rs 28,000 a month"),
    D("(年換算33万6000ルピー)", "28,000 × 12 = 336,000", 28000 * 12 == 336000),
    S("1年で11%", "risen 11% in the last year"),
    D("約6500平方フィート(約600平方メートル)", "6,500 sq ft × 0.0929 = 604 m² → 約600", round(6500 * FT2) == 604, "around 6,500 square feet"),
    S("2020年以前", "before 2020"),
    S("2社", "at least two"),
    S("8月19日から21日", "August 21"),
    S("上場は8月26日", "August 26"),
    S("約32万人、年払いが約6割", "About 62%"),
    S("1年で11%上昇", "risen 11% in the last year"),
])

CASES["clean-en-summit-peak-closures"] = dict(topic="gym operator files for bankruptcy, closes seven clubs", facts=[
    D("9月11日(水)", "published Thu 2024-09-12; \"on Wednesday\" → 2024-09-11", wd(2024, 9, 11) == "水", "on Wednesday"),
    D("連邦破産法11条", "Chapter 11 → 連邦破産法11条", True, "Chapter 11"),
    S("31店のうち7店", "seven of its 31 clubs"),
    S("9月30日", "Sept. 30"),
    S("残る24店", "remaining 24 clubs"),
    D("8650万ドル", "$86.5 million = 86,500,000 = 8650万", 86.5e6 == 8650e4, "$86.5 million"),
    D("5200万ドル", "$52 million = 5200万", 52e6 == 5200e4, "$52 million"),
    D("3450万ドル上回る", "86.5 - 52 = 34.5 million → 3450万ドル", 86.5 - 52 == 34.5),
    D("4〜6月期には420万ドルの赤字", "second quarter → April–June; $4.2 million = 420万ドル", 4.2e6 == 420e4,
      "lost $4.2 million in the second quarter"),
    S("従業員1650人のうち約410人", "About 410 of the company's 1,650 employees"),
    D("ほぼ4人に1人", "410 / 1,650 = 24.8% → ほぼ4人に1人", round(410 / 1650, 3) == 0.248),
    S("(59)", "Glen Harrower, 59"),
    S("約1万8400人", "About 18,400"),
    S("約9万6000人", "roughly 96,000 members"),
    D("約2割", "18,400 / 96,000 = 19.2% → 約2割", round(18400 / 96000 * 100, 1) == 19.2),
    D("12マイル(約19キロ)", "12 mi × 1.609 = 19.3 km → 約19キロ", round(12 * MI, 1) == 19.3, "within 12 miles"),
    S("2000年代", "in the 2000s"),
    S("24時間ジム", "24-hour gyms"),
    S("2019年以降約12%減り", "fallen about 12% since 2019"),
    S("約30%増えた", "gained roughly 30%"),
    D("1996年の創業から28年", "2024 - 1996 = 28", 2024 - 1996 == 28, "founded in 1996"),
    S("負債8650万ドルに対し資産は5200万ドル", "debts of $86.5 million and assets of $52 million"),
    D("2000万ドルの融資", "$20 million = 2000万ドル", 20e6 == 2000e4, "$20 million in financing"),
    D("9月16日(月)午後1時30分(米太平洋時間)", "\"Monday at 1:30 p.m. Pacific time\" → Mon 2024-09-16 13:30 PDT",
      wd(2024, 9, 16) == "月", "Monday at 1:30 p.m. Pacific time"),
    D("日本時間17日午前5時30分", "2024-09-16 13:30 -07:00 = 2024-09-17 05:30 JST",
      jst("2024-09-16T13:30:00-07:00") == datetime(2024, 9, 17, 5, 30, tzinfo=JST)),
    S("2003年に開業", "opened in 2003"),
    D("約6300平方メートル(6万8000平方フィート)", "68,000 sq ft × 0.0929 = 6,317 m² → 約6300", round(68000 * FT2) == 6317,
      "68,000-square-foot"),
    D("プール二つ", "two pools → kanji numeral 二つ", True, "two pools"),
    D("年約110万ドル", "$1.1 million = 110万ドル", 1.1e6 == 110e4, "about $1.1 million a year"),
    D("華氏82度(摂氏約28度)", "(82 - 32) × 5/9 = 27.8 °C → 約28度", round(f2c(82)) == 28, "kept at 82 degrees"),
    S("小規模な5店", "five smaller locations"),
    S("10月分の月会費54.99ドル", "$54.99 monthly dues for October"),
    S("2019年に股関節", "hip replacement in 2019"),
    S("週3回", "three times a week"),
    S("(72)", "Linda Marsh, 72"),
    S("月25ドル", "$25-a-month"),
    S("月55ドル", "$55 club"),
    D("価格差は約30ドル", "$55 - $25 = $30", 55 - 25 == 30),
    S("負債8650万ドル、資産5200万ドルで破産法11条", "Chapter 11"),
    S("7店を閉鎖", "close seven"),
    S("10月分の会費は免除", "for October"),
])

CASES["err-en-activlife-trainers-pay"] = dict(topic="gym instructors threaten strike over pay", facts=[
    SLIP("4.5%増", "mismatch", "error", "direction flipped: membership fell 4.5%, digest says 増",
         "4.5%減", "Membership fell 4.5% to 683,000"),
    SLIP("(49)", "mismatch", "error", "wrong age for Nomvula Dlamini", "(46)", "Nomvula Dlamini, 46"),
    SLIP("ドラミーニ", "spelling", "warning", "second katakana spelling of Dlamini (first: ドラミニ)",
         "ドラミニ", "Dlamini"),
    S("2番目に大きい", "second-largest"),
    D("5月21日(火)", "published Thu 2024-05-16; \"next Tuesday\" → 2024-05-21", wd(2024, 5, 21) == "火", "next Tuesday"),
    D("5月16日(木)", "\"on Thursday\" = publication day 2024-05-16", wd(2024, 5, 16) == "木", "said on Thursday"),
    S("計2300人", "2,300 group-exercise instructors"),
    S("9%の賃上げ", "9% increase"),
    S("5.5%を提示", "offered 5.5%"),
    D("差は3.5ポイント", "9% - 5.5% = 3.5 percentage points", 9 - 5.5 == 3.5),
    S("約1840人", "About 1,840"),
    D("8割が組合員", "1,840 / 2,300 = 80% → 8割", 1840 / 2300 == 0.8),
    S("1万4800ランド", "R14,800 a month"),
    D("(年換算17万7600ランド)", "14,800 × 12 = 177,600", 14800 * 12 == 177600),
    S("午前5時", "5 a.m."), S("午後8時過ぎ", "after 8 p.m."),
    D("拘束は15時間を超える", "5 a.m. to after 8 p.m. = more than 15 hours", 20 - 5 == 15),
    S("112店", "112 gyms"),
    D("3月31日に終わった2023年度(2023年4月〜2024年3月)", "financial year ended 31 March 2024 = April 2023–March 2024 (2023年度)",
      True, "financial year that ended on March 31"),
    S("68万3000人", "683,000"),
    S("(53)", "Pieter van Wyk, 53"),
    D("4800万ランド", "R48 million = 4800万ランド", 48e6 == 4800e4, "R48 million"),
    D("31億ランド", "R3.1 billion = 31億ランド", 3.1e9 == 31e8, "R3.1 billion"),
    S("7月から6%上がって688ランド", "by 6% to R688 from July"),
    D("約649ランド", "688 / 1.06 = 649.06 → 約649ランド", round(688 / 1.06) == 649),
    D("年約1400万ランド増え、会社案の約900万ランドより500万ランド多い", "R14 million - R9 million = R5 million",
      14 - 9 == 5, ("about R14 million a year", "roughly R9 million")),
    S("月750ランド", "R750 a month"),
    D("(年9000ランド)", "750 × 12 = 9,000", 750 * 12 == 9000),
    D("5月17日(金)午前10時(南ア時間)", "\"on Friday at 10 a.m.\" → Fri 2024-05-17 10:00 SAST", wd(2024, 5, 17) == "金", "on Friday at 10 a.m."),
    D("日本時間同日午後5時", "2024-05-17 10:00 +02:00 = 17:00 JST", jst("2024-05-17T10:00:00+02:00") == datetime(2024, 5, 17, 17, 0, tzinfo=JST)),
    S("48時間前", "48 hours' notice"),
    D("約3分の1", "\"about a third\" → 約3分の1", True, "About a third"),
    S("週4回", "four mornings a week"),
    S("(31)", "Zanele Khumalo, 31"),
    S("組合は9%、会社は5.5%", "offered 5.5%"),
    S("月750ランドの交通手当", "R750 a month"),
])

CASES["clean-en-lumen-cycle-studios"] = dict(topic="boutique cycling studio closes four outlets", facts=[
    S("9店のうち4店", "four of its nine outlets"),
    S("今月末", "end of this month"),
    D("10月8日(火)", "\"said on Tuesday\" = publication day, Tue 2024-10-08", wd(2024, 10, 8) == "火", "said on Tuesday"),
    D("四つのスタジオ", "four studios → kanji numeral 四つ", True, "the four studios"),
    S("最終レッスンは10月31日", "on Oct 31"),
    D("発表から23日後", "2024-10-31 - 2024-10-08 = 23 days", (date(2024, 10, 31) - date(2024, 10, 8)).days == 23),
    D("全店舗の約44%", "4 / 9 = 44.4% → 約44%", round(4 / 9 * 100) == 44),
    S("残る5店", "remaining five studios"),
    D("最大140万シンガポールドル", "S$1.4 million = 140万シンガポールドル", 1.4e6 == 140e4, "up to S$1.4 million"),
    S("120人のうち約35人", "about 35 of its 120 instructors"),
    D("約3割が影響", "35 / 120 = 29.2% → 約3割", round(35 / 120, 3) == 0.292),
    D("今年1〜9月", "\"first nine months of the year\" → January–September", True, "first nine months of the year"),
    S("スタジオは38、開業は21", "38 boutique studios closed in the first nine months of the year, while 21 opened"),
    D("差し引き17減った", "38 - 21 = 17", 38 - 21 == 17),
    D("7〜9月期だけで15", "third quarter → July–September; 15 studios", True, "In the third quarter alone, 15 studios"),
    S("9月の平均稼働率は62%", "fell to 62% in September"),
    S("前年同月の78%", "from 78% a year earlier"),
    D("16ポイント下がった", "78% - 62% = 16 percentage points", 78 - 62 == 16),
    D("2017年の創業から7年", "2024 - 2017 = 7", 2024 - 2017 == 7, "Founded in 2017"),
    S("(38)", "Cheryl Goh, now 38"),
    S("45分間", "45-minute rides"),
    S("月2万2000回超", "more than 22,000 classes a month"),
    S("週5日", "five days a week"),
    D("2025年1月から", "article of October 2024; \"from January\" → January 2025", True, "from January"),
    S("1回券の平均価格は38シンガポールドル", "single class was S$38"),
    S("10回券は通常320シンガポールドル", "10-class pack typically costs S$320"),
    D("1回あたり32シンガポールドル", "320 / 10 = 32", 320 / 10 == 32),
    D("約16%割安", "(38 - 32) / 38 = 15.8% → 約16%", round((38 - 32) / 38 * 100) == 16),
    S("1階の店舗賃料はこの1年で約9%上がった", "Ground-floor retail rents in the city centre have risen by around 9% over the past year"),
    D("2400平方フィート(約220平方メートル)", "2,400 sq ft × 0.0929 = 223 m² → 約220", round(2400 * FT2) == 223, "2,400 sq ft"),
    S("1平方フィートあたり約12.50シンガポールドル", "S$12.50 per square foot a month"),
    D("月約3万シンガポールドル", "2,400 × 12.50 = 30,000 a month", 2400 * 12.5 == 30000),
    D("年約36万シンガポールドル", "30,000 × 12 = 360,000", 30000 * 12 == 360000),
    S("約59シンガポールドル", "around S$59"),
    D("1回券2回分(76シンガポールドル)", "2 × 38 = 76 (> 59)", 2 * 38 == 76 and 59 < 76, "less than two single classes"),
    S("2年前の約100から約140", "about 140, from roughly 100 two years ago"),
    D("約1.4倍", "140 / 100 = 1.4", 140 / 100 == 1.4),
    S("(52)", "Marcus Lee, 52"),
    S("2019年から", "since 2019"),
    S("週最大4回", "up to four classes a week"),
    S("(29)", "Aisha Rahman, 29"),
    S("片道約25分", "about 25 minutes to her journey each way"),
    S("4店を10月31日", "Oct 31"),
    S("残りは5店", "remaining five studios"),
    S("約140店", "about 140"),
])

CASES["err-en-tawhiri-aquatic-rebuild"] = dict(topic="district council approves pool and gym rebuild", facts=[
    SLIP("4.2%上昇", "mismatch", "error", "percent written for percentage points (share of members aged 65+)",
         "4.2ポイント上昇", "risen 4.2 percentage points in two years to 17.6%"),
    SLIP("約18カ月", "mismatch", "error", "wrong duration: closed Sun 27 Apr 2025, reopens 1 Mar 2027",
         "約22カ月 (673日)", ("close on Sunday, April 27", "open on March 1, 2027"),
         (date(2027, 3, 1) - date(2025, 4, 27)).days == 673 and round(673 / 30.44) == 22),
    SLIP("約120人", "unsupported", "warning", "invented count: construction jobs (the source gives no jobs figure)",
         "nothing in the source"),
    D("4860万NZドル", "$48.6 million (NZ$) = 4860万NZドル", 48.6e6 == 4860e4, "$48.6 million"),
    S("2年以上", "more than two years"),
    D("3月5日(水)", "published Thu 2025-03-06 NZDT; \"on Wednesday\" → 2025-03-05", wd(2025, 3, 5) == "水", "meeting on Wednesday"),
    S("賛成9、反対4", "nine votes to four"),
    S("2022年に示された見積もり3920万NZドル", "$39.2m estimate presented to councillors in 2022"),
    D("940万NZドル(約24%)増えた", "48.6 - 39.2 = 9.4m; 9.4 / 39.2 = 24.0%", round(48.6 - 39.2, 1) == 9.4 and round(9.4 / 39.2 * 100) == 24),
    S("1978年に開館", "opened in 1978"),
    S("4月27日(日)", "Sunday, April 27"),
    S("2027年3月1日", "March 1, 2027"),
    S("3100万NZドル", "$31m"), S("1200万NZドル", "$12m"), S("560万NZドル", "$5.6m"),
    D("合計は事業費と同じ4860万NZドル", "31 + 12 + 5.6 = 48.6", round(31 + 12 + 5.6, 1) == 48.6),
    S("約2600人", "about 2,600 members"),
    S("65歳以上", "aged 65 and over"),
    S("2年で", "in two years"),
    S("17.6%", "17.6% of all members"),
    D("(約460人)", "2,600 × 17.6% = 457.6 → 約460人", round(2600 * 0.176) == 458),
    D("開館から47年", "2025 - 1978 = 47", 2025 - 1978 == 47, "opened in 1978"),
    S("25メートル8コース", "25-metre, eight-lane lap pool"),
    S("32度", "heated to 32 degrees"),
    S("約2倍", "roughly twice the size"),
    S("410万NZドルの予備費", "contingency of $4.1m"),
    D("事業費の約8%", "4.1 / 48.6 = 8.4% → 約8%", round(4.1 / 48.6 * 100) == 8),
    S("6月に着工", "begin in June"),
    S("7月1日から19.50NZドルから21NZドル", "from $19.50 to $21 from July 1"),
    D("1.50NZドル(約7.7%)", "21 - 19.50 = 1.50; 1.50 / 19.50 = 7.7%", 21 - 19.5 == 1.5 and round(1.5 / 19.5 * 100, 1) == 7.7),
    S("8キロ", "eight kilometres away"),
    S("(61)", "Hemi Tautahi, 61"),
    S("1970年代", "1970s building"),
    S("31万2000回", "312,000 visits"),
    S("(44)", "Maia Fenwick, 44"),
    S("(57)", "Gillian Roe, 57"),
    S("年86NZドル", "$86 a year"),
    D("週約1.65NZドル", "86 / 52 = 1.65", round(86 / 52, 2) == 1.65),
    S("年3412NZドル", "$3,412"),
    S("86NZドルは借り入れの最初の10年間", "$86 figure was the average over the first ten years"),
    S("25メートルプールと2倍", "roughly twice the size"),
    S("予備費410万NZドルを含み、6月", "contingency of $4.1m"),
    S("週会費は21NZドル", "$21"),
])

CASES["clean-en-jenga-fitness-openings"] = dict(topic="Nairobi gym chain opens six gyms", facts=[
    S("今後5カ月で6店", "six new gyms over the next five months"),
    S("第1弾", "The first of the new gyms"),
    D("7月27日(土)", "published Wed 2024-07-24; \"on Saturday\" → 2024-07-27", wd(2024, 7, 27) == "土", "Westlands on Saturday"),
    D("年内", "\"before the end of the year\" → 年内", True, "before the end of the year"),
    S("11から17", "from 11 gyms to 17"),
    S("(36)", "Brian Otieno, 36"),
    D("8億5000万ケニア・シリング", "KSh 850 million = 8億5000万", 850e6 == 8.5e8, "KSh 850 million"),
    S("約2万6000人", "about 26,000 members"),
    S("2025年末までに4万人", "40,000 by the end of 2025"),
    D("約1.5倍", "40,000 / 26,000 = 1.54 → 約1.5倍", round(40000 / 26000, 2) == 1.54),
    D("4〜6月期", "second quarter → April–June", True, "second quarter"),
    S("31%増の2億1400万シリング", "rose 31% to KSh 214 million"),
    D("約1億6300万シリング", "214 / 1.31 = 163.4 million → 約1億6300万", round(214 / 1.31, 1) == 163.4),
    S("54%", "Women make up 54%"),
    D("半数を超える", "54% > 50%", 54 > 50),
    S("3店", "three of its gyms"),
    D("2016年の創業から8年", "2024 - 2016 = 8", 2024 - 2016 == 8, "founded in 2016"),
    S("1店から", "single gym"),
    S("約1200平方メートル", "about 1,200 square metres"),
    S("午前5時から午後11時", "from 5 a.m. to 11 p.m."),
    D("1日18時間", "5:00 → 23:00 = 18 hours", 23 - 5 == 18),
    S("週7日", "seven days a week"),
    S("「5年前", "Five years ago"),
    S("4店に太陽光パネル", "solar panels at four gyms"),
    D("約4分の1(約25%)", "\"about a quarter\" = 25%", 1 / 4 == 0.25, "about a quarter"),
    S("月会費は4500シリング", "KSh 4,500"),
    D("年間では5万4000シリング", "4,500 × 12 = 54,000", 4500 * 12 == 54000),
    S("月1万2000シリング", "KSh 12,000"),
    D("標準の約2.7倍", "12,000 / 4,500 = 2.67 → 約2.7倍", round(12000 / 4500, 1) == 2.7),
    S("学生は3000シリング", "Students pay KSh 3,000"),
    D("1500シリング安い", "4,500 - 3,000 = 1,500", 4500 - 3000 == 1500),
    S("180人採用", "hire 180 trainers"),
    S("平均月給は3万8000シリング", "average of KSh 38,000 a month"),
    D("世界保健機関(WHO)", "World Health Organization → WHO (Japanese news abbreviation)", True, "World Health Organization"),
    S("週150分以上", "at least 150 minutes of moderate physical activity a week"),
    D("(1日あたり約21分)", "150 / 7 = 21.4 → 約21分", round(150 / 7, 1) == 21.4),
    S("(41)", "Faith Wambui, 41"),
    D("今年1月", "article of July 2024; \"joining in January\" → January 2024", True, "since joining in January"),
    S("11キロ", "11 kilograms"),
    S("(27)", "Kevin Mwangi, 27"),
    S("毎日1時間", "an hour in traffic every day"),
    S("6店を新設し、店舗数は17", "from 11 gyms to 17"),
    S("月会費は4500シリング。", "KSh 4,500"),
    S("ら180人を採用", "hire 180 trainers"),
])

CASES["err-en-kettlebell-nation-q3"] = dict(topic="budget gym operator third-quarter results", facts=[
    SLIP("第3四半期", "mismatch", "error", "wrong quarter: the 35-40 openings are planned for the fourth quarter",
         "第4四半期 (10〜12月期)", "35 to 40 clubs in the fourth quarter"),
    SLIP("約1万2000平方メートル", "mismatch", "error", "wrong unit conversion: 40,000 sq ft divided by 3.28 instead of × 0.0929",
         "約3700平方メートル (40,000 × 0.0929 = 3,716)", "40,000-square-foot", round(40000 * FT2) == 3716),
    SLIP("https://www.atlanticmetrobusiness.example/news/2024/10/30/kettlebell-nation-third-quarter-results-guidance?utm_source=amb_newsletter&utm_medium=email&utm_campaign=morning_briefing_20241031&mc_cid=7d41e09b2c&mc_eid=3f8a2c91d4",
         "citation", "warning", "newsletter tracking parameters (utm_*, mc_cid, mc_eid) left on the URL",
         "https://www.atlanticmetrobusiness.example/news/2024/10/30/kettlebell-nation-third-quarter-results-guidance"),
    D("10月30日(水)", "\"on Wednesday\" = publication day, Wed 2024-10-30", wd(2024, 10, 30) == "水", "forecast on Wednesday"),
    S("5年ぶり", "first increase in its premium membership price in five years"),
    D("7〜9月期の売上高", "third quarter → July–September", True, "third-quarter revenue"),
    S("11.2%増", "up 11.2%"),
    D("3億1840万ドル", "$318.4 million = 3億1840万ドル", 318.4e6 == 31840e4, "$318.4 million"),
    D("約2億8630万ドル", "318.4 / 1.112 = 286.3 million → 約2億8630万", round(318.4 / 1.112, 1) == 286.3),
    D("4170万ドル(1株48セント)", "$41.7 million = 4170万ドル; 48 cents", 41.7e6 == 4170e4, "$41.7 million, or 48 cents a share"),
    D("3390万ドル(同39セント)", "$33.9 million = 3390万ドル; 39 cents", 33.9e6 == 3390e4, "$33.9 million, or 39 cents"),
    D("約23%増えた", "(41.7 - 33.9) / 33.9 = 23.0%", round((41.7 - 33.9) / 33.9 * 100) == 23),
    D("12億5000万〜12億7000万ドル", "$1.25–1.27 billion", True, "previous range of $1.25 billion to $1.27 billion"),
    D("12億7000万〜12億9000万ドル", "$1.27–1.29 billion", True, "$1.27 billion to $1.29 billion"),
    D("上下とも2000万ドル", "1.27 - 1.25 = 1.29 - 1.27 = $20 million", round(1.27 - 1.25, 2) == round(1.29 - 1.27, 2) == 0.02),
    S("7.4%高の61.20ドル", "rose 7.4% to $61.20"),
    D("約57ドル", "61.20 / 1.074 = 56.98 → 約57ドル", round(61.20 / 1.074, 2) == 56.98),
    S("9月末の店舗数は米国とカナダで1184店", "ended September with 1,184 clubs in the U.S. and Canada"),
    D("この3カ月で42店", "\"opening 42 in the quarter\" → 3カ月", True, "opening 42 in the quarter"),
    D("前の四半期末は1142店", "1,184 - 42 = 1,142", 1184 - 42 == 1142),
    D("約436万人", "4.36 million = 436万", True, "about 4.36 million members"),
    S("7月に新規会員向けに24.99ドルから29.99ドル", "In July the company raised the monthly price of its premium \"Iron Card\" membership to $29.99 from $24.99 for new members"),
    D("約20%引き上げ", "(29.99 - 24.99) / 24.99 = 20.0%", round(5 / 24.99 * 100) == 20),
    S("9月から既存会員", "in September it began applying the increase to existing members"),
    S("月10ドル", "$10 a month"),
    D("約3倍の価格", "29.99 / 10 = 3.0", round(29.99 / 10) == 3),
    S("約63%", "About 63%"), S("1年前の60%", "up from 60% a year ago"),
    D("3ポイント上昇", "63% - 60% = 3 points", 63 - 60 == 3),
    D("約275万人", "4.36 million × 63% = 2.75 million → 約275万人", round(4.36e6 * 0.63 / 1e4) == 275),
    S("「10ドルのジム」", "the $10 gym"),
    S("月30ドル", "At thirty dollars a month"),
    D("7〜9月期の既存店売上高(開業1年以上の店舗)は6.8%", "third quarter → July–September; same-club sales +6.8%", True,
      "rose 6.8% in the quarter"),
    S("8月に開いた", "opened in August"),
    S("4万平方フィート", "40,000-square-foot"),
    S("約2倍", "about twice the size"),
    S("1年分のデータ", "a year of data"),
    S("(49)", "Renata Solis, 49"),
    S("基本プランの10ドル", "$10 basic price"),
    S("2025年中に1300店目", "1,300th club sometime in 2025"),
    D("9月末からあと116店", "1,300 - 1,184 = 116", 1300 - 1184 == 116),
    S("35〜40店", "35 to 40 clubs"),
    S("「10ドルのジムがもはや10ドルの商売ではない", "the $10 gym isn't really a $10 business"),
    S("30ドル払う", "paying thirty"),
    S("18%増えた", "risen 18%"),
    D("10月31日(木)午前8時30分(米東部時間)", "\"8:30 a.m. Eastern time on Thursday\" → Thu 2024-10-31 08:30 EDT",
      wd(2024, 10, 31) == "木", "8:30 a.m. Eastern time on Thursday"),
    D("日本時間同日午後9時30分", "2024-10-31 08:30 -04:00 = 21:30 JST",
      jst("2024-10-31T08:30:00-04:00") == datetime(2024, 10, 31, 21, 30, tzinfo=JST)),
    S("7〜9月期は11.2%の増収、既存店売上高は6.8%", "rose 6.8% in the quarter"),
    S("1年間のデータ", "a year of data"),
    S("月10ドルの基本プラン", "$10 a month"),
])

CASES["clean-en-larkmoor-instructor-pay"] = dict(topic="leisure trust pay deal and price rises", facts=[
    S("7月1日から実施", "from July 1"),
    S("11.90ポンドから12.60ポンド", "from £11.90 to £12.60"),
    D("70ペンス(約5.9%)", "12.60 - 11.90 = 0.70; 0.70 / 11.90 = 5.9%", round(12.60 - 11.90, 2) == 0.70 and round(0.7 / 11.9 * 100, 1) == 5.9),
    S("13.40ポンドから14.10ポンド", "from £13.40 to £14.10"),
    D("70ペンス(約5.2%)", "14.10 - 13.40 = 0.70; 0.70 / 13.40 = 5.2%", round(14.10 - 13.40, 2) == 0.70 and round(0.7 / 13.4 * 100, 1) == 5.2),
    S("11.60ポンドから12.25ポンド", "from £11.60 to £12.25"),
    D("65ペンス(約5.6%)", "12.25 - 11.60 = 0.65; 0.65 / 11.60 = 5.6%", round(12.25 - 11.60, 2) == 0.65 and round(0.65 / 11.6 * 100, 1) == 5.6),
    D("6月17日(月)", "published Tue 2024-06-18; \"on Monday\" → 2024-06-17", wd(2024, 6, 17) == "月", "approved the agreement on Monday"),
    D("公表の13日後", "2024-07-01 - 2024-06-18 = 13 days", (date(2024, 7, 1) - date(2024, 6, 18)).days == 13),
    D("年約135万ポンド", "£1.35 million = 135万ポンド", 1.35e6 == 135e4, "about £1.35 million a year"),
    S("議会が60万ポンド", "contribute £600,000"),
    D("(約44%)", "600,000 / 1,350,000 = 44.4%", round(0.6 / 1.35 * 100) == 44),
    D("残る75万ポンド", "1,350,000 - 600,000 = 750,000", 1350000 - 600000 == 750000),
    S("14人が欠員", "14 lifeguard vacancies"),
    S("5月だけで", "in May alone"),
    S("37回", "37 public swimming sessions"),
    D("最大15マイル(約24キロ)", "15 mi × 1.609 = 24.1 km → 約24キロ", round(15 * MI) == 24, "up to 15 miles"),
    S("約62%", "Around 62%"),
    D("約300人", "480 × 62% = 297.6 → 約300人", round(480 * 0.62, 1) == 297.6),
    D("最も低い三つの等級", "three lowest pay grades → kanji numeral 三つ", True, "three lowest pay grades"),
    D("2008年の設立から16年", "2024 - 2008 = 16", 2024 - 2008 == 16, "set up in 2008"),
    S("職員480人", "480 staff"),
    S("公共サービス労働組合(PSWU)", "Public Services Workers Union (PSWU)"),
    D("1人あたり年約2800ポンド", "1,350,000 / 480 = 2,812.5 → 約2800ポンド", 1350000 / 480 == 2812.5),
    S("60万ポンドを今年度は準備金から", "£600,000 would come from reserves this year"),
    D("2025年4月からは予算に", "article of June 2024; \"from next April\" → April 2025", True, "from next April"),
    S("新料金(7月1日から)", "From July 1"),
    S("5.20ポンドから5.60ポンド", "£5.60, up from £5.20"),
    D("40ペンス(約7.7%)", "5.60 - 5.20 = 0.40; 0.40 / 5.20 = 7.7%", round(5.6 - 5.2, 2) == 0.4 and round(0.4 / 5.2 * 100, 1) == 7.7),
    S("7.50ポンドから8ポンド", "from £7.50 to £8"),
    D("50ペンス(約6.7%)", "8 - 7.50 = 0.50; 0.50 / 7.50 = 6.7%", round(0.5 / 7.5 * 100, 1) == 6.7),
    D("九つの施設", "nine sites → kanji numeral 九つ", True, "all nine sites"),
    S("28.50ポンドから30ポンド", "from £28.50 to £30"),
    D("年間では360ポンド", "30 × 12 = 360", 30 * 12 == 360),
    S("60歳以上", "over-60s"),
    S("8歳未満", "under-8s"),
    S("2025年4月に改めて", "review prices again in April 2025"),
    S("(55)", "Simon Achebe, 55"),
    S("週5回", "five times a week"),
    S("(63)", "Graham Holt, 63"),
    S("2022年", "in 2022"),
    S("12週間", "12-week exercise programme"),
    D("3ストーン(約19キロ)", "3 st = 42 lb × 0.4536 = 19.05 kg → 約19キロ", round(3 * 14 * LB, 2) == 19.05, "lost three stone"),
    S("水泳1回50ペンス", "Fifty pence on a swim"),
    S("子ども3人", "mother of three"),
    S("(34)", "Jade Morrow, 34"),
    S("昨年180万回", "1.8 million visits last year"),
    D("7月1日から時給を約5〜6%", "5.2%–5.9% → 約5〜6%", 5 <= 5.2 and 5.9 <= 6, "From July 1"),
    S("議会が60万ポンドを負担", "£600,000"),
    S("月額会員は30ポンド", "£30"),
])

CASES["err-en-corrib-active-strike"] = dict(topic="Dublin gym staff strike over pay and rosters", facts=[
    SLIP("10月3日", "mismatch", "error", "a day off for the relative weekday: \"next Wednesday\" from Thu 26 Sep is 2 Oct",
         "10月2日(水)", "24-hour strike next Wednesday", wd(2024, 10, 2) == "水" and wd(2024, 10, 3) == "木"),
    SLIP("約4倍", "mismatch", "error", "wrong multiple: €89 vs €29 a month", "約3倍 (89 / 29 = 3.07)",
         ("costs €89 a month", "charge from €29"), round(89 / 29, 2) == 3.07),
    SLIP("フィッツモリス", "spelling", "warning", "second katakana spelling of Fitzmaurice (first: フィッツモーリス)",
         "フィッツモーリス", "Declan Fitzmaurice"),
    S("14のジム", "14 Dublin gyms"),
    S("24時間のストライキ", "24-hour strike"),
    D("9月26日(木)", "\"said on Thursday\" = publication day, Thu 2024-09-26", wd(2024, 9, 26) == "木", "union said on Thursday"),
    S("13.50ユーロから15ユーロ", "from €13.50 to €15"),
    D("約11%引き上げ", "(15 - 13.50) / 13.50 = 11.1% → 約11%", round(1.5 / 13.5 * 100) == 11),
    S("14.10ユーロ", "offered €14.10"),
    D("(約4.4%増)", "(14.10 - 13.50) / 13.50 = 4.4%", round(0.6 / 13.5 * 100, 1) == 4.4),
    D("差は0.90ユーロ", "15 - 14.10 = 0.90", round(15 - 14.10, 2) == 0.90),
    S("従業員380人のうち約290人", "About 290 of the chain's 380 employees"),
    D("約76%が組合員", "290 / 380 = 76.3% → 約76%", round(290 / 380 * 100) == 76),
    S("深夜0時", "until midnight"),
    S("午前6時の早番", "6 a.m. for the early shift"),
    S("2011年", "founded in 2011"),
    S("(47)", "Eoin Gallagher, now 47"),
    S("約3万1000人", "around 31,000 members"),
    S("9%増の4200万ユーロ", "rose 9% to €42 million"),
    D("約3850万ユーロ", "42 / 1.09 = 38.5 million → 約3850万ユーロ", round(42 / 1.09, 1) == 38.5),
    S("全14店", "all 14 gyms"),
    S("月89ユーロ", "€89 a month"),
    D("(年1068ユーロ)", "89 × 12 = 1,068", 89 * 12 == 1068),
    S("月29ユーロから", "from €29"),
    S("ストは午前6時に始まり、翌日の午前6時まで", "begin at 6 a.m. and end at 6 a.m. the following day"),
    D("9月30日(月)", "published Thu 2024-09-26; \"on Monday\" → 2024-09-30", wd(2024, 9, 30) == "月", "meet on Monday"),
    S("1日につき3ユーロ", "€3 for each day"),
    D("14店のうち三つのジム", "three of the 14 gyms → kanji numeral 三つ", True, "Three of the chain's gyms operate 24 hours"),
    S("24時間営業", "operate 24 hours a day"),
    S("従業員1人だけ", "a single employee"),
    S("11月末までに24時間店", "three 24-hour gyms by the end of November"),
    S("(38)", "Orla Kinsella, 38"),
    S("10月中旬", "mid-October"),
    S("電話1本", "a phone call away"),
    S("午前6時から24時間のスト", "24-hour strike"),
    S("閉店日1日につき3ユーロ", "€3 for each day"),
    S("時給15ユーロ、会社は14.10ユーロ", "offered €14.10"),
    S("24時間店の1人勤務", "a single employee on the overnight shift"),
])

CASES["err-en-tindig-fitness-expansion"] = dict(topic="Philippine gym chain expands south", facts=[
    SLIP("38億9000万ペソ", "mismatch", "error", "changed digit: revenue P3.86 billion written 38億9000万",
         "38億6000万ペソ", "rose 27% to P3.86 billion in 2024"),
    SLIP("約半数", "mismatch", "error", "wrong share: 1,100 of 2,750 staff are coaches", "4割 (1,100 / 2,750 = 40%)",
         "2,750 people, of whom 1,100 are certified coaches", 1100 / 2750 == 0.4),
    SLIP("マリア・サントス", "name", "warning", "a person the source never names (it says only \"the company's finance chief\")",
         "最高財務責任者 (unnamed)", "The company's finance chief"),
    D("24億ペソ", "P2.4 billion = 24億ペソ", 2.4e9 == 24e8, "P2.4 billion"),
    S("2026年末までに34店", "34 branches in the Visayas and Mindanao by the end of 2026"),
    S("96店から130店", "from 96 to 130 gyms"),
    S("第1弾", "The expansion begins"),
    D("2月11日(火)", "\"said on Tuesday\" = publication day, Tue 2025-02-11", wd(2025, 2, 11) == "火", "said on Tuesday"),
    D("2月15日(土)", "published Tue 2025-02-11; \"on Saturday\" → 2025-02-15", wd(2025, 2, 15) == "土", "begins on Saturday"),
    S("900平方メートル", "900-square-meter"),
    S("年内", "this year"),
    S("2024年の売上高は27%増", "rose 27% to P3.86 billion in 2024"),
    D("約30億4000万ペソ", "3.86 / 1.27 = 3.039 billion → 約30億4000万", round(3.86 / 1.27, 3) == 3.039),
    S("41万2000人", "412,000 members"),
    S("1年前から18%", "up 18% from a year earlier"),
    D("約6万3000人増えた", "412,000 - 412,000 / 1.18 = 62,847 → 約6万3000人", round(412000 - 412000 / 1.18) == 62847),
    D("15億ペソの融資", "P1.5 billion = 15億ペソ", 1.5e9 == 15e8, "P1.5-billion loan"),
    D("残る9億ペソ", "2.4 - 1.5 = 0.9 billion = 9億ペソ", round(2.4 - 1.5, 1) == 0.9),
    S("2027年より前", "before 2027"),
    S("(44)", "Ramon Villaluz, 44"),
    S("1時間かけて", "travel one hour"),
    S("10分", "ten minutes"),
    S("外国のチェーン2社", "Two foreign chains"),
    S("月799ペソ", "P799 a month"),
    D("1店あたりの投資額は約7000万ペソ", "2.4 billion / 34 = 70.6 million → 約7000万ペソ", round(2.4e9 / 34 / 1e6, 1) == 70.6),
    S("2年で34店", "Opening 34 gyms in two years"),
    D("2013年にマリキナの改装したガレージで1号店を開いてから12年", "2025 - 2013 = 12", 2025 - 2013 == 12, "in Marikina in 2013"),
    S("24時間営業", "24 hours a day"),
    S("2月15日午前10時", "from 10 a.m. on Saturday"),
    D("(日本時間同日午前11時)", "10:00 +08:00 = 11:00 JST", jst("2025-02-15T10:00:00+08:00") == datetime(2025, 2, 15, 11, 0, tzinfo=JST)),
    S("1499ペソ", "P1,499"),
    D("(年1万7988ペソ)", "1,499 × 12 = 17,988", 1499 * 12 == 17988),
    D("差は700ペソ", "1,499 - 799 = 700", 1499 - 799 == 700),
    S("従業員2750人のうち1100人", "2,750 people, of whom 1,100"),
    S("昨年380人", "380 new coaches last year"),
    S("2カ所目", "second academy"),
    D("1店あたりの会員は平均約4300人", "412,000 / 96 = 4,292 → 約4300人", round(412000 / 96) == 4292),
    S("50歳以上の会員は2024年末に全体の14%", "aged 50 and over made up 14% of the total at the end of 2024"),
    D("(約5万8000人)", "412,000 × 14% = 57,680 → 約5万8000人", round(412000 * 0.14) == 57680),
    S("2年前の9%", "9% two years earlier"),
    D("5ポイント上昇", "14% - 9% = 5 points", 14 - 9 == 5),
    S("34の良い立地", "34 good locations"),
    S("(29)", "Janelle Ybañez, 29"),
    S("40分", "40 minutes"),
    S("午前6時", "6 a.m."),
    S("2026年末までに34店を新設し、すべて24時間", "24 hours a day"),
    S("全国一律1499ペソ", "P1,499 nationwide"),
    S("会員は41万2000人、50歳以上が14%", "14%"),
])

CASES["clean-en-bayou-street-rec-center"] = dict(topic="city council funds recreation-centre renovation", facts=[
    D("7月9日(火)", "\"on Tuesday\" = publication day, Tue 2024-07-09 (CDT)", wd(2024, 7, 9) == "火", "City Council on Tuesday"),
    D("1480万ドル", "$14.8 million = 1480万ドル", 14.8e6 == 1480e4, "$14.8 million"),
    S("1カ月後", "a month after"),
    S("市債1080万ドル", "$10.8 million in city bonds"),
    S("補助金400万ドル", "$4 million federal energy-efficiency grant"),
    D("合わせて事業費", "10.8 + 4 = 14.8 million", 10.8 + 4 == 14.8, "$14.8 million"),
    S("賛成7、反対2", "voted 7-2"),
    S("反対した2人", "voted against it"),
    S("1968年に開館", "opened in 1968"),
    S("6月3日から6月24日", "from June 3 to June 24"),
    D("21日間閉鎖", "2024-06-24 - 2024-06-03 = 21 days", (date(2024, 6, 24) - date(2024, 6, 3)).days == 21),
    D("華氏94度(摂氏約34度)", "(94 - 32) × 5/9 = 34.4 °C → 約34度", round(f2c(94)) == 34, "94 degrees"),
    D("約1160平方メートル(1万2500平方フィート)", "12,500 sq ft × 0.0929 = 1,161 m² → 約1160", round(12500 * FT2) == 1161, "12,500-square-foot"),
    D("華氏72度(摂氏約22度)", "(72 - 32) × 5/9 = 22.2 °C → 約22度", round(f2c(72)) == 22, "72 degrees"),
    D("三つのレクリエーションセンター", "three recreation centers → kanji numeral 三つ", True, "three recreation centers"),
    D("10月1日に始まる2025会計年度(2024年10月〜2025年9月)", "fiscal 2025 begins Oct. 1, 2024 → Oct 2024–Sep 2025", True,
      "2025 fiscal year, which begins Oct. 1"),
    S("25ドルを30ドル", "from $25 to $30"),
    D("上げ幅は20%", "(30 - 25) / 25 = 20%", (30 - 25) / 25 == 0.2),
    D("年間では360ドル", "30 × 12 = 360", 30 * 12 == 360),
    S("月15ドル", "$15 a month"),
    S("12歳未満", "children under 12"),
    S("11人分", "11 open positions"),
    S("14ドルから16.50ドル", "from $14 an hour to $16.50"),
    D("約18%引き上げる", "(16.50 - 14) / 14 = 17.9% → 約18%", round(2.5 / 14 * 100) == 18),
    D("開館から56年", "2024 - 1968 = 56", 2024 - 1968 == 56, "opened in 1968"),
    D("25ヤード(約23メートル)", "25 yd × 0.9144 = 22.9 m → 約23メートル", round(25 * YD) == 23, "25-yard indoor pool"),
    S("1月に始まり", "start in January"),
    S("2026年春", "spring 2026"),
    D("約3分の1減る", "\"by about a third\" → 約3分の1", True, "by about a third"),
    S("(52)", "Monique Arceneaux, 52"),
    S("960万ドル", "$9.6 million"),
    S("6.5%増える", "up 6.5%"),
    D("約901万ドル", "9.6 / 1.065 = 9.01 million → 約901万ドル", round(9.6 / 1.065, 2) == 9.01),
    S("約41%", "About 41%"),
    D("約390万ドル", "9.6 million × 41% = 3.94 million → 約390万ドル", round(9.6 * 0.41, 2) == 3.94),
    S("約6200人", "About 6,200 residents"),
    S("約2300人", "about 2,300 members"),
    D("全体の約37%", "2,300 / 6,200 = 37.1% → 約37%", round(2300 / 6200 * 100) == 37),
    S("1時間雨が降れば", "rains for an hour"),
    S("週3回", "three mornings a week"),
    S("(74)", "Gloria Batiste, 74"),
    D("約2.5マイル(約4キロ)", "2.5 mi × 1.609 = 4.02 km → 約4キロ", round(2.5 * MI, 2) == 4.02, "about 2.5 miles away"),
    S("月65ドル", "$65 a month"),
    D("市の新会費の2倍を超える", "65 / 30 = 2.17 > 2", 65 / 30 > 2),
    D("7月25日(木)午後6時(米中部時間)", "\"July 25 at 6 p.m.\" → Thu 2024-07-25 18:00 CDT", wd(2024, 7, 25) == "木", "July 25 at 6 p.m."),
    D("日本時間26日午前8時", "2024-07-25 18:00 -05:00 = 2024-07-26 08:00 JST",
      jst("2024-07-25T18:00:00-05:00") == datetime(2024, 7, 26, 8, 0, tzinfo=JST)),
    S("1月着工、フィットネス棟は2026年春", "spring 2026"),
    S("6.5%増の960万ドル", "$9.6 million, up 6.5%"),
    S("会員約6200人のうち約2300人", "about 2,300 members"),
])

CASES["err-fr-forme-plus-tarifs"] = dict(topic="low-cost gym chain raises subscriptions (France)", facts=[
    SLIP("年約390ユーロ", "mismatch", "error", "wrong per-unit figure: revenue per member", "年約360ユーロ (486 M€ / 1,35 M = 360 €)",
         ("486 millions d'euros", "1,35 million d'adhérents"), 486e6 / 1.35e6 == 360),
    SLIP("44.99ユーロ", "mismatch", "error", "wrong range end for the Premium price", "39,99 € (34,99 à 39,99 euros)",
         "fourchette de 34,99 à 39,99 euros"),
    SLIP("2009年", "unsupported", "warning", "invented founding year (the source gives none)", "nothing in the source"),
    S("5月6日(月)", "lundi 6 mai"),
    S("24.99ユーロから29.99ユーロ", "de 24,99 euros à 29,99 euros"),
    D("上げ幅は5ユーロ", "29,99 - 24,99 = 5", round(29.99 - 24.99, 2) == 5),
    D("約20%", "5 / 24,99 = 20.0%", round(5 / 24.99 * 100) == 20),
    N("会員1人あたり", "per-member wording around the planted slip"),
    D("4月10日(水)", "published Thu 2024-04-11; \"mercredi\" → 2024-04-10", wd(2024, 4, 10) == "水", "a annoncé mercredi"),
    S("412店", "412 clubs"),
    S("従業員3200人", "3 200 salariés"),
    S("32.99ユーロ", "32,99 euros"),
    S("34.99〜", "34,99"),
    S("9月1日", "1er septembre"),
    S("5月31日", "31 mai"),
    D("135万人", "1,35 million = 135万", True, "1,35 million d'adhérents"),
    D("2023年の売上高は前年比14%増の4億8600万ユーロ", "486 millions d'euros = 4億8600万ユーロ; +14 %", True,
      ("486 millions d'euros en 2023", "14 %")),
    D("約4億2600万ユーロ", "486 / 1.14 = 426.3 → 約4億2600万ユーロ", round(486 / 1.14, 1) == 426.3),
    D("1〜3月期には差し引き4万8000人", "premier trimestre → January–March; 48 000 nets", True, "Au premier trimestre 2024, l'enseigne a gagné 48 000 adhérents nets"),
    S("(46)", "Julien Marchetti, 46 ans"),
    S("2021年から2023年にかけてほぼ倍増し、3800万ユーロ", "presque doublé entre 2021 et 2023, pour atteindre 38 millions d'euros"),
    S("1月に一律4.5%", "4,5 % en janvier"),
    S("昨年の6%", "6 % l'an dernier"),
    D("2年間で約11%", "1.045 × 1.06 = 1.108 → 約11%", round((1.045 * 1.06 - 1) * 100) == 11),
    S("2〜3倍安い", "deux à trois fois moins chers"),
    S("午前6時から午後11時", "de 6 heures à 23 heures"),
    D("1日17時間", "6:00 → 23:00 = 17 hours", 23 - 6 == 17),
    S("週7日", "sept jours sur sept"),
    S("1500平方メートル", "1 500 mètres carrés"),
    D("約4分の1、約34万人", "un quart of 1,35 million = 337,500 → 約34万人", 1.35e6 / 4 == 337500, "un quart des adhérents"),
    S("25歳未満", "moins de 25 ans"),
    S("月19.99ユーロ", "19,99 euros par mois"),
    D("10ユーロ安い", "29,99 - 19,99 = 10", round(29.99 - 19.99, 2) == 10),
    S("月5ユーロ増は年60ユーロ", "Cinq euros de plus par mois, c'est soixante euros par an"),
    S("リヨン7区", "7e arrondissement de Lyon"),
    S("週4回", "quatre fois par semaine"),
    S("(31)", "Thomas Lefort, 31 ans"),
    S("(67)", "Monique Durand, 67 ans"),
    S("「30ユーロ", "Trente euros"),
    S("2019年以降約10%", "environ 10 % depuis 2019"),
    S("35店", "35 clubs supplémentaires"),
    D("447店", "412 + 35 = 447", 412 + 35 == 447),
    S("6月27日(木)", "jeudi 27 juin"),
    D("2年でほぼ倍増の3800万ユーロ", "2021 → 2023 = 2 years; 38 millions d'euros", 2023 - 2021 == 2, "38 millions d'euros"),
    S("学生料金は19.99ユーロ", "19,99 euros"),
    S("年60ユーロ", "soixante euros par an"),
])

CASES["clean-fr-sainte-aurelie-centre-sportif"] = dict(topic="town budget for sports centre, gym fee rise (Québec)", facts=[
    S("2025年", "en 2025"),
    D("1240万ドル", "12,4 millions de dollars = 1240万ドル", 12.4e6 == 1240e4, "12,4 millions de dollars"),
    D("1160万ドル", "11,6 millions = 1160万ドル", 11.6e6 == 1160e4, "11,6 millions cette année"),
    D("80万ドル(約6.9%)", "12,4 - 11,6 = 0,8 M$; 0,8 / 11,6 = 6.9%", round(12.4 - 11.6, 1) == 0.8 and round(0.8 / 11.6 * 100, 1) == 6.9),
    D("11月18日(月)夜", "published Tue 2024-11-19; \"lundi soir\" → 2024-11-18", wd(2024, 11, 18) == "月", "adopté lundi soir"),
    S("1976年", "construit en 1976"),
    S("280平方メートル", "280 mètres carrés"),
    S("1月1日から38ドルを42ドル", "de 38 $ à 42 $ le 1er janvier"),
    D("4ドル(約10.5%)", "42 - 38 = 4; 4 / 38 = 10.5%", 42 - 38 == 4 and round(4 / 38 * 100, 1) == 10.5),
    S("年間会員は399ドル", "L'abonnement annuel, lui, restera à 399 $"),
    D("月会費の12カ月分(504ドル)より105ドル安い", "42 × 12 = 504; 504 - 399 = 105", 42 * 12 == 504 and 504 - 399 == 105),
    S("2026年秋", "l'automne 2026"),
    D("事業費870万ドル", "8,7 millions de dollars = 870万ドル", 8.7e6 == 870e4, "8,7 millions de dollars"),
    D("半分、435万ドル", "8,7 M$ / 2 = 4,35 M$ = 435万ドル", 8.7 / 2 == 4.35, "à moitié"),
    S("2.9%上がって4215ドル", "augmentera de 2,9 %, pour atteindre 4 215 $"),
    D("約119ドル", "4 215 - 4 215 / 1,029 = 118.8 → 約119ドル", round(4215 - 4215 / 1.029) == 119),
    S("賛成6、反対1", "six voix contre une"),
    S("(41)", "Sébastien Ouellet, 41 ans"),
    D("築48年", "2024 - 1976 = 48", 2024 - 1976 == 48, "construit en 1976"),
    S("約4万1800人", "quelque 41 800 habitants"),
    D("1人あたり約300ドル", "12 400 000 / 41 800 = 297 → 約300ドル", round(12.4e6 / 41800) == 297),
    S("(58)", "Richard Tremblay-Lussier, 58 ans"),
    S("約6週間", "environ six semaines"),
    D("(1カ月半弱)", "6 weeks = 42 days = 1.38 months → 1カ月半弱", 1.25 < 42 / 30.44 < 1.5),
    S("2350人", "2 350 abonnés"),
    S("62%", "62 %"),
    D("(約1460人)", "2 350 × 62 % = 1 457 → 約1460人", round(2350 * 0.62) == 1457),
    D("7〜9月期の利用は7万1400回", "troisième trimestre → July–September; 71 400 entrées", True, "troisième trimestre, avec 71 400 entrées"),
    S("約26万回", "près de 260 000 visites"),
    S("住民1人あたり約6回", "environ six par habitant"),
    S("月55ドル", "55 $ par mois"),
    D("13ドル高い", "55 - 42 = 13", 55 - 42 == 13),
    S("65歳以上", "65 ans et plus"),
    S("30%の割引", "rabais de 30 %"),
    D("月額は29.40ドル", "42 × (1 - 0,30) = 29,40", round(42 * 0.7, 2) == 29.40),
    D("新しい月会費で12カ月払う場合より105ドル、約21%安く", "(504 - 399) / 504 = 20.8% → 約21%", round(105 / 504 * 100) == 21),
    S("週3回", "trois fois par semaine"),
    S("(44)", "Isabelle Côté, 44 ans"),
    S("月4ドル増", "Quatre dollars de plus par mois"),
    S("20年", "depuis vingt ans"),
    S("(72)", "Gilles Fortin, 72 ans"),
    S("2カ月", "deux mois"),
    D("12月5日(木)午後7時(現地時間)", "\"jeudi 5 décembre à 19 h\" (EST, -05:00)", wd(2024, 12, 5) == "木", "jeudi 5 décembre à 19 h"),
    D("日本時間6日午前9時", "2024-12-05 19:00 -05:00 = 2024-12-06 09:00 JST",
      jst("2024-12-05T19:00:00-05:00") == datetime(2024, 12, 6, 9, 0, tzinfo=JST)),
    S("会員2350人、7〜9月期", "troisième trimestre"),
    S("月会費は42ドル、市外は55ドル", "55 $ par mois"),
    S("年間会員は399ドルに据え置き", "399 $"),
])

CASES["err-fr-leman-active-carouge"] = dict(topic="Geneva fitness chain closes two clubs, opens large club", facts=[
    SLIP("計3570人", "mismatch", "error", "wrong sum: 1 850 + 1 420 members", "計3270人",
         "respectivement 1 850 et 1 420 abonnés", 1850 + 1420 == 3270),
    SLIP("日本時間19日午前2時30分", "mismatch", "error", "Japan time off by one hour: 18 h 30 CEST (UTC+2) treated as UTC+1",
         "日本時間19日午前1時30分", "mardi à 18 h 30",
         jst("2024-06-18T18:30:00+02:00") == datetime(2024, 6, 19, 1, 30, tzinfo=JST)),
    SLIP("Fitness : les prix grimpent partout en Suisse romande", "citation", "warning",
         "wrong title: the headline of a related link on the page, not of the article",
         "Léman Active ferme deux salles et mise sur un grand club à Carouge"),
    S("7店のうち2店", "deux de ses sept salles"),
    S("8月末", "fin du mois d'août"),
    S("3200平方メートル", "3 200 mètres carrés"),
    D("6月13日(木)", "published Fri 2024-06-14; \"jeudi\" → 2024-06-13", wd(2024, 6, 13) == "木", "a annoncé jeudi"),
    S("8月31日(土)", "samedi 31 août"),
    S("10月7日(月)", "lundi 7 octobre"),
    D("閉鎖から開業までは37日", "2024-10-07 - 2024-08-31 = 37 days", (date(2024, 10, 7) - date(2024, 8, 31)).days == 37),
    D("店舗数は6店", "7 - 2 + 1 = 6", 7 - 2 + 1 == 6),
    S("1850人", "1 850"), S("1420人", "1 420 abonnés"),
    S("約1万4600人", "environ 14 600 abonnés"),
    D("約2割", "3 270 / 14 600 = 22.4% → 約2割", round(3270 / 14600 * 100) == 22),
    D("950万フラン", "9,5 millions de francs = 950万フラン", 9.5e6 == 950e4, "9,5 millions de francs"),
    S("20メートルのプール", "piscine de 20 mètres"),
    S("900平方メートル", "900 mètres carrés"),
    D("六つのスタジオ", "six salles de cours → kanji numeral 六つ", True, "six salles de cours"),
    D("1平方メートルあたり約3000フラン", "9 500 000 / 3 200 = 2 969 → 約3000フラン", round(9.5e6 / 3200) == 2969),
    S("月会費は99フラン", "99 francs"),
    S("89フラン", "89 francs"),
    D("10フラン(約11%)", "99 - 89 = 10; 10 / 89 = 11.2%", 99 - 89 == 10 and round(10 / 89 * 100) == 11),
    S("12カ月間", "pendant douze mois"),
    S("従業員210人のうち38人", "Sur les 210 collaborateurs de l'entreprise, 38"),
    S("24人", "24 d'entre eux"),
    D("残る14人", "38 - 24 = 14 (the union speaks of \"Quatorze licenciements\")", 38 - 24 == 14, "Quatorze licenciements"),
    S("モレル氏(49)", "Sandrine Morel, 49 ans"),
    S("小さな2店", "Nos deux plus petites salles"),
    S("閉鎖する2店", "fermera deux de ses sept salles"),
    S("2店の賃料は3年で18%近く", "augmenté de près de 18 % en trois ans"),
    D("約1600万フラン", "16 millions de francs = 1600万フラン", 16e6 == 1600e4, "environ 16 millions de francs"),
    S("2時間", "deux heures"),
    S("約120のジム", "quelque 120 salles"),
    S("約6%増えた", "environ 6 % l'an dernier"),
    S("14人を解雇", "Quatorze licenciements"),
    S("最低時給25.10フラン", "25,10 francs"),
    S("27フラン", "27 francs"),
    D("1.90フラン(約7.6%)", "27 - 25,10 = 1,90; 1,90 / 25,10 = 7.6%", round(27 - 25.10, 2) == 1.90 and round(1.9 / 25.1 * 100, 1) == 7.6),
    D("6月18日(火)午後6時30分(現地時間)", "published Fri 2024-06-14; \"mardi à 18 h 30\" → Tue 2024-06-18", wd(2024, 6, 18) == "火", "mardi à 18 h 30"),
    S("(36)", "Aline Roch, 36 ans"),
    S("歩いて5分", "à cinq minutes à pied"),
    S("トラムで25分", "vingt-cinq minutes en tram"),
    S("(58)", "Pascal Imhof, 58 ans"),
    S("10フラン高くても", "Dix francs de plus"),
    S("2025年末までにカルージュ店の会員を4000人", "4 000 abonnés à Carouge d'ici à la fin de 2025"),
    S("最低時給27フラン", "27 francs"),
    S("昨年約6%増加", "environ 6 % l'an dernier"),
])

CASES["clean-de-kraftwerk-beitraege"] = dict(topic="budget gym chain raises monthly fee (Germany)", facts=[
    S("265のジム", "265 Studios"),
    S("3月1日から24.90ユーロから27.90ユーロ", "zum 1. März von 24,90 Euro auf 27,90 Euro"),
    D("3ユーロ(約12%)", "27,90 - 24,90 = 3; 3 / 24,90 = 12.0%", round(27.9 - 24.9, 2) == 3 and round(3 / 24.9 * 100) == 12),
    S("7月1日から適用", "ab dem 1. Juli"),
    D("1月14日(火)", "published Wed 2025-01-15; \"am Dienstag\" → 2025-01-14", wd(2025, 1, 14) == "火", "am Dienstag"),
    D("2012年の創業から13年", "2025 - 2012 = 13", 2025 - 2012 == 13, "Gründung im Jahr 2012"),
    D("約112万人", "1,12 Millionen = 112万", True, "rund 1,12 Millionen Mitglieder"),
    S("(52)", "Tobias Lindner (52)"),
    S("2021年以降で2倍を超えた", "seit 2021 mehr als verdoppelt"),
    S("15.50ユーロから16.80ユーロ", "von 15,50 Euro auf 16,80 Euro"),
    D("1.30ユーロ(約8.4%)", "16,80 - 15,50 = 1,30; 1,30 / 15,50 = 8.4%", round(16.8 - 15.5, 2) == 1.3 and round(1.3 / 15.5 * 100, 1) == 8.4),
    S("34.90ユーロ", "34,90 Euro"),
    D("差は7ユーロ", "34,90 - 27,90 = 7", round(34.9 - 27.9, 2) == 7),
    D("3割弱", "\"Knapp 30 Prozent\" → 3割弱", True, "Knapp 30 Prozent"),
    S("11.5%増", "um 11,5 Prozent"),
    D("3億1800万ユーロ", "318 Millionen Euro = 3億1800万", 318e6 == 31800e4, "318 Millionen Euro"),
    D("約2億8500万ユーロ", "318 / 1,115 = 285.2 → 約2億8500万", round(318 / 1.115, 1) == 285.2),
    D("10〜12月期だけで3万8000人", "viertes Quartal → October–December; 38.000", True, "Allein im vierten Quartal gewann KraftWerk nach eigenen Angaben 38.000"),
    S("約5%", "rund fünf Prozent"),
    S("月50ユーロ以上", "50 Euro und mehr"),
    D("3月1日(土)", "1 March 2025 was a Saturday", wd(2025, 3, 1) == "土", "zum 1. März"),
    S("既存会員は7月1日から27.90ユーロ", "ab dem 1. Juli"),
    D("4カ月遅れ", "1 March → 1 July = 4 months", 7 - 3 == 4),
    S("19.90ユーロ", "19,90 Euro"),
    D("8ユーロ安い", "27,90 - 19,90 = 8", round(27.9 - 19.9, 2) == 8),
    S("入会金29ユーロ", "Startgebühr von 29 Euro"),
    S("月3ユーロ", "Drei Euro im Monat"),
    S("年36ユーロ", "36 Euro im Jahr"),
    S("約1400平方メートル", "rund 1.400 Quadratmeter"),
    S("週7日", "an sieben Tagen in der Woche"),
    D("24時間営業", "\"rund um die Uhr geöffnet\" → 24時間", True, "rund um die Uhr geöffnet"),
    S("約4300人", "rund 4.300 Menschen"),
    S("約1900人", "etwa 1.900 in Vollzeit"),
    D("(約44%)", "1 900 / 4 300 = 44.2% → 約44%", round(1900 / 4300 * 100) == 44),
    S("2025年は中規模都市を中心に30店", "Für 2025 plant das Unternehmen 30 Neueröffnungen"),
    D("店舗数は295", "265 + 30 = 295", 265 + 30 == 295),
    D("4分の3、約84万人", "drei von vier × 1,12 Mio. = 840,000 → 約84万人", 1.12e6 * 3 / 4 == 840000, "Drei von vier Mitgliedern"),
    S("2026年末", "bis Ende 2026"),
    D("約4分の1", "\"rund ein Viertel\" → 約4分の1", True, "rund ein Viertel"),
    S("週4回", "viermal pro Woche"),
    S("(23)", "Jonas Petersen (23)"),
    S("映画1回", "ein Kinobesuch"),
    S("(71)", "Hildegard Schäfer (71)"),
    S("新規は3月、既存会員は7月から月27.90ユーロ", "27,90 Euro"),
    S("2025年に30店", "30 Neueröffnungen"),
    D("会員の4分の3に", "drei von vier → 4分の3", True, "Drei von vier Mitgliedern"),
])

CASES["clean-de-sankt-veit-sportzentrum"] = dict(topic="municipal pool and gym renovation (Austria)", facts=[
    D("1460万ユーロ", "14,6 Millionen Euro = 1460万ユーロ", 14.6e6 == 1460e4, "14,6 Millionen Euro"),
    D("9月16日(月)夜", "published Thu 2024-09-19; \"am Montagabend\" → 2024-09-16", wd(2024, 9, 16) == "月", "am Montagabend"),
    S("賛成19、反対6", "mit 19 zu 6 Stimmen"),
    S("1979年に開館", "1979 eröffnet"),
    D("45年", "2024 - 1979 = 45", 2024 - 1979 == 45),
    S("3週間閉鎖", "für drei Wochen gesperrt"),
    S("州が40%", "Das Land übernimmt 40 Prozent"),
    D("584万ユーロ", "14,6 × 40% = 5,84 Mio. → 584万ユーロ", round(14.6 * 0.4, 2) == 5.84),
    D("残る60%、876万ユーロ", "100% - 40% = 60%; 14,6 × 60% = 8,76 Mio.", round(14.6 * 0.6, 2) == 8.76),
    S("25年の融資", "Laufzeit von 25 Jahren"),
    D("2025年6月1日(日)", "1 June 2025 was a Sunday", wd(2025, 6, 1) == "日", "am 1. Juni 2025"),
    S("約17カ月", "rund 17 Monaten"),
    S("2026年10月末", "Ende Oktober 2026"),
    S("180平方メートルから320平方メートル", "von 180 auf 320 Quadratmeter"),
    D("約1.8倍", "320 / 180 = 1.78 → 約1.8倍", round(320 / 180, 1) == 1.8),
    S("25メートル", "25 Metern"),
    S("水温30度", "30 Grad Wassertemperatur"),
    S("約35%減らす", "um rund 35 Prozent sinken"),
    S("約61万ユーロ", "rund 610.000 Euro"),
    S("約24万ユーロ", "etwa 240.000 Euro"),
    D("(約4割)", "240 000 / 610 000 = 39.3% → 約4割", round(240 / 610, 3) == 0.393),
    D("年約8万4000ユーロの節約", "240 000 × 35% = 84 000", round(240000 * 0.35) == 84000),
    S("約1万2400人", "rund 12.400 Einwohnerinnen und Einwohnern"),
    S("7.50ユーロから8.20ユーロ", "von 7,50 Euro auf 8,20 Euro"),
    D("0.70ユーロ(約9%)", "8,20 - 7,50 = 0,70; 0,70 / 7,50 = 9.3% → 約9%", round(8.2 - 7.5, 2) == 0.7 and round(0.7 / 7.5 * 100) == 9),
    S("420ユーロから480ユーロ", "von 420 Euro auf 480 Euro"),
    D("60ユーロ(約14%)", "480 - 420 = 60; 60 / 420 = 14.3% → 約14%", 480 - 420 == 60 and round(60 / 420 * 100) == 14),
    S("6歳未満", "unter sechs Jahren"),
    S("65歳以上は25%引き", "Senioren ab 65 erhalten 25 Prozent Ermäßigung"),
    D("年間券は360ユーロ", "480 × (1 - 25%) = 360", 480 * 0.75 == 360),
    S("午前8時〜午後9時", "von 8 bis 21 Uhr"),
    D("の13時間", "8:00 → 21:00 = 13 hours", 21 - 8 == 13),
    S("午前6時〜午後10時", "von 6 bis 22 Uhr"),
    D("の16時間へ3時間延びる", "6:00 → 22:00 = 16 hours; 16 - 13 = 3", 22 - 6 == 16 and 16 - 13 == 3),
    S("310日", "310 Öffnungstagen"),
    S("約18万2000回", "rund 182.000 Besuche"),
    D("1日平均約590回", "182 000 / 310 = 587 → 約590回", round(182000 / 310) == 587),
    S("約1150人", "Etwa 1.150 Personen"),
    D("住民の約9%", "1 150 / 12 400 = 9.3% → 約9%", round(1150 / 12400 * 100) == 9),
    S("(47)", "Markus Eder (47)"),
    S("1人あたり700ユーロを超える", "mehr als 700 Euro Schulden pro Kopf"),
    N("大人の1回券", "Einzeleintritt für Erwachsene"),
    D("町の負担876万ユーロを住民数で割ると約706ユーロ", "8 760 000 / 12 400 = 706.5 → 約706ユーロ", int(8.76e6 / 12400) == 706),
    S("(54)", "Andrea Pichler-Moser (54)"),
    S("40分", "40 Minuten"),
    S("30年間", "seit 30 Jahren"),
    S("(76)", "Gertraud Huber (76)"),
    S("(22)", "Lukas Wimmer (22)"),
    S("25年にわたる", "Laufzeit von 25 Jahren"),
    S("1回券は8.20ユーロ、年間券は480ユーロ", "480 Euro"),
    D("1日3時間延長", "16 - 13 = 3 hours", 16 - 13 == 3),
    S("約18万2000回、年間券の保有者は約1150人", "Etwa 1.150 Personen"),
    S("住民1人あたり700ユーロを超える", "mehr als 700 Euro Schulden pro Kopf"),
])

CASES["err-de-gipfelwerk-fitness"] = dict(topic="Swiss fitness chain results and four new studios", facts=[
    SLIP("125万フラン", "mismatch", "error", "万 slip: 12,5 Millionen Franken written 125万フラン (÷10)",
         "1250万フラン", "12,5 Millionen Franken", 12.5e6 == 1250e4),
    SLIP("約12%", "mismatch", "error", "wrong growth rate: 44,2 → 48,6 Mio. Fr.", "約10% (48,6 / 44,2 = 1.0995)",
         ("48,6 Millionen Franken", "44,2 Millionen"), round((48.6 / 44.2 - 1) * 100) == 10),
    SLIP("ブルンシュビラー", "spelling", "warning", "second katakana spelling of Brunschwiler (first: ブルンシュヴィラー)",
         "ブルンシュヴィラー", "Reto Brunschwiler"),
    D("1月31日(金)", "published Mon 2025-02-03; \"am Freitag\" → 2025-01-31", wd(2025, 1, 31) == "金", "am Freitag"),
    D("4860万フラン", "48,6 Millionen = 4860万", 48.6e6 == 4860e4, "48,6 Millionen Franken"),
    D("4420万フラン", "44,2 Millionen = 4420万", 44.2e6 == 4420e4, "44,2 Millionen"),
    S("5万6900人から6万1400人", "auf 61'400, nach 56'900"),
    D("4500人(約7.9%)", "61 400 - 56 900 = 4 500; 4 500 / 56 900 = 7.9%", 61400 - 56900 == 4500 and round(4500 / 56900 * 100, 1) == 7.9),
    S("23店", "23 Studios"),
    S("今年4店", "In diesem Jahr sollen vier weitere dazukommen"),
    D("27店", "23 + 4 = 27", 23 + 4 == 27),
    S("2400平方メートル", "2'400 Quadratmetern"),
    D("1〜3月期中", "\"im ersten Quartal\" → January–March", True, "im ersten Quartal"),
    S("月会費89フラン", "89 Franken"),
    S("年会費948フラン", "948 Franken"),
    S("2025年の値上げ", "für 2025 nicht vorgesehen"),
    D("1年続けると1068フラン", "89 × 12 = 1 068", 89 * 12 == 1068),
    D("120フラン安い", "1 068 - 948 = 120", 1068 - 948 == 120),
    S("(51)", "Reto Brunschwiler (51)"),
    S("月30フラン前後", "um 30 Franken"),
    D("約3倍", "89 / 30 = 2.97 → 約3倍", round(89 / 30) == 3),
    D("約3分の1、約2万人", "ein Drittel of 61 400 = 20 467 → 約2万人", round(61400 / 3) == 20467, "Rund ein Drittel"),
    S("50歳", "über 50 Jahre"),
    S("5年前の4分の1", "vor fünf Jahren war es noch ein Viertel"),
    S("2006年にウスターの旧印刷所で1店舗", "2006 in Uster gegründet, zunächst als einzelnes Studio in einer ehemaligen Druckerei"),
    D("創業19年", "2025 - 2006 = 19", 2025 - 2006 == 19),
    D("440万フラン増えた", "48,6 - 44,2 = 4,4 Mio. = 440万", round(48.6 - 44.2, 1) == 4.4),
    S("約18%", "rund 18 Prozent"),
    S("最大40人", "bis zu 40 Personen"),
    S("残る3店", "Die drei übrigen Neueröffnungen"),
    S("2027年までに店舗を30、会員を約7万5000人", "Bis 2027 soll die Zahl der Studios auf 30 steigen, die Zahl der Mitglieder auf rund 75'000"),
    D("約1.2倍", "75 000 / 61 400 = 1.22 → 約1.2倍", round(75000 / 61400, 1) == 1.2),
    S("従業員540人のうち310人", "540 Mitarbeitende, 310 davon in Teilzeit"),
    D("(約57%)", "310 / 540 = 57.4% → 約57%", round(310 / 540 * 100) == 57),
    S("1月に平均3.2%", "per Januar um durchschnittlich 3,2 Prozent"),
    S("この2年", "in den letzten zwei Jahren"),
    S("週3回", "dreimal pro Woche"),
    S("(68)", "Hansruedi Kägi (68)"),
    S("(34)", "Selina Ammann (34)"),
    S("午前6時から午後11時", "von 6 bis 23 Uhr"),
    D("1日17時間", "6:00 → 23:00 = 17 hours", 23 - 6 == 17),
    S("売上高は4860万フラン、会員は6万1400人", "61'400"),
    S("今年4店を新設し、2027年までに30店", "auf 30 steigen"),
])

CASES["clean-es-musculo-total-bajio"] = dict(topic="Mexican gym chain expands, raises monthly fee", facts=[
    S("2025年末までにバヒオ地方で18店", "18 nuevas sucursales en el Bajío antes de que termine 2025"),
    D("12億5000万ペソ", "mil 250 millones de pesos = 1,250,000,000 = 12億5000万", 1250e6 == 12.5e8, "mil 250 millones de pesos"),
    D("1店あたり約6900万ペソ", "1,250,000,000 / 18 = 69.4 million → 約6900万ペソ", round(1250e6 / 18 / 1e6, 1) == 69.4),
    D("8月22日(木)", "\"informó este jueves\" = publication day, Thu 2024-08-22", wd(2024, 8, 22) == "木", "informó este jueves"),
    D("4州", "Guanajuato, Querétaro, Aguascalientes y San Luis Potosí → 4 states", True, "Guanajuato, Querétaro, Aguascalientes y San Luis Potosí"),
    S("64から82", "de 64 a 82 gimnasios"),
    S("第1号", "La primera de las nuevas sucursales"),
    D("8月24日(土)午前10時(メキシコ中部時間)", "published Thu 2024-08-22; \"este sábado a las 10:00 horas, tiempo del centro\" → Sat 2024-08-24",
      wd(2024, 8, 24) == "土", "este sábado a las 10:00 horas, tiempo del centro"),
    D("日本時間25日午前1時", "2024-08-24 10:00 -06:00 = 2024-08-25 01:00 JST",
      jst("2024-08-24T10:00:00-06:00") == datetime(2024, 8, 25, 1, 0, tzinfo=JST)),
    S("9月1日から499ペソから549ペソ", "pasará de 499 a 549 pesos a partir del 1 de septiembre"),
    D("50ペソ(約10%)", "549 - 499 = 50; 50 / 499 = 10.0%", 549 - 499 == 50 and round(50 / 499 * 100) == 10),
    S("1年間", "durante un año"),
    S("約900人", "alrededor de 900 empleos directos"),
    D("1店あたり約50人", "900 / 18 = 50", 900 / 18 == 50),
    S("平均月給は1万4500ペソ", "14 mil 500 pesos al mes"),
    D("(年換算17万4000ペソ)", "14,500 × 12 = 174,000", 14500 * 12 == 174000),
    D("4〜6月期の売上高は前年同期比16%増の8億1200万ペソ", "segundo trimestre → April–June; 812 millones = 8億1200万", 812e6 == 8.12e8,
      ("En el segundo trimestre del año", "812 millones de pesos, 16 por ciento más")),
    D("約7億ペソ", "812 / 1.16 = 700 million → 約7億ペソ", round(812 / 1.16) == 700),
    S("11.4%", "11.4 por ciento"),
    S("1年前の9.8%", "9.8 por ciento hace un año"),
    D("1.6ポイント上昇", "11.4 - 9.8 = 1.6 percentage points", round(11.4 - 9.8, 1) == 1.6),
    D("2011年にレオン中心部の1店から始まった", "fundada en 2011 con un solo local", True, "fundada en 2011 con un solo local"),
    D("創業13年", "2024 - 2011 = 13", 2024 - 2011 == 13),
    S("1800〜2200平方メートル", "entre mil 800 y 2 mil 200 metros cuadrados"),
    S("午前5時から午後11時", "de 5:00 a 23:00 horas"),
    D("1日18時間", "5:00 → 23:00 = 18 hours", 23 - 5 == 18),
    D("18店の半分、9店は2025年上半期(1〜6月)", "la mitad de 18 = 9; primer semestre de 2025 → January–June", 18 / 2 == 9,
      "la mitad de las aperturas ocurra en el primer semestre de 2025"),
    S("(45)", "de 45 años"),
    S("「2年間", "Llevamos dos años"),
    S("約31万人", "alrededor de 310 mil socios"),
    D("10人に3人、約9万3000人", "tres de cada diez × 310,000 = 93,000", 310000 * 3 / 10 == 93000, "tres de cada diez"),
    S("299ペソ", "desde 299 pesos al mes"),
    S("549ペソとは", "549 pesos"),
    D("250ペソの差", "549 - 299 = 250", 549 - 299 == 250),
    S("追加の50ペソ", "los 50 pesos extra"),
    S("(26)", "de 26 años"),
    S("週5回", "cinco veces por semana"),
    S("(52)", "de 52 años"),
    S("5月", "En mayo"),
    S("2025年末までに18店を新設し、82店", "82 gimnasios"),
    S("会員約31万人のうち3割", "tres de cada diez"),
    S("新料金は格安ジムより250ペソ", "299 pesos"),
])

CASES["err-es-cuotas-gimnasios-costa"] = dict(topic="gym fees and falling membership (Argentina)", facts=[
    SLIP("約1万7600ペソ", "mismatch", "error", "wrong prior-year level: $42.000 ÷ 2,38 instead of ÷ 3,38 after a 238% rise",
         "約1万2400ペソ (42 000 / 3,38 = 12 426)", "$42.000, un 238% más que hace un año", round(42000 / 3.38) == 12426),
    SLIP("61ポイント", "mismatch", "error", "wrong percentage-point difference: 289% - 238%", "51ポイント",
         ("238%", "289%"), 289 - 238 == 51),
    SLIP("CGC", "name", "warning", "abbreviation the source never gives (it spells out only \"la Cámara de Gimnasios de la Costa\")",
         "コスタ・ジム協会 (no abbreviation)", "Cámara de Gimnasios de la Costa"),
    S("4月に4万2000ペソ", "llegó en abril a $42.000"),
    S("1年前から238%上がった", "un 238% más que hace un año"),
    N("1年前の水準は", "wording before the planted prior-year slip"),
    N("1回ごとのクラス", "clases sueltas"),
    S("289%", "fue de 289%"),
    S("1〜3月期の現役会員は前年同期より12%減った", "cayó un 12% en el primer trimestre del año respecto del mismo período de 2023"),
    S("180のジムのうち14カ所", "14 de los 180 gimnasios"),
    D("約8%", "14 / 180 = 7.8% → 約8%", round(14 / 180 * 100) == 8),
    D("残りは166カ所", "180 - 14 = 166", 180 - 14 == 166),
    S("1月以降", "desde enero"),
    S("(57)", "Gustavo Ibarra, de 57 años"),
    S("半年で4倍", "se nos multiplicó por cuatro en seis meses"),
    S("平均5万5000ペソ", "promedia $55.000"),
    S("約3万8000ペソ", "en torno a los $38.000"),
    D("差は1万7000ペソ、約1.4倍", "55 000 - 38 000 = 17 000; 55 000 / 38 000 = 1.45 → 約1.4倍",
      55000 - 38000 == 17000 and round(55000 / 38000, 2) == 1.45),
    S("4000〜6500ペソ", "entre 4.000 y 6.500 pesos"),
    S("約2300人", "unas 2.300 personas"),
    S("3月", "en marzo"),
    S("約52万ペソ", "alrededor de 520.000 pesos por mes"),
    D("年換算では約624万ペソ", "520 000 × 12 = 6 240 000", 520000 * 12 == 6240000),
    S("3カ月分の前払いで10%", "Con un pago trimestral, el descuento habitual es del 10%"),
    S("6カ月分なら18.5%", "con el pago semestral, llega al 18,5%"),
    D("3カ月分を前払いすると、11万3400ペソ", "42 000 × 3 × (1 - 10%) = 113 400", round(42000 * 3 * 0.9) == 113400),
    S("12月以降", "desde diciembre"),
    D("ほぼ3分の1", "\"casi un tercio\": 130 / 420 = 31%", abs(130 / 420 - 1 / 3) < 0.03, "casi un tercio"),
    S("420人から290人", "Teníamos 420 y hoy tenemos 290"),
    D("130人(約31%)", "420 - 290 = 130; 130 / 420 = 31.0%", 420 - 290 == 130 and round(130 / 420 * 100) == 31),
    S("「5月と6月", "Mayo y junio"),
    S("週4回", "cuatro veces por semana"),
    S("(33)", "Federico Luján, de 33 años"),
    S("3万8000ペソ払っている", "Pago $38.000"),
    D("2年前", "\"hace dos años\" (2022)", True, "hace dos años"),
    S("60歳以上", "mayores de 60 años"),
    S("6カ月間減額", "durante seis meses"),
    D("4月25日(木)午後8時(アルゼンチン時間)", "published Tue 2024-04-23; \"el jueves ... a las 20 horas\" → Thu 2024-04-25 20:00 ART",
      wd(2024, 4, 25) == "木", "el jueves, en una reunión prevista para las 20 horas"),
    D("日本時間26日午前8時", "2024-04-25 20:00 -03:00 = 2024-04-26 08:00 JST",
      jst("2024-04-25T20:00:00-03:00") == datetime(2024, 4, 26, 8, 0, tzinfo=JST)),
    D("3分の1近く", "130 / 420 = 31% → 3分の1近く", abs(130 / 420 - 1 / 3) < 0.03),
    S("安全衛生税の6カ月間", "durante seis meses"),
])

CASES["clean-ja-hokuriku-active-kessan"] = dict(topic="fitness club operator interim results (Japan)", facts=[
    D("11月12日", "\"12日\" in an article dated 2024-11-12", True, "ホクリクアクティブは12日"),
    D("2024年4〜9月期(中間期)", "\"2024年9月中間決算\" of a company whose year ends in March (2025年3月期) → April–September 2024", True,
      ("2024年9月中間決算", "2025年3月期")),
    S("7.8%増の86億4000万円", "7.8%増の86億4000万円"),
    S("21.5%増の6億1200万円", "21.5%増の6億1200万円"),
    D("約80億1000万円", "86.4 / 1.078 = 80.15 → 約80億1000万円", round(86.4 / 1.078, 2) == 80.15),
    D("営業利益は約5億円", "6.12 / 1.215 = 5.04 → 約5億円", round(6.12 / 1.215, 2) == 5.04),
    S("9月末の会員数は12万3400人", "9月末の会員数は12万3400人"),
    D("3月末の11万9300人", "123 400 - 4 100 = 119 300", 123400 - 4100 == 119300),
    S("4100人増えた", "4100人増えた"),
    S("24時間営業", "24時間営業"),
    S("「ホクリク24」", "「ホクリク24」"),
    S("2025年3月期", "2025年3月期"),
    S("172億円から176億円", "172億円から176億円"),
    D("へ4億円", "176 - 172 = 4", 176 - 172 == 4),
    S("11億8000万円から12億5000万円", "11億8000万円から12億5000万円"),
    D("へ7000万円引き上げた", "12.5 - 11.8 = 0.7 億 = 7000万円", round(12.5 - 11.8, 1) == 0.7),
    D("下期(10〜3月)の売上高は89億6000万円", "176 - 86.4 = 89.6 億円; 下期 = October–March", round(176 - 86.4, 1) == 89.6),
    S("2025年1月から7678円(税込み)から8228円", "2025年1月から「ホクリク24」の月会費を7678円(税込み)から8228円"),
    D("550円(約7.2%)", "8 228 - 7 678 = 550; 550 / 7 678 = 7.2%", 8228 - 7678 == 550 and round(550 / 7678 * 100, 1) == 7.2),
    D("年間では6600円", "550 × 12 = 6 600", 550 * 12 == 6600),
    S("2019年の開業以来", "2019年の開業以来"),
    S("1月分から", "1月分から"),
    S("60歳以上の会員は全体の28%", "60歳以上の割合は28%"),
    D("約3万4600人", "123 400 × 28% = 34 552 → 約3万4600人", round(123400 * 0.28) == 34552),
    S("1年前より3ポイント上昇", "1年前より3ポイント高まった"),
    S("12%減った", "12%減った"),
    D("営業利益率は約7.1%", "6.12 / 86.4 = 7.08% → 約7.1%", round(6.12 / 86.4 * 100, 1) == 7.1),
    S("10月には約620人", "10月にはトレーナー約620人"),
    S("平均4.2%", "平均4.2%"),
    D("1985年の創業から39年", "2024 - 1985 = 39", 2024 - 1985 == 39, "1985年"),
    S("48億2000万円", "48億2000万円"), S("38億2000万円", "38億2000万円"),
    D("全体の約56%", "48.2 / 86.4 = 55.8% → 約56%", round(48.2 / 86.4 * 100) == 56),
    S("(21.5%)", "21.5%増"), S("(7.8%)", "7.8%増"),
    D("13.7ポイント上回った", "21.5 - 7.8 = 13.7 points", round(21.5 - 7.8, 1) == 13.7),
    S("(61)", "山岸敏郎社長(61)"),
    D("三つの県", "富山、石川、福井の3県 → 三つの県", True, "富山、石川、福井の3県"),
    S("総合型クラブ14店", "総合型クラブ14店"),
    S("58店", "58店"),
    D("計72店", "14 + 58 = 72", 14 + 58 == 72),
    S("今期中に7店を出して65店", "今期中に7店を新たに出し、年度末に65店"),
    D("合計79店", "14 + 65 = 79", 14 + 65 == 79),
    S("10月にトレーナー約620人", "10月にはトレーナー約620人"),
    S("「24時間ジム", "24時間ジムは競争が激しい"),
    S("8228円は、従来より550円高い", "8228円"),
    D("11月14日(木)午後3時", "\"14日午後3時\" in an article of Tue 2024-11-12 → Thu 2024-11-14", wd(2024, 11, 14) == "木", "14日午後3時"),
    S("中間期の売上高は86億4000万円、営業利益は6億1200万円", "6億1200万円"),
    S("年度末に65店", "年度末に65店"),
    S("2025年1月から月会費を550円値上げ", "2025年1月から"),
    S("14日に", "14日午後3時"),
])

CASES["err-ja-shiomidai-taiikukan-yosan"] = dict(topic="city budget: gymnasium renovation (Japan)", facts=[
    SLIP("1億2300万円", "mismatch", "error", "scale slip (億/万): 12億3000万円 written 1億2300万円 (÷10)",
         "12億3000万円", "12億3000万円を計上"),
    SLIP("41年", "mismatch", "error", "wrong duration since opening: opened 1981, article of February 2025",
         "44年 (2025 - 1981)", "1981年の開館", 2025 - 1981 == 44),
    SLIP("45万人", "unsupported", "warning", "invented figure: a post-renovation visitor target (the source gives none)",
         "nothing in the source"),
    D("2月14日(金)", "\"14日\" in an article dated Fri 2025-02-14", wd(2025, 2, 14) == "金", "潮見台市は14日"),
    D("2025年度(2025年4月〜2026年3月)", "Japanese fiscal year 2025 = April 2025–March 2026", True, "2025年度当初予算案"),
    S("前年度当初比3.1%増の862億円", "862億円で、前年度当初比3.1%増"),
    D("約836億円", "862 / 1.031 = 836.1 → 約836億円", round(862 / 1.031, 1) == 836.1),
    S("1981年に開館", "1981年の開館"),
    N("開館から", "wording around the planted slip"),
    S("5日間", "5日間閉鎖"),
    S("約1.5倍", "約1.5倍"),
    S("2025年10月から2027年3月", "2025年10月から2027年3月"),
    D("1年6カ月(18カ月)", "October 2025 – March 2027 inclusive = 18 months", (2027 - 2025) * 12 + (3 - 10) + 1 == 18),
    S("交付金4億1000万円", "交付金4億1000万円"),
    D("(全体の約3分の1)", "4.1 / 12.3 = 33.3% → 約3分の1", round(4.1 / 12.3, 3) == 0.333, "12億3000万円"),
    S("市債6億5000万円", "市債6億5000万円"),
    S("1億7000万円", "1億7000万円"),
    S("1回利用料を400円から500円", "1回利用料は、再開後に現在の400円から500円"),
    D("100円(25%)", "500 - 400 = 100; 100 / 400 = 25%", 500 - 400 == 100 and 100 / 400 == 0.25),
    S("65歳以上", "65歳以上"),
    S("200円", "200円"),
    S("2023年度の利用者は延べ38万6000人", "2023年度の体育館の利用者は延べ38万6000人"),
    S("開館日数350日", "開館日数は350日"),
    D("1日あたり約1100人", "386 000 / 350 = 1 103 → 約1100人", round(386000 / 350) == 1103),
    S("午前9時〜午後9時", "午前9時〜午後9時"),
    D("(12時間)", "9:00 → 21:00 = 12 hours", 21 - 9 == 12),
    S("午前7時〜午後10時", "午前7時〜午後10時"),
    D("(15時間)へ3時間延ばす", "7:00 → 22:00 = 15 hours; 15 - 12 = 3", 22 - 7 == 15 and 15 - 12 == 3),
    S("(58)", "大塚真理子市長(58)"),
    S("次の40年", "次の40年"),
    S("1974年の開設", "1974年の開設"),
    D("から51年", "2025 - 1974 = 51", 2025 - 1974 == 51),
    S("約9000人", "約9000人"),
    S("約4分の1", "約4分の1"),
    D("約3万6000人", "9 000 × 4 = 36 000 (\"約4分の1\")", 9000 * 4 == 36000),
    D("2月20日(木)", "\"20日に開会\" in an article of February 2025 → Thu 2025-02-20", wd(2025, 2, 20) == "木", "20日に開会"),
    S("3月定例会", "3月定例会"),
    S("約21万4000人", "人口約21万4000人"),
    D("一つの施設", "\"1つの施設\" → 一つ", True, "1つの施設"),
    D("1日3時間延長", "15 - 12 = 3 hours", 15 - 12 == 3),
    S("次の40年も使える", "次の40年も使える"),
])

# @@CASES-END@@

# ---------------------------------------------------------------------------

LANG_TARGET = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}


def yoten_bin() -> str:
    cand = os.environ.get("YOTEN") or "/tmp/bcv437/bin/yoten"
    if Path(cand).exists():
        return cand
    found = shutil.which("yoten")
    if not found:
        raise SystemExit("yoten not found: set YOTEN")
    return found


def body_region(digest: str) -> tuple[int, int]:
    start = digest.index("【概要】")
    end = digest.index("【引用・参照・底本】")
    return start, end


def main() -> int:
    fails: list[str] = []
    notes: list[str] = []

    def fail(msg: str) -> None:
        fails.append(msg)

    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    case_dirs = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if names != case_dirs:
        fail(f"specs and cases differ: {set(names) ^ set(case_dirs)}")
    if set(names) != set(CASES):
        fail(f"verify data and specs differ: {set(names) ^ set(CASES)}")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    if len(names) != 24 or len(clean) != 12 or len(err) != 12:
        fail(f"counts: {len(names)} cases, {len(clean)} clean, {len(err)} err")

    # html up to date
    if gen.main(["--check"]) != 0:
        fail("source.html out of date (run gen.py)")

    yoten = yoten_bin()
    langs: Counter = Counter()
    langs_by: dict[str, Counter] = {"clean": Counter(), "err": Counter()}
    kinds: Counter = Counter()
    sev: Counter = Counter()
    n_facts = Counter()
    rows = []
    for name in names:
        if only and name not in only:
            continue
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        lang = meta["lang"]
        langs[lang] += 1
        langs_by["clean" if name.startswith("clean-") else "err"][lang] += 1
        src = gen.article_text(meta)
        digest = (HERE / "cases" / name / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((HERE / "cases" / name / "expected.json").read_text(encoding="utf-8"))
        data = CASES.get(name, {"facts": []})
        facts = data["facts"]

        # sizes
        if lang == "ja":
            size = len(re.sub(r"\s", "", src))
            if not 900 <= size <= 1600:
                fail(f"{name}: Japanese source {size} chars (900-1600)")
            size_s = f"{size} chars"
        else:
            size = len(src.split())
            if not 450 <= size <= 800:
                fail(f"{name}: source {size} words (450-800)")
            size_s = f"{size} words"
        if not 2000 <= len(digest) <= 4500:
            fail(f"{name}: digest {len(digest)} chars (2000-4500)")
        if not meta["url"].split("/")[2].endswith(".example"):
            fail(f"{name}: url not under .example")
        for _, href in meta["related"]:
            if href.startswith("http") and ".example" not in href:
                fail(f"{name}: related link outside .example")

        # parse
        proc = subprocess.run([yoten, "parse", str(HERE / "cases" / name / "digest.txt")],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            fail(f"{name}: yoten parse failed: {proc.stderr.strip()[:200]}")
            continue
        post = json.loads(proc.stdout)
        if not post.get("headline") or not post.get("image_credit"):
            fail(f"{name}: headline or image credit missing")
        ov, det = post.get("overview") or {}, post.get("details") or {}
        if not (ov.get("lead") and ov.get("highlights") and ov.get("context")):
            fail(f"{name}: 概要 incomplete")
        if not det.get("topics") or not post.get("key_points"):
            fail(f"{name}: 詳細/要点 missing")
        heads = [t["heading"] for t in det["topics"]]
        if heads != [t["heading"] for t in post["key_points"]]:
            fail(f"{name}: 要点 topics differ from 詳細")
        posted = datetime.fromisoformat(post["posted_at"]).replace(tzinfo=JST)
        pub = datetime.fromisoformat(meta["published"])
        if posted <= pub:
            fail(f"{name}: posted before the source was published")

        # citation
        pub_local = pub.date().isoformat()
        want = {"title": meta["title"], "outlet": meta["outlet"], "date": pub_local, "url": meta["url"]}
        got = (post.get("sources") or [{}])[0]
        diffs = [k for k in want if got.get(k) != want[k]]
        cit = [f for f in exp["findings"] if f["kind"] == "citation"]
        if cit:
            if len(diffs) != 1:
                fail(f"{name}: citation slip should change one field, changed {diffs}")
        elif diffs:
            fail(f"{name}: citation differs from spec in {diffs}: {got}")

        # expected.json
        is_clean = name.startswith("clean-")
        if exp.get("clean") is not is_clean:
            fail(f"{name}: expected.clean is {exp.get('clean')}")
        fs = exp["findings"]
        if is_clean and fs:
            fail(f"{name}: clean case with findings")
        if not is_clean:
            errs = [f for f in fs if f["severity"] == "error"]
            warns = [f for f in fs if f["severity"] == "warning"]
            if len(fs) != 3 or len(errs) != 2 or len(warns) != 1:
                fail(f"{name}: want 2 errors + 1 warning, got {[(f['kind'], f['severity']) for f in fs]}")
            if any(f["kind"] != "mismatch" for f in errs):
                fail(f"{name}: error findings must be mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                fail(f"{name}: warning kind not allowed")
        for f in fs:
            kinds[f["kind"]] += 1
            sev[f["severity"]] += 1
            c = digest.count(f["span"])
            if c != 1:
                fail(f"{name}: span {f['span']!r} occurs {c} times")
        slips = [f for f in facts if f["t"] == "SLIP"]
        if sorted((s["span"], s["kind"], s["severity"]) for s in slips) != \
                sorted((f["span"], f["kind"], f["severity"]) for f in fs):
            fail(f"{name}: expected.json and verify data disagree on slips")

        # facts
        b0, b1 = body_region(digest)
        covered = [False] * len(digest)
        for f in facts:
            span = f["span"]
            pos = [m.start() for m in re.finditer(re.escape(span), digest)]
            if not pos:
                fail(f"{name}: span not in digest: {span!r}")
            for p in pos:
                for i in range(p, p + len(span)):
                    covered[i] = True
            if f["t"] == "S" and f["src"] not in src:
                fail(f"{name}: source lacks {f['src']!r} (for {span!r})")
            if f["t"] in ("D", "SLIP"):
                for s in f["srcs"]:
                    if s not in src:
                        fail(f"{name}: source lacks {s!r} (for {span!r})")
                if not f["ok"]:
                    fail(f"{name}: arithmetic check failed for {span!r}")
            n_facts[f["t"]] += 1
        for m in re.finditer(r"[0-9０-９]+", digest[b0:b1]):
            i = b0 + m.start()
            bol = digest.rfind("\n", 0, i) + 1
            if re.fullmatch(r"\s*", digest[bol:i]) and digest[b0 + m.end()] == ".":
                continue  # section numbering "1."
            if not all(covered[i:b0 + m.end()]):
                line = digest[digest.rfind("\n", 0, i) + 1:digest.find("\n", i)]
                fail(f"{name}: figure {m.group()!r} not accounted for: {line.strip()[:80]}")
        derived = [f for f in facts if f["t"] == "D"]
        if is_clean and len(derived) < 8:
            fail(f"{name}: only {len(derived)} derived values")
        rows.append((name, lang, size_s, len(digest), len(derived), len(fs)))

    if langs != Counter(LANG_TARGET):
        fail(f"languages {dict(langs)} != {LANG_TARGET}")
    for k in ("clean", "err"):
        if len(langs_by[k]) < 5:
            notes.append(f"{k} cases cover only {sorted(langs_by[k])}")

    print("case                                   lang  source        digest  derived  findings")
    for r in rows:
        print(f"{r[0]:<38} {r[1]:<5} {r[2]:<13} {r[3]:>6}  {r[4]:>7}  {r[5]:>8}")
    print()
    print(f"cases: {len(names)} ({len(clean)} clean, {len(err)} err)")
    print("languages:", ", ".join(f"{k} {langs[k]}" for k in LANG_TARGET),
          "| clean:", dict(langs_by["clean"]), "| err:", dict(langs_by["err"]))
    print("planted findings by kind:", dict(sorted(kinds.items())), "| by severity:", dict(sev))
    print(f"facts checked: {n_facts['S']} copied, {n_facts['D']} derived, {n_facts['SLIP']} slips")
    for n in notes:
        print("note:", n)
    if fails:
        print(f"\nFAIL ({len(fails)})")
        for f in fails:
            print("  -", f)
        return 1
    print("\nOK: all checks passed")
    return 0


def tables() -> None:
    """Print the README tables (cases, clean traps, planted findings, err derived values)."""
    names = sorted(CASES)
    print("## Cases\n")
    print("| case | lang | outlet (UTC offset) | topic |")
    print("|---|---|---|---|")
    for name in names:
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        off = meta["published"][-6:]
        print(f"| {name} | {meta['lang']} | {meta['outlet']} ({off}) | {CASES[name]['topic']} |")
    print("\n## Clean traps\n")
    for name in names:
        if not name.startswith("clean-"):
            continue
        print(f"### {name}\n")
        for f in CASES[name]["facts"]:
            if f["t"] == "D":
                print(f"- `{f['span']}`: {f['how']}")
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        pub = datetime.fromisoformat(meta["published"])
        utc = pub.astimezone(ZoneInfo("UTC"))
        print(f"- citation `{pub:%Y.%m.%d}`: outlet-local date of {meta['published']}"
              f" (UTC {utc:%Y-%m-%d %H:%M}, Japan time {pub.astimezone(JST):%Y-%m-%d %H:%M})")
        print()
    print("## Planted findings\n")
    print("| case | span | kind / severity | slip | correct value |")
    print("|---|---|---|---|---|")
    for name in names:
        for f in CASES[name]["facts"]:
            if f["t"] == "SLIP":
                print(f"| {name} | `{f['span']}` | {f['kind']} / {f['severity']} | {f['slip']} | {f['correct']} |")
    print("\n### Correct derived values the err digests also carry (not labelled)\n")
    for name in names:
        if not name.startswith("err-"):
            continue
        print(f"#### {name}\n")
        for f in CASES[name]["facts"]:
            if f["t"] == "D":
                print(f"- `{f['span']}`: {f['how']}")
        print()


if __name__ == "__main__":
    if "--tables" in sys.argv:
        tables()
        sys.exit(0)
    sys.exit(main())
