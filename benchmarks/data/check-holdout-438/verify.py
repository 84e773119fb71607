#!/usr/bin/env python3
"""Checks for check-holdout-438 (run from anywhere: python3 verify.py).

- every case has source.html, digest.txt, expected.json; source.html equals
  what gen.py renders from specs/<name>.txt (html up to date);
- expected.json: clean cases have no findings; err cases exactly 3
  (2 error/mismatch + 1 warning of kind unsupported/name/spelling/citation),
  and they agree with the SLIPS table below;
- every span stands verbatim in digest.txt exactly once; unsupported/name
  spans do not occur in the source article;
- `yoten parse` accepts every digest; the citation (title, outlet, date, URL)
  equals the spec (date = outlet's local publication date) except the one
  field an err case labels as a citation slip; the post time in the title
  line is after publication (Japan time);
- sizes: source 450-800 words (ja: 900-1,600 characters), digest 2,000-4,500
  characters; counts: 24 cases, 12 clean, 12 err; languages 14/3/3/2/2;
- every derived value in TRAPS (clean) and ERR_DERIVED (err) stands in its
  digest, its inputs stand in the source, and its arithmetic holds;
- every slip's correct value is backed by its own arithmetic check.
Options: --tables prints the README tables.
"""
import datetime as dt
import json
import pathlib
import re
import subprocess
import sys
import zoneinfo

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

REPO = HERE.parents[2]
YOTEN = pathlib.Path("/tmp/bcv438/bin/yoten")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
WD = "月火水木金土日"
MI, FT, LB, AC = 1.609344, 0.3048, 0.45359237, 0.40468564


def wd(y, m, d):
    return WD[dt.date(y, m, d).weekday()]


def jst(iso):
    return dt.datetime.fromisoformat(iso).astimezone(TOKYO)


def hm(iso):
    t = jst(iso)
    return (t.day, t.hour, t.minute)


def f2c(f):
    return (f - 32) * 5 / 9


