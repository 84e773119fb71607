#!/usr/bin/env python3
"""Check the check-holdout-445 set.

    python3 verify.py            # all checks; exit 1 on any failure
    python3 verify.py --readme   # print the README tables built from DERIVED/PLANTED

Checks: every span verbatim and unique in its digest; clean cases have no
findings, err cases exactly 3 (2 error mismatch + 1 warning); `yoten parse`
succeeds on every digest; sizes of sources and digests; case counts and
languages; the citation (title, outlet, outlet-local date, canonical URL)
unless a citation slip is planted; source.html up to date with gen.py and
carrying its metadata; every digit in a digest is either a number the source
prints or inside a DERIVED or planted span whose arithmetic is checked here.
"""
from __future__ import annotations

import json
import math
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

TOKYO = ZoneInfo("Asia/Tokyo")
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# --- arithmetic helpers used by the tables below --------------------------

def wd(y, m, d):
    return WD[date(y, m, d).weekday()]


def days(y1, m1, d1, y2, m2, d2):
    return (date(y2, m2, d2) - date(y1, m1, d1)).days


def jst(local: str, zone: str) -> str:
    """'2025-06-20 18:00' in zone -> 'MM-DD HH:MM' in Japan time."""
    dt = datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone)).astimezone(TOKYO)
    return dt.strftime("%m-%d %H:%M")


def f2c(f):
    return (f - 32) * 5 / 9


def near(x, y, tol):
    return abs(x - y) <= tol


YD = 0.9144
FT = 0.3048
MILE = 1.609344
LB = 0.45359237
ACRE = 0.40468564224
GAL = 3.785411784


def D(span, note, ok):
    return {"span": span, "note": note, "ok": bool(ok)}


def P(span, slip, correct, counterpart=None, absent=None):
    """A planted finding: counterpart must stand in the source (error level),
    absent must not (warning level: unsupported/name)."""
    return {"span": span, "slip": slip, "correct": correct,
            "counterpart": counterpart, "absent": absent}


# Strings that carry a digit without being a figure of the source.
IDIOMS = ["1回券", "1日券", "1日あたり", "1人あたり", "1回あたり", "1時間あたり"]

DERIVED: dict[str, list[dict]] = {}
PLANTED: dict[str, list[dict]] = {}

# ---------------------------------------------------------------------------
DERIVED["clean-en-riverside-lido"] = [
    D("当局者は17日", "\"said Tuesday\", published Tue 17 Jun 2025 → 17日", wd(2025, 6, 17) == "Tue"),
    D("21日(土)", "\"on Saturday\" after Tue 17 Jun → Sat 21 Jun", wd(2025, 6, 21) == "Sat" and days(2025, 6, 17, 2025, 6, 21) == 4),
    D("16日(月)", "\"on Monday\" (inspection) → Mon 16 Jun", wd(2025, 6, 16) == "Mon"),
    D("20日(金)", "preview \"Friday\" → Fri 20 Jun", wd(2025, 6, 20) == "Fri"),
    D("日本時間21日午前7時〜9時", "6–8 p.m. EDT Fri 20 Jun → 07:00–09:00 JST Sat 21 Jun (date shift)",
      jst("2025-06-20 18:00", "America/New_York") == "06-21 07:00" and jst("2025-06-20 20:00", "America/New_York") == "06-21 09:00"),
    D("21日午前10時(日本時間同日午後11時)", "10 a.m. EDT Sat 21 Jun → 23:00 JST same day",
      jst("2025-06-21 10:00", "America/New_York") == "06-21 23:00"),
    D("午前6時30分〜午後8時", "6:30 a.m. to 8 p.m. (local, labelled 現地時間)", True),
    D("午前9時〜午後6時", "9 a.m. to 6 p.m. (local)", True),
    D("240万ドル", "$2.4 million = 2,400,000 = 240万", 2.4e6 == 240 * 1e4),
    D("150万ドル", "$1.5 million = 150万", 1.5e6 == 150 * 1e4),
    D("90万ドル", "remainder 2.4 − 1.5 = $0.9 million = 90万", near(2.4e6 - 1.5e6, 90e4, 1)),
    D("約6割", "state share 1.5 / 2.4 = 62.5% → 約6割", near(1.5 / 2.4, 0.625, 1e-9)),
    D("25%", "day pass 6 → 7.50: 7.5/6 − 1 = 25%", near(7.5 / 6 - 1, 0.25, 1e-9)),
    D("10ドル", "season pass 95 − 85 = 10", 95 - 85 == 10),
    D("摂氏約25.6度", "78°F → (78 − 32) × 5/9 = 25.56°C", near(f2c(78), 25.6, 0.05)),
    D("約46メートル", "50 yd × 0.9144 = 45.72 m", near(50 * YD, 46, 0.5)),
    D("約274メートル", "300 yd × 0.9144 = 274.32 m", near(300 * YD, 274, 0.5)),
    D("4分の3", "18 of 24 = 0.75", 18 / 24 == 0.75),
    D("築67年", "opened 1958, 2025 − 1958 = 67", 2025 - 1958 == 67),
    D("34年ぶり", "no full overhaul since 1991: 2025 − 1991 = 34", 2025 - 1991 == 34),
    D("4万1200人", "41,200 visits = 4万1200", 41200 == 4 * 10000 + 1200),
    D("約3万8900人", "41,200 up 6% → prior year 41,200 / 1.06 = 38,868", near(41200 / 1.06, 38900, 50)),
    D("4万5000人", "45,000 = 4万5000", True),
    D("9月1日", "Labor Day, Sept. 1", True),
    D("9月14日", "Sept. 14", True),
    D("5月12日", "May 12", True),
    D("最初の1時間", "\"the first hour\"", True),
]
DERIVED["err-en-hollister-heat"] = [
    D("7日(月)", "\"on Monday\", published Tue 8 Jul 2025 → Mon 7 Jul", wd(2025, 7, 7) == "Mon"),
    D("10日(木)", "\"starting Thursday\" → Thu 10 Jul", wd(2025, 7, 10) == "Thu"),
    D("6日(日)", "heat index \"on Sunday\" → Sun 6 Jul", wd(2025, 7, 6) == "Sun"),
    D("5日(土)", "\"On Saturday\" 2,140 swimmers → Sat 5 Jul", wd(2025, 7, 5) == "Sat"),
    D("2日(水)", "inspection \"last Wednesday\" → Wed 2 Jul", wd(2025, 7, 2) == "Wed"),
    D("7月21日(月)", "council on July 21 → a Monday", wd(2025, 7, 21) == "Mon"),
    D("摂氏約27.8度", "82°F → 27.78°C", near(f2c(82), 27.8, 0.05)),
    D("摂氏約42.2度", "108°F → 42.22°C", near(f2c(108), 42.2, 0.05)),
    D("約2.4キロ", "1.5 miles × 1.609 = 2.41 km", near(1.5 * MILE, 2.4, 0.05)),
    D("約86%", "2,140 / 2,500 = 85.6%", near(2140 / 2500, 0.86, 0.005)),
    D("9人足りない", "40 − 31 = 9", 40 - 31 == 9),
    D("9人不足", "40 − 31 = 9", 40 - 31 == 9),
    D("10%引き上げ", "wage 15 → 16.50: +10%", near(16.5 / 15 - 1, 0.10, 1e-9)),
    D("38万5000ドル", "$385,000 = 38万5000", 385000 == 38 * 10000 + 5000),
    D("120万ドル", "$1.2 million = 120万", 1.2e6 == 120 * 1e4),
    D("2026会計年度(2025年10月〜26年9月)", "fiscal 2026 begins Oct. 1 → Oct 2025–Sep 2026", True),
    D("開設から53年", "opened 1972: 2025 − 1972 = 53", 2025 - 1972 == 53),
    D("10月1日", "Oct. 1", True),
    D("8月16日", "Aug. 16", True),
]
PLANTED["err-en-hollister-heat"] = [
    P("摂氏約32.2度", "wrong °F→°C conversion (32.2°C is 90°F)", "88°F = 摂氏約31.1度", counterpart="88 degrees"),
    P("日本時間10日午前9時", "Japan time without the day shift", "7 p.m. CDT Thu 10 Jul = 日本時間11日午前9時",
      counterpart="7 p.m. to 10 p.m. on Thursdays"),
    P("https://cedarprairietribune.example/news/city/hollister-park-pool-heat-night-swims?utm_source=newsletter&utm_medium=email&utm_campaign=daily_0708&mc_eid=5f2a91c7e3",
      "tracking parameters (utm_*, mc_eid) on the citation URL",
      "https://cedarprairietribune.example/news/city/hollister-park-pool-heat-night-swims"),
]

DERIVED["clean-en-tidewater-pool"] = [
    D("5月31日(土)", "\"a week from Saturday, on May 31\" → Sat 31 May 2025", wd(2025, 5, 31) == "Sat"),
    D("公園委員会が23日", "\"the parks board said Friday\", published Fri 23 May → 23日", wd(2025, 5, 23) == "Fri"),
    D("380万カナダドル", "$3.8 million = 380万 (Canadian dollars: a Canadian outlet)", 3.8e6 == 380e4),
    D("266万カナダドル", "$2.66 million = 266万", 2.66e6 == 266e4),
    D("(7割)", "2.66 / 3.8 = 0.70", near(2.66 / 3.8, 0.7, 1e-9)),
    D("7割の266万", "2.66 / 3.8 = 0.70", near(2.66 / 3.8, 0.7, 1e-9)),
    D("114万カナダドル", "the rest: 3.8 − 2.66 = 1.14 million", near(3.8 - 2.66, 1.14, 1e-9)),
    D("24時間、4割短く", "60 − 36 = 24 hours; 24 / 60 = 40%", 60 - 36 == 24 and near(24 / 60, 0.4, 1e-9)),
    D("1回あたり約7.34ドル", "10-visit card 73.35 / 10 = 7.335", near(73.35 / 10, 7.34, 0.006)),
    D("1回券より1割安い", "1 − 7.335 / 8.15 = 10%", near(1 - 7.335 / 8.15, 0.10, 1e-6)),
    D("約137メートル", "450 ft × 0.3048 = 137.16 m", near(450 * FT, 137, 0.5)),
    D("約3メートル", "10 ft × 0.3048 = 3.05 m", near(10 * FT, 3, 0.1)),
    D("開設から94年", "first filled 1931: 2025 − 1931 = 94", 2025 - 1931 == 94),
    D("16万2000人", "162,000 = 16万2000", 162000 == 16 * 10000 + 2000),
    D("約17万6000人", "162,000 down 8% → prior 162,000 / 0.92 = 176,087", near(162000 / 0.92, 176000, 100)),
    D("約4分の1", "11 of 42 = 26%", near(11 / 42, 0.25, 0.015)),
    D("5月31日午前7時(日本時間同日午後11時)", "7 a.m. PDT Sat 31 May → 23:00 JST same day",
      jst("2025-05-31 07:00", "America/Vancouver") == "05-31 23:00"),
    D("2つ目の売店", "\"a second snack kiosk\"", True),
    D("9月7日", "Sept. 7", True),
]

