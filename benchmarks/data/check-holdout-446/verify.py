#!/usr/bin/env python3
"""Check the check-holdout-446 set against the brief it was written to.

    python3 verify.py            # run every check, print a summary, exit 1 on any failure
    python3 verify.py --tables   # print the README tables (cases, clean traps, planted findings)

Checks: spans verbatim and unique in digest.txt; clean = no findings, err = 3
(2 error `mismatch` + 1 warning); `yoten parse` succeeds on every digest and
the 要点 tree mirrors the 詳細 tree; sizes (source words/characters, digest
characters); counts of cases and languages; citations (title, outlet, local
publication date, canonical URL — except where a citation slip is planted);
source.html up to date with specs/ (gen.py) and carrying the page chrome;
every derived value in TRAPS present in the digest, its inputs present in the
source, its arithmetic true; every planted slip's counterpart present in the
source and the slip itself absent from it.

`yoten` is looked up as $YOTEN, then on PATH, then /tmp/bcv446/bin/yoten.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

JST = ZoneInfo("Asia/Tokyo")

# ---------------------------------------------------------------- helpers for
# the arithmetic in TRAPS / SLIPS (evaluated with eval() below)


def D(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, d)


def WD(d: dt.date) -> str:
    return d.strftime("%A")


def J(iso: str) -> dt.datetime:
    """A local ISO time with offset → Japan time."""
    return dt.datetime.fromisoformat(iso).astimezone(JST)


def close(a: float, b: float, tol: float) -> bool:
    return abs(a - b) <= tol


MI_KM = 1.609344
FT_M = 0.3048
ACRE_HA = 0.40468564
LB_KG = 0.45359237


def F_C(f: float) -> float:
    return (f - 32) * 5 / 9


# ---------------------------------------------------------------- derived values
# case -> [(text in digest, [texts in source], arithmetic shown in README, python check)]

TRAPS: dict[str, list[tuple[str, list[str], str, str]]] = {
    "clean-fells-pitch-fees": [
        ("執行部は12日", ["on Tuesday"], "published Thu 14 Mar 2024; \"on Tuesday\" = Tue 12 Mar", "WD(D(2024,3,12))=='Tuesday' and WD(D(2024,3,14))=='Thursday'"),
        ("2.5ポンド上がる", ["from £25 to £27.50"], "27.50 − 25 = 2.50", "27.50-25==2.5"),
        ("約1割の値上げ", ["from £31 to £34"], "34 / 31 = 1.097 → +9.7% ≈ 1割", "close(34/31,1.1,0.01)"),
        ("3ポンドの値上げ", ["from £31 to £34"], "34 − 31 = 3", "34-31==3"),
        ("約220件", ["312 responses", "71% of them opposed"], "312 × 0.71 = 221.5 → 約220件", "close(312*0.71,220,2)"),
        ("2ポイント下がった", ["63%, down from 65%"], "65 − 63 = 2 points", "65-63==2"),
        ("約3万8900泊", ["41,200 pitch-nights in 2023, up 6%"], "41,200 / 1.06 = 38,868 → 約3万8900泊", "close(41200/1.06,38900,50)"),
        ("約7カ月間", ["Friday 29 March", "Sunday 3 November"], "29 Mar → 3 Nov 2024 = 219 days ≈ 7.2 months", "(D(2024,11,3)-D(2024,3,29)).days==219"),
        ("2023年4月〜24年3月", ["2023-24 financial year, which ends on 31 March"], "UK council financial year 2023-24 = 1 Apr 2023 – 31 Mar 2024", "True"),
        ("約17万ポンドが残る", ["£1.38 million", "£1.21 million"], "1.38m − 1.21m = £170,000 = 17万ポンド", "close(1.38e6-1.21e6,170000,1)"),
        ("約1割の増収", ["£1.52 million in 2024-25"], "1.52 / 1.38 = 1.101 → +10%", "close(1.52/1.38,1.1,0.01)"),
        ("12マイル(約19キロ)", ["12 miles west"], "12 × 1.609 = 19.3 km", "close(12*MI_KM,19,0.5)"),
        ("26フィート(約7.9メートル)", ["26 feet long"], "26 × 0.3048 = 7.92 m", "close(26*FT_M,7.9,0.05)"),
        ("その3分の1にあたる18人", ["54 seasonal staff", "18 of them"], "18 / 54 = 1/3", "18/54==1/3"),
        ("18日(月)", ["Recruitment opens on Monday"], "Thu 14 Mar → next Monday = 18 Mar", "WD(D(2024,3,18))=='Monday'"),
        ("16日(土)午前9時(英国時間)", ["from 9am on Saturday"], "Thu 14 Mar → Sat 16 Mar; 9am GMT kept in local time, labelled", "WD(D(2024,3,16))=='Saturday'"),
        ("三つの案", ["three options"], "three → 三つ (kanji numeral)", "True"),
        ("五つのキャンプ場", ["five campsites"], "five → 五つ (kanji numeral)", "True"),
        ("138万ポンド", ["£1.38 million"], "1.38 million = 138万", "1.38e6==138*10**4"),
        ("8万6000ポンド", ["£86,000"], "86,000 = 8万6000", "True"),
    ],
    "err-foothill-reservations": [
        ("21日", ["said on Tuesday"], "published Tue 21 May 2024 (PDT); \"on Tuesday\" = 21 May", "WD(D(2024,5,21))=='Tuesday'"),
        ("23日(木)午前8時(米太平洋時間)", ["8 a.m. Pacific time on Thursday"], "Tue 21 May → Thu 23 May; time kept in local time, labelled", "WD(D(2024,5,23))=='Thursday'"),
        ("日本時間23日午後11時45分", ["7:45 a.m."], "23 May 07:45 PDT (UTC−7) = 14:45 UTC = 23:45 JST same day", "J('2024-05-23T07:45:00-07:00').strftime('%d %H:%M')=='23 23:45'"),
        ("1460万ドル", ["$14.6 million"], "14.6 million = 1460万", "True"),
        ("約292万ドル", ["five-year contract worth $14.6 million"], "14.6m / 5 = 2.92m a year", "close(14.6e6/5,2.92e6,1)"),
        ("3カ月短縮", ["from nine months to six months"], "9 − 6 = 3 months", "9-6==3"),
        ("4ドル上がる", ["$10 cancellation fee, up from $6"], "10 − 6 = 4", "10-6==4"),
        ("約38万1500件", ["412,000 campsite reservations last year, up 8%"], "412,000 / 1.08 = 381,481", "close(412000/1.08,381500,100)"),
        ("約4割", ["Of the state's 61 campgrounds, 23"], "23 / 61 = 37.7% ≈ 4割", "close(23/61,0.4,0.03)"),
        ("約12万5000人", ["250,000 simulated users", "about twice the peak traffic"], "250,000 / 2 = 125,000", "250000/2==125000"),
        ("20ドル高い", ["$35 for a standard site and $55"], "55 − 35 = 20", "55-35==20"),
        ("約18サイト", ["15% of sites at each campground", "118 sites"], "118 × 0.15 = 17.7 → 約18", "close(118*0.15,18,0.5)"),
        ("6件から3件へ半減", ["no more than three", "down from six"], "3 / 6 = half", "3/6==0.5"),
    ],
    "clean-surfcoast-holiday-occupancy": [
        ("5ポイント上回った", ["94% full", "up from 89%"], "94 − 89 = 5 points", "94-89==5"),
        ("10〜12月期", ["December quarter"], "December quarter = Oct–Dec", "True"),
        ("約610万豪ドル", ["$6.8 million in bookings in the December quarter, up 12%"], "6.8m / 1.12 = 6.07m → 約610万", "close(6.8e6/1.12,6.1e6,0.05e6)"),
        ("4ポイント下がった", ["fell to 3%, from 7%"], "7 − 3 = 4 points", "7-3==4"),
        ("全体の4分の1を占める", ["310 annual sites", "1,240 powered and unpowered sites"], "310 / 1,240 = 0.25", "310/1240==0.25"),
        ("その約2倍", ["640 people are on the waiting list", "310 annual sites"], "640 / 310 = 2.06", "close(640/310,2,0.1)"),
        ("約1170サイト", ["94% full", "1,240"], "1,240 × 0.94 = 1,165.6", "close(1240*0.94,1170,5)"),
        ("2023年7月〜24年6月", ["2023-24 financial year"], "Australian financial year = 1 Jul – 30 Jun", "True"),
        ("収入の約16%", ["$19.4 million", "surplus of $3.1 million"], "3.1 / 19.4 = 16.0%", "close(3.1/19.4,0.16,0.005)"),
        ("差は18豪ドル", ["$96 a night", "unpowered site $78"], "96 − 78 = 18", "96-78==18"),
        ("672豪ドル", ["$96 a night", "minimum stay of seven nights"], "96 × 7 = 672", "96*7==672"),
        ("約5人に1人", ["22% of guests came from interstate"], "22% ≈ 1 in 5", "close(0.22,1/5,0.03)"),
        ("4日(土)", ["Saturday was the hottest day"], "published Thu 9 Jan 2025; the Saturday before = 4 Jan", "WD(D(2025,1,4))=='Saturday' and WD(D(2025,1,9))=='Thursday'"),
        ("議会に6日に示された", ["presented to councillors on Monday"], "the Monday before Thu 9 Jan = 6 Jan", "WD(D(2025,1,6))=='Monday'"),
        ("昨年12月の騒音", ["Last month the parks also dealt with 41 complaints"], "\"last month\" in a 9 Jan 2025 story = December 2024", "True"),
        ("22件減った", ["41 complaints", "compared with 63"], "63 − 41 = 22", "63-41==22"),
        ("約40年にわたり", ["every summer since 1986"], "2025 − 1986 = 39 → 約40年", "2025-1986==39"),
        ("日本時間同日午前8時", ["10am on Monday 3 February"], "3 Feb 10:00 AEDT (UTC+11) = 2 Feb 23:00 UTC = 3 Feb 08:00 JST", "J('2025-02-03T10:00:00+11:00').strftime('%d %H')=='03 08'"),
        ("四つのキャラバンパーク", ["four foreshore caravan parks"], "four → 四つ", "True"),
        ("ボクシング・デー(12月26日)", ["from Boxing Day to 8 January"], "Boxing Day = 26 December", "True"),
    ],
    "err-southern-lakes-freedom-camping": [
        ("8カ所減らす", ["from 22 to 14"], "22 − 14 = 8", "22-14==8"),
        ("約3カ月半後", ["takes effect on 1 November"], "18 Jul → 1 Nov 2024 = 106 days ≈ 3.5 months", "(D(2024,11,1)-D(2024,7,18)).days==106"),
        ("2倍", ["double to $400 from $200"], "400 / 200 = 2", "400/200==2"),
        ("約1750件", ["2,870 infringement notices", "61% of them have been paid"], "2,870 × 0.61 = 1,750.7", "close(2870*0.61,1750,5)"),
        ("約6割", ["58% backed tighter rules"], "58% ≈ 6割", "True"),
        ("約1740サイト", ["2,450 sites", "71% occupied"], "2,450 × 0.71 = 1,739.5", "close(2450*0.71,1740,5)"),
        ("12〜2月", ["over December, January and February"], "December–February", "True"),
        ("14NZドルの差", ["$58 a night", "unpowered sites cost $44"], "58 − 44 = 14", "58-44==14"),
        ("約2割増える", ["by about a fifth"], "a fifth = 2割", "True"),
        ("170NZドル(約17%)", ["rise to $1,150 from $980"], "1,150 − 980 = 170; 170 / 980 = 17.3%", "1150-980==170 and close(170/980,0.17,0.005)"),
        ("2シーズン", ["after two summers"], "two summers → 2シーズン", "True"),
    ],
    "clean-prairie-park-reservations": [
        ("公園省は2日", ["announced Tuesday"], "published Tue 2 Apr 2024 (CST)", "WD(D(2024,4,2))=='Tuesday'"),
        ("日本時間8日午後10時", ["7 a.m. CST on Monday, April 8"], "8 Apr 07:00 CST (UTC−6) = 13:00 UTC = 22:00 JST same day", "J('2024-04-08T07:00:00-06:00').strftime('%d %H')=='08 22'"),
        ("日本時間10日午前1時", ["10 a.m. CST on Tuesday, April 9"], "9 Apr 10:00 CST = 16:00 UTC = 10 Apr 01:00 JST (day shift)", "J('2024-04-09T10:00:00-06:00').strftime('%d %H')=='10 01'"),
        ("前年より3ドル、約8%高い", ["$40 a night this year, up from $37"], "40 − 37 = 3; 40 / 37 = 1.081", "40-37==3 and close(40/37,1.08,0.005)"),
        ("24ドルから26ドルへ2ドル", ["$26, up from $24"], "26 − 24 = 2", "26-24==2"),
        ("7.5%の値上げ", ["$2,150 from $2,000"], "2,150 / 2,000 = 1.075", "2150/2000==1.075"),
        ("150ドルの値上げ", ["$2,150 from $2,000"], "2,150 − 2,000 = 150", "2150-2000==150"),
        ("約4カ月間", ["Thursday, May 16", "Sunday, Sept. 15"], "16 May → 15 Sep 2024 = 122 days ≈ 4 months", "(D(2024,9,15)-D(2024,5,16)).days==122"),
        ("約20万3700件", ["221,000 reservations, a record that was 8.5% higher"], "221,000 / 1.085 = 203,687", "close(221000/1.085,203700,50)"),
        ("平均約260サイト", ["5,900 reservable campsites across its 23 provincial parks"], "5,900 / 23 = 256.5 → 約260", "close(5900/23,260,5)"),
        ("3人に1人", ["About one in three residents"], "one in three", "True"),
        ("約130ヘクタール", ["320-acre parcel"], "320 × 0.4047 = 129.5 ha", "close(320*ACRE_HA,130,1)"),
        ("開設から93年", ["established in 1931"], "2024 − 1931 = 93", "2024-1931==93"),
        ("2024年4月〜25年3月", ["2024-25 fiscal year, which began on Monday"], "fiscal year began Mon 1 Apr 2024 → Apr 2024 – Mar 2025", "WD(D(2024,4,1))=='Monday'"),
        ("その4分の1にあたる620万ドル", ["$24.8 million", "About $6.2 million of that"], "6.2 / 24.8 = 0.25", "close(6.2/24.8,0.25,1e-9)"),
        ("2480万ドル", ["$24.8 million"], "24.8 million = 2480万", "True"),
    ],
    "err-mountain-state-glamping-licences": [
        ("内閣は7日", ["approved by the state cabinet on Monday"], "published Tue 8 Oct 2024; \"on Monday\" = 7 Oct", "WD(D(2024,10,7))=='Monday'"),
        ("平均約6張", ["312 registered campsites with 1,870 tents"], "1,870 / 312 = 5.99", "close(1870/312,6,0.05)"),
        ("約15%", ["ordered 47 of them to stay shut"], "47 / 312 = 15.1%", "close(47/312,0.15,0.005)"),
        ("1張あたり1250ルピー", ["Rs 25,000 for up to 20 tents"], "25,000 / 20 = 1,250", "25000/20==1250"),
        ("20万ルピーの罰金", ["fine of Rs 2 lakh"], "2 lakh = 200,000 = 20万", "2*100000==20*10**4"),
        ("推計18億ルピー", ["Rs 180 crore"], "180 crore = 1.8 billion = 18億", "180*10**7==18*10**8"),
        ("約15億8000万ルピー", ["Rs 180 crore last year, 14% more"], "180 crore / 1.14 = 157.9 crore = 15億7900万 → 約15億8000万", "close(180e7/1.14,15.8e8,0.02e8)"),
        ("約260万人", ["About 26 lakh visitors"], "26 lakh = 2.6 million = 260万", "26*100000==260*10**4"),
        ("2カ月足らず", ["reapply by November 30"], "8 Oct → 30 Nov = 53 days < 2 months", "(D(2024,11,30)-D(2024,10,8)).days==53"),
        ("7〜9月の3カ月", ["from July to September"], "July–September = 3 months", "True"),
        ("約2.6倍", ["Rs 3,500 a night", "up to Rs 9,000"], "9,000 / 3,500 = 2.57", "close(9000/3500,2.6,0.05)"),
    ],
    "clean-kransberg-parks-camping-revenue": [
        ("公社(Southern Parks Authority)は25日", ["said on Wednesday"], "published Thu 26 Sep 2024; \"on Wednesday\" = 25 Sep", "WD(D(2024,9,25))=='Wednesday'"),
        ("4億1200万ランド", ["R412 million"], "412 million = 4億1200万", "True"),
        ("2023年4月〜24年3月", ["in the year to the end of March", "2023/24 financial year"], "year to end-March 2024 = Apr 2023 – Mar 2024", "True"),
        ("3.1ポイント上がった", ["averaged 68.4%", "compared with 65.3%"], "68.4 − 65.3 = 3.1 points", "close(68.4-65.3,3.1,1e-9)"),
        ("約3億7600万ランド", ["R412 million", "up 9.5%"], "412m / 1.095 = 376.3m", "close(412/1.095,376,0.5)"),
        ("60ランド、約1割上がる", ["R650 a night, up from R590"], "650 − 590 = 60; 650 / 590 = 1.102", "650-590==60 and close(650/590,1.1,0.01)"),
        ("約70万人", ["1.94 million overnight guests", "36% of them were foreign"], "1.94m × 0.36 = 698,400", "close(1.94e6*0.36,700000,2000)"),
        ("その4倍の480ランド", ["R120 per adult", "R480 per adult"], "480 / 120 = 4", "480/120==4"),
        ("1公園あたり約120サイト", ["19 parks with about 2,300 campsites"], "2,300 / 19 = 121", "close(2300/19,120,2)"),
        ("4550ランド", ["R650 a night"], "650 × 7 = 4,550", "650*7==4550"),
        ("1泊325ランド", ["half-price camping", "R650"], "650 / 2 = 325", "650/2==325"),
        ("日本時間同日午後3時", ["08:00 on Tuesday, 1 October"], "1 Oct 08:00 SAST (UTC+2) = 06:00 UTC = 15:00 JST", "J('2024-10-01T08:00:00+02:00').strftime('%d %H')=='01 15'"),
        ("年平均3200万ランド", ["R96 million over three years"], "96m / 3 = 32m", "96/3==32"),
        ("87年", ["founded in 1937"], "2024 − 1937 = 87", "2024-1937==87"),
        ("約2割", ["40 of the 180 campsites"], "40 / 180 = 22%", "close(40/180,0.2,0.03)"),
        ("4〜6月", ["April to June"], "first three months of the financial year", "True"),
    ],
    "err-atlantic-shore-caravan-park-expansion": [
        ("県議会は9日", ["issued on Friday"], "published Tue 13 Aug 2024; \"on Friday\" = 9 Aug", "WD(D(2024,8,9))=='Friday'"),
        ("計298区画", ["86 mobile home pitches to its existing 212 pitches"], "212 + 86 = 298", "212+86==298"),
        ("計44人", ["14 full-time jobs and 30 seasonal jobs"], "14 + 30 = 44", "14+30==44"),
        ("約7万9000ユーロ", ["€6.8 million", "86-pitch"], "6.8m / 86 = 79,070", "close(6.8e6/86,79000,100)"),
        ("約3.6倍", ["147 objections", "41 letters in support"], "147 / 41 = 3.59", "close(147/41,3.6,0.02)"),
        ("14フィート(約4.3メートル)", ["more than 14 feet high"], "14 × 0.3048 = 4.27 m", "close(14*FT_M,4.3,0.05)"),
        ("1.5マイル(約2.4キロ)", ["1.5 miles from the park"], "1.5 × 1.609 = 2.41 km", "close(1.5*MI_KM,2.4,0.05)"),
        ("15日(木)", ["meet on Thursday"], "Tue 13 Aug → Thu 15 Aug", "WD(D(2024,8,15))=='Thursday'"),
        ("9月6日まで", ["four weeks from the date of the decision"], "Fri 9 Aug + 28 days = 6 Sep", "D(2024,8,9)+dt.timedelta(days=28)==D(2024,9,6)"),
        ("41万2000ユーロ", ["€412,000"], "412,000 = 41万2000", "True"),
        ("120万ユーロ", ["€1.2 million"], "1.2 million = 120万", "True"),
    ],
    "clean-harbor-town-campground-sale": [
        ("14日", ["announced Monday"], "published Tue 15 Oct 2024; \"Monday\" = 14 Oct", "WD(D(2024,10,14))=='Monday'"),
        ("2億1200万ドル", ["$212 million"], "212 million = 2億1200万", "True"),
        ("約790ヘクタール", ["1,950 acres"], "1,950 × 0.4047 = 789 ha", "close(1950*ACRE_HA,790,2)"),
        ("平均180サイト", ["27 campgrounds", "4,860 campsites"], "4,860 / 27 = 180", "4860/27==180"),
        ("約5260万ドル", ["$58.4 million last year, up 11%"], "58.4m / 1.11 = 52.6m", "close(58.4/1.11,52.6,0.05)"),
        ("約3.6倍", ["$212 million", "$58.4 million"], "212 / 58.4 = 3.63", "close(212/58.4,3.6,0.05)"),
        ("約4万3600ドル", ["$212 million", "4,860 campsites"], "212m / 4,860 = 43,621", "close(212e6/4860,43600,50)"),
        ("2025年1〜3月期", ["first quarter of 2025"], "Q1 2025 = Jan–Mar 2025", "True"),
        ("約7%", ["about 45 of its 640 employees"], "45 / 640 = 7.0%", "close(45/640,0.07,0.002)"),
        ("パインウッド以外は34カ所", ["now owns 61 campgrounds, including Pinewood's"], "61 − 27 = 34", "61-27==34"),
        ("年平均1000万ドル以上", ["at least $30 million over three years"], "30m / 3 = 10m", "30/3==10"),
        ("南9マイル、約14キロ", ["9 miles south"], "9 × 1.609 = 14.5 km", "close(9*MI_KM,14,0.6)"),
        ("7〜9月期", ["third quarter"], "Q3 = Jul–Sep", "True"),
        ("前年同期の78%", ["82% in the third quarter, up 4 percentage points"], "82 − 4 = 78", "82-4==78"),
        ("華氏95度(摂氏35度)", ["above 95 degrees Fahrenheit"], "(95 − 32) × 5/9 = 35 °C", "F_C(95)==35"),
        ("14日付の手紙", ["told in a letter on Monday"], "\"on Monday\" = 14 Oct", "True"),
    ],
    "err-highland-glens-winter-closures": [
        ("26日", ["told owners on Tuesday"], "published Thu 28 Nov 2024; \"on Tuesday\" = 26 Nov", "WD(D(2024,11,26))=='Tuesday'"),
        ("九つのキャラバン", ["nine caravan and camping parks"], "nine → 九つ", "True"),
        ("約4カ月間", ["Monday 2 December until Friday 28 March"], "2 Dec 2024 → 28 Mar 2025 = 116 days ≈ 4 months", "(D(2025,3,28)-D(2024,12,2)).days==116"),
        ("345ポンド上がる", ["from £4,600 to £4,945"], "4,945 − 4,600 = 345", "4945-4600==345"),
        ("時速約129キロ", ["gusts of 80 mph"], "80 × 1.609 = 128.7 km/h", "close(80*MI_KM,129,0.5)"),
        ("2023年10月〜24年9月", ["in the year to 30 September"], "year to 30 Sep 2024 = Oct 2023 – Sep 2024", "True"),
        ("約2940万ポンド", ["Revenue rose 6% to £31.2 million"], "31.2m / 1.06 = 29.43m", "close(31.2/1.06,29.4,0.05)"),
        ("約4割にあたる85人", ["210 people, of whom 85"], "85 / 210 = 40.5%", "close(85/210,0.4,0.01)"),
        ("約35%", ["about 400 of the company's 1,150"], "400 / 1,150 = 34.8%", "close(400/1150,0.35,0.005)"),
        ("創業から60年", ["founded in 1964"], "2024 − 1964 = 60", "2024-1964==60"),
        ("12月2日(月)に受け付け", ["bookings for the 2025 touring season open on Monday"], "Thu 28 Nov → next Monday = 2 Dec", "WD(D(2024,12,2))=='Monday'"),
    ],
    "clean-saguaro-flats-snowbird-rv-parks": [
        ("19日(水)", ["Board of Supervisors on Wednesday"], "published Thu 20 Feb 2025; \"on Wednesday\" = 19 Feb", "WD(D(2025,2,19))=='Wednesday'"),
        ("5ポイント下がった", ["averaged 86% in January, down from 91%"], "91 − 86 = 5 points", "91-86==5"),
        ("約1万6300区画", ["18,900 spaces", "86%"], "18,900 × 0.86 = 16,254", "close(18900*0.86,16300,50)"),
        ("7ポイント低下", ["31% of winter guests", "compared with 38%"], "38 − 31 = 7 points", "38-31==7"),
        ("1カナダドル=約0.7米ドル", ["around 70 U.S. cents"], "70 US cents = 0.70 US$", "True"),
        ("前季は1000ドル", ["rose 5% to $1,050"], "1,050 / 1.05 = 1,000", "close(1050/1.05,1000,1e-6)"),
        ("3億8700万ドル", ["$387 million"], "387 million = 3億8700万", "True"),
        ("平均約255区画", ["74 licensed RV parks", "18,900 spaces"], "18,900 / 74 = 255.4", "close(18900/74,255,1)"),
        ("3万ポンド(約13.6トン)", ["30,000-pound motorhome"], "30,000 × 0.4536 = 13,608 kg", "close(30000*LB_KG/1000,13.6,0.05)"),
        ("75度(摂氏約24度)", ["It's 75 degrees here today"], "(75 − 32) × 5/9 = 23.9 °C", "close(F_C(75),24,0.2)"),
        ("約6%", ["1,200 spaces", "18,900 spaces"], "1,200 / 18,900 = 6.3%", "close(1200/18900,0.06,0.005)"),
        ("東14マイル(約23キロ)", ["14 miles east of town"], "14 × 1.609 = 22.5 km", "close(14*MI_KM,23,0.6)"),
        ("1〜3月期", ["first-quarter occupancy"], "Q1 = Jan–Mar", "True"),
        ("年1685ドル", ["$325 plus $4 per space", "340-space"], "325 + 4 × 340 = 1,685", "325+4*340==1685"),
        ("110度(摂氏約43度)", ["can reach 110 degrees"], "(110 − 32) × 5/9 = 43.3 °C", "close(F_C(110),43,0.5)"),
    ],
    "err-swan-coast-long-stay-residents": [
        ("4日", ["introduced into state parliament on Tuesday"], "published Wed 5 Jun 2024; \"on Tuesday\" = 4 Jun", "WD(D(2024,6,4))=='Tuesday'"),
        ("3倍に延ばす", ["from 60 days to 180 days"], "180 / 60 = 3", "180/60==3"),
        ("1200世帯分", ["$12 million relocation fund", "up to $10,000 per household"], "12,000,000 / 10,000 = 1,200", "12e6/10000==1200"),
        ("1世帯最大1万5000豪ドル", ["at least $5,000", "up to $10,000 per household"], "5,000 + 10,000 = 15,000", "5000+10000==15000"),
        ("約5年間", ["Since 2019"], "2019 → 2024 = 5 years", "2024-2019==5"),
        ("平均約67人", ["58 of them housed long-stay residents, with 3,870 people"], "3,870 / 58 = 66.7", "close(3870/58,67,0.5)"),
        ("約1470人", ["38% were on the aged pension", "3,870"], "3,870 × 0.38 = 1,470.6", "close(3870*0.38,1470,2)"),
        ("約434豪ドル", ["about $62 a night"], "62 × 7 = 434", "62*7==434"),
    ],
    "clean-island-tide-campground-licence-cap": [
        ("26日", ["adopted Wednesday"], "published Thu 27 Jun 2024 (PDT); \"Wednesday\" = 26 Jun", "WD(D(2024,6,26))=='Wednesday'"),
        ("三つまで", ["no more than three new campground licences"], "three → 三つ", "True"),
        ("平均約71サイト", ["37 now, with a combined 2,640 campsites"], "2,640 / 37 = 71.4", "close(2640/37,71,0.5)"),
        ("1週間で最大1万4000ドル", ["up to $2,000 a day"], "2,000 × 7 = 14,000", "2000*7==14000"),
        ("年2160ドル", ["$18 per campsite each year", "120-site campground"], "18 × 120 = 2,160", "18*120==2160"),
        ("約19ヘクタール", ["48-acre former gravel pit"], "48 × 0.4047 = 19.4 ha", "close(48*ACRE_HA,19,0.5)"),
        ("日本時間3日午前1時", ["9 a.m. Pacific time on Tuesday, July 2"], "2 Jul 09:00 PDT (UTC−7) = 16:00 UTC = 3 Jul 01:00 JST (day shift)", "J('2024-07-02T09:00:00-07:00').strftime('%d %H')=='03 01'"),
        ("約42万9000台", ["468,000 in July and August last year, up 9%"], "468,000 / 1.09 = 429,358", "close(468000/1.09,429000,500)"),
        ("4〜6月期", ["second quarter of this year"], "Q2 = Apr–Jun", "True"),
        ("588ドル", ["$42 a night, with a maximum stay of 14 nights"], "42 × 14 = 588", "42*14==588"),
        ("66年", ["opened in 1958"], "2024 − 1958 = 66", "2024-1958==66"),
        ("日本時間29日午前4時", ["noon on Friday"], "Thu 27 Jun → Fri 28 Jun 12:00 PDT = 19:00 UTC = 29 Jun 04:00 JST (day shift)", "WD(D(2024,6,28))=='Friday' and J('2024-06-28T12:00:00-07:00').strftime('%d %H')=='29 04'"),
        ("9月1日(日)", ["takes effect on Sept. 1"], "1 Sep 2024 is a Sunday", "WD(D(2024,9,1))=='Sunday'"),
    ],
    "err-open-road-heathervale-results": [
        ("12日", ["on Thursday"], "published Thu 12 Sep 2024", "WD(D(2024,9,12))=='Thursday'"),
        ("2024年1〜6月", ["six months to 30 June"], "six months to 30 Jun = Jan–Jun", "True"),
        ("約1億7260万ポンド", ["Revenue increased 8% to £186.4 million"], "186.4m / 1.08 = 172.6m", "close(186.4/1.08,172.6,0.05)"),
        ("約440区画", ["41 parks with 18,200 pitches"], "18,200 / 41 = 443.9", "close(18200/41,440,5)"),
        ("約64%", ["11,600 of those pitches"], "11,600 / 18,200 = 63.7%", "close(11600/18200,0.64,0.005)"),
        ("約8140万ポンド", ["1,382 units", "£58,900"], "1,382 × 58,900 = £81.4m", "close(1382*58900,81.4e6,0.05e6)"),
        ("日本時間午後4時", ["market opened at 8am"], "8am BST (UTC+1) = 07:00 UTC = 16:00 JST", "J('2024-09-12T08:00:00+01:00').hour==16"),
        ("470万ポンド増えた", ["£52.3 million in the half, from £47.6 million"], "52.3 − 47.6 = 4.7m", "close(52.3-47.6,4.7,1e-9)"),
        ("約2億360万ポンド", ["around £390 million", "£186.4 million"], "390 − 186.4 = 203.6m", "close(390-186.4,203.6,1e-9)"),
        ("0.3ペンス増やす", ["4.2p a share, from 3.9p"], "4.2 − 3.9 = 0.3", "close(4.2-3.9,0.3,1e-9)"),
        ("1800人多い6100人", ["about 4,300 people, rising to 6,100"], "6,100 − 4,300 = 1,800", "6100-4300==1800"),
        ("7〜8月", ["in July and August"], "July–August", "True"),
    ],
    "clean-courrier-vallees-bilan-camping": [
        ("3日に発表", ["présenté mardi"], "published Thu 5 Sep 2024; « mardi » = 3 Sep", "WD(D(2024,9,3))=='Tuesday'"),
        ("日本時間同日午後5時30分", ["mardi à 10 h 30"], "3 Sep 10:30 CEST (UTC+2) = 08:30 UTC = 17:30 JST", "J('2024-09-03T10:30:00+02:00').strftime('%d %H:%M')=='03 17:30'"),
        ("約406万泊", ["4,2 millions de nuitées", "hausse de 3,5 %"], "4.2m / 1.035 = 4.058m", "close(4.2e6/1.035,4.06e6,0.005e6)"),
        ("2.8ポイント下がった", ["78,4 %", "81,2 % en août 2023"], "81.2 − 78.4 = 2.8 points", "close(81.2-78.4,2.8,1e-9)"),
        ("0.5泊短くなった", ["de 6,8 nuits", "à 6,3 nuits"], "6.8 − 6.3 = 0.5", "close(6.8-6.3,0.5,1e-9)"),
        ("3カ国で計27%", ["(12 %)", "(9 %)", "(6 %)"], "12 + 9 + 6 = 27", "12+9+6==27"),
        ("平均約92区画", ["212 campings", "19 450 emplacements"], "19,450 / 212 = 91.7", "close(19450/212,92,0.5)"),
        ("約4割", ["7 800 sont occupés"], "7,800 / 19,450 = 40.1%", "close(7800/19450,0.4,0.005)"),
        ("4分の3", ["Trois quarts des campings"], "trois quarts = 3/4", "True"),
        ("約33.2ユーロ", ["34,60 euros", "hausse de 4,2 %"], "34.60 / 1.042 = 33.21", "close(34.6/1.042,33.2,0.02)"),
        ("1億4300万ユーロ", ["143 millions d'euros"], "143 millions = 1億4300万", "True"),
        ("8月の区画の稼働率", ["le mois dernier"], "« le mois dernier » in a 5 Sep story = August", "True"),
        ("半年間", ["du 1er avril au 30 septembre"], "1 Apr – 30 Sep = 6 months", "True"),
        ("11月3日(日)", ["dimanche 3 novembre"], "3 Nov 2024 is a Sunday", "WD(D(2024,11,3))=='Sunday'"),
        ("3分の1近く", ["près d'un tiers"], "près d'un tiers → 3分の1近く", "True"),
        ("アルベンヌ・キャンプ場連合(UCA)", ["Union des campings de l'Arvenne (UCA)"], "abbreviation given by the source", "True"),
    ],
    "err-echo-riviere-aux-pins-camping-reservations": [
        ("17日", ["a indiqué le Réseau lundi"], "published Tue 18 Jun 2024; « lundi » = 17 Jun", "WD(D(2024,6,17))=='Monday'"),
        ("約8100区画", ["96 % des 8 450 emplacements"], "8,450 × 0.96 = 8,112", "close(8450*0.96,8100,15)"),
        ("25年で最多", ["en 1999"], "2024 − 1999 = 25", "2024-1999==25"),
        ("約7割", ["27 parcs, dont 19 offrent du camping"], "19 / 27 = 70.4%", "close(19/27,0.7,0.01)"),
        ("前年は46.25ドル", ["48,50 $ la nuit, soit 2,25 $ de plus"], "48.50 − 2.25 = 46.25", "close(48.5-2.25,46.25,1e-9)"),
        ("約2週間", ["du 19 juillet au 3 août"], "19 Jul → 3 Aug = 15 days", "(D(2024,8,3)-D(2024,7,19)).days==15"),
        ("7月19日(金)から8月3日(土)", ["du 19 juillet au 3 août"], "19 Jul 2024 Friday, 3 Aug Saturday", "WD(D(2024,7,19))=='Friday' and WD(D(2024,8,3))=='Saturday'"),
        ("平均約445区画", ["dont 19 offrent du camping", "8 450 emplacements"], "8,450 / 19 = 444.7", "close(8450/19,445,1)"),
        ("日本時間同日午後8時30分", ["à partir de 7 h 30"], "2 Jul 07:30 EDT (UTC−4) = 11:30 UTC = 20:30 JST", "J('2024-07-02T07:30:00-04:00').strftime('%d %H:%M')=='02 20:30'"),
        ("9割近く(約87%)", ["Près de 87 %"], "87% ≈ 9割近く", "True"),
        ("24日(月)", ["lundi 24 juin"], "24 Jun 2024 is a Monday", "WD(D(2024,6,24))=='Monday'"),
    ],
    "clean-gazette-val-de-sorne-residents-camping": [
        ("21日午後4時40分(日本時間22日午前0時40分)", ["mardi, à 16 h 40"], "published Thu 23 Jan 2025; « mardi » = 21 Jan; 16:40 CET (UTC+1) = 15:40 UTC = 22 Jan 00:40 JST (day shift)", "WD(D(2025,1,21))=='Tuesday' and J('2025-01-21T16:40:00+01:00').strftime('%d %H:%M')=='22 00:40'"),
        ("計130票", ["82 voix contre 41 et 7 abstentions"], "82 + 41 + 7 = 130", "82+41+7==130"),
        ("平均約116区画", ["46 campings", "5'320 emplacements"], "5,320 / 46 = 115.7", "close(5320/46,116,0.5)"),
        ("約1600区画", ["30 %", "5'320 emplacements"], "5,320 × 0.30 = 1,596", "close(5320*0.3,1600,5)"),
        ("約580区画少ない", ["2'180 d'entre eux", "5'320"], "2,180 − 1,596 = 584", "close(2180-5320*0.3,580,5)"),
        ("3分の2を超える", ["dépasse les deux tiers"], "deux tiers = 3分の2", "True"),
        ("2万スイスフラン", ["20'000 francs"], "20,000 = 2万", "True"),
        ("180万スイスフラン", ["1,8 million de francs"], "1.8 million = 180万", "True"),
        ("約2年の猶予", ["à partir du 1er janvier 2027"], "Jan 2025 → 1 Jan 2027 ≈ 2 years", "True"),
        ("約56万4000泊", ["587'000 nuitées en 2024, soit 4,1 %"], "587,000 / 1.041 = 563,881", "close(587000/1.041,564000,500)"),
        ("7〜9月期", ["Le troisième trimestre"], "troisième trimestre = Jul–Sep", "True"),
        ("7カ月", ["du 1er avril au 31 octobre"], "1 Apr – 31 Oct = 7 months", "True"),
        ("30年以上", ["depuis 1993"], "2025 − 1993 = 32", "2025-1993==32"),
        ("8割超", ["39 des 46 établissements"], "39 / 46 = 84.8%", "close(39/46,0.85,0.005)"),
    ],
    "clean-seenland-bote-camping-bilanz": [
        ("8日午前11時(日本時間同日午後6時)", ["am Dienstag um 11 Uhr"], "published Thu 10 Oct 2024; Dienstag = 8 Oct; 11:00 CEST (UTC+2) = 09:00 UTC = 18:00 JST", "WD(D(2024,10,8))=='Tuesday' and J('2024-10-08T11:00:00+02:00').hour==18"),
        ("約376万泊", ["3,86 Mio. Übernachtungen, 2,7 Prozent mehr"], "3.86m / 1.027 = 3.759m", "close(3.86/1.027,3.76,0.005)"),
        ("約37ユーロ", ["38,90 Euro, 5,1 Prozent mehr"], "38.90 / 1.051 = 37.01", "close(38.9/1.051,37,0.05)"),
        ("5分の1、約250人", ["rund 1.240 Saisonkräfte", "jede fünfte Stelle"], "1,240 / 5 = 248", "close(1240/5,250,3)"),
        ("1億6800万ユーロ", ["168 Mio. Euro"], "168 Mio. = 1億6800万", "True"),
        ("7〜9月期", ["im dritten Quartal"], "drittes Quartal = Jul–Sep", "True"),
        ("平均約152区画", ["142 Campingplätze mit zusammen 21.600 Stellplätzen"], "21,600 / 142 = 152.1", "close(21600/142,152,0.5)"),
        ("約4割", ["Davon sind 8.900 an Dauercamper"], "8,900 / 21,600 = 41.2%", "close(8900/21600,0.4,0.015)"),
        ("約940棟", ["um rund 40 Prozent auf 1.320"], "1,320 / 1.40 = 943", "close(1320/1.4,940,5)"),
        ("約2倍の料金", ["115 Euro", "rund 60 Euro"], "115 / 60 = 1.92", "close(115/60,2,0.1)"),
        ("4分の3", ["Drei Viertel der Gäste"], "drei Viertel = 3/4", "True"),
        ("創立50年", ["1974 von elf Platzbetreibern gegründet"], "2024 − 1974 = 50", "2024-1974==50"),
        ("11月3日(日)", ["am Sonntag, 3. November"], "3 Nov 2024 is a Sunday", "WD(D(2024,11,3))=='Sunday'"),
        ("386万泊", ["3,86 Mio."], "3.86 Mio. = 386万", "True"),
        ("(LCS)", ["Landesverband der Campingwirtschaft Seenland (LCS)"], "abbreviation given by the source", "True"),
    ],
    "err-tauernblick-ortstaxe-camping": [
        ("議会は14日", ["am Dienstag"], "published Thu 16 May 2024; Dienstag = 14 May", "WD(D(2024,5,14))=='Tuesday'"),
        ("0.60ユーロ、約27%", ["von 2,20 auf 2,80 Euro"], "2.80 − 2.20 = 0.60; 0.60 / 2.20 = 27.3%", "close(2.8-2.2,0.6,1e-9) and close(0.6/2.2,0.27,0.005)"),
        ("3ユーロ上がる", ["42 Euro pro Nacht statt bisher 39 Euro"], "42 − 39 = 3", "42-39==3"),
        ("平均275泊", ["260 Stellplätzen", "71.500 Nächtigungen"], "71,500 / 260 = 275", "71500/260==275"),
        ("計約112万ユーロ", ["rund 900.000 Euro", "etwa 220.000 Euro"], "900,000 + 220,000 = 1,120,000", "900000+220000==1120000"),
        ("約17%、約6分の1", ["insgesamt 410.000 Nächtigungen", "71.500 Nächtigungen"], "71,500 / 410,000 = 17.4% ≈ 1/6", "close(71500/410000,0.17,0.005)"),
        ("3者で95%", ["zu 62 Prozent", "zu 14 Prozent", "19 Prozent"], "62 + 14 + 19 = 95", "62+14+19==95"),
        ("42万ユーロ", ["1,2 Mio. Euro", "das Land übernimmt 35 Prozent"], "1.2m × 0.35 = 420,000", "close(1.2e6*0.35,420000,1e-6)"),
        ("78万ユーロ", ["1,2 Mio. Euro", "35 Prozent"], "1.2m − 0.42m = 780,000", "close(1.2e6*0.65,780000,1e-6)"),
        ("最長でも72ユーロ", ["24 Euro inklusive Strom", "auf drei Nächte begrenzt"], "24 × 3 = 72", "24*3==72"),
        ("78.40ユーロ", ["156,80 Euro", "Kinder unter 15 Jahren sind allerdings von der Ortstaxe befreit"], "2 adults × 14 nights × 2.80 = 78.40 (half of 156.80)", "close(2*14*2.8,78.4,1e-9) and close(156.8/2,78.4,1e-9)"),
        ("13年にわたり", ["seit 2011"], "2024 − 2011 = 13", "2024-2011==13"),
    ],
    "err-deichland-dauercamper-pacht": [
        ("議会は11日", ["am Dienstag"], "published Thu 13 Feb 2025; Dienstag = 11 Feb", "WD(D(2025,2,11))=='Tuesday'"),
        ("三つのキャンプ場", ["drei Campingplätzen"], "drei → 三つ", "True"),
        ("約44%", ["1.380 Stellplätze, davon sind 610"], "610 / 1,380 = 44.2%", "close(610/1380,0.44,0.005)"),
        ("残る770区画", ["1.380 Stellplätze, davon sind 610"], "1,380 − 610 = 770", "1380-610==770"),
        ("約18万6800泊", ["198.000 Übernachtungen", "6 Prozent mehr"], "198,000 / 1.06 = 186,792", "close(198000/1.06,186800,50)"),
        ("月に直すと約187ユーロ", ["2.240 Euro"], "2,240 / 12 = 186.7", "close(2240/12,187,0.5)"),
        ("2690ユーロ", ["2.240 Euro", "Aufpreis von 450 Euro"], "2,240 + 450 = 2,690", "2240+450==2690"),
        ("7カ月", ["vom 1. April bis zum 31. Oktober"], "1 Apr – 31 Oct = 7 months", "True"),
        ("16日しかない", ["bis zum 1. März"], "13 Feb → 1 Mar 2025 = 16 days", "(D(2025,3,1)-D(2025,2,13)).days==16"),
        ("約4倍", ["280 Mitglieder", "1.150 Menschen"], "1,150 / 280 = 4.1", "close(1150/280,4,0.15)"),
        ("37年にわたり", ["seit 1988"], "2025 − 1988 = 37", "2025-1988==37"),
        ("13日午後まで", ["bis Donnerstagnachmittag"], "Donnerstag = publication day 13 Feb", "WD(D(2025,2,13))=='Thursday'"),
        ("130万ユーロ", ["1,3 Mio. Euro"], "1.3 Mio. = 130万", "True"),
    ],
    "clean-heraldo-litoral-campings-julio": [
        ("先月(7月)", ["el mes pasado"], "« el mes pasado » in a 22 Aug story = July", "True"),
        ("20日に発表", ["publicados el martes"], "published Thu 22 Aug 2024; « el martes » = 20 Aug", "WD(D(2024,8,20))=='Tuesday'"),
        ("日本時間同日午後7時30分", ["el martes a las 12.30 horas"], "20 Aug 12:30 CEST (UTC+2) = 10:30 UTC = 19:30 JST", "J('2024-08-20T12:30:00+02:00').strftime('%d %H:%M')=='20 19:30'"),
        ("約132万泊", ["1,38 millones de pernoctaciones", "un 4,6 % más"], "1.38m / 1.046 = 1.319m", "close(1.38/1.046,1.32,0.005)"),
        ("2.4ポイント上がった", ["71,3 %", "68,9 %"], "71.3 − 68.9 = 2.4 points", "close(71.3-68.9,2.4,1e-9)"),
        ("3カ国で計30%", ["(14 %)", "(9 %)", "(7 %)"], "14 + 9 + 7 = 30", "14+9+7==30"),
        ("約38.9ユーロ", ["41,20 euros", "un 6 % más"], "41.20 / 1.06 = 38.87", "close(41.2/1.06,38.9,0.05)"),
        ("約5200万ユーロ", ["52 millones de euros"], "52 millones = 5200万", "True"),
        ("1泊あたり約38ユーロ", ["52 millones de euros", "1,38 millones de pernoctaciones"], "52m / 1.38m = 37.7", "close(52/1.38,38,0.5)"),
        ("平均約370人分", ["64 campings", "23.400 plazas"], "23,400 / 64 = 365.6", "close(23400/64,370,5)"),
        ("約4200人分", ["el 18 % de las plazas"], "23,400 × 0.18 = 4,212", "close(23400*0.18,4200,15)"),
        ("0.4日短くなった", ["4,7 días", "5,1 días"], "5.1 − 4.7 = 0.4", "close(5.1-4.7,0.4,1e-9)"),
        ("10ポイント広がる", ["hasta el 25 %", "frente al 15 % actual"], "25 − 15 = 10 points", "25-15==10"),
        ("25%、4分の1", ["hasta el 25 %"], "25% = 1/4", "True"),
        ("7〜9月期", ["el tercer trimestre"], "tercer trimestre = Jul–Sep", "True"),
        ("4件に1件", ["uno de cada cuatro contratos"], "uno de cada cuatro = 1 in 4", "True"),
        ("アルミラ県キャンプ場協会(APCA)", ["Asociación Provincial de Campings de Almira (APCA)"], "abbreviation given by the source", "True"),
    ],
    "err-condor-del-sur-camping-parque": [
        ("その2倍の2万4000ペソ", ["12.000 pesos", "24.000 pesos"], "24,000 / 12,000 = 2", "24000/12000==2"),
        ("1月前半(1〜15日)", ["la primera quincena de enero"], "primera quincena = 1–15 Jan", "True"),
        ("約1060区画", ["84 %", "1.260 parcelas"], "1,260 × 0.84 = 1,058", "close(1260*0.84,1060,3)"),
        ("約3万6900人", ["41.300 visitantes", "un 12 % más"], "41,300 / 1.12 = 36,875", "close(41300/1.12,36900,30)"),
        ("13日から", ["Desde el lunes"], "published Thu 16 Jan 2025; « el lunes » = 13 Jan", "WD(D(2025,1,13))=='Monday' and WD(D(2025,1,16))=='Thursday'"),
        ("1カ所あたり90区画", ["14 campings organizados, que suman 1.260 parcelas"], "1,260 / 14 = 90", "1260/14==90"),
        ("九つ", ["nueve áreas de acampe libre"], "nueve → 九つ", "True"),
        ("6カ月間", ["del 1 de noviembre al 30 de abril"], "1 Nov – 30 Apr = 6 months", "True"),
        ("3億1800万ペソ", ["318 millones de pesos"], "318 millones = 3億1800万", "True"),
        ("150万ペソ", ["1,5 millones de pesos"], "1.5 millones = 150万", "True"),
        ("2003年から22年", ["desde hace 22 años"], "2025 − 22 = 2003", "2025-22==2003"),
    ],
    "clean-hokuryo-saginodaira-autocamp": [
        ("23日(火)", ["白樺高原町は23日"], "published Thu 25 Jul 2024; 23 Jul 2024 is a Tuesday", "WD(D(2024,7,23))=='Tuesday'"),
        ("1100円、2割", ["5500円から6600円"], "6,600 − 5,500 = 1,100; 1,100 / 5,500 = 20%", "6600-5500==1100 and 1100/5500==0.2"),
        ("2023年4月〜24年3月", ["2023年度"], "Japanese fiscal year 2023 = Apr 2023 – Mar 2024", "True"),
        ("約4万4500人", ["延べ4万8600人で、前年度から9.2%増え"], "48,600 / 1.092 = 44,505", "close(48600/1.092,44500,10)"),
        ("開設から26年", ["1998年の開設"], "2024 − 1998 = 26", "2024-1998==26"),
        ("約2550円", ["1億2400万円", "延べ4万8600人"], "124,000,000 / 48,600 = 2,551", "close(124e6/48600,2550,5)"),
        ("1日平均約200人", ["営業日数は240日", "延べ4万8600人"], "48,600 / 240 = 202.5", "close(48600/240,200,3)"),
        ("約1億1700万円", ["総額3億5000万円", "3分の1を国の補助金"], "350m / 3 = 116.7m", "close(350e6/3,117e6,0.5e6)"),
        ("約2億3300万円", ["総額3億5000万円", "3分の1を国の補助金"], "350m × 2/3 = 233.3m", "close(350e6*2/3,233e6,0.5e6)"),
        ("約7割", ["オートサイトが86区画"], "86 / 120 = 71.7%", "close(86/120,0.7,0.02)"),
        ("4カ月間", ["12月1日から来年3月31日"], "1 Dec – 31 Mar = 4 months", "True"),
        ("翌2日(金)", ["電話予約は翌2日から"], "2 Aug 2024 is a Friday", "WD(D(2024,8,2))=='Friday'"),
        ("約27トン", ["約38トン", "3割の削減"], "38 × 0.7 = 26.6", "close(38*0.7,27,0.5)"),
    ],
    "err-shiomi-isobue-glamping": [
        ("4日(火)", ["潮見町は4日"], "published Thu 6 Mar 2025; 4 Mar 2025 is a Tuesday", "WD(D(2025,3,4))=='Tuesday'"),
        ("7月18日(金)", ["7月18日の開業"], "18 Jul 2025 is a Friday", "WD(D(2025,7,18))=='Friday'"),
        ("5年間で計6000万円", ["毎年1200万円", "5年間"], "1,200万 × 5 = 6,000万", "1200*5==6000"),
        ("約2万7800人", ["延べ3万1200人", "12.4%増えた"], "31,200 / 1.124 = 27,758", "close(31200/1.124,27800,50)"),
        ("開設から38年", ["1987年に開設"], "2025 − 1987 = 38", "2025-1987==38"),
        ("1人7000円から", ["1棟2万8000円から", "1棟あたり4人まで"], "28,000 / 4 = 7,000", "28000/4==7000"),
        ("計32棟", ["グランピング棟20棟", "バンガロー12棟"], "20 + 12 = 32", "20+12==32"),
        ("最大12区画", ["テントサイト72区画", "60区画以上"], "72 − 60 = 12", "72-60==12"),
        ("冬の3カ月間", ["12月から2月までの3カ月間"], "Dec–Feb", "True"),
    ],
}

# ---------------------------------------------------------------- planted slips
# case -> [(span, kind, severity, slip, correct value, text in source that says otherwise / shows the gap)]

SLIPS: dict[str, list[tuple[str, str, str, str, str, str]]] = {
    "err-foothill-reservations": [
        ("23日午前0時", "mismatch", "error", "Japan time without the day shift", "24日午前0時 (Thu 23 May 08:00 PDT = 15:00 UTC = Fri 24 May 00:00 JST)", "8 a.m. Pacific time on Thursday"),
        ("約24キロ", "mismatch", "error", "wrong unit conversion (miles divided by 1.609 instead of multiplied)", "約61キロ (38 × 1.609 = 61.2)", "38 miles east of Marlow"),
        ("https://foothillmorningledger.example/outdoors/state-parks-campsite-booking-system-overhaul?utm_source=newsletter&utm_medium=email&utm_campaign=weekend_0521&mc_eid=8f31c2a9d0", "citation", "warning", "newsletter tracking parameters on the URL", "https://foothillmorningledger.example/outdoors/state-parks-campsite-booking-system-overhaul", ""),
    ],
    "err-southern-lakes-freedom-camping": [
        ("16日", "mismatch", "error", "a day off for a relative weekday", "17日 (\"on Wednesday\" before Thu 18 Jul 2024)", "adopted a tougher bylaw on Wednesday"),
        ("4200万NZドル", "mismatch", "error", "scale slip ×10 (万)", "420万NZドル ($4.2 million)", "$4.2 million grant"),
        ("ケッタリング", "spelling", "warning", "second katakana spelling (small っ added)", "ケタリング (Bryce Kettering, first mention)", ""),
    ],
    "err-mountain-state-glamping-licences": [
        ("45億ルピー", "mismatch", "error", "crore scale slip ×10", "4億5000万ルピー (Rs 45 crore = 450 million)", "Rs 45 crore"),
        ("2025〜26年度", "mismatch", "error", "wrong fiscal year", "2024〜25年度 (2024-25 financial year)", "2024-25 financial year"),
        ("STDB", "name", "warning", "abbreviation the source never gives", "州観光開発委員会 (State Tourism Development Board, spelt out only)", ""),
    ],
    "err-atlantic-shore-caravan-park-expansion": [
        ("約6カ月間", "mismatch", "error", "wrong duration", "約4カ月間 (4 Nov 2024 → 14 Mar 2025 = 130 days)", "from 4 November until 14 March"),
        ("78%に上昇", "mismatch", "error", "direction flipped (rise for fall)", "84%から78%に低下 (fell)", "Occupancy at the park fell to 78% in July from 84%"),
        ("1971年", "unsupported", "warning", "invented year (the source gives no founding year)", "— (the source says only that his parents opened it as a field for tents)", ""),
    ],
    "err-highland-glens-winter-closures": [
        ("約5万8800泊", "mismatch", "error", "wrong prior-year level (68,400 × 0.86 instead of ÷ 1.14)", "約6万泊 (68,400 / 1.14 = 60,000)", "68,400 nights in 2024, up 14%"),
        ("(45)", "mismatch", "error", "wrong age", "(47) (Morag Cattanach, 47)", "Morag Cattanach, 47"),
        ("2024.11.29", "citation", "warning", "citation date in Japan time, not the outlet's local date", "2024.11.28 (published 22:10 GMT on 28 Nov = 29 Nov 07:10 JST)", "2024-11-28T22:10:00+00:00"),
    ],
    "err-swan-coast-long-stay-residents": [
        ("約6割", "mismatch", "error", "wrong share", "約4割 (58 / 142 = 40.8%)", "142 caravan parks in the state found that 58 of them"),
        ("約2倍", "mismatch", "error", "wrong multiple", "約1.5倍 (265 / 180 = 1.47)", "$265 a week, from $180 five years ago"),
        ("クオーターメイン", "spelling", "warning", "second katakana spelling (large オ for small ォ)", "クォーターメイン (Beverley Quartermaine, first mention)", ""),
    ],
    "err-open-road-heathervale-results": [
        ("4710万ポンド", "mismatch", "error", "changed digit (digits swapped)", "4170万ポンド (£41.7 million)", "£41.7 million"),
        ("第3四半期", "mismatch", "error", "wrong quarter", "第4四半期 (fourth quarter)", "bookings for the fourth quarter are 6% ahead"),
        ("Open Road Times", "citation", "warning", "wrong outlet name in the citation", "Open Road Today", "Open Road Today"),
    ],
    "err-echo-riviere-aux-pins-camping-reservations": [
        ("午後10時", "mismatch", "error", "Japan time off by an hour (standard time used in summer)", "午後9時 (2 Jul 08:00 EDT, UTC−4 = 12:00 UTC = 21:00 JST)", "le mardi 2 juillet à 8 h, heure de l'Est"),
        ("計124万泊", "mismatch", "error", "wrong sum", "計114万泊 (712,000 + 428,000 = 1,140,000)", "1,14 million de nuitées de camping en 2023, dont 712 000 en tente et 428 000"),
        ("120人", "unsupported", "warning", "invented count (the source gives no number)", "— (« sans en préciser le nombre »)", "sans en préciser le nombre"),
    ],
    "err-tauernblick-ortstaxe-camping": [
        ("約43ユーロ", "mismatch", "error", "wrong per-unit figure", "約34ユーロ (2.45 Mio. / 71,500 = 34.27)", "71.500 Nächtigungen und Einnahmen von 2,45 Mio. Euro"),
        ("8月15日", "mismatch", "error", "wrong range end", "8月25日 (vom 6. Juli bis zum 25. August)", "vom 6. Juli bis zum 25. August"),
        ("マルティン・フーバー", "name", "warning", "a person the source never names", "— (no tourism association chair appears in the source)", ""),
    ],
    "err-deichland-dauercamper-pacht": [
        ("420ユーロ", "mismatch", "error", "wrong difference", "380ユーロ (2,240 − 1,860)", "von 1.860 auf 2.240 Euro"),
        ("4600万ユーロ", "mismatch", "error", "scale slip ×10 (Mio.)", "460万ユーロ (4,6 Mio. Euro)", "rund 4,6 Mio. Euro"),
        ("オルトマンズ", "spelling", "warning", "second katakana spelling (ス voiced to ズ)", "オルトマンス (Jens Oltmanns, first mention)", ""),
    ],
    "err-condor-del-sur-camping-parque": [
        ("6%上昇", "mismatch", "error", "percent written for percentage points", "6ポイント上昇 (seis puntos porcentuales, 78 % → 84 %)", "seis puntos porcentuales más"),
        ("約30%", "mismatch", "error", "wrong growth rate", "約41%(8,500 → 12,000 pesos = +41.2%)", "frente a los 8.500 pesos"),
        ("EPAP", "name", "warning", "abbreviation the source never gives", "パタゴニア保護地域公社 (Ente Patagónico de Áreas Protegidas, spelt out only)", ""),
    ],
    "err-shiomi-isobue-glamping": [
        ("4800万円", "mismatch", "error", "万/億 scale slip", "4億8000万円", "約4億8000万円"),
        ("6.8ポイント", "mismatch", "error", "wrong difference in percentage points", "5.8ポイント (64.1 − 58.3)", "稼働率は64.1%で、2023年度の58.3%"),
        ("3例目", "unsupported", "warning", "invented count (the source gives no number of cases)", "— (the source says only that such moves have been frequent)", "相次いでいる"),
    ],
}

TOPICS = {
    "clean-fells-pitch-fees": "council campsite pitch fees, season dates, occupancy",
    "err-foothill-reservations": "state park campsite booking system, fees",
    "clean-surfcoast-holiday-occupancy": "foreshore caravan park occupancy, annual sites ballot",
    "err-southern-lakes-freedom-camping": "freedom camping bylaw, campground licences",
    "clean-prairie-park-reservations": "provincial park reservations, fees, season dates",
    "err-mountain-state-glamping-licences": "riverside campsite and glamping licences",
    "clean-kransberg-parks-camping-revenue": "national park camping revenue, 2025 fees",
    "err-atlantic-shore-caravan-park-expansion": "caravan park expansion planning permission",
    "clean-harbor-town-campground-sale": "campground chain sale, occupancy, seasonal fees",
    "err-highland-glens-winter-closures": "holiday park winter closures, owners' pitch fees",
    "clean-saguaro-flats-snowbird-rv-parks": "RV park occupancy, snowbirds, park licensing",
    "err-swan-coast-long-stay-residents": "caravan park long-stay residents, eviction notice bill",
    "clean-island-tide-campground-licence-cap": "campground licence cap, new public campground, fire ban",
    "err-open-road-heathervale-results": "holiday park operator half-year results, pitch fees",
    "clean-courrier-vallees-bilan-camping": "summer camping season: nuitées, occupancy, prices",
    "err-echo-riviere-aux-pins-camping-reservations": "park campsite bookings for the construction holiday",
    "clean-gazette-val-de-sorne-residents-camping": "cap on year-round residents, operating licences",
    "clean-seenland-bote-camping-bilanz": "camping season statistics, staff shortage",
    "err-tauernblick-ortstaxe-camping": "tourist tax and municipal campsite fees",
    "err-deichland-dauercamper-pacht": "seasonal-pitch (Dauercamper) rent rise",
    "clean-heraldo-litoral-campings-julio": "July camping stays, occupancy, new camping law",
    "err-condor-del-sur-camping-parque": "national park camping fees, occupancy, fire ban",
    "clean-hokuryo-saginodaira-autocamp": "municipal auto-camp fee rise, record visitors",
    "err-shiomi-isobue-glamping": "municipal campsite handed to private operator, glamping",
}

LANG_TARGET = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
ALLOWED_WARNING_KINDS = {"unsupported", "name", "spelling", "citation"}


# ---------------------------------------------------------------- checks

class Report:
    def __init__(self) -> None:
        self.fail: list[str] = []
        self.n = 0

    def check(self, ok: bool, msg: str) -> None:
        self.n += 1
        if not ok:
            self.fail.append(msg)


def find_yoten() -> str | None:
    for cand in (os.environ.get("YOTEN"), shutil.which("yoten"), "/tmp/bcv446/bin/yoten"):
        if cand and Path(cand).exists():
            return cand
    return None


def citation_block(digest: str) -> tuple[str, str]:
    tail = digest.split("【引用・参照・底本】", 1)[1]
    lines = [l.strip() for l in tail.splitlines() if l.strip()]
    return lines[0], lines[1]


def words(text: str) -> int:
    return len(text.split())


def main(argv: list[str]) -> int:
    specs = {m["name"]: m for m in gen.all_specs()}
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if "--tables" in argv:
        print_tables(specs, cases)
        return 0
    r = Report()
    yoten = find_yoten()
    r.check(yoten is not None, "yoten not found (set $YOTEN)")

    # counts and languages
    r.check(len(cases) == 24, f"24 cases expected, found {len(cases)}")
    r.check(sorted(specs) == cases, "specs/ and cases/ name different sets")
    clean = [c for c in cases if c.startswith("clean-")]
    err = [c for c in cases if c.startswith("err-")]
    r.check(len(clean) == 12 and len(err) == 12, f"12 clean + 12 err expected, found {len(clean)} + {len(err)}")
    langs: dict[str, list[str]] = {}
    for c in cases:
        langs.setdefault(specs[c]["lang"], []).append(c)
    r.check({k: len(v) for k, v in langs.items()} == LANG_TARGET, f"languages {dict((k, len(v)) for k, v in langs.items())} != {LANG_TARGET}")
    for lang, names in langs.items():
        r.check(any(n.startswith("clean-") for n in names) and any(n.startswith("err-") for n in names), f"{lang}: needs both clean and err cases")
    r.check(sorted(TRAPS) == cases, "TRAPS must list every case")
    r.check(sorted(SLIPS) == err, "SLIPS must list exactly the err cases")

    offsets = set()
    kinds: dict[str, int] = {}
    stale = []
    for c in cases:
        meta = specs[c]
        d = HERE / "cases" / c
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        page = (d / "source.html").read_text(encoding="utf-8")
        src = gen.article_text(meta)
        pub = dt.datetime.fromisoformat(meta["published"])
        offsets.add(pub.strftime("%z"))

        # html up to date + chrome
        if page != gen.render(meta):
            stale.append(c)
        for needle in ('<meta property="og:site_name" content="', '<meta property="og:title"', '<link rel="canonical" href="' + meta["url"] + '"',
                       '<meta property="article:published_time" content="' + meta["published"] + '"', '"@type": "NewsArticle"',
                       "<nav", "<article", "<footer"):
            r.check(needle in page, f"{c}: source.html lacks {needle!r}")
        title_tag = re.search(r"<title>(.*?)</title>", page).group(1)
        r.check(title_tag.endswith(" - " + gen.esc(meta["outlet"])) or title_tag.endswith(" | " + gen.esc(meta["outlet"])), f"{c}: <title> not 'Headline - Outlet' / 'Headline | Outlet'")
        r.check(meta["url"].split("/")[2].endswith(".example"), f"{c}: domain not under .example")
        r.check(len(meta["related"]) >= 2 and all(h in page for _t, h in meta["related"]), f"{c}: related links missing")
        r.check(gen.esc(gen.UI[meta["lang"]]["cookie"]) in page, f"{c}: cookie banner missing")

        # sizes
        if meta["lang"] == "ja":
            n = len("".join(src.split()))
            r.check(900 <= n <= 1600, f"{c}: Japanese source has {n} characters (900–1,600)")
        else:
            n = words(src)
            r.check(450 <= n <= 800, f"{c}: source has {n} words (450–800)")
        nd = len(digest)
        r.check(2000 <= nd <= 4500, f"{c}: digest has {nd} characters (2,000–4,500)")

        # expected.json
        is_clean = c.startswith("clean-")
        r.check(exp.get("clean") is is_clean, f"{c}: expected.json clean flag")
        fnd = exp.get("findings", [])
        if is_clean:
            r.check(fnd == [], f"{c}: clean case must have no findings")
        else:
            errs = [f for f in fnd if f["severity"] == "error"]
            warns = [f for f in fnd if f["severity"] == "warning"]
            r.check(len(fnd) == 3 and len(errs) == 2 and len(warns) == 1, f"{c}: need 2 errors + 1 warning")
            r.check(all(f["kind"] == "mismatch" for f in errs), f"{c}: errors must be kind mismatch")
            r.check(all(f["kind"] in ALLOWED_WARNING_KINDS for f in warns), f"{c}: warning kind not allowed")
            for f in fnd:
                kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
            slips = SLIPS.get(c, [])
            r.check([(f["span"], f["kind"], f["severity"]) for f in fnd] == [(s[0], s[1], s[2]) for s in slips], f"{c}: expected.json and SLIPS disagree")
            for span, kind, sev, _slip, _correct, evidence in slips:
                r.check(digest.count(span) == 1, f"{c}: span {span!r} occurs {digest.count(span)} times in digest (must be 1)")
                if kind == "citation":
                    continue
                r.check(span not in src, f"{c}: span {span!r} also stands in the source")
                if evidence:
                    r.check(evidence in src, f"{c}: evidence {evidence!r} not in source")
        for f in fnd:
            r.check(f["span"] in digest, f"{c}: span {f['span']!r} not verbatim in digest")

        # citation
        cite_line, cite_url = citation_block(digest)
        local_date = pub.strftime("%Y.%m.%d")
        sep = "  " if " " in meta["outlet"] else " "
        want_line = f"{meta['title']}{sep}{meta['outlet']} {local_date}"
        cite_slip = [s for s in SLIPS.get(c, []) if s[1] == "citation"]
        if cite_slip:
            span = cite_slip[0][0]
            bad_line = cite_line != want_line
            bad_url = cite_url != meta["url"]
            r.check(bad_line != bad_url, f"{c}: exactly one of citation line / URL should carry the planted slip")
            r.check(span in (cite_line if bad_line else cite_url), f"{c}: citation slip span not in the citation")
            if bad_url:
                r.check(cite_url.split("?")[0] == meta["url"], f"{c}: tracking URL must keep the article path")
        else:
            r.check(cite_line == want_line, f"{c}: citation line {cite_line!r} != {want_line!r}")
            r.check(cite_url == meta["url"], f"{c}: citation URL != canonical")

        # yoten parse
        if yoten:
            p = subprocess.run([yoten, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            r.check(p.returncode == 0, f"{c}: yoten parse failed: {p.stderr.strip()[:200]}")
            if p.returncode == 0:
                j = json.loads(p.stdout)
                det = [(t["heading"], [s["heading"] for s in t["sections"]]) for t in j["details"]["topics"]]
                kp = [(t["heading"], [s["heading"] for s in t["sections"]]) for t in j["key_points"]]
                r.check(det == kp, f"{c}: 要点 tree differs from 詳細 tree")
                ov = j["overview"]
                r.check(len(ov["highlights"]) >= 2 and len(ov["context"]) >= 2, f"{c}: 主なハイライト/文脈 labels not parsed")
                r.check(bool(j.get("image_credit")), f"{c}: image credit line missing")
                src0 = j["sources"][0]
                r.check(src0["outlet"] == meta["outlet"] or c in SLIPS and any(s[1] == "citation" for s in SLIPS[c]), f"{c}: parsed outlet {src0['outlet']!r}")
                posted = dt.datetime.fromisoformat(j["posted_at"]).replace(tzinfo=JST)
                r.check(posted > pub, f"{c}: post time {posted} not after publication {pub.astimezone(JST)}")

        # derived values
        traps = TRAPS.get(c, [])
        if is_clean:
            r.check(len(traps) >= 8, f"{c}: only {len(traps)} derived values (need ≥ 8)")
        else:
            r.check(len(traps) >= 5, f"{c}: err digest should carry correct derived values too")
        for dtext, stexts, arith, expr in traps:
            r.check(dtext in digest, f"{c}: derived {dtext!r} not in digest")
            for s in stexts:
                r.check(s in src, f"{c}: input {s!r} not in source")
            try:
                ok = bool(eval(expr))
            except Exception as e:  # noqa: BLE001
                ok = False
                arith += f" [{e}]"
            r.check(ok, f"{c}: arithmetic fails: {arith}")
            for span, *_ in SLIPS.get(c, []):
                r.check(span not in dtext, f"{c}: derived value {dtext!r} overlaps slip {span!r}")

    r.check(not stale, f"source.html out of date: {stale}")
    r.check(len(offsets) >= 8, f"only {len(offsets)} distinct UTC offsets")

    # README
    readme = (HERE / "README.md").read_text(encoding="utf-8") if (HERE / "README.md").exists() else ""
    heads = ["## How it was written (blind)", "## Layout", "## Cases", "## Clean traps", "## Planted findings",
             "### Correct derived values the err digests also carry (not labelled)", "## Totals", "## verify.py output"]
    pos = [readme.find(h) for h in heads]
    r.check(all(p > 0 for p in pos) and pos == sorted(pos), "README sections missing or out of order")
    for c in clean:
        for dtext, *_ in TRAPS[c]:
            r.check(dtext in readme, f"README lacks clean trap {dtext!r} ({c})")
    for c in err:
        for span, *_ in SLIPS[c]:
            r.check(span in readme, f"README lacks planted span {span!r}")

    n_traps_clean = sum(len(TRAPS[c]) for c in clean)
    n_traps_err = sum(len(TRAPS[c]) for c in err)
    print(f"cases: {len(cases)} ({len(clean)} clean, {len(err)} err)")
    print("languages: " + ", ".join(f"{k} {len(v)} ({sum(n.startswith('clean-') for n in v)} clean / {sum(n.startswith('err-') for n in v)} err)" for k, v in sorted(langs.items())))
    print(f"UTC offsets: {', '.join(sorted(offsets))}")
    print(f"planted findings: {sum(kinds.values())} — " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"derived values checked: {n_traps_clean} in clean digests, {n_traps_err} in err digests")
    print(f"checks run: {r.n}; failures: {len(r.fail)}")
    for f in r.fail:
        print("FAIL:", f)
    print("OK" if not r.fail else "NOT OK")
    return 0 if not r.fail else 1


def print_tables(specs: dict, cases: list[str]) -> None:
    print("| case | lang | outlet (UTC offset) | topic |")
    print("|---|---|---|---|")
    for c in cases:
        m = specs[c]
        off = dt.datetime.fromisoformat(m["published"]).strftime("%z")
        off = f"UTC{off[:3]}:{off[3:]}"
        print(f"| {c} | {m['lang']} | {m['outlet']} ({off}) | {TOPICS[c]} |")
    print()
    print("=== clean traps ===")
    for c in cases:
        if not c.startswith("clean-"):
            continue
        print(f"\n### {c}\n")
        print("| digest | source | arithmetic |")
        print("|---|---|---|")
        for dtext, stexts, arith, _ in TRAPS[c]:
            print(f"| {dtext} | {' / '.join(stexts)} | {arith} |")
    print()
    print("=== planted ===")
    print("| case | span | kind / severity | slip | correct value |")
    print("|---|---|---|---|---|")
    for c in cases:
        for span, kind, sev, slip, correct, _ in SLIPS.get(c, []):
            print(f"| {c} | `{span}` | {kind} / {sev} | {slip} | {correct} |")
    print()
    print("=== err derived ===")
    for c in cases:
        if not c.startswith("err-"):
            continue
        print(f"\n- **{c}**: " + "; ".join(f"{d} ({a})" for d, _s, a, _e in TRAPS[c]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