# ---------------------------------------------------------------------------
# Derived values. Each row: (text in digest, [inputs verbatim in the source
# article], arithmetic shown in the README, check).
# ---------------------------------------------------------------------------
TRAPS = {
    "clean-brackenford-pcn": [
        ("2023年4月〜2024年3月", ["2023-24 financial year, which ended on March 31"], "2023-24 financial year ending 31 March → April 2023–March 2024", True),
        ("約3万8900件", ["41,200", "a rise of 6%"], "41,200 / 1.06 = 38,868 → 約3万8900", round(41200 / 1.06, -2) == 38900),
        ("210万ポンド", ["£2.1 million"], "£2.1 million = 210万ポンド", 2.1e6 == 210 * 10**4),
        ("550万ポンド", ["£2.1 million", "£3.4 million"], "2.1 + 3.4 = 5.5 million → 550万", round(2.1 + 3.4, 1) == 5.5),
        ("約20年間", ["in 2004"], "2024 − 2004 = 20 years", 2024 - 2004 == 20),
        ("12人、3分の1増えた", ["48 civil enforcement officers, up from 36"], "48 − 36 = 12; 12 / 36 = 1/3", 48 - 36 == 12 and 12 * 3 == 36),
        ("40ペンス、約22%", ["from £1.80 to £2.20"], "2.20 − 1.80 = 0.40; 0.40 / 1.80 = 22.2%", round(2.20 - 1.80, 2) == 0.40 and round(0.4 / 1.8 * 100) == 22),
        ("2019年以来5年ぶり", ["the first increase since 2019"], "2024 − 2019 = 5", 2024 - 2019 == 5),
        ("7月1日(月)", ["Monday, July 1"], "2024-07-01 is a Monday", wd(2024, 7, 1) == "月"),
        ("4割", ["Of 2,870 formal appeals", "1,148 were upheld"], "1,148 / 2,870 = 0.40", 1148 / 2870 == 0.4),
        ("5人に1人", ["survey of 1,560 residents", "312 had received"], "312 / 1,560 = 0.20", 312 / 1560 == 0.2),
        ("先月(5月)", ["carried out last month"], "published June 2024 → last month = May", True),
        ("17日(月)", ["on Monday"], "Monday before Tue 18 June 2024 = 17 June", wd(2024, 6, 17) == "月"),
        ("20日(木)午後7時", ["at 7 p.m. on Thursday"], "Thursday after Tue 18 June 2024 = 20 June", wd(2024, 6, 20) == "木"),
        ("日本時間21日午前3時", ["at 7 p.m. on Thursday"], "19:00 BST (UTC+1) on 20 June = 03:00 JST on 21 June", hm("2024-06-20T19:00:00+01:00") == (21, 3, 0)),
        ("35ポンド、25ポンド", ["£70", "£50", "Both are halved"], "70 / 2 = 35; 50 / 2 = 25", 70 / 2 == 35 and 50 / 2 == 25),
        ("全体の15%", ["640 spaces, 96 of them"], "96 / 640 = 15%", 96 / 640 == 0.15),
        ("約14.5キロ(9マイル)", ["nine miles"], "9 × 1.609 = 14.48 km → 約14.5キロ", round(9 * MI, 1) == 14.5),
    ],
    "clean-coral-coast-park-ride": [
        ("12日(月)", ["on Monday"], "Monday after Wed 7 Aug 2024 = 12 Aug", wd(2024, 8, 12) == "月"),
        ("日本時間同日午前8時", ["9am on Monday"], "09:00 AEST (UTC+10) = 08:00 JST the same day", hm("2024-08-12T09:00:00+10:00") == (12, 8, 0)),
        ("3850万豪ドル", ["$38.5 million"], "$38.5 million = 3850万", True),
        ("約3万3500豪ドル", ["$38.5 million", "1150 free spaces"], "38,500,000 / 1,150 = 33,478 → 約3万3500", round(38.5e6 / 1150, -2) == 33500),
        ("2023年1月", ["Work began in January last year"], "published 2024 → January last year = January 2023", True),
        ("1時間に4本", ["every 15 minutes"], "60 / 15 = 4 trains an hour", 60 / 15 == 4),
        ("約12%", ["1150", "combined 9600 spaces"], "1,150 / 9,600 = 11.98% → 約12%", round(1150 / 9600 * 100) == 12),
        ("約200万台", ["rose 14 per cent", "to 2.28 million"], "2.28 / 1.14 = 2.00 million → 約200万台", round(2.28 / 1.14, 2) == 2.0),
        ("2024年7月〜2025年6月", ["2024-25 budget"], "Australian state fiscal year 2024-25 = July 2024–June 2025", True),
        ("2億1000万豪ドル", ["$210 million over four years"], "$210 million = 2億1000万", True),
        ("年平均5250万豪ドル", ["$210 million over four years"], "210 / 4 = 52.5 million → 5250万", 210 / 4 == 52.5),
        ("4〜6月期", ["June quarter"], "the June quarter = April–June", True),
        ("約2%", ["24 electric vehicle chargers", "1150"], "24 / 1,150 = 2.09% → 約2%", round(24 / 1150 * 100) == 2),
        ("計322豪ドル", ["two parking fines of $161 each"], "2 × 161 = 322", 2 * 161 == 322),
        ("10日(土)", ["on Saturday"], "Saturday after Wed 7 Aug 2024 = 10 Aug", wd(2024, 8, 10) == "土"),
    ],
    "clean-prairie-permits": [
        ("15カナダドル、3分の1", ["$60 a year", "up from $45"], "60 − 45 = 15; 15 / 45 = 1/3", 60 - 45 == 15 and 15 * 3 == 45),
        ("9年ぶり", ["has not changed since 2016"], "2025 − 2016 = 9", 2025 - 2016 == 9),
        ("11日(火)夜", ["ended on Tuesday night"], "published Tue 11 Feb 2025, 21:15 CST", wd(2025, 2, 11) == "火"),
        ("24日(月)午後6時", ["Monday, Feb. 24, at 6 p.m."], "2025-02-24 is a Monday", wd(2025, 2, 24) == "月"),
        ("日本時間25日午前9時", ["Monday, Feb. 24, at 6 p.m."], "18:00 CST (UTC−6) on 24 Feb = 09:00 JST on 25 Feb", hm("2025-02-24T18:00:00-06:00") == (25, 9, 0)),
        ("約670件", ["7,350 permits across its 11 permit zones"], "7,350 / 11 = 668 → 約670", round(7350 / 11, -1) == 670),
        ("先月(1月)", ["last month's two-day snow route parking ban"], "published February 2025 → January", True),
        ("計260カナダドル", ["$150 towing and storage charge", "$110 ticket"], "150 + 110 = 260", 150 + 110 == 260),
        ("25人", ["19 bylaw enforcement officers", "six seasonal officers"], "19 + 6 = 25", 19 + 6 == 25),
        ("2024年10〜12月期", ["fourth quarter of 2024"], "Q4 = October–December", True),
        ("約2倍", ["$2.9 million", "$1.4 million in 2019"], "2.9 / 1.4 = 2.07 → 約2倍", round(2.9 / 1.4) == 2),
        ("6ポイント", ["87 per cent", "81 per cent"], "87 − 81 = 6 percentage points", 87 - 81 == 6),
        ("27年", ["launched in 1998"], "2025 − 1998 = 27", 2025 - 1998 == 27),
        ("6000人、1.4倍", ["About 21,000 residents", "up from 15,000"], "21,000 − 15,000 = 6,000; 21,000 / 15,000 = 1.4", 21000 - 15000 == 6000 and round(21000 / 15000, 2) == 1.4),
        ("13日(木)午後7時", ["on Thursday at 7 p.m."], "Thursday after Tue 11 Feb 2025 = 13 Feb", wd(2025, 2, 13) == "木"),
    ],
    "clean-highveld-tariffs": [
        ("3ランド、25%", ["R15 an hour", "up from R12"], "15 − 12 = 3; 3 / 12 = 25%", 15 - 12 == 3 and 3 / 12 == 0.25),
        ("3年ぶり", ["the first since 2021"], "2024 − 2021 = 3", 2024 - 2021 == 3),
        ("2024年7月〜2025年6月", ["2024/25 financial year starts on July 1"], "FY starting 1 July 2024 → July 2024–June 2025", True),
        ("4分の3", ["3,600 paid bays", "2,700 bays"], "2,700 / 3,600 = 3/4", 2700 / 3600 == 0.75),
        ("残る900台分", ["3,600 paid bays", "2,700 bays"], "3,600 − 2,700 = 900", 3600 - 2700 == 900),
        ("1500万ランド、約33%", ["R61 million in 2024/25", "R46 million in 2022/23"], "61 − 46 = 15 million; 15 / 46 = 32.6% → 約33%", 61 - 46 == 15 and round(15 / 46 * 100) == 33),
        ("250ランド、約29%", ["from R850 to R1,100"], "1,100 − 850 = 250; 250 / 850 = 29.4%", 1100 - 850 == 250 and round(250 / 850 * 100) == 29),
        ("1〜3月期", ["In the first quarter of this year"], "Q1 = January–March", True),
        ("1カ月あたり1万2800件", ["38,400 parking fines"], "38,400 / 3 = 12,800", 38400 / 3 == 12800),
        ("7ポイント", ["78%", "from 71%"], "78 − 71 = 7 points", 78 - 71 == 7),
        ("16日(木)午前10時", ["on Thursday at 10am"], "Thursday after Tue 14 May 2024 = 16 May", wd(2024, 5, 16) == "木"),
        ("日本時間同日午後5時", ["on Thursday at 10am"], "10:00 SAST (UTC+2) = 17:00 JST", hm("2024-05-16T10:00:00+02:00") == (16, 17, 0)),
        ("年換算で5万4000ランド", ["R4,500 a month"], "4,500 × 12 = 54,000", 4500 * 12 == 54000),
        ("月81万ランド", ["180 marshals", "R4,500 a month"], "180 × 4,500 = 810,000", 180 * 4500 == 810000),
        ("約15年", ["first signed in 2010", "expires in June next year"], "2010 → June 2025 ≈ 15 years", 2025 - 2010 == 15),
        ("5月24日(金)", ["Friday, May 24"], "2024-05-24 is a Friday", wd(2024, 5, 24) == "金"),
    ],
    "clean-bay-cities-late": [
        ("19日(木)夜", ["late Thursday"], "published Thu 19 Sep 2024 22:40 PDT (JST already the 20th)", wd(2024, 9, 19) == "木"),
        ("22ドル、約30%", ["to $95 from $73"], "95 − 73 = 22; 22 / 73 = 30.1%", 95 - 73 == 22 and round(22 / 73 * 100) == 30),
        ("7年ぶり", ["the first increase since 2017"], "2024 − 2017 = 7", 2024 - 2017 == 7),
        ("17人、約3割", ["58 budgeted positions", "17 are vacant"], "17 / 58 = 29.3% → 約3割", round(17 / 58, 1) == 0.3),
        ("在籍は41人", ["58 budgeted positions", "17 are vacant"], "58 − 17 = 41", 58 - 17 == 41),
        ("2023年7月〜2024年6月", ["2023-24 fiscal year, which ended June 30"], "FY ending 30 June 2024 → July 2023–June 2024", True),
        ("3万4000件、約1割減", ["318,000 parking citations", "352,000 the year before"], "352,000 − 318,000 = 34,000; 34 / 352 = 9.7% → 約1割", 352000 - 318000 == 34000 and round(34 / 352, 1) == 0.1),
        ("1件あたり約77ドル", ["$24.5 million", "318,000 parking citations"], "24,500,000 / 318,000 = 77.0", round(24.5e6 / 318000) == 77),
        ("20フィート(約6メートル)", ["within 20 feet"], "20 × 0.3048 = 6.10 m", round(20 * FT) == 6),
        ("約3.7キロ(2.3マイル)", ["about 2.3 miles"], "2.3 × 1.609 = 3.70 km", round(2.3 * MI, 1) == 3.7),
        ("1カ所平均約590台分", ["seven public garages, with 4,120 spaces"], "4,120 / 7 = 588.6 → 約590", round(4120 / 7, -1) == 590),
        ("計491ドル", ["$287 tow fee plus $68 for each day"], "287 + 3 × 68 = 491 (three days' storage)", 287 + 3 * 68 == 491),
        ("約235ドル", ["costs $210", "by 12%"], "210 × 1.12 = 235.2", round(210 * 1.12) == 235),
        ("24日(火)午前9時", ["9 a.m. next Tuesday"], "next Tuesday after Thu 19 Sep 2024 = 24 Sep", wd(2024, 9, 24) == "火"),
        ("日本時間25日午前1時", ["9 a.m. next Tuesday"], "09:00 PDT (UTC−7) on 24 Sep = 01:00 JST on 25 Sep", hm("2024-09-24T09:00:00-07:00") == (25, 1, 0)),
        ("11月2日", ["30 days after the ordinance's second reading, expected on Oct. 3"], "3 Oct + 30 days = 2 Nov", dt.date(2024, 10, 3) + dt.timedelta(30) == dt.date(2024, 11, 2)),
        ("10月1日(火)", ["Tuesday, Oct. 1"], "2024-10-01 is a Tuesday", wd(2024, 10, 1) == "火"),
        ("2週間に1回程度", ["roughly once a fortnight"], "a fortnight = two weeks", True),
    ],
    "clean-parkside-today": [
        ("約790ドル", ["2,400 in-ground sensors", "$1.9 million"], "1,900,000 / 2,400 = 791.7 → 約790", round(1.9e6 / 2400, -1) == 790),
        ("摂氏零下30度", ["minus 22 degrees Fahrenheit"], "(−22 − 32) × 5/9 = −30 °C", f2c(-22) == -30),
        ("約9万5000件", ["86,450 parking tickets", "down 9%"], "86,450 / 0.91 = 95,000", round(86450 / 0.91) == 95000),
        ("7〜9月期", ["third quarter of this year"], "Q3 = July–September", True),
        ("約16キロ(35ポンド)", ["about 35 pounds"], "35 × 0.4536 = 15.9 kg → 約16キロ", round(35 * LB) == 16),
        ("800台分", ["add 180 spaces", "now has 620 spaces"], "620 + 180 = 800", 620 + 180 == 800),
        ("約1.3倍", ["add 180 spaces", "now has 620 spaces"], "800 / 620 = 1.29 → 約1.3倍", round(800 / 620, 1) == 1.3),
        ("7割", ["434 of those spaces"], "434 / 620 = 0.70", round(434 / 620, 2) == 0.7),
        ("約17.7キロ(11マイル)", ["11 miles from downtown"], "11 × 1.609 = 17.70 km", round(11 * MI, 1) == 17.7),
        ("1時間に5本", ["every 12 minutes"], "60 / 12 = 5", 60 / 12 == 5),
        ("36年", ["opened in 1987"], "2023 − 1987 = 36", 2023 - 1987 == 36),
        ("30年以上", ["since 1991"], "2023 − 1991 = 32 → 30年以上", 2023 - 1991 > 30),
        ("30日(月)午後7時", ["at 7 p.m. on Monday"], "Monday after Thu 26 Oct 2023 = 30 Oct", wd(2023, 10, 30) == "月"),
        ("日本時間31日午前8時", ["at 7 p.m. on Monday"], "19:00 EDT (UTC−4) on 30 Oct = 08:00 JST on 31 Oct", hm("2023-10-30T19:00:00-04:00") == (31, 8, 0)),
        ("190万ドル", ["$1.9 million"], "$1.9 million = 190万ドル", True),
    ],
    "clean-fenland-echo": [
        ("50ペンス、約14%", ["£4 for up to two hours", "up from £3.50"], "4.00 − 3.50 = 0.50; 0.50 / 3.50 = 14.3%", round(0.5 / 3.5 * 100) == 14),
        ("1月6日(月)", ["Monday, January 6"], "2025-01-06 is a Monday", wd(2025, 1, 6) == "月"),
        ("約4.5ヘクタール(11エーカー)", ["cover 11 acres"], "11 × 0.4047 = 4.45 ha → 約4.5", round(11 * AC, 1) == 4.5),
        ("2023年4月〜2024年3月", ["2023/24 financial year"], "UK (NHS) financial year 2023/24 = April 2023–March 2024", True),
        ("530万ポンド", ["£4.2 million", "£1.1 million"], "4.2 + 1.1 = 5.3 million", round(4.2 + 1.1, 1) == 5.3),
        ("約5.7人で1台分", ["6,300 staff", "1,100 spaces"], "6,300 / 1,100 = 5.73", round(6300 / 1100, 1) == 5.7),
        ("先月(11月)", ["carried out last month"], "published December 2024 → November", True),
        ("約4分の1", ["survey of 850 patients", "212 had arrived late"], "212 / 850 = 24.9% → 約4分の1", round(212 / 850, 2) == 0.25),
        ("約4キロ(2.5マイル)", ["2.5 miles from the hospital"], "2.5 × 1.609 = 4.02 km", round(2.5 * MI) == 4),
        ("11日(水)午前10時", ["at 10am next Wednesday"], "next Wednesday after Thu 5 Dec 2024 = 11 Dec", wd(2024, 12, 11) == "水"),
        ("日本時間同日午後7時", ["at 10am next Wednesday"], "10:00 GMT = 19:00 JST", hm("2024-12-11T10:00:00+00:00") == (11, 19, 0)),
        ("年約2270ポンド", ["£4.2 million", "hold 1,850 vehicles"], "4,200,000 / 1,850 = 2,270", round(4.2e6 / 1850, -1) == 2270),
        ("最大540ポンド", ["up to £45 a month"], "45 × 12 = 540", 45 * 12 == 540),
        ("半マイル(約800メートル)", ["half a mile"], "0.5 × 1,609 m = 805 m → 約800メートル", round(0.5 * MI * 1000, -2) == 800),
        ("16時間", ["from 6am to 10pm"], "22 − 6 = 16 hours", 22 - 6 == 16),
        ("1時間に4本", ["every 15 minutes"], "60 / 15 = 4", 60 / 15 == 4),
        ("建設から50年", ["built in 1974"], "2024 − 1974 = 50", 2024 - 1974 == 50),
    ],
    "clean-fr-courrier-vallee": [
        ("0.60ユーロ、3分の1", ["coûtera 2,40 euros", "contre 1,80 euro"], "2,40 − 1,80 = 0,60; 0,60 / 1,80 = 1/3", round(2.4 - 1.8, 2) == 0.6 and round(0.6 / 1.8, 6) == round(1 / 3, 6)),
        ("10月1日(火)", ["mardi 1er octobre"], "2024-10-01 is a Tuesday (source says mardi)", wd(2024, 10, 1) == "火"),
        ("26日(木)午後7時", ["soumise jeudi au conseil municipal", "à 19 heures"], "jeudi after Tue 24 Sep 2024 = 26 Sep", wd(2024, 9, 26) == "木"),
        ("日本時間27日午前2時", ["à 19 heures"], "19:00 CEST (UTC+2) on 26 Sep = 02:00 JST on 27 Sep", hm("2024-09-26T19:00:00+02:00") == (27, 2, 0)),
        ("4分の1", ["1 240 places payantes", "dont 310"], "310 / 1 240 = 1/4", 310 / 1240 == 0.25),
        ("10ユーロ、4割", ["de 25 à 35 euros"], "35 − 25 = 10; 10 / 25 = 40%", 35 - 25 == 10 and 10 / 25 == 0.4),
        ("370万ユーロ", ["2,6 millions d'euros", "1,1 million d'euros"], "2,6 + 1,1 = 3,7 millions", round(2.6 + 1.1, 1) == 3.7),
        ("約4万1900件", ["48 200 FPS", "hausse de 15 %"], "48 200 / 1,15 = 41 913 → 約4万1900", round(48200 / 1.15, -2) == 41900),
        ("4人増え、1.4倍", ["quatorze agents", "contre dix il y a trois ans"], "14 − 10 = 4; 14 / 10 = 1.4", 14 - 10 == 4 and 14 / 10 == 1.4),
        ("4〜6月期", ["au deuxième trimestre"], "deuxième trimestre = April–June", True),
        ("19ポイント", ["83 %", "contre 64 %"], "83 − 64 = 19 points", 83 - 64 == 19),
        ("1時間に6本", ["toutes les dix minutes"], "60 / 10 = 6", 60 / 10 == 6),
        ("有料化から16年", ["depuis 2008"], "2024 − 2008 = 16", 2024 - 2008 == 16),
        ("35年になる", ["depuis 1989"], "2024 − 1989 = 35", 2024 - 1989 == 35),
        ("最初の15分", ["premier quart d'heure"], "un quart d'heure = 15 minutes", True),
        ("480万ユーロ", ["4,8 millions d'euros"], "4,8 millions = 480万", True),
    ],
    "clean-fr-soleil-fleuve": [
        ("26カナダドル、5割", ["78 $", "contre 52 $"], "78 − 52 = 26; 26 / 52 = 50%", 78 - 52 == 26 and 26 / 52 == 0.5),
        ("13年間", ["depuis 2011"], "2024 − 2011 = 13", 2024 - 2011 == 13),
        ("17日(月)午後7時半", ["lundi soir", "19 h 30"], "lundi after Wed 12 June 2024 = 17 June", wd(2024, 6, 17) == "月"),
        ("日本時間18日午前8時半", ["19 h 30"], "19:30 EDT/HAE (UTC−4) on 17 June = 08:30 JST on 18 June", hm("2024-06-17T19:30:00-04:00") == (18, 8, 30)),
        ("3割増", ["14 300 constats", "contre 11 000"], "14 300 / 11 000 = 1.30", round(14300 / 11000, 2) == 1.3),
        ("2024年1〜3月期", ["Au premier trimestre de 2024"], "premier trimestre = January–March", True),
        ("月平均では約1370件", ["4 100"], "4 100 / 3 = 1 367 → 約1370", round(4100 / 3, -1) == 1370),
        ("25カナダドル、約26%", ["de 95 $ à 120 $"], "120 − 95 = 25; 25 / 95 = 26.3%", 120 - 95 == 25 and round(25 / 95 * 100) == 26),
        ("6人増え、1.5倍", ["dix-huit préposés", "au lieu de douze"], "18 − 12 = 6; 18 / 12 = 1.5", 18 - 12 == 6 and 18 / 12 == 1.5),
        ("8ポイント", ["de 71 %", "à 79 %"], "79 − 71 = 8 points", 79 - 71 == 8),
        ("現在540台分", ["260 places supplémentaires", "capacité à 800 places"], "800 − 260 = 540", 800 - 260 == 540),
        ("約1.5倍の800台分", ["capacité à 800 places"], "800 / 540 = 1.48 → 約1.5倍", round(800 / 540, 1) == 1.5),
        ("1時間に5本", ["toutes les 12 minutes"], "60 / 12 = 5", 60 / 12 == 5),
        ("約227万カナダドル", ["3,4 millions de dollars", "aux deux tiers"], "3,4 millions × 2/3 = 2,27 millions", round(3.4e6 * 2 / 3, -4) == 2270000),
        ("開設から12年", ["ouvert en 2012"], "2024 − 2012 = 12", 2024 - 2012 == 12),
        ("340万カナダドル", ["3,4 millions de dollars"], "3,4 millions = 340万", True),
    ],
    "clean-de-alpenland": [
        ("930台分、約1.6倍", ["1.450", "2.380"], "2.380 − 1.450 = 930; 2.380 / 1.450 = 1.64 → 約1.6倍", 2380 - 1450 == 930 and round(2380 / 1450, 1) == 1.6),
        ("3月1日(土)", ["ab 1. März"], "2025-03-01 is a Saturday", wd(2025, 3, 1) == "土"),
        ("23日(木)午後7時", ["am Donnerstag um 19 Uhr"], "Donnerstag after Tue 21 Jan 2025 = 23 Jan", wd(2025, 1, 23) == "木"),
        ("日本時間24日午前3時", ["am Donnerstag um 19 Uhr"], "19:00 MEZ (UTC+1) on 23 Jan = 03:00 JST on 24 Jan", hm("2025-01-23T19:00:00+01:00") == (24, 3, 0)),
        ("1時間では2.20ユーロ", ["1,10 Euro pro halbe Stunde"], "2 × 1,10 = 2,20", round(2 * 1.10, 2) == 2.2),
        ("6.60ユーロ", ["1,10 Euro pro halbe Stunde", "bei drei Stunden"], "6 half-hours × 1,10 = 6,60", round(6 * 1.10, 2) == 6.6),
        ("年にすれば120ユーロ", ["zehn Euro pro Monat"], "10 × 12 = 120", 10 * 12 == 120),
        ("14ポイント", ["von 41 auf 27 Prozent"], "41 − 27 = 14 points", 41 - 27 == 14),
        ("2015年から10年", ["im Jahr 2015"], "2025 − 2015 = 10", 2025 - 2015 == 10),
        ("184万ユーロ", ["1,46 Mio. Euro", "0,38 Mio. Euro"], "1,46 + 0,38 = 1,84 Mio.", round(1.46 + 0.38, 2) == 1.84),
        ("4人増やす", ["von neun auf 13 Kontrollorgane"], "13 − 9 = 4", 13 - 9 == 4),
        ("2024年10〜12月期", ["im vierten Quartal 2024"], "viertes Quartal = October–December", True),
        ("約285台分", ["Die 310 Stellplätze", "92 Prozent"], "310 × 0,92 = 285.2", round(310 * 0.92) == 285),
        ("460台分", ["um 150 Plätze"], "310 + 150 = 460", 310 + 150 == 460),
        ("1時間に2本", ["im Halbstundentakt"], "every 30 minutes = 2 an hour", 60 / 30 == 2),
        ("60万ユーロ", ["rund 600.000 Euro"], "600.000 = 60万", True),
    ],
    "clean-es-heraldo-ribera": [
        ("760台分、約1.2倍", ["de 3.860 a 4.620"], "4.620 − 3.860 = 760; 4.620 / 3.860 = 1.20", 4620 - 3860 == 760 and round(4620 / 3860, 1) == 1.2),
        ("0.25ユーロ、約29%", ["de 0,85 a 1,10 euros"], "1,10 − 0,85 = 0,25; 0,25 / 0,85 = 29.4%", round(1.10 - 0.85, 2) == 0.25 and round(0.25 / 0.85 * 100) == 29),
        ("21日(木)午前10時", ["el pleno del jueves", "a las diez de la mañana"], "jueves after Tue 19 Nov 2024 = 21 Nov", wd(2024, 11, 21) == "木"),
        ("日本時間同日午後6時", ["a las diez de la mañana"], "10:00 CET (UTC+1) = 18:00 JST", hm("2024-11-21T10:00:00+01:00") == (21, 18, 0)),
        ("40人", ["34 vigilantes", "seis más"], "34 + 6 = 40", 34 + 6 == 40),
        ("420万ユーロ", ["2,9 millones de euros", "1,3 millones en multas"], "2,9 + 1,3 = 4,2 millones", round(2.9 + 1.3, 1) == 4.2),
        ("今年7〜9月期", ["En el tercer trimestre de este año"], "tercer trimestre = July–September", True),
        ("9ポイント", ["del 88 %", "frente al 79 %"], "88 − 79 = 9 points", 88 - 79 == 9),
        ("27年", ["nació en 1997"], "2024 − 1997 = 27", 2024 - 1997 == 27),
        ("45ユーロ", ["90 euros", "descuento del 50 %"], "90 × 0,5 = 45", 90 * 0.5 == 45),
        ("1日平均約14台", ["5.210 vehículos"], "5.210 / 365 = 14.3 → 約14台", round(5210 / 365) == 14),
        ("1時間に3本", ["cada veinte minutos"], "60 / 20 = 3", 60 / 20 == 3),
        ("最初の15分", ["los primeros quince minutos"], "quince = 15", True),
    ],
    "clean-ja-towan": [
        ("12人増やし、1.5倍", ["24人から36人に"], "36 − 24 = 12; 36 / 24 = 1.5", 36 - 24 == 12 and 36 / 24 == 1.5),
        ("2025年4月から", ["来年4月から"], "published October 2024 → 来年4月 = April 2025", True),
        ("7日(月)", ["7日の記者会見"], "2024-10-07 is a Monday", wd(2024, 10, 7) == "月"),
        ("10日(木)", ["10日開会の市議会"], "2024-10-10 is a Thursday", wd(2024, 10, 10) == "木"),
        ("2023年4月〜2024年3月", ["2023年度"], "fiscal 2023 (年度) = April 2023–March 2024", True),
        ("約1万7000件", ["1万8400件で、前年度から8%増え"], "18,400 / 1.08 = 17,037 → 約1万7000", round(18400 / 1.08, -3) == 17000),
        ("18年", ["2006年の制度導入以来"], "2024 − 2006 = 18", 2024 - 2006 == 18),
        ("1日平均約57件", ["7〜9月の3カ月間で5210件"], "5,210 / 92 days (Jul–Sep) = 56.6 → 約57件", round(5210 / 92) == 57),
        ("約126台", ["1日平均420台", "その3割"], "420 × 0.3 = 126", round(420 * 0.3) == 126),
        ("350万円", ["年1億2600万円", "36人"], "126,000,000 / 36 = 3,500,000", 126_000_000 / 36 == 3_500_000),
        ("1カ所平均330台", ["12カ所(計3960台)"], "3,960 / 12 = 330", 3960 / 12 == 330),
        ("50円、25%", ["30分200円を250円に"], "250 − 200 = 50; 50 / 200 = 25%", 250 - 200 == 50 and 50 / 200 == 0.25),
        ("1時間では500円", ["30分200円を250円に"], "2 × 250 = 500", 2 * 250 == 500),
        ("15ポイント", ["平均87%", "前年同期の72%"], "87 − 72 = 15 points", 87 - 72 == 15),
        ("約0.7平方キロ、約1.3倍", ["約2.4平方キロ", "約3.1平方キロ"], "3.1 − 2.4 = 0.7; 3.1 / 2.4 = 1.29", round(3.1 - 2.4, 1) == 0.7 and round(3.1 / 2.4, 1) == 1.3),
        ("約3億2900万円", ["3億4500万円で、前年度から5%増えた"], "345,000,000 / 1.05 = 328,571,429 → 約3億2900万", round(3.45e8 / 1.05, -6) == 329e6),
    ],
}