DERIVED["err-en-nandgaon-pools"] = [
    D("28日(月)", "standing committee \"on Monday\", published Tue 29 Apr 2025 → Mon 28 Apr", wd(2025, 4, 28) == "Mon"),
    D("5月15日(木)", "by May 15 → a Thursday", wd(2025, 5, 15) == "Thu"),
    D("9200万ルピー", "Rs 9.2 crore = 92,000,000 = 9200万", 9.2e7 == 9200e4),
    D("5400万ルピー", "14.6 − 9.2 = 5.4 crore = 5400万", near(14.6 - 9.2, 5.4, 1e-9)),
    D("約6割の増額", "14.6 / 9.2 − 1 = 58.7%", near(14.6 / 9.2 - 1, 0.6, 0.02)),
    D("約6割増額", "14.6 / 9.2 − 1 = 58.7%", near(14.6 / 9.2 - 1, 0.6, 0.02)),
    D("1カ所あたり約1620万ルピー", "14.6 crore / 9 pools = 1.62 crore = 16.2 million = 1620万", near(14.6e7 / 9, 1620e4, 5e4)),
    D("25%の値上げ", "monthly pass 600 → 750: +25%", near(750 / 600 - 1, 0.25, 1e-9)),
    D("25%値上げ", "monthly pass 600 → 750: +25%", near(750 / 600 - 1, 0.25, 1e-9)),
    D("17人、約3割", "54 − 37 = 17 vacancies; 17 / 54 = 31%", 54 - 37 == 17 and near(17 / 54, 0.3, 0.02)),
    D("17人が欠員", "54 − 37 = 17", 54 - 37 == 17),
    D("延べ約24万人", "about 2.4 lakh visits = 240,000 = 24万", 2.4e5 == 24e4),
    D("2万1500人", "21,500 = 2万1500", True),
    D("開設から46年間", "built 1979: 2025 − 1979 = 46", 2025 - 1979 == 46),
    D("日本時間では午前9時30分", "6 a.m. IST → 09:30 JST (+3:30)", jst("2025-05-01 06:00", "Asia/Kolkata") == "05-01 09:30"),
    D("4〜5月", "April and May", True),
    D("5月1日", "from May 1", True),
    D("10カ所目", "\"a tenth pool\"", True),
]
PLANTED["err-en-nandgaon-pools"] = [
    P("1460万ルピー", "crore→万 scale slip (÷10)", "Rs 14.6 crore = 1億4600万ルピー", counterpart="Rs 14.6 crore"),
    P("2024年4月〜25年3月", "wrong fiscal year (2025-26 runs April 2025–March 2026)", "2025年4月〜26年3月", counterpart="2025-26"),
    P("NMC", "abbreviation the source never gives", "ナンドガオン市公社 (Nandgaon Municipal Corporation, never abbreviated)", absent="NMC"),
]

DERIVED["err-en-kestrel-bay-lido"] = [
    D("13日(水)", "divers inspected \"on Wednesday\", published Thu 14 Aug 2025 → Wed 13 Aug", wd(2025, 8, 13) == "Wed"),
    D("16日(土)", "picnic \"on Saturday\" → Sat 16 Aug", wd(2025, 8, 16) == "Sat"),
    D("21日(木)", "update \"next Thursday\" → Thu 21 Aug", wd(2025, 8, 21) == "Thu"),
    D("2週間近く", "closed Tue 12 Aug until at least Mon 25 Aug: 13 days", days(2025, 8, 12, 2025, 8, 25) == 13),
    D("最も忙しい2週間", "\"the busiest fortnight\" = two weeks", True),
    D("約91メートル", "100 yd × 0.9144 = 91.44 m", near(100 * YD, 91, 0.5)),
    D("24万〜31万ポンド", "£240,000–£310,000", True),
    D("460万ポンド", "£4.6 million = 460万", 4.6e6 == 460e4),
    D("9万6000回", "96,000 swims = 9万6000", True),
    D("約8万5700回", "96,000 is 12% more → 96,000 / 1.12 = 85,714", near(96000 / 1.12, 85700, 50)),
    D("再生から3年余り", "reopened May 2022 → Aug 2025 = 3 years 3 months", (2025 * 12 + 8) - (2022 * 12 + 5) == 39),
    D("開設から87年", "opened 1938: 2025 − 1938 = 87", 2025 - 1938 == 87),
    D("約24回分", "season ticket 185 / single 7.80 = 23.7 swims", near(185 / 7.8, 24, 0.5)),
    D("約4.8キロ", "three miles × 1.609 = 4.83 km", near(3 * MILE, 4.8, 0.05)),
    D("午前6時30分(日本時間午後2時30分)", "6.30am BST → 14:30 JST", jst("2025-08-25 06:30", "Europe/London") == "08-25 14:30"),
    D("1800人", "1,800 members", True),
    D("2019年9月", "September 2019", True),
    D("2022年5月", "May 2022", True),
]
PLANTED["err-en-kestrel-bay-lido"] = [
    P("11日に閉鎖", "relative weekday a day off (\"on Tuesday\" is the 12th)", "12日(火)に閉鎖", counterpart="shut on Tuesday morning"),
    P("3年8カ月", "wrong duration (September 2019 → May 2022)", "2年8カ月", counterpart="closed since September 2019"),
    P("クラウザー", "second katakana spelling of Crowther (first mention クロウザー)", "クロウザー", counterpart=None),
]

DERIVED["err-en-ashgrove-summer-pool"] = [
    D("2024年10〜12月期", "\"the final quarter of 2024\" → Oct–Dec 2024", True),
    D("3万8400回", "38,400 swims = 3万8400", True),
    D("6日(木)", "Waitangi Day \"last Thursday\", published Tue 11 Feb 2025 → Thu 6 Feb", wd(2025, 2, 6) == "Thu"),
    D("先週木曜、6日", "last Thursday → 6 Feb", wd(2025, 2, 6) == "Thu"),
    D("1950人", "1,950 people", True),
    D("2025/26年度(2025年7月〜26年6月)", "NZ council year 2025/26 runs 1 July 2025 – 30 June 2026", True),
    D("280万NZドル", "$2.8 million = 280万 (NZ dollars: a New Zealand outlet)", 2.8e6 == 280e4),
    D("約31万NZドル", "about $310,000 = 31万", True),
    D("約18万6000NZドル", "60% of 310,000 = 186,000", near(0.6 * 310000, 186000, 1)),
    D("約12%上がった", "5.80 → 6.50: +12.1%", near(6.5 / 5.8 - 1, 0.12, 0.005)),
    D("約12%値上げ", "5.80 → 6.50: +12.1%", near(6.5 / 5.8 - 1, 0.12, 0.005)),
    D("6年ぶりの値上げ", "first rise since 2019: 2025 − 2019 = 6", 2025 - 2019 == 6),
    D("17日(月)", "consultation \"opens on Monday\" → Mon 17 Feb", wd(2025, 2, 17) == "Mon"),
    D("14日(金)", "late-night swim \"this Friday\" → Fri 14 Feb", wd(2025, 2, 14) == "Fri"),
    D("日本時間同日午後3時〜5時", "7–9 p.m. NZDT Fri 14 Feb → 15:00–17:00 JST same day",
      jst("2025-02-14 19:00", "Pacific/Auckland") == "02-14 15:00" and jst("2025-02-14 21:00", "Pacific/Auckland") == "02-14 17:00"),
    D("約4カ月", "23 Nov 2024 → 30 Mar 2025 = 127 days", days(2024, 11, 23, 2025, 3, 30) == 127),
    D("1レーンあたり21NZドル", "$42 an hour for two lanes → 21 per lane", 42 / 2 == 21),
    D("3月30日(日)", "Sunday, March 30", wd(2025, 3, 30) == "Sun"),
    D("11月23日", "November 23", True),
    D("5歳未満", "\"Under-fives\"", True),
]
PLANTED["err-en-ashgrove-summer-pool"] = [
    P("4〜6月期", "wrong quarter (\"the third quarter of this year\")", "7〜9月期", counterpart="third quarter of this year"),
    P("約3万3000回", "wrong prior-year level (subtracted 14% instead of dividing by 1.14)", "38,400 / 1.14 = 約3万3700回",
      counterpart="up 14% on the same quarter a year earlier"),
    P("1967年", "invented year: the source gives no opening year", "(none in the source)", absent="1967"),
]

