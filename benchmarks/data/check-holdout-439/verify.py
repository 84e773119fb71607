#!/usr/bin/env python3
"""Check the check-holdout-439 set.

- every case has source.html, digest.txt, expected.json, and a spec;
- source.html is what gen.py renders from the spec (html up to date) and has the
  page chrome (title "Headline - Outlet" / "Headline | Outlet", og:site_name,
  og:title, canonical, article:published_time, JSON-LD NewsArticle, nav, cookie
  banner, related links, footer, <article>);
- expected.json: clean cases have no findings; err cases exactly 3
  (2 mismatch/error + 1 warning); every span stands verbatim and exactly once
  in digest.txt;
- `yoten parse` reads every digest; headline, image credit, 概要 (lead,
  highlights, context), 詳細 and 要点 topics with numbered sections are present;
- sizes: digest 2,000–4,500 characters; source body 450–800 words
  (900–1,600 characters for Japanese);
- counts: 24 cases, 12 clean / 12 err, languages en 14, fr 3, de 3, es 2, ja 2;
- citations: title, outlet, outlet-local date and canonical URL match the spec,
  except the one planted citation slip, which must be the labelled span;
- the digest's posting time is after the source's publication (Japan time);
- every derived value listed under TRAPS and SLIPS: the digest text and the
  source text it comes from are present, and the arithmetic holds.

Usage: python3 verify.py [--tables clean|slips|err]   (--tables prints README tables)
Set YOTEN to the yoten executable if it is not on PATH.
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

JST = ZoneInfo("Asia/Tokyo")
MILE = 1.609344          # km
POUND = 0.45359237       # kg
NAUTICAL_MILE = 1.852    # km
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def jst(local, zone):
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(zone))
    return dt.astimezone(JST).strftime("%Y-%m-%d %H:%M")


def _d(s):
    return date.fromisoformat(s)


def weekday(s):
    return WD[_d(s).weekday()]


def prev_weekday(s, wd):
    d = _d(s) - timedelta(days=1)
    while WD[d.weekday()] != wd:
        d -= timedelta(days=1)
    return d.isoformat()


def next_weekday(s, wd):
    d = _d(s) + timedelta(days=1)
    while WD[d.weekday()] != wd:
        d += timedelta(days=1)
    return d.isoformat()


def add_days(s, n):
    return (_d(s) + timedelta(days=n)).isoformat()


def days_between(a, b):
    return (_d(b) - _d(a)).days


def quarter_months(q):
    return f"{3 * q - 2}〜{3 * q}月"


TRAPS = [
("clean-cebu-dental-missions", "市議会は28日", "on Wednesday", "article dated Fri 2024-08-30; 'on Wednesday' = 2024-08-28", prev_weekday("2024-08-30", "Wed") == "2024-08-28"),
("clean-cebu-dental-missions", "3400万ペソ(約65%)", "up from P52 million this year", "86 - 52 = 34; 34 / 52 = 65.4% → 約65%", 86 - 52 == 34 and round(100 * 34 / 52) == 65),
("clean-cebu-dental-missions", "1校あたり平均約1400人", "94,000 pupils in 68 schools", "94,000 / 68 = 1,382 → 約1400人", round(94000 / 68, -2) == 1400),
("clean-cebu-dental-missions", "三つの島", "three island barangays", "three → kanji numeral 三つ", True),
("clean-cebu-dental-missions", "100人中71人、約7割", "71 of every 100", "71 / 100 → 約7割", round(71 / 100, 1) == 0.7),
("clean-cebu-dental-missions", "約4万2000人に1人", "23 dentists for a population of about 960,000", "960,000 / 23 = 41,739 → 約4万2000人", round(960000 / 23, -3) == 42000),
("clean-cebu-dental-missions", "約1.7倍", "bring that to 38", "38 / 23 = 1.65 → 約1.7倍", round(38 / 23, 1) == 1.7),
("clean-cebu-dental-missions", "4割強は1回以下", "only 58% of pupils received both", "100 - 58 = 42% → 4割強", 40 < 100 - 58 < 45),
("clean-cebu-dental-missions", "日本時間同日午後0時20分", "at 11:20 a.m.", "11:20 PHT (UTC+8) → 12:20 JST same day", jst("2024-08-28 11:20", "Asia/Manila") == "2024-08-28 12:20"),
("clean-cebu-dental-missions", "年756万ペソ", "monthly salary of P42,000", "15 × 42,000 × 12 = 7,560,000", 15 * 42000 * 12 == 7_560_000),
("clean-cebu-dental-missions", "約12海里(約22キロ)", "about 12 nautical miles", "12 × 1.852 = 22.2 km", round(12 * NAUTICAL_MILE) == 22),
("clean-cebu-dental-missions", "9月3日(火)", "on Tuesday", "next Tuesday after Fri 2024-08-30 = 2024-09-03", next_weekday("2024-08-30", "Tue") == "2024-09-03"),
("clean-cebu-dental-missions", "午後3時までの7時間", "from 8 a.m. to 3 p.m.", "15:00 - 08:00 = 7 hours", 15 - 8 == 7),
("clean-durban-clinic-waits", "保健当局は4日", "at 10am on Tuesday", "article dated Wed 2025-03-05; 'on Tuesday' = 2025-03-04", prev_weekday("2025-03-05", "Tue") == "2025-03-04"),
("clean-durban-clinic-waits", "日本時間同日午後5時", "at 10am on Tuesday", "10:00 SAST (UTC+2) → 17:00 JST same day", jst("2025-03-04 10:00", "Africa/Johannesburg") == "2025-03-04 17:00"),
("clean-durban-clinic-waits", "3割弱の診療所", "Nineteen of the province's 64", "19 / 64 = 29.7% → 3割弱", 0.27 < 19 / 64 < 0.30),
("clean-durban-clinic-waits", "約3割で歯科医不在", "Nineteen of the province's 64", "19 / 64 = 29.7% → 約3割", round(19 / 64, 1) == 0.3),
("clean-durban-clinic-waits", "いるのは45カ所", "Nineteen of the province's 64", "64 - 19 = 45", 64 - 19 == 45),
("clean-durban-clinic-waits", "49人分が欠員", "only 163 of them were filled", "212 - 163 = 49", 212 - 163 == 49),
("clean-durban-clinic-waits", "充足率は約77%", "only 163 of them were filled", "163 / 212 = 76.9% → 約77%", round(100 * 163 / 212) == 77),
("clean-durban-clinic-waits", "2025年4月〜2026年3月", "the 2025/26 financial year", "South African provincial financial year 2025/26 = April 2025 – March 2026", True),
("clean-durban-clinic-waits", "1700万ランド(約13%)増える", "up from R131 million", "148 - 131 = 17; 17 / 131 = 13.0%", 148 - 131 == 17 and round(100 * 17 / 131) == 13),
("clean-durban-clinic-waits", "22カ月(約1年10カ月)", "an average of 22 months", "22 months = 1 year 10 months", divmod(22, 12) == (1, 10)),
("clean-durban-clinic-waits", "約2.6〜4.4倍", "between R9,000 and R15,000", "9,000 / 3,400 = 2.65; 15,000 / 3,400 = 4.41", round(9000 / 3400, 1) == 2.6 and round(15000 / 3400, 1) == 4.4),
("clean-durban-clinic-waits", "2024年7〜9月期", "In the third quarter of 2024", "third quarter = July–September", quarter_months(3) == "7〜9月"),
("clean-durban-clinic-waits", "約8850件", "about one in ten visits", "88,500 / 10 = 8,850", 88500 / 10 == 8850),
("clean-durban-clinic-waits", "約8%", "out of about 1.2 million learners", "96,000 / 1,200,000 = 8%", 96000 / 1_200_000 == 0.08),
("clean-durban-clinic-waits", "約3万2000人", "About a third of those screened", "96,000 / 3 = 32,000", 96000 / 3 == 32000),
("clean-durban-clinic-waits", "17人(約4割)増える", "up from 41 last year", "58 - 41 = 17; 17 / 41 = 41% → 約4割", 58 - 41 == 17 and round(17 / 41, 1) == 0.4),
("clean-durban-clinic-waits", "開設から38年", "opened in 1987", "2025 - 1987 = 38", 2025 - 1987 == 38),
("clean-durban-clinic-waits", "3時間前、午前4時", "start queuing at 4am for a clinic that opens at 7am", "7 - 4 = 3 hours", 7 - 4 == 3),
("clean-durban-clinic-waits", "11日(火)", "next Tuesday", "the Tuesday of the following week after Wed 2025-03-05 = 2025-03-11", next_weekday("2025-03-05", "Tue") == "2025-03-11"),
("clean-graz-schulzahnpflege", "(55)は26日", "am Dienstag um 10.30 Uhr", "article dated Wed 2024-11-27; 'am Dienstag' = 2024-11-26", prev_weekday("2024-11-27", "Tue") == "2024-11-26"),
("clean-graz-schulzahnpflege", "90万ユーロ(約23%)増やす", "Statt 3,9 Millionen Euro", "4.8 - 3.9 = 0.9; 0.9 / 3.9 = 23.1%", round(4.8 - 3.9, 1) == 0.9 and round(100 * 0.9 / 3.9) == 23),
("clean-graz-schulzahnpflege", "44人から60人", "16 weitere Prophylaxe-Assistentinnen", "60 - 16 = 44", 60 - 16 == 44),
("clean-graz-schulzahnpflege", "助手1人あたり約1190人", "rund 71.400 Kinder", "71,400 / 60 = 1,190", 71400 / 60 == 1190),
("clean-graz-schulzahnpflege", "1校あたり平均約117人", "die 612 Volksschulen", "71,400 / 612 = 116.7 → 約117人", round(71400 / 612) == 117),
("clean-graz-schulzahnpflege", "25年となる", "1999 gegründet", "2024 - 1999 = 25", 2024 - 1999 == 25),
("clean-graz-schulzahnpflege", "7ポイント上がった", "2016 waren es 47 Prozent", "54 - 47 = 7 points", 54 - 47 == 7),
("clean-graz-schulzahnpflege", "埋まっているのは381", "37 unbesetzt", "418 - 37 = 381", 418 - 37 == 381),
("clean-graz-schulzahnpflege", "1人あたり年約67ユーロ", "4,8 Millionen Euro", "4,800,000 / 71,400 = 67.2 → 約67ユーロ", round(4.8e6 / 71400) == 67),
("clean-graz-schulzahnpflege", "日本時間同日午後6時30分", "um 10.30 Uhr", "10:30 CET (UTC+1) → 18:30 JST same day", jst("2024-11-26 10:30", "Europe/Vienna") == "2024-11-26 18:30"),
("clean-graz-schulzahnpflege", "12週間(約3カ月)", "Die Ausbildung dauert zwölf Wochen", "12 × 7 / 30.44 = 2.8 → 約3カ月", round(12 * 7 / 30.44) == 3),
("clean-graz-schulzahnpflege", "140人中23人、約16%", "23 von 140 Kindern", "23 / 140 = 16.4% → 約16%", round(100 * 23 / 140) == 16),
("clean-graz-schulzahnpflege", "2025年4〜6月期", "ab dem zweiten Quartal 2025", "zweites Quartal = April–June", quarter_months(2) == "4〜6月"),
("clean-graz-schulzahnpflege", "12月5日(木)", "für Donnerstag nächster Woche", "Thursday of the week after Wed 2024-11-27 = 2024-12-05", next_weekday("2024-11-27", "Thu") == "2024-11-28" and add_days("2024-11-28", 7) == "2024-12-05"),
("clean-graz-schulzahnpflege", "1月に着任", "im Jänner", "Austrian 'Jänner' = January", True),
("clean-graz-schulzahnpflege", "ほぼ6人に1人", "etwa jedes sechste Kind", "12,300 / 71,400 = 17.2% ≈ 1/6", abs(12300 / 71400 - 1 / 6) < 0.01),
("clean-kanazawa-shika-kenshin", "2025年度から大幅に", "来年度から大幅に拡充", "来年度 (article dated 2024-10-10, fiscal 2024) = 2025年度", True),
("clean-kanazawa-shika-kenshin", "7800万円増え", "今年度の4800万円の2.6倍", "1億2600万 - 4800万 = 7800万", 12600 - 4800 == 7800),
("clean-kanazawa-shika-kenshin", "1割に届かなかった", "受診率は8.7%", "8.7% < 10% → 1割に届かない", 3584 / 41200 < 0.1),
("clean-kanazawa-shika-kenshin", "約4.2倍", "年1万5000人程度", "15,000 / 3,584 = 4.19 → 約4.2倍", round(15000 / 3584, 1) == 4.2),
("clean-kanazawa-shika-kenshin", "1人あたり8400円", "1億2600万円を計上", "126,000,000 / 15,000 = 8,400", 126_000_000 / 15000 == 8400),
("clean-kanazawa-shika-kenshin", "24.3%、約8400人", "小中学生3万4500人", "34,500 × 0.243 = 8,384 → 約8400人", round(34500 * 0.243, -2) == 8400),
("clean-kanazawa-shika-kenshin", "17.5ポイント下がった", "10年前の41.8%", "41.8 - 24.3 = 17.5 points", round(41.8 - 24.3, 1) == 17.5),
("clean-kanazawa-shika-kenshin", "10万人あたり約68人", "人口約46万2000人", "312 / 462,000 × 100,000 = 67.5 → 約68人", round(312 / 462000 * 1e5) == 68),
("clean-kanazawa-shika-kenshin", "先月(9月)", "市が先月実施した", "article dated October 2024; 先月 = September", True),
("clean-kanazawa-shika-kenshin", "9日(水)", "金沢市は9日", "2024-10-09 is a Wednesday", weekday("2024-10-09") == "Wed"),
("clean-kanazawa-shika-kenshin", "2025年4月〜2026年3月", "2025年度当初予算案", "Japanese fiscal 2025 = April 2025 – March 2026", True),
("clean-kanazawa-shika-kenshin", "2025年4月1日", "来年4月1日に始まる", "来年 (article dated 2024) = 2025", True),
("clean-kanazawa-shika-kenshin", "平均約1.8人", "歯科診療所が178カ所あり、歯科医師は312人", "312 / 178 = 1.75 → 約1.8人", round(312 / 178, 1) == 1.8),
("clean-lyon-dentistes-prime", "県の議会は25日夜", "adopté mardi soir", "article dated Wed 2024-06-26; 'mardi soir' = 2024-06-25", prev_weekday("2024-06-26", "Tue") == "2024-06-25"),
("clean-lyon-dentistes-prime", "日本時間26日午前4時15分", "à 21 h 15", "2024-06-25 21:15 CEST (UTC+2) → 2024-06-26 04:15 JST", jst("2024-06-25 21:15", "Europe/Paris") == "2024-06-26 04:15"),
("clean-lyon-dentistes-prime", "年平均約153万ユーロ", "4,6 millions d'euros sur trois ans", "4.6 / 3 = 1.533 million", round(4.6 / 3, 2) == 1.53),
("clean-lyon-dentistes-prime", "8人下回る", "une moyenne nationale de 68", "68 - 60 = 8", 68 - 60 == 8),
("clean-lyon-dentistes-prime", "41、約14%", "41 des 293 communes", "41 / 293 = 14.0%", round(100 * 41 / 293) == 14),
("clean-lyon-dentistes-prime", "約2.5倍", "contre 38 jours à Lyon", "94 / 38 = 2.47 → 約2.5倍", round(94 / 38, 1) == 2.5),
("clean-lyon-dentistes-prime", "約2300人", "18,5 % présentaient au moins une carie", "12,400 × 0.185 = 2,294 → 約2300人", round(12400 * 0.185, -2) == 2300),
("clean-lyon-dentistes-prime", "3.3ポイント上がった", "contre 15,2 % en 2019", "18.5 - 15.2 = 3.3 points", round(18.5 - 15.2, 1) == 3.3),
("clean-lyon-dentistes-prime", "3割近く", "Près de trois patients sur dix", "près de 3 sur 10 → 3割近く", True),
("clean-lyon-dentistes-prime", "残る280万ユーロ", "Le reste de l'enveloppe", "4.6 - 1.8 = 2.8 million", round(4.6 - 1.8, 1) == 2.8),
("clean-lyon-dentistes-prime", "3年間の予算の約4割", "1,8 million d'euros", "1.8 / 4.6 = 39% → 約4割", round(1.8 / 4.6, 1) == 0.4),
("clean-lyon-dentistes-prime", "2025年1〜3月期", "au premier trimestre 2025", "premier trimestre = January–March", quarter_months(1) == "1〜3月"),
("clean-lyon-dentistes-prime", "開業から約5年", "installée depuis 2019", "2024 - 2019 = 5", 2024 - 2019 == 5),
("clean-lyon-dentistes-prime", "4時間近い審議", "près de quatre heures", "près de quatre heures → 4時間近い", True),
("clean-lyon-dentistes-prime", "9月2日(月)", "le lundi 2 septembre", "2024-09-02 is a Monday", weekday("2024-09-02") == "Mon"),
("clean-lyon-dentistes-prime", "7月1日(月)", "lundi 1er juillet", "2024-07-01 is a Monday", weekday("2024-07-01") == "Mon"),
("clean-lyon-dentistes-prime", "2024.06.26", "2024-06-26T18:30:00+02:00", "citation uses the outlet's local date; in Japan it was already 2024-06-27 01:30", jst("2024-06-26 18:30", "Europe/Paris") == "2024-06-27 01:30"),
("clean-ohio-dental-fees", "15年ぶり", "the first increase since 2009", "2024 - 2009 = 15", 2024 - 2009 == 15),
("clean-ohio-dental-fees", "50ドルから59ドルへ9ドル", "from $50 to $59", "59 - 50 = 9", 59 - 50 == 9),
("clean-ohio-dental-fees", "85ドルから101ドルへ16ドル", "from $85 to $101", "101 - 85 = 16", 101 - 85 == 16),
("clean-ohio-dental-fees", "18ドル増の128ドル", "$128, up from $110", "128 - 110 = 18", 128 - 110 == 18),
("clean-ohio-dental-fees", "約3分の1にあたる4700万ドル", "The state will cover $47 million", "47 / 142 = 0.331 → 約3分の1", abs(47 / 142 - 1 / 3) < 0.01),
("clean-ohio-dental-fees", "1人あたり年約59ドル", "about 2.4 million people", "142,000,000 / 2,400,000 = 59.2 → 約59ドル", round(142e6 / 2.4e6) == 59),
("clean-ohio-dental-fees", "1860人と3割", "Only 1,860 of the state's 6,200", "1,860 / 6,200 = 0.30 → 3割", 1860 / 6200 == 0.3),
("clean-ohio-dental-fees", "6割超は一度も受診しなかった", "just 38% of enrollees", "100 - 38 = 62% → 6割超", 60 < 100 - 38 < 70),
("clean-ohio-dental-fees", "140マイル(約225キロ)", "a 140-mile loop", "140 × 1.609344 = 225.3 km → 約225キロ", round(140 * MILE) == 225),
("clean-ohio-dental-fees", "5ポイント下がった", "fell from 24%", "24 - 19 = 5 points", 24 - 19 == 5),
("clean-ohio-dental-fees", "日本時間18日午前5時15分", "at 4:15 p.m.", "Tue 2024-09-17 16:15 EDT (UTC-4) → JST (UTC+9) 2024-09-18 05:15", jst("2024-09-17 16:15", "America/New_York") == "2024-09-18 05:15"),
("clean-ohio-dental-fees", "17日", "on Tuesday", "article dated Tue 2024-09-17; 'on Tuesday' = the 17th", weekday("2024-09-17") == "Tue"),
("clean-ohio-dental-fees", "20日(金)", "until Friday", "next Friday after Tue 2024-09-17 = 2024-09-20", next_weekday("2024-09-17", "Fri") == "2024-09-20"),
("clean-ohio-dental-fees", "10〜12月期", "in the fourth quarter", "fourth quarter = October–December", quarter_months(4) == "10〜12月"),
("clean-ohio-dental-fees", "あと140人", "fewer than 2,000 dentists", "2,000 - 1,860 = 140", 2000 - 1860 == 140),
("clean-ohio-dental-fees", "2024.09.17", "2024-09-17T19:40:00-04:00", "citation date is the outlet's local date; in Japan it was already 2024-09-18 08:40", jst("2024-09-17 19:40", "America/New_York") == "2024-09-18 08:40"),
("clean-pune-dental-college-seats", "312クロール(31億2000万ルピー)", "Rs 312 crore", "312 crore × 10,000,000 = 3,120,000,000 = 31億2000万", 312 * 10**7 == 3_120_000_000),
("clean-pune-dental-college-seats", "24日", "on Wednesday", "article dated Thu 2024-07-25; 'on Wednesday' = 2024-07-24", prev_weekday("2024-07-25", "Wed") == "2024-07-24"),
("clean-pune-dental-college-seats", "約3割増える", "from 460 to 610", "(610 - 460) / 460 = 32.6% → 約3割", 0.28 < (610 - 460) / 460 < 0.34),
("clean-pune-dental-college-seats", "11万5000ルピー", "Rs 1.15 lakh", "1.15 lakh × 100,000 = 115,000", round(1.15 * 10**5) == 115000),
("clean-pune-dental-college-seats", "5倍以上の開き", "more than Rs 6 lakh a year", "6 / 1.15 = 5.2 → 5倍以上", 6 / 1.15 > 5),
("clean-pune-dental-college-seats", "186万人", "18.6 lakh students", "18.6 lakh = 1,860,000 = 186万", round(18.6 * 10**5) == 1_860_000),
("clean-pune-dental-college-seats", "41万人(約2割)", "4.1 lakh had decay", "4.1 / 18.6 = 22% → 約2割", 0.2 <= 4.1 / 18.6 < 0.25),
("clean-pune-dental-college-seats", "5人に1人を超える", "4.1 lakh had decay", "4.1 / 18.6 = 0.220 > 1/5", 4.1 / 18.6 > 0.2),
("clean-pune-dental-college-seats", "約4.7倍", "one for every 2,100 in urban areas", "9,800 / 2,100 = 4.67 → 約4.7倍", round(9800 / 2100, 1) == 4.7),
("clean-pune-dental-college-seats", "日本時間同日午後10時15分", "ended at 6.45 pm", "2024-07-24 18:45 IST (UTC+5:30) → 22:15 JST same day", jst("2024-07-24 18:45", "Asia/Kolkata") == "2024-07-24 22:15"),
("clean-pune-dental-college-seats", "1台480万ルピー", "Rs 48 lakh each", "48 lakh = 4,800,000", 48 * 10**5 == 4_800_000),
("clean-pune-dental-college-seats", "1億7280万ルピー(17.28クロール)", "Rs 48 lakh each", "36 × 48 lakh = 1,728 lakh = 17.28 crore = 172,800,000 = 1億7280万", 36 * 48 * 10**5 == 172_800_000),
("clean-pune-dental-college-seats", "年6000人", "25 patients a day on about 240 working days", "25 × 240 = 6,000", 25 * 240 == 6000),
("clean-pune-dental-college-seats", "創立から56年", "founded in 1968", "2024 - 1968 = 56", 2024 - 1968 == 56),
("clean-pune-dental-college-seats", "100万ルピーの保証金", "a bond of Rs 10 lakh", "10 lakh = 1,000,000 = 100万", 10 * 10**5 == 1_000_000),
("clean-pune-dental-college-seats", "2024年4月〜2025年3月", "for 2024-25", "Indian financial year 2024-25 = April 2024 – March 2025", True),
("clean-pune-dental-college-seats", "残る194クロール", "Rs 118 crore has been set aside", "312 - 118 = 194", 312 - 118 == 194),
("clean-pune-dental-college-seats", "残りの270クロール", "Rs 42 crore", "312 - 42 = 270", 312 - 42 == 270),
("clean-pune-dental-college-seats", "2024.07.25", "2024-07-25T21:10:00+05:30", "citation uses the outlet's local date; in Japan it was already 2024-07-26 00:40", jst("2024-07-25 21:10", "Asia/Kolkata") == "2024-07-26 00:40"),
("clean-rimouski-chirurgie-dentaire", "21日", "a fait l'annonce lundi", "article dated Tue 2024-10-22; 'lundi' = 2024-10-21", prev_weekday("2024-10-22", "Mon") == "2024-10-21"),
("clean-rimouski-chirurgie-dentaire", "日本時間同日午後11時", "lundi à 10 h", "10:00 EDT (UTC-4) → 23:00 JST same day", jst("2024-10-21 10:00", "America/Toronto") == "2024-10-21 23:00"),
("clean-rimouski-chirurgie-dentaire", "6カ月延び、1.75倍", "contre 8 mois en 2021", "14 - 8 = 6; 14 / 8 = 1.75", 14 - 8 == 6 and 14 / 8 == 1.75),
("clean-rimouski-chirurgie-dentaire", "約320人が6歳未満", "près de la moitié ont moins de six ans", "640 / 2 = 320 (près de la moitié → 半数近く、約320人)", 640 / 2 == 320),
("clean-rimouski-chirurgie-dentaire", "2024年4月〜2025年3月", "l'exercice 2024-2025", "exercice 2024-2025 = April 2024 – March 2025 (its fourth quarter is January–March, as the source says)", True),
("clean-rimouski-chirurgie-dentaire", "年96日", "deux journées opératoires par semaine", "2 × 48 = 96 days", 2 * 48 == 96),
("clean-rimouski-chirurgie-dentaire", "年672人", "sept enfants par journée", "96 × 7 = 672", 96 * 7 == 672),
("clean-rimouski-chirurgie-dentaire", "約4760ドル", "3,2 millions de dollars", "3,200,000 / 672 = 4,762 → 約4760ドル", round(3.2e6 / 672, -1) == 4760),
("clean-rimouski-chirurgie-dentaire", "7ポイント上がった", "qui était de 29 % cinq ans plus tôt", "36 - 29 = 7 points", 36 - 29 == 7),
("clean-rimouski-chirurgie-dentaire", "約1760人に1人", "112 dentistes pour environ 197 000 habitants", "197,000 / 112 = 1,759 → 約1760人", round(197000 / 112, -1) == 1760),
("clean-rimouski-chirurgie-dentaire", "約1780人", "23 hygiénistes pour environ 41 000 élèves", "41,000 / 23 = 1,783 → 約1780人", round(41000 / 23, -1) == 1780),
("clean-rimouski-chirurgie-dentaire", "創設から47年", "créé en 1977", "2024 - 1977 = 47", 2024 - 1977 == 47),
("clean-rimouski-chirurgie-dentaire", "8カ月以上短くする", "sous six mois d'ici un an", "14 - 6 = 8 months", 14 - 6 == 8),
("clean-rimouski-chirurgie-dentaire", "11月4日(月)", "à compter du lundi 4 novembre", "2024-11-04 is a Monday", weekday("2024-11-04") == "Mon"),
("clean-rimouski-chirurgie-dentaire", "2024.10.22", "2024-10-22T17:15:00-04:00", "citation uses the outlet's local date; in Japan it was already 2024-10-23 06:15", jst("2024-10-22 17:15", "America/Toronto") == "2024-10-23 06:15"),
("clean-seattle-dental-therapists", "上院は16日", "on Wednesday", "article dated Wed 2025-04-16; 'on Wednesday' = the 16th", weekday("2025-04-16") == "Wed"),
("clean-seattle-dental-therapists", "13票差", "voted 31-18", "31 - 18 = 13", 31 - 18 == 13),
("clean-seattle-dental-therapists", "22日(火)", "next Tuesday", "next Tuesday after Wed 2025-04-16 = 2025-04-22", next_weekday("2025-04-16", "Tue") == "2025-04-22"),
("clean-seattle-dental-therapists", "8年を経て", "launched in 2017", "2025 - 2017 = 8", 2025 - 2017 == 8),
("clean-seattle-dental-therapists", "27郡、約7割", "27 counties out of 39", "27 / 39 = 69% → 約7割", round(27 / 39, 1) == 0.7),
("clean-seattle-dental-therapists", "約41万4000人", "47% of them saw a dentist", "880,000 × 0.47 = 413,600 → 約41万4000人", round(880000 * 0.47, -3) == 414000),
("clean-seattle-dental-therapists", "約半分", "about $185,000 for general dentists", "92,000 / 185,000 = 0.497 → 約半分", round(92 / 185, 1) == 0.5),
("clean-seattle-dental-therapists", "約9万3000ドル", "about $185,000", "185,000 - 92,000 = 93,000", 185000 - 92000 == 93000),
("clean-seattle-dental-therapists", "日本時間17日午前7時40分", "at 3:40 p.m.", "2025-04-16 15:40 PDT (UTC-7) → 2025-04-17 07:40 JST", jst("2025-04-16 15:40", "America/Los_Angeles") == "2025-04-17 07:40"),
("clean-seattle-dental-therapists", "計100万ドル", "40 scholarships of $25,000 each", "40 × 25,000 = 1,000,000", 40 * 25000 == 1_000_000),
("clean-seattle-dental-therapists", "その2年半分の定員", "admits 16 students a year", "40 / 16 = 2.5 years of intake", 40 / 16 == 2.5),
("clean-seattle-dental-therapists", "120マイル(約193キロ)", "120 miles round trip", "120 × 1.609344 = 193.1 km", round(120 * MILE) == 193),
("clean-seattle-dental-therapists", "1万4000ポンド(約6.4トン)", "a 14,000-pound converted coach", "14,000 × 0.45359237 = 6,350 kg → 約6.4トン", round(14000 * POUND / 1000, 1) == 6.4),
("clean-seattle-dental-therapists", "2025.04.16", "2025-04-16T21:05:00-07:00", "citation uses the outlet's local date; in Japan it was already 2025-04-17 13:05", jst("2025-04-16 21:05", "America/Los_Angeles") == "2025-04-17 13:05"),
("clean-singapore-school-dental", "19日の国会", "in Parliament on Monday", "article dated Tue 2025-05-20; 'on Monday' = 2025-05-19", prev_weekday("2025-05-20", "Mon") == "2025-05-19"),
("clean-singapore-school-dental", "100ドル(4割)引き上げ", "up from $250 now", "350 - 250 = 100; 100 / 250 = 40% → 4割", 350 - 250 == 100 and 100 / 250 == 0.4),
("clean-singapore-school-dental", "13万7000人と約3割", "only 137,000 made a claim", "137,000 / 468,000 = 29.3% → 約3割", round(137 / 468, 1) == 0.3),
("clean-singapore-school-dental", "2万3000人増", "about 160,000 to claim", "160,000 - 137,000 = 23,000", 160000 - 137000 == 23000),
("clean-singapore-school-dental", "1人あたり平均300ドル", "at a cost of about $48 million", "48,000,000 / 160,000 = 300", 48e6 / 160000 == 300),
("clean-singapore-school-dental", "約31万4000人", "roughly 236,000 it already sees", "236,000 + 78,000 = 314,000", 236000 + 78000 == 314000),
("clean-singapore-school-dental", "約3分の1大きくなる", "add about 78,000 students", "78,000 / 236,000 = 0.33 → 約3分の1", abs(78 / 236 - 1 / 3) < 0.01),
("clean-singapore-school-dental", "7ポイント下がった", "down from 31% in 2014", "31 - 24 = 7 points", 31 - 24 == 7),
("clean-singapore-school-dental", "470人(約21%)増えた", "rose to 2,710 last year from 2,240 in 2019", "2,710 - 2,240 = 470; 470 / 2,240 = 21.0%", 2710 - 2240 == 470 and round(100 * 470 / 2240) == 21),
("clean-singapore-school-dental", "日本時間同日午後8時30分ごろ", "at about 7.30pm", "19:30 SGT (UTC+8) → 20:30 JST same day", jst("2025-05-19 19:30", "Asia/Singapore") == "2025-05-19 20:30"),
("clean-singapore-school-dental", "設立から67年", "set up in 1958", "2025 - 1958 = 67", 2025 - 1958 == 67),
("clean-singapore-school-dental", "6週間短くする", "down to 10 weeks", "16 - 10 = 6 weeks", 16 - 10 == 6),
("clean-singapore-school-dental", "下半期(7〜12月)", "from the second half of the year", "second half = July–December", True),
("clean-valencia-dentistas-publicos", "自治州政府は7日", "aprobado el martes", "article dated Wed 2024-05-08; 'el martes' = 2024-05-07", prev_weekday("2024-05-08", "Tue") == "2024-05-07"),
("clean-valencia-dentistas-publicos", "計84人", "46 dentistas y 38 higienistas", "46 + 38 = 84", 46 + 38 == 84),
("clean-valencia-dentistas-publicos", "1日平均では約260件", "unos 95.000 empastes", "95,000 / 365 = 260", round(95000 / 365, -1) == 260),
("clean-valencia-dentistas-publicos", "258人と約2割増え", "alcanzará los 258 profesionales", "212 + 46 = 258; 46 / 212 = 21.7% → 約2割", 212 + 46 == 258 and round(46 / 212, 1) == 0.2),
("clean-valencia-dentistas-publicos", "約2万人に1人", "unos 5,2 millones de habitantes", "5,200,000 / 258 = 20,155 → 約2万人", round(5.2e6 / 258, -3) == 20000),
("clean-valencia-dentistas-publicos", "1999年に始まった", "cumple este año su 25.º aniversario", "2024 - 25 = 1999", 2024 - 25 == 1999),
("clean-valencia-dentistas-publicos", "4.8ポイント下がった", "del 36,2 % en 2015 al 31,4 %", "36.2 - 31.4 = 4.8 points", round(36.2 - 31.4, 1) == 4.8),
("clean-valencia-dentistas-publicos", "日本時間同日午後7時30分", "a las 12.30 horas", "12:30 CEST (UTC+2) → 19:30 JST same day", jst("2024-05-07 12:30", "Europe/Madrid") == "2024-05-07 19:30"),
("clean-valencia-dentistas-publicos", "1人あたり約11万ユーロ", "9,2 millones de euros al año", "9,200,000 / 84 = 109,524 → 約11万ユーロ", round(9.2e6 / 84, -4) == 110000),
("clean-valencia-dentistas-publicos", "9月末までに", "antes del último trimestre del año", "último trimestre = October–December, so before it = by end of September", quarter_months(4) == "10〜12月"),
("clean-valencia-dentistas-publicos", "6月3日(月)", "el lunes 3 de junio", "2024-06-03 is a Monday", weekday("2024-06-03") == "Mon"),
("clean-valencia-dentistas-publicos", "二つだった", "tenía dos opciones", "dos → kanji numeral 二つ", True),
("clean-winnipeg-dental-subsidy", "保健相(57)は28日", "said Tuesday", "article dated Tue 2025-01-28; 'Tuesday' = the 28th", weekday("2025-01-28") == "Tue"),
("clean-winnipeg-dental-subsidy", "日本時間29日午前1時30分", "at 10:30 a.m.", "2025-01-28 10:30 CST (UTC-6) → 2025-01-29 01:30 JST", jst("2025-01-28 10:30", "America/Winnipeg") == "2025-01-29 01:30"),
("clean-winnipeg-dental-subsidy", "2月3日(月)", "open Monday", "next Monday after Tue 2025-01-28 = 2025-02-03", next_weekday("2025-01-28", "Mon") == "2025-02-03"),
("clean-winnipeg-dental-subsidy", "4万7500人で、約4割", "47,500 were signed up", "47,500 / 118,000 = 40.3% → 約4割", round(47500 / 118000, 1) == 0.4),
("clean-winnipeg-dental-subsidy", "なお7万500人", "About 118,000 residents", "118,000 - 47,500 = 70,500", 118000 - 47500 == 70500),
("clean-winnipeg-dental-subsidy", "約1.8倍", "The province's target is 26 weeks", "47 / 26 = 1.81 → 約1.8倍", round(47 / 26, 1) == 1.8),
("clean-winnipeg-dental-subsidy", "7ポイント上がった", "rose from 41% in 2022 to 48% in 2024", "48 - 41 = 7 points", 48 - 41 == 7),
("clean-winnipeg-dental-subsidy", "2025年1〜3月期", "the first quarter of 2025", "first quarter = January–March", quarter_months(1) == "1〜3月"),
("clean-winnipeg-dental-subsidy", "2万ドル幅", "between $70,000 and $90,000", "90,000 - 70,000 = 20,000", 90000 - 70000 == 20000),
("clean-winnipeg-dental-subsidy", "当時は約1000人", "grown by 35% since 2022", "1,380 / 1.35 = 1,022 → 約1000人", round(1380 / 1.35, -2) == 1000),
("clean-winnipeg-dental-subsidy", "47週間(約11カ月)", "the median wait is 47 weeks", "47 × 7 / 30.44 = 10.8 → 約11カ月", round(47 * 7 / 30.44) == 11),
("clean-winnipeg-dental-subsidy", "21週間の短縮", "The province's target is 26 weeks", "47 - 26 = 21", 47 - 26 == 21),
("clean-winnipeg-dental-subsidy", "1時間あたり約1.7件", "roughly 1,100 additional procedures", "1,100 / 640 = 1.72", round(1100 / 640, 1) == 1.7),
("clean-winnipeg-dental-subsidy", "約262万ドル", "about $4,100", "640 × 4,100 = 2,624,000 → 約262万ドル", 640 * 4100 == 2_624_000),
("clean-winnipeg-dental-subsidy", "14年となる", "first launched in 2011", "2025 - 2011 = 14", 2025 - 2011 == 14),
("clean-winnipeg-dental-subsidy", "費用の6割", "60% of their costs covered", "60% → 6割 (reformatting)", True),
("clean-winnipeg-dental-subsidy", "2025.01.28", "2025-01-28T17:45:00-06:00", "citation uses the outlet's local date; in Japan it was already 2025-01-29 08:45", jst("2025-01-28 17:45", "America/Winnipeg") == "2025-01-29 08:45"),
("err-brisbane-school-dental", "計456万ドル", "$380,000 each", "12 × 380,000 = 4,560,000", 12 * 380000 == 4_560_000),
("err-brisbane-school-dental", "年平均1600万ドル", "$64 million package to be spread over four years", "64 / 4 = 16", 64 / 4 == 16),
("err-brisbane-school-dental", "4万5000人(約19%)増えた", "up from 241,000", "286,000 - 241,000 = 45,000; 45 / 241 = 18.7% → 約19%", 286 - 241 == 45 and round(100 * 45 / 241) == 19),
("err-brisbane-school-dental", "36%(約14万8000人)", "only 36% used it", "412,000 × 0.36 = 148,320 → 約14万8000人", round(412000 * 0.36, -3) == 148000),
("err-brisbane-school-dental", "6割超が使わなかった", "only 36% used it", "100 - 36 = 64% → 6割超", 60 < 100 - 36 < 70),
("err-brisbane-school-dental", "約1.9倍", "compared with 31 in the far north", "58 / 31 = 1.87 → 約1.9倍", round(58 / 31, 1) == 1.9),
("err-brisbane-school-dental", "日本時間同日午後1時", "at 2pm", "14:00 AEST (UTC+10, no summer time in Queensland) → 13:00 JST same day", jst("2024-08-13 14:00", "Australia/Brisbane") == "2024-08-13 13:00"),
("err-brisbane-school-dental", "8カ月縮める", "to six months by the end of 2025", "14 - 6 = 8 months", 14 - 6 == 8),
("err-cordoba-odontologia-escolar", "18億5000万ペソ", "1.850 millones de pesos", "1,850 millones = 1,850,000,000 = 18億5000万", 1850 * 10**6 == 1_850_000_000),
("err-cordoba-odontologia-escolar", "14台で8億6800万ペソ", "62 millones de pesos", "14 × 62,000,000 = 868,000,000", 14 * 62 == 868),
("err-cordoba-odontologia-escolar", "上半期(1〜6月)", "en el primer semestre de 2025", "primer semestre = January–June", True),
("err-cordoba-odontologia-escolar", "約6万5000人", "el 44 % tenía al menos una caries", "148,000 × 0.44 = 65,120 → 約6万5000人", round(148000 * 0.44, -3) == 65000),
("err-cordoba-odontologia-escolar", "13ポイント高い", "la proporción llegó al 57 %", "57 - 44 = 13 points", 57 - 44 == 13),
("err-cordoba-odontologia-escolar", "1人あたり1万2500ペソ", "se revisaron 148.000 alumnos", "1,850,000,000 / 148,000 = 12,500", 1.85e9 / 148000 == 12500),
("err-cordoba-odontologia-escolar", "埋まっているのは286", "de los cuales 41 están vacantes", "327 - 41 = 286", 327 - 41 == 286),
("err-cordoba-odontologia-escolar", "空席率は約13%", "de los cuales 41 están vacantes", "41 / 327 = 12.5% → 約13%", round(100 * 41 / 327) == 13),
("err-cordoba-odontologia-escolar", "1.6倍", "entre 25.000 y 40.000 pesos", "40,000 / 25,000 = 1.6", 40000 / 25000 == 1.6),
("err-cordoba-odontologia-escolar", "日本時間同日午後11時", "a las 11", "11:00 ART (UTC-3) → 23:00 JST same day", jst("2024-11-14 11:00", "America/Argentina/Cordoba") == "2024-11-14 23:00"),
("err-cordoba-odontologia-escolar", "創設から10年となる", "se creó en 2014", "2024 - 2014 = 10", 2024 - 2014 == 10),
("err-cordoba-odontologia-escolar", "残る16の空席", "cubrir 25 de los cargos vacantes", "41 - 25 = 16", 41 - 25 == 16),
("err-cordoba-odontologia-escolar", "1日約280人", "unos 20 chicos por día", "14 × 20 = 280", 14 * 20 == 280),
("err-cork-medical-card-dental", "政府は3日", "on Thursday", "article dated Thu 2024-10-03; 'on Thursday' = the 3rd", weekday("2024-10-03") == "Thu"),
("err-cork-medical-card-dental", "15ユーロ(約23%)引き上げる", "up from €65", "80 - 65 = 15; 15 / 65 = 23.1%", 80 - 65 == 15 and round(100 * 15 / 65) == 23),
("err-cork-medical-card-dental", "(約39%)減った", "from 1,410 in 2019 to 862", "548 / 1,410 = 38.9% → 約39%", round(100 * 548 / 1410) == 39),
("err-cork-medical-card-dental", "4人に1人弱", "only 74 of the 312", "74 / 312 = 0.237 → 4人に1人弱", 0.2 < 74 / 312 < 0.25),
("err-cork-medical-card-dental", "41万件、約3分の1減った", "from 1.2 million in 2019 to 790,000", "1,200,000 - 790,000 = 410,000; 410 / 1,200 = 0.34 → 約3分の1", 1_200_000 - 790_000 == 410_000 and abs(410 / 1200 - 1 / 3) < 0.01),
("err-cork-medical-card-dental", "今年の1億1500万ユーロから3000万ユーロ(約26%)", "up €30 million on this year", "145 - 30 = 115; 30 / 115 = 26.1%", 145 - 30 == 115 and round(100 * 30 / 115) == 26),
("err-cork-medical-card-dental", "約1.8倍", "from €45 to €65", "80 / 45 = 1.78 → 約1.8倍", round(80 / 45, 1) == 1.8),
("err-cork-medical-card-dental", "1994年ごろ", "the scheme's 30-year history", "2024 - 30 = 1994", 2024 - 30 == 1994),
("err-cork-medical-card-dental", "(8ユーロ増)", "from €42 to €50", "50 - 42 = 8", 50 - 42 == 8),
("err-cork-medical-card-dental", "8日(火)", "resume on Tuesday", "next Tuesday after Thu 2024-10-03 = 2024-10-08", next_weekday("2024-10-03", "Tue") == "2024-10-08"),
("err-cork-medical-card-dental", "2025年1〜3月期", "in the first quarter of next year", "first quarter of 2025 = January–March 2025", quarter_months(1) == "1〜3月"),
("err-glasgow-dental-registrations", "4日に公表", "published on Tuesday", "article dated Thu 2025-02-06; 'on Tuesday' = 2025-02-04", prev_weekday("2025-02-06", "Tue") == "2025-02-04"),
("err-glasgow-dental-registrations", "12.5ポイント下がった", "down from 63.8% in 2020", "63.8 - 51.3 = 12.5 points", round(63.8 - 51.3, 1) == 12.5),
("err-glasgow-dental-registrations", "51.3%と約半数", "Only 51.3%", "51.3% → 約半数", round(0.513, 1) == 0.5),
("err-glasgow-dental-registrations", "前年の1210人から84人(約7%)減った", "84 fewer than a year earlier", "1,126 + 84 = 1,210; 84 / 1,210 = 6.9% → 約7%", 1126 + 84 == 1210 and round(100 * 84 / 1210) == 7),
("err-glasgow-dental-registrations", "保健相(56)は5日", "at 2.35pm on Wednesday", "article dated Thu 2025-02-06; 'on Wednesday' = 2025-02-05", prev_weekday("2025-02-06", "Wed") == "2025-02-05"),
("err-glasgow-dental-registrations", "日本時間同日午後11時35分", "at 2.35pm on Wednesday", "14:35 GMT (UTC+0) → 23:35 JST same day", jst("2025-02-05 14:35", "Europe/London") == "2025-02-05 23:35"),
("err-glasgow-dental-registrations", "3ポイント上がった", "up from 26% two years earlier", "29 - 26 = 3 points", 29 - 26 == 3),
("err-glasgow-dental-registrations", "28マイル(約45キロ)", "a 28-mile trip", "28 × 1.609344 = 45.1 km", round(28 * MILE) == 45),
("err-glasgow-dental-registrations", "120万ポンドで、基金の1割", "a £7,500 \"golden hello\" to up to 160 dentists", "7,500 × 160 = 1,200,000; 1.2 / 12 = 10%", 7500 * 160 == 1_200_000 and round(1.2 / 12, 2) == 0.1),
("err-glasgow-dental-registrations", "2025年4月〜2026年3月", "the 2025-26 budget", "Scottish budget year 2025-26 = April 2025 – March 2026", True),
("err-glasgow-dental-registrations", "治療費の8割", "pay 80% of the cost", "80% → 8割", True),
("err-kobe-houmon-shika", "66カ所(約8%)減った", "2024年には746カ所に減った", "812 - 746 = 66; 66 / 812 = 8.1% → 約8%", 812 - 746 == 66 and round(100 * 66 / 812) == 8),
("err-kobe-houmon-shika", "10年で", "2014年の812カ所から", "2024 - 2014 = 10", 2024 - 2014 == 10),
("err-kobe-houmon-shika", "全体の約2割", "168カ所にとどまる", "168 / 746 = 22.5% → 約2割", round(168 / 746, 1) == 0.2),
("err-kobe-houmon-shika", "残る578カ所", "168カ所にとどまる", "746 - 168 = 578", 746 - 168 == 578),
("err-kobe-houmon-shika", "4.6%、約4300人", "その4.6%だった", "93,400 × 0.046 = 4,296 → 約4300人", round(93400 * 0.046, -2) == 4300),
("err-kobe-houmon-shika", "約1.4倍", "延べ3万件まで増やす", "30,000 / 21,800 = 1.38 → 約1.4倍", round(30000 / 21800, 1) == 1.4),
("err-kobe-houmon-shika", "8200件増やす", "延べ3万件まで増やす", "30,000 - 21,800 = 8,200", 30000 - 21800 == 8200),
("err-kobe-houmon-shika", "13日(木)", "神戸市は13日", "2025-02-13 is a Thursday", weekday("2025-02-13") == "Thu"),
("err-kobe-houmon-shika", "6月2日(月)", "6月2日に始まり", "2025-06-02 is a Monday", weekday("2025-06-02") == "Mon"),
("err-kobe-houmon-shika", "年60人分", "年3回、各回20人を定員", "3 × 20 = 60", 3 * 20 == 60),
("err-kobe-houmon-shika", "40カ所分の6000万円", "上限150万円を40カ所", "150万 × 40 = 6000万", 150 * 40 == 6000),
("err-koeln-zahnarzt-termine", "約2.3倍", "2019 waren es noch 3,1 Wochen", "7.2 / 3.1 = 2.32 → 約2.3倍", round(7.2 / 3.1, 1) == 2.3),
("err-koeln-zahnarzt-termine", "4日に公表", "am Mittwoch um 11 Uhr", "article dated Thu 2024-09-05; 'am Mittwoch' = 2024-09-04", prev_weekday("2024-09-05", "Wed") == "2024-09-04"),
("err-koeln-zahnarzt-termine", "日本時間同日午後6時", "am Mittwoch um 11 Uhr", "11:00 CEST (UTC+2) → 18:00 JST same day", jst("2024-09-04 11:00", "Europe/Berlin") == "2024-09-04 18:00"),
("err-koeln-zahnarzt-termine", "10年で170人、約12%減った", "von 1.410 im Jahr 2014 auf 1.240", "1,410 - 1,240 = 170; 170 / 1,410 = 12.1%; 2024 - 2014 = 10", 1410 - 1240 == 170 and round(100 * 170 / 1410) == 12),
("err-koeln-zahnarzt-termine", "31%、約380人", "31 Prozent sind älter als 60", "1,240 × 0.31 = 384 → 約380人", round(1240 * 0.31, -1) == 380),
("err-koeln-zahnarzt-termine", "70人以上", "für gut die Hälfte davon", "146 / 2 = 73 → 半数強、70人以上", 146 / 2 > 70),
("err-koeln-zahnarzt-termine", "計200万ユーロ", "Gefördert werden zunächst 40 Praxen", "40 × 50,000 = 2,000,000", 40 * 50000 == 2_000_000),
("err-koeln-zahnarzt-termine", "年平均70万ユーロ", "3,5 Millionen Euro über fünf Jahre", "3.5 / 5 = 0.7 million", 3.5 / 5 == 0.7),
("err-koeln-zahnarzt-termine", "残り150万ユーロ", "der Rest soll in Stipendien", "3.5 - 2.0 = 1.5 million", 3.5 - 2.0 == 1.5),
("err-koeln-zahnarzt-termine", "約5500人", "bei 14,2 Prozent war eine Behandlung nötig", "38,500 × 0.142 = 5,467 → 約5500人", round(38500 * 0.142, -2) == 5500),
("err-koeln-zahnarzt-termine", "2.4ポイント上がった", "lag der Anteil bei 11,8 Prozent", "14.2 - 11.8 = 2.4 points", round(14.2 - 11.8, 1) == 2.4),
("err-koeln-zahnarzt-termine", "2025年1〜3月期", "im ersten Quartal 2025", "erstes Quartal = January–March", quarter_months(1) == "1〜3月"),
("err-lagos-dental-levy", "10日(火)午後9時", "ended at 9pm on Tuesday", "article dated Thu 2024-12-12; the Tuesday before = 2024-12-10", prev_weekday("2024-12-12", "Tue") == "2024-12-10"),
("err-lagos-dental-levy", "日本時間11日午前5時", "ended at 9pm on Tuesday", "2024-12-10 21:00 WAT (UTC+1) → 2024-12-11 05:00 JST", jst("2024-12-10 21:00", "Africa/Lagos") == "2024-12-11 05:00"),
("err-lagos-dental-levy", "約21億6600万ナイラ", "about N38 million", "57 × 38,000,000 = 2,166,000,000", 57 * 38_000_000 == 2_166_000_000),
("err-lagos-dental-levy", "4割強", "about N2.1 billion a year", "2.1 / 4.8 = 43.75% → 4割強", 0.4 < 2.1 / 4.8 < 0.45),
("err-lagos-dental-levy", "残る27億ナイラ", "The balance of the programme", "4.8 - 2.1 = 2.7 billion", round(4.8 - 2.1, 1) == 2.7),
("err-lagos-dental-levy", "年平均23人", "46 dentists had left state service over the past two years", "46 / 2 = 23", 46 / 2 == 23),
("err-lagos-dental-levy", "50センチリットル(0.5リットル)", "a 50cl bottle", "50 cl = 0.5 l", 50 / 100 == 0.5),
("err-lagos-dental-levy", "1人720万ナイラ", "N150,000 a month", "150,000 × 12 × 4 = 7,200,000", 150000 * 12 * 4 == 7_200_000),
("err-lagos-dental-levy", "2025年1〜3月期", "in the first quarter", "first quarter (of 2025) = January–March", quarter_months(1) == "1〜3月"),
("err-lagos-dental-levy", "約4万人に1人", "about 380 registered dentists", "15,000,000 / 380 = 39,474 → 約4万人", round(15e6 / 380, -4) == 40000),
("err-leeds-dental-waiting", "10日に公表", "said on Monday", "article dated Tue 2024-06-11; 'on Monday' = 2024-06-10", prev_weekday("2024-06-11", "Mon") == "2024-06-10"),
("err-leeds-dental-waiting", "3割近く", "14,600 are children", "14,600 / 52,300 = 0.279 → 3割近く", 0.27 < 14600 / 52300 < 0.30),
("err-leeds-dental-waiting", "約28%", "14,600 are children", "14,600 / 52,300 = 27.9% → 約28%", round(100 * 14600 / 52300) == 28),
("err-leeds-dental-waiting", "87週間(約1年8カ月)", "87 weeks", "87 × 7 / 30.44 = 20.0 months = 1 year 8 months", round(87 * 7 / 30.44) == 20),
("err-leeds-dental-waiting", "51人(約12%)減", "from 412 in 2019 to 361", "412 - 361 = 51; 51 / 412 = 12.4%", 412 - 361 == 51 and round(100 * 51 / 412) == 12),
("err-leeds-dental-waiting", "2024年4月〜2025年3月", "the 2024-25 financial year", "UK 2024-25 financial year = April 2024 – March 2025", True),
("err-leeds-dental-waiting", "45マイル(約72キロ)", "driving 45 miles", "45 × 1.609344 = 72.4 km", round(45 * MILE) == 72),
("err-leeds-dental-waiting", "420万ポンド(約2割)", "£4.2 million", "4.2 / 18.5 = 0.227 → 約2割", 0.2 <= 4.2 / 18.5 < 0.25),
("err-leeds-dental-waiting", "9カ月で2万1600件", "2,400 emergency appointments a month from July", "July–March = 9 months; 2,400 × 9 = 21,600", 2400 * 9 == 21600),
("err-leeds-dental-waiting", "残る1430万ポンド", "£18.5 million", "18.5 - 4.2 = 14.3", round(18.5 - 4.2, 1) == 14.3),
("err-leeds-dental-waiting", "24日(月)午前8時30分(英国時間)", "8.30am on Monday 24 June", "2024-06-24 is a Monday; time kept in UK time, labelled", weekday("2024-06-24") == "Mon"),
("err-leeds-dental-waiting", "37万5000ポンド", "£15,000", "15,000 × 25 = 375,000", 15000 * 25 == 375000),
("err-leeds-dental-waiting", "13日(木)", "on Thursday", "next Thursday after Tue 2024-06-11 = 2024-06-13", next_weekday("2024-06-11", "Thu") == "2024-06-13"),
("err-liege-soins-dentaires", "13.7ポイントの低下", "Ils étaient 52,1 % en 2015", "52.1 - 38.4 = 13.7 points", round(52.1 - 38.4, 1) == 13.7),
("err-liege-soins-dentaires", "10年で", "Ils étaient 52,1 % en 2015", "2025 - 2015 = 10", 2025 - 2015 == 10),
("err-liege-soins-dentaires", "保健相(48)は13日", "a présenté lundi", "article dated Wed 2025-01-15; 'lundi' = 2025-01-13", prev_weekday("2025-01-15", "Mon") == "2025-01-13"),
("err-liege-soins-dentaires", "日本時間同日午後10時30分", "lundi à 14 h 30", "14:30 CET (UTC+1) → 22:30 JST same day", jst("2025-01-13 14:30", "Europe/Brussels") == "2025-01-13 22:30"),
("err-liege-soins-dentaires", "約1350人に1人", "812 dentistes en activité pour environ 1,1 million", "1,100,000 / 812 = 1,355 → 約1350人", round(1.1e6 / 812, -1) == 1350),
("err-liege-soins-dentaires", "70の診療所", "auprès de septante cabinets", "Belgian 'septante' = 70", True),
("err-liege-soins-dentaires", "約1.6倍", "demandent 45 euros ou davantage", "45 / 27.56 = 1.63 → 約1.6倍", round(45 / 27.56, 1) == 1.6),
("err-liege-soins-dentaires", "総額は100万ユーロ", "La Région vise quarante installations", "40 × 25,000 = 1,000,000", 40 * 25000 == 1_000_000),
("err-liege-soins-dentaires", "約5400人", "Un enfant sur quatre", "21,600 / 4 = 5,400", 21600 / 4 == 5400),
("err-liege-soins-dentaires", "約5800人", "27 % présentaient au moins une carie", "21,600 × 0.27 = 5,832 → 約5800人", round(21600 * 0.27, -2) == 5800),
("err-liege-soins-dentaires", "16日(木)", "se réunira jeudi", "next Thursday after Wed 2025-01-15 = 2025-01-16", next_weekday("2025-01-15", "Thu") == "2025-01-16"),
("err-liege-soins-dentaires", "4〜6月期の終わり", "la fin du deuxième trimestre", "deuxième trimestre = April–June", quarter_months(2) == "4〜6月"),
("err-luzern-zahnpflege-zuschuss", "州議会は18日", "am Dienstag", "article dated Thu 2025-03-20; 'am Dienstag' = 2025-03-18", prev_weekday("2025-03-20", "Tue") == "2025-03-18"),
("err-luzern-zahnpflege-zuschuss", "日本時間19日午前0時45分", "endete um 16.45 Uhr", "2025-03-18 16:45 CET (UTC+1) → 2025-03-19 00:45 JST", jst("2025-03-18 16:45", "Europe/Zurich") == "2025-03-19 00:45"),
("err-luzern-zahnpflege-zuschuss", "対象の約4分の3", "rund 7500 Kinder", "7,500 / 9,800 = 76.5% → 約4分の3", abs(7500 / 9800 - 0.75) < 0.02),
("err-luzern-zahnpflege-zuschuss", "約2300人は申請しない", "Rund 9800 Kinder", "9,800 - 7,500 = 2,300", 9800 - 7500 == 2300),
("err-luzern-zahnpflege-zuschuss", "治療費の5割", "die Hälfte der Kosten", "Hälfte → 5割", True),
("err-luzern-zahnpflege-zuschuss", "予算の5%弱", "rund 110'000 Franken pro Jahr", "110,000 / 2,400,000 = 4.6% → 5%弱", 0.04 < 110000 / 2.4e6 < 0.05),
("err-luzern-zahnpflege-zuschuss", "4万5000フラン", "unter 45'000 Franken", "Swiss 45'000 = 4万5000", True),
("err-luzern-zahnpflege-zuschuss", "11週間", "elf Wochen", "elf → 11", True),
("err-nakuru-dentist-shortage", "郡政府は8日", "said on Tuesday", "article dated Wed 2024-10-09; 'on Tuesday' = 2024-10-08", prev_weekday("2024-10-09", "Tue") == "2024-10-08"),
("err-nakuru-dentist-shortage", "約1万7800人", "37% had at least one decayed tooth", "48,000 × 0.37 = 17,760 → 約1万7800人", round(48000 * 0.37, -2) == 17800),
("err-nakuru-dentist-shortage", "動いているのは22台", "nine are out of service", "31 - 9 = 22", 31 - 9 == 22),
("err-nakuru-dentist-shortage", "6〜10倍", "between Sh3,000 and Sh5,000", "3,000 / 500 = 6; 5,000 / 500 = 10", (3000 / 500, 5000 / 500) == (6, 10)),
("err-nakuru-dentist-shortage", "日本時間同日午後3時", "at 9am on Monday", "09:00 EAT (UTC+3) → 15:00 JST same day", jst("2024-10-14 09:00", "Africa/Nairobi") == "2024-10-14 15:00"),
("err-nakuru-dentist-shortage", "14日(月)", "on Monday", "next Monday after Wed 2024-10-09 = 2024-10-14", next_weekday("2024-10-09", "Mon") == "2024-10-14"),
("err-nakuru-dentist-shortage", "11月4日", "close after 21 days", "2024-10-14 + 21 days = 2024-11-04", add_days("2024-10-14", 21) == "2024-11-04"),
("err-nakuru-dentist-shortage", "2024年7月〜2025年6月", "the 2024/25 financial year", "Kenyan financial year 2024/25 = July 2024 – June 2025", True),
("err-nakuru-dentist-shortage", "2800万シリング(約3割)", "Sh28 million", "28 / 96 = 29% → 約3割", round(28 / 96, 1) == 0.3),
("err-nakuru-dentist-shortage", "残りは6800万シリング", "Sh96 million", "96 - 28 = 68", 96 - 28 == 68),
("err-nakuru-dentist-shortage", "1校あたり平均400人", "48,000 pupils in 120 public primary schools", "48,000 / 120 = 400", 48000 / 120 == 400),
("err-otago-rural-dentists", "20日に発表", "announced on Wednesday", "article dated Thu 2024-11-21; 'on Wednesday' = 2024-11-20", prev_weekday("2024-11-21", "Wed") == "2024-11-20"),
("err-otago-rural-dentists", "計135万ドル", "30 places a year", "30 × 45,000 = 1,350,000", 30 * 45000 == 1_350_000),
("err-otago-rural-dentists", "約1150人", "214 practising dentists for a population of about 246,000", "246,000 / 214 = 1,149.5 → 約1150人", round(246000 / 214, -1) == 1150),
("err-otago-rural-dentists", "5ポイント上がった", "up from 39%", "44 - 39 = 5 points", 44 - 39 == 5),
("err-otago-rural-dentists", "約232ドル", "up 23% in five years", "285 / 1.23 = 231.7 → 約232ドル", round(285 / 1.23) == 232),
("err-otago-rural-dentists", "6倍以上", "more than $1,800", "1,800 / 285 = 6.3 → 6倍以上", 1800 / 285 > 6),
("err-otago-rural-dentists", "2万4000ドル(年8000ドル)", "$24,000 over three years", "24,000 / 3 = 8,000", 24000 / 3 == 8000),
("err-otago-rural-dentists", "1年半", "for 18 months", "18 months = 1.5 years", 18 / 12 == 1.5),
("err-otago-rural-dentists", "約7割にあたる約41人", "71% of its graduates", "58 × 0.71 = 41.2 → 約41人; 71% → 約7割", round(58 * 0.71) == 41),
("err-otago-rural-dentists", "12月2日(月)", "on December 2", "2024-12-02 is a Monday", weekday("2024-12-02") == "Mon"),
]

SLIPS = [
("err-brisbane-school-dental", "12日", "mismatch", "error", "a day off for a relative weekday ('announced on Tuesday')", "article dated Wed 2024-08-14; Tuesday = 13日", prev_weekday("2024-08-14", "Tue") == "2024-08-13"),
("err-brisbane-school-dental", "2024年4月〜2025年3月", "mismatch", "error", "wrong fiscal year (Australian financial year runs July–June)", "2024年7月〜2025年6月", True),
("err-brisbane-school-dental", "2008年", "unsupported", "warning", "invented start year of the school programme (the source gives none)", "(no year in the source)", True),
("err-cordoba-odontologia-escolar", "13日", "mismatch", "error", "a day off for a relative weekday ('anunció el jueves')", "article dated Fri 2024-11-15; el jueves = 14日", prev_weekday("2024-11-15", "Thu") == "2024-11-14"),
("err-cordoba-odontologia-escolar", "1億8500万ペソ", "mismatch", "error", "scale slip (1.850 millones = 18億5000万)", "1,850,000,000 → 18億5000万ペソ", 1850 * 10**6 == 1_850_000_000),
("err-cordoba-odontologia-escolar", "PPSB", "name", "warning", "abbreviation the source never gives for the Programa Provincial de Salud Bucal", "(no abbreviation in the source)", True),
("err-cork-medical-card-dental", "448人", "mismatch", "error", "wrong difference (1,410 → 862)", "1,410 - 862 = 548人", 1410 - 862 == 548),
("err-cork-medical-card-dental", "3日午前0時50分", "mismatch", "error", "Japan time without the day shift", "Thu 2024-10-03 16:50 IST (UTC+1) → 2024-10-04 00:50 JST (4日午前0時50分)", jst("2024-10-03 16:50", "Europe/Dublin") == "2024-10-04 00:50"),
("err-cork-medical-card-dental", "2024.10.04", "citation", "warning", "Japan-time date in the citation", "2024.10.03 (published 2024-10-03 20:30 IST)", True),
("err-glasgow-dental-registrations", "119日", "mismatch", "error", "wrong duration between two dates", "2024-10-14 → 2025-01-31 = 109日", days_between("2024-10-14", "2025-01-31") == 109),
("err-glasgow-dental-registrations", "(72)", "mismatch", "error", "wrong age (Agnes Kerr, 82)", "(82)", True),
("err-glasgow-dental-registrations", "マクロード", "spelling", "warning", "second katakana spelling of Shona MacLeod (first マクラウド)", "マクラウド", True),
("err-kobe-houmon-shika", "1.2ポイント", "mismatch", "error", "wrong difference (job-offer ratio 5.4 → 6.2)", "6.2 - 5.4 = 0.8ポイント", round(6.2 - 5.4, 1) == 0.8),
("err-kobe-houmon-shika", "2025年1〜12月", "mismatch", "error", "wrong fiscal year (Japanese 2025年度 runs April–March)", "2025年4月〜2026年3月", True),
("err-kobe-houmon-shika", "約1200人", "unsupported", "warning", "invented count of dentists in the city (the source gives none)", "(no count of dentists in the source)", True),
("err-koeln-zahnarzt-termine", "3万5800人", "mismatch", "error", "changed digits (38.500 children examined)", "3万8500人", True),
("err-koeln-zahnarzt-termine", "7〜9月期", "mismatch", "error", "wrong quarter ('ab dem vierten Quartal')", "10〜12月期", quarter_months(4) == "10〜12月"),
("err-koeln-zahnarzt-termine", "ホーフマイスター", "spelling", "warning", "second katakana spelling of Katrin Hoffmeister (first ホフマイスター)", "ホフマイスター", True),
("err-lagos-dental-levy", "54億ナイラ", "mismatch", "error", "wrong sum of the three parts", "1.2 + 2.2 + 1.4 = 4.8 billion → 48億ナイラ", round(1.2 + 2.2 + 1.4, 1) == 4.8),
("err-lagos-dental-levy", "約2倍", "mismatch", "error", "wrong multiple (85,000 → 260,000 pupils)", "260,000 / 85,000 = 3.06 → 約3倍", round(260 / 85) == 3),
("err-lagos-dental-levy", "オルセグン・アキンデ", "name", "warning", "a governor the source never names", "(the source names no governor)", True),
("err-leeds-dental-waiting", "約4万5000人", "mismatch", "error", "wrong prior-year level", "52,300 / 1.09 = 47,982 → 約4万8000人", round(52300 / 1.09) == 47982),
("err-leeds-dental-waiting", "7%", "mismatch", "error", "percent written for percentage points", "62% vs 55% → 7ポイント", 62 - 55 == 7),
("err-leeds-dental-waiting", "アッシュワース", "spelling", "warning", "second katakana spelling of Helen Ashworth (first アシュワース)", "アシュワース", True),
("err-liege-soins-dentaires", "年400万ユーロ", "mismatch", "error", "wrong per-year figure (12 million over four years)", "12 / 4 = 3 → 年300万ユーロ", 12 / 4 == 3),
("err-liege-soins-dentaires", "60〜120日", "mismatch", "error", "wrong range end ('entre 60 et nonante jours')", "60〜90日", True),
("err-liege-soins-dentaires", "約450カ所", "unsupported", "warning", "invented count of dental practices (the source gives none)", "(no count of practices in the province)", True),
("err-luzern-zahnpflege-zuschuss", "約480フラン", "mismatch", "error", "wrong per-child figure", "2,400,000 / 7,500 = 320 → 1人あたり約320フラン", 2.4e6 / 7500 == 320),
("err-luzern-zahnpflege-zuschuss", "2.5%", "mismatch", "error", "percent written for percentage points", "18.6 - 16.1 = 2.5ポイント", round(18.6 - 16.1, 1) == 2.5),
("err-luzern-zahnpflege-zuschuss", "https://www.seetaler-rundschau.example/kanton/kantonsrat-zahnarzt-zuschuss-familien-2-4-millionen?utm_source=newsletter&utm_medium=email&utm_campaign=morgenbrief&utm_content=topstory", "citation", "warning", "newsletter tracking parameters left on the URL", "https://www.seetaler-rundschau.example/kanton/kantonsrat-zahnarzt-zuschuss-familien-2-4-millionen", True),
("err-nakuru-dentist-shortage", "4億5360万シリング", "mismatch", "error", "scale slip ×10 on the derived annual payroll", "18 × 210,000 × 12 = 45,360,000 → 4536万シリング", 18 * 210000 * 12 == 45_360_000),
("err-nakuru-dentist-shortage", "4ポイント低下", "mismatch", "error", "direction flipped (decay rose from 33% to 37%)", "4ポイント上昇", 37 - 33 == 4),
("err-nakuru-dentist-shortage", "Nakuru Star", "citation", "warning", "wrong outlet in the citation", "Nakuru County Star", True),
("err-otago-rural-dentists", "約6割", "mismatch", "error", "wrong share (9 of 23 towns)", "9 / 23 = 39% → 約4割", round(9 / 23, 1) == 0.4),
("err-otago-rural-dentists", "午前10時", "mismatch", "error", "Japan time off by an hour (NZ summer time ignored)", "13:00 NZDT (UTC+13) → 09:00 JST same day (午前9時)", jst("2024-11-20 13:00", "Pacific/Auckland") == "2024-11-20 09:00"),
("err-otago-rural-dentists", "SLHA", "name", "warning", "abbreviation the source never gives for the Southern Lakes Health Authority", "(no abbreviation in the source)", True),
]


LANG_COUNTS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARNING_KINDS = {"unsupported", "name", "spelling", "citation"}
HEADER_RE = re.compile(r"^(?P<headline>.+?)(?P<y>\d{4})年(?P<m>\d{2})月(?P<d>\d{2})日 (?P<H>\d{2}):(?P<M>\d{2})$")
CREDIT_RE = re.compile(r"^国立国会図書館デジタルコレクション「[^」]+」を加工して作成$")


def yoten_cmd():
    exe = os.environ.get("YOTEN") or shutil.which("yoten") or "/tmp/bcv439/bin/yoten"
    return exe


def body_size(meta, paras):
    text = "\n".join(p[3:] if p.startswith("## ") else p for p in paras)
    if meta["lang"] == "ja":
        return len(re.sub(r"\s", "", text)), "chars"
    return len(re.findall(r"\S+", text)), "words"


def check_html(name, meta, html_text, errors):
    if html_text != gen.build(name):
        errors.append(f"{name}: source.html is stale (run gen.py)")
    t = re.search(r"<title>(.*?)</title>", html_text).group(1)
    import html as _h
    t = _h.unescape(t)
    if t not in (meta["title"] + " - " + meta["outlet"], meta["title"] + " | " + meta["outlet"]):
        errors.append(f"{name}: <title> is {t!r}")
    needles = ['property="og:site_name"', 'property="og:title"', 'rel="canonical"',
               'property="article:published_time"', '"@type": "NewsArticle"', "<nav",
               "cookie", "<footer", "<article"]
    for n in needles:
        if n not in html_text:
            errors.append(f"{name}: source.html lacks {n}")
    if len(meta["related"]) < 3:
        errors.append(f"{name}: fewer than 3 related links")


def main():
    tables = "--tables" in sys.argv
    errors = []
    specs = sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if specs != cases:
        errors.append(f"specs and cases differ: {set(specs) ^ set(cases)}")
    langs, kinds, sev = {}, {}, {}
    n_clean = n_err = 0
    lines = []
    for name in cases:
        d = HERE / "cases" / name
        meta, paras = gen.parse_spec(HERE / "specs" / f"{name}.txt")
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        html_text = (d / "source.html").read_text(encoding="utf-8")
        check_html(name, meta, html_text, errors)
        langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
        is_clean = name.startswith("clean-")
        if exp["clean"] != is_clean:
            errors.append(f"{name}: clean flag {exp['clean']} does not match the name")
        f = exp["findings"]
        if is_clean:
            n_clean += 1
            if f:
                errors.append(f"{name}: clean case with findings")
        else:
            n_err += 1
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                errors.append(f"{name}: expected 2 error + 1 warning, got {f}")
            if any(x["kind"] != "mismatch" for x in errs):
                errors.append(f"{name}: error findings must be kind mismatch")
            if any(x["kind"] not in WARNING_KINDS for x in warns):
                errors.append(f"{name}: unexpected warning kind")
        for x in f:
            kinds[x["kind"]] = kinds.get(x["kind"], 0) + 1
            sev[x["severity"]] = sev.get(x["severity"], 0) + 1
            c = digest.count(x["span"])
            if c != 1:
                errors.append(f"{name}: span {x['span']!r} occurs {c} times in digest")
        # parse
        r = subprocess.run([yoten_cmd(), "parse", str(d / "digest.txt")], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"{name}: yoten parse failed: {r.stderr.strip()[:200]}")
            continue
        p = json.loads(r.stdout)
        ov = p["overview"]
        if not (p["headline"] and p["image_credit"] and ov["lead"] and ov["highlights"] and ov["context"]):
            errors.append(f"{name}: overview incomplete")
        tops = p["details"]["topics"] + p["key_points"]
        if not p["details"]["topics"] or not p["key_points"] or any(not t["sections"] for t in tops):
            errors.append(f"{name}: 詳細/要点 topics or sections missing")
        first = digest.split("\n", 3)
        m = HEADER_RE.match(first[0])
        if not m or not CREDIT_RE.match(first[2]):
            errors.append(f"{name}: header line or image credit malformed")
        else:
            posted = datetime(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"]), int(m["M"]), tzinfo=JST)
            if posted <= datetime.fromisoformat(meta["published"]):
                errors.append(f"{name}: posted before the source was published")
        if not re.search(r"\(\d{1,3}\)", digest):
            errors.append(f"{name}: no age written as (NN)")
        # sizes
        n_chars = len(digest)
        if not 2000 <= n_chars <= 4500:
            errors.append(f"{name}: digest has {n_chars} characters")
        size, unit = body_size(meta, paras)
        lo, hi = (900, 1600) if unit == "chars" else (450, 800)
        if not lo <= size <= hi:
            errors.append(f"{name}: source has {size} {unit}")
        # citation
        srcs = p["sources"]
        local_date = datetime.fromisoformat(meta["published"]).astimezone(ZoneInfo(meta["zone"])).date().isoformat()
        want = {"title": " ".join(meta["title"].split()), "outlet": meta["outlet"],
                "date": local_date, "url": meta["url"]}
        cit_spans = [x["span"] for x in f if x["kind"] == "citation"]
        if len(srcs) != 1:
            errors.append(f"{name}: {len(srcs)} sources")
        else:
            got = dict(srcs[0])
            got["title"] = " ".join(got["title"].split())
            bad = [k for k in want if got[k] != want[k]]
            shown = {k: got[k] if k != "date" else got[k].replace("-", ".") for k in bad}
            if cit_spans:
                if len(bad) != 1 or shown[bad[0]] != cit_spans[0]:
                    errors.append(f"{name}: citation slip does not match its span ({bad})")
            elif bad:
                errors.append(f"{name}: citation differs in {bad}: {got}")
        lines.append(f"{name:36} {meta['lang']}  {meta['published'][-6:]}  digest {n_chars:4} chars  "
                     f"source {size:4} {unit:5}  findings {len(f)}  parse ok")
    # counts
    if len(cases) != 24 or n_clean != 12 or n_err != 12:
        errors.append(f"counts: {len(cases)} cases, {n_clean} clean, {n_err} err")
    if langs != LANG_COUNTS:
        errors.append(f"languages: {langs}")
    # derived values
    texts = {n: ((HERE / "cases" / n / "digest.txt").read_text(encoding="utf-8"),
                 (HERE / "specs" / f"{n}.txt").read_text(encoding="utf-8")) for n in cases}
    n_trap = {}
    for case, dig, src, note, ok in TRAPS:
        n_trap[case] = n_trap.get(case, 0) + 1
        if dig not in texts[case][0]:
            errors.append(f"trap {case}: {dig!r} not in digest")
        if src not in texts[case][1]:
            errors.append(f"trap {case}: {src!r} not in source")
        if not ok:
            errors.append(f"trap {case}: arithmetic fails for {dig!r} ({note})")
    for n in cases:
        if n.startswith("clean-") and n_trap.get(n, 0) < 8:
            errors.append(f"{n}: only {n_trap.get(n, 0)} derived values listed")
        if n.startswith("err-") and n_trap.get(n, 0) < 4:
            errors.append(f"{n}: only {n_trap.get(n, 0)} correct derived values listed")
    slip_spans = {(c, s) for c, s, *_ in SLIPS}
    for n in cases:
        exp = json.loads((HERE / "cases" / n / "expected.json").read_text(encoding="utf-8"))
        for x in exp["findings"]:
            if (n, x["span"]) not in slip_spans:
                errors.append(f"{n}: finding {x['span']!r} not documented in SLIPS")
    for case, span, kind, severity, what, correct, ok in SLIPS:
        if not ok:
            errors.append(f"slip {case}: arithmetic for the correct value fails")
    if tables:
        print_tables(cases, sys.argv[sys.argv.index("--tables") + 1])
        return 1 if errors else 0
    for line in lines:
        print(line)
    print(f"cases {len(cases)}: clean {n_clean}, err {n_err}; languages " +
          ", ".join(f"{k} {langs.get(k, 0)}" for k in LANG_COUNTS))
    print("planted findings: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) +
          "; " + ", ".join(f"{k} {v}" for k, v in sorted(sev.items())))
    print(f"derived values checked: {len(TRAPS)} (clean {sum(v for k, v in n_trap.items() if k.startswith('clean-'))}, "
          f"err {sum(v for k, v in n_trap.items() if k.startswith('err-'))}); slips checked: {len(SLIPS)}")
    if errors:
        for e in errors:
            print("FAIL", e)
        return 1
    print("OK: all checks passed")
    return 0


def print_tables(cases, part):
    """README tables: part is clean (Clean traps), slips (Planted findings) or err."""
    def cell(s):
        return str(s).replace("|", "\\|")
    if part == "slips":
        print("| case | span | kind / severity | slip | correct value |")
        print("|---|---|---|---|---|")
        for case, span, kind, severity, what, correct, _ok in SLIPS:
            print(f"| {case} | `{cell(span)}` | {kind} / {severity} | {cell(what)} | {cell(correct)} |")
        return
    for n in cases:
        if not n.startswith(part + "-"):
            continue
        rows = [t for t in TRAPS if t[0] == n]
        print(f"\n#### {n} ({len(rows)})\n")
        print("| value in the digest | source text | arithmetic |")
        print("|---|---|---|")
        for _, dig, src, note, _ok in rows:
            print(f"| {cell(dig)} | {cell(src)} | {cell(note)} |")


if __name__ == "__main__":
    sys.exit(main())