ERR_DERIVED = {
    "err-lakeshore-meters": [
        ("22日(月)", ["on Monday"], "Monday before Tue 23 Jan 2024 = 22 Jan", wd(2024, 1, 22) == "月"),
        ("75セント、30%", ["$3.25 an hour", "up from $2.50"], "3.25 − 2.50 = 0.75; 0.75 / 2.50 = 30%", round(3.25 - 2.5, 2) == 0.75 and 0.75 / 2.5 == 0.3),
        ("7年ぶり", ["the first since 2017"], "2024 − 2017 = 7", 2024 - 2017 == 7),
        ("約4分の1", ["1,200 of the city's 4,850"], "1,200 / 4,850 = 24.7%", round(1200 / 4850, 2) == 0.25),
        ("2022年10月〜2023年9月", ["fiscal 2023, which ended Sept. 30"], "FY ending 30 Sep 2023", True),
        ("1台あたり年間約3800ドル", ["$18.6 million", "4,850 downtown metered spaces"], "18,600,000 / 4,850 = 3,835", round(18.6e6 / 4850, -2) == 3800),
        ("約2割", ["$4.2 million a year", "$18.6 million"], "4.2 / 18.6 = 22.6% → 約2割", round(4.2 / 18.6, 1) == 0.2),
        ("3時間延長", ["from 6 p.m. to 9 p.m."], "21 − 18 = 3 hours", 21 - 18 == 3),
        ("15ドル、3分の1", ["from $45 to $60"], "60 − 45 = 15; 15 / 45 = 1/3", 60 - 45 == 15 and 15 * 3 == 45),
        ("1人あたり約9600枚", ["22 parking enforcement aides", "about 212,000 tickets"], "212,000 / 22 = 9,636", round(212000 / 22, -2) == 9600),
        ("約7.2キロ(4.5マイル)", ["4.5 miles from downtown"], "4.5 × 1.609 = 7.24 km", round(4.5 * MI, 1) == 7.2),
        ("600台の1.5倍", ["add 300 spaces", "bringing the total to 900"], "900 − 300 = 600; 900 / 600 = 1.5", 900 - 300 == 600 and 900 / 600 == 1.5),
        ("30日(火)午後6時半", ["next Tuesday at 6:30 p.m."], "next Tuesday after Tue 23 Jan 2024 = 30 Jan", wd(2024, 1, 30) == "火"),
        ("日本時間31日午前9時半", ["next Tuesday at 6:30 p.m."], "18:30 CST (UTC−6) on 30 Jan = 09:30 JST on 31 Jan", hm("2024-01-30T18:30:00-06:00") == (31, 9, 30)),
    ],
    "err-northbank-crore": [
        ("14日(月)", ["released on Monday"], "Monday before Tue 15 Oct 2024 = 14 Oct", wd(2024, 10, 14) == "月"),
        ("18日(金)", ["on Friday"], "Friday after Tue 15 Oct 2024 = 18 Oct", wd(2024, 10, 18) == "金"),
        ("10ルピー、3分の1", ["from Rs 30 to Rs 40"], "40 − 30 = 10; 10 / 30 = 1/3", 40 - 30 == 10 and 10 * 3 == 30),
        ("2023年4月〜2024年3月", ["in 2023-24"], "Indian fiscal year 2023-24 = April 2023–March 2024", True),
        ("1.5倍", ["from Rs 1,000 to Rs 1,500"], "1,500 / 1,000 = 1.5", 1500 / 1000 == 1.5),
        ("24万件", ["2.4 lakh parking challans"], "2.4 lakh = 240,000", 2.4 * 100000 == 240000),
        ("約26%", ["2.4 lakh", "1.9 lakh"], "2.4 / 1.9 − 1 = 26.3%", round((2.4 / 1.9 - 1) * 100) == 26),
        ("3分の1は民間", ["186 authorised parking lots", "62 lots are run by private contractors"], "62 / 186 = 1/3", 62 * 3 == 186),
        ("1駅あたり300台分", ["2,100 parking spaces at seven metro stations"], "2,100 / 7 = 300", 2100 / 7 == 300),
        ("日本時間同日午前9時半", ["at 6 am on November 1"], "06:00 IST (UTC+5:30) = 09:30 JST", hm("2024-11-01T06:00:00+05:30") == (1, 9, 30)),
        ("40台", ["28 tow trucks", "adding 12 more trucks"], "28 + 12 = 40", 28 + 12 == 40),
    ],
    "err-southern-lakes-nzdt": [
        ("5日(火)", ["on Tuesday"], "Tuesday before Wed 6 Nov 2024 = 5 Nov", wd(2024, 11, 5) == "火"),
        ("12月2日(月)", ["Monday, December 2"], "2024-12-02 is a Monday", wd(2024, 12, 2) == "月"),
        ("約116人", ["all 16,400 of them", "1.9 million visitors a year"], "1,900,000 / 16,400 = 115.9", round(1.9e6 / 16400) == 116),
        ("12時間", ["from 8am to 8pm"], "20 − 8 = 12", 20 - 8 == 12),
        ("1時間に3本", ["every 20 minutes"], "60 / 20 = 3", 60 / 20 == 3),
        ("6人増やし、1.75倍", ["from eight to 14"], "14 − 8 = 6; 14 / 8 = 1.75", 14 - 8 == 6 and 14 / 8 == 1.75),
        ("7日(木)午後7時", ["at 7pm on Thursday"], "Thursday after Wed 6 Nov 2024 = 7 Nov", wd(2024, 11, 7) == "木"),
        ("1時間あたり1250台", ["more than 5,000 vehicles", "between 10am and 2pm"], "5,000 / 4 hours = 1,250", 5000 / 4 == 1250),
    ],
    "err-straits-harbour": [
        ("12日(水)", ["on Wednesday"], "published Wed 12 Mar 2025", wd(2025, 3, 12) == "水"),
        ("15シンガポールドル、約14%", ["S$125 a month", "up from S$110"], "125 − 110 = 15; 15 / 110 = 13.6%", 125 - 110 == 15 and round(15 / 110 * 100) == 14),
        ("9年ぶり", ["the first since 2016"], "2025 − 2016 = 9", 2025 - 2016 == 9),
        ("1時間1.20シンガポールドル", ["60 cents per half-hour"], "2 × 0.60 = 1.20", round(2 * 0.6, 2) == 1.2),
        ("約3割", ["Of its 1,050 car parks, 312"], "312 / 1,050 = 29.7%", round(312 / 1050, 1) == 0.3),
        ("年間では1500シンガポールドル", ["S$125 a month"], "125 × 12 = 1,500", 125 * 12 == 1500),
        ("約2億1200万シンガポールドル", ["rose 9 per cent to S$231 million"], "231 / 1.09 = 211.9 million", round(231 / 1.09) == 212),
        ("2100万シンガポールドル", ["S$252 million", "S$231 million"], "252 − 231 = 21 million", 252 - 231 == 21),
        ("1人あたり約116件", ["48,600 summonses", "420 enforcement officers"], "48,600 / 420 = 115.7", round(48600 / 420) == 116),
        ("2024年10〜12月期", ["In the fourth quarter of 2024"], "Q4 = October–December", True),
        ("1カ所あたり198件", ["trial at 20 car parks detected 3,960 offences"], "3,960 / 20 = 198", 3960 / 20 == 198),
        ("日本時間同日午前1時", ["at midnight on April 1"], "00:00 SGT (UTC+8) = 01:00 JST", hm("2025-04-01T00:00:00+08:00") == (1, 1, 0)),
        ("30年以上", ["since 1994"], "2025 − 1994 = 31", 2025 - 1994 > 30),
    ],
    "err-midlands-tribune": [
        ("0.50ユーロ、25%", ["from €2 to €2.50"], "2.50 − 2 = 0.50; 0.5 / 2 = 25%", 0.5 / 2 == 0.25),
        ("9月2日(月)", ["Monday, September 2"], "2024-09-02 is a Monday", wd(2024, 9, 2) == "月"),
        ("13ポイント", ["61% of all parking transactions", "compared with 48%"], "61 − 48 = 13 points", 61 - 48 == 13),
        ("3人増やして12人", ["nine traffic wardens", "add three more"], "9 + 3 = 12", 9 + 3 == 12),
        ("2割", ["upheld 214 of 1,070 appeals"], "214 / 1,070 = 0.2", 214 / 1070 == 0.2),
        ("約12%", ["19 of the 160 designated spaces"], "19 / 160 = 11.9%", round(19 / 160 * 100) == 12),
        ("15日(月)午後3時", ["at 3pm on Monday"], "Monday after Tue 9 Jul 2024 = 15 Jul", wd(2024, 7, 15) == "月"),
        ("日本時間同日午後11時", ["at 3pm on Monday"], "15:00 IST (UTC+1) = 23:00 JST", hm("2024-07-15T15:00:00+01:00") == (15, 23, 0)),
        ("1.5倍", ["from two to three hours"], "3 / 2 = 1.5", 3 / 2 == 1.5),
    ],
    "err-rift-valley": [
        ("19日(月)", ["on Monday"], "Monday before Tue 20 Feb 2024 = 19 Feb", wd(2024, 2, 19) == "月"),
        ("100シリング、5割", ["Sh300 a day", "up from Sh200"], "300 − 200 = 100; 100 / 200 = 50%", 100 / 200 == 0.5),
        ("2023年7〜12月", ["first half of the 2023/24 financial year, which began in July"], "first half of a July–June year = July–December 2023", True),
        ("2024年7月〜2025年6月", ["Sh1.8 billion in 2024/25"], "2024/25 (July–June) = July 2024–June 2025", True),
        ("約13.5区画", ["3,500 marked parking bays", "260 parking attendants"], "3,500 / 260 = 13.46", round(3500 / 260, 1) == 13.5),
        ("4割", ["About 1,400 of the bays"], "1,400 / 3,500 = 0.4", 1400 / 3500 == 0.4),
        ("約2.9倍", ["Sh612 million", "Sh1.8 billion"], "1,800 / 612 = 2.94", round(1800 / 612, 1) == 2.9),
        ("1000シリング、1.5倍", ["to Sh3,000 from Sh2,000"], "3,000 − 2,000 = 1,000; 3,000 / 2,000 = 1.5", 3000 / 2000 == 1.5),
        ("1000シリング、25%", ["from Sh4,000 to Sh5,000"], "5,000 − 4,000 = 1,000; 1,000 / 4,000 = 25%", 1000 / 4000 == 0.25),
        ("21日(水)", ["on Wednesday"], "Wednesday after Tue 20 Feb 2024 = 21 Feb", wd(2024, 2, 21) == "水"),
        ("22日(木)午後2時半", ["at 2.30pm on Thursday"], "Thursday after Tue 20 Feb 2024 = 22 Feb", wd(2024, 2, 22) == "木"),
        ("日本時間同日午後8時半", ["at 2.30pm on Thursday"], "14:30 EAT (UTC+3) = 20:30 JST", hm("2024-02-22T14:30:00+03:00") == (22, 20, 30)),
    ],
    "err-windward-hawaii": [
        ("5月1日(水)", ["Wednesday, May 1"], "2024-05-01 is a Wednesday", wd(2024, 5, 1) == "水"),
        ("約5.7ヘクタール(14エーカー)", ["14-acre"], "14 × 0.4047 = 5.67 ha", round(14 * AC, 1) == 5.7),
        ("5時間20分", ["$7.50 an hour", "capped at $40 a day"], "40 / 7.50 = 5.33 h = 5 h 20 min", abs(40 / 7.5 - (5 + 20 / 60)) < 1e-9),
        ("約5.7倍", ["from $35 to $200"], "200 / 35 = 5.71", round(200 / 35, 1) == 5.7),
        ("1時間に3本", ["every 20 minutes"], "60 / 20 = 3", 60 / 20 == 3),
        ("往復で4ドル", ["$2 each way"], "2 × 2 = 4", 2 * 2 == 4),
        ("約1.6キロ", ["up to a mile"], "1 mile = 1.61 km", round(MI, 1) == 1.6),
        ("18日(木)午前10時", ["at 10 a.m. Thursday"], "Thursday after Tue 16 Apr 2024 = 18 Apr", wd(2024, 4, 18) == "木"),
        ("日本時間19日午前5時", ["at 10 a.m. Thursday"], "10:00 HST (UTC−10) on 18 Apr = 05:00 JST on 19 Apr", hm("2024-04-18T10:00:00-10:00") == (19, 5, 0)),
        ("月平均約37万5000ドル", ["about $4.5 million in its first year"], "4,500,000 / 12 = 375,000", 4.5e6 / 12 == 375000),
    ],
    "err-fr-tribune-leman": [
        ("28日(火)", ["présenté mardi"], "published Tue 28 Jan 2025", wd(2025, 1, 28) == "火"),
        ("2月3日(月)午後8時", ["lundi prochain", "à 20 heures"], "lundi prochain after Tue 28 Jan 2025 = 3 Feb", wd(2025, 2, 3) == "月"),
        ("日本時間4日午前4時", ["à 20 heures"], "20:00 CET (UTC+1) on 3 Feb = 04:00 JST on 4 Feb", hm("2025-02-03T20:00:00+01:00") == (4, 4, 0)),
        ("約2万4900フラン", ["9,2 millions de francs", "370 places de plus"], "9 200 000 / 370 = 24 865 → 約2万4900", round(9.2e6 / 370, -2) == 24900),
        ("開設から16年", ["ouvert en 2009"], "2025 − 2009 = 16", 2025 - 2009 == 16),
        ("0.50フラン、25%", ["de 2 francs à 2,50 francs"], "2,50 − 2 = 0,50; 0,50 / 2 = 25%", 0.5 / 2 == 0.25),
        ("60フラン、25%", ["300 francs par an, contre 240 francs"], "300 − 240 = 60; 60 / 240 = 25%", 60 / 240 == 0.25),
        ("約1.5倍", ["de 680 à 1'050 places"], "1 050 / 680 = 1.54", round(1050 / 680, 1) == 1.5),
        ("約11%", ["120 places du P+R"], "120 / 1 050 = 11.4%", round(120 / 1050 * 100) == 11),
        ("1時間あたり4本から6本", ["cadence de dix minutes", "un quart d'heure"], "60 / 15 = 4; 60 / 10 = 6", 60 / 15 == 4 and 60 / 10 == 6),
    ],
    "err-de-rheintaler": [
        ("89.30ユーロ", ["30,70 Euro im Jahr", "120 Euro kosten"], "120 − 30,70 = 89,30", round(120 - 30.70, 2) == 89.3),
        ("約4倍", ["30,70 Euro im Jahr", "120 Euro kosten"], "120 / 30,70 = 3.91 → 約4倍", round(120 / 30.70) == 4),
        ("31年", ["seit 1993"], "2024 − 1993 = 31", 2024 - 1993 == 31),
        ("0.50ユーロ、25%", ["von 2,00 auf 2,50 Euro"], "2,50 − 2,00 = 0,50; 0,50 / 2 = 25%", 0.5 / 2 == 0.25),
        ("約6万6000件", ["61.500 Verwarnungen", "rund 7 Prozent weniger"], "61.500 / 0,93 = 66.129 → 約6万6000", round(61500 / 0.93, -3) == 66000),
        ("月あたりでは10ユーロ", ["120 Euro kosten"], "120 / 12 = 10", 120 / 12 == 10),
        ("2.75倍", ["mindestens 55 Euro", "Früher waren es 20 Euro"], "55 / 20 = 2.75", 55 / 20 == 2.75),
        ("180台分、約1.4倍", ["von 420 auf 600 Stellplätze"], "600 − 420 = 180; 600 / 420 = 1.43", 600 - 420 == 180 and round(600 / 420, 1) == 1.4),
        ("1時間に4本", ["im Viertelstundentakt"], "every 15 minutes = 4 an hour", 60 / 15 == 4),
        ("1台分あたり1万ユーロ", ["1,8 Millionen Euro"], "1.800.000 / 180 = 10.000", 1.8e6 / 180 == 10000),
        ("4日(木)午後6時", ["am Donnerstag ab 18 Uhr"], "Donnerstag after Wed 3 Jul 2024 = 4 Jul", wd(2024, 7, 4) == "木"),
    ],
    "err-de-seeblick": [
        ("4月1日(月)", ["zum 1. April"], "2024-04-01 is a Monday", wd(2024, 4, 1) == "月"),
        ("0.50ユーロ、3分の1", ["von 1,50 auf 2 Euro"], "2 − 1,50 = 0,50; 0,50 / 1,50 = 1/3", round(0.5 / 1.5, 6) == round(1 / 3, 6)),
        ("15ユーロへ25%", ["von 12 auf 15 Euro"], "3 / 12 = 25%", 3 / 12 == 0.25),
        ("10ユーロ、約12%", ["95 statt 85 Euro"], "95 − 85 = 10; 10 / 85 = 11.8%", round(10 / 85 * 100) == 12),
        ("13日(水)", ["am Mittwoch"], "published Wed 13 Mar 2024", wd(2024, 3, 13) == "水"),
        ("1台分あたり4万ユーロ", ["21,6 Mio. Euro", "540 Stellplätze"], "21.600.000 / 540 = 40.000", 21.6e6 / 540 == 40000),
        ("約16%", ["davon 84 mit Ladepunkten"], "84 / 540 = 15.6%", round(84 / 540 * 100) == 16),
        ("52年", ["1972 eröffnet"], "2024 − 1972 = 52", 2024 - 1972 == 52),
        ("約3割", ["120 Plätze weg", "410 Stellplätze"], "120 / 410 = 29.3%", round(120 / 410, 1) == 0.3),
        ("290台分", ["120 Plätze weg", "410 Stellplätze"], "410 − 120 = 290", 410 - 120 == 290),
        ("2023年10〜12月", ["Im ersten Quartal des laufenden Geschäftsjahres, also von Oktober bis Dezember"], "first quarter of FY 2023/24 = Oct–Dec 2023", True),
        ("約38万9000台", ["rund 412.000 Einfahrten, 6 Prozent mehr"], "412.000 / 1,06 = 388.679 → 約38万9000", round(412000 / 1.06, -3) == 389000),
        ("1.50ユーロ上がる", ["drei Stunden 4,50 Euro", "sechs Euro"], "6 − 4,50 = 1,50", 6 - 4.5 == 1.5),
        ("14日(木)午後5時", ["am Donnerstag um 17 Uhr"], "Donnerstag after Wed 13 Mar 2024 = 14 Mar", wd(2024, 3, 14) == "木"),
        ("日本時間15日午前1時", ["am Donnerstag um 17 Uhr"], "17:00 MEZ (UTC+1) on 14 Mar = 01:00 JST on 15 Mar", hm("2024-03-14T17:00:00+01:00") == (15, 1, 0)),
    ],
    "err-es-voz-litoral": [
        ("300ペソ、5割", ["de 600 a 900 pesos"], "900 − 600 = 300; 300 / 600 = 50%", 300 / 600 == 0.5),
        ("9月1日(日)", ["a partir del 1 de septiembre"], "2024-09-01 is a Sunday", wd(2024, 9, 1) == "日"),
        ("29日(木)午前10時", ["la sesión del jueves, prevista para las 10"], "jueves after Tue 27 Aug 2024 = 29 Aug", wd(2024, 8, 29) == "木"),
        ("日本時間同日午後10時", ["prevista para las 10"], "10:00 ART (UTC−3) = 22:00 JST", hm("2024-08-29T10:00:00-03:00") == (29, 22, 0)),
        ("12時間", ["de 8 a 20"], "20 − 8 = 12", 20 - 8 == 12),
        ("約3億800万ペソ", ["1.850 millones de pesos en el primer semestre"], "1.850 millones / 6 = 308 millones", round(1.85e9 / 6, -6) == 308e6),
        ("5500台分", ["4.200 espacios", "1.300 espacios más"], "4.200 + 1.300 = 5.500", 4200 + 1300 == 5500),
        ("約1.3倍", ["1.200 pesos", "de 600 a 900 pesos"], "1.200 / 900 = 1.33", round(1200 / 900, 1) == 1.3),
        ("1時間に4本", ["cada quince minutos"], "60 / 15 = 4", 60 / 15 == 4),
        ("年4万8000ペソ", ["4.000 pesos por mes"], "4.000 × 12 = 48.000", 4000 * 12 == 48000),
        ("100人", ["85 inspectores", "otros 15"], "85 + 15 = 100", 85 + 15 == 100),
        ("90日間", ["del 15 de diciembre al 15 de marzo"], "15 Dec 2024 → 15 Mar 2025 = 90 days", (dt.date(2025, 3, 15) - dt.date(2024, 12, 15)).days == 90),
    ],
    "err-ja-minato": [
        ("17日(月)", ["汐浜市は17日"], "2025-02-17 is a Monday", wd(2025, 2, 17) == "月"),
        ("2025年4月〜2026年3月", ["2025年度当初予算案"], "fiscal 2025 (年度) = April 2025–March 2026", True),
        ("1台分あたりの事業費は80万円", ["3億8400万円", "480台分"], "384,000,000 / 480 = 800,000", 3.84e8 / 480 == 8e5),
        ("940台分、約2倍", ["既存の駐車場(460台)", "940台分"], "940 / 460 = 2.04", round(940 / 460) == 2),
        ("約1億9200万円", ["事業費の半分は国の交付金"], "384,000,000 / 2 = 192,000,000", 3.84e8 / 2 == 1.92e8),
        ("約2400人", ["約1万2000人", "そのうち2割"], "12,000 × 0.2 = 2,400", round(12000 * 0.2) == 2400),
        ("1時間に6本", ["10分間隔"], "60 / 10 = 6", 60 / 10 == 6),
        ("往復400円", ["片道200円"], "2 × 200 = 400", 2 * 200 == 400),
        ("開設から13年", ["2012年に開設"], "2025 − 2012 = 13", 2025 - 2012 == 13),
        ("25日(火)", ["25日に開会する市議会定例会"], "2025-02-25 is a Tuesday", wd(2025, 2, 25) == "火"),
        ("約1.2ヘクタール", ["約1万2000平方メートル"], "12,000 m² = 1.2 ha", 12000 / 10000 == 1.2),
        ("3月に住民説明会", ["来月、住民説明会"], "published February 2025 → 来月 = March", True),
    ],
}