DERIVED["err-en-coulee-springs-pool"] = [
    D("25日(水)", "\"reopened on Wednesday\", published Thu 26 Jun 2025 → Wed 25 Jun", wd(2025, 6, 25) == "Wed"),
    D("6月の第1土曜日、6月7日", "\"the first Saturday of June\" 2025 → 7 June", wd(2025, 6, 7) == "Sat" and 7 <= 7),
    D("6月7日(土)", "first Saturday of June 2025 = Sat 7 June", wd(2025, 6, 7) == "Sat"),
    D("7月12日(土)", "Saturday, July 12", wd(2025, 7, 12) == "Sat"),
    D("2022年以来3年ぶり", "first time since 2022: 2025 − 2022 = 3", 2025 - 2022 == 3),
    D("64万カナダドル", "$640,000 = 64万 (Saskatchewan, Canada)", True),
    D("25万6000カナダドル", "$256,000 = 25万6000", True),
    D("4割", "256,000 / 640,000 = 40%", near(256000 / 640000, 0.4, 1e-9)),
    D("38万4000カナダドル", "town's share 640,000 − 256,000 = 384,000", 640000 - 256000 == 384000),
    D("築61年", "built 1964: 2025 − 1964 = 61", 2025 - 1964 == 61),
    D("2万1300人", "21,300 visits", True),
    D("約29キロ", "18 miles × 1.609 = 28.97 km", near(18 * MILE, 29, 0.1)),
    D("7月12日午前8時(日本時間同日午後11時)", "8 a.m. CST (UTC−6, no DST) → 23:00 JST same day",
      jst("2025-07-12 08:00", "America/Regina") == "07-12 23:00"),
    D("上限120人の7割を超えた", "85 / 120 = 70.8%", 85 / 120 > 0.7),
    D("8月24日(日)", "season ends Aug. 24 → a Sunday", wd(2025, 8, 24) == "Sun"),
    D("2回目の枠", "\"a second session\"", True),
    D("16〜19歳", "between 16 and 19", True),
]
PLANTED["err-en-coulee-springs-pool"] = [
    P("約3.1キロ", "wrong miles→km conversion", "2.5 miles = 約4キロ (4.02 km)", counterpart="The course is 2.5 miles long"),
    P("9%増えた", "direction flipped (増 for 減)", "9%減った", counterpart="Attendance fell 9% last year"),
    P("2025.06.27", "citation dated in Japan time (20:15 CST on 26 Jun = 11:15 JST on 27 Jun)", "2025.06.26",
      counterpart=None),
]

DERIVED["err-en-marina-point-complex"] = [
    D("22日(土)", "reopens \"on Saturday\", published Wed 19 Mar 2025 → Sat 22 Mar", wd(2025, 3, 22) == "Sat"),
    D("3年7カ月ぶり", "shut since August 2021 → March 2025 = 43 months = 3 years 7 months", (2025 * 12 + 3) - (2021 * 12 + 8) == 43),
    D("3年半ぶり", "43 months ≈ 3.6 years", near(43 / 12, 3.5, 0.1)),
    D("2021年8月", "August 2021", True),
    D("12億ナイラ", "₦1.2 billion = 12億", 1.2e9 == 12e8),
    D("6億5000万ナイラ", "₦650 million = 6億5000万", 650e6 == 6.5e8),
    D("3億ナイラ", "₦300 million = 3億", 300e6 == 3e8),
    D("約1.4倍", "weekend 5,000 / weekday 3,500 = 1.43", near(5000 / 3500, 1.4, 0.05)),
    D("築49年", "built 1976: 2025 − 1976 = 49", 2025 - 1976 == 49),
    D("4万5000ナイラ", "₦45,000 = 4万5000", True),
    D("12人、3分の1", "12 of 36 lifeguards = 1/3", 12 / 36 == 1 / 3),
    D("36人のうち3分の1", "12 of 36 = 1/3", 12 / 36 == 1 / 3),
    D("22日午前10時(日本時間同日午後6時)", "10 a.m. WAT (UTC+1) → 18:00 JST", jst("2025-03-22 10:00", "Africa/Lagos") == "03-22 18:00"),
    D("10メートルごとに1人", "\"a lifeguard ... at every 10 metres\"", True),
    D("3500ナイラ", "₦3,500", True),
    D("5000ナイラ", "₦5,000", True),
    D("2000ナイラ", "₦2,000", True),
    D("5000人", "5,000 children", True),
]
PLANTED["err-en-marina-point-complex"] = [
    P("20億5000万ナイラ", "wrong sum of the three contributions", "1.2 billion + 650 million + 300 million = 21億5000万ナイラ",
      counterpart="₦1.2 billion"),
    P("(57)", "wrong age", "Adebola Ogunleye, 52 → (52)", counterpart="Adebola Ogunleye, 52"),
    P("エメカ・オビ(Emeka Obi)", "a person the source never names (it quotes an unnamed spokesperson)", "施設の広報担当者 (unnamed)",
      absent="Emeka"),
]

DERIVED["err-en-public-pools-night-hours"] = [
    D("2日(火)", "announced \"on Tuesday\", published Wed 3 Sep 2025 → Tue 2 Sep", wd(2025, 9, 2) == "Tue"),
    D("10月1日(水)", "from Oct 1 → a Wednesday", wd(2025, 10, 1) == "Wed"),
    D("30分延長", "\"half an hour later than now\"", True),
    D("午後10時(日本時間午後11時)", "10pm SGT (UTC+8) → 11pm JST", jst("2025-10-01 22:00", "Asia/Singapore") == "10-01 23:00"),
    D("延べ960万回", "9.6 million visits = 960万", 9.6e6 == 960e4),
    D("480万回", "4.8 million = 480万", 4.8e6 == 480e4),
    D("約18%上がる", "1.70 → 2.00: +17.6%", near(2.0 / 1.7 - 1, 0.18, 0.005)),
    D("9年ぶりの値上げ", "first rise since 2016: 2025 − 2016 = 9", 2025 - 2016 == 9),
    D("4800万シンガポールドル", "S$48 million = 4800万", 48e6 == 4800e4),
    D("1年あたり960万シンガポールドル", "48 million / 5 years = 9.6 million", 48 / 5 == 9.6),
    D("1カ所あたりでは480万シンガポールドル", "48 million / 10 pools = 4.8 million", 48 / 10 == 4.8),
    D("約1240人", "1,150 + about 90 short = about 1,240 needed", 1150 + 90 == 1240),
    D("1万8000人", "18,000 children", True),
    D("30セント", "\"Thirty cents\" (2.00 − 1.70)", near(2.0 - 1.7, 0.30, 1e-9)),
    D("1150人", "1,150 lifeguards", True),
    D("9月30日", "Sept 30", True),
]
PLANTED["err-en-public-pools-night-hours"] = [
    P("4分の1", "wrong share (8 of 24)", "3分の1", counterpart="Eight of the 24"),
    P("3倍", "wrong multiple (9.6 million vs 4.8 million)", "2倍", counterpart="up from 4.8 million in 2021"),
    P("レーチェル・コー", "second katakana spelling of Rachel Koh (first mention レイチェル・コー)", "レイチェル・コー"),
]

DERIVED["clean-en-sandpiper-lagoon"] = [
    D("7日(土)", "\"From Saturday\", published Thu 5 Dec 2024 → Sat 7 Dec", wd(2024, 12, 7) == "Sat"),
    D("4日(水)", "announced \"on Wednesday\" → Wed 4 Dec", wd(2024, 12, 4) == "Wed"),
    D("13日(金)", "term ends December 13 → a Friday", wd(2024, 12, 13) == "Fri"),
    D("12月25日(水)", "Christmas Day 2024 → a Wednesday", wd(2024, 12, 25) == "Wed"),
    D("日本時間午前5時〜午後8時", "6am–9pm AEST (UTC+10, no DST in Queensland) → 05:00–20:00 JST",
      jst("2024-12-07 06:00", "Australia/Brisbane") == "12-07 05:00" and jst("2024-12-07 21:00", "Australia/Brisbane") == "12-07 20:00"),
    D("昨夏の午前7時〜午後8時", "\"an hour earlier and an hour later than last summer\" → 7am–8pm", True),
    D("16人、3分の1増える", "64 − 48 = 16; 16 / 48 = 1/3", 64 - 48 == 16 and 16 / 48 == 1 / 3),
    D("16人多い", "64 − 48 = 16", 64 - 48 == 16),
    D("3分の1増", "16 / 48 = 1/3", 16 / 48 == 1 / 3),
    D("630万豪ドル", "$6.3 million = 630万 (Australian dollars)", 6.3e6 == 630e4),
    D("2024-25年度(2024年7月〜25年6月)", "Australian council year 2024-25 = July 2024–June 2025", True),
    D("36年を迎えた", "opened 1988: 2024 − 1988 = 36", 2024 - 1988 == 36),
    D("112万回", "1.12 million visits = 112万", 1.12e6 == 112e4),
    D("10〜12月期", "\"the December quarter\" → Oct–Dec", True),
    D("約42万6000回", "38% of 1.12 million = 425,600", near(0.38 * 1.12e6, 426000, 500)),
    D("2倍の頻度", "\"twice as often as the old plant\"", True),
    D("約3%", "adult entry rises 20 cents to $6.20: 6.00 → 6.20 = +3.3%", near(6.2 / 6.0 - 1, 0.03, 0.004)),
    D("1メートル", "\"longer than a metre\"", True),
    D("1時間長い", "\"an hour earlier and an hour later\"", True),
    D("1時間早め、閉場を1時間遅らせる", "\"an hour earlier and an hour later\"", True),
    D("1月1日", "from January 1", True),
]

DERIVED["clean-en-doringveld-pools"] = [
    D("7カ所、約6割", "7 of 11 pools open = 63.6%", near(7 / 11, 0.6, 0.04)),
    D("1850万ランド", "R18.5 million = 1850万", 18.5e6 == 1850e4),
    D("720万ランド", "R7.2 million = 720万", 7.2e6 == 720e4),
    D("1130万ランド", "remaining two years: 18.5 − 7.2 = 11.3 million", near(18.5 - 7.2, 11.3, 1e-9)),
    D("2024/25〜2026/27年度(2024年7月〜27年6月)", "South African municipal years run July–June: 2024/25 to 2026/27 = July 2024–June 2027", True),
    D("築66年", "opened 1959: 2025 − 1959 = 66", 2025 - 1959 == 66),
    D("24日(金)", "forecast \"for Friday\", published Wed 22 Jan 2025 → Fri 24 Jan", wd(2025, 1, 24) == "Fri"),
    D("19日(日)", "\"On Sunday\" → Sun 19 Jan", wd(2025, 1, 19) == "Sun"),
    D("30日(木)", "\"on Thursday next week\" → Thu 30 Jan", wd(2025, 1, 30) == "Thu"),
    D("3月31日(月)", "season ends March 31 → a Monday", wd(2025, 3, 31) == "Mon"),
    D("日本時間午後4時〜翌日午前0時", "9am–5pm SAST (UTC+2) → 16:00 JST to 00:00 JST next day",
      jst("2025-01-25 09:00", "Africa/Johannesburg") == "01-25 16:00" and jst("2025-01-25 17:00", "Africa/Johannesburg") == "01-26 00:00"),
    D("約41%、4割超", "about 41% → over 40%", 0.41 > 0.4),
    D("9割近く", "2,600 / 3,000 = 86.7%", near(2600 / 3000, 0.9, 0.04)),
    D("約2600人", "about 2,600", True),
    D("上限3000人", "limit of 3,000", True),
    D("3夏連続", "\"for the third summer in a row\"", True),
    D("3会計年度", "\"three financial years\"", True),
    D("1時間", "\"for an hour\"", True),
]

