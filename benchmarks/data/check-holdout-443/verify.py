#!/usr/bin/env python3
"""Verify the check-holdout-443 set.

    python3 verify.py            # run every check, print a report, exit 1 on failure
    python3 verify.py --tables   # print the README tables (cases, clean traps, planted findings)

Checks: case and language counts; expected.json shape (clean = no findings,
err = exactly 2 mismatch/error + 1 warning); every span verbatim and unique
in its digest; `yoten parse` accepts every digest; sizes of sources and
digests; the citation (title, outlet, outlet-local date, canonical URL)
equals the spec unless a citation finding is labelled; source.html is what
gen.py renders now and carries the required page parts; every number in a
digest is either in the source or covered by a listed derivation (TRAPS) or
a planted span; every Latin name or capital abbreviation in a digest occurs
in the source (or is a labelled finding / a listed news abbreviation); and
every derivation in TRAPS and every planted slip re-checks with Python
arithmetic, datetime and zoneinfo.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from collections import Counter, namedtuple
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import gen  # noqa: E402

YOTEN = "/tmp/bcv443/bin/yoten"
TOKYO = ZoneInfo("Asia/Tokyo")

T = namedtuple("T", "digest source note ok")          # a correct derived value
P = namedtuple("P", "span source slip correct ok")     # a planted slip

WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
# Japanese news abbreviations for bodies the source spells out.
ABBR_OK = {"EU": ["European Union", "Europäischen Union"]}


def wd(y: int, m: int, d: int) -> str:
    return dt.date(y, m, d).strftime("%A")


def jst(y, mo, d, h, mi, zone):
    return dt.datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone)).astimezone(TOKYO)


def near(x: float, target: float, tol: float = 0.006) -> bool:
    return abs(x - target) <= tol * max(1.0, abs(target))


def rnd(x: float, nd: int = 2) -> float:
    return round(x + 1e-12, nd)


MI_KM = 1.609344
NMI_KM = 1.852


def f2c(f: float) -> float:
    return (f - 32) * 5 / 9


# --------------------------------------------------------------------------
# Derived values in every digest (clean cases: the "Clean traps"; err cases:
# the correct derived values they also carry).  `source` strings must occur
# verbatim in the source article; `digest` must occur verbatim in digest.txt.
# --------------------------------------------------------------------------
TRAPS: dict[str, list[T]] = {}

# ---- clean-valley-apprentice-pay (published Thu 2024-03-14, GMT) ----------
TRAPS["clean-valley-apprentice-pay"] = [
    T("4月1日から", ["on 1 April"], "1 April → 4月1日", True),
    T("時給は1.05ポンド、約17%上がる", ["from £6.10 to £7.15"], "7.15 − 6.10 = 1.05; 1.05 / 6.10 = 17.2%", True),
    T("4月から委員会が60%", ["from April the board will cover 60%"], "April → 4月", True),
    T("13日に確定", ["confirmed on Wednesday"], "published Thu 14 Mar 2024; 'on Wednesday' = 13 Mar", wd(2024, 3, 13) == "Wednesday"),
    T("1時間あたり1.05ポンド", ["from £6.10 to £7.15"], "7.15 − 6.10 = 1.05", rnd(7.15 - 6.10) == 1.05),
    T("約17%", ["from £6.10 to £7.15"], "1.05 / 6.10 = 17.2% → 約17%", near(1.05 / 6.10, 0.172, 0.01)),
    T("約4分の1", ["96 of the valley's 388"], "96 / 388 = 24.7% → 約4分の1", near(96 / 388, 0.25, 0.05)),
    T("約268ポンド", ["37.5-hour week", "£7.15"], "7.15 × 37.5 = 268.13 → 約268", rnd(7.15 * 37.5) == 268.13),
    T("週37.5時間", ["37.5-hour week"], "37.5-hour week", True),
    T("15ポイント", ["cover 60% of that, up from 45%"], "60 − 45 = 15 percentage points", 60 - 45 == 15),
    T("約2520ポンド", ["about £4,200 per learner", "cover 60%"], "4,200 × 0.60 = 2,520", 4200 * 60 // 100 == 2520),
    T("先月(2月)", ["last month"], "'last month' in a March 2024 article = February", True),
    T("46人(約3分の2)", ["survey of 70 owners", "46 said"], "46 / 70 = 65.7% → 約3分の2", near(46 / 70, 2 / 3, 0.02)),
    T("未定は9人", ["nine were undecided"], "nine → 9; 46 + 15 + 9 = 70", 46 + 15 + 9 == 70),
    T("30マイル(約48キロ)", ["up to 30 miles each way"], "30 mi × 1.609 = 48.3 km → 約48キロ", near(30 * MI_KM, 48.3, 0.005)),
    T("最大約48キロ", ["up to 30 miles each way"], "same conversion, repeated", True),
    T("130万ポンド", ["£1.3 million"], "£1.3 million = 130万ポンド", 1.3e6 == 130 * 10**4),
    T("82万ポンド(約6割)", ["£820,000"], "820,000 = 82万; 820,000 / 1,300,000 = 63% → 約6割", near(820000 / 1.3e6, 0.63, 0.01)),
    T("82万ポンド", ["£820,000"], "820,000 = 82万ポンド", 820000 == 82 * 10**4),
    T("15日(金)午後5時(グリニッジ標準時、日本時間16日午前2時)", ["5 p.m. GMT on Friday"],
      "'on Friday' after Thu 14 Mar = 15 Mar; 17:00 GMT = 02:00 JST on 16 Mar",
      wd(2024, 3, 15) == "Friday" and jst(2024, 3, 15, 17, 0, "Europe/London").strftime("%d %H:%M") == "16 02:00"),
    T("15日(金)に締め切られる", ["5 p.m. GMT on Friday"], "'on Friday' = 15 Mar", wd(2024, 3, 15) == "Friday"),
    T("3分の1増えた", ["climbed by a third"], "'a third' → 3分の1", True),
    T("2時間半", ["two and a half hours"], "two and a half hours → 2時間半", True),
    T("バス会社2社", ["two main bus operators"], "two → 2", True),
    T("4週間以内", ["within four weeks"], "four → 4", True),
    T("8時間", ["for eight hours"], "eight → 8", True),
    T("スタイリスト6人と見習い2人", ["six stylists and two apprentices"], "six → 6, two → 2", True),
    T("見習い14カ月目", ["14th month"], "14th month → 14カ月目", True),
    T("2年間の見習い課程", ["two-year Level 2"], "two-year → 2年間", True),
    T("2年間のレベル2", ["two-year Level 2"], "two-year Level 2", True),
    T("2年間で130万ポンド", ["two-year period"], "two-year period → 2年間", True),
    T("4月から2年間", ["two-year period starting in April"], "two-year period starting in April", True),
]

# ---- err-maple-comb-expansion (published Tue 2024-10-08, CDT) -------------
TRAPS["err-maple-comb-expansion"] = [
    T("第4四半期の売上高", ["fiscal fourth quarter"], "fourth quarter → 第4四半期", True),
    T("うち105店はフランチャイズ", ["opening only 35"], "140 − 35 = 105", 140 - 35 == 105),
    T("は8日、", ["said on Tuesday"], "published Tue 8 Oct 2024; 'on Tuesday' = 8 Oct", wd(2024, 10, 8) == "Tuesday"),
    T("2025会計年度(2024年7月〜2025年6月)", ["2025 fiscal year, which began on July 1"], "fiscal 2025 began 1 Jul 2024 → Jul 2024–Jun 2025", True),
    T("第4四半期(2024年4〜6月期)", ["fiscal fourth quarter", "began on July 1"], "FY2024 ended 30 Jun 2024 → its Q4 = Apr–Jun 2024", True),
    T("2億1240万ドル", ["$212.4 million"], "$212.4 million = 2億1240万ドル", round(212.4e6) == 2 * 10**8 + 1240 * 10**4),
    T("1億9670万ドル", ["$196.7 million"], "$196.7 million = 1億9670万ドル", round(196.7e6) == 10**8 + 9670 * 10**4),
    T("約8%増", ["$212.4 million from $196.7 million"], "212.4 / 196.7 = +8.0%", near(212.4 / 196.7 - 1, 0.08, 0.02)),
    T("前年同期比約8%増", ["$212.4 million from $196.7 million"], "212.4 / 196.7 = +8.0%", True),
    T("8億300万ドル", ["$803 million"], "$803 million = 8億300万ドル", 803e6 == 8 * 10**8 + 300 * 10**4),
    T("4160万ドル", ["$41.6 million"], "$41.6 million = 4160万ドル", round(41.6e6) == 4160 * 10**4),
    T("2.50ドル(約9%)", ["$31.50 in the quarter from $29.00"], "31.50 − 29.00 = 2.50; 2.50 / 29 = 8.6% → 約9%", near(2.5 / 29, 0.086, 0.02)),
    T("1.7ポイント", ["grew 3.1% after a 1.4% rise"], "3.1 − 1.4 = 1.7 points", rnd(3.1 - 1.4, 1) == 1.7),
    T("550人(約3割)", ["2,400 trainees", "up from 1,850"], "2,400 − 1,850 = 550; 550 / 1,850 = 29.7% → 約3割", 2400 - 1850 == 550 and near(550 / 1850, 0.3, 0.02)),
    T("4週間ごと", ["every four weeks"], "four weeks → 4週間", True),
    T("5週間から6週間", ["six weeks in our data, up from five"], "five → 5, six → 6", True),
    T("105店(4分の3)", ["opening only 35"], "140 − 35 = 105; 105 / 140 = 3/4", 140 - 35 == 105 and 105 / 140 == 0.75),
    T("約6割(約84店)", ["About 60% of the openings"], "60% of 140 = 84", 140 * 60 // 100 == 84),
    T("現在の店舗数は1125店", ["taking its network to 1,265"], "1,265 − 140 = 1,125", 1265 - 140 == 1125),
    T("2万5000ドル", ["$25,000 per salon"], "$25,000 = 2万5000ドル", True),
    T("5000ドル下げて2万ドル", ["cut the upfront fee to $20,000"], "25,000 − 20,000 = 5,000", 25000 - 20000 == 5000),
    T("2万ドル", ["$20,000"], "$20,000 = 2万ドル", True),
    T("4週間短縮", ["from 14 weeks to 10"], "14 − 10 = 4 weeks", 14 - 10 == 4),
    T("3200ドル", ["$3,200 tuition"], "$3,200", True),
    T("約1100万ドル", ["about $11 million"], "$11 million = 1100万ドル", 11e6 == 1100 * 10**4),
    T("会計年度前半(2024年7〜12月)", ["first half of the fiscal year"], "first half of FY2025 = Jul–Dec 2024", True),
    T("0.5ポイント", ["half a percentage point"], "half a percentage point → 0.5ポイント", True),
    T("3店以上", ["three or more salons"], "three → 3", True),
    T("10日(木)午後7時(米中部夏時間)", ["7 p.m. CDT on Thursday"], "'on Thursday' after Tue 8 Oct = 10 Oct (the JST part is a planted slip)", wd(2024, 10, 10) == "Thursday"),
    T("創業から30年", ["founded in 1994"], "2024 − 1994 = 30", 2024 - 1994 == 30),
    T("1軒の理容店", ["a single barbershop"], "single → 1", True),
    T("来月(11月)", ["reports its results next month"], "'next month' in an October article = November", True),
]

# ---- clean-kestrel-license-hours (published Wed 2025-05-21, PDT) -----------
TRAPS["clean-kestrel-license-hours"] = [
    T("公聴会は6月3日", ["on June 3"], "June 3 → 6月3日", True),
    T("州下院は20日", ["on Tuesday passed"], "published Wed 21 May 2025; 'on Tuesday' = 20 May", wd(2025, 5, 20) == "Tuesday"),
    T("削減幅は500時間で、現行の3分の1", ["from 1,500 to 1,000"], "1,500 − 1,000 = 500 = 1/3 of 1,500", 1500 - 1000 == 500 and 500 * 3 == 1500),
    T("3分の1削減へ", ["from 1,500 to 1,000"], "500 / 1,500 = 1/3", True),
    T("3分の1減らす", ["from 1,500 to 1,000"], "500 / 1,500 = 1/3", True),
    T("2時間の討論", ["two-hour debate"], "two-hour → 2時間", True),
    T("投票総数80票の約3分の2", ["54 votes to 26"], "54 + 26 = 80; 54 / 80 = 67.5% → 約3分の2", 54 + 26 == 80 and near(54 / 80, 2 / 3, 0.02)),
    T("4分の1減らす", ["from 1,600 to 1,200"], "1,600 − 1,200 = 400 = 1/4 of 1,600", (1600 - 1200) * 4 == 1600),
    T("35ドル(約3割)", ["from $125 to $90"], "125 − 90 = 35; 35 / 125 = 28% → 約3割", 125 - 90 == 35 and near(35 / 125, 0.28, 0.01)),
    T("1万6500ドル", ["$16,500"], "$16,500 = 1万6500ドル", True),
    T("1時間あたり約11ドル", ["$16,500 for the full 1,500-hour programme"], "16,500 / 1,500 = 11.0", 16500 / 1500 == 11),
    T("前年は約3000件", ["reached 3,240 last year, up 8%"], "3,240 / 1.08 = 3,000", near(3240 / 1.08, 3000, 0.001)),
    T("三つの都市圏", ["three coastal metro areas"], "three → 三つ", True),
    T("90マイル(約145キロ)", ["90 miles away"], "90 mi × 1.609 = 144.8 km → 約145キロ", near(90 * MI_KM, 144.8, 0.002)),
    T("7ポイント", ["71% of first-time candidates", "64% the year before"], "71 − 64 = 7 points", 71 - 64 == 7),
    T("1年半", ["a year and a half"], "a year and a half → 1年半", True),
    T("何百回", ["hundreds of times"], "hundreds → 何百", True),
    T("2年に1回", ["once every two years"], "two → 2", True),
    T("3年に1回", ["one visit every three"], "three → 3", True),
    T("華氏250度(摂氏約121度)", ["250 degrees Fahrenheit"], "(250 − 32) × 5/9 = 121.1 °C", near(f2c(250), 121.1, 0.002)),
    T("摂氏約121度", ["250 degrees Fahrenheit"], "same conversion", True),
    T("客1人ごと", ["after a single client"], "single → 1", True),
    T("9カ月目", ["ninth month"], "ninth month → 9カ月目", True),
    T("5カ月早く", ["five months earlier"], "five → 5", True),
    T("5カ月早まり", ["five months earlier"], "five → 5", True),
    T("6月3日午前10時(米太平洋夏時間、日本時間4日午前2時)", ["10 a.m. PDT on June 3"], "10:00 PDT (UTC−7) = 17:00 UTC = 02:00 JST on 4 Jun",
      jst(2025, 6, 3, 10, 0, "America/Los_Angeles").strftime("%d %H:%M") == "04 02:00"),
    T("4年前", ["four years ago"], "four → 4", True),
    T("1票差", ["by a single vote"], "single → 1", True),
    T("2026年1月1日", ["January 1, 2026"], "January 1, 2026", True),
]

# ---- err-ravipur-salon-academy (published Thu 2024-08-29, IST) -------------
TRAPS["err-ravipur-salon-academy"] = [
    T("3年間で", ["over three years"], "three → 3", True),
    T("6カ月の課程", ["The six-month course"], "six → 6", True),
    T("6カ月課程", ["six-month course"], "six → 6", True),
    T("受講料は1人3万6000ルピー", ["₹36,000 per student"], "per student → 1人", True),
    T("定員の40%", ["Forty per cent of the seats"], "forty per cent → 40%", True),
    T("1軒の理容店", ["a single barbershop"], "single → 1軒", True),
    T("第1期の定員は600人", ["first batch of 600 students"], "first batch → 第1期", True),
    T("第1期600人", ["first batch of 600 students"], "first batch → 第1期", True),
    T("第1期の授業", ["first batch"], "first batch → 第1期", True),
    T("2026年3月までに", ["by March 2026"], "March 2026", True),
    T("9月20日に締め切る", ["close on September 20"], "September 20 → 9月20日", True),
    T("26日(月)の発表", ["at the launch on Monday"], "published Thu 29 Aug 2024; 'on Monday' = 26 Aug", wd(2024, 8, 26) == "Monday"),
    T("年平均で4000人", ["train 12,000 young people", "over three years"], "12,000 / 3 = 4,000", 12000 // 3 == 4000),
    T("3年間で1万2000人", ["over three years", "12,000"], "12,000 = 1万2000", True),
    T("30人学級の教室を20室", ["20 classrooms of 30 students each"], "20 × 30 = 600", 20 * 30 == 600),
    T("20教室×30人", ["20 classrooms of 30 students each"], "20 × 30 = 600 = first batch", 20 * 30 == 600),
    T("3万6000ルピー", ["₹36,000 per student"], "₹36,000 = 3万6000ルピー", True),
    T("75%にあたる2万7000ルピー", ["pay 75% of the fee"], "36,000 × 0.75 = 27,000", 36000 * 3 // 4 == 27000),
    T("残る9000ルピー", ["students will pay the rest"], "36,000 − 27,000 = 9,000", 36000 - 27000 == 9000),
    T("2023〜24年度(2023年4月〜2024年3月)", ["in 2023-24, up 11% from the previous financial year"], "Indian financial year 2023-24 = Apr 2023–Mar 2024", True),
    T("215億ルピー", ["₹2,150 crore"], "2,150 crore = 2,150 × 10^7 = 215億", 2150 * 10**7 == 215 * 10**8),
    T("約194億ルピー", ["₹2,150 crore", "up 11%"], "2,150 / 1.11 = 1,937 crore = 約194億", near(2150 / 1.11, 1937, 0.001)),
    T("約6万1000店", ["about 61,000 salons"], "61,000 = 6万1000", True),
    T("7%に満たない", ["fewer than 4,000 belonged to chains"], "4,000 / 61,000 = 6.6% (<7%)", 4000 / 61000 < 0.07),
    T("15万人", ["1.5 lakh jobs"], "1.5 lakh = 150,000 = 15万", 1.5 * 10**5 == 15 * 10**4),
    T("週4日を教室で、2日を提携サロン", ["four days a week in class and two days in a partner salon"], "four → 4, two → 2", True),
    T("週4日は教室、2日は提携サロン", ["four days a week in class and two days in a partner salon"], "four → 4, two → 2", True),
    T("約943人", ["Of the 1,150 trainees", "82% were placed"], "1,150 × 0.82 = 943", near(1150 * 0.82, 943, 0.0001)),
    T("3カ月以内", ["within three months"], "three → 3", True),
    T("1万8500ルピー", ["₹18,500 a month"], "₹18,500", True),
    T("7300ルピー多く、約1.7倍", ["₹18,500 a month", "₹11,200"], "18,500 − 11,200 = 7,300; 18,500 / 11,200 = 1.65 → 約1.7倍", 18500 - 11200 == 7300 and near(18500 / 11200, 1.65, 0.01)),
    T("1万1200ルピー", ["₹11,200"], "₹11,200", True),
    T("300店へ86店増やし", ["300 outlets by March 2026", "214 outlets"], "300 − 214 = 86", 300 - 214 == 86),
    T("9月2日(月)午前10時(インド標準時、日本時間同日午後1時30分)", ["10 a.m. IST on Monday"], "'on Monday' after Thu 29 Aug = 2 Sep; 10:00 IST (UTC+5:30) = 13:30 JST",
      wd(2024, 9, 2) == "Monday" and jst(2024, 9, 2, 10, 0, "Asia/Kolkata").strftime("%d %H:%M") == "02 13:30"),
    T("1ルピー", ["a rupee"], "a rupee → 1ルピー", True),
]

# ---- clean-southern-cross-barber-shortage (published Tue 2024-11-19, AEDT) --
TRAPS["clean-southern-cross-barber-shortage"] = [
    T("5月の予算案", ["in its May budget"], "May → 5月", True),
    T("1年目を修了", ["completes their first year"], "first year → 1年目", True),
    T("3年間続けられない", ["stay for three years"], "three → 3", True),
    T("3年間とどまれる", ["stay for three years"], "three → 3", True),
    T("1年目の賃金の引き上げ", ["a higher first-year wage"], "first-year → 1年目", True),
    T("19日に公表", ["released on Tuesday"], "published Tue 19 Nov 2024; 'on Tuesday' = 19 Nov", wd(2024, 11, 19) == "Tuesday"),
    T("2800人、約4割増える", ["about 6,300", "to 9,100 by 2028"], "9,100 − 6,300 = 2,800; 2,800 / 6,300 = 44% → 約4割", 9100 - 6300 == 2800 and near(2800 / 6300, 0.44, 0.01)),
    T("2023〜24会計年度(2023年7月〜2024年6月)", ["2023-24 financial year"], "Australian financial year 2023-24 = Jul 2023–Jun 2024", True),
    T("前年度は約6000人", ["fell 14%", "to 5,160"], "5,160 / 0.86 = 6,000", near(5160 / 0.86, 6000, 0.0001)),
    T("6ポイント下がった", ["Only 52%", "down from 58%"], "58 − 52 = 6 points", 58 - 52 == 6),
    T("3年間の資格課程", ["three-year Certificate III"], "three-year → 3年間", True),
    T("5年前", ["five years earlier"], "five → 5", True),
    T("5店に1店", ["survey of 2,060 salons", "412 had carried"], "412 / 2,060 = 20% → 5店に1店", 412 * 5 == 2060),
    T("6カ月を超えて", ["more than six months"], "six → 6", True),
    T("6カ月超", ["more than six months"], "six → 6", True),
    T("7豪ドル(約23%)", ["A$38, up from A$31"], "38 − 31 = 7; 7 / 31 = 22.6% → 約23%", 38 - 31 == 7 and near(7 / 31, 0.226, 0.01)),
    T("4年間で8400万豪ドル、年平均2100万豪ドル", ["A$84 million program over four years"], "84 million / 4 = 21 million = 2100万", 84 / 4 == 21),
    T("単純計算で1万6800人分", ["A$84 million", "A$5,000 for each"], "84,000,000 / 5,000 = 16,800", 84_000_000 // 5000 == 16800),
    T("5000豪ドル", ["A$5,000"], "A$5,000", True),
    T("半分の2500豪ドル", ["with half going to the apprentice"], "5,000 / 2 = 2,500", 5000 // 2 == 2500),
    T("31%は、最初の6カ月以内", ["31% left within their first six months"], "six → 6", True),
    T("1年も床", ["sweeping floors for a year"], "a year → 1年", True),
    T("車で2時間", ["drive two hours"], "two → 2", True),
    T("38年間", ["for 38 years"], "38 years", True),
    T("27人を育てたが、今も業界に残るのは9人、3分の1", ["trained 27 apprentices", "only nine still worked"], "nine → 9; 9 / 27 = 1/3", 9 * 3 == 27),
    T("27人のうち業界に残るのは9人", ["only nine still worked"], "nine → 9", True),
    T("1年目の見習い", ["first-year"], "first-year → 1年目", True),
    T("学校まで2時間", ["two hours away"], "two → 2", True),
    T("毎週1日", ["a day off the floor"], "a day → 1日", True),
    T("21日(木)午後2時(豪東部夏時間、日本時間同日正午)", ["2 p.m. AEDT on Thursday"], "'on Thursday' after Tue 19 Nov = 21 Nov; 14:00 AEDT (UTC+11) = 12:00 JST",
      wd(2024, 11, 21) == "Thursday" and jst(2024, 11, 21, 14, 0, "Australia/Sydney").strftime("%d %H:%M") == "21 12:00"),
    T("21日に技能担当相", ["on Thursday"], "'on Thursday' = 21 Nov", True),
    T("21歳以上", ["aged 21 or over"], "21 or over", True),
    T("年6000豪ドル", ["A$6,000 a year"], "A$6,000", True),
]

# ---- clean-tidewater-apprentice-grants (published Thu 2024-07-11, NDT) -----
TRAPS["clean-tidewater-apprentice-grants"] = [
    T("1年ごとに4500ドル", ["$4,500 for each year"], "for each year → 1年ごと", True),
    T("最初の支給は10月", ["first payments would reach apprentices in October"], "October → 10月", True),
    T("初回の支給は10月", ["in October"], "October → 10月", True),
    T("1年目の見習いの時給", ["a first-year apprentice"], "first-year → 1年目", True),
    T("10日(水)", ["announced on Wednesday"], "published Thu 11 Jul 2024 (20:05 NDT); 'on Wednesday' = 10 Jul", wd(2024, 7, 10) == "Wednesday"),
    T("最長3年間", ["for up to three years"], "three → 3", True),
    T("最大1万3500ドル", ["$4,500 for each year", "up to three years"], "4,500 × 3 = 13,500", 4500 * 3 == 13500),
    T("最長3年で最大1万3500ドル", ["up to three years"], "4,500 × 3 = 13,500", True),
    T("630万ドル", ["$6.3 million fund"], "$6.3 million = 630万ドル", round(6.3e6) == 630 * 10**4),
    T("3年間運用", ["run for three years"], "three → 3", True),
    T("年平均では210万ドル", ["$6.3 million fund will run for three years"], "6.3 million / 3 = 2.1 million = 210万", near(6.3 / 3, 2.1, 1e-9)),
    T("84人、約2割減った", ["fallen to 318 from 402"], "402 − 318 = 84; 84 / 402 = 20.9% → 約2割", 402 - 318 == 84 and near(84 / 402, 0.209, 0.01)),
    T("10月と4月の年2回", ["two instalments, in October and in April"], "two → 2", True),
    T("6カ月間に700時間", ["700 hours in the previous six months"], "six → 6", True),
    T("2回の座学", ["two blocks of classroom study"], "two → 2", True),
    T("2年余り", ["just over two years"], "just over two years → 2年余り", True),
    T("本土の35ドルより7ドル安く、約8割", ["A cut is $28 here", "it's $35"], "35 − 28 = 7; 28 / 35 = 0.8", 35 - 28 == 7 and 28 / 35 == 0.8),
    T("15日(月)午前9時(現地夏時間、日本時間同日午後8時30分)", ["9 a.m. NDT on Monday"], "'on Monday' after Thu 11 Jul = 15 Jul; 09:00 NDT (UTC−2:30) = 20:30 JST",
      wd(2024, 7, 15) == "Monday" and jst(2024, 7, 15, 9, 0, "America/St_Johns").strftime("%d %H:%M") == "15 20:30"),
    T("申請は15日に始まり", ["on Monday"], "'on Monday' = 15 Jul", True),
    T("41年間(1983年から)", ["for 41 years"], "2024 − 41 = 1983", 2024 - 41 == 1983),
    T("2016年以来8年間", ["since 2016"], "2024 − 2016 = 8", 2024 - 2016 == 8),
    T("48海里(約89キロ)", ["48 nautical miles"], "48 × 1.852 = 88.9 km → 約89キロ", near(48 * NMI_KM, 88.9, 0.002)),
    T("約89キロ", ["48 nautical miles"], "same conversion", True),
    T("1週間を失う", ["I lose a week"], "a week → 1週間", True),
    T("時給は通常16〜18ドル", ["between $16 and $18 an hour"], "range $16–18", True),
    T("2年目を終えた後", ["after its second year"], "second year → 2年目", True),
    T("1000ドルの一時金", ["single lump sum of $1,000"], "$1,000", True),
    T("4.5倍", ["$4,500", "$1,000"], "4,500 / 1,000 = 4.5", 4500 / 1000 == 4.5),
]

# ---- err-harbour-haircut-prices (published Tue 2025-04-08, NZST) -----------
TRAPS["err-harbour-haircut-prices"] = [
    T("7月までに", ["before July"], "July → 7月", True),
    T("7月までの再値上げ", ["again before July"], "July → 7月", True),
    T("2月に全メニュー", ["in February"], "February → 2月", True),
    T("8日(火)に発表", ["released at 10:45 a.m. on Tuesday"], "published Tue 8 Apr 2025; 'on Tuesday' = 8 Apr", wd(2025, 4, 8) == "Tuesday"),
    T("1〜3月期", ["March quarter"], "the March quarter = Jan–Mar", True),
    T("約3.1倍", ["rose 7.8%", "rose 2.5%"], "7.8 / 2.5 = 3.12", near(7.8 / 2.5, 3.12, 0.001)),
    T("3倍超のペース", ["more than three times as fast"], "7.8 / 2.5 = 3.12 > 3", 7.8 / 2.5 > 3),
    T("33NZドル(約14%)", ["NZ$265, up from NZ$232"], "265 − 232 = 33; 33 / 232 = 14.2%", 265 - 232 == 33 and near(33 / 232, 0.142, 0.01)),
    T("約14%値上がり", ["NZ$265, up from NZ$232"], "33 / 232 = 14.2%", True),
    T("36NZドルから6NZドル", ["averaged NZ$42, compared with NZ$36"], "42 − 36 = 6", 42 - 36 == 6),
    T("38人、約3割", ["Thirty-eight of the owners", "survey of 120"], "38 / 120 = 31.7% → 約3割", near(38 / 120, 0.317, 0.01)),
    T("120人中38人", ["Thirty-eight of the owners"], "thirty-eight → 38", True),
    T("0.35NZドル(約1.5%)", ["from NZ$23.15 to NZ$23.50"], "23.50 − 23.15 = 0.35; 0.35 / 23.15 = 1.5%", rnd(23.50 - 23.15) == 0.35 and near(0.35 / 23.15, 0.015, 0.02)),
    T("14ポイント", ["rose to 61% from 47%"], "61 − 47 = 14 points", 61 - 47 == 14),
    T("最大3000NZドル", ["up to NZ$3,000"], "NZ$3,000", True),
    T("あと2四半期", ["another two quarters"], "two → 2", True),
    T("8日午前10時45分(現地時間、日本時間同日午前7時45分)", ["10:45 a.m. on Tuesday"], "10:45 NZST (UTC+12) = 07:45 JST the same day",
      jst(2025, 4, 8, 10, 45, "Pacific/Auckland").strftime("%d %H:%M") == "08 07:45"),
    T("7月16日(水)", ["due on July 16"], "16 Jul 2025 is a Wednesday", wd(2025, 7, 16) == "Wednesday"),
    T("椅子6台", ["six-chair salon"], "six → 6", True),
    T("一律10NZドル", ["NZ$10 across the board"], "NZ$10", True),
    T("8週ごと", ["eight-weekly"], "eight → 8", True),
    T("10週ごと", ["ten-weekly"], "ten → 10", True),
    T("5年前", ["five years ago"], "five → 5", True),
    T("3年間の美容見習い課程", ["three-year hairdressing apprenticeship"], "three → 3", True),
    T("前年は約1270人", ["1,420 people began", "up 12%"], "1,420 / 1.12 = 1,268 → 約1270", near(1420 / 1.12, 1268, 0.001)),
    T("3週間ごと", ["every three weeks"], "three → 3", True),
    T("5週間ごと", ["goes every five"], "five → 5", True),
]

# ---- err-east-rift-barber-sacco (published Fri 2025-02-14, EAT) ------------
TRAPS["err-east-rift-barber-sacco"] = [
    T("12月末", ["at the end of December"], "December → 12月", True),
    T("2億1400万シリング", ["Sh214 million"], "Sh214 million = 2億1400万", 214 * 10**6 == 2 * 10**8 + 1400 * 10**4),
    T("約1億8100万シリング", ["Sh214 million", "up 18%"], "214 / 1.18 = 181.4 million → 約1億8100万", near(214 / 1.18, 181.4, 0.001)),
    T("16年で", ["founded in 2009"], "2025 − 2009 = 16", 2025 - 2009 == 16),
    T("27%、約500人", ["27% of the membership", "1,860 members"], "1,860 × 0.27 = 502 → 約500", near(1860 * 0.27, 502, 0.001)),
    T("8万5000シリング", ["Sh85,000"], "Sh85,000", True),
    T("10〜12月期", ["fourth quarter"], "fourth quarter (calendar) = Oct–Dec", True),
    T("6万2500シリング", ["Sh62,500"], "Sh62,500", True),
    T("約18カ月で回収", ["Sh62,500", "from Sh4,800 to Sh1,300"], "62,500 / (4,800 − 1,300) = 17.9 months → 約18カ月", near(62500 / 3500, 17.9, 0.005)),
    T("2.3ポイント", ["fell to 3.8%", "from 6.1%"], "6.1 − 3.8 = 2.3 points", rnd(6.1 - 3.8, 1) == 2.3),
    T("2年前の6.1%", ["two years earlier"], "two → 2", True),
    T("2500シリング(50%)", ["from Sh5,000 to Sh7,500"], "7,500 − 5,000 = 2,500 = 50%", 7500 - 5000 == 2500 and 2500 / 5000 == 0.5),
    T("15日(土)午後2時(東アフリカ時間、日本時間同日午後8時)", ["2 p.m. EAT on Saturday"], "'on Saturday' after Fri 14 Feb = 15 Feb; 14:00 EAT (UTC+3) = 20:00 JST",
      wd(2025, 2, 15) == "Saturday" and jst(2025, 2, 15, 14, 0, "Africa/Nairobi").strftime("%d %H:%M") == "15 20:00"),
    T("15日の総会", ["on Saturday"], "'on Saturday' = 15 Feb", True),
    T("椅子2台", ["two-chair"], "two → 2", True),
    T("90日以上", ["more than 90 days"], "90 days", True),
    T("3カ月の研修", ["three-month course"], "three → 3", True),
    T("1万2000シリング", ["Sh12,000 each"], "Sh12,000", True),
    T("合計504万シリング", ["420 young people", "Sh12,000 each"], "420 × 12,000 = 5,040,000 = 504万", 420 * 12000 == 504 * 10**4),
    T("約3分の2、約280人", ["about two-thirds"], "420 × 2/3 = 280", 420 * 2 // 3 == 280),
    T("6カ月後", ["six months later"], "six → 6", True),
    T("理事3人", ["three new board members"], "three → 3", True),
    T("上限40万シリング", ["ceiling of Sh400,000"], "Sh400,000 = 40万", True),
    T("2軒目", ["second shop"], "second → 2軒目", True),
    T("2500人(現在より640人多い)", ["reach 2,500 members by 2027", "1,860 members"], "2,500 − 1,860 = 640", 2500 - 1860 == 640),
    T("組合員2500人", ["2,500 members"], "2,500", True),
    T("14人が貯金", ["group of 14 barbers"], "14", True),
]

# ---- clean-straits-lumen-hair-results (published Wed 2025-09-03, SGT) ------
TRAPS["clean-straits-lumen-hair-results"] = [
    T("1回の来店あたり", ["average spend per customer visit"], "per customer visit → 1回の来店あたり", True),
    T("6月には52シンガポールドル", ["reached S$52 in June"], "June → 6月", True),
    T("椅子1台ごとの稼ぎ", ["make each chair work harder"], "each chair → 椅子1台ごと", True),
    T("約15%減の390万シンガポールドル", ["fell to S$3.9 million from S$4.6 million"], "0.7 / 4.6 = 15.2% → 約15%", near(0.7 / 4.6, 0.152, 0.01)),
    T("3日(水)", ["said on Wednesday"], "published Wed 3 Sep 2025; 'on Wednesday' = 3 Sep", wd(2025, 9, 3) == "Wednesday"),
    T("2025年1〜6月期", ["six months to June 30"], "six months to 30 June 2025 = Jan–Jun", True),
    T("1〜6月期", ["six months to June 30"], "six months to 30 June = Jan–Jun", True),
    T("4680万シンガポールドル", ["S$46.8 million"], "S$46.8 million = 4680万", round(46.8e6) == 4680 * 10**4),
    T("約4180万シンガポールドル", ["rose 12% to S$46.8 million"], "46.8 / 1.12 = 41.8 million → 約4180万", near(46.8 / 1.12, 41.79, 0.001)),
    T("70万シンガポールドル(約15%)", ["fell to S$3.9 million from S$4.6 million"], "4.6 − 3.9 = 0.7 million; 0.7 / 4.6 = 15.2%", rnd(4.6 - 3.9, 1) == 0.7 and near(0.7 / 4.6, 0.152, 0.01)),
    T("460万シンガポールドル", ["S$4.6 million"], "S$4.6 million = 460万", True),
    T("390万シンガポールドル", ["S$3.9 million"], "S$3.9 million = 390万", True),
    T("4〜6月期", ["second quarter"], "second quarter (calendar FY) = Apr–Jun", True),
    T("1〜3月期より", ["first three months of the year"], "first three months = Jan–Mar", True),
    T("12店を開いて70店", ["runs 58 salons", "another 12"], "58 + 12 = 70", 58 + 12 == 70),
    T("2026年末", ["by the end of 2026"], "end of 2026", True),
    T("4シンガポールドル(約9%)", ["S$48 in the half from S$44"], "48 − 44 = 4; 4 / 44 = 9.1% → 約9%", 48 - 44 == 4 and near(4 / 44, 0.091, 0.01)),
    T("4分の1にあたる160人", ["640 stylists, 160 of whom"], "160 / 640 = 1/4", 160 * 4 == 640),
    T("約5人に1人", ["About one in five"], "one in five → 5人に1人", True),
    T("7ポイント下がった", ["19% in the first half, from 26%"], "26 − 19 = 7 points", 26 - 19 == 7),
    T("来年3月", ["by March"], "'by March' in a September 2025 article = March 2026", True),
    T("約1万8000シンガポールドル", ["about S$18,000 per salon"], "S$18,000", True),
    T("70%、約1万2600シンガポールドル", ["covering 70% of that"], "18,000 × 0.70 = 12,600", 18000 * 7 // 10 == 12600),
    T("1200人、年平均600人", ["1,200 stylists aged 50 and above over the next two years"], "1,200 / 2 = 600", 1200 // 2 == 600),
    T("今後2年間", ["over the next two years"], "two → 2", True),
    T("1200人を2年間", ["over the next two years"], "two → 2", True),
    T("目標はこれを5セント上回る", ["target price of 41 cents", "unchanged at 36 cents"], "41 − 36 = 5 cents", 41 - 36 == 5),
    T("18カ月以内", ["within 18 months"], "18 months", True),
    T("5日(金)午前10時(シンガポール時間、日本時間同日午前11時)", ["10 a.m. on Friday"], "'on Friday' after Wed 3 Sep = 5 Sep; 10:00 SGT (UTC+8) = 11:00 JST",
      wd(2025, 9, 5) == "Friday" and jst(2025, 9, 5, 10, 0, "Asia/Singapore").strftime("%d %H:%M") == "05 11:00"),
    T("5日に説明会", ["on Friday"], "'on Friday' = 5 Sep", True),
]

# ---- err-midland-barber-licensing (published Thu 2024-06-27, BST) ----------
TRAPS["err-midland-barber-licensing"] = [
    T("公認資格者1人以上", ["at least one person"], "one → 1", True),
    T("7月31日まで意見を募り", ["until 11:59 p.m. BST on July 31"], "July 31 → 7月31日", True),
    T("812店から1146店へ334店、約4割", ["risen to 1,146 from 812 in 2019"], "1,146 − 812 = 334; 334 / 812 = 41% → 約4割", 1146 - 812 == 334 and near(334 / 812, 0.41, 0.01)),
    T("約4割増え", ["risen to 1,146 from 812"], "334 / 812 = 41%", True),
    T("3.90ポンド(約27%)", ["to £18.40 from £14.50"], "18.40 − 14.50 = 3.90; 3.90 / 14.50 = 26.9%", rnd(18.40 - 14.50) == 3.90 and near(3.9 / 14.5, 0.269, 0.01)),
    T("38店(約18%)", ["inspected 214 barbershops", "at 38 of them"], "38 / 214 = 17.8% → 約18%", near(38 / 214, 0.178, 0.01)),
    T("3年ごと", ["renewable every three years"], "three → 3", True),
    T("少なくとも1人", ["at least one person"], "one → 1", True),
    T("7月31日午後11時59分(英国夏時間、日本時間8月1日午前7時59分)", ["11:59 p.m. BST on July 31"], "23:59 BST (UTC+1) = 07:59 JST on 1 Aug",
      jst(2024, 7, 31, 23, 59, "Europe/London").strftime("%m-%d %H:%M") == "08-01 07:59"),
    T("来年(2025年)4月", ["begin next April"], "'next April' in June 2024 = April 2025", True),
    T("来年4月", ["begin next April"], "'next April' = April 2025", True),
    T("二つの州", ["two neighbouring counties"], "two → 二つ", True),
    T("近隣の2州", ["two neighbouring counties"], "two → 2", True),
    T("最初の2年間", ["first two years"], "two → 2", True),
    T("約3分の1", ["by about a third"], "about a third → 約3分の1", True),
    T("検査官2人", ["two additional inspectors"], "two → 2", True),
    T("9年間", ["for nine years"], "nine → 9", True),
    T("半マイル(約800メートル)", ["less than half a mile"], "0.5 mi × 1,609 m = 805 m → 約800メートル", near(0.5 * MI_KM * 1000, 805, 0.002)),
    T("6軒", ["six barbers on this road"], "six → 6", True),
    T("午後の仕事1回分", ["one afternoon's work"], "one → 1", True),
    T("昨年9月(2023年9月)", ["last September"], "'last September' in June 2024 = September 2023", True),
    T("約1000店", ["around 1,000 shops"], "1,000", True),
]

# ---- clean-pine-ridge-chair-check (published Thu 2025-01-23, EST) ----------
TRAPS["clean-pine-ridge-chair-check"] = [
    T("22日(水)", ["voted 7-2 on Wednesday"], "published Thu 23 Jan 2025; 'on Wednesday' = 22 Jan", wd(2025, 1, 22) == "Wednesday"),
    T("賛成7、反対2", ["voted 7-2"], "7-2 vote", True),
    T("24店増え、約2.3倍", ["from 18 barbershops to 42"], "42 − 18 = 24; 42 / 18 = 2.33", 42 - 18 == 24 and near(42 / 18, 2.33, 0.005)),
    T("837人、27%", ["screened 3,100 customers", "837 had a reading"], "837 / 3,100 = 27.0%", near(837 / 3100, 0.27, 0.001)),
    T("27%にあたる837人", ["837 had a reading"], "837 / 3,100 = 27%", True),
    T("312人、4割弱", ["312 of the men referred"], "312 / 837 = 37.3% → 4割弱", near(312 / 837, 0.373, 0.01)),
    T("2024年10〜12月期", ["fourth quarter of 2024"], "Q4 2024 = Oct–Dec 2024", True),
    T("10〜12月期の960件は、年間3100件の約3割", ["960 screenings", "3,100 customers in 2024"], "960 / 3,100 = 31% → 約3割", near(960 / 3100, 0.31, 0.01)),
    T("2026会計年度(2025年7月〜2026年6月)", ["runs from July 1, 2025, to June 30, 2026"], "fiscal 2026 = Jul 2025–Jun 2026 (stated in source)", True),
    T("1店あたり約9000ドル", ["$380,000", "to 42"], "380,000 / 42 = 9,048 → 約9000", near(380000 / 42, 9048, 0.001)),
    T("38万ドル", ["$380,000"], "$380,000 = 38万", True),
    T("3年間で120万ドル(年平均40万ドル)", ["$1.2 million state health grant spread over three years"], "1.2 million = 120万; / 3 = 40万", 1.2e6 / 3 == 400000),
    T("反対した2人", ["two dissenting members"], "two → 2", True),
    T("10年も", ["in ten years"], "ten → 10", True),
    T("2週間ごと", ["every two weeks"], "two → 2", True),
    T("6時間の研修", ["six hours of training"], "six → 6", True),
    T("3カ月ごと", ["every three months"], "three → 3", True),
    T("月1回", ["once a month"], "once → 1回", True),
    T("約3分の2", ["about two-thirds"], "two-thirds → 3分の2", True),
    T("昨年3月(2024年3月)", ["first month last March"], "'last March' in January 2025 = March 2024", True),
    T("昨年3月に始まり", ["first month last March"], "pilot's first month = March 2024", True),
    T("客2人", ["two customers"], "two → 2", True),
    T("最寄りの診療所まで約9.7キロ", ["six miles away"], "6 mi × 1.609 = 9.66 km → 約9.7キロ", True),
    T("6マイル(約9.7キロ)", ["six miles away"], "6 mi × 1.609 = 9.66 km → 約9.7キロ", near(6 * MI_KM, 9.66, 0.002)),
    T("5分間", ["five-minute check"], "five → 5", True),
    T("2月1日(土)午前11時(現地時間、日本時間2日午前1時)", ["11 a.m. on Saturday, Feb. 1"], "11:00 EST (UTC−5) = 01:00 JST on 2 Feb",
      jst(2025, 2, 1, 11, 0, "America/New_York").strftime("%m-%d %H:%M") == "02-02 01:00"),
    T("4月末", ["by the end of April"], "end of April", True),
    T("1年足らず", ["first month last March"], "March 2024 to January 2025 = 10 months", True),
]

# ---- err-cape-meridian-salon-hub (published Thu 2025-06-12, SAST) ----------
TRAPS["err-cape-meridian-salon-hub"] = [
    T("抽選は6月27日", ["held in public on June 27"], "June 27 → 6月27日", True),
    T("6月27日に抽選", ["June 27"], "June 27 → 6月27日", True),
    T("8月1日から", ["from August 1"], "August 1 → 8月1日", True),
    T("倍率は約42倍", ["More than 2,700", "one of 64 booths"], "2,700 / 64 = 42.2", near(2700 / 64, 42.2, 0.002)),
    T("3800万ランド", ["R38 million"], "R38 million = 3800万", 38 * 10**6 == 3800 * 10**4),
    T("1ブースあたり約59万ランド", ["R38 million", "64 booths"], "38,000,000 / 64 = 593,750 → 約59万", 38_000_000 / 64 == 593750),
    T("1750ランド安く、半分以下", ["R1,450 a month", "about R3,200"], "3,200 − 1,450 = 1,750; 1,450 / 3,200 = 45%", 3200 - 1450 == 1750 and 1450 / 3200 < 0.5),
    T("近隣の民間物件の半分以下", ["R1,450 a month", "about R3,200"], "1,450 / 3,200 = 45%", True),
    T("16日(月)午前10時(現地時間、日本時間同日午後5時)", ["on Monday at 10 a.m."], "'on Monday' after Thu 12 Jun = 16 Jun; 10:00 SAST (UTC+2) = 17:00 JST",
      wd(2025, 6, 16) == "Monday" and jst(2025, 6, 16, 10, 0, "Africa/Johannesburg").strftime("%d %H:%M") == "16 17:00"),
    T("16日に開所", ["on Monday"], "'on Monday' = 16 Jun", True),
    T("2カ所目", ["a second hub"], "second → 2カ所目", True),
    T("18カ月の美容研修", ["18-month learnership"], "18 months", True),
    T("2年以上", ["at least two years"], "two → 2", True),
    T("週6日、午前7時から午後7時", ["from 7 a.m. to 7 p.m. six days a week"], "six → 6", True),
    T("2年単位", ["for two years at a time"], "two → 2", True),
    T("週3日", ["three days a week"], "three → 3", True),
    T("2日を教室", ["two days in class"], "two → 2", True),
    T("18カ月で1人8万1000ランド", ["R4,500 a month", "18-month"], "4,500 × 18 = 81,000", 4500 * 18 == 81000),
    T("320人分で総額2592万ランド", ["320 young people"], "81,000 × 320 = 25,920,000 = 2592万", 81000 * 320 == 2592 * 10**4),
    T("9年間", ["for nine years"], "nine → 9", True),
    T("126億ランド", ["R12.6 billion"], "R12.6 billion = 126億", round(12.6e9) == 126 * 10**8),
    T("前年は約118億ランド", ["R12.6 billion in 2024, up 7%"], "12.6 / 1.07 = 11.78 billion → 約118億", near(12.6 / 1.07, 11.78, 0.001)),
    T("残る2600人", ["the other 2,600"], "2,600", True),
]

# ---- err-leeward-barber-academy (published Thu 2024-12-05, HST) ------------
TRAPS["err-leeward-barber-academy"] = [
    T("1年前の52人", ["from 52 a year ago"], "a year ago → 1年前", True),
    T("学生25人に1人4000ドル", ["$4,000 toward the fees of 25 students"], "4,000 per student", True),
    T("1人あたりの住民は約2.6倍", ["every 2,900 residents", "every 1,100"], "2,900 / 1,100 = 2.64", True),
    T("1回で合格", ["on their first attempt"], "first attempt → 1回で", True),
    T("9月の熱波", ["During a heat wave in September"], "September → 9月", True),
    T("9月に故障", ["in September"], "September → 9月", True),
    T("第2校", ["a second campus"], "second campus → 第2校", True),
    T("この1年で約3600人", ["in the past year"], "the past year → この1年", True),
    T("1年で約3600人", ["in the past year"], "the past year → 1年", True),
    T("32人、約6割", ["84 students from 52"], "84 − 52 = 32; 32 / 52 = 61.5% → 約6割", 84 - 52 == 32 and near(32 / 52, 0.615, 0.01)),
    T("6割増", ["84 students from 52"], "32 / 52 = 61.5%", True),
    T("開校から11年", ["in 2013"], "2024 − 2013 = 11", 2024 - 2013 == 11),
    T("週平均30時間", ["1,200-hour program over 40 weeks"], "1,200 / 40 = 30", 1200 / 40 == 30),
    T("1万1900ドル", ["$11,900"], "$11,900", True),
    T("少なくとも2年間", ["at least two years"], "two → 2", True),
    T("計10万ドル", ["$4,000 toward the fees of 25 students"], "4,000 × 25 = 100,000 = 10万", 4000 * 25 == 100000),
    T("住民約2900人に1人", ["one licensed barber for every 2,900 residents"], "one → 1", True),
    T("約1100人に1人", ["about one for every 1,100"], "one → 1", True),
    T("約2.6倍", ["every 2,900 residents", "every 1,100"], "2,900 / 1,100 = 2.64 → 約2.6倍", near(2900 / 1100, 2.64, 0.005)),
    T("37人、約8割", ["Of last year's 44 graduates, 37"], "37 / 44 = 84% → 約8割", near(37 / 44, 0.84, 0.01)),
    T("昨年の修了生の約8割", ["37 passed"], "37 / 44 = 84%", True),
    T("華氏92度(摂氏約33度)", ["92 degrees Fahrenheit"], "(92 − 32) × 5/9 = 33.3 °C", near(f2c(92), 33.3, 0.002)),
    T("2日間休校", ["close for two days"], "two → 2", True),
    T("1月に設備", ["in January"], "January", True),
    T("1月に入れ替える", ["in January"], "January", True),
    T("40人を受け入れる", ["another 40 students"], "40", True),
    T("40人規模", ["another 40 students"], "40", True),
    T("10年前", ["Ten years ago"], "ten → 10", True),
    T("6年間", ["for six years"], "six → 6", True),
    T("約2万8800ドル", ["$8 haircuts", "about 3,600 clients"], "8 × 3,600 = 28,800", 8 * 3600 == 28800),
    T("学生8人", ["eight of the academy's students"], "eight → 8", True),
    T("3人の子", ["a mother of three"], "three → 3", True),
    T("午前6時15分", ["6:15 a.m. sailing"], "6:15 a.m.", True),
    T("6カ月後", ["in six months"], "six → 6", True),
    T("7日(土)午後5時(現地時間、日本時間8日正午)", ["5 p.m. on Saturday"], "'on Saturday' after Thu 5 Dec = 7 Dec; 17:00 HST (UTC−10) = 12:00 JST on 8 Dec",
      wd(2024, 12, 7) == "Saturday" and jst(2024, 12, 7, 17, 0, "Pacific/Honolulu").strftime("%d %H:%M") == "08 12:00"),
    T("7日に31人", ["on Saturday"], "'on Saturday' = 7 Dec", True),
    T("44人中37人", ["44 graduates, 37"], "37 of 44", True),
]

# ---- clean-western-lough-hair-academy (published Tue 2025-08-19, IST) ------
TRAPS["clean-western-lough-hair-academy"] = [
    T("第1期生60人", ["first intake of 60 students"], "first intake → 第1期生", True),
    T("10月から一般客", ["from October"], "October → 10月", True),
    T("10月には実習サロン", ["from October"], "October → 10月", True),
    T("6月に学校を卒業", ["finished school in June"], "June → 6月", True),
    T("来月(9月)", ["next month"], "'next month' in August 2025 = September", True),
    T("240万ユーロ", ["€2.4 million"], "€2.4 million = 240万", True),
    T("144万ユーロ(6割)", ["€1.44 million"], "1.44 / 2.4 = 0.6", near(1.44 / 2.4, 0.6, 1e-9)),
    T("EU(欧州連合)の社会基金が96万ユーロ(4割)", ["European Union, whose social fund put in €960,000"], "European Union → EU; 0.96 / 2.4 = 0.4", near(0.96 / 2.4, 0.4, 1e-9)),
    T("今年4〜6月期", ["second quarter of the year"], "second quarter of 2025 = Apr–Jun", True),
    T("1カ月遅れた", ["a month behind schedule"], "a month → 1カ月", True),
    T("三つの課程で年90人、1課程あたり平均30人", ["90 places a year across three programmes"], "90 / 3 = 30", 90 // 3 == 30),
    T("年1250ユーロ、2年間で2500ユーロ", ["€1,250 a year"], "1,250 × 2 = 2,500", 1250 * 2 == 2500),
    T("2年課程", ["two-year programmes"], "two-year → 2年", True),
    T("約4割", ["about 40% of students"], "40% → 約4割", True),
    T("49店、約3分の1", ["has 146 salons", "49 of them"], "49 / 146 = 33.6% → 約3分の1", near(49 / 146, 0.336, 0.01)),
    T("2019年は約1400人", ["fallen 12% since 2019, to 1,230"], "1,230 / 0.88 = 1,398 → 約1400", near(1230 / 0.88, 1398, 0.001)),
    T("2019年の約1400人", ["fallen 12% since 2019"], "1,230 / 0.88 = 1,398", True),
    T("2.5倍", ["about €55", "about €22"], "55 / 22 = 2.5", 55 / 22 == 2.5),
    T("3年以内", ["within three years"], "three → 3", True),
    T("3分の2", ["at least two-thirds"], "two-thirds → 3分の2", True),
    T("週30時間", ["30 hours a week"], "30 hours", True),
    T("週2日", ["two days a week"], "two → 2", True),
    T("2年目", ["second year"], "second year → 2年目", True),
    T("2倍埋められる", ["fill the book twice over"], "twice → 2倍", True),
    T("スタイリストがもう1人", ["one more stylist"], "one → 1", True),
    T("年に約1000ユーロ", ["about a thousand euro a year"], "a thousand → 1000", True),
    T("23日(土)午前11時から午後3時(現地時間、日本時間同日午後7時〜午後11時)", ["on Saturday from 11 a.m. to 3 p.m."],
      "'on Saturday' after Tue 19 Aug = 23 Aug; 11:00–15:00 IST (UTC+1) = 19:00–23:00 JST",
      wd(2025, 8, 23) == "Saturday" and jst(2025, 8, 23, 11, 0, "Europe/Dublin").strftime("%d %H") == "23 19"
      and jst(2025, 8, 23, 15, 0, "Europe/Dublin").strftime("%d %H") == "23 23"),
    T("23日(土)に説明会", ["on Saturday"], "'on Saturday' = 23 Aug", True),
    T("9月8日(月)", ["Monday, September 8"], "Monday, September 8", True),
    T("9月8日に開校", ["Monday, September 8"], "first intake begins 8 Sep", True),
]

# ---- clean-fr-cfa-coiffure-aide (published Thu 2025-03-27, CET) ------------
TRAPS["clean-fr-cfa-coiffure-aide"] = [
    T("2月24日から", ["Depuis le 24 février"], "24 février → 2月24日", True),
    T("契約1年目", ["pour la première année de contrat"], "première année → 1年目", True),
    T("(CAP)の1年目で18歳未満", ["de moins de 18 ans en première année de CAP"], "première année → 1年目", True),
    T("64人(約5%)", ["1 248 apprentis, contre 1 312"], "1 312 − 1 248 = 64; 64 / 1 312 = 4.9% → 約5%", 1312 - 1248 == 64 and near(64 / 1312, 0.049, 0.02)),
    T("1248人と64人減り", ["1 248 apprentis"], "1 312 − 1 248 = 64", True),
    T("1000ユーロ、約17%", ["de 6 000 € à 5 000 €"], "6 000 − 5 000 = 1 000; 1 000 / 6 000 = 16.7% → 約17%", 6000 - 5000 == 1000 and near(1000 / 6000, 0.167, 0.01)),
    T("1000ユーロ減額", ["mille euros"], "mille euros → 1000ユーロ", True),
    T("1000ユーロは家賃1カ月分", ["mille euros, c'est un mois de loyer"], "mille → 1000; un mois → 1カ月", True),
    T("2〜3人の店", ["deux ou trois personnes"], "deux ou trois → 2〜3", True),
    T("25日(火)", ["présenté ses chiffres mardi"], "published Thu 27 Mar 2025; 'mardi' = 25 Mar", wd(2025, 3, 25) == "Tuesday"),
    T("2024年10〜12月期", ["quatrième trimestre 2024"], "Q4 2024 = Oct–Dec 2024", True),
    T("123人、約6割", ["Sur les 212", "123 disent"], "123 / 212 = 58% → 約6割", near(123 / 212, 0.58, 0.01)),
    T("店主の約6割", ["123 disent"], "123 / 212 = 58%", True),
    T("38%、約540店", ["1 430 salons, dont 38 %"], "1 430 × 0.38 = 543 → 約540", near(1430 * 0.38, 543.4, 0.001)),
    T("月約486ユーロ", ["27 % du Smic", "1 801,80 €"], "1 801.80 × 0.27 = 486.49 → 約486", near(1801.80 * 0.27, 486.49, 0.0001)),
    T("1801.80ユーロ", ["1 801,80 €"], "1 801,80 € → 1801.80ユーロ", True),
    T("2016年から約9年", ["depuis 2016"], "2025 − 2016 = 9", 2025 - 2016 == 9),
    T("3分の2近く", ["Près des deux tiers"], "deux tiers → 3分の2", True),
    T("主要3都市", ["trois principales villes"], "trois → 3", True),
    T("2年かかる", ["se prépare en deux ans"], "deux ans → 2年", True),
    T("さらに2年、合わせて4年", ["deux années de plus"], "2 + 2 = 4 years", 2 + 2 == 4),
    T("計4年", ["deux années de plus"], "2 + 2 = 4", True),
    T("椅子5台", ["cinq fauteuils"], "cinq → 5", True),
    T("見習い2人", ["deux apprentis"], "deux → 2", True),
    T("1人しか", ["qu'un"], "un → 1", True),
    T("約2倍", ["42,50 €", "21 €"], "42.50 / 21 = 2.02 → 約2倍", near(42.5 / 21, 2.02, 0.005)),
    T("42.50ユーロ", ["42,50 €"], "42,50 € → 42.50ユーロ", True),
    T("1年目で学ぶ", ["en première année de CAP"], "première année → 1年目", True),
    T("CAPの1年目", ["première année de CAP"], "première année → 1年目", True),
    T("約30通", ["une trentaine de candidatures"], "une trentaine → 約30", True),
    T("3週間のうち2週間", ["deux semaines sur trois"], "deux sur trois → 3週間のうち2週間", True),
    T("1週間をセンター", ["une semaine au CFA"], "une → 1", True),
    T("4月5日(土)午前9時から午後5時(現地時間、日本時間5日午後4時〜6日午前0時)", ["le samedi 5 avril, de 9 h à 17 h"],
      "5 Apr 2025 falls after the 30 Mar switch to CEST (UTC+2): 09:00 → 16:00 JST, 17:00 → 00:00 JST on 6 Apr",
      jst(2025, 4, 5, 9, 0, "Europe/Paris").strftime("%d %H") == "05 16"
      and jst(2025, 4, 5, 17, 0, "Europe/Paris").strftime("%d %H") == "06 00"),
    T("4月5日に説明会", ["le samedi 5 avril"], "5 avril", True),
    T("4月5日(土)に説明会", ["le samedi 5 avril"], "samedi 5 avril", True),
    T("来月(4月)、約40人", ["une quarantaine de chefs d'entreprise le mois prochain"], "le mois prochain (March article) = April; une quarantaine → 約40", True),
    T("一つの世代", ["toute une génération"], "une génération → 一つの世代", True),
    T("2025年は", ["en 2025"], "en 2025", True),
]

# ---- err-fr-haute-riviere-formation (published Wed 2024-09-18, EDT) --------
TRAPS["err-fr-haute-riviere-formation"] = [
    T("1年で11%", ["une hausse de 11 % en un an"], "en un an → 1年で", True),
    T("最初の受講者の1人", ["Parmi les premiers inscrits figure"], "one of the first → 1人", True),
    T("18日(水)", ["a annoncé mercredi"], "published Wed 18 Sep 2024; 'mercredi' = 18 Sep", wd(2024, 9, 18) == "Wednesday"),
    T("2024〜25年度(2024年4月〜2025年3月)", ["l'exercice 2024-2025"], "Québec fiscal year 2024-2025 = Apr 2024–Mar 2025", True),
    T("1人分の枠あたりでは約1万2300ドル", ["14,2 millions de dollars", "1 150 places"], "14 200 000 / 1 150 = 12 348 → 約1万2300", near(14.2e6 / 1150, 12348, 0.001)),
    T("480時間、約3分の1", ["de 1 455 heures à 975 heures"], "1 455 − 975 = 480; 480 / 1 455 = 33% → 約3分の1", 1455 - 975 == 480 and near(480 / 1455, 1 / 3, 0.02)),
    T("3分の1減らせば", ["réduire la formation d'un tiers"], "un tiers → 3分の1", True),
    T("1人あたり計1万5000ドル", ["500 $ par semaine pendant les 30 semaines"], "500 × 30 = 15 000", 500 * 30 == 15000),
    T("30週間、週500ドル", ["500 $ par semaine pendant les 30 semaines"], "500 $ × 30 weeks", True),
    T("4店に1店、約215店", ["un salon sur quatre des 860"], "860 / 4 = 215", 860 / 4 == 215),
    T("約4店に1店", ["un salon sur quatre"], "un sur quatre → 4店に1店", True),
    T("3カ月以上", ["plus de trois mois"], "trois → 3", True),
    T("1年前は約61ドル", ["68 $, une hausse de 11 %"], "68 / 1.11 = 61.3 → 約61", near(68 / 1.11, 61.26, 0.001)),
    T("10年前(約840人)の半分", ["environ 420 personnes", "deux fois moins qu'il y a dix ans"], "420 × 2 = 840", 420 * 2 == 840),
    T("約420人", ["environ 420 personnes"], "environ 420", True),
    T("1年半", ["un an et demi"], "un an et demi → 1年半", True),
    T("10月7日(月)", ["le lundi 7 octobre"], "lundi 7 octobre", True),
    T("10月7日に授業開始", ["le lundi 7 octobre"], "7 octobre", True),
    T("四つの職業訓練センター", ["quatre centres de formation professionnelle"], "quatre → 四つ", True),
    T("19日(木)午後7時(東部時間)", ["jeudi à 19 h, heure de l'Est"], "'jeudi' after Wed 18 Sep = 19 Sep (the JST part is a planted slip)", wd(2024, 9, 19) == "Thursday"),
    T("4分の3", ["les trois quarts des diplômés"], "trois quarts → 4分の3", True),
    T("2025年秋", ["à l'automne 2025"], "automne 2025", True),
    T("椅子6台", ["six chaises"], "six → 6", True),
    T("約20人", ["une vingtaine de clientes"], "une vingtaine → 約20", True),
    T("2席", ["deux chaises vides"], "deux → 2", True),
    T("3週間待ち", ["trois semaines"], "trois → 3", True),
    T("実習生を2人", ["deux stagiaires"], "deux → 2", True),
    T("8年間", ["huit ans"], "huit → 8", True),
    T("1年後", ["un an après"], "un an → 1年", True),
]

# ---- clean-fr-valmont-moratoire-barbiers (published Tue 2024-11-05, CET) ---
TRAPS["clean-fr-valmont-moratoire-barbiers"] = [
    T("4日(月)夜", ["lundi soir"], "published Tue 5 Nov 2024; 'lundi soir' = 4 Nov", wd(2024, 11, 4) == "Monday"),
    T("18カ月、1年半", ["dix-huit mois"], "dix-huit mois = 18カ月 = 1年半", True),
    T("1年半凍結", ["dix-huit mois"], "dix-huit mois = 1年半", True),
    T("18カ月凍結", ["dix-huit mois"], "dix-huit → 18", True),
    T("18カ月後", ["au terme des dix-huit mois"], "dix-huit → 18", True),
    T("棄権2", ["deux abstentions"], "deux → 2", True),
    T("投票した41人のうち約3分の2", ["27 voix contre 12 et deux abstentions"], "27 + 12 + 2 = 41; 27 / 41 = 66% → 約3分の2", 27 + 12 + 2 == 41 and near(27 / 41, 2 / 3, 0.02)),
    T("72店", ["septante-deux barbiers"], "septante-deux (Belgian) = 72", True),
    T("2018年の31店から41店増え、約2.3倍", ["septante-deux barbiers", "contre 31 en 2018"], "72 − 31 = 41; 72 / 31 = 2.32", 72 - 31 == 41 and near(72 / 31, 2.32, 0.005)),
    T("2018年の約2.3倍", ["contre 31 en 2018"], "72 / 31 = 2.32", True),
    T("2024年1〜9月にも9件", ["trois premiers trimestres de 2024", "neuf demandes"], "first three quarters of 2024 = Jan–Sep; neuf → 9", True),
    T("19店、約4割", ["sur 46 salons contrôlés, 19"], "19 / 46 = 41% → 約4割", near(19 / 46, 0.41, 0.01)),
    T("約4割の店", ["19 présentaient"], "19 / 46 = 41%", True),
    T("46店中19店", ["sur 46 salons contrôlés, 19"], "19 of 46", True),
    T("少なくとも1件", ["au moins une infraction"], "une → 1", True),
    T("計3万8000ユーロで、1店あたり平均2000ユーロ", ["38 000 euros au total"], "38 000 / 19 = 2 000", 38000 / 19 == 2000),
    T("10ユーロ安い", ["coupent à 15 euros", "je suis à 25"], "25 − 15 = 10", 25 - 15 == 10),
    T("約40の空き店舗", ["une quarantaine de cellules"], "une quarantaine → 約40", True),
    T("1974年から50年", ["depuis 1974"], "2024 − 1974 = 50", 2024 - 1974 == 50),
    T("50年続く老舗", ["depuis 1974"], "2024 − 1974 = 50", True),
    T("3軒", ["trois salons dans la rue"], "trois → 3", True),
    T("11軒", ["il y en a onze"], "onze → 11", True),
    T("2年前", ["il y a deux ans"], "deux → 2", True),
    T("二つの自治体", ["Deux d'entre elles"], "deux → 二つ", True),
    T("一つの職業", ["une profession"], "une → 一つ", True),
    T("90日", ["nonante jours"], "nonante (Belgian) = 90", True),
    T("7日(木)午後8時(現地時間、日本時間8日午前4時)", ["jeudi à 20 h"], "'jeudi' after Tue 5 Nov = 7 Nov; 20:00 CET (UTC+1) = 04:00 JST on 8 Nov",
      wd(2024, 11, 7) == "Thursday" and jst(2024, 11, 7, 20, 0, "Europe/Brussels").strftime("%d %H:%M") == "08 04:00"),
    T("12月1日", ["à partir du 1er décembre"], "1er décembre", True),
]

# ---- clean-de-friseur-ausbildung (published Wed 2025-07-09, CEST) ----------
TRAPS["clean-de-friseur-ausbildung"] = [
    T("8月1日から", ["Zum 1. August"], "1. August → 8月1日", True),
    T("8月から", ["ab August"], "August → 8月", True),
    T("3年間の総額", ["Die Ausbildung dauert drei Jahre"], "drei → 3", True),
    T("7日(月)", ["am Montag beschlossen"], "published Wed 9 Jul 2025; 'am Montag' = 7 Jul", wd(2025, 7, 7) == "Monday"),
    T("90ユーロ(約12%)", ["von 760 auf 850 Euro"], "850 − 760 = 90; 90 / 760 = 11.8% → 約12%", 850 - 760 == 90 and near(90 / 760, 0.118, 0.01)),
    T("1年目の月額", ["im ersten Lehrjahr"], "erstes Lehrjahr → 1年目", True),
    T("2年目は910ユーロ、3年目は1010ユーロ", ["im zweiten Lehrjahr auf 910 Euro und im dritten auf 1.010 Euro"], "1.010 → 1010", True),
    T("手当の合計は3万3240ユーロ", ["850 Euro", "910 Euro", "1.010 Euro"], "(850 + 910 + 1,010) × 12 = 33,240", (850 + 910 + 1010) * 12 == 33240),
    T("3年間の訓練", ["Die Ausbildung dauert drei Jahre"], "drei → 3", True),
    T("前年は約158件", ["146 neue Ausbildungsverträge", "7,6 Prozent weniger"], "146 / 0.924 = 158", near(146 / 0.924, 158, 0.001)),
    T("7.6%少なかった", ["7,6 Prozent weniger"], "7,6 → 7.6", True),
    T("4分の1余り", ["Von den 264 Friseurbetrieben", "bilden derzeit 71 aus"], "71 / 264 = 26.9% → 4分の1余り", near(71 / 264, 0.269, 0.01)),
    T("従業員1〜2人", ["ein oder zwei Beschäftigten"], "ein oder zwei → 1〜2", True),
    T("約102人が合格", ["131 Prüflinge", "78 Prozent"], "131 × 0.78 = 102.2 → 約102", near(131 * 0.78, 102.2, 0.001)),
    T("平均29.50ユーロ", ["29,50 Euro"], "29,50 → 29.50", True),
    T("約2倍の開き", ["29,50 Euro", "58 Euro"], "58 / 29.50 = 1.97 → 約2倍", near(58 / 29.5, 1.97, 0.005)),
    T("下半期(7〜12月)", ["im zweiten Halbjahr"], "zweites Halbjahr = Jul–Dec", True),
    T("1〜2ユーロ", ["ein bis zwei Euro"], "ein bis zwei → 1〜2", True),
    T("EU(欧州連合)", ["Staaten der Europäischen Union"], "Europäische Union → EU", True),
    T("EUのほかの国", ["Staaten der Europäischen Union"], "Europäische Union → EU", True),
    T("従業員9人", ["neun Beschäftigten"], "neun → 9", True),
    T("訓練2年目", ["im zweiten Lehrjahr"], "zweites Lehrjahr → 2年目", True),
    T("2年目の見習い", ["im zweiten Lehrjahr"], "zweites Lehrjahr → 2年目", True),
    T("830ユーロから910ユーロへ80ユーロ", ["Bisher bekam er 830 Euro, ab August sind es 910"], "910 − 830 = 80", 910 - 830 == 80),
    T("月80ユーロの増額", ["830 Euro", "910"], "910 − 830 = 80", True),
    T("訓練期間は3年", ["drei Jahre"], "drei → 3", True),
    T("訓練は3年", ["drei Jahre"], "drei → 3", True),
    T("最大で半分、約4750ユーロ", ["rund 9.500 Euro", "bis zu die Hälfte"], "9,500 / 2 = 4,750", 9500 / 2 == 4750),
    T("約9500ユーロ", ["rund 9.500 Euro"], "9.500 → 9500", True),
    T("1989年から36年", ["seit 1989"], "2025 − 1989 = 36", 2025 - 1989 == 36),
    T("2年前に見習い", ["vor zwei Jahren"], "zwei → 2", True),
    T("約30回", ["rund 30 Haarschnitte"], "rund 30", True),
    T("3〜4年後", ["in drei bis vier Jahren"], "drei bis vier → 3〜4", True),
    T("3店が今年", ["Drei Salons"], "drei → 3", True),
    T("平均4〜6カ月", ["vier bis sechs Monate"], "vier bis sechs → 4〜6", True),
    T("900ユーロを超えて", ["über 900 Euro"], "900", True),
    T("11日(金)午後6時(現地時間、日本時間12日午前1時)", ["am Freitag um 18 Uhr"], "'am Freitag' after Wed 9 Jul = 11 Jul; 18:00 CEST (UTC+2) = 01:00 JST on 12 Jul",
      wd(2025, 7, 11) == "Friday" and jst(2025, 7, 11, 18, 0, "Europe/Berlin").strftime("%d %H:%M") == "12 01:00"),
    T("翌12日(土)", ["Am Samstag öffnen"], "'am Samstag' = 12 Jul", wd(2025, 7, 12) == "Saturday"),
    T("12店", ["zwölf Ausbildungsbetriebe"], "zwölf → 12", True),
    T("11日に修了式、12日に職場公開", ["am Freitag", "Am Samstag"], "Fri 11 / Sat 12 Jul", True),
]

# ---- err-at-friseurpreise-kollektivvertrag (published Thu 2025-01-30, CET) -
TRAPS["err-at-friseurpreise-kollektivvertrag"] = [
    T("4月1日から月額", ["ab 1. April"], "1. April → 4月1日", True),
    T("28日(火)", ["am Dienstag bei einer Pressekonferenz"], "published Thu 30 Jan 2025; 'am Dienstag' = 28 Jan", wd(2025, 1, 28) == "Tuesday"),
    T("2月3日(月)", ["ab Montag"], "'ab Montag' after Thu 30 Jan = Mon 3 Feb", wd(2025, 2, 3) == "Monday"),
    T("2月3日から値上げ", ["ab Montag"], "Mon 3 Feb", True),
    T("273店、約3分の2", ["unter 420 Betrieben wollen 273"], "273 / 420 = 65% → 約3分の2", near(273 / 420, 0.65, 0.001)),
    T("4.4ポイント", ["um 7,3 Prozent verteuert", "bei 2,9 Prozent"], "7.3 − 2.9 = 4.4 points", rnd(7.3 - 2.9, 1) == 4.4),
    T("税抜きでは男性約26ユーロ、女性約53ユーロ", ["inklusive 20 Prozent Umsatzsteuer"], "31 / 1.2 = 25.8; 64 / 1.2 = 53.3", near(31 / 1.2, 25.8, 0.002) and near(64 / 1.2, 53.3, 0.002)),
    T("87ユーロ(約4.8%)", ["von 1.818 auf 1.905 Euro"], "1,905 − 1,818 = 87; 87 / 1,818 = 4.8%", 1905 - 1818 == 87 and near(87 / 1818, 0.048, 0.01)),
    T("2024年10〜12月期", ["Im vierten Quartal 2024"], "Q4 2024 = Oct–Dec 2024", True),
    T("5年前は約1640人", ["1.412 junge Menschen", "um 14 Prozent weniger als vor fünf Jahren"], "1,412 / 0.86 = 1,642 → 約1640", near(1412 / 0.86, 1642, 0.001)),
    T("5年前より14%少ない", ["vor fünf Jahren"], "fünf → 5", True),
    T("5年前より14%減り", ["vor fünf Jahren"], "fünf → 5", True),
    T("見習い期間は3年", ["Die Lehre dauert drei Jahre"], "drei → 3", True),
    T("約4分の1", ["rund ein Viertel"], "ein Viertel → 4分の1", True),
    T("1回で合格", ["im ersten Anlauf"], "im ersten Anlauf → 1回で", True),
    T("312人に支払われ、総額は46万8000ユーロ", ["1.500 Euro", "312 solche Prämien"], "312 × 1,500 = 468,000 = 46万8000", 312 * 1500 == 468000),
    T("500ユーロ上げて2000ユーロ", ["auf 2.000 Euro anheben"], "2,000 − 1,500 = 500", 2000 - 1500 == 500),
    T("1500ユーロの報奨金", ["1.500 Euro"], "1.500 → 1500", True),
    T("数百人", ["mehrere Hundert Personen"], "mehrere Hundert → 数百", True),
    T("3600ユーロ", ["3.600 Euro"], "3.600 → 3600", True),
    T("11年前から", ["seit elf Jahren"], "elf → 11", True),
    T("従業員4人", ["vier Angestellten"], "vier → 4", True),
    T("3ユーロ(約10%)", ["von 29 auf 32 Euro"], "32 − 29 = 3; 3 / 29 = 10.3%", 32 - 29 == 3 and near(3 / 29, 0.103, 0.01)),
    T("2年で5分の1近く", ["in zwei Jahren um fast ein Fünftel"], "zwei → 2; ein Fünftel → 5分の1", True),
    T("24ユーロ", ["um 24 Euro"], "24", True),
    T("30年以上", ["seit über 30 Jahren"], "über 30", True),
    T("6週間ごとから8週間ごと", ["alle acht statt alle sechs Wochen"], "acht → 8, sechs → 6", True),
    T("6週間から8週間", ["alle acht statt alle sechs Wochen"], "acht → 8, sechs → 6", True),
    T("2月12日(水)午前10時(現地時間、日本時間同日午後6時)", ["am 12. Februar um 10 Uhr"], "12 Feb 2025 is a Wednesday; 10:00 CET (UTC+1) = 18:00 JST",
      wd(2025, 2, 12) == "Wednesday" and jst(2025, 2, 12, 10, 0, "Europe/Vienna").strftime("%d %H:%M") == "12 18:00"),
    T("2月12日から", ["am 12. Februar"], "12. Februar", True),
    T("2023年と2024年", ["wie 2023 und 2024"], "2023 und 2024", True),
    T("2度目", ["Eine zweite Runde"], "zweite → 2度目", True),
]

# ---- err-ch-coiffeur-lehrlingsakademie (published Thu 2024-09-26, CEST) ----
TRAPS["err-ch-coiffeur-lehrlingsakademie"] = [
    T("3月末に終わった", ["das Ende März abgeschlossen wurde"], "Ende März → 3月末", True),
    T("8月にビルスヴィル", ["hat im August"], "August → 8月", True),
    T("30日(月)", ["am kommenden Montag"], "published Thu 26 Sep 2024; 'am kommenden Montag' = 30 Sep", wd(2024, 9, 30) == "Monday"),
    T("1200平方メートル", ["1'200 Quadratmeter"], "1'200 → 1200", True),
    T("2階建て", ["zwei Etagen"], "zwei → 2", True),
    T("年約90万フラン", ["Fr. 900'000 pro Jahr"], "900'000 = 90万", True),
    T("見習い1人あたり年約1万5000フラン", ["Fr. 900'000 pro Jahr", "jedes Jahr 60 Lernende"], "900,000 / 60 = 15,000", 900000 / 60 == 15000),
    T("200フラン(約27%)高い950フラン", ["Fr. 950.– statt der vom Branchenverband empfohlenen Fr. 750.–"], "950 − 750 = 200; 200 / 750 = 26.7% → 約27%", 950 - 750 == 200 and near(200 / 750, 0.267, 0.01)),
    T("推奨額を200フラン上回る", ["Fr. 200.– über der Empfehlung"], "200", True),
    T("推奨額より200フラン", ["Fr. 200.– über der Empfehlung"], "200", True),
    T("4人に1人強", ["gut jede vierte"], "gut jede vierte → 4人に1人強", True),
    T("16ポイント上回る", ["bei 28 Prozent", "bei 12 Prozent"], "28 − 12 = 16 points", 28 - 12 == 16),
    T("426人(約26%)減った", ["von 1'610 im Jahr 2014 auf 1'184"], "1,610 − 1,184 = 426; 426 / 1,610 = 26.5% → 約26%", 1610 - 1184 == 426 and near(426 / 1610, 0.265, 0.01)),
    T("2023/24年度(2023年4月〜2024年3月)", ["Geschäftsjahr 2023/24, das Ende März abgeschlossen wurde"], "FY 2023/24 ended March 2024 → Apr 2023–Mar 2024", True),
    T("6240万フラン", ["Fr. 62,4 Mio."], "62.4 Mio. = 6240万", round(62.4e6) == 6240 * 10**4),
    T("前年度は約5930万フラン", ["Fr. 62,4 Mio., 5,2 Prozent mehr"], "62.4 / 1.052 = 59.3 Mio. → 約5930万", near(62.4 / 1.052, 59.3, 0.001)),
    T("3年間のEFZ課程", ["Die dreijährige Lehre"], "dreijährig → 3年間", True),
    T("専任の指導者6人", ["Sechs Ausbildnerinnen und Ausbildner"], "sechs → 6", True),
    T("3年間の出店計画は8店で、年平均では2〜3店", ["in den nächsten drei Jahren acht weitere Salons"], "8 / 3 = 2.7 → 2〜3", 2 <= 8 / 3 <= 3),
    T("今後3年間で8店", ["in den nächsten drei Jahren acht weitere Salons"], "drei → 3, acht → 8", True),
    T("少なくとも40人", ["mindestens 40 neue Fachkräfte"], "40", True),
    T("約2倍", ["Fr. 48.–", "Fr. 95.–"], "95 / 48 = 1.98 → 約2倍", near(95 / 48, 1.98, 0.005)),
    T("従業員2人", ["nur zwei Angestellte"], "zwei → 2", True),
    T("1年目から", ["im ersten Jahr"], "ersten Jahr → 1年目", True),
    T("1年目の見習い", ["im ersten Jahr"], "ersten Jahr → 1年目", True),
    T("見習い1年目の月給", ["Im ersten Lehrjahr"], "ersten Lehrjahr → 1年目", True),
    T("1年目の月給", ["Im ersten Lehrjahr"], "ersten Lehrjahr → 1年目", True),
    T("2年目は1050フラン、3年目は1250フラン", ["im zweiten Lehrjahr Fr. 1050.– und im dritten Fr. 1250.–"], "zweiten/dritten → 2年目/3年目", True),
    T("10月2日(水)午後7時(現地時間、日本時間3日午前2時)", ["am Mittwoch, 2. Oktober, um 19 Uhr"], "19:00 CEST (UTC+2) = 02:00 JST on 3 Oct",
      jst(2024, 10, 2, 19, 0, "Europe/Zurich").strftime("%d %H:%M") == "03 02:00"),
    T("10月2日に説明会", ["2. Oktober"], "2. Oktober", True),
    T("54人、約6人に1人", ["310 Jugendliche", "54 anschliessend"], "54 / 310 = 17.4% → 約6人に1人", near(54 / 310, 1 / 6, 0.06)),
    T("約6人に1人。", ["54 anschliessend"], "54 / 310 = 17.4%", True),
    T("2023年6月", ["im Juni 2023"], "Juni 2023", True),
]

# ---- clean-es-barberias-cupos-gratis (published Thu 2025-02-20, COT) -------
TRAPS["clean-es-barberias-cupos-gratis"] = [
    T("数少ない女性の1人", ["es una de las pocas mujeres"], "una → 1人", True),
    T("4300人", ["Cuatro mil trescientas personas"], "cuatro mil trescientas = 4 300", True),
    T("480人の枠で4300人", ["Cuatro mil trescientas personas"], "cuatro mil trescientas = 4 300", True),
    T("倍率は約9倍", ["Cuatro mil trescientas", "480 cupos"], "4 300 / 480 = 8.96 → 約9倍", near(4300 / 480, 8.96, 0.002)),
    T("19日(水)", ["anunció este miércoles"], "published Thu 20 Feb 2025; 'este miércoles' = 19 Feb", wd(2025, 2, 19) == "Wednesday"),
    T("11億5000万ペソ", ["1.150 millones de pesos"], "1.150 millones = 1 150 000 000 = 11億5000万", 1150 * 10**6 == 11 * 10**8 + 5000 * 10**4),
    T("受講枠1人あたり約240万ペソ", ["1.150 millones de pesos", "480 cupos"], "1 150 000 000 / 480 = 2 395 833 → 約240万", near(1.15e9 / 480, 2.396e6, 0.001)),
    T("6カ月、計320時間", ["dura seis meses, con 320 horas"], "seis → 6", True),
    T("約1430店", ["2.340 barberías registradas, y el 61 %"], "2 340 × 0.61 = 1 427 → 約1430", near(2340 * 0.61, 1427.4, 0.001)),
    T("約6割が過去5年", ["el 61 %", "últimos cinco años"], "61% → 約6割; cinco → 5", True),
    T("過去5年間", ["últimos cinco años"], "cinco → 5", True),
    T("2024年10〜12月期", ["cuarto trimestre de 2024"], "Q4 2024 = Oct–Dec", True),
    T("7割", ["siete de cada diez"], "siete de cada diez = 70% → 7割", True),
    T("10人に7人", ["siete de cada diez"], "siete de cada diez → 10人に7人", True),
    T("4〜5割", ["entre el 40 % y el 50 %"], "40–50% → 4〜5割", True),
    T("40〜50%", ["entre el 40 % y el 50 %"], "40–50%", True),
    T("2万5000ペソ", ["25.000 pesos"], "25.000 = 2万5000", True),
    T("6万ペソと、2.4倍", ["60.000 pesos"], "60 000 / 25 000 = 2.4", 60000 / 25000 == 2.4),
    T("月約210万ペソ", ["unos 2,1 millones de pesos al mes"], "2,1 millones = 210万", True),
    T("142万3500ペソの約1.5倍", ["1.423.500 pesos"], "2 100 000 / 1 423 500 = 1.48 → 約1.5倍", near(2.1e6 / 1423500, 1.48, 0.005)),
    T("差額は67万6500ペソ", ["2,1 millones", "1.423.500 pesos"], "2 100 000 − 1 423 500 = 676 500", 2100000 - 1423500 == 676500),
    T("1日に15〜20人", ["entre 15 y 20 clientes al día"], "15–20", True),
    T("350人、約9割", ["tuvo 400 estudiantes, de los cuales 350"], "350 / 400 = 87.5% → 約9割", 350 / 400 == 0.875),
    T("約9割が修了", ["350 se graduaron"], "350 / 400 = 87.5%", True),
    T("10年前", ["Hace diez años"], "diez → 10", True),
    T("2月28日(金)午後5時(現地時間、日本時間3月1日午前7時)", ["el viernes 28 de febrero a las 5 de la tarde"], "17:00 COT (UTC−5) = 07:00 JST on 1 Mar",
      jst(2025, 2, 28, 17, 0, "America/Bogota").strftime("%m-%d %H:%M") == "03-01 07:00"),
    T("2月28日に締め切り", ["28 de febrero"], "28 de febrero", True),
    T("18歳以上", ["mayor de 18 años"], "18", True),
    T("3月10日(月)に三つの会場", ["el lunes 10 de marzo en tres sedes"], "tres → 三つ", True),
    T("3月10日から", ["10 de marzo"], "10 de marzo", True),
    T("下半期(7〜12月)に枠を800人へ、現在より320人", ["800 cupos en el segundo semestre"], "segundo semestre = Jul–Dec; 800 − 480 = 320", 800 - 480 == 320),
    T("市内の理容店は2340店", ["2.340 barberías"], "2.340 → 2340", True),
]

# ---- err-es-peluquerias-iva (published Thu 2024-05-16, CEST) ---------------
TRAPS["err-es-peluquerias-iva"] = [
    T("21日(火)に再び", ["el próximo martes"], "published Thu 16 May 2024; 'el próximo martes' = 21 May", wd(2024, 5, 21) == "Tuesday"),
    T("11ポイント引き下げ", ["baje del 21 % al 10 %"], "21 − 10 = 11 points", 21 - 10 == 11),
    T("2012年9月", ["desde septiembre de 2012"], "septiembre de 2012", True),
    T("74店、約1割", ["cerraron 74 de los 640 salones"], "74 / 640 = 11.6% → 約1割", near(74 / 640, 0.116, 0.01)),
    T("差し引き43店減った", ["74", "solo abrieron 31"], "74 − 31 = 43", 74 - 31 == 43),
    T("差し引き43店の減少", ["solo abrieron 31"], "74 − 31 = 43", True),
    T("年約28億ユーロ", ["unos 2.800 millones de euros al año"], "2.800 millones = 28億", 2800 * 10**6 == 28 * 10**8),
    T("2024年1〜3月期", ["primer trimestre de 2024"], "Q1 2024 = Jan–Mar", True),
    T("1〜3月期の売上高は3.2%減", ["cayó un 3,2 %"], "3,2 → 3.2", True),
    T("58%、約6割", ["el 58 % de los clientes"], "58% → 約6割", True),
    T("2年前より", ["hace dos años"], "dos → 2", True),
    T("2年で", ["en dos años"], "dos → 2", True),
    T("女性のカットは男性の約2倍", ["28 euros", "14,50 euros"], "28 / 14.50 = 1.93 → 約2倍", near(28 / 14.5, 1.93, 0.005)),
    T("14.50ユーロ", ["14,50 euros"], "14,50 → 14.50", True),
    T("約4.86ユーロ", ["28 euros", "21 %"], "28 × 21 / 121 = 4.86", near(28 * 21 / 121, 4.86, 0.002)),
    T("1ポイント下げるごと", ["cada punto de IVA"], "cada punto → 1ポイント", True),
    T("21万5000人分", ["215.000 firmas"], "215.000 = 21万5000", True),
    T("34年間(1990年から)", ["desde hace 34 años"], "2024 − 34 = 1990", 2024 - 34 == 1990),
    T("4人に1人", ["Uno de cada cuatro"], "uno de cada cuatro → 4人に1人", True),
    T("約25.45ユーロと約2.55ユーロ", ["unos 25,45 euros"], "28 − 25.45 = 2.55", rnd(28 - 25.45) == 2.55),
    T("約25.45ユーロになりうる", ["unos 25,45 euros"], "25,45 → 25.45", True),
    T("3年前に4万ユーロ", ["hace tres años con un crédito de 40.000 euros"], "tres → 3; 40.000 = 4万", True),
    T("1日10時間、週6日、計60時間", ["diez horas al día, seis días a la semana"], "10 × 6 = 60", 10 * 6 == 60),
    T("3週間ごと", ["cada tres semanas"], "tres → 3", True),
    T("2週間ごと", ["cada dos semanas"], "dos → 2", True),
    T("1ユーロが大事", ["cada euro cuenta"], "cada euro → 1ユーロ", True),
    T("21日(火)正午(現地時間、日本時間同日午後7時)", ["a las 12.00 horas"], "12:00 CEST (UTC+2) = 19:00 JST",
      jst(2024, 5, 21, 12, 0, "Europe/Madrid").strftime("%d %H:%M") == "21 19:00"),
    T("21日正午", ["a las 12.00 horas"], "12.00 horas → 正午", True),
]

# ---- clean-ja-shiomi-riyoushi-shogakukin (published Tue 2025-10-14, JST) ---
TRAPS["clean-ja-shiomi-riyoushi-shogakukin"] = [
    T("13日(月)", ["汐見市は13日"], "13 Oct 2025 is a Monday", wd(2025, 10, 13) == "Monday"),
    T("最大120万円", ["月5万円", "最長24カ月"], "5万円 × 24 = 120万円", 5 * 24 == 120),
    T("最大120万円を貸し", ["最長24カ月"], "5万 × 24 = 120万", True),
    T("月5万円、最大120万円", ["最長24カ月"], "5万 × 24 = 120万", True),
    T("2026年度(2026年4月〜2027年3月)", ["2026年度当初予算案"], "Japanese fiscal 2026 = Apr 2026–Mar 2027", True),
    T("15人分にあたり", ["1800万円", "15人程度"], "1800万 / 120万 = 15", 1800 / 120 == 15),
    T("年平均2400万円", ["5年間", "総額1億2000万円"], "1億2000万 / 5 = 2400万", 12000 / 5 == 2400),
    T("10年前(2015年)", ["10年前の71人"], "2025 − 10 = 2015", 2025 - 10 == 2015),
    T("33人減り、ほぼ半分", ["今春の入学者は38人", "10年前の71人"], "71 − 38 = 33; 38 / 71 = 53.5% → ほぼ半分", 71 - 38 == 33 and near(38 / 71, 0.535, 0.01)),
    T("定員60人に対しては約6割", ["定員は60人"], "38 / 60 = 63% → 約6割", near(38 / 60, 0.63, 0.01)),
    T("10年前は約1480施設", ["1184施設", "約2割減少"], "1184 / 0.8 = 1480", 1184 / 0.8 == 1480),
    T("14人、約4割", ["卒業生33人のうち", "14人にとどまり"], "14 / 33 = 42% → 約4割", near(14 / 33, 0.42, 0.01)),
    T("残る19人", ["残りは東京や大阪など県外"], "33 − 14 = 19", 33 - 14 == 19),
    T("3.1%、約130円", ["4290円", "3.1%上がった"], "4290 − 4290 / 1.031 = 129 → 約130円", near(4290 - 4290 / 1.031, 129, 0.01)),
    T("前年は約4160円", ["4290円で、前年より3.1%上がった"], "4290 / 1.031 = 4161 → 約4160", near(4290 / 1.031, 4161, 0.001)),
    T("18日(土)", ["18日午後1時から"], "18 Oct 2025 is a Saturday", wd(2025, 10, 18) == "Saturday"),
    T("12月定例会", ["12月定例会"], "as in source", True),
]

# ---- err-ja-lumiere-kessan-neage (published Fri 2025-05-23, JST) -----------
TRAPS["err-ja-lumiere-kessan-neage"] = [
    T("22日(木)", ["西海市)は22日"], "22 May 2025 is a Thursday", wd(2025, 5, 22) == "Thursday"),
    T("2025年3月期(2024年4月〜2025年3月)", ["2025年3月期"], "year ended March 2025 = Apr 2024–Mar 2025", True),
    T("前の期は約174億5000万円", ["6.8%増の186億4000万円"], "186.4億 / 1.068 = 174.5億", near(186.4 / 1.068, 174.53, 0.001)),
    T("2億3000万円、2割減った", ["9億2000万円と前の期の11億5000万円"], "11.5億 − 9.2億 = 2.3億; 2.3 / 11.5 = 20%", rnd(11.5 - 9.2, 1) == 2.3 and near(2.3 / 11.5, 0.2, 0.001)),
    T("引き上げ前は29万4000円で、約6%", ["1万8000円引き上げ、31万2000円"], "31万2000 − 1万8000 = 29万4000; 1.8 / 29.4 = 6.1%", 312000 - 18000 == 294000 and near(18000 / 294000, 0.061, 0.01)),
    T("550円(12.5%)", ["4400円から4950円"], "4950 − 4400 = 550; 550 / 4400 = 12.5%", 4950 - 4400 == 550 and 550 / 4400 == 0.125),
    T("5200円を250円下回る", ["平均は5200円"], "5200 − 4950 = 250", 5200 - 4950 == 250),
    T("期末は223店", ["212店", "18店を出し", "7店を閉じる"], "212 + 18 − 7 = 223", 212 + 18 - 7 == 223),
    T("差し引き11店増やす", ["18店を出し", "7店を閉じる"], "18 − 7 = 11", 18 - 7 == 11),
    T("1店あたり約7人", ["美容師は1460人", "212店"], "1460 / 212 = 6.9 → 約7人", near(1460 / 212, 6.89, 0.005)),
    T("約7%増、営業利益は8000万円増", ["売上高200億円、営業利益10億円"], "200 / 186.4 = +7.3%; 10億 − 9.2億 = 8000万", near(200 / 186.4 - 1, 0.073, 0.02) and rnd(10 - 9.2, 1) == 0.8),
    T("1年前の46万人から12万人、約26%", ["58万人と、1年前より12万人増えた"], "58 − 12 = 46; 12 / 46 = 26%", 58 - 12 == 46 and near(12 / 46, 0.26, 0.01)),
    T("6月26日(木)", ["6月26日に西海市内"], "26 Jun 2025 is a Thursday", wd(2025, 6, 26) == "Thursday"),
    T("合わせて14人", ["9人が入社", "さらに5人"], "9 + 5 = 14", 9 + 5 == 14),
    T("午後3時30分", ["午後3時30分"], "as in source", True),
]

# --------------------------------------------------------------------------
# Planted slips: the wrong value in the digest, the source's counterpart,
# and the correct value (ok: Python confirms the digest value is wrong).
# --------------------------------------------------------------------------
PLANTED: dict[str, list[P]] = {
    "err-maple-comb-expansion": [
        P("約7億6300万ドル", ["revenue climbed 5% to $803 million"], "wrong prior-year level (803 × 0.95)", "803 / 1.05 = 764.8 → 約7億6500万ドル", near(803 * 0.95, 763, 0.001) and not near(803 / 1.05, 763, 0.001)),
        P("日本時間10日午前9時", ["7 p.m. CDT on Thursday"], "Japan time without the day shift", "19:00 CDT Thu 10 Oct = 09:00 JST Fri 11 Oct → 日本時間11日午前9時",
          jst(2024, 10, 10, 19, 0, "America/Chicago").strftime("%d %H:%M") == "11 09:00"),
        P("38州", [], "invented count (the source names no states)", "— (source gives no count of states)", True),
    ],
    "err-ravipur-salon-academy": [
        P("48億ルピー", ["₹48 crore"], "scale slip ×10 (crore read as 1億)", "48 crore = 480,000,000 → 4億8000万ルピー", 48 * 10**7 == 4 * 10**8 + 8000 * 10**4),
        P("4200人", ["Forty per cent of the seats", "12,000 young people"], "wrong share (35% instead of 40%)", "12,000 × 0.40 = 4,800人", 12000 * 40 // 100 == 4800),
        P("セッティ", ["Vikram Sethi"], "second katakana spelling (first ヴィクラム・セティ)", "セティ", True),
    ],
    "err-harbour-haircut-prices": [
        P("5.3%", ["rose 7.8%", "rose 2.5%"], "percent written for percentage points", "7.8 − 2.5 = 5.3ポイント", rnd(7.8 - 2.5, 1) == 5.3),
        P("4%増", ["Salon appointments fell 4% over the year"], "direction flipped (増 for 減)", "4%減", True),
        P("https://harbourtoday.example/business/haircut-prices-rise-7-8-percent-march-quarter?utm_source=morning_brief&utm_medium=email&utm_campaign=20250408_business&mc_eid=4f18b2c9d7",
          [], "tracking parameters on the URL", "https://harbourtoday.example/business/haircut-prices-rise-7-8-percent-march-quarter", True),
    ],
    "err-east-rift-barber-sacco": [
        P("3300シリング", ["from Sh4,800 to Sh1,300"], "wrong difference", "4,800 − 1,300 = 3,500シリング", 4800 - 1300 == 3500),
        P("(53)", ["Joseph Kiprotich Langat, 51"], "wrong age", "(51)", True),
        P("LBS", [], "abbreviation the source never gives", "— (source: Lomuru Barbers Sacco, no abbreviation)", True),
    ],
    "err-midland-barber-licensing": [
        P("7月3日", ["will discuss the proposal on Tuesday"], "a day off for a relative weekday", "published Thu 27 Jun 2024; 'on Tuesday' = 2 Jul → 7月2日", wd(2024, 7, 2) == "Tuesday" and wd(2024, 7, 3) != "Tuesday"),
        P("約120ポンド", ["licence fee of £240, renewable every three years"], "wrong per-unit figure (÷2 instead of ÷3)", "240 / 3 = 80ポンド", 240 / 3 == 80),
        P("2024.06.28", ["2024-06-27T23:10:00+01:00"], "Japan-time date in the citation", "outlet-local date 2024.06.27 (23:10 BST = 07:10 JST on 28 Jun)",
          jst(2024, 6, 27, 23, 10, "Europe/London").strftime("%Y.%m.%d") == "2024.06.28"),
    ],
    "err-cape-meridian-salon-hub": [
        P("2024年7月〜2025年6月", ["2025/26 financial year, which begins on July 1"], "wrong fiscal year", "2025年7月〜2026年6月", True),
        P("6〜9時間", ["between six and eight hours"], "wrong range end", "6〜8時間", True),
        P("約1500店", [], "invented count (the source counts no informal salons)", "— (source gives no count)", True),
    ],
    "err-leeward-barber-academy": [
        P("約35キロ", ["26 miles of open channel"], "wrong unit conversion", "26 × 1.609 = 41.8 → 約42キロ", near(26 * MI_KM, 41.8, 0.002)),
        P("10〜12月期", ["third quarter of 2025"], "wrong quarter", "2025年7〜9月期", True),
        P("ケアヌ・パリ", [], "person the source never names", "— (no mayor is named)", True),
    ],
    "err-fr-haute-riviere-formation": [
        P("1240万ドル", ["14,2 millions de dollars"], "changed digit (transposed)", "14,2 millions = 1420万ドル", round(14.2e6) == 1420 * 10**4),
        P("20日午前9時", ["jeudi à 19 h, heure de l'Est"], "Japan time off by an hour (summer time ignored)", "19:00 EDT (UTC−4) = 08:00 JST on 20 Sep → 日本時間20日午前8時",
          jst(2024, 9, 19, 19, 0, "America/Toronto").strftime("%d %H:%M") == "20 08:00"),
        P("ペルチエ", ["Jonathan Pelletier"], "second katakana spelling (first ペルティエ)", "ペルティエ", True),
    ],
    "err-at-friseurpreise-kollektivvertrag": [
        P("約3倍", ["Herrenhaarschnitt kostet im Landesschnitt inzwischen 31 Euro", "bei Damen 64 Euro"], "wrong multiple", "64 / 31 = 2.06 → 約2倍", near(64 / 31, 2.06, 0.005)),
        P("2480店", ["1.452 Ein-Personen-Unternehmen, 928 beschäftigen"], "wrong sum", "1,452 + 928 = 2,380店", 1452 + 928 == 2380),
        P("Alpenland Rundschau", [], "wrong outlet in the citation", "Alpenland Heute", True),
    ],
    "err-ch-coiffeur-lehrlingsakademie": [
        P("3800万フラン", ["rund Fr. 3,8 Mio."], "scale slip ×10", "3.8 Mio. = 380万フラン", round(3.8e6) == 380 * 10**4),
        P("約2年3カ月", ["im Juni 2023 begonnen", "am kommenden Montag"], "wrong duration", "June 2023 → opening 30 Sep 2024 = about 1年3カ月",
          (2024 - 2023) * 12 + (9 - 6) == 15),
        P("1987年", [], "invented founding year (the source gives none)", "— (no founding year in the source)", True),
    ],
    "err-es-peluquerias-iva": [
        P("20年近く", ["desde septiembre de 2012"], "wrong duration", "September 2012 → May 2024 = 11 years 8 months → 12年近く", (2024 - 2012) * 12 + (5 - 9) == 140),
        P("2.5%", ["ha subido 2,5 puntos en dos años, hasta el 24 %"], "percent written for percentage points", "2.5ポイント", True),
        P("APCA", [], "abbreviation the source never gives", "— (source: Asociación de Peluquerías de la Costa Almena)", True),
    ],
    "err-ja-lumiere-kessan-neage": [
        P("18億6400万円", ["186億4000万円"], "scale slip (億 misplaced, ÷10)", "186億4000万円", True),
        P("10〜12月期", ["1〜3月期(第4四半期)"], "wrong quarter (calendar Q4 for a March fiscal year)", "1〜3月期", True),
        P("グェン", ["グエン・ティ・マイさん(27)"], "second katakana spelling (first グエン)", "グエン", True),
    ],
}

# --------------------------------------------------------------------------


def digest_body(text: str) -> tuple[str, int, int]:
    """Return text and the [start, end) region to scan for numbers/names:
    from the 【概要】 marker to the citation marker."""
    start = text.index("【概要】")
    end = text.index("【引用・参照・底本】")
    return text, start, end


NUM_RE = {
    "en": re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"),
    "fr": re.compile(r"\d{1,3}(?:[ \u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
    "de": re.compile(r"\d{1,3}(?:[.']\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
    "es": re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"),
}
SCALE_WORDS = [("billion", 1e9), ("million", 1e6), ("crore", 1e7), ("lakh", 1e5),
               ("milliards", 1e9), ("millions", 1e6), ("Mio.", 1e6), ("Mrd.", 1e9),
               ("millones", 1e6), ("millón", 1e6)]


def source_values(lang: str, text: str) -> set[float]:
    vals: set[float] = set()
    if lang == "ja":
        for m in re.finditer(r"(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?(\d+(?:\.\d+)?)?", text):
            if not m.group(0):
                continue
            oku, man, rest = m.groups()
            v = (float(oku) * 1e8 if oku else 0) + (float(man) * 1e4 if man else 0) + (float(rest) if rest else 0)
            vals.add(v)
            for g in (oku, man, rest):
                if g:
                    vals.add(float(g))
        return vals
    for m in NUM_RE[lang].finditer(text):
        raw = m.group(0)
        if lang == "en":
            v = float(raw.replace(",", ""))
        else:
            v = float(re.sub(r"[ \u202f\u00a0.']", "", raw).replace(",", "."))
        vals.add(v)
        tail = text[m.end():m.end() + 12].lstrip()
        for w, f in SCALE_WORDS:
            if tail.startswith(w):
                vals.add(v * f)
    return vals


def digest_numbers(text: str, start: int, end: int):
    """Yield (value, start, end) for Japanese-formatted numbers in the region."""
    pat = re.compile(r"(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?(\d+(?:\.\d+)?)?")
    pos = start
    while pos < end:
        m = pat.match(text, pos)
        if m and m.group(0) and m.end() <= end:
            oku, man, rest = m.groups()
            v = (float(oku) * 1e8 if oku else 0) + (float(man) * 1e4 if man else 0) + (float(rest) if rest else 0)
            yield v, m.start(), m.end()
            pos = m.end()
        else:
            pos += 1


def covered(intervals, a, b) -> bool:
    return any(s <= a and b <= e for s, e in intervals)


def occurrences(text: str, needle: str):
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def parse_digest(path: Path) -> tuple[int, dict | None, str]:
    r = subprocess.run([YOTEN, "parse", str(path)], capture_output=True, text=True)
    data = None
    if r.returncode == 0:
        try:
            data = json.loads(r.stdout)
        except json.JSONDecodeError:
            data = None
    return r.returncode, data, r.stderr.strip()[-300:]


def main() -> int:
    errors: list[str] = []
    lines: list[str] = []
    specs = {m["name"]: m for m in gen.all_specs()}
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())

    # counts ---------------------------------------------------------------
    if sorted(specs) != cases:
        errors.append(f"specs and cases differ: {sorted(set(specs) ^ set(cases))}")
    n_clean = sum(c.startswith("clean-") for c in cases)
    n_err = sum(c.startswith("err-") for c in cases)
    langs = Counter(specs[c]["lang"] for c in cases if c in specs)
    by_lang_kind = Counter((specs[c]["lang"], c.split("-")[0]) for c in cases if c in specs)
    lines.append(f"cases: {len(cases)} (clean {n_clean}, err {n_err})")
    lines.append("languages: " + ", ".join(f"{k} {langs[k]}" for k in ("en", "fr", "de", "es", "ja")))
    lines.append("by language (clean/err): " + ", ".join(
        f"{k} {by_lang_kind[(k, 'clean')]}/{by_lang_kind[(k, 'err')]}" for k in ("en", "fr", "de", "es", "ja")))
    if (len(cases), n_clean, n_err) != (24, 12, 12):
        errors.append("need 24 cases, 12 clean and 12 err")
    if dict(langs) != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        errors.append(f"language mix wrong: {dict(langs)}")
    for k in ("en", "fr", "de", "es", "ja"):
        if not by_lang_kind[(k, "clean")] or not by_lang_kind[(k, "err")]:
            errors.append(f"language {k} lacks a clean or an err case")

    # html up to date --------------------------------------------------------
    stale = [c for c in cases if c in specs and
             (HERE / "cases" / c / "source.html").read_text(encoding="utf-8") != gen.render(specs[c])]
    if stale:
        errors.append(f"source.html out of date: {stale}")
    lines.append(f"source.html up to date: {len(cases) - len(stale)}/{len(cases)}")

    kinds = Counter()
    sev = Counter()
    traps_total = 0
    chrome = Counter()
    offsets = set()
    for c in cases:
        d = HERE / "cases" / c
        spec = specs[c]
        chrome[spec["chrome"]] += 1
        offsets.add(spec["published"][-6:])
        html = (d / "source.html").read_text(encoding="utf-8")
        sep_title = html.split("<title>")[1].split("</title>")[0]
        for need in ("og:site_name", "og:title", 'rel="canonical"', "article:published_time",
                     '"@type": "NewsArticle"', "<article", "<nav", "cookie", "related", "<footer"):
            if need not in html:
                errors.append(f"{c}: source.html lacks {need}")
        if not (" - " in sep_title or " | " in sep_title):
            errors.append(f"{c}: <title> lacks ' - ' or ' | '")
        text = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        src_text = " ".join([spec["title"]] + spec["paragraphs"])
        lang = spec["lang"]

        # expected.json ----------------------------------------------------
        clean = c.startswith("clean-")
        if exp.get("clean") is not clean:
            errors.append(f"{c}: expected.clean should be {clean}")
        f = exp.get("findings", [])
        if clean and f:
            errors.append(f"{c}: clean case has findings")
        if not clean:
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                errors.append(f"{c}: need 2 error + 1 warning, got {[(x['kind'], x['severity']) for x in f]}")
            if any(x["kind"] != "mismatch" for x in errs):
                errors.append(f"{c}: error findings must be kind mismatch")
            if any(x["kind"] not in WARN_KINDS for x in warns):
                errors.append(f"{c}: warning kind not allowed")
            planted_spans = [p.span for p in PLANTED.get(c, [])]
            if sorted(planted_spans) != sorted(x["span"] for x in f):
                errors.append(f"{c}: PLANTED table and expected.json disagree")
        for x in f:
            kinds[x["kind"]] += 1
            sev[x["severity"]] += 1
            n = text.count(x["span"])
            if n != 1:
                errors.append(f"{c}: span {x['span']!r} occurs {n} times")

        # parse --------------------------------------------------------------
        rc, data, err = parse_digest(d / "digest.txt")
        if rc != 0 or not data:
            errors.append(f"{c}: yoten parse failed rc={rc} {err}")
            data = {}
        for key in ("headline", "image_credit", "posted_at", "overview", "details", "key_points", "sources"):
            if not data.get(key):
                errors.append(f"{c}: parsed digest lacks {key}")

        # title line and post time ---------------------------------------------
        first = text.splitlines()[0]
        m = re.search(r"(\d{4})年(\d{2})月(\d{2})日 (\d{2}):(\d{2})$", first)
        if not m:
            errors.append(f"{c}: title line lacks the post timestamp")
        else:
            posted = dt.datetime(*map(int, m.groups()), tzinfo=TOKYO)
            pub = dt.datetime.fromisoformat(spec["published"])
            if posted <= pub:
                errors.append(f"{c}: post time {posted} not after publication {pub}")
        if "国立国会図書館デジタルコレクション「" not in text.splitlines()[2]:
            errors.append(f"{c}: image credit line missing")

        # sizes ----------------------------------------------------------------
        if lang == "ja":
            size = sum(len("".join(p.split())) for p in spec["paragraphs"])
            ok = 900 <= size <= 1600
            unit = "chars"
        else:
            size = sum(len(p.split()) for p in spec["paragraphs"])
            ok = 450 <= size <= 800
            unit = "words"
        if not ok:
            errors.append(f"{c}: source size {size} {unit} out of range")
        dsize = len(text)
        nsize = len("".join(text.split()))
        if not 2000 <= dsize <= 4500:
            errors.append(f"{c}: digest size {dsize} chars out of range")
        if not 2000 <= nsize <= 4500:
            errors.append(f"{c}: digest size without whitespace {nsize} out of range")

        # citation ---------------------------------------------------------------
        src = (data.get("sources") or [{}])[0]
        local_date = dt.datetime.fromisoformat(spec["published"]).astimezone(ZoneInfo(spec["zone"])).date()
        if dt.datetime.fromisoformat(spec["published"]).date() != local_date:
            errors.append(f"{c}: published offset disagrees with zone")
        want = {"title": spec["title"], "outlet": spec["outlet"], "date": local_date.isoformat(), "url": spec["url"]}
        cit = [x for x in f if x["kind"] == "citation"]
        diffs = [k for k in want if src.get(k) != want[k]]
        if not cit and diffs:
            errors.append(f"{c}: citation differs from spec in {diffs}: {src}")
        if cit and len(diffs) != 1:
            errors.append(f"{c}: labelled citation slip should change exactly one field, changed {diffs}")
        if (d / "expected.json").exists() and spec["url"] not in html:
            errors.append(f"{c}: canonical URL not in html")

        # traps ----------------------------------------------------------------
        intervals = []
        for t in TRAPS.get(c, []):
            traps_total += 1
            occ = occurrences(text, t.digest)
            if not occ:
                errors.append(f"{c}: trap text not in digest: {t.digest!r}")
            intervals += occ
            for s in t.source:
                if s not in src_text:
                    errors.append(f"{c}: trap source text not in source: {s!r}")
            if not t.ok:
                errors.append(f"{c}: trap arithmetic fails: {t.digest!r} ({t.note})")
        for p in PLANTED.get(c, []):
            intervals += occurrences(text, p.span)
            for s in p.source:
                if s not in src_text and s != spec["published"]:
                    errors.append(f"{c}: planted source text not in source: {s!r}")
            if not p.ok:
                errors.append(f"{c}: planted check fails: {p.span!r}")
        if len(TRAPS.get(c, [])) < 8:
            errors.append(f"{c}: fewer than 8 derived values listed")

        # numbers --------------------------------------------------------------
        _, a, b = digest_body(text)
        svals = source_values(lang, src_text)
        unexplained = []
        for v, s0, e0 in digest_numbers(text, a, b):
            line_start = text.rfind("\n", 0, s0) + 1
            if re.fullmatch(r"\s*", text[line_start:s0]) and text[e0:e0 + 1] == ".":
                continue  # list numbering "1."
            if covered(intervals, s0, e0):
                continue
            if v == 1 and re.match(r"(?:人|店|時間|年|日|回|台|件)(?:あたり|ごと)", text[e0:e0 + 5]):
                continue  # 1人あたり / 1店あたり ... (per-unit wording, not a figure)
            if any(abs(v - sv) <= 1e-9 * max(1.0, abs(sv)) for sv in svals):
                continue
            unexplained.append(text[max(a, s0 - 6):e0 + 4].replace("\n", " "))
        if unexplained:
            errors.append(f"{c}: numbers neither in source nor listed: {unexplained}")

        # Latin names and capital abbreviations ---------------------------------
        planted_all = [p.span for p in PLANTED.get(c, [])]
        region = text[a:b]
        for m2 in re.finditer(r"\(([^()]*[A-Za-z][^()]*)\)", region):
            for part in m2.group(1).split("、"):
                part = part.strip()
                if not re.search(r"[A-Za-z]", part):
                    continue
                if part.casefold() in src_text.casefold() or part in planted_all:
                    continue
                if any(region[:m2.start()].endswith(ps) for ps in planted_all):
                    continue  # the Latin spelling of a planted (invented) name
                if part in ABBR_OK and any(x in src_text for x in ABBR_OK[part]):
                    continue
                errors.append(f"{c}: Latin text ({part}) not in source")
        for m2 in re.finditer(r"(?<![A-Za-z])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![A-Za-z])", region):
            tok = m2.group(0)
            if tok in src_text or tok in planted_all:
                continue
            if tok in ABBR_OK and any(x in src_text for x in ABBR_OK[tok]):
                continue
            errors.append(f"{c}: abbreviation {tok} not in source")

        lines.append(f"{c:42s} {lang}  src {size:4d} {unit:5s}  digest {dsize:4d} chars ({nsize} w/o spaces)  "
                     f"traps {len(TRAPS.get(c, [])):2d}  findings {len(f)}  parse ok={rc == 0}")

    lines.append(f"planted findings: {sum(kinds.values())} "
                 f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}); "
                 f"by severity: {dict(sev)}")
    lines.append(f"derived values listed (TRAPS): {traps_total}")
    lines.append(f"chrome variants: {dict(sorted(chrome.items()))}; UTC offsets: {sorted(offsets)}")
    print("\n".join(lines))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print(" -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


TOPICS = {
    "clean-valley-apprentice-pay": "apprentice hairdressers' minimum hourly pay rise, training-cost grants",
    "clean-kestrel-license-hours": "state bill cutting barber licence training hours",
    "clean-southern-cross-barber-shortage": "national shortage of hairdressers and barbers, apprentice drop-outs",
    "clean-tidewater-apprentice-grants": "provincial grants for hairstylist apprentices",
    "clean-straits-lumen-hair-results": "salon chain half-year results, expansion, older-stylist training",
    "clean-pine-ridge-chair-check": "blood pressure checks in barbershops expanded",
    "clean-western-lough-hair-academy": "new hairdressing and barbering academy opens",
    "clean-fr-cfa-coiffure-aide": "fewer hairdressing apprentices after hiring aid cut",
    "clean-fr-valmont-moratoire-barbiers": "town freezes new barbershop openings",
    "clean-de-friseur-ausbildung": "guild raises apprentice hairdressers' training allowance",
    "clean-es-barberias-cupos-gratis": "free municipal barbering course oversubscribed",
    "clean-ja-shiomi-riyoushi-shogakukin": "city loan scholarship for barber-school students",
    "err-maple-comb-expansion": "salon chain results and 140 new salons",
    "err-ravipur-salon-academy": "salon chain and state mission hair-and-beauty academy",
    "err-harbour-haircut-prices": "haircut prices rise faster than inflation",
    "err-east-rift-barber-sacco": "barbers' savings cooperative loans and solar kits",
    "err-midland-barber-licensing": "county plans licences for barbershops",
    "err-cape-meridian-salon-hub": "municipal salon hub for informal hairdressers",
    "err-leeward-barber-academy": "island barber school enrollment and scholarships",
    "err-fr-haute-riviere-formation": "accelerated hairdressing training places",
    "err-at-friseurpreise-kollektivvertrag": "hairdressers raise prices, collective wage",
    "err-ch-coiffeur-lehrlingsakademie": "salon chain opens apprentice academy, higher apprentice pay",
    "err-es-peluquerias-iva": "hairdressers protest for a lower VAT rate",
    "err-ja-lumiere-kessan-neage": "salon chain results and haircut price rise",
}


def tables() -> None:
    specs = {m["name"]: m for m in gen.all_specs()}
    print("| case | lang | outlet (UTC offset) | topic |")
    print("|---|---|---|---|")
    for c in sorted(specs):
        s = specs[c]
        print(f"| {c} | {s['lang']} | {s['outlet']} ({s['published'][-6:]}) | {TOPICS[c]} |")
    print()
    for c in sorted(TRAPS):
        if not c.startswith("clean-"):
            continue
        print(f"**{c}**\n")
        for t in TRAPS[c]:
            print(f"- `{t.digest}` — {t.note}")
        print()
    print("| case | span | kind / severity | slip | correct value |")
    print("|---|---|---|---|---|")
    for c in sorted(PLANTED):
        exp = json.loads((HERE / "cases" / c / "expected.json").read_text(encoding="utf-8"))
        ks = {x["span"]: (x["kind"], x["severity"]) for x in exp["findings"]}
        for p in PLANTED[c]:
            k, s = ks[p.span]
            print(f"| {c} | `{p.span}` | {k} / {s} | {p.slip} | {p.correct} |")
    print()
    for c in sorted(TRAPS):
        if not c.startswith("err-"):
            continue
        print(f"**{c}**\n")
        for t in TRAPS[c]:
            print(f"- `{t.digest}` — {t.note}")
        print()


if __name__ == "__main__":
    if "--tables" in sys.argv:
        tables()
        sys.exit(0)
    sys.exit(main())