# ---------------------------------------------------------------------------
# Planted slips: span, kind, severity, what the slip is, the correct value,
# and a check that the correct value is what the source gives.
# ---------------------------------------------------------------------------
E, W = "error", "warning"
SLIPS = {
    "err-lakeshore-meters": [
        ("25日", "mismatch", E, "a day off for a relative weekday: the council votes 'on Wednesday' (article Tue 23 Jan 2024)", "24日 (Wed)", wd(2024, 1, 24) == "水"),
        ("6%", "mismatch", E, "percent written for percentage points: occupancy 74% → 68%", "6ポイント", 74 - 68 == 6),
        ("https://lakeshoreledger.example/city/2024/01/23/port-calloway-meter-rates-rise?utm_source=newsletter&utm_medium=email&utm_campaign=morning-briefing&mc_eid=8f3a2c71d4", "citation", W, "tracking parameters on the URL", "the canonical URL without ?utm_…&mc_eid=…", True),
    ],
    "err-northbank-crore": [
        ("48億6000万ルピー", "mismatch", E, "scale slip ×10: Rs 48.6 crore", "4億8600万ルピー", 48.6 * 10**7 == 4.86e8),
        ("約4割", "mismatch", E, "wrong share: 5,400 of 18,000 spaces", "3割 (30%)", 5400 / 18000 == 0.3),
        ("VMC", "name", W, "abbreviation the source never gives (it says only 'the municipal corporation')", "no abbreviation", True),
    ],
    "err-southern-lakes-nzdt": [
        ("午後4時", "mismatch", E, "Japan time off by an hour (NZDT is UTC+13 in November): 7pm Thursday", "日本時間同日午後3時", hm("2024-11-07T19:00:00+13:00") == (7, 15, 0)),
        ("2年8カ月", "mismatch", E, "wrong duration: 'three years and eight months' (March 2021 → November 2024)", "3年8カ月", (2024 * 12 + 11) - (2021 * 12 + 3) == 3 * 12 + 8),
        ("2024.11.05", "citation", W, "Japan-time date in the citation: published 03:30 NZDT on 6 Nov = 23:30 JST on 5 Nov", "2024.11.06 (outlet's local date)", jst("2024-11-06T03:30:00+13:00").date() == dt.date(2024, 11, 5)),
    ],
    "err-straits-harbour": [
        ("約21万シンガポールドル", "mismatch", E, "wrong per-unit figure: S$252 million / 1,050 car parks", "24万シンガポールドル", 252e6 / 1050 == 240000),
        ("約4倍", "mismatch", E, "wrong multiple: 48,600 vs 16,200 ('three times')", "3倍", 48600 / 16200 == 3),
        ("ファルハン", "spelling", W, "second katakana spelling of Farhan (first mention ファーハン・イスカンダル(Farhan Iskandar))", "ファーハン", True),
    ],
    "err-midlands-tribune": [
        ("約394万ユーロ", "mismatch", E, "wrong prior-year level: €4.48 million is up 12%, so the year before was 4.48 / 1.12 (not 4.48 × 0.88)", "400万ユーロ", round(4.48 / 1.12, 2) == 4.0),
        ("18%増", "mismatch", E, "direction flipped: clampings 'fell by 18% to 5,740'", "18%減", True),
        ("2015年", "unsupported", W, "invented year for the pay-by-phone service (the source gives no start year)", "no year in the source", True),
    ],
    "err-rift-valley": [
        ("(52)", "mismatch", E, "wrong age: Governor Esther Wambui-Kariuki, 57", "(57)", True),
        ("9000シリング", "mismatch", E, "wrong sum: clamp release Sh3,000 + towing Sh5,000", "計8000シリング", 3000 + 5000 == 8000),
        ("オチェン", "spelling", W, "second katakana spelling of Ochieng (first mention デビッド・オチエン(David Ochieng))", "オチエン", True),
    ],
    "err-windward-hawaii": [
        ("約2.4キロ", "mismatch", E, "wrong unit conversion: 3.8 miles divided instead of multiplied by 1.609", "約6.1キロ", round(3.8 * MI, 1) == 6.1 and round(3.8 / MI, 1) == 2.4),
        ("4〜6月期", "mismatch", E, "wrong quarter: 'the first quarter of 2024'", "1〜3月期", True),
        ("620台", "unsupported", W, "invented count of spaces at the three parks (the source gives none)", "no space count in the source", True),
    ],
    "err-fr-tribune-leman": [
        ("420台分", "mismatch", E, "wrong difference: 1'050 − 680 places", "370台分", 1050 - 680 == 370),
        ("2〜5時間", "mismatch", E, "wrong range end: 60 francs for 'de deux à quatre heures'", "2〜4時間", True),
        ("PMCV", "name", W, "abbreviation the source never gives (it says only 'la police municipale')", "no abbreviation", True),
    ],
    "err-de-rheintaler": [
        ("8600枚", "mismatch", E, "changed digit: 8.400 Ausweise", "8400枚", True),
        ("4日午前1時", "mismatch", E, "Japan time without the day shift: Donnerstag (4 Jul) 18 Uhr MESZ", "日本時間5日午前1時", hm("2024-07-04T18:00:00+02:00") == (5, 1, 0)),
        ("Rheintaler Tagblatt", "citation", W, "wrong outlet in the citation", "Rheintaler Abendblatt", True),
    ],
    "err-de-seeblick": [
        ("2023年10月〜2024年9月", "mismatch", E, "wrong fiscal year: Geschäftsjahr 2022/23 'das am 30. September endete'", "2022年10月〜2023年9月", True),
        ("126万ユーロ", "mismatch", E, "scale slip ÷10: Umsatz 12,6 Mio. Euro", "1260万ユーロ", 12.6e6 == 1260 * 10**4),
        ("キュンライン", "spelling", W, "second katakana spelling of Kühnlein (first mention セバスティアン・キューンライン(Sebastian Kühnlein))", "キューンライン", True),
    ],
    "err-es-voz-litoral": [
        ("13%", "mismatch", E, "percent written for percentage points: 54 % → 67 % ('trece puntos porcentuales')", "13ポイント", 67 - 54 == 13),
        ("12%増", "mismatch", E, "direction flipped: 38.600 actas, 'un 12 % menos'", "12%減", True),
        ("約5万人", "unsupported", W, "invented count of app users (the source gives none)", "no user count in the source", True),
    ],
    "err-ja-minato": [
        ("38億4000万円", "mismatch", E, "scale slip ×10: 事業費3億8400万円", "3億8400万円", True),
        ("約340台", "mismatch", E, "wrong per-day figure: 延べ1万3640台 in January / 31 days", "1日平均440台", 13640 / 31 == 440),
        ("汐浜市、駅南にパークアンドライド480台 冬の渋滞対策で新設へ", "citation", W, "wrong title in the citation", "汐浜市、駅南にパークアンドライド480台 既存と合わせ倍増へ", True),
    ],
}