DERIVED["clean-en-carrigmore-sea-baths"] = [
    D("8月2日(土)", "reopens \"on Saturday\", published Tue 29 Jul 2025 → Sat 2 Aug", wd(2025, 8, 2) == "Sat"),
    D("28日(月)", "\"on Monday\" → Mon 28 Jul", wd(2025, 7, 28) == "Mon"),
    D("7年ぶり", "closed since 2018: 2025 − 2018 = 7", 2025 - 2018 == 7),
    D("138年の歴史", "opened 1887: 2025 − 1887 = 138", 2025 - 1887 == 138),
    D("320万ユーロ", "€3.2 million = 320万", 3.2e6 == 320e4),
    D("240万ユーロ", "€2.4 million = 240万", 2.4e6 == 240e4),
    D("4分の3", "2.4 / 3.2 = 0.75", near(2.4 / 3.2, 0.75, 1e-9)),
    D("80万ユーロ", "€800,000 = 80万", True),
    D("約37メートル", "120 ft × 0.3048 = 36.6 m", near(120 * FT, 37, 0.5)),
    D("約1マイル(約1.6キロ)", "\"about a mile\" = 1.61 km", near(MILE, 1.6, 0.02)),
    D("約1.6キロ", "a mile = 1.61 km", near(MILE, 1.6, 0.02)),
    D("1時間半", "90 minutes = 1.5 hours", 90 / 60 == 1.5),
    D("2日午前11時(日本時間同日午後7時)", "11am IST (UTC+1) → 19:00 JST same day", jst("2025-08-02 11:00", "Europe/Dublin") == "08-02 19:00"),
    D("8月2日午前11時", "official opening 11am Saturday 2 Aug", True),
    D("1万4000人", "14,000 signatures = 1万4000", True),
    D("6倍以上", "more than 300 vs around 50 = 6×", 300 / 50 == 6),
    D("1日2回", "\"twice a day\"", True),
    D("100年", "\"the next hundred years, not the last one\"", True),
    D("1カ月", "\"after the first month\"", True),
    D("2018年冬", "\"a winter storm in 2018\"", True),
    D("2023年9月", "September 2023", True),
]

DERIVED["clean-en-waiholo-pool"] = [
    D("公園当局が20日", "\"officials said Wednesday\", published Wed 20 Aug 2025 (HST) → 20日", wd(2025, 8, 20) == "Wed"),
    D("9月2日(火)", "\"the day after Labor Day\" (Mon 1 Sep 2025) → Tue 2 Sep", wd(2025, 9, 2) == "Tue"),
    D("9月1日(月)", "Labor Day, Sept. 1 → a Monday", wd(2025, 9, 1) == "Mon"),
    D("9月2日から", "closure from the day after Labor Day = 2 Sep", True),
    D("475万ドル", "$4.75 million = 475万", 4.75e6 == 475e4),
    D("築56年", "built 1969: 2025 − 1969 = 56", 2025 - 1969 == 56),
    D("約23メートル", "25 yd × 0.9144 = 22.9 m", near(25 * YD, 23, 0.2)),
    D("2026年1〜3月期", "\"the first quarter of 2026\" → Jan–Mar 2026", True),
    D("摂氏約27.8度", "82°F → 27.78°C", near(f2c(82), 27.8, 0.05)),
    D("9万6000ドル", "about $96,000 = 9万6000", True),
    D("2026会計年度(2025年7月〜26年6月)", "fiscal 2026 \"began July 1\" → July 2025–June 2026", True),
    D("約8割", "168 / 212 = 79%", near(168 / 212, 0.8, 0.01)),
    D("44人", "212 − 168 = 44", 212 - 168 == 44),
    D("20ドルだった", "22.40 after a 12% rise → 22.40 / 1.12 = 20.00", near(22.40 / 1.12, 20.0, 1e-9)),
    D("約6.4キロ", "about 4 miles × 1.609 = 6.44 km", near(4 * MILE, 6.4, 0.05)),
    D("日本時間2日午前8時〜正午", "1–5 p.m. HST Mon 1 Sep → 08:00–12:00 JST Tue 2 Sep",
      jst("2025-09-01 13:00", "Pacific/Honolulu") == "09-02 08:00" and jst("2025-09-01 17:00", "Pacific/Honolulu") == "09-02 12:00"),
    D("日本時間翌日午前1時", "6 a.m. HST → 01:00 JST the next day", jst("2025-08-22 06:00", "Pacific/Honolulu") == "08-23 01:00"),
    D("21日(木)午前10時(日本時間22日午前5時)", "hearing \"on Thursday at 10 a.m.\" → Thu 21 Aug 10:00 HST = Fri 22 Aug 05:00 JST",
      wd(2025, 8, 21) == "Thu" and jst("2025-08-21 10:00", "Pacific/Honolulu") == "08-22 05:00"),
    D("1回あたり約3.1ドル", "$25 / 8 sessions = 3.125", near(25 / 8, 3.1, 0.03)),
    D("約2400人", "about 2,400 children", True),
    D("週6日", "\"six days a week\"", True),
    D("1ドル", "\"Every dollar we save\"", True),
    D("7月1日", "began July 1", True),
]

DERIVED["clean-en-kadalur-aquatic-complex"] = [
    D("16日(金)", "opens \"on Friday\", published Wed 14 May 2025 → Fri 16 May", wd(2025, 5, 16) == "Fri"),
    D("17日(土)", "public sessions \"the next morning\" → Sat 17 May", wd(2025, 5, 17) == "Sat"),
    D("13日(火)", "mayor \"said on Tuesday\" → Tue 13 May", wd(2025, 5, 13) == "Tue"),
    D("15日(木)", "bookings open \"on Thursday\" → Thu 15 May", wd(2025, 5, 15) == "Thu"),
    D("2年2カ月", "began March 2023 → May 2025 = 26 months", (2025 * 12 + 5) - (2023 * 12 + 3) == 26),
    D("2023年3月", "March 2023", True),
    D("2億2500万ルピー", "Rs 22.5 crore = 225,000,000 = 2億2500万", 22.5e7 == 2.25e8),
    D("1億3500万ルピー、6割", "Rs 13.5 crore = 1億3500万; 13.5 / 22.5 = 60%", 13.5e7 == 1.35e8 and near(13.5 / 22.5, 0.6, 1e-9)),
    D("9000万ルピー", "the rest: 22.5 − 13.5 = 9 crore = 9000万", near((22.5 - 13.5) * 1e7, 9000e4, 1)),
    D("2025〜26年度(2025年4月〜26年3月)", "Indian financial year 2025-26 = April 2025–March 2026", True),
    D("2025〜26年度に", "2025-26 financial year", True),
    D("1万2000人", "12,000 schoolchildren", True),
    D("300組", "12,000 / 40 per batch = 300", 12000 / 40 == 300),
    D("8人、3分の1", "8 of 24 lifeguards = 1/3", 8 / 24 == 1 / 3),
    D("3分の1が女性", "8 of 24 = 1/3", 8 / 24 == 1 / 3),
    D("29人、約6割", "29 of 47 = 61.7%", near(29 / 47, 0.6, 0.02)),
    D("約1800万ルピー", "Rs 1.8 crore = 18,000,000 = 1800万", 1.8e7 == 1800e4),
    D("約1200万ルピー", "Rs 1.2 crore = 1200万", 1.2e7 == 1200e4),
    D("約600万ルピー", "gap 1.8 − 1.2 = 0.6 crore = 600万", near((1.8 - 1.2) * 1e7, 600e4, 1)),
    D("16日午後5時(日本時間同日午後8時30分)", "5 pm IST → 20:30 JST", jst("2025-05-16 17:00", "Asia/Kolkata") == "05-16 20:30"),
    D("日本時間午前9時〜午後0時30分、午後6時30分〜翌日午前0時30分", "5.30–9 am and 3–9 pm IST → 09:00–12:30 and 18:30–00:30 (next day) JST",
      jst("2025-05-17 05:30", "Asia/Kolkata") == "05-17 09:00" and jst("2025-05-17 09:00", "Asia/Kolkata") == "05-17 12:30"
      and jst("2025-05-17 15:00", "Asia/Kolkata") == "05-17 18:30" and jst("2025-05-17 21:00", "Asia/Kolkata") == "05-18 00:30"),
    D("午前5時30分〜9時", "5.30 am to 9 am", True),
    D("1時間券の20回分", "monthly 1,200 / hourly 60 = 20", 1200 / 60 == 20),
    D("30年", "\"three decades\"", True),
]

