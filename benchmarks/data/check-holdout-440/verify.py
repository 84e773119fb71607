#!/usr/bin/env python3
"""Check the check-holdout-440 set.

- every case has specs/<name>.txt, source.html (up to date with gen.py), digest.txt, expected.json;
- 24 cases: 12 clean-* with no findings, 12 err-* with exactly 3 findings (2 mismatch/error + 1 warning);
- every span stands verbatim and exactly once in its digest; planted findings match PLANTED below;
- each planted mismatch has its counterpart in the source; unsupported/name spans have none;
- `yoten parse` accepts every digest; the post time (JST) is after the source's publication; its citation is title / outlet / local date / canonical URL
  (the three citation slips deviate exactly as labelled);
- sizes: sources 450-800 words (ja: 900-1,600 characters), digests 2,000-4,500 characters;
- language counts 14 en / 3 fr / 3 de / 2 es / 2 ja; published offsets agree with the zone;
- every derived value listed in TRAPS stands in its digest, its evidence stands in the source,
  and its arithmetic holds.

Usage: python3 verify.py [--md]   (--md prints the README tables)
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE))
from gen import parse_spec, render  # noqa: E402

JST = ZoneInfo("Asia/Tokyo")
WD = "月火水木金土日"
ACRE_HA = 0.40468564224
MILE_KM = 1.609344
SQFT_M2 = 0.09290304


def near(x, target, tol):
    return abs(x - target) <= tol


def wd(y, m, d):
    return WD[date(y, m, d).weekday()]


def next_wd(d, w):
    for n in range(1, 8):
        if WD[(d + timedelta(n)).weekday()] == w:
            return d + timedelta(n)


def prev_wd(d, w):
    for n in range(1, 8):
        if WD[(d - timedelta(n)).weekday()] == w:
            return d - timedelta(n)


def jst(y, m, d, h, mi, zone):
    t = datetime(y, m, d, h, mi, tzinfo=ZoneInfo(zone)).astimezone(JST)
    return (t.day, t.hour, t.minute)


D = date
# case -> [(text in digest, arithmetic shown in README, check, evidence strings in the source)]
TRAPS = {
"clean-en-cremation-record": [
 ("14日(木)", "released Thursday = publication day 2024-03-14, a Thursday", wd(2024,3,14) == "木", ("released Thursday",)),
 ("2022年は約4490件", "4,872 / 1.085 = 4,490.3", near(4872/1.085, 4490, 5), ("4,872", "up 8.5%")),
 ("6.5ポイント上昇", "68.4 − 61.9 = 6.5 points", near(68.4-61.9, 6.5, 1e-9), ("68.4%", "61.9%")),
 ("約4.2倍", "9,850 / 2,340 = 4.21", near(9850/2340, 4.2, 0.05), ("$9,850", "$2,340")),
 ("差額は7510ドル", "9,850 − 2,340 = 7,510", 9850-2340 == 7510, ("$9,850", "$2,340")),
 ("19日(火)", "\"on Tuesday\" from Thu 14 March 2024 → 19 March", next_wd(D(2024,3,14), "火") == D(2024,3,19), ("on Tuesday",)),
 ("日本時間20日午前8時30分", "19 Mar 18:30 CDT (UTC−5) = 23:30 UTC = 20 Mar 08:30 JST", jst(2024,3,19,18,30,"America/Chicago") == (20,8,30), ("6:30 p.m. CDT",)),
 ("約4キロ(2.5マイル)", "2.5 mi × 1.609 = 4.02 km", near(2.5*MILE_KM, 4, 0.1), ("2.5-mile",)),
 ("摂氏約870〜980度", "(1,600 − 32)/1.8 = 871 °C; (1,800 − 32)/1.8 = 982 °C", near((1600-32)/1.8, 870, 5) and near((1800-32)/1.8, 980, 5), ("1,600 and 1,800 degrees Fahrenheit",)),
 ("約4割にあたる1930件", "1,930 / 4,872 = 39.6%", near(1930/4872, 0.4, 0.01), ("1,930",)),
 ("今年で37年", "2024 − 1987 = 37", 2024-1987 == 37, ("opened in 1987",)),
 ("第3四半期(7〜9月期)", "third quarter → July–September", True, ("third quarter",)),
 ("約32%値上がり", "1,450 / 1,100 = 1.318 → +31.8%", near(1450/1100-1, 0.32, 0.005), ("$1,450", "$1,100")),
 ("7.9ポイント上回る", "68.4 − 60.5 = 7.9 points", near(68.4-60.5, 7.9, 1e-9), ("60.5%",)),
 ("97件、半数近く", "97 / 212 = 45.8%", near(97/212, 0.46, 0.01), ("212 funerals", "97 of which")),
 ("FIDC", "abbreviation the source gives: Funeral Industry Data Council (FIDC)", True, ("(FIDC)",)),
],
"clean-en-burial-plot-shortage": [
 ("9日(火)", "\"on Tuesday\" = publication day 2024-07-09", wd(2024,7,9) == "火", ("on Tuesday",)),
 ("三つの墓地", "kanji numeral for \"three cemeteries\"", True, ("three cemeteries",)),
 ("約3年分", "1,140 / 380 = 3.0 years", near(1140/380, 3, 0.05), ("1,140", "380 burials")),
 ("12エーカー(約4.9ヘクタール)", "12 ac × 0.4047 = 4.86 ha", near(12*ACRE_HA, 4.9, 0.05), ("12 acres",)),
 ("約4.8キロ(3マイル)", "3 mi × 1.609 = 4.83 km", near(3*MILE_KM, 4.8, 0.05), ("three miles",)),
 ("1エーカーあたり約21万7000ポンド", "£2,600,000 / 12 = £216,667", near(2.6e6/12, 217000, 500), ("£2.6 million",)),
 ("1基あたりの用地費は約540ポンド", "£2,600,000 / 4,800 = £541.7", near(2.6e6/4800, 540, 5), ("4,800 graves",)),
 ("215ポンド(約17%)", "1,490 − 1,275 = 215; 215 / 1,275 = 16.9%", 1490-1275 == 215 and near(215/1275, 0.17, 0.005), ("£1,275 to £1,490",)),
 ("2980ポンド", "twice the resident rate: 1,490 × 2 = 2,980", 1490*2 == 2980, ("twice the resident rate",)),
 ("11日(木)", "\"on Thursday\" from Tue 9 July 2024 → 11 July", next_wd(D(2024,7,9), "木") == D(2024,7,11), ("on Thursday",)),
 ("日本時間12日午前3時", "11 Jul 19:00 BST (UTC+1) = 18:00 UTC = 12 Jul 03:00 JST", jst(2024,7,11,19,0,"Europe/London") == (12,3,0), ("7pm",)),
 ("7ポイント下がった", "29 − 22 = 7 points", 29-22 == 7, ("22%", "29% in 2014")),
 ("残る78%は火葬", "100 − 22 = 78%", 100-22 == 78, ("with the rest being cremations",)),
 ("10年前から7ポイント低下", "2014 → 2024 = 10 years", 2024-2014 == 10, ("in 2014",)),
 ("71%(約930件)", "1,312 × 0.71 = 931.5", near(1312*0.71, 930, 5), ("1,312 responses", "71%")),
 ("開設から156年", "2024 − 1868 = 156", 2024-1868 == 156, ("opened in 1868",)),
 ("2023〜24会計年度(2023年4月〜24年3月)", "UK council financial year 2023-24 = April 2023 – March 2024", True, ("2023-24 financial year",)),
 ("約8万5000ポンド", "£85,000 written with 万", True, ("£85,000",)),
],
"clean-en-funeral-merger": [
 ("4億8500万豪ドル", "$485 million = 4億8500万", 485e6 == 4.85e8, ("$485 million",)),
 ("20日(水)", "\"on Wednesday\" before Thu 21 Nov 2024 → 20 Nov", prev_wd(D(2024,11,21), "水") == D(2024,11,20), ("on Wednesday",)),
 ("終値は約2.68豪ドル", "3.40 / 1.27 = 2.677", near(3.40/1.27, 2.68, 0.005), ("$3.40 a share", "27 per cent")),
 ("214拠点", "132 + 82 = 214", 132+82 == 214, ("132 funeral homes", "operates 82")),
 ("5件に1件", "38,000 / 190,000 = 0.20", near(38000/190000, 0.2, 1e-9), ("38,000", "190,000")),
 ("約2割にあたる", "38,000 / 190,000 = 20%", near(38000/190000, 0.2, 1e-9), ("38,000",)),
 ("2024年6月期(2023年7月〜24年6月)", "financial year ended June 30, 2024 = July 2023 – June 2024", True, ("ended June 30, 2024",)),
 ("合計は9億1300万豪ドル", "612 + 301 = 913 million", 612+301 == 913, ("$612 million", "$301 million")),
 ("約2倍である", "612 / 301 = 2.03", near(612/301, 2, 0.05), ("$612 million", "$301 million")),
 ("2027会計年度(2026年7月〜27年6月)", "Australian 2027 financial year = July 2026 – June 2027", True, ("2027 financial year",)),
 ("残る1750人", "2,900 − 1,150 = 1,750", 2900-1150 == 1750, ("2,900 people", "1,150")),
 ("創業113年", "2024 − 1911 = 113", 2024-1911 == 113, ("founded in 1911",)),
 ("約7710豪ドル", "7,950 / 1.031 = 7,711", near(7950/1.031, 7710, 5), ("3.1 per cent to $7,950",)),
 ("日本時間同日午前9時", "10:00 AEST (UTC+10) = 09:00 JST same day", jst(2024,11,21,10,0,"Australia/Brisbane") == (21,9,0), ("10am AEST on Thursday",)),
 ("NCCO", "abbreviation the source gives", True, ("(NCCO)",)),
],
"clean-en-crore-crematorium": [
 ("8億4600万ルピー", "₹84.6 crore = 846,000,000 = 8億4600万", near(84.6e7, 8.46e8, 1), ("₹84.6 crore",)),
 ("6億1200万ルピー", "₹61.2 crore = 612,000,000", near(61.2e7, 6.12e8, 1), ("₹61.2 crore",)),
 ("2億3400万ルピー", "84.6 − 61.2 = 23.4 crore = 2億3400万", near(84.6-61.2, 23.4, 1e-9), ("₹84.6 crore", "₹61.2 crore")),
 ("約38%の増額", "84.6 / 61.2 = 1.382", near(84.6/61.2-1, 0.38, 0.005), ("₹84.6 crore",)),
 ("2025〜26年度(2025年4月〜26年3月)", "Indian fiscal year 2025-26 = April 2025 – March 2026", True, ("2025-26 budget",)),
 ("計2億6000万ルピー", "4 × ₹6.5 crore = ₹26 crore", near(4*6.5, 26, 1e-9), ("₹6.5 crore each",)),
 ("1基あたり6500万ルピー", "₹6.5 crore = 65,000,000", near(6.5e7, 6.5e7, 0), ("₹6.5 crore each",)),
 ("2025年10〜12月期", "third quarter of FY 2025-26 (April–March) = October–December 2025", True, ("third quarter of 2025-26",)),
 ("1日平均約59件", "21,480 / 366 (2024 is a leap year) = 58.7", near(21480/366, 59, 0.5), ("21,480 cremations in 2024",)),
 ("6230件(約3割)", "6,230 / 21,480 = 29.0%", near(6230/21480, 0.3, 0.015), ("6,230",)),
 ("残る1万5250件", "21,480 − 6,230 = 15,250", 21480-6230 == 15250, ("the rest were on open wood-fired pyres",)),
 ("約3.8倍", "4,500 / 1,200 = 3.75", near(4500/1200, 3.8, 0.06), ("₹4,500", "₹1,200")),
 ("約5300トン", "15,250 × 350 kg = 5,337.5 t", near(15250*350/1000, 5300, 60), ("350 kg",)),
 ("1日(土)", "\"on Saturday\" before Mon 3 Feb 2025 → 1 Feb", prev_wd(D(2025,2,3), "土") == D(2025,2,1), ("on Saturday",)),
 ("941億2000万ルピー", "₹9,412 crore = 94,120,000,000", near(9412e7, 9.412e10, 1), ("₹9,412-crore",)),
 ("約0.9%", "84.6 / 9,412 = 0.90%", near(84.6/9412, 0.009, 0.0005), ("₹9,412-crore",)),
 ("63年が経つ", "2025 − 1962 = 63", 2025-1962 == 63, ("built in 1962",)),
 ("6日(木)", "\"on Thursday\" from Mon 3 Feb 2025 → 6 Feb", next_wd(D(2025,2,3), "木") == D(2025,2,6), ("on Thursday",)),
 ("日本時間同日午後2時30分", "11:00 IST (UTC+5:30) = 14:30 JST same day", jst(2025,2,6,11,0,"Asia/Kolkata") == (6,14,30), ("11 am",)),
 ("9800万ルピー", "₹9.8 crore = 98,000,000", True, ("₹9.8 crore",)),
 ("3200万ルピー", "₹3.2 crore = 32,000,000", True, ("₹3.2 crore",)),
 ("1億4000万ルピー", "₹14 crore = 140,000,000", True, ("₹14 crore",)),
 ("4億7200万ルピー、約77%", "61.2 − 14 = 47.2 crore; 47.2 / 61.2 = 77.1%", near(47.2/61.2, 0.77, 0.005), ("failed to spend ₹14 crore of the ₹61.2 crore",)),
 ("KMC", "abbreviation the source gives", True, ("(KMC)",)),
],
"clean-en-funeral-price-index": [
 ("5日(木)", "released Thursday = publication day 2023-10-05 (local)", wd(2023,10,5) == "木", ("released Thursday",)),
 ("前回調査時の中央値は約8230ドル", "8,740 / 1.062 = 8,229.8", near(8740/1.062, 8230, 5), ("$8,740", "6.2%")),
 ("2021年以来2年ぶり", "2023 − 2021 = 2", 2023-2021 == 2, ("first since 2021",)),
 ("4〜6月(第2四半期)", "second quarter = April–June", True, ("second quarter",)),
 ("約4.6倍", "8,740 / 1,895 = 4.61", near(8740/1895, 4.6, 0.05), ("$1,895",)),
 ("約5.3倍", "4,250 / 795 = 5.35", near(4250/795, 5.3, 0.06), ("$795", "$4,250")),
 ("約36%、3分の1強", "23 / 64 = 35.9%", near(23/64, 0.36, 0.005) and 23/64 > 1/3, ("Only 23 of the 64",)),
 ("約3.3倍、差額は2500ドル", "3,600 / 1,100 = 3.27; 3,600 − 1,100 = 2,500", near(3600/1100, 3.3, 0.05) and 3600-1100 == 2500, ("$1,100", "$3,600")),
 ("38マイル(約61キロ)", "38 mi × 1.609 = 61.2 km", near(38*MILE_KM, 61, 0.5), ("38 miles",)),
 ("約2.1倍", "2,950 / 1,400 = 2.11", near(2950/1400, 2.1, 0.05), ("$2,950", "$1,400")),
 ("その差は275ドル", "1,250 − 975 = 275", 1250-975 == 275, ("$1,250", "$975")),
 ("9日(月)", "\"on Monday\" from Thu 5 Oct 2023 → 9 Oct", next_wd(D(2023,10,5), "月") == D(2023,10,9), ("on Monday",)),
 ("日本時間10日午前8時30分", "9 Oct 17:30 MDT (UTC−6) = 23:30 UTC = 10 Oct 08:30 JST", jst(2023,10,9,17,30,"America/Denver") == (10,8,30), ("5:30 p.m. MDT",)),
 ("設立から29年", "2023 − 1994 = 29", 2023-1994 == 29, ("founded in 1994",)),
 ("MSFCA", "abbreviation the source gives", True, ("(MSFCA)",)),
],
"clean-en-cemetery-budget-nz": [
 ("19日(月)", "\"yesterday\" from Tue 20 Feb 2024 = Mon 19 Feb", D(2024,2,20)-timedelta(1) == D(2024,2,19) and wd(2024,2,19) == "月", ("released yesterday",)),
 ("年平均148万NZドル", "$14.8m / 10 years = $1.48m", near(14.8/10, 1.48, 1e-9), ("$14.8 million", "10 years")),
 ("全体の約4割", "6.3 / 14.8 = 42.6%", near(6.3/14.8, 0.4, 0.03), ("$6.3m",)),
 ("2026/27会計年度(2026年7月〜27年6月)", "NZ council financial year runs 1 July – 30 June (source: July 1 starts 2024/25)", True, ("2026/27 financial year", "July 1, the start of the 2024/25 financial year")),
 ("約2年分", "260 / 130 = 2.0", near(260/130, 2, 1e-9), ("260 plots", "130 burials")),
 ("約15年分", "restates \"roughly 15 years\" (2,000 / 130 = 15.4)", near(2000/130, 15, 0.5), ("roughly 15 years",)),
 ("380NZドル(約17%)", "2,560 − 2,180 = 380; 380 / 2,180 = 17.4%", 2560-2180 == 380 and near(380/2180, 0.17, 0.005), ("$2,180 to $2,560",)),
 ("約14%上がる", "450 / 395 = 1.139", near(450/395-1, 0.14, 0.005), ("$395 to $450",)),
 ("55NZドル上がる", "450 − 395 = 55", 450-395 == 55, ("$395 to $450",)),
 ("およそ8割", "79% ≈ 8割", near(0.79, 0.8, 0.015), ("About 79%",)),
 ("15ポイント上昇", "79 − 64 = 15 points", 79-64 == 15, ("64% a decade ago",)),
 ("住民1人あたり約350NZドル", "$14,800,000 / 42,600 = $347.4", near(14.8e6/42600, 350, 3), ("42,600 residents",)),
 ("今年で145年", "2024 − 1879 = 145", 2024-1879 == 145, ("opened in 1879",)),
 ("2024/25会計年度(2024年7月〜25年6月)", "2024/25 financial year starts 1 July 2024", True, ("the start of the 2024/25 financial year",)),
 ("22日(木)", "\"on Thursday\" from Tue 20 Feb 2024 → 22 Feb", next_wd(D(2024,2,20), "木") == D(2024,2,22), ("on Thursday",)),
 ("日本時間22日午前5時30分", "22 Feb 09:30 NZDT (UTC+13) = 21 Feb 20:30 UTC = 22 Feb 05:30 JST", jst(2024,2,22,9,30,"Pacific/Auckland") == (22,5,30), ("9.30am",)),
 ("期間は約1カ月", "4 March → 5 April = 32 days", (D(2024,4,5)-D(2024,3,4)).days == 32, ("March 4", "April 5")),
 ("8割近く", "79% = just under 8割", 0.79 < 0.8, ("About 79%",)),
],
"clean-en-memorial-park-results": [
 ("第2四半期(4〜6月期)", "second quarter = April–June", True, ("second quarter",)),
 ("4億1200万ペソ", "₱412 million = 4億1200万", True, ("₱412 million",)),
 ("6300万ペソ増えた", "412 − 349 = 63 million", 412-349 == 63, ("₱412 million", "₱349 million")),
 ("約20億8000万ペソ", "2.31 bn / 1.11 = 2.081 bn", near(2.31/1.11, 2.08, 0.005), ("11% to ₱2.31 billion",)),
 ("1〜3月期は3億5900万ペソ", "771 − 412 = 359 million", 771-412 == 359, ("₱771 million",)),
 ("15日(木)", "filing \"on Thursday\" = publication day 2024-08-15", wd(2024,8,15) == "木", ("on Thursday",)),
 ("14ポイント上昇", "62 − 48 = 14 points", 62-48 == 14, ("62%", "48%")),
 ("計1万1030区画", "6,840 + 4,190 = 11,030", 6840+4190 == 11030, ("6,840 niches", "4,190 garden lots")),
 ("1ヘクタールあたり約4570万ペソ", "₱1.6 bn / 35 ha = ₱45.7 m", near(1.6e9/35, 45.7e6, 0.05e6), ("₱1.6 billion", "35-hectare")),
 ("2025年第4四半期(10〜12月期)", "fourth quarter of 2025 = October–December", True, ("fourth quarter of 2025",)),
 ("約14.14ペソ", "14.62 / 1.034 = 14.139", near(14.62/1.034, 14.14, 0.005), ("3.4% to ₱14.62",)),
 ("約1万1500件", "12,500 / 1.09 = 11,468", near(12500/1.09, 11500, 50), ("rose 9% to 12,500",)),
 ("約2.7倍", "185,000 / 68,000 = 2.72", near(185000/68000, 2.7, 0.05), ("₱68,000", "₱185,000")),
 ("創業48年", "2024 − 1976 = 48", 2024-1976 == 48, ("founded in 1976",)),
 ("計23カ所", "14 + 9 = 23", 14+9 == 23, ("14 memorial parks and nine chapels",)),
 ("16日(金)", "\"on Friday\" from Thu 15 Aug 2024 → 16 Aug", next_wd(D(2024,8,15), "金") == D(2024,8,16), ("on Friday",)),
 ("日本時間同日午前11時", "10:00 PHT (UTC+8) = 11:00 JST same day", jst(2024,8,16,10,0,"Asia/Manila") == (16,11,0), ("at 10 a.m.",)),
 ("15億ペソを超える", "₱1.5 billion = 15億", True, ("₱1.5 billion",)),
],
"clean-fr-pompes-funebres": [
 ("4870ユーロ", "\"4 870 euros\" (spaced thousands)", True, ("4 870 euros",)),
 ("前年は約4710ユーロ", "4,870 / 1.034 = 4,709.9", near(4870/1.034, 4710, 5), ("3,4 %",)),
 ("差は910ユーロ", "4,870 − 3,960 = 910", 4870-3960 == 910, ("3 960 euros",)),
 ("4〜6月(第2四半期)", "\"deuxième trimestre\" = April–June", True, ("menée au deuxième trimestre",)),
 ("3分の1にあたる9社", "9 / 27 = 1/3 (\"neuf\" of \"vingt-sept\")", 9*3 == 27, ("vingt-sept", "neuf d'entre elles")),
 ("9.5ポイント上昇", "41.5 − 32 = 9.5 points", near(41.5-32, 9.5, 1e-9), ("41,5 %", "32 % en 2013")),
 ("約2540件", "6,120 × 0.415 = 2,539.8", near(6120*0.415, 2540, 1), ("6 120 décès",)),
 ("180万ユーロ", "\"1,8 million\" (decimal comma) = 1,800,000", True, ("1,8 million d'euros",)),
 ("2025年4〜6月期", "\"deuxième trimestre 2025\" = April–June 2025", True, ("deuxième trimestre 2025",)),
 ("約17%上がった", "1,150 / 980 = 1.173", near(1150/980-1, 0.17, 0.005), ("1 150 euros", "980 euros")),
 ("170ユーロ、約17%高い", "1,150 − 980 = 170", 1150-980 == 170, ("1 150 euros", "980 euros")),
 ("1年あたり約38ユーロ", "1,150 / 30 years = 38.3", near(1150/30, 38, 0.5), ("concession de trente ans",)),
 ("開業から26年", "2024 − 1998 = 26", 2024-1998 == 26, ("ouvert en 1998",)),
 ("2340件", "\"2 340\" (spaced thousands)", True, ("2 340 crémations",)),
 ("8〜10日", "\"huit à dix jours\" (number words)", True, ("huit à dix jours",)),
 ("3店舗", "\"trois agences\"", True, ("trois agences",)),
 ("31日(木)", "\"jeudi\" from Tue 29 Oct 2024 → 31 Oct", next_wd(D(2024,10,29), "木") == D(2024,10,31), ("dès 7 h 30 jeudi",)),
 ("日本時間同日午後3時30分", "31 Oct 07:30 CET (UTC+1, after the 27 Oct change) = 06:30 UTC = 15:30 JST", jst(2024,10,31,7,30,"Europe/Paris") == (31,15,30), ("7 h 30",)),
 ("20分おき", "\"toutes les vingt minutes\"", True, ("vingt minutes",)),
 ("20基ほど", "\"une vingtaine\"", True, ("Une vingtaine",)),
 ("4分の1近く", "\"près d'une famille sur quatre\"", True, ("près d'une famille sur quatre",)),
 ("UFD", "abbreviation the source gives", True, ("(UFD)",)),
],
"clean-de-friedhof-gebuehren": [
 ("11日(火)夜", "\"am Dienstagabend\" before Wed 12 June 2024 → 11 June", prev_wd(D(2024,6,12), "火") == D(2024,6,11), ("am Dienstagabend",)),
 ("520ユーロ(約27%)", "2,480 − 1,960 = 520; 520 / 1,960 = 26.5%", 2480-1960 == 520 and near(520/1960, 0.27, 0.006), ("2.480 Euro", "1.960 Euro")),
 ("260ユーロ(約29%)", "1,150 − 890 = 260; 260 / 890 = 29.2%", 1150-890 == 260 and near(260/890, 0.29, 0.005), ("1.150 Euro", "890 Euro")),
 ("41人の約3分の2", "27 + 12 + 2 = 41; 27 / 41 = 65.9%", 27+12+2 == 41 and near(27/41, 2/3, 0.01), ("27 Ja-Stimmen", "zwölf Gegenstimmen", "zwei Enthaltungen")),
 ("137万ユーロの赤字", "3.51 − 2.14 = 1.37 Mio.", near(3.51-2.14, 1.37, 1e-9), ("2,14 Mio. Euro", "3,51 Mio. Euro")),
 ("約6割", "2.14 / 3.51 = 61.0%", near(2.14/3.51, 0.6, 0.015), ("2,14 Mio. Euro", "3,51 Mio. Euro")),
 ("2016年以来8年ぶり", "2024 − 2016 = 8", 2024-2016 == 8, ("seit 2016",)),
 ("24ポイント上昇", "78 − 54 = 24 points", 78-54 == 24, ("78 Prozent", "54 Prozent")),
 ("約3.7ヘクタール", "11.2 ha / 3 = 3.73 ha", near(11.2/3, 3.7, 0.05), ("11,2 Hektar", "Rund ein Drittel")),
 ("土葬用は124ユーロ", "2,480 / 20 years = 124", 2480/20 == 124, ("Ruhezeit von 20 Jahren",)),
 ("骨つぼ用は57.5ユーロ", "1,150 / 20 = 57.5", 1150/20 == 57.5, ("Ruhezeit von 20 Jahren",)),
 ("170ユーロ高い", "2,650 − 2,480 = 170", 2650-2480 == 170, ("2.650 Euro",)),
 ("今年で120年", "2024 − 1904 = 120", 2024-1904 == 120, ("1904 eröffnet",)),
 ("四つの市営墓地", "kanji numeral (\"vier städtischen Friedhöfen\")", True, ("vier städtischen Friedhöfen",)),
 ("約9%", "37 / 412 = 9.0%", near(37/412, 0.09, 0.002), ("37 solcher Anträge", "412 Bestattungen")),
 ("18日(火)", "\"am kommenden Dienstag\" from Wed 12 June 2024 → 18 June", next_wd(D(2024,6,12), "火") == D(2024,6,18), ("am kommenden Dienstag",)),
 ("日本時間19日午前2時", "18 June 19:00 CEST (UTC+2) = 17:00 UTC = 19 June 02:00 JST", jst(2024,6,18,19,0,"Europe/Berlin") == (19,2,0), ("um 19 Uhr",)),
],
"clean-de-krematorium-fusion": [
 ("15日(水)", "\"am Mittwoch\" before Thu 16 Jan 2025 → 15 Jan", prev_wd(D(2025,1,16), "水") == D(2025,1,15), ("am Mittwoch",)),
 ("合わせて6240件", "3'910 + 2'330 = 6,240 (Swiss apostrophe thousands)", 3910+2330 == 6240, ("3'910", "2'330")),
 ("6割強", "3,910 / 6,240 = 62.7%", 0.6 < 3910/6240 < 0.65, ("3'910",)),
 ("計38自治体", "23 + 15 = 38", 23+15 == 38, ("23 Trägergemeinden", "15 Aktionärsgemeinden")),
 ("1460万フラン", "14,6 Mio. = 14,600,000", True, ("14,6 Mio. Franken",)),
 ("50フラン(約7%)", "740 − 690 = 50; 50 / 690 = 7.2%", 740-690 == 50 and near(50/690, 0.07, 0.005), ("690 Franken", "740 Franken")),
 ("20フラン下がる", "760 − 740 = 20", 760-740 == 20, ("760 Franken",)),
 ("約1.6倍", "1'180 / 740 = 1.59", near(1180/740, 1.6, 0.02), ("1'180 Franken",)),
 ("年間約7040件", "6,240 + 800 = 7,040", 6240+800 == 7040, ("zusätzlichen 800 Kremationen",)),
 ("今年で94年", "2025 − 1931 = 94", 2025-1931 == 94, ("1931 eröffnet",)),
 ("36年を経た", "2025 − 1989 = 36", 2025-1989 == 36, ("1989 in Betrieb",)),
 ("約76万キロワット時", "1.9 Mio. kWh × 40% = 760,000 kWh", near(1.9e6*0.4, 760000, 1), ("1,9 Mio. Kilowattstunden", "40 Prozent")),
 ("380万フラン", "3,8 Mio. = 3,800,000", True, ("3,8 Mio. Franken",)),
 ("投資全体の約4分の1", "3.8 / 14.6 = 26%", near(3.8/14.6, 0.25, 0.015), ("3,8 Mio. Franken", "14,6 Mio. Franken")),
 ("27日(月)", "Montag, 27. Januar 2025 is a Monday", wd(2025,1,27) == "月", ("Montag, 27. Januar",)),
 ("日本時間28日午前4時", "27 Jan 20:00 CET (UTC+1) = 19:00 UTC = 28 Jan 04:00 JST", jst(2025,1,27,20,0,"Europe/Zurich") == (28,4,0), ("um 20 Uhr",)),
 ("9割超", "\"über 90 Prozent\"", True, ("über 90 Prozent",)),
],
"clean-es-funerarias-fusion": [
 ("25日(木)", "\"este jueves\" = publication day 2024-04-25 (local)", wd(2024,4,25) == "木", ("este jueves",)),
 ("18億5000万ペソ", "\"mil 850 millones\" = 1,850,000,000", True, ("mil 850 millones de pesos",)),
 ("計96カ所", "61 + 35 = 96", 61+35 == 96, ("35 capillas", "61 que ya opera")),
 ("12億9500万ペソ", "70% × 1,850 m = 1,295 m", near(0.7*1850, 1295, 1e-9), ("70% en efectivo",)),
 ("5億5500万ペソ", "30% × 1,850 m = 555 m", near(0.3*1850, 555, 1e-9), ("30% en acciones",)),
 ("第3四半期(7〜9月期)", "\"tercer trimestre\" = July–September", True, ("tercer trimestre",)),
 ("23ポイント上昇", "61 − 38 = 23 points", 61-38 == 23, ("61%", "38% en 2015")),
 ("約12万9000件", "142,000 / 1.098 = 129,326", near(142000/1.098, 129000, 500), ("142 mil planes", "9.8% más")),
 ("46億2000万ペソ", "\"4 mil 620 millones\" = 4,620,000,000", True, ("4 mil 620 millones",)),
 ("差は3600ペソ", "18,500 − 14,900 = 3,600", 18500-14900 == 3600, ("18 mil 500 pesos", "14 mil 900 pesos")),
 ("約74日分", "18,500 / 248.93 = 74.3 days", near(18500/248.93, 74, 0.5), ("248.93 pesos diarios",)),
 ("約1億6800万ペソ", "1,850 m / 11 = 168.2 m", near(1850/11, 168, 0.5), ("11 veces",)),
 ("残りは約4500基", "9,000 × 1/2 = 4,500", 9000/2 == 4500, ("9 mil fosas", "la mitad")),
 ("約2540人", "640 + 1,900 = 2,540", 640+1900 == 2540, ("640 empleados", "mil 900 trabajadores")),
 ("創業66年", "2024 − 1958 = 66", 2024-1958 == 66, ("fundada en 1958",)),
 ("棺二つ", "kanji numeral (\"dos ataúdes\")", True, ("dos ataúdes",)),
 ("29日(月)", "\"el lunes\" from Thu 25 Apr 2024 → 29 Apr", next_wd(D(2024,4,25), "月") == D(2024,4,29), ("el lunes",)),
 ("日本時間30日午前1時", "29 Apr 10:00 CST (UTC−6) = 16:00 UTC = 30 Apr 01:00 JST", jst(2024,4,29,10,0,"America/Mexico_City") == (30,1,0), ("10:00 horas, tiempo del centro",)),
 ("CRC", "abbreviation the source gives", True, ("(CRC)",)),
],
"clean-ja-reien-kakaku": [
 ("17日(火)", "2024-09-17 is a Tuesday", wd(2024,9,17) == "火", ("17日",)),
 ("5年ぶり", "2019年度 → 2024年度 = 5 years", 2024-2019 == 5, ("前回募集した2019年度",)),
 ("9万円、約15%", "68 − 59 = 9万円; 68 / 59 = 1.153", 68-59 == 9 and near(68/59-1, 0.15, 0.005), ("68万円", "59万円")),
 ("1平方メートルあたりでは17万円", "68万円 / 4 m² = 17万円", 68/4 == 17, ("4平方メートル",)),
 ("約3.8倍", "68 / 18 = 3.78", near(68/18, 3.8, 0.03), ("18万円",)),
 ("12日間", "10月7日〜18日 inclusive = 12 days", (D(2024,10,18)-D(2024,10,7)).days + 1 == 12, ("10月7日から18日まで",)),
 ("前年度は約1000件", "1,236 / 1.24 = 996.8", near(1236/1.24, 1000, 5), ("1236件", "24%増え")),
 ("6万円上回る", "68 − 62 = 6万円", 68-62 == 6, ("平均62万円",)),
 ("前回より40区画多い", "220 − 180 = 40", 220-180 == 40, ("一般墓所180区画",)),
 ("月額に直すと700円", "8,400 / 12 = 700", 8400/12 == 700, ("年額8400円",)),
 ("約350区画(約3%)", "350 / 11,000 = 3.2%", near(350/11000, 0.03, 0.003), ("約1万1000区画", "約350区画")),
 ("今年で52年", "2024 − 1972 = 52", 2024-1972 == 52, ("1972年に開設",)),
 ("2024年度(2024年4月〜25年3月)", "Japanese fiscal year 2024 = April 2024 – March 2025", True, ("2024年度当初予算",)),
 ("3分の1強の1億1800万円", "1億1800万 / 3億2400万 = 36.4%", 1/3 < 118/324 < 0.4, ("3億2400万円", "1億1800万円")),
 ("610件、約13%", "610 / 4,800 = 12.7%", near(610/4800, 0.13, 0.005), ("約4800人", "610件")),
 ("9月28日(土)", "2024-09-28 is a Saturday", wd(2024,9,28) == "土", ("9月28日午前10時",)),
],
# err cases: correct derived values they also carry (not labelled)
"err-en-cremation-wait": [
 ("23日(火)", "released Tuesday = publication day 2024-01-23", wd(2024,1,23) == "火", ("released Tuesday",)),
 ("約2.9倍", "11.5 / 4 = 2.875", near(11.5/4, 2.9, 0.03), ("11.5 days", "four days")),
 ("1日平均約6件", "2,100 / 365 = 5.75", near(2100/365, 6, 0.3), ("2,100 cremations a year",)),
 ("140マイル(約225キロ)", "140 mi × 1.609 = 225.3 km", near(140*MILE_KM, 225, 1), ("140 miles",)),
 ("24日(水)", "\"on Wednesday\" from Tue 23 Jan 2024 → 24 Jan", next_wd(D(2024,1,23), "水") == D(2024,1,24), ("on Wednesday",)),
 ("8.5日分の約640ドル", "(11.5 − 3) days × $75 = $637.50", near((11.5-3)*75, 640, 3), ("$75 a day", "more than three days")),
 ("4時間延ばす", "20 − 16 = 4 hours", 20-16 == 4, ("20 hours a day, up from 16",)),
 ("25万ドル", "$250,000", True, ("$250,000",)),
 ("3分の1以上", "\"more than a third\"", True, ("more than a third",)),
],
"err-en-funeral-costs-survey": [
 ("約3万4400ランド", "38,500 / 1.12 = 34,375", near(38500/1.12, 34400, 30), ("R38,500", "up 12% in two years")),
 ("約5.5カ月分", "38,500 / 7,000 = 5.5", near(38500/7000, 5.5, 1e-9), ("R7,000",)),
 ("約1430世帯", "2,040 × 0.7 = 1,428", near(2040*0.7, 1430, 3), ("7 in 10", "2,040 households")),
 ("4割近く", "13 / 35 = 37.1%", 0.35 < 13/35 < 0.4, ("13 of the 35",)),
 ("約20%の値上がり", "9,000 / 7,500 = 1.20", near(9000/7500-1, 0.2, 1e-9), ("R7,500", "R9,000")),
 ("年間1800ランド", "R150 × 12 = R1,800", 150*12 == 1800, ("R150 a month",)),
 ("20ポイント上回った", "29 − 9 = 20 points", 29-9 == 20, ("29%", "9% of those over 60")),
 ("2023年10〜12月", "\"between October and December last year\" in a 2024 article", True, ("between October and December last year",)),
],
"err-en-cemetery-expansion": [
 ("24日(火)", "\"on Tuesday night\" before Thu 26 Sep 2024 → 24 Sep", prev_wd(D(2024,9,26), "火") == D(2024,9,24), ("on Tuesday night",)),
 ("約1.3年分", "310 / 240 = 1.29", near(310/240, 1.3, 0.02), ("310 plots", "240 burials")),
 ("2エーカー(約0.8ヘクタール)", "2 ac × 0.4047 = 0.81 ha", near(2*ACRE_HA, 0.8, 0.02), ("Two acres",)),
 ("約16%", "3,950 / 3,400 = 1.162", near(3950/3400-1, 0.16, 0.005), ("$3,950, up from $3,400",)),
 ("550カナダドル", "3,950 − 3,400 = 550", 3950-3400 == 550, ("$3,950, up from $3,400",)),
 ("5925カナダドル", "3,950 × 1.5 = 5,925", 3950*1.5 == 5925, ("50 per cent surcharge",)),
 ("約1290カナダドル", "$8,400,000 / 6,500 = $1,292", near(8.4e6/6500, 1290, 5), ("$8.4-million", "6,500 plots")),
 ("0.9マイル(約1.4キロ)", "0.9 mi × 1.609 = 1.45 km", near(0.9*MILE_KM, 1.4, 0.06), ("0.9-mile",)),
 ("今年で116年", "2024 − 1908 = 116", 2024-1908 == 116, ("opened in 1908",)),
 ("28日(土)", "\"on Saturday\" from Thu 26 Sep 2024 → 28 Sep", next_wd(D(2024,9,26), "土") == D(2024,9,28), ("on Saturday",)),
 ("日本時間29日午前2時〜5時", "28 Sep 10:00–13:00 PDT (UTC−7) = 17:00–20:00 UTC = 29 Sep 02:00–05:00 JST", jst(2024,9,28,10,0,"America/Vancouver") == (29,2,0) and jst(2024,9,28,13,0,"America/Vancouver") == (29,5,0), ("10 a.m. to 1 p.m.",)),
],
"err-en-funeral-group-results": [
 ("14日(水)", "filing \"on Wednesday\" = publication day 2025-05-14", wd(2025,5,14) == "水", ("on Wednesday",)),
 ("(2025年1〜3月期)", "quarter ended March 31 = January–March 2025", True, ("ended March 31",)),
 ("約1億7280万シンガポールドル", "186.4 / 1.079 = 172.75 m", near(186.4/1.079, 172.8, 0.06), ("7.9 per cent to S$186.4 million",)),
 ("2025年3月期(2024年4月〜25年3月)", "full financial year ended 31 March 2025", True, ("full financial year",)),
 ("約4分の3", "4,380 / 5,900 = 74.2%", near(4380/5900, 0.75, 0.01), ("4,380", "5,900")),
 ("1520件", "5,900 − 4,380 = 1,520", 5900-4380 == 1520, ("4,380", "5,900")),
 ("創業57年", "2025 − 1968 = 57", 2025-1968 == 57, ("founded in 1968",)),
 ("計16施設", "11 + 3 + 2 = 16", 11+3+2 == 16, ("11 funeral parlours, three columbaria and two memorial parks",)),
 ("中間配当は1.4セント", "3.2 − 1.8 = 1.4 cents", near(3.2-1.8, 1.4, 1e-9), ("1.8 Singapore cents", "3.2 cents")),
 ("残りの1670万シンガポールドル", "186.4 − 98.2 − 71.5 = 16.7 m", near(186.4-98.2-71.5, 16.7, 1e-9), ("S$98.2 million", "S$71.5 million")),
 ("約4200万シンガポールドル", "4,380 × 9,600 = 42.05 m", near(4380*9600, 42e6, 0.1e6), ("S$9,600",)),
 ("110人増えて1240人", "1,240 − 1,130 = 110", 1240-1130 == 110, ("1,240 from 1,130",)),
 ("約1.43シンガポールドル", "1.46 / 1.021 = 1.430", near(1.46/1.021, 1.43, 0.002), ("2.1 per cent higher at S$1.46",)),
 ("15日(木)", "\"on Thursday\" from Wed 14 May 2025 → 15 May", next_wd(D(2025,5,14), "木") == D(2025,5,15), ("on Thursday",)),
 ("日本時間同日午前11時", "10:00 SGT (UTC+8) = 11:00 JST", jst(2025,5,15,10,0,"Asia/Singapore") == (15,11,0), ("10am",)),
],
"err-en-crematorium-budget-india": [
 ("7日(木)", "\"on Thursday\" = publication day 2024-03-07", wd(2024,3,7) == "木", ("on Thursday",)),
 ("12億6500万ルピー", "₹126.5 crore = 1,265,000,000", True, ("₹126.5 crore",)),
 ("約29%の増額", "126.5 / 97.8 = 1.293", near(126.5/97.8-1, 0.29, 0.005), ("₹97.8 crore",)),
 ("総額は4億4800万ルピー", "14 × ₹3.2 crore = ₹44.8 crore", near(14*3.2, 44.8, 1e-9), ("14 gas-fired crematoria", "₹3.2 crore each")),
 ("約7750件", "18,900 × 0.41 = 7,749", near(18900*0.41, 7750, 2), ("18,900 cremations", "41%")),
 ("22エーカー(約8.9ヘクタール)", "22 ac × 0.4047 = 8.90 ha", near(22*ACRE_HA, 8.9, 0.02), ("22 acres",)),
 ("824億ルピー", "₹8,240 crore = 82,400,000,000", True, ("₹8,240-crore",)),
 ("約1.5%", "126.5 / 8,240 = 1.54%", near(126.5/8240, 0.015, 0.0006), ("₹8,240-crore",)),
 ("11日(月)", "\"on Monday\" from Thu 7 Mar 2024 → 11 Mar", next_wd(D(2024,3,7), "月") == D(2024,3,11), ("on Monday",)),
 ("計32台", "12 + 20 = 32", 12+20 == 32, ("20 new vans", "fleet of 12")),
 ("1台あたり425万ルピー", "₹8.5 crore / 20 = ₹0.425 crore = 4,250,000", near(8.5e7/20, 4.25e6, 1), ("₹8.5 crore",)),
 ("約3.3倍", "5,000 / 1,500 = 3.33", near(5000/1500, 3.3, 0.05), ("₹1,500", "₹5,000")),
 ("6億1000万ルピー、約62%", "₹61 crore / ₹97.8 crore = 62.4%", near(61/97.8, 0.62, 0.005), ("₹61 crore",)),
 ("72時間(3日)", "72 h = 3 days", 72/24 == 3, ("72 hours",)),
 ("3億6000万ルピー", "₹36 crore", True, ("₹36 crore",)),
],
"err-en-burial-fees-ireland": [
 ("350ユーロ(約39%)", "1,250 − 900 = 350; 350 / 900 = 38.9%", 1250-900 == 350 and near(350/900, 0.39, 0.005), ("€900 to €1,250",)),
 ("26カ所、県営墓地の半数", "17 + 9 = 26 = 52 / 2", 17+9 == 26 == 52/2, ("17 of the county's 52", "nine graveyards")),
 ("6.5エーカー(約2.6ヘクタール)", "6.5 ac × 0.4047 = 2.63 ha", near(6.5*ACRE_HA, 2.6, 0.05), ("6.5-acre",)),
 ("1区画あたり約1640ユーロ", "€2,300,000 / 1,400 = €1,642.9", near(2.3e6/1400, 1640, 5), ("€2.3 million", "1,400 plots")),
 ("30%上がり", "650 / 500 = 1.30", 650/500 == 1.3, ("€500 to €650",)),
 ("計1900ユーロ", "1,250 + 650 = 1,900", 1250+650 == 1900, ("€1,250", "€650")),
 ("現行の1400ユーロから500ユーロ増える", "900 + 500 = 1,400; 1,900 − 1,400 = 500", 900+500 == 1400, ("€900", "€500")),
 ("1270人、87%", "1,270 / 1,460 = 86.99%", near(1270/1460, 0.87, 0.001), ("1,460 deaths", "1,270 of them")),
 ("70マイル(約113キロ)", "70 mi × 1.609 = 112.7 km", near(70*MILE_KM, 113, 0.5), ("70 miles",)),
 ("約44%", "0.84 / 1.9 = 44.2%", near(0.84/1.9, 0.44, 0.003), ("€1.9 million", "€840,000")),
 ("106万ユーロの不足", "1.9 − 0.84 = 1.06 m", near(1.9-0.84, 1.06, 1e-9), ("€1.9 million", "€840,000")),
 ("25%増やす", "1,500 / 1,200 = 1.25", 1500/1200 == 1.25, ("€1,200", "€1,500")),
 ("2025年下半期(7〜12月)", "second half of 2025 = July–December", True, ("second half of 2025",)),
 ("5日(月)", "\"on Monday\" from Thu 1 Aug 2024 → 5 Aug", next_wd(D(2024,8,1), "月") == D(2024,8,5), ("on Monday",)),
],
"err-en-funeral-chain-kenya": [
 ("2025年6月までに", "\"by June next year\" in a December 2024 article", True, ("by June next year",)),
 ("現在の14カ所から9カ所増える", "23 − 9 = 14", 23-9 == 14, ("23 outlets", "nine new branches")),
 ("1日あたり約24件", "8,600 / 365 = 23.6", near(8600/365, 24, 0.5), ("8,600 funerals",)),
 ("約3.1倍", "2,500 / 800 = 3.125", near(2500/800, 3.1, 0.03), ("Sh2,500", "Sh800")),
 ("約2万7500シリング", "11 days × Sh2,500 = Sh27,500", 11*2500 == 27500, ("11 days", "Sh2,500 a day")),
 ("計360体分", "9 × 40 = 360", 9*40 == 360, ("40 bodies",)),
 ("計790人", "610 + 180 = 790", 610+180 == 790, ("610 people", "180 more")),
 ("今年で30年", "2024 − 1994 = 30", 2024-1994 == 30, ("founded in 1994",)),
 ("6日(金)", "\"on Friday\" from Wed 4 Dec 2024 → 6 Dec", next_wd(D(2024,12,4), "金") == D(2024,12,6), ("on Friday",)),
 ("日本時間同日午後4時", "10:00 EAT (UTC+3) = 16:00 JST", jst(2024,12,6,10,0,"Africa/Nairobi") == (6,16,0), ("10am",)),
 ("15万〜40万シリング", "Sh150,000–Sh400,000", True, ("Sh150,000 and Sh400,000",)),
 ("約3人に1人", "\"about one in three\"", True, ("About one in three",)),
],
"err-fr-cimetiere-saturation": [
 ("4200平方フィート(約390平方メートル)", "4,200 ft² × 0.0929 = 390.2 m²", near(4200*SQFT_M2, 390, 1), ("4 200 pieds carrés",)),
 ("177年を迎えた", "2024 − 1847 = 177", 2024-1847 == 177, ("fondé en 1847",)),
 ("年約60区画", "180 plots / 3 years = 60", 180/3 == 60, ("180 lots", "d'ici trois ans")),
 ("約8割", "82%", near(0.82, 0.8, 0.025), ("82 %",)),
 ("約2.1倍", "3,900 / 1,850 = 2.11", near(3900/1850, 2.1, 0.02), ("1 850 $", "3 900 $")),
 ("半分以下", "1,850 < 3,900 / 2 = 1,950", 1850 < 3900/2, ("1 850 $", "3 900 $")),
 ("差は2050ドル", "3,900 − 1,850 = 2,050", 3900-1850 == 2050, ("1 850 $", "3 900 $")),
 ("残る155万ドル", "2,400,000 − 850,000 = 1,550,000", 2400000-850000 == 1550000, ("2,4 millions $", "850 000 $")),
 ("4分の1", "400 / 1,600 = 1/4", 400*4 == 1600, ("1 600 niches", "400")),
 ("12時間", "8 h → 20 h = 12 hours", 20-8 == 12, ("de 8 h à 20 h",)),
 ("約30件、約2割", "~30 / 146 = 20.5%", near(30/146, 0.2, 0.01), ("146 funérailles", "une trentaine")),
 ("12年間", "2009 → 2021 = 12 years", 2021-2009 == 12, ("de 2009 à 2021",)),
 ("4日(火)", "\"mardi prochain\" from Wed 29 May 2024 → 4 June", next_wd(D(2024,5,29), "火") == D(2024,6,4), ("mardi prochain",)),
 ("日本時間5日午前8時", "4 June 19:00 EDT (UTC−4) = 23:00 UTC = 5 June 08:00 JST", jst(2024,6,4,19,0,"America/Toronto") == (5,8,0), ("à 19 h",)),
 ("40件ほど", "\"une quarantaine\"", True, ("une quarantaine",)),
],
"err-fr-obseques-dakar": [
 ("7日(火)", "\"publiée mardi\" before Wed 8 Nov 2023 → 7 Nov", prev_wd(D(2023,11,8), "火") == D(2023,11,7), ("publiée mardi",)),
 ("135万CFAフラン", "\"1,35 million\" = 1,350,000", True, ("1,35 million",)),
 ("約111万CFAフラン", "1,350,000 / 1.22 = 1,106,557", near(1.35e6/1.22, 1.11e6, 5000), ("22 % de plus qu'en 2019",)),
 ("残りは8%", "100 − 92 = 8", 100-92 == 8, ("92 %",)),
 ("12億CFAフラン", "\"1,2 milliard\" = 1,200,000,000", True, ("1,2 milliard",)),
 ("1ヘクタールあたり1億CFAフラン", "1.2 bn / 12 ha = 100 m", 1.2e9/12 == 1e8, ("12 hectares",)),
 ("6割", "3 / 5 = 60%", 3/5 == 0.6, ("Trois familles sur cinq",)),
 ("約720世帯", "1,200 × 3/5 = 720", 1200*3/5 == 720, ("1 200 ménages",)),
 ("1日平均約18件", "6,480 / 365 = 17.75", near(6480/365, 18, 0.3), ("6 480 inhumations",)),
 ("年2万4000CFAフラン", "2,000 × 12 = 24,000", 2000*12 == 24000, ("2 000 francs CFA par mois",)),
 ("月68万CFAフラン", "340 × 2,000 = 680,000", 340*2000 == 680000, ("340 familles",)),
 ("今年で20年", "2023 − 2003 = 20", 2023-2003 == 20, ("fondée en 2003",)),
 ("2倍になった", "15,000 / 7,500 = 2", 15000/7500 == 2, ("15 000 francs CFA", "7 500 francs CFA")),
 ("9日(木)", "\"jeudi\" from Wed 8 Nov 2023 → 9 Nov", next_wd(D(2023,11,8), "木") == D(2023,11,9), ("jeudi à 16 h",)),
 ("日本時間10日午前1時", "9 Nov 16:00 GMT (UTC+0) = 10 Nov 01:00 JST", jst(2023,11,9,16,0,"Africa/Dakar") == (10,1,0), ("16 h",)),
 ("平均9日", "\"neuf jours\"", True, ("neuf jours",)),
],
"err-de-bestatter-fusion": [
 ("27日(火)", "\"am Dienstag\" = publication day 2024-02-27", wd(2024,2,27) == "火", ("am Dienstag",)),
 ("第2四半期末の6月末", "Ende des zweiten Quartals = end of June", True, ("Ende des zweiten Quartals",)),
 ("6割強", "1,850 / 2,900 = 63.8%", 0.6 < 1850/2900 < 0.65, ("1.850", "2.900")),
 ("合計1320万ユーロ", "8.6 + 4.6 = 13.2 Mio.", near(8.6+4.6, 13.2, 1e-9), ("8,6 Mio. Euro", "4,6 Mio. Euro")),
 ("計14拠点", "9 + 5 = 14", 9+5 == 14, ("neun Standorte", "fünf Filialen")),
 ("17ポイント上昇", "46 − 29 = 17 points", 46-29 == 17, ("46 Prozent", "29 Prozent")),
 ("買収額は1240万ユーロ", "\"12,4 Mio.\" = 12,400,000", True, ("12,4 Mio. Euro",)),
 ("約2.7倍", "12.4 / 4.6 = 2.70", near(12.4/4.6, 2.7, 0.01), ("12,4 Mio. Euro", "4,6 Mio. Euro")),
 ("年平均約50万ユーロ", "1.5 Mio. / 3 years = 0.5 Mio.", 1.5/3 == 0.5, ("1,5 Mio. Euro", "drei Jahren")),
 ("今年で127年", "2024 − 1897 = 127", 2024-1897 == 127, ("1897",)),
 ("1月に", "\"im Jänner\" (Austrian for January)", True, ("im Jänner",)),
 ("29日(木)", "\"am Donnerstag\" from Tue 27 Feb 2024 → 29 Feb (leap day)", next_wd(D(2024,2,27), "木") == D(2024,2,29), ("am Donnerstag",)),
 ("日本時間同日午後6時", "29 Feb 10:00 CET (UTC+1) = 18:00 JST", jst(2024,2,29,10,0,"Europe/Vienna") == (29,18,0), ("um 10 Uhr",)),
 ("約2300件", "\"rund 2.300\" (dotted thousands)", True, ("rund 2.300",)),
],
"err-es-tanatorio-precios": [
 ("10日(木)", "\"hoy jueves\" = publication day 2024-10-10", wd(2024,10,10) == "木", ("hoy jueves",)),
 ("日本時間同日午後6時30分", "11:30 CEST (UTC+2) = 09:30 UTC = 18:30 JST", jst(2024,10,10,11,30,"Europe/Madrid") == (10,18,30), ("11.30 horas",)),
 ("前年は約3700ユーロ", "3,870 / 1.046 = 3,699.8", near(3870/1.046, 3700, 5), ("3.870 euros", "4,6 %")),
 ("4〜6月(第2四半期)", "\"entre abril y junio\" = second quarter", True, ("entre abril y junio",)),
 ("差は2470ユーロ、約1.8倍", "5,420 − 2,950 = 2,470; 5,420 / 2,950 = 1.84", 5420-2950 == 2470 and near(5420/2950, 1.8, 0.05), ("2.950 euros", "5.420 euros")),
 ("平均約4520ユーロ", "3,870 + 650 = 4,520", 3870+650 == 4520, ("650 euros",)),
 ("1施設あたり約270件", "2,960 / 11 = 269.1", near(2960/11, 270, 1), ("11 tanatorios", "2.960 servicios")),
 ("2025年第1四半期(1〜3月期)", "\"primer trimestre de 2025\" = January–March 2025", True, ("primer trimestre de 2025",)),
 ("1年あたり約30ユーロ", "1,480 / 50 = 29.6", near(1480/50, 30, 0.5), ("1.480 euros", "50 años")),
 ("190万ユーロ", "\"1,9 millones\" = 1,900,000", True, ("1,9 millones",)),
 ("10人に6人", "\"seis de cada diez\"", True, ("seis de cada diez",)),
 ("3時間", "17.00 → 20.00 = 3 hours", 20-17 == 3, ("de 17.00 a 20.00",)),
],
"err-ja-kasoba-yosan": [
 ("4日(火)", "2025-03-04 is a Tuesday", wd(2025,3,4) == "火", ("4日",)),
 ("2025年度(2025年4月〜26年3月)", "Japanese fiscal year 2025 = April 2025 – March 2026", True, ("2025年度当初予算案",)),
 ("4基増やして10基", "10 − 6 = 4", 10-6 == 4, ("6基から10基",)),
 ("1日平均約21.5件", "7,850 / 365 = 21.5", near(7850/365, 21.5, 0.05), ("7850件",)),
 ("47年がたち", "2025 − 1978 = 47", 2025-1978 == 47, ("1978年に稼働",)),
 ("住民の5倍", "60,000 / 12,000 = 5", 60000/12000 == 5, ("1万2000円", "6万円")),
 ("5室増やし", "8 − 3 = 5", 8-3 == 5, ("3室から8室",)),
 ("2倍に広げる", "120 / 60 = 2", 120/60 == 2, ("60台から120台",)),
 ("約14%", "12.3 / 86.4 = 14.2%", near(12.3/86.4, 0.14, 0.003), ("12億3000万円", "86億4000万円")),
 ("約31億5000万円", "2.1億 × 15 = 31.5億", near(2.1*15, 31.5, 1e-9), ("約2億1000万円", "15年")),
 ("1550件上回る", "9,400 − 7,850 = 1,550", 9400-7850 == 1550, ("9400件",)),
 ("18日(火)", "2025-03-18 is a Tuesday", wd(2025,3,18) == "火", ("3月18日",)),
 ("約3年後", "March 2025 → April 2028 = 3 years 1 month", True, ("2028年4月",)),
],
}

# case -> [(span, kind, severity, slip, correct value, evidence in source (mismatch) / absent token (unsupported, name) / first spelling)]
PLANTED = {
"err-en-cremation-wait": [
 ("23%", "mismatch", "error", "percent written for percentage points", "23ポイント", "a jump of 23 percentage points"),
 ("24日午前10時", "mismatch", "error", "Japan time without the day shift", "25日午前10時 (8 p.m. EST Wed 24 Jan = 01:00 UTC 25 Jan)", "8 p.m. EST on Wednesday"),
 ("https://www.capitalregionsentinel.example/news/2024/01/23/cremation-waits-ridgefield-closure?utm_source=newsletter&utm_medium=email&utm_campaign=morning_briefing&mc_eid=8f3a2c91d4", "citation", "warning", "tracking parameters on the URL", "https://www.capitalregionsentinel.example/news/2024/01/23/cremation-waits-ridgefield-closure", None),
],
"err-en-funeral-costs-survey": [
 ("3万2900ランド", "mismatch", "error", "wrong sum", "3万1900ランド (11,200 + 9,800 + 4,300 + 3,700 + 2,900)", "R11,200"),
 ("9日(水)", "mismatch", "error", "a day off for a relative weekday", "8日(水) (\"on Wednesday\" from Mon 6 May)", "on Wednesday at 10am"),
 ("約300社", "unsupported", "warning", "invented count of undertakers", "(the source gives no count)", "300"),
],
"err-en-cemetery-expansion": [
 ("8400万カナダドル", "mismatch", "error", "scale slip ×10", "840万カナダドル", "$8.4-million"),
 ("約44ヘクタール", "mismatch", "error", "wrong unit conversion (acres × 2.471 instead of × 0.4047)", "約7.3ヘクタール (18 × 0.4047 = 7.28)", "18 acres"),
 ("ラージ・サンドゥ", "spelling", "warning", "second katakana spelling of Raj Sandhu", "ラジ・サンドゥ", "ラジ・サンドゥ(Raj Sandhu)"),
],
"err-en-funeral-group-results": [
 ("第3四半期", "mismatch", "error", "wrong quarter", "第4四半期", "fourth quarter ended March 31"),
 ("2710万シンガポールドル", "mismatch", "error", "changed digits (21.7 → 27.1)", "2170万シンガポールドル", "S$21.7 million"),
 ("ダニエル・セア", "name", "warning", "a person the source never names (it says only \"chief operating officer\")", "(unnamed)", "Seah"),
],
"err-en-crematorium-budget-india": [
 ("2025年4月〜26年3月", "mismatch", "error", "wrong fiscal year", "2024年4月〜25年3月 (2024-25)", "budget for 2024-25"),
 ("3億8700万ルピー", "mismatch", "error", "wrong difference", "2億8700万ルピー (126.5 − 97.8 = 28.7 crore)", "₹97.8 crore"),
 ("2024.03.08", "citation", "warning", "Japan-time date in the citation", "2024.03.07 (22:10 IST; 01:40 JST on the 8th)", None),
],
"err-en-burial-fees-ireland": [
 ("約4分の1", "mismatch", "error", "wrong share", "約3分の1 (17 / 52 = 32.7%)", "17 of the county's 52"),
 ("6日午前4時", "mismatch", "error", "Japan time off by an hour (Irish summer time ignored)", "6日午前3時 (19:00 IST = 18:00 UTC = 03:00 JST)", "Monday at 7pm"),
 ("2018年以来", "unsupported", "warning", "invented year of the last increase", "(the source gives no year)", "2018"),
],
"err-en-funeral-chain-kenya": [
 ("約6300万シリング", "mismatch", "error", "wrong per-unit figure", "約7000万シリング (630 / 9)", "Sh630 million"),
 ("約20億4000万シリング", "mismatch", "error", "wrong prior-year level (2.4 × 0.85)", "約20億9000万シリング (2.4 / 1.15 = 2.087)", "up 15 per cent"),
 ("ワンジロ", "spelling", "warning", "second katakana spelling of Wanjiru", "ワンジル", "ワンジル・カマウ=オティエノ(Wanjiru Kamau-Otieno)"),
],
"err-fr-cimetiere-saturation": [
 ("約7カ月半", "mismatch", "error", "wrong duration", "約5カ月半 (3 June → 15 November = 165 days)", "le 3 juin"),
 ("18%増", "mismatch", "error", "direction flipped (増 for 減)", "18%減", "a diminué de 18 %"),
 ("RCEQ", "name", "warning", "abbreviation the source never gives", "(no abbreviation in the source)", "RCEQ"),
],
"err-fr-obseques-dakar": [
 ("500万CFAフラン", "mismatch", "error", "wrong range end", "400万CFAフラン (entre 2,5 et 4 millions)", "entre 2,5 et 4 millions"),
 ("(53)", "mismatch", "error", "wrong age", "(58)", "Moustapha Gaye, 58 ans"),
 ("アイサト・ディアロ", "spelling", "warning", "second katakana spelling of Aïssatou Diallo", "アイサトゥ・ディアロ", "アイサトゥ・ディアロ(Aïssatou Diallo)"),
],
"err-de-bestatter-fusion": [
 ("1億2400万ユーロ", "mismatch", "error", "万/億 scale slip", "1240万ユーロ (12,4 Mio.)", "12,4 Mio. Euro"),
 ("約3倍", "mismatch", "error", "wrong multiple", "約1.9倍 (8.6 / 4.6 = 1.87)", "4,6 Mio. Euro"),
 ("約120人", "unsupported", "warning", "invented staff count", "(the source gives no staff count)", "120"),
],
"err-es-tanatorio-precios": [
 ("8.5ポイント", "mismatch", "error", "wrong difference in percentage points", "7.5ポイント (47.3 − 39.8)", "39,8 %"),
 ("14日(火)", "mismatch", "error", "a day off for a relative weekday", "15日(火) (\"el próximo martes\" from Thu 10 Oct)", "el próximo martes"),
 ("ハビエル・オテロ", "name", "warning", "a person the source never names (it says \"un portavoz\")", "(unnamed)", "Otero"),
],
"err-ja-kasoba-yosan": [
 ("1億2300万円", "mismatch", "error", "scale slip (億)", "12億3000万円", "12億3000万円"),
 ("約3割増", "mismatch", "error", "wrong growth rate", "約2割増 (9,400 / 7,850 = 1.197)", "9400件"),
 ("火葬待ち、友引明けに集中 東備斎場の課題", "citation", "warning", "wrong title (a related article's)", "新火葬場に12億円計上 東備広域組合、炉10基で28年度稼働へ", None),
],
}

LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}


def find_yoten():
    for cand in (os.environ.get("YOTEN"), "/tmp/bcv440/bin/yoten", shutil.which("yoten")):
        if cand and Path(cand).exists():
            return cand
    return None


def absent_hit(token, text):
    """True if token stands in text (numbers only as whole numbers, not inside 4,300)."""
    if token.isdigit():
        return re.search(r"(?<![\d,.'])" + token + r"(?![\d]|[,.']\d)", text) is not None
    return token in text


def body_text(meta):
    return "\n".join(meta["paragraphs"])


def main():
    errors = []
    fail = errors.append
    yoten = find_yoten()
    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if names != cases:
        fail(f"specs and cases differ: {set(names) ^ set(cases)}")
    lang_count = {}
    kind_count = {}
    rows = []
    n_traps = 0
    for name in names:
        meta = parse_spec(HERE / "specs" / f"{name}.txt")
        cdir = HERE / "cases" / name
        digest = (cdir / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((cdir / "expected.json").read_text(encoding="utf-8"))
        html = (cdir / "source.html").read_text(encoding="utf-8")
        src = body_text(meta)
        lang = meta["lang"]
        lang_count[lang] = lang_count.get(lang, 0) + 1
        # html up to date
        if html != render(meta):
            fail(f"{name}: source.html is stale (run gen.py)")
        # zone offset
        pub = datetime.fromisoformat(meta["published"])
        if pub.astimezone(ZoneInfo(meta["zone"])).utcoffset() != pub.utcoffset():
            fail(f"{name}: published offset does not match {meta['zone']}")
        if not meta["url"].split("/")[2].endswith(".example"):
            fail(f"{name}: domain not under .example")
        # sizes
        if lang == "ja":
            size = len("".join(src.split()))
            if not 900 <= size <= 1600:
                fail(f"{name}: ja source {size} chars")
            size_s = f"{size} chars"
        else:
            size = len(src.split())
            if not 450 <= size <= 800:
                fail(f"{name}: source {size} words")
            size_s = f"{size} words"
        dlen = len(digest)
        if not 2000 <= dlen <= 4500:
            fail(f"{name}: digest {dlen} chars")
        # expected.json
        clean = name.startswith("clean-")
        if exp.get("clean") is not clean:
            fail(f"{name}: clean flag")
        finds = exp.get("findings", [])
        if clean and finds:
            fail(f"{name}: clean case with findings")
        if not clean:
            errs = [f for f in finds if f["severity"] == "error"]
            warns = [f for f in finds if f["severity"] == "warning"]
            if len(finds) != 3 or len(errs) != 2 or len(warns) != 1:
                fail(f"{name}: need 2 error + 1 warning, got {finds}")
            if any(f["kind"] != "mismatch" for f in errs):
                fail(f"{name}: error findings must be mismatch")
            if any(f["kind"] not in WARN_KINDS for f in warns):
                fail(f"{name}: bad warning kind")
            planted = PLANTED.get(name, [])
            want = sorted((p[0], p[1], p[2]) for p in planted)
            got = sorted((f["span"], f["kind"], f["severity"]) for f in finds)
            if want != got:
                fail(f"{name}: expected.json differs from PLANTED")
            for span, kind, sev, slip, correct, evidence in planted:
                if kind == "mismatch" and evidence not in src:
                    fail(f"{name}: counterpart {evidence!r} not in source")
                if kind in ("unsupported", "name") and absent_hit(evidence, src):
                    fail(f"{name}: {evidence!r} is in the source, so {span!r} is supported")
                if kind == "spelling" and (evidence not in digest or span in evidence):
                    fail(f"{name}: first spelling {evidence!r} missing or contains the variant")
        for f in finds:
            kind_count[(f["kind"], f["severity"])] = kind_count.get((f["kind"], f["severity"]), 0) + 1
            c = digest.count(f["span"])
            if c != 1:
                fail(f"{name}: span {f['span']!r} occurs {c} times")
        # parse + citation
        cit = "?"
        if yoten is None:
            fail("yoten not found (set YOTEN=/path/to/yoten)")
        else:
            r = subprocess.run([yoten, "parse", str(cdir / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fail(f"{name}: yoten parse failed: {r.stderr.strip()[-300:]}")
            else:
                d = json.loads(r.stdout)
                srcs = d.get("sources") or []
                if len(srcs) != 1:
                    fail(f"{name}: {len(srcs)} sources parsed")
                else:
                    s = srcs[0]
                    local = pub.astimezone(ZoneInfo(meta["zone"])).date().isoformat()
                    want = {"title": meta["title"], "outlet": meta["outlet"], "date": local, "url": meta["url"]}
                    cspan = [f["span"] for f in finds if f["kind"] == "citation"]
                    diff = {k for k in want if s.get(k) != want[k]}
                    if not cspan:
                        if diff:
                            fail(f"{name}: citation differs in {diff}: {s}")
                        cit = "ok"
                    else:
                        sp = cspan[0]
                        if diff == {"url"} and s["url"] == sp and sp.startswith(meta["url"] + "?"):
                            cit = "tracking URL (labelled)"
                        elif diff == {"date"} and s["date"].replace("-", ".") == sp:
                            jdate = pub.astimezone(JST).date().isoformat()
                            if s["date"] != jdate or jdate == local:
                                fail(f"{name}: citation date is not the Japan-time date")
                            cit = "Japan-time date (labelled)"
                        elif diff == {"title"} and s["title"] == sp:
                            cit = "wrong title (labelled)"
                        else:
                            fail(f"{name}: citation slip not as labelled: diff={diff} parsed={s}")
                posted = datetime.fromisoformat(d["posted_at"]).replace(tzinfo=JST)
                if posted < pub:
                    fail(f"{name}: post time {d['posted_at']} (JST) is before the source's publication")
                if not d.get("overview") or not d.get("details") or not d.get("key_points"):
                    fail(f"{name}: a section is empty after parsing")
        # derived values
        traps = TRAPS.get(name, [])
        if clean and len(traps) < 8:
            fail(f"{name}: only {len(traps)} derived values")
        for text, arith, ok, evidence in traps:
            n_traps += 1
            if text not in digest:
                fail(f"{name}: derived value {text!r} not in digest")
            if not ok:
                fail(f"{name}: arithmetic fails for {text!r}: {arith}")
            for ev in evidence:
                if ev not in src:
                    fail(f"{name}: evidence {ev!r} for {text!r} not in source")
        # no planted span may be listed as a correct derived value
        for f in finds:
            for text, *_ in traps:
                if f["span"] in text:
                    fail(f"{name}: derived value {text!r} contains planted span {f['span']!r}")
        rows.append(f"{name:34s} {lang}  source {size_s:>10s}  digest {dlen:4d} chars  "
                    f"findings {len(finds)}  derived {len(traps):2d}  citation {cit}")
    # totals
    if lang_count != LANGS:
        fail(f"languages {lang_count} != {LANGS}")
    n_clean = sum(1 for n in names if n.startswith("clean-"))
    n_err = sum(1 for n in names if n.startswith("err-"))
    if (n_clean, n_err) != (12, 12):
        fail(f"{n_clean} clean / {n_err} err")
    for lang in LANGS:
        langs = [n for n in names if parse_spec(HERE / "specs" / f"{n}.txt")["lang"] == lang]
        if not any(n.startswith("clean-") for n in langs) or not any(n.startswith("err-") for n in langs):
            fail(f"{lang}: needs both clean and err cases")
    for r in rows:
        print(r)
    print()
    print(f"cases: {len(names)} ({n_clean} clean, {n_err} err); languages: "
          + ", ".join(f"{k} {lang_count.get(k, 0)}" for k in LANGS))
    print("planted findings: " + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kind_count.items())))
    print(f"derived values checked: {n_traps}")
    if errors:
        print()
        for e in errors:
            print("FAIL", e)
        print(f"\n{len(errors)} problem(s)")
        sys.exit(1)
    print("all checks passed")


def md():
    out = []
    out.append("## Clean traps\n")
    for name in sorted(TRAPS):
        if not name.startswith("clean-"):
            continue
        out.append(f"### {name}\n")
        out.append("| digest text | derivation |")
        out.append("|---|---|")
        for text, arith, _, _ in TRAPS[name]:
            out.append(f"| {text} | {arith} |")
        out.append("")
    out.append("## Planted findings\n")
    out.append("| case | span | kind / severity | slip | correct value |")
    out.append("|---|---|---|---|---|")
    for name in sorted(PLANTED):
        for span, kind, sev, slip, correct, _ in PLANTED[name]:
            out.append(f"| {name} | `{span}` | {kind} / {sev} | {slip} | {correct} |")
    out.append("")
    out.append("### Correct derived values the err digests also carry (not labelled)\n")
    for name in sorted(TRAPS):
        if not name.startswith("err-"):
            continue
        out.append(f"- **{name}**: " + "; ".join(f"{t} ({a})" for t, a, _, _ in TRAPS[name]))
    print("\n".join(out))


if __name__ == "__main__":
    if "--md" in sys.argv:
        md()
    else:
        main()