TOPICS = {
    "clean-bay-cities-late": "street-sweeping fine, parking officer vacancies, crosswalk red curbs, garages (published 22:40 local: JST date differs)",
    "clean-brackenford-pcn": "record penalty charge notices, wardens, hourly car park charge rise",
    "clean-coral-coast-park-ride": "new 1150-space park 'n' ride, budget for six more sites",
    "clean-de-alpenland": "short-stay parking zone extended, resident permit (Parkpickerl), park-and-ride",
    "clean-es-heraldo-ribera": "ORA blue zone extended, hourly tariff, wardens, free park-and-ride",
    "clean-fenland-echo": "hospital car park charges, staff spaces, park-and-ride (published 17:30 GMT: JST date differs)",
    "clean-fr-courrier-vallee": "hourly charge and post-parking fee (FPS) rise, ASVP officers, P+R",
    "clean-fr-soleil-fleuve": "parking fine and resident permit rise, officers, park-and-ride (published 17:05 EDT: JST date differs)",
    "clean-highveld-tariffs": "CBD hourly tariff, clamp release fee, marshals and car guards",
    "clean-ja-towan": "parking enforcement officers increased, unpaid-fine orders, car park charges",
    "clean-parkside-today": "in-ground parking sensors, wheel boots, park-and-ride expansion (published 12:15 EDT: JST date differs)",
    "clean-prairie-permits": "residential permit fee, snow-route towing, bylaw officers (published 21:15 CST: JST date differs)",
    "err-de-rheintaler": "resident parking permit from 30,70 to 120 euros, meter charges, P+R",
    "err-de-seeblick": "municipal multi-storey car park tariffs, new harbour car park, fiscal-year figures",
    "err-es-voz-litoral": "metered parking to 900 pesos an hour, app payments, summer zone",
    "err-fr-tribune-leman": "park-and-ride expansion, meter and resident permit rise, fines schedule",
    "err-ja-minato": "new 480-space park-and-ride in the budget, January use",
    "err-lakeshore-meters": "downtown meter rate rise, demand pricing pilot, park-and-ride",
    "err-midlands-tribune": "hourly charge rise, clampings, pay-by-phone, wardens",
    "err-northbank-crore": "Zone A rates, tow-away fines, crore/lakh figures, metro park-and-ride",
    "err-rift-valley": "daily parking fee, cashless payment, clamping and towing charges",
    "err-southern-lakes-nzdt": "paid parking in a resort town, wardens, park-and-ride (published 03:30 NZDT: JST date is the day before)",
    "err-straits-harbour": "season parking charges at housing estates, summonses",
    "err-windward-hawaii": "non-resident beach park parking fees, shoulder fines, shuttle",
}