DERIVED["clean-fr-piscine-des-tilleuls"] = [
    D("2日(水)", "\"À partir de mercredi\", published Mon 30 Jun 2025 → Wed 2 Jul", wd(2025, 7, 2) == "Wed"),
    D("3日(木)", "37 °C \"jeudi\" → Thu 3 Jul", wd(2025, 7, 3) == "Thu"),
    D("29日(日)", "\"Dimanche\" (1 150 swimmers) → Sun 29 Jun", wd(2025, 6, 29) == "Sun"),
    D("7日(月)", "\"lundi 7 juillet\"", wd(2025, 7, 7) == "Mon"),
    D("6日(日)", "\"dimanche 6 juillet\"", wd(2025, 7, 6) == "Sun"),
    D("午前10時〜午後7時", "de 10 h à 19 h", True),
    D("午後2時〜6時", "de 14 h à 18 h", True),
    D("午後7時から午後9時", "19 h → 21 h", True),
    D("通常の午後7時ではなく午後9時", "jusqu'à 21 h, au lieu de 19 h", True),
    D("午後9時(日本時間翌日午前4時)", "21 h CEST (UTC+2) → 04:00 JST next day", jst("2025-07-02 21:00", "Europe/Paris") == "07-03 04:00"),
    D("1万8400人", "18 400 entrées = 1万8400", True),
    D("約1万5100人", "18 400 up 22% → 18 400 / 1.22 = 15 082", near(18400 / 1.22, 15100, 50)),
    D("5ポイント", "abonnés 18 % → 23 % = 5 percentage points", 23 - 18 == 5),
    D("1回あたり3.50ユーロ", "carte de dix entrées 35 € / 10 = 3.50", 35 / 10 == 3.5),
    D("約17%安い", "1 − 3.50 / 4.20 = 16.7%", near(1 - 3.5 / 4.2, 0.17, 0.005)),
    D("3人足りず", "12 − 9 = 3", 12 - 9 == 3),
    D("3人不足", "12 − 9 = 3", 12 - 9 == 3),
    D("4分の3", "9 / 12 = 0.75", 9 / 12 == 0.75),
    D("開場から53年", "inaugurée en 1972: 2025 − 1972 = 53", 2025 - 1972 == 53),
    D("240万ユーロ", "2,4 millions d'euros = 240万", 2.4e6 == 240e4),
    D("96万ユーロ(4割)", "960 000 € = 96万; 0.96 / 2.4 = 40%", near(0.96 / 2.4, 0.4, 1e-9)),
    D("60万ユーロ(4分の1)", "600 000 € = 60万; 0.6 / 2.4 = 25%", near(0.6 / 2.4, 0.25, 1e-9)),
    D("84万ユーロ", "solde: 2.4 − 0.96 − 0.6 = 0.84 million", near(2.4 - 0.96 - 0.6, 0.84, 1e-9)),
    D("1日11時間", "journées de onze heures (10 h–21 h)", 21 - 10 == 11),
    D("学生2人", "deux étudiants", True),
    D("10回券", "carte de dix entrées", True),
    D("2カ所", "deux salles climatisées", True),
]

DERIVED["clean-fr-val-des-erables-sauveteurs"] = [
    D("市は18日", "\"a annoncé la Ville vendredi\", published Fri 18 Jul 2025 → 18日", wd(2025, 7, 18) == "Fri"),
    D("20日(日)", "33 degrés \"dimanche\" → Sun 20 Jul", wd(2025, 7, 20) == "Sun"),
    D("6月21日(土)", "ouverture le 21 juin → a Saturday", wd(2025, 6, 21) == "Sat"),
    D("約4週間", "21 Jun → 18 Jul = 27 days", days(2025, 6, 21, 2025, 7, 18) == 27),
    D("16人足りない", "74 − 58 = 16", 74 - 58 == 16),
    D("約8割", "58 / 74 = 78%", near(58 / 74, 0.8, 0.03)),
    D("2.75ドル、約13%", "20,75 $ → 23,50 $: +2.75 = +13.3%", near(23.5 - 20.75, 2.75, 1e-9) and near(23.5 / 20.75 - 1, 0.13, 0.005)),
    D("20.75ドル", "20,75 $", True),
    D("23.50ドル", "23,50 $", True),
    D("日本時間木曜午前8時〜10時", "Wednesday 19 h–21 h EDT (UTC−4) → Thursday 08:00–10:00 JST",
      jst("2025-07-23 19:00", "America/Toronto") == "07-24 08:00" and jst("2025-07-23 21:00", "America/Toronto") == "07-24 10:00"),
    D("1万4500回", "14 500 baignades = 1万4500", True),
    D("築58年", "construite en 1967: 2025 − 1967 = 58", 2025 - 1967 == 58),
    D("120万カナダドル", "1,2 million de dollars = 120万", 1.2e6 == 120e4),
    D("54万カナダドル", "45 % of 1.2 million = 540 000", near(0.45 * 1.2e6, 54e4, 1)),
    D("66万カナダドル", "1.2 million − 0.54 million = 660 000", near(1.2e6 - 0.54e6, 66e4, 1)),
    D("約3.7メートル", "12 pieds × 0.3048 = 3.66 m", near(12 * FT, 3.7, 0.05)),
    D("1100人", "plus de 1 100 signatures", True),
    D("8月11日(月)", "séance du 11 août → a Monday", wd(2025, 8, 11) == "Mon"),
    D("8月24日(日)", "season ends 24 août → a Sunday", wd(2025, 8, 24) == "Sun"),
    D("8歳未満", "moins de huit ans", True),
    D("2週間", "en deux semaines", True),
    D("水曜の午後7時〜9時", "mercredi de 19 h à 21 h (24-hour clock → 午後)", True),
    D("正午〜午後7時", "de midi à 19 h", True),
]

DERIVED["err-fr-bains-de-la-jetee"] = [
    D("31日(土)", "\"samedi 31 mai\"", wd(2025, 5, 31) == "Sat"),
    D("26日(月)", "16 degrés \"lundi\", published Tue 27 May 2025 → Mon 26 May", wd(2025, 5, 26) == "Mon"),
    D("9月14日(日)", "jusqu'au 14 septembre → a Sunday", wd(2025, 9, 14) == "Sun"),
    D("380万スイスフラン", "3,8 millions de francs = 380万", 3.8e6 == 380e4),
    D("昨年11月", "vote \"en novembre\" before a May 2025 article → November 2024", True),
    D("8割超", "52 / (52 + 11) = 82.5%", 52 / 63 > 0.8),
    D("3年ぶりの飛び込み", "old board closed in 2022: 2025 − 2022 = 3", 2025 - 2022 == 3),
    D("開場から91年", "construits en 1934: 2025 − 1934 = 91", 2025 - 1934 == 91),
    D("18万6000人", "186’000 entrées = 18万6000", True),
    D("約17万600人", "186 000 is 9% more → 186 000 / 1.09 = 170 642", near(186000 / 1.09, 170600, 50)),
    D("31日午前11時(日本時間同日午後6時)", "samedi 11 h CEST → 18:00 JST", jst("2025-05-31 11:00", "Europe/Zurich") == "05-31 18:00"),
    D("31日(土)午前11時", "samedi à 11 h", True),
    D("午前9時〜午後8時(日本時間午後4時〜翌日午前3時)", "9 h–20 h CEST → 16:00–03:00 (next day) JST",
      jst("2025-06-02 09:00", "Europe/Zurich") == "06-02 16:00" and jst("2025-06-02 20:00", "Europe/Zurich") == "06-03 03:00"),
    D("午後10時まで", "nocturnes jusqu'à 22 h", True),
    D("午後9時30分", "21 h 30", True),
    D("6〜16歳", "de 6 à 16 ans", True),
    D("14人", "Quatorze gardiens", True),
    D("3段", "trois plateformes", True),
    D("7〜8月", "juillet et août", True),
]
PLANTED["err-fr-bains-de-la-jetee"] = [
    P("19〜25度", "wrong range end", "19〜23度 (« entre 19 et 23 degrés »)", counterpart="entre 19 et 23 degrés"),
    P("96スイスフラン", "changed digit", "90スイスフラン (« 90 francs pour l’abonnement de saison »)", counterpart="90 francs"),
    P("120個", "invented count: the source gives no number of lockers", "(« de nouveaux casiers », no count)", absent="120"),
]

DERIVED["clean-de-freibad-kaltenbach"] = [
    D("10日(土)午前9時(日本時間同日午後4時)", "\"am Samstag um 9 Uhr\", published Fri 9 May 2025 → Sat 10 May 09:00 CEST = 16:00 JST",
      wd(2025, 5, 10) == "Sat" and jst("2025-05-10 09:00", "Europe/Berlin") == "05-10 16:00"),
    D("10日(土)に再開", "Saturday 10 May", wd(2025, 5, 10) == "Sat"),
    D("8日(木)", "tour \"am Donnerstag\" → Thu 8 May", wd(2025, 5, 8) == "Thu"),
    D("1年半", "\"anderthalb Jahren\" = 1.5 years", True),
    D("460万ユーロ", "4,6 Millionen Euro = 460万", 4.6e6 == 460e4),
    D("184万ユーロ、4割", "1,84 Mio. = 184万; 1.84 / 4.6 = 40%", near(1.84 / 4.6, 0.4, 1e-9)),
    D("4割を連邦", "1.84 / 4.6 = 40%", near(1.84 / 4.6, 0.4, 1e-9)),
    D("276万ユーロ", "rest 4.6 − 1.84 = 2.76 million", near(4.6 - 1.84, 2.76, 1e-9)),
    D("0.70ユーロ、約15%", "4,80 → 5,50: +0.70 = +14.6%", near(5.5 - 4.8, 0.7, 1e-9) and near(5.5 / 4.8 - 1, 0.15, 0.005)),
    D("約15%値上げ", "+14.6%", near(5.5 / 4.8 - 1, 0.15, 0.005)),
    D("8万7500人", "87.500 = 8万7500", True),
    D("10万2300人", "102.300 = 10万2300", True),
    D("1万4800人、約14%減った", "102 300 − 87 500 = 14 800; 14 800 / 102 300 = 14.5%", 102300 - 87500 == 14800 and near(14800 / 102300, 0.14, 0.006)),
    D("約14%減少", "14.5%", near(14800 / 102300, 0.14, 0.006)),
    D("69年の歴史", "eröffnet 1956: 2025 − 1956 = 69", 2025 - 1956 == 69),
    D("約7割", "rund 70 Prozent", True),
    D("約3分の1", "rund ein Drittel", True),
    D("7〜9月期", "\"im dritten Quartal\" → Jul–Sep", True),
    D("9月14日(日)", "14. September 2025 → a Sunday", wd(2025, 9, 14) == "Sun"),
    D("午前6時30分〜午後8時", "6.30 bis 20 Uhr", True),
    D("午前8時〜午後8時", "8 bis 20 Uhr", True),
    D("午前6時30分〜8時", "6.30 bis 8 Uhr", True),
    D("高さ1メートル、3メートル、5メートル", "in einem, drei und fünf Metern Höhe", True),
    D("10メートルの台", "Zehn-Meter-Turm", True),
    D("3万8000ユーロ", "38.000 Euro = 3万8000", True),
    D("正午まで", "bis 12 Uhr", True),
    D("午後2時から", "ab 14 Uhr", True),
    D("2レーン", "zwei abgetrennte Bahnen", True),
]

DERIVED["err-de-hallenbad-marienau"] = [
    D("3日(月)夜", "\"am Montagabend\", published Tue 4 Mar 2025 → Mon 3 Mar", wd(2025, 3, 3) == "Mon"),
    D("8割近く", "29 / (29 + 8) = 78%", near(29 / 37, 0.8, 0.03)),
    D("512万ユーロ", "5,12 Millionen Euro = 512万", 5.12e6 == 512e4),
    D("全体の4割", "5.12 / 12.8 = 40%", near(5.12 / 12.8, 0.4, 1e-9)),
    D("州が4割", "5.12 / 12.8 = 40%", near(5.12 / 12.8, 0.4, 1e-9)),
    D("768万ユーロ", "city's share 12.8 − 5.12 = 7.68 million", near(12.8 - 5.12, 7.68, 1e-9)),
    D("6万4000回", "64.000 Besuche = 6万4000", True),
    D("83万2000ユーロ", "832.000 Euro = 83万2000", True),
    D("約4分の1", "rund ein Viertel", True),
    D("年約31万ユーロ", "rund 310.000 Euro im Jahr = 31万", True),
    D("半分程度", "etwa halbieren", True),
    D("築51年", "eröffnet 1974: 2025 − 1974 = 51", 2025 - 1974 == 51),
    D("7月1日(火)", "ab 1. Juli 2025 → a Tuesday", wd(2025, 7, 1) == "Tue"),
    D("2026年10月", "Oktober 2026", True),
    D("約1年3カ月", "closed from July 2025, reopening October 2026 = 15 months", (2026 * 12 + 10) - (2025 * 12 + 7) == 15),
    D("1450人", "1.450 Kinder", True),
    D("0.60ユーロ、約8%", "7,30 → 7,90: +0.60 = +8.2%", near(7.9 - 7.3, 0.6, 1e-9) and near(7.9 / 7.3 - 1, 0.08, 0.005)),
    D("6日(木)午後7時(日本時間7日午前3時)", "\"am Donnerstag um 19 Uhr\" → Thu 6 Mar 19:00 CET = Fri 7 Mar 03:00 JST",
      wd(2025, 3, 6) == "Thu" and jst("2025-03-06 19:00", "Europe/Vienna") == "03-07 03:00"),
    D("6日(木)に住民説明会", "Thu 6 Mar", wd(2025, 3, 6) == "Thu"),
    D("3分の1", "um ein Drittel", True),
    D("職員12人", "zwölf Mitarbeiterinnen und Mitarbeiter", True),
    D("6レーン", "sechs Bahnen", True),
    D("10回券", "Zehnerblocks", True),
    D("約300家族", "rund 300 Familien", True),
]
PLANTED["err-de-hallenbad-marienau"] = [
    P("1億2800万ユーロ", "scale slip ×10", "12,8 Mio. Euro = 1280万ユーロ", counterpart="12,8 Millionen Euro"),
    P("約11ユーロ", "wrong per-unit figure", "832.000 / 64.000 = 1回あたり13ユーロ", counterpart="832.000 Euro"),
    P("Donauländer Rundschau", "wrong outlet in the citation", "Donaustädter Rundschau"),
]

DERIVED["err-de-strandbad-seewil"] = [
    D("29日(日)", "\"Am Sonntag\", published Wed 2 Jul 2025 → Sun 29 Jun", wd(2025, 6, 29) == "Sun"),
    D("1日(火)朝", "\"am Dienstagmorgen\" → Tue 1 Jul", wd(2025, 7, 1) == "Tue"),
    D("4870人", "4’870 Eintritte", True),
    D("4210人", "4’210", True),
    D("2019年7月", "im Juli 2019", True),
    D("午後8時から午後9時に1時間", "schliesst neu um 21 Uhr statt um 20 Uhr: one hour later", 21 - 20 == 1),
    D("閉場は当面、午後9時", "21 Uhr", True),
    D("午後6時以降", "ab 18 Uhr", True),
    D("午後4時", "\"Um vier Uhr nachmittags\"", True),
    D("タオル1枚", "\"ein Handtuch\"", True),
    D("4分の3", "9 of 12 = 0.75", 9 / 12 == 0.75),
    D("230万スイスフラン", "2,3 Millionen Franken = 230万", 2.3e6 == 230e4),
    D("賛成68%、約7割", "68 Prozent Ja ≈ 7割", near(0.68, 0.7, 0.03)),
    D("4万1300人", "41’300 Eintritte", True),
    D("9万6400人", "96’400", True),
    D("4割超", "41 300 / 96 400 = 42.8%", 41300 / 96400 > 0.4),
    D("10万人", "die Marke von 100’000", True),
    D("開業から96年", "eröffnet 1929: 2025 − 1929 = 96", 2025 - 1929 == 96),
    D("大人15回分", "season ticket 120 / adult 8 = 15", 120 / 8 == 15),
    D("90スイスフラン", "25% off 120 = 90", 120 * 0.75 == 90),
    D("10日(木)午後9時", "Donnerstag, 10. Juli, ab 21 Uhr", wd(2025, 7, 10) == "Thu"),
    D("10日(木)に満月", "Thu 10 Jul", wd(2025, 7, 10) == "Thu"),
    D("1週間分", "\"in einer ganzen Woche\"", True),
    D("午後10時まで30分間隔", "bis 22 Uhr im Halbstundentakt", True),
    D("2026年のシーズン", "Saison 2026", True),
    D("1人分は春から欠員", "\"eine Stelle ist seit dem Frühling unbesetzt\"", True),
    D("昨年1年間", "\"Im ganzen letzten Jahr\"", True),
]
PLANTED["err-de-strandbad-seewil"] = [
    P("560人", "wrong difference (4’870 − 4’210)", "660人", counterpart="4’210"),
    P("日本時間11日午前5時", "Japan time off by an hour: used the winter offset (+8 h) in summer (CEST, +7 h)",
      "21 Uhr CEST on 10 July = 日本時間11日午前4時", counterpart="Am Donnerstag, 10. Juli, lädt das Strandbad ab 21 Uhr"),
    P("シュワルツェンバッハ", "second katakana spelling of Schwarzenbach (first mention シュヴァルツェンバッハ)", "シュヴァルツェンバッハ"),
]

DERIVED["clean-es-piscinas-san-bartolome"] = [
    D("11日(土)", "\"este sábado\", published Wed 8 Jan 2025 → Sat 11 Jan", wd(2025, 1, 11) == "Sat"),
    D("3月2日(日)", "domingo 2 de marzo", wd(2025, 3, 2) == "Sun"),
    D("50日間、約7週間", "11 Jan → 2 Mar 2025 = 50 days ≈ 7 weeks", days(2025, 1, 11, 2025, 3, 2) == 50),
    D("8日(水)", "visit \"este miércoles\" → Wed 8 Jan (the publication day)", wd(2025, 1, 8) == "Wed"),
    D("9日(木)", "34 grados \"para el jueves\" → Thu 9 Jan", wd(2025, 1, 9) == "Thu"),
    D("13日(月)", "inscripciones \"el lunes\" → Mon 13 Jan", wd(2025, 1, 13) == "Mon"),
    D("4億8600万ペソ", "486 millones de pesos = 4億8600万", 486e6 == 4.86e8),
    D("3億1200万ペソ、約64%", "$ 312 millones = 3億1200万; 312 / 486 = 64.2%", near(312 / 486, 0.64, 0.005)),
    D("約64%を州政府", "312 / 486 = 64.2%", near(312 / 486, 0.64, 0.005)),
    D("1億7400万ペソ", "el resto: 486 − 312 = 174 millones", 486 - 312 == 174),
    D("9人、3分の1", "nueve of 27 = 1/3", 9 / 27 == 1 / 3),
    D("3分の1が女性", "9 / 27 = 1/3", 9 / 27 == 1 / 3),
    D("11万8000回", "118.000 visitas = 11万8000", True),
    D("約10万3500回", "118 000 was 14% more → 118 000 / 1.14 = 103 509", near(118000 / 1.14, 103500, 50)),
    D("38年が経つ", "2025 − 1987 = 38", 2025 - 1987 == 38),
    D("午前10時〜午後7時(日本時間午後10時〜翌日午前7時)", "10:00–19:00 CLST (UTC−3) → 22:00 JST to 07:00 JST next day",
      jst("2025-01-11 10:00", "America/Santiago") == "01-11 22:00" and jst("2025-01-11 19:00", "America/Santiago") == "01-12 07:00"),
    D("午前10時〜午後7時、月曜休み", "de 10:00 a 19:00", True),
    D("1200人", "1.200 personas", True),
    D("2600人", "2.600 bañistas", True),
    D("3500ペソ", "$ 3.500", True),
    D("1500ペソ", "$ 1.500", True),
    D("5キロ近く", "casi cinco kilómetros", True),
    D("30組", "600 children in groups of 20 = 30 groups", 600 / 20 == 30),
    D("2人以上", "al menos dos salvavidas", True),
    D("1〜2月", "enero y febrero", True),
    D("6〜14歳", "entre 6 y 14 años", True),
]