LANG_COUNTS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}


def article_text(meta):
    sep = "" if meta["lang"] == "ja" else " "
    return sep.join(meta["paragraphs"])


def size_of_source(meta):
    if meta["lang"] == "ja":
        return sum(len(p) for p in meta["paragraphs"]), (900, 1600), "characters"
    return sum(len(p.split()) for p in meta["paragraphs"]), (450, 800), "words"


def expected_from_slips(name):
    rows = SLIPS.get(name, [])
    return {"clean": not rows,
            "findings": [{"kind": k, "severity": s, "span": sp} for sp, k, s, *_ in rows]}


def parse_digest(path):
    out = subprocess.run([str(YOTEN), "parse", str(path)], capture_output=True, text=True)
    if out.returncode != 0:
        return None, out.stderr.strip()[-300:]
    return json.loads(out.stdout), ""


def main(argv):
    if "--write-expected" in argv:
        for p in sorted((HERE / "specs").glob("*.txt")):
            (HERE / "cases" / p.stem / "expected.json").write_text(
                json.dumps(expected_from_slips(p.stem), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("expected.json written")
        return 0
    if "--tables" in argv:
        print_tables()
        return 0

    problems = []
    names = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    case_dirs = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if names != case_dirs:
        problems.append(f"specs and cases differ: {set(names) ^ set(case_dirs)}")
    langs = {}
    n_clean = n_err = 0
    kinds = {}
    n_traps = n_err_derived = 0
    for name in names:
        d = HERE / "cases" / name
        meta = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        html = (d / "source.html").read_text(encoding="utf-8")
        if html != gen.render(meta):
            problems.append(f"{name}: source.html is not what gen.py renders (run gen.py)")
        for u in [meta["url"]] + [u for _, u in meta["related_list"]]:
            if not re.match(r"https://[a-z0-9.-]+\.example/", u):
                problems.append(f"{name}: URL not under .example: {u}")
        art = article_text(meta)
        n, (lo, hi), unit = size_of_source(meta)
        if not lo <= n <= hi:
            problems.append(f"{name}: source has {n} {unit}, want {lo}-{hi}")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        if not 2000 <= len(digest) <= 4500:
            problems.append(f"{name}: digest has {len(digest)} characters, want 2000-4500")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        if exp != expected_from_slips(name):
            problems.append(f"{name}: expected.json disagrees with SLIPS")
        is_clean = name.startswith("clean-")
        if exp["clean"] != is_clean:
            problems.append(f"{name}: clean flag {exp['clean']} vs name")
        f = exp["findings"]
        if is_clean:
            n_clean += 1
            if f:
                problems.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                problems.append(f"{name}: want 2 errors + 1 warning, got {len(errs)} + {len(warns)}")
            if any(x["kind"] != "mismatch" for x in errs):
                problems.append(f"{name}: error findings must be kind mismatch")
            if any(x["kind"] not in WARN_KINDS for x in warns):
                problems.append(f"{name}: warning kind not allowed")
        for x in f:
            kinds[(x["kind"], x["severity"])] = kinds.get((x["kind"], x["severity"]), 0) + 1
            c = digest.count(x["span"])
            if c != 1:
                problems.append(f"{name}: span {x['span']!r} occurs {c} times in digest")
            if x["kind"] in ("unsupported", "name") and (x["span"] in art or x["span"] in html):
                problems.append(f"{name}: {x['kind']} span {x['span']!r} occurs in the source")
        for sp, k, s, slip, correct, ok in SLIPS.get(name, []):
            if not ok:
                problems.append(f"{name}: check behind the correct value of {sp!r} fails")
        # parse + citation
        parsed, err = parse_digest(d / "digest.txt")
        if parsed is None:
            problems.append(f"{name}: yoten parse failed: {err}")
        else:
            src = parsed["sources"][0] if parsed.get("sources") else {}
            pub = dt.datetime.fromisoformat(meta["published"])
            want = {"title": meta["title"], "outlet": meta["outlet"],
                    "date": pub.date().isoformat(), "url": meta["url"]}
            cit = [x for x in f if x["kind"] == "citation"]
            for key in want:
                got = src.get(key)
                if got == want[key]:
                    continue
                shown = got.replace("-", ".") if key == "date" and got else got
                if cit and cit[0]["span"] in (shown or ""):
                    continue
                problems.append(f"{name}: citation {key} {got!r} != {want[key]!r}")
            if cit:
                bad = [k for k in want if src.get(k) != want[k]]
                if len(bad) != 1:
                    problems.append(f"{name}: citation slip should change exactly one field, changed {bad}")
            posted = dt.datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=TOKYO)
            if posted <= jst(meta["published"]):
                problems.append(f"{name}: post time {posted} is not after publication {jst(meta['published'])}")
            for part in ("overview", "details", "key_points"):
                if not parsed.get(part):
                    problems.append(f"{name}: parsed digest lacks {part}")
        # derived values
        table = TRAPS.get(name) if is_clean else ERR_DERIVED.get(name)
        if name not in TOPICS:
            problems.append(f"{name}: no topic listed")
        if not table:
            problems.append(f"{name}: no derived values listed")
            table = []
        if is_clean and len(table) < 8:
            problems.append(f"{name}: only {len(table)} derived values, want >= 8")
        for text, inputs, how, ok in table:
            if text not in digest:
                problems.append(f"{name}: derived value {text!r} not in digest")
            for i in inputs:
                if i not in art:
                    problems.append(f"{name}: input {i!r} for {text!r} not in source article")
            if not ok:
                problems.append(f"{name}: arithmetic check fails for {text!r} ({how})")
            for sp, *_ in SLIPS.get(name, []):
                if sp in text:
                    problems.append(f"{name}: derived value {text!r} contains slip span {sp!r}")
        if is_clean:
            n_traps += len(table)
        else:
            n_err_derived += len(table)
        print(f"ok  {name:32s} {meta['lang']}  src {n:5d} {unit:10s} digest {len(digest):5d} chars  "
              f"{'clean' if is_clean else 'err  '}  findings {len(f)}  derived {len(table)}")
    if len(names) != 24 or n_clean != 12 or n_err != 12:
        problems.append(f"counts: {len(names)} cases, {n_clean} clean, {n_err} err")
    if langs != LANG_COUNTS:
        problems.append(f"languages {langs} != {LANG_COUNTS}")
    print()
    print(f"cases {len(names)} (clean {n_clean}, err {n_err}); languages "
          + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    print("planted findings: " + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(kinds.items())))
    print(f"derived values checked: clean {n_traps}, err {n_err_derived}")
    if problems:
        print(f"\nFAIL ({len(problems)})")
        for p in problems:
            print("  -", p)
        return 1
    print("\nPASS")
    return 0


def md(s):
    return s.replace("|", "\\|")


def print_tables():
    print("## Cases\n")
    print("| case | lang | outlet (UTC offset) | topic |")
    print("|---|---|---|---|")
    for p in sorted((HERE / "specs").glob("*.txt")):
        m = gen.parse_spec(p)
        off = m["published"][-6:]
        print(f"| {p.stem} | {m['lang']} | {md(m['outlet'])} ({off}) | {md(TOPICS[p.stem])} |")
    print("\n## Clean traps\n")
    for name, rows in TRAPS.items():
        print(f"### {name}\n")
        for text, inputs, how, ok in rows:
            print(f"- `{text}` — {how}")
        print()
    print("## Planted findings\n")
    print("| case | span | kind / severity | slip | correct value |")
    print("|---|---|---|---|---|")
    for name, rows in SLIPS.items():
        for sp, k, s, slip, correct, ok in rows:
            print(f"| {name} | `{md(sp)}` | {k} / {s} | {md(slip)} | {md(correct)} |")
    print("\n### Correct derived values the err digests also carry (not labelled)\n")
    for name, rows in ERR_DERIVED.items():
        print(f"- **{name}**: " + "; ".join(f"`{t}` ({how})" for t, _, how, _ in rows))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