DERIVED["err-es-alberca-olimpica-bahia-serena"] = [
    D("14日(月)", "\"reabrió el lunes\", published Wed 16 Apr 2025 → Mon 14 Apr", wd(2025, 4, 14) == "Mon"),
    D("8カ月", "\"ocho meses cerrada\"", True),
    D("2350万ペソ", "23,5 millones de pesos = 2350万", 23.5e6 == 2350e4),
    D("1410万ペソ、6割", "14,1 millones = 1410万; 14.1 / 23.5 = 60%", near(14.1 / 23.5, 0.6, 1e-9)),
    D("6割を州の基金", "14.1 / 23.5 = 60%", near(14.1 / 23.5, 0.6, 1e-9)),
    D("940万ペソ", "el resto: 23.5 − 14.1 = 9.4 millones", near(23.5 - 14.1, 9.4, 1e-9)),
    D("1410万ペソを拠出", "14,1 millones = 1410万", 14.1e6 == 1410e4),
    D("約1万2000人", "unas 12.000 personas", True),
    D("2週間", "las dos semanas de vacaciones", True),
    D("17日(木)と聖金曜日の18日(金)", "Jueves y Viernes Santo 2025 = Thu 17 and Fri 18 Apr (Easter Sunday 20 Apr)",
      wd(2025, 4, 17) == "Thu" and wd(2025, 4, 18) == "Fri" and wd(2025, 4, 20) == "Sun"),
    D("日本時間同日午後11時〜翌日午前11時", "8:00–20:00 CST (UTC−6, no DST) → 23:00 JST same day to 11:00 JST next day",
      jst("2025-04-17 08:00", "America/Mexico_City") == "04-17 23:00" and jst("2025-04-17 20:00", "America/Mexico_City") == "04-18 11:00"),
    D("午前8時〜午後8時", "de 8:00 a 20:00", True),
    D("午前6時〜午後9時", "de 6:00 a 21:00", True),
    D("午前8時〜午後3時", "de 8:00 a 15:00", True),
    D("約12回分", "monthly 520 / adult 45 = 11.6", near(520 / 45, 12, 0.5)),
    D("通常期の12人", "18 guards, six more than usual → 12", 18 - 6 == 12),
    D("3月最終週", "la última semana de marzo", True),
    D("4月27日(日)", "hasta el 27 de abril → a Sunday", wd(2025, 4, 27) == "Sun"),
    D("2023年が31%、2024年が38%", "pasó de 31 % en 2023 a 38 % en 2024", True),
]
PLANTED["err-es-alberca-olimpica-bahia-serena"] = [
    P("7%上昇", "percent written for percentage points", "7ポイント上昇 (« 7 puntos porcentuales »)", counterpart="7 puntos porcentuales"),
    P("47年", "wrong years since opening (1968 → 2025)", "開場から57年", counterpart="inaugurada en 1968"),
    P("IMDBS", "abbreviation the source never gives", "Instituto Municipal del Deporte de Bahía Serena (never abbreviated)", absent="IMDBS"),
]

DERIVED["clean-ja-kitaminato-shimin-pool"] = [
    D("7月12日(土)から8月31日(日)までの51日間", "12 Jul (Sat) to 31 Aug (Sun) 2025 inclusive = 51 days",
      wd(2025, 7, 12) == "Sat" and wd(2025, 8, 31) == "Sun" and days(2025, 7, 12, 2025, 8, 31) + 1 == 51),
    D("80円、約15%", "520 → 600 yen: +80 = +15.4%", 600 - 520 == 80 and near(600 / 520 - 1, 0.15, 0.005)),
    D("約15%上げて", "+15.4%", near(600 / 520 - 1, 0.15, 0.005)),
    D("2013年以来12年ぶり", "first rise since 2013: 2025 − 2013 = 12", 2025 - 2013 == 12),
    D("1回あたり500円", "12 tickets for 6000 yen → 500 each", 6000 / 12 == 500),
    D("100円安くなる", "600 − 500 = 100", 600 - 500 == 100),
    D("約4分の3", "31 / 42 = 0.74", near(31 / 42, 0.75, 0.015)),
    D("11人足りない", "42 − 31 = 11 (the source's headline figure)", 42 - 31 == 11),
    D("100円、8%", "hourly wage 1250 → 1350: +100 = +8%", 1350 - 1250 == 100 and near(1350 / 1250 - 1, 0.08, 1e-9)),
    D("2年計画(2024年4月〜26年3月)", "fiscal 2024 and 2025 = April 2024 – March 2026", True),
    D("1億3920万円、4割", "139.2 / 348 million = 40%", near(1.392 / 3.48, 0.4, 1e-9)),
    D("4割を国の交付金", "40%", near(1.392 / 3.48, 0.4, 1e-9)),
    D("2億880万円", "市債: 3億4800万 − 1億3920万 = 2億880万", 348000000 - 139200000 == 208800000),
    D("約6万9700人", "63 800 down 8.5% → 63 800 / 0.915 = 69 727", near(63800 / 0.915, 69700, 50)),
    D("約6200人多い7万人", "70 000 − 63 800 = 6 200", 70000 - 63800 == 6200),
    D("開設から49年", "opened 1976: 2025 − 1976 = 49", 2025 - 1976 == 49),
    D("開設49年", "2025 − 1976 = 49", 2025 - 1976 == 49),
    D("本年度(2025年度)", "本年度 in a June 2025 article = fiscal 2025", True),
    D("7月19日(土)〜8月17日(日)", "weekdays of 19 Jul and 17 Aug 2025", wd(2025, 7, 19) == "Sat" and wd(2025, 8, 17) == "Sun"),
    D("1時間延長", "closing 5 p.m. → 6 p.m.", 18 - 17 == 1),
    D("来週10日(火)", "来週火曜日 from Thu 5 Jun 2025 → Tue 10 Jun", wd(2025, 6, 10) == "Tue" and days(2025, 6, 5, 2025, 6, 10) == 5),
    D("前者より100円安く、後者より100円高い", "700 − 600 = 100; 600 − 500 = 100", 700 - 600 == 100 and 600 - 500 == 100),
    D("1回1200円", "2 adults × 600 (quoted)", 2 * 600 == 1200),
]

DERIVED["err-ja-minato-onsui-pool"] = [
    D("2025年度(2025年4月〜26年3月)", "Japanese fiscal 2025 = April 2025 – March 2026", True),
    D("約半年", "closed from October to the end of next March = 6 months", True),
    D("37年がたつ", "equipment from the 1988 opening: 2025 − 1988 = 37", 2025 - 1988 == 37),
    D("開館から37年", "2025 − 1988 = 37", 2025 - 1988 == 37),
    D("11ポイント上がった", "65+ share 31% → 42% = 11 percentage points", 42 - 31 == 11),
    D("約3割、約1440万円", "30% of 4800万円 = 1440万円", near(0.3 * 4800, 1440, 1e-9)),
    D("約3360万円", "4800万 − 1440万 = 3360万", 4800 - 1440 == 3360),
    D("1度下げて", "31 → 30 degrees", 31 - 30 == 1),
    D("来週26日(水)", "来週水曜日 from Wed 19 Feb 2025 → Wed 26 Feb", wd(2025, 2, 26) == "Wed" and days(2025, 2, 19, 2025, 2, 26) == 7),
    D("半年間", "休館の半年間 (quoted)", True),
]
PLANTED["err-ja-minato-onsui-pool"] = [
    P("2760万円", "万/億 scale slip (÷10)", "2億7600万円", counterpart="2億7600万円"),
    P("21%増", "transposed digits in the growth rate", "前年度比12%増", counterpart="前年度比12%増"),
    P("8コース", "invented count: the source gives no number of lanes", "(25メートルプール, no lane count)", absent="8コース"),
]

# ---- END DATA ----

LANG_COUNTS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARNING_KINDS = {"unsupported", "name", "spelling", "citation"}

MONTH_WORDS = {
    "en": {**{m: i + 1 for i, m in enumerate(gen.MONTHS["en"])},
           "Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12},
    "fr": {m: i + 1 for i, m in enumerate(gen.MONTHS["fr"])},
    "de": {m: i + 1 for i, m in enumerate(gen.MONTHS["de"])},
    "es": {m: i + 1 for i, m in enumerate(gen.MONTHS["es"])},
    "ja": {},
}
NUMBER_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "eleven", "twelve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
           "dix", "onze", "douze"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
           "zehn", "elf", "zwölf"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
           "diez", "once", "doce"],
    "ja": [],
}


def source_numbers(spec: dict) -> set[float]:
    lang = spec["lang"]
    text = spec["title"] + "\n" + "\n".join(spec["paragraphs"])
    nums: set[float] = set()
    if lang == "en":
        pat = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        conv = lambda s: s.replace(",", "")
    elif lang == "fr":
        pat = r"\d{1,3}(?:[ \u00a0\u202f'’]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
        conv = lambda s: re.sub(r"[ \u00a0\u202f'’]", "", s).replace(",", ".")
    elif lang in ("de", "es"):
        pat = r"\d{1,3}(?:[.'’]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
        conv = lambda s: re.sub(r"[.'’]", "", s).replace(",", ".")
    else:
        pat = r"\d+(?:\.\d+)?"
        conv = lambda s: s
    for m in re.finditer(pat, text):
        nums.add(float(conv(m.group())))
    low = text.lower()
    for word, n in MONTH_WORDS[lang].items():
        if re.search(r"(?<!\w)" + re.escape(word.lower()) + r"(?!\w)", low):
            nums.add(float(n))
    for n, word in enumerate(NUMBER_WORDS[lang]):
        if re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low):
            nums.add(float(n))
    return nums


class Meta(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta: dict[str, str] = {}
        self.title = ""
        self._in_title = False
        self.canonical = ""
        self.ld = []
        self._in_ld = False
        self.article = 0
        self.articles = 0
        self.article_p = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
        elif tag == "article":
            self.article += 1
            self.articles += 1
        elif tag == "p" and self.article:
            self.article_p += 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self.article -= 1
        elif tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_ld:
            self.ld.append(json.loads(data))


def yoten_bin() -> str | None:
    for cand in ("/tmp/bcv445/bin/yoten", shutil.which("yoten")):
        if cand and Path(cand).exists():
            return cand
    return None


def main(argv: list[str]) -> int:
    fails: list[str] = []
    notes: list[str] = []

    def fail(msg):
        fails.append(msg)

    specs = {p.stem: gen.read_spec(p) for p in sorted((HERE / "specs").glob("*.txt"))}
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if sorted(specs) != cases:
        fail(f"specs and cases differ: {set(specs) ^ set(cases)}")
    if "--readme" in argv:
        print_readme(specs)
        return 0

    # html up to date
    for name, spec in specs.items():
        html_path = HERE / "cases" / name / "source.html"
        if not html_path.exists() or html_path.read_text(encoding="utf-8") != gen.render(spec):
            fail(f"{name}: source.html out of date (run gen.py)")

    ybin = yoten_bin()
    if not ybin:
        fail("yoten not found (python3.11 -m venv /tmp/bcv445 && pip install -e <repo>)")

    n_clean = n_err = 0
    kinds: dict[str, int] = {}
    langs: dict[str, list[str]] = {}
    for name in cases:
        spec = specs.get(name)
        if spec is None:
            continue
        d = HERE / "cases" / name
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        lang = spec["lang"]
        langs.setdefault(lang, []).append(name)

        # expected.json shape
        if set(exp) != {"clean", "findings"}:
            fail(f"{name}: expected.json keys {sorted(exp)}")
        findings = exp["findings"]
        if name.startswith("clean-"):
            n_clean += 1
            if exp["clean"] is not True or findings:
                fail(f"{name}: clean case must be clean with no findings")
            if name in PLANTED:
                fail(f"{name}: clean case has PLANTED entries")
        elif name.startswith("err-"):
            n_err += 1
            if exp["clean"] is not False or len(findings) != 3:
                fail(f"{name}: err case needs clean=false and 3 findings")
            errs = [f for f in findings if f["severity"] == "error"]
            warns = [f for f in findings if f["severity"] == "warning"]
            if len(errs) != 2 or any(f["kind"] != "mismatch" for f in errs):
                fail(f"{name}: need 2 error/mismatch findings")
            if len(warns) != 1 or warns[0]["kind"] not in WARNING_KINDS:
                fail(f"{name}: need 1 warning of {sorted(WARNING_KINDS)}")
            planted = {p["span"]: p for p in PLANTED.get(name, [])}
            if set(planted) != {f["span"] for f in findings}:
                fail(f"{name}: PLANTED table does not match expected.json")
        else:
            fail(f"{name}: name must start clean- or err-")
        for f in findings:
            kinds[f"{f['kind']}/{f['severity']}"] = kinds.get(f"{f['kind']}/{f['severity']}", 0) + 1
            if set(f) != {"kind", "severity", "span"}:
                fail(f"{name}: finding keys {sorted(f)}")
            c = digest.count(f["span"])
            if c != 1:
                fail(f"{name}: span {f['span']!r} occurs {c} times in digest")
        if len({f["span"] for f in findings}) != len(findings):
            fail(f"{name}: duplicate spans")

        # planted counterparts
        src_text = spec["title"] + "\n" + "\n".join(spec["paragraphs"])
        for p in PLANTED.get(name, []):
            if p["counterpart"] and p["counterpart"] not in src_text:
                fail(f"{name}: counterpart {p['counterpart']!r} not in source")
            if p["absent"] and p["absent"] in src_text:
                fail(f"{name}: {p['absent']!r} is in the source, so not unsupported")
            kind = next((f for f in findings if f["span"] == p["span"]), {}).get("severity")
            if kind == "error" and not p["counterpart"]:
                fail(f"{name}: error finding {p['span']!r} has no counterpart")

        # sizes
        if lang == "ja":
            n = sum(len(p) for p in spec["paragraphs"])
            if not 900 <= n <= 1600:
                fail(f"{name}: Japanese source {n} chars (900–1600)")
            size = f"{n} chars"
        else:
            n = sum(len(p.split()) for p in spec["paragraphs"])
            if not 450 <= n <= 800:
                fail(f"{name}: source {n} words (450–800)")
            size = f"{n} words"
        dn = len(digest)
        if not 2000 <= dn <= 4500:
            fail(f"{name}: digest {dn} chars (2000–4500)")

        # yoten parse
        parsed = None
        if ybin:
            r = subprocess.run([ybin, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            else:
                parsed = json.loads(r.stdout)
                ov, de, kp = parsed.get("overview") or {}, parsed.get("details") or {}, parsed.get("key_points")
                if not (parsed.get("headline") and parsed.get("image_credit") and ov.get("lead")
                        and ov.get("highlights") and ov.get("context") and de.get("topics") and kp):
                    fail(f"{name}: parsed digest lacks a part")
                if len(parsed.get("sources") or []) != 1:
                    fail(f"{name}: expected one source in the citation")

        # citation
        pub = datetime.fromisoformat(spec["published"])
        local_date = pub.astimezone(ZoneInfo(spec["zone"])).date()
        if pub.astimezone(ZoneInfo(spec["zone"])).utcoffset() != pub.utcoffset():
            fail(f"{name}: published offset does not match zone {spec['zone']}")
        if parsed and parsed.get("sources"):
            s = parsed["sources"][0]
            got = {"title": s.get("title"), "outlet": s.get("outlet"), "date": s.get("date"), "url": s.get("url")}
            want = {"title": spec["title"], "outlet": spec["outlet"], "date": local_date.isoformat(), "url": spec["url"]}
            diff = [k for k in want if got[k] != want[k]]
            cit = [f for f in findings if f["kind"] == "citation"]
            if cit:
                if len(diff) != 1:
                    fail(f"{name}: citation slip should change exactly one field, changed {diff}")
                cite_block = digest.split("【引用・参照・底本】", 1)[1]
                if cit[0]["span"] not in cite_block:
                    fail(f"{name}: citation span not in the citation block")
            elif diff:
                fail(f"{name}: citation differs in {diff}: {got} vs {want}")
            posted = datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=TOKYO)
            if posted <= pub:
                fail(f"{name}: posted_at {posted} before the source {pub}")

        # html metadata
        m = Meta()
        m.feed((d / "source.html").read_text(encoding="utf-8"))
        if m.canonical != spec["url"] or m.meta.get("og:site_name") != spec["outlet"] \
                or m.meta.get("og:title") != spec["title"] \
                or m.meta.get("article:published_time") != spec["published"] \
                or not m.title.startswith(spec["title"]) or not m.title.endswith(spec["outlet"]) \
                or not any(x.get("@type") == "NewsArticle" for x in m.ld) or m.articles != 1 \
                or m.article_p != len(spec["paragraphs"]) + 2:
            fail(f"{name}: source.html metadata incomplete")
        if not spec["url"].split("/")[2].endswith(".example"):
            fail(f"{name}: domain not under .example")

        # derived values and digit audit
        covered = [False] * len(digest)
        spans = [x["span"] for x in DERIVED.get(name, [])] + [f["span"] for f in findings] + IDIOMS
        for x in DERIVED.get(name, []):
            if x["span"] not in digest:
                fail(f"{name}: DERIVED span {x['span']!r} not in digest")
            if not x["ok"]:
                fail(f"{name}: DERIVED check failed: {x['span']!r} ({x['note']})")
        for sp in spans:
            for mm in re.finditer(re.escape(sp), digest):
                for i in range(mm.start(), mm.end()):
                    covered[i] = True
        nums = source_numbers(spec)
        body_start = digest.index("\n") + 1
        body_end = digest.index("【引用・参照・底本】")
        for mm in re.finditer(r"\d+(?:\.\d+)?", digest[body_start:body_end]):
            s, e = mm.start() + body_start, mm.end() + body_start
            if all(covered[s:e]):
                continue
            line_start = digest.rfind("\n", 0, s) + 1
            if re.fullmatch(r"\s*", digest[line_start:s]) and digest[e:e + 1] == ".":
                continue  # section numbering "1."
            if float(mm.group()) not in nums:
                ctx = digest[max(0, s - 12):e + 6].replace("\n", " ")
                fail(f"{name}: digit {mm.group()!r} neither in source nor audited: …{ctx}…")
        if name.startswith("clean-") and len(DERIVED.get(name, [])) < 8:
            fail(f"{name}: fewer than 8 derived values")
        notes.append(f"{name:34s} {lang}  {size:>11s}  digest {dn:>4d} chars  "
                     f"derived {len(DERIVED.get(name, [])):>2d}  findings {len(findings)}")

    if n_clean != 12 or n_err != 12:
        fail(f"need 12 clean and 12 err, got {n_clean} and {n_err}")
    for lang, want in LANG_COUNTS.items():
        got = langs.get(lang, [])
        if len(got) != want:
            fail(f"language {lang}: {len(got)} cases, want {want}")
        if got and not (any(n.startswith("clean-") for n in got) and any(n.startswith("err-") for n in got)):
            fail(f"language {lang}: needs both clean and err cases")

    for line in notes:
        print(line)
    print()
    print(f"cases: {n_clean + n_err} ({n_clean} clean, {n_err} err)")
    print("languages: " + ", ".join(f"{k} {len(v)}" for k, v in sorted(langs.items())))
    print("planted findings: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"derived values checked: {sum(len(v) for v in DERIVED.values())}")
    if fails:
        print()
        for f in fails:
            print("FAIL", f)
        print(f"\n{len(fails)} failure(s)")
        return 1
    print("\nall checks passed")
    return 0


def print_readme(specs):
    print("## Clean traps\n")
    for name in sorted(specs):
        if name.startswith("clean-"):
            print(f"### {name}\n")
            for x in DERIVED.get(name, []):
                print(f"- `{x['span']}` — {x['note']}")
            print()
    print("## Planted findings\n")
    print("| case | span | kind / severity | slip | correct value |")
    print("|---|---|---|---|---|")
    for name in sorted(specs):
        if not name.startswith("err-"):
            continue
        exp = json.loads((HERE / "cases" / name / "expected.json").read_text(encoding="utf-8"))
        sev = {f["span"]: f"{f['kind']} / {f['severity']}" for f in exp["findings"]}
        for p in PLANTED.get(name, []):
            print(f"| {name} | `{p['span']}` | {sev.get(p['span'])} | {p['slip']} | {p['correct']} |")
    print("\n### Correct derived values the err digests also carry (not labelled)\n")
    for name in sorted(specs):
        if name.startswith("err-"):
            print(f"**{name}**\n")
            for x in DERIVED.get(name, []):
                print(f"- `{x['span']}` — {x['note']}")
            print()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
