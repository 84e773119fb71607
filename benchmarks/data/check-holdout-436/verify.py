#!/usr/bin/env python3
"""Check the check-holdout-436 set without running the checker.

    python3 verify.py               # all checks; exit 1 on any failure
    python3 verify.py --traps-md    # print the derived-value tables for README.md

Checks: 24 cases (12 clean, 12 err); languages 14 en / 3 fr / 3 de / 2 es / 2 ja;
source sizes (450-800 words, ja 900-1,600 characters); digest sizes (2,000-4,500
characters); `yoten parse` succeeds on every digest; expected.json shape (clean:
no findings; err: 2 mismatch/error + 1 warning); every span verbatim and unique
in its digest; the citation (title, outlet, local date, canonical URL) agrees with
the spec except where a citation finding says otherwise; Latin names in
parentheses stand in the source (except `name` findings); weekday labels and
the post time; every derived value listed below stands in its digest and its
arithmetic holds; source.html is what gen.py renders and carries the page
furniture.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

WD = "月火水木金土日"
TOKYO = ZoneInfo("Asia/Tokyo")


def wd(y, m, d):
    return WD[date(y, m, d).weekday()]


def jst(y, m, d, hh, mm, zone):
    t = datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(zone)).astimezone(TOKYO)
    return (t.month, t.day, t.hour, t.minute)


def days(a, b):
    return (date(*b) - date(*a)).days


MI, LB, ST = 1.609344, 0.45359237, 6.35029318


def f2c(f):
    return (f - 32) * 5 / 9


def r(x, n=0):
    return round(x, n)


# (case, text that stands in the digest, python check, arithmetic shown in README)
CLEAN_TRAPS = [
    # clean-en-clinic-fees
    ("clean-en-clinic-fees", "16ドル、約26%上昇", "78-62 == 16 and r((78-62)/62*100) == 26", "$78 − $62 = $16; 16 / 62 = 25.8% → 約26%"),
    ("clean-en-clinic-fees", "4分の3", "21/28 == 0.75", "21 of 28 clinics = 0.75 → 4分の3"),
    ("clean-en-clinic-fees", "6.9ポイント", "r(9.3-2.4, 1) == 6.9", "9.3% − 2.4% = 6.9 percentage points"),
    ("clean-en-clinic-fees", "約1.6倍", "r(640/410, 1) == 1.6", "$640 / $410 = 1.56 → 約1.6倍"),
    ("clean-en-clinic-fees", "230ドル上がった", "640-410 == 230", "$640 − $410 = $230"),
    ("clean-en-clinic-fees", "8人減った", "104-96 == 8", "104 − 96 = 8 vets"),
    ("clean-en-clinic-fees", "38マイル(約61キロ)", "r(38*MI) == 61", "38 mi × 1.609 = 61.2 km → 約61キロ"),
    ("clean-en-clinic-fees", "14日(月曜)", "wd(2025,4,14) == '月'", "\"released Monday\" in a Wednesday 16 Apr article → Mon 14 Apr"),
    ("clean-en-clinic-fees", "17日(木曜)午後6時30分(米東部夏時間、日本時間18日午前7時30分)", "wd(2025,4,17) == '木' and jst(2025,4,17,18,30,'America/New_York') == (4,18,7,30)", "\"6:30 p.m. on Thursday\" → Thu 17 Apr 18:30 EDT (UTC−4) = 18 Apr 07:30 JST"),
    ("clean-en-clinic-fees", "約5人に1人", "True", "\"about one in five\" → 約5人に1人 (reformatted)"),
    ("clean-en-clinic-fees", "ノーザン・バレー獣医師会(NVVMA)", "True", "abbreviation the source gives: Northern Valley Veterinary Medical Association (NVVMA)"),
    ("clean-en-clinic-fees", "2025.04.16", "True", "citation date = outlet's local date (21:40 EDT 16 Apr; Japan time would be 17 Apr 10:40)"),
    # clean-en-vet-shortage-australia
    ("clean-en-vet-shortage-australia", "11日(水曜)", "wd(2025,6,11) == '水'", "\"released on Wednesday\" in a Thursday 12 Jun article → Wed 11 Jun"),
    ("clean-en-vet-shortage-australia", "4分の1", "130/520 == 0.25", "130 of 520 practices = 0.25 → 4分の1"),
    ("clean-en-vet-shortage-australia", "157人分、約35%増えた", "612-455 == 157 and r(157/455*100) == 35", "612 − 455 = 157; 157 / 455 = 34.5% → 約35%"),
    ("clean-en-vet-shortage-australia", "約12%にとどまった", "r(96/780*100) == 12", "96 / 780 = 12.3% → 約12%"),
    ("clean-en-vet-shortage-australia", "11時間長い", "54-43 == 11", "54 h − 43 h = 11 h"),
    ("clean-en-vet-shortage-australia", "2025〜26年度(2025年7月〜2026年6月)", "True", "Australian state budget year 2025-26 = July 2025 – June 2026"),
    ("clean-en-vet-shortage-australia", "1860万豪ドル(年平均465万豪ドル)", "18.6e6/4 == 4.65e6", "A$18.6 million / 4 years = A$4.65 million a year"),
    ("clean-en-vet-shortage-australia", "最大620人分", "r(18.6e6/30000) == 620", "A$18.6 million / A$30,000 = 620 grants"),
    ("clean-en-vet-shortage-australia", "13日(金曜)午前10時(日本時間同日午前9時)", "wd(2025,6,13) == '金' and jst(2025,6,13,10,0,'Australia/Sydney') == (6,13,9,0)", "\"10am on Friday\" → Fri 13 Jun 10:00 AEST (UTC+10) = 09:00 JST same day"),
    ("clean-en-vet-shortage-australia", "3分の1が", "True", "\"one in three rural practices\" → 3分の1"),
    ("clean-en-vet-shortage-australia", "2025.06.12", "jst(2025,6,12,0,45,'Australia/Sydney')[:2] == (6,11)", "citation date = local 12 Jun (00:45 AEST); Japan time would be 11 Jun 23:45"),
    # clean-en-rabies-vaccination-india
    ("clean-en-rabies-vaccination-india", "21万匹(2.1ラク)", "2.1*1e5 == 210000", "2.1 lakh = 210,000 → 21万"),
    ("clean-en-rabies-vaccination-india", "約30万匹で、接種できたのは7割", "r(2.1/3.0, 2) == 0.7", "2.1 lakh of 3 lakh = 0.70 → 7割"),
    ("clean-en-rabies-vaccination-india", "27万匹にあたり、6万匹足りなかった", "3e5*0.9 == 270000 and 270000-210000 == 60000", "90% of 3 lakh = 270,000; 270,000 − 210,000 = 60,000"),
    ("clean-en-rabies-vaccination-india", "4200万ルピー(4.2クロール)", "4.2*1e7 == 42000000", "₹4.2 crore = ₹42,000,000 → 4200万ルピー"),
    ("clean-en-rabies-vaccination-india", "1匹あたり200ルピー", "r(4.2e7/2.1e5) == 200", "₹4.2 crore / 2.1 lakh dogs = ₹200"),
    ("clean-en-rabies-vaccination-india", "4600件、約2割減った", "23000-18400 == 4600 and 4600/23000 == 0.2", "23,000 − 18,400 = 4,600; 4,600 / 23,000 = 20%"),
    ("clean-en-rabies-vaccination-india", "26日(金曜)", "wd(2025,9,26) == '金'", "\"ended on Friday\" in a Sunday 28 Sep article → Fri 26 Sep"),
    ("clean-en-rabies-vaccination-india", "約8週間", "r(days((2025,8,4),(2025,9,26))/7) == 8", "4 Aug → 26 Sep = 53 days = 7.6 weeks → 約8週間"),
    ("clean-en-rabies-vaccination-india", "計160人", "40*4 == 160", "40 teams × 4 = 160"),
    ("clean-en-rabies-vaccination-india", "2024〜25年度(2024年4月〜2025年3月)", "True", "Indian financial year 2024-25 = April 2024 – March 2025"),
    ("clean-en-rabies-vaccination-india", "10月1日(水曜)", "wd(2025,10,1) == '水'", "\"will begin on Wednesday\" after Sunday 28 Sep → Wed 1 Oct"),
    ("clean-en-rabies-vaccination-india", "午前7時(インド標準時、日本時間午前10時30分)", "jst(2025,10,1,7,0,'Asia/Kolkata') == (10,1,10,30)", "07:00 IST (UTC+5:30) = 10:30 JST"),
    ("clean-en-rabies-vaccination-india", "二つの動物病院", "True", "\"its two animal hospitals\" → kanji numeral 二つ"),
    ("clean-en-rabies-vaccination-india", "2025.09.28", "jst(2025,9,28,23,50,'Asia/Kolkata')[:2] == (9,29)", "citation date = local 28 Sep (23:50 IST); Japan time would be 29 Sep 03:20"),
    # clean-en-insurance-claims-nz
    ("clean-en-insurance-claims-nz", "1万1400件、2割増えた", "68400-57000 == 11400 and r(68400/57000, 2) == 1.2", "68,400 − 57,000 = 11,400; 68,400 / 57,000 = 1.20"),
    ("clean-en-insurance-claims-nz", "7180万NZドル", "71.8e6 == 71800000", "NZ$71.8 million → 7180万NZドル"),
    ("clean-en-insurance-claims-nz", "約1030万NZドル", "2150*4800 == 10320000", "2,150 × NZ$4,800 = NZ$10.32 million → 約1030万"),
    ("clean-en-insurance-claims-nz", "全体の約3%", "r(2150/68400*100) == 3", "2,150 / 68,400 = 3.1% → 約3%"),
    ("clean-en-insurance-claims-nz", "1件あたり約1050NZドル", "r(71.8e6/68400, -1) == 1050", "NZ$71.8 million / 68,400 = NZ$1,049.7 → 約1050"),
    ("clean-en-insurance-claims-nz", "約3万2500匹", "r(112000*0.29, -2) == 32500", "29% of 112,000 = 32,480 → 約3万2500"),
    ("clean-en-insurance-claims-nz", "5人に2人(4割)", "2/5 == 0.4", "\"two in five\" = 40% → 4割"),
    ("clean-en-insurance-claims-nz", "18日(火曜)", "wd(2025,2,18) == '火'", "\"released on Tuesday\" in a Wednesday 19 Feb article → Tue 18 Feb"),
    ("clean-en-insurance-claims-nz", "20日(木曜)午後7時(NZ夏時間、日本時間同日午後3時)", "wd(2025,2,20) == '木' and jst(2025,2,20,19,0,'Pacific/Auckland') == (2,20,15,0)", "\"7pm on Thursday\" → Thu 20 Feb 19:00 NZDT (UTC+13) = 15:00 JST same day"),
    ("clean-en-insurance-claims-nz", "4分の1", "True", "\"a quarter of those\" → 4分の1"),
    ("clean-en-insurance-claims-nz", "2025.02.19", "jst(2025,2,19,1,30,'Pacific/Auckland')[:2] == (2,18)", "citation date = local 19 Feb (01:30 NZDT); Japan time would be 18 Feb 21:30"),
    # clean-en-shelter-adoptions-uk
    ("clean-en-shelter-adoptions-uk", "410匹、2割増えた", "2460-2050 == 410 and r(2460/2050, 2) == 1.2", "2,460 − 2,050 = 410; 2,460 / 2,050 = 1.20"),
    ("clean-en-shelter-adoptions-uk", "全体の約56%", "r(1380/2460*100) == 56", "1,380 / 2,460 = 56.1%"),
    ("clean-en-shelter-adoptions-uk", "266万ポンド、7割", "r(2.66/3.8, 2) == 0.7", "£2.66m / £3.8m = 0.70 → 7割"),
    ("clean-en-shelter-adoptions-uk", "残る114万ポンド", "r(3.8-2.66, 2) == 1.14", "£3.8m − £2.66m = £1.14m"),
    ("clean-en-shelter-adoptions-uk", "14日長い", "41-27 == 14", "41 days − 27 days = 14"),
    ("clean-en-shelter-adoptions-uk", "11ストーン(約70キロ)", "r(11*ST) == 70", "11 stone × 6.35 kg = 69.9 kg → 約70キロ"),
    ("clean-en-shelter-adoptions-uk", "6マイル(約9.7キロ)", "r(6*MI, 1) == 9.7", "6 mi × 1.609 = 9.66 km → 約9.7キロ"),
    ("clean-en-shelter-adoptions-uk", "10日(金曜)", "wd(2025,1,10) == '金'", "\"approved by the trustees on Friday\" in a Tuesday 14 Jan article → Fri 10 Jan"),
    ("clean-en-shelter-adoptions-uk", "1月25日(土曜)午前10時〜午後3時(現地時間)", "wd(2025,1,25) == '土'", "\"Saturday 25 January, from 10am to 3pm\" kept in local time and labelled"),
    ("clean-en-shelter-adoptions-uk", "昨年8月から", "True", "\"since August\" in a January 2025 article → August 2024 = 昨年8月"),
    ("clean-en-shelter-adoptions-uk", "2025.01.14", "jst(2025,1,14,18,0,'Europe/London')[:2] == (1,15)", "citation date = local 14 Jan (18:00 GMT); Japan time would be 15 Jan 03:00"),
    # clean-en-vet-fees-south-africa
    ("clean-en-vet-fees-south-africa", "80ランド、約15%上がった", "620-540 == 80 and r(80/540*100) == 15", "R620 − R540 = R80; 80 / 540 = 14.8% → 約15%"),
    ("clean-en-vet-fees-south-africa", "約5.5倍", "r((80/540*100)/2.7, 1) == 5.5", "14.8% / 2.7% = 5.49 → 約5.5倍"),
    ("clean-en-vet-fees-south-africa", "2025年1〜3月期", "True", "\"first quarter of 2025\" → 1〜3月期"),
    ("clean-en-vet-fees-south-africa", "53院、つまり4分の1", "53/212 == 0.25", "53 of 212 = 0.25 → 4分の1"),
    ("clean-en-vet-fees-south-africa", "月平均800件", "9600/12 == 800", "9,600 a year / 12 = 800 a month"),
    ("clean-en-vet-fees-south-africa", "最大1500ランドの開き", "3900-2400 == 1500", "R3,900 − R2,400 = R1,500"),
    ("clean-en-vet-fees-south-africa", "22日(木曜)", "wd(2025,5,22) == '木'", "\"on Thursday\" after Tuesday 20 May → Thu 22 May"),
    ("clean-en-vet-fees-south-africa", "今年で38年", "2025-1987 == 38", "founded 1987 → 2025 − 1987 = 38 years"),
    ("clean-en-vet-fees-south-africa", "年約32億ランド", "3.2e9 == 32e8", "R3.2 billion = 32億ランド"),
    ("clean-en-vet-fees-south-africa", "2割高く", "True", "\"costs a fifth more\" → 2割"),
    # clean-en-mobile-vet-alaska
    ("clean-en-mobile-vet-alaska", "1村あたり平均80匹", "1120/14 == 80", "1,120 animals / 14 villages = 80"),
    ("clean-en-mobile-vet-alaska", "約15週間", "r(days((2025,5,12),(2025,8,22))/7) == 15", "12 May → 22 Aug = 102 days = 14.6 weeks → 約15週間"),
    ("clean-en-mobile-vet-alaska", "2350マイル(約3800キロ)", "r(2350*MI, -2) == 3800", "2,350 mi × 1.609 = 3,782 km → 約3800キロ"),
    ("clean-en-mobile-vet-alaska", "1800ポンド(約820キロ)", "r(1800*LB, -1) == 820", "1,800 lb × 0.4536 = 816 kg → 約820キロ"),
    ("clean-en-mobile-vet-alaska", "約83%", "r(930/1120*100) == 83", "930 / 1,120 = 83.0%"),
    ("clean-en-mobile-vet-alaska", "約6割にあたる40万ドル", "400/640 == 0.625", "$400,000 / $640,000 = 62.5% → 約6割"),
    ("clean-en-mobile-vet-alaska", "40万ドル(62.5%)", "400/640*100 == 62.5", "400 / 640 = 62.5%"),
    ("clean-en-mobile-vet-alaska", "残る24万ドル", "640-400 == 240", "$640,000 − $400,000 = $240,000"),
    ("clean-en-mobile-vet-alaska", "華氏28度(約マイナス2度)", "r(f2c(28)) == -2", "(28 − 32) × 5/9 = −2.2 °C → 約マイナス2度"),
    ("clean-en-mobile-vet-alaska", "29日(金曜)", "wd(2025,8,29) == '金'", "\"organizers said Friday\" = publication day, Fri 29 Aug"),
    ("clean-en-mobile-vet-alaska", "9月2日(火曜)午後6時(アラスカ夏時間、日本時間3日午前11時)", "wd(2025,9,2) == '火' and jst(2025,9,2,18,0,'America/Anchorage') == (9,3,11,0)", "\"Tuesday at 6 p.m.\" after Friday 29 Aug → Tue 2 Sep 18:00 AKDT (UTC−8) = 3 Sep 11:00 JST"),
    ("clean-en-mobile-vet-alaska", "2025.08.29", "jst(2025,8,29,20,45,'America/Anchorage')[:2] == (8,30)", "citation date = local 29 Aug (20:45 AKDT); Japan time would be 30 Aug 13:45"),
    # clean-fr-refuges-abandons
    ("clean-fr-refuges-abandons", "730匹、約18%増えた", "4850-4120 == 730 and r(730/4120*100) == 18", "4 850 − 4 120 = 730; 730 / 4 120 = 17.7% → 約18%"),
    ("clean-fr-refuges-abandons", "2025年上半期(1〜6月)", "True", "\"premier semestre 2025\" → January–June"),
    ("clean-fr-refuges-abandons", "全体の6割", "r(2910/4850, 2) == 0.6", "2 910 / 4 850 = 0.60 → 6割"),
    ("clean-fr-refuges-abandons", "約2130匹", "r(1900*1.12, -1) == 2130", "1 900 places × 112 % = 2 128 → 約2130"),
    ("clean-fr-refuges-abandons", "3分の1にあたる120万ユーロ", "r(1.2/3.6, 4) == r(1/3, 4)", "1,2 M€ / 3,6 M€ = 1/3"),
    ("clean-fr-refuges-abandons", "360万ユーロ", "3.6e6 == 3600000", "3,6 millions d'euros → 360万ユーロ (decimal comma)"),
    ("clean-fr-refuges-abandons", "欧州連合(EU)", "True", "Union européenne → EU (Japanese news abbreviation)"),
    ("clean-fr-refuges-abandons", "8日(火曜)", "wd(2025,7,8) == '火'", "\"publié mardi\" = publication day, Tue 8 Jul"),
    ("clean-fr-refuges-abandons", "5日(土曜)", "wd(2025,7,5) == '土'", "\"samedi dernier\" before Tuesday 8 Jul → Sat 5 Jul"),
    ("clean-fr-refuges-abandons", "10日(木曜)午後6時30分(現地時間、日本時間11日午前1時30分)", "wd(2025,7,10) == '木' and jst(2025,7,10,18,30,'Europe/Paris') == (7,11,1,30)", "\"jeudi à 18 h 30\" → Thu 10 Jul 18:30 CEST (UTC+2) = 11 Jul 01:30 JST"),
    ("clean-fr-refuges-abandons", "平均より70ユーロ高い250ユーロ", "250-180 == 70", "250 € − 180 € = 70 €"),
    ("clean-fr-refuges-abandons", "四つの施設", "True", "\"quatre refuges\" → kanji numeral 四つ"),
    ("clean-fr-refuges-abandons", "年に十数匹", "True", "\"une douzaine de chatons\" → 十数匹"),
    ("clean-fr-refuges-abandons", "2025.07.08", "jst(2025,7,8,23,40,'Europe/Paris')[:2] == (7,9)", "citation date = local 8 Jul (23:40 CEST); Japan time would be 9 Jul 06:40"),
    # clean-fr-quebec-veterinaires
    ("clean-fr-quebec-veterinaires", "9院、つまり3分の1", "9/27 == 1/3", "9 of 27 = 1/3"),
    ("clean-fr-quebec-veterinaires", "約2倍、170ドル高い", "r(350/180, 1) == 1.9 and 350-180 == 170", "350 $ / 180 $ = 1.94 → 約2倍; 350 − 180 = 170"),
    ("clean-fr-quebec-veterinaires", "1250万カナダドル、年平均250万カナダドル", "12.5/5 == 2.5", "12,5 M$ / 5 years = 2,5 M$ a year"),
    ("clean-fr-quebec-veterinaires", "2025〜26年度(2025年4月〜2026年3月)", "True", "Québec exercice financier 2025-2026 = 1 April 2025 – 31 March 2026"),
    ("clean-fr-quebec-veterinaires", "24日(月曜)", "wd(2025,2,24) == '月'", "\"dévoilé lundi\" in a Wednesday 26 Feb article → Mon 24 Feb"),
    ("clean-fr-quebec-veterinaires", "3月12日午後7時(東部夏時間、日本時間13日午前8時)", "jst(2025,3,12,19,0,'America/Toronto') == (3,13,8,0)", "12 Mar 19:00 is after the 9 Mar DST change: EDT (UTC−4) → 13 Mar 08:00 JST (the article itself was in EST, UTC−5)"),
    ("clean-fr-quebec-veterinaires", "会員数の約45%", "r(140/310*100) == 45", "140 / 310 members = 45.2% → 約45%"),
    ("clean-fr-quebec-veterinaires", "2025〜26年度から2029〜30年度までの5年間", "True", "five fiscal years from 2025-2026: 25-26, 26-27, 27-28, 28-29, 29-30"),
    ("clean-fr-quebec-veterinaires", "2025.02.26", "jst(2025,2,26,19,30,'America/Toronto')[:2] == (2,27)", "citation date = local 26 Feb (19:30 EST); Japan time would be 27 Feb 09:30"),
    # clean-de-tierarztgebuehren
    ("clean-de-tierarztgebuehren", "10.65ユーロ、約1.75倍", "r(24.85-14.20, 2) == 10.65 and r(24.85/14.20, 2) == 1.75", "24,85 € − 14,20 € = 10,65 €; 24,85 / 14,20 = 1.75"),
    ("clean-de-tierarztgebuehren", "312人、つまり3割", "312/1040 == 0.3", "312 / 1.040 = 0.30 → 3割"),
    ("clean-de-tierarztgebuehren", "14院、約2割", "r(14/63*100) == 22", "14 / 63 = 22% → 約2割"),
    ("clean-de-tierarztgebuehren", "2024年7〜9月期", "True", "\"im dritten Quartal 2024\" → July–September"),
    ("clean-de-tierarztgebuehren", "20日(月曜)", "wd(2025,1,20) == '月'", "\"am Montag\" in a Tuesday 21 Jan article → Mon 20 Jan"),
    ("clean-de-tierarztgebuehren", "23日(木曜)午後7時(現地時間、日本時間24日午前3時)", "wd(2025,1,23) == '木' and jst(2025,1,23,19,0,'Europe/Berlin') == (1,24,3,0)", "\"Donnerstag um 19 Uhr\" → Thu 23 Jan 19:00 CET (UTC+1) = 24 Jan 03:00 JST"),
    ("clean-de-tierarztgebuehren", "約28万6000匹", "286000 == 286000", "286.000 (dotted thousands) → 28万6000"),
    ("clean-de-tierarztgebuehren", "2年余り", "(2025-2022)*12 + (1-11) == 26", "November 2022 → January 2025 = 26 months → 2年余り"),
    ("clean-de-tierarztgebuehren", "14.20ユーロ", "True", "14,20 Euro (decimal comma) → 14.20ユーロ"),
    ("clean-de-tierarztgebuehren", "(LPT)", "True", "abbreviation the source gives: Landesverband Praktizierender Tierärzte Rheintal (LPT)"),
    ("clean-de-tierarztgebuehren", "2025.01.21", "jst(2025,1,21,17,45,'Europe/Berlin')[:2] == (1,22)", "citation date = local 21 Jan (17:45 CET); Japan time would be 22 Jan 01:45"),
    # clean-es-clinicas-mexico
    ("clean-es-clinicas-mexico", "70ペソ、18%上昇", "450-380 == 70 and r(70/380*100) == 18", "450 − 380 = 70; 70 / 380 = 18.4%"),
    ("clean-es-clinicas-mexico", "約140万匹", "1_000_000 + 400_000 == 1_400_000", "\"un millón 400 mil\" → 140万"),
    ("clean-es-clinicas-mexico", "約202万匹", "1_400_000 + 620_000 == 2_020_000", "1 400 000 + 620 000 = 2 020 000 → 約202万"),
    ("clean-es-clinicas-mexico", "230院、つまり5分の1", "230/1150 == 0.2", "230 / 1 150 = 0.2 → 5分の1"),
    ("clean-es-clinicas-mexico", "4800万ペソ", "48e6 == 48000000", "48 millones de pesos → 4800万ペソ"),
    ("clean-es-clinicas-mexico", "1件あたり800ペソ", "48e6/60000 == 800", "48 millones / 60 000 = 800 pesos"),
    ("clean-es-clinicas-mexico", "7日間", "days((2025,9,22),(2025,9,28)) + 1 == 7", "22–28 Sep inclusive = 7 days"),
    ("clean-es-clinicas-mexico", "約4万4000回分", "r(310000/7, -3) == 44000", "310 000 / 7 = 44 286 → 約4万4000"),
    ("clean-es-clinicas-mexico", "7〜9月期に前年同期比9%", "True", "\"tercer trimestre\" → July–September"),
    ("clean-es-clinicas-mexico", "9月30日(火曜)", "wd(2025,9,30) == '火'", "\"presentado el martes\" in a Friday 3 Oct article → Tue 30 Sep"),
    ("clean-es-clinicas-mexico", "6日(月曜)午前10時(現地時間、日本時間7日午前1時)", "wd(2025,10,6) == '月' and jst(2025,10,6,10,0,'America/Mexico_City') == (10,7,1,0)", "\"el lunes a las 10:00\" → Mon 6 Oct 10:00 CST (UTC−6, no DST) = 7 Oct 01:00 JST"),
    ("clean-es-clinicas-mexico", "ほぼ2倍", "True", "\"casi el doble\" → ほぼ2倍"),
    ("clean-es-clinicas-mexico", "2025.10.03", "jst(2025,10,3,22,10,'America/Mexico_City')[:2] == (10,4)", "citation date = local 3 Oct (22:10 CST); Japan time would be 4 Oct 13:10"),
    # clean-ja-doubutsu-byouin
    ("clean-ja-doubutsu-byouin", "530円、約3割", "2180-1650 == 530 and r(530/1650, 1) == 0.3", "2180 − 1650 = 530円; 530 / 1650 = 32% → 約3割"),
    ("clean-ja-doubutsu-byouin", "回答率約83%", "r(118/142*100) == 83", "118 / 142 = 83.1%"),
    ("clean-ja-doubutsu-byouin", "約3分の2", "r(268/412, 2) == 0.65", "268 / 412 = 0.65 → 約3分の2"),
    ("clean-ja-doubutsu-byouin", "残る144人", "412-268 == 144", "412 − 268 = 144"),
    ("clean-ja-doubutsu-byouin", "前回の2万2000円", "26000-4000 == 22000", "2万6000円 − 4000円 = 2万2000円"),
    ("clean-ja-doubutsu-byouin", "年平均4000万円", "1.2e8/3 == 4e7", "1億2000万円 / 3年 = 4000万円"),
    ("clean-ja-doubutsu-byouin", "3年間(2027年度まで)", "2025+2 == 2027", "2025年度から3年間 = 2025・2026・2027年度"),
    ("clean-ja-doubutsu-byouin", "約6人に1人", "r(1/6*100, 1) == 16.7", "16.8% ≈ 1/6 (16.7%)"),
    ("clean-ja-doubutsu-byouin", "23日(月曜)", "wd(2025,6,23) == '月'", "23日 in a Tuesday 24 Jun article → Mon"),
    ("clean-ja-doubutsu-byouin", "20日(金曜)", "wd(2025,6,20) == '金'", "先週金曜日 in a Tuesday 24 Jun article → 20日"),
    ("clean-ja-doubutsu-byouin", "6時間", "(26-20) == 6", "午後8時 → 翌日午前2時 = 6 hours"),
]

ERR_DERIVED = [
    ("err-en-pet-insurance-uk", "330ポンドから2割上昇", "396/330 == 1.2", "£396 / £330 = 1.20"),
    ("err-en-pet-insurance-uk", "その2倍", "396/198 == 2", "£396 / £198 = 2"),
    ("err-en-pet-insurance-uk", "約73%", "r(4.1/5.6*100) == 73", "4.1m / 5.6m = 73.2%"),
    ("err-en-pet-insurance-uk", "約10億8000万ポンド", "r(1.2e9/1.11, -7) == 1.08e9", "£1.2bn / 1.11 = £1.081bn"),
    ("err-en-pet-insurance-uk", "1日あたりでは約330万ポンド", "r(1.2e9/366, -5) == 3.3e6", "£1.2bn / 366 days (2024) = £3.28m → 約330万"),
    ("err-en-pet-insurance-uk", "72ポンド増えた", "884-812 == 72", "£884 − £812 = £72"),
    ("err-en-pet-insurance-uk", "約3万件減った", "r(1.39e6-1.36e6) == 30000", "1.39m − 1.36m = 30,000"),
    ("err-en-pet-insurance-uk", "2022年の27%", "r(31.5-4.5, 1) == 27", "31.5% − 4.5 points = 27%"),
    ("err-en-pet-insurance-uk", "33ポンド、約54%上がった", "94-61 == 33 and r(33/61*100) == 54", "£94 − £61 = £33; 33 / 61 = 54%"),
    ("err-en-pet-insurance-uk", "3日(火曜)", "wd(2025,6,3) == '火'", "\"published on Tuesday\" = publication day"),
    ("err-en-pet-insurance-uk", "5日(木曜)午後2時(英国夏時間、日本時間同日午後10時)", "wd(2025,6,5) == '木' and jst(2025,6,5,14,0,'Europe/London') == (6,5,22,0)", "Thu 5 Jun 14:00 BST = 22:00 JST"),
    ("err-en-pet-insurance-uk", "2025年1〜3月期", "True", "first quarter → 1〜3月期"),
    ("err-en-shelter-intake-texas", "333匹増えた", "1846-1513 == 333", "1,846 − 1,513 = 333"),
    ("err-en-shelter-intake-texas", "92匹分", "402-310 == 92", "402 − 310 = 92"),
    ("err-en-shelter-intake-texas", "約3.4倍", "r(61/18, 1) == 3.4", "61 / 18 = 3.39"),
    ("err-en-shelter-intake-texas", "43匹増えた", "61-18 == 43", "61 − 18 = 43"),
    ("err-en-shelter-intake-texas", "23日(水曜)", "wd(2025,7,23) == '水'", "\"Wednesday morning\" before Thursday 24 Jul"),
    ("err-en-shelter-intake-texas", "22日(火曜)", "wd(2025,7,22) == '火'", "\"on Tuesday\" before Thursday 24 Jul"),
    ("err-en-shelter-intake-texas", "45マイル(約72キロ)", "r(45*MI) == 72", "45 mi = 72.4 km"),
    ("err-en-shelter-intake-texas", "2024会計年度(2023年10月〜2024年9月)", "True", "fiscal 2024 ended 30 Sep 2024 → Oct 2023 – Sep 2024"),
    ("err-en-shelter-intake-texas", "約800件増", "5000-4200 == 800", "5,000 − 4,200 = 800"),
    ("err-en-shelter-intake-texas", "1基あたり2万2500ドル", "2.7e6/120 == 22500", "$2.7m / 120 = $22,500"),
    ("err-en-vet-school-canada", "約26%増える", "r((98-78)/78*100) == 26", "20 / 78 = 25.6%"),
    ("err-en-vet-school-canada", "年平均240万カナダドル", "14.4/6 == 2.4", "C$14.4m / 6 = C$2.4m"),
    ("err-en-vet-school-canada", "5日(水曜)", "wd(2025,3,5) == '水'", "\"announced Wednesday\" = publication day"),
    ("err-en-vet-school-canada", "7日(金曜)午前9時(現地時間、日本時間8日午前0時)", "wd(2025,3,7) == '金' and jst(2025,3,7,9,0,'America/Regina') == (3,8,0,0)", "Fri 7 Mar 09:00 CST (UTC−6) = 8 Mar 00:00 JST"),
    ("err-en-clinic-chain-acquisition", "7日(木曜)", "wd(2025,8,7) == '木'", "\"said Thursday\" = publication day"),
    ("err-en-clinic-chain-acquisition", "合わせて410院", "262+148 == 410", "262 + 148 = 410"),
    ("err-en-clinic-chain-acquisition", "10〜12月期に完了", "True", "fourth quarter → 10〜12月期"),
    ("err-en-clinic-chain-acquisition", "約3億1200万ドル", "r(356/1.14) == 312", "$356m / 1.14 = $312m"),
    ("err-en-clinic-chain-acquisition", "5ポイント上回った", "12-7 == 5", "12% − 7% = 5 points"),
    ("err-en-clinic-chain-acquisition", "約1.9倍", "r(418/220, 1) == 1.9", "$418m / $220m = 1.90"),
    ("err-en-clinic-chain-acquisition", "1院あたりでは約282万ドル", "r(418e6/148, -4) == 2.82e6", "$418m / 148 = $2.82m"),
    ("err-en-clinic-chain-acquisition", "約7300人", "1900+5400 == 7300", "1,900 + 5,400 = 7,300"),
    ("err-en-clinic-chain-acquisition", "8月21日午前9時(米太平洋夏時間、日本時間22日午前1時)", "jst(2025,8,21,9,0,'America/Los_Angeles') == (8,22,1,0)", "21 Aug 09:00 PDT (UTC−7) = 22 Aug 01:00 JST"),
    ("err-en-vaccination-drive-kenya", "1匹あたり750シリング", "96e6/128000 == 750", "KSh 96m / 128,000 = KSh 750"),
    ("err-en-vaccination-drive-kenya", "17人、約55%減った", "31-14 == 17 and r(17/31*100) == 55", "31 − 14 = 17; 17 / 31 = 54.8%"),
    ("err-en-vaccination-drive-kenya", "2025年1〜6月", "True", "first half of 2025 → January–June"),
    ("err-en-vaccination-drive-kenya", "七つの準郡", "True", "seven sub-counties → kanji numeral"),
    ("err-en-vaccination-drive-kenya", "2026年4〜6月期", "True", "second quarter of 2026 → April–June"),
    ("err-en-vaccination-drive-kenya", "38万4000匹", "512000-128000 == 384000", "512,000 − 128,000 = 384,000"),
    ("err-en-vaccination-drive-kenya", "約2万2000回分", "150000-128000 == 22000", "150,000 − 128,000 = 22,000"),
    ("err-en-vaccination-drive-kenya", "9日(木曜)", "wd(2025,10,9) == '木'", "\"on Thursday\" before Saturday 11 Oct"),
    ("err-en-shelter-singapore", "3日(月曜)", "wd(2025,11,3) == '月'", "\"said on Monday\" before Tuesday 4 Nov"),
    ("err-en-shelter-singapore", "約8割", "r(2860/3520, 1) == 0.8", "2,860 / 3,520 = 81%"),
    ("err-en-shelter-singapore", "4000匹から480匹少なかった", "r(3520/0.88) == 4000 and 4000-3520 == 480", "3,520 / 0.88 = 4,000; 4,000 − 3,520 = 480"),
    ("err-en-shelter-singapore", "犬は猫の約2倍", "r(150/70) == 2", "S$150 / S$70 = 2.14"),
    ("err-en-shelter-singapore", "8日(土曜)と9日(日曜)", "wd(2025,11,8) == '土' and wd(2025,11,9) == '日'", "\"this Saturday and Sunday\" after Tuesday 4 Nov"),
    ("err-en-vet-burnout-ireland", "15日(月曜)", "wd(2025,9,15) == '月'", "\"published on Monday\" before Tuesday 16 Sep"),
    ("err-en-vet-burnout-ireland", "約510人", "r(1250*0.41, -1) == 510", "41% of 1,250 = 512.5"),
    ("err-en-vet-burnout-ireland", "約1.4倍", "r(41/29, 1) == 1.4", "41 / 29 = 1.41"),
    ("err-en-vet-burnout-ireland", "約4800ユーロ", "r(58000/12, -2) == 4800", "€58,000 / 12 = €4,833"),
    ("err-en-vet-burnout-ireland", "18日(木曜)", "wd(2025,9,18) == '木'", "\"on Thursday\" after Tuesday 16 Sep"),
    ("err-fr-assurance-suisse", "40フラン、9%", "480-440 == 40 and r(40/440*100) == 9", "480 − 440 = 40; 40 / 440 = 9.1%"),
    ("err-fr-assurance-suisse", "1日(火曜)", "wd(2025,4,1) == '火'", "\"publiés mardi\" before Wednesday 2 Apr"),
    ("err-fr-assurance-suisse", "約245フラン", "r(260/1.06) == 245", "260 / 1.06 = 245.3"),
    ("err-fr-assurance-suisse", "約3割", "r(61000/212000, 1) == 0.3", "61 000 / 212 000 = 28.8%"),
    ("err-fr-assurance-suisse", "2025年1〜3月期", "True", "premier trimestre 2025 → 1〜3月期"),
    ("err-fr-assurance-suisse", "3860万フラン", "38.6e6 == 38600000", "38,6 millions (decimal comma)"),
    ("err-de-tierheim-oesterreich", "11日(月曜)", "wd(2025,8,11) == '月'", "\"am Montag\" before Tuesday 12 Aug"),
    ("err-de-tierheim-oesterreich", "約360万ユーロ", "4.5/1.25 == 3.6", "4,5 Mio. / 1.25 = 3,6 Mio."),
    ("err-de-tierheim-oesterreich", "90万ユーロ増えた", "r(4.5-3.6, 1) == 0.9", "4,5 − 3,6 = 0,9 Mio."),
    ("err-de-tierheim-oesterreich", "454匹上回った", "3412-2958 == 454", "3.412 − 2.958 = 454"),
    ("err-de-tierheim-oesterreich", "約54%", "r(3412/(3412+2958)*100) == 54", "3.412 / 6.370 = 53.6%"),
    ("err-de-tierheim-oesterreich", "2025年上半期(1〜6月)", "True", "erstes Halbjahr → January–June"),
    ("err-de-tierheim-oesterreich", "8月23日(土曜)午前10時〜午後4時(現地時間)", "wd(2025,8,23) == '土'", "local time kept and labelled"),
    ("err-de-impfquote", "6ポイントの低下", "74-68 == 6", "74% − 68% = 6 points"),
    ("err-de-impfquote", "27日(火曜)", "wd(2025,5,27) == '火'", "\"am Dienstag\" = publication day"),
    ("err-de-impfquote", "約17万5000匹", "175000 == 175000", "175.000 (dotted thousands)"),
    ("err-de-impfquote", "1万5000匹増えた", "56000-41000 == 15000", "56.000 − 41.000 = 15.000"),
    ("err-de-impfquote", "全体の32%", "100-68 == 32", "100% − 68% = 32%"),
    ("err-de-impfquote", "6月2日(月曜)", "wd(2025,6,2) == '月'", "\"ab kommendem Montag\" after Tuesday 27 May"),
    ("err-de-impfquote", "10〜35ユーロ安い", "35-25 == 10 and 60-25 == 35", "35−25 = 10; 60−25 = 35"),
    ("err-es-vacunacion-argentina", "24日(木曜)", "wd(2025,4,24) == '木'", "\"informó el jueves\" before Friday 25 Apr"),
    ("err-es-vacunacion-argentina", "46万回分", "r(2.3e6-1.84e6) == 460000", "2,3 M − 1,84 M = 460.000"),
    ("err-es-vacunacion-argentina", "約74%", "r(1.7/2.3*100) == 74", "1,7 M / 2,3 M = 73.9%"),
    ("err-es-vacunacion-argentina", "約8週間", "r(days((2025,4,7),(2025,5,30))/7) == 8", "7 Apr → 30 May = 53 days = 7.6 weeks"),
    ("err-es-vacunacion-argentina", "土曜の午前9時〜午後1時(いずれも現地時間)", "True", "\"sábados de 9 a 13\" kept in local time"),
    ("err-ja-pet-hoken", "17日(月曜)", "wd(2025,11,17) == '月'", "17日 before Tuesday 18 Nov"),
    ("err-ja-pet-hoken", "約1157億円", "r(1284/1.11) == 1157", "1284 / 1.11 = 1156.8"),
    ("err-ja-pet-hoken", "約127億円", "r(1284-1284/1.11) == 127", "1284 − 1156.8 = 127.2"),
    ("err-ja-pet-hoken", "1.5ポイント上がった", "r(18.4-16.9, 1) == 1.5", "18.4% − 16.9% = 1.5 points"),
    ("err-ja-pet-hoken", "約38万9000件", "r(420000/1.08, -3) == 389000", "42万 / 1.08 = 38万8889"),
    ("err-ja-pet-hoken", "約48%", "r(612/1284*100) == 48", "612 / 1284 = 47.7%"),
    ("err-ja-pet-hoken", "約10万5000件", "420000/4 == 105000", "42万 / 4 = 10万5000"),
    ("err-ja-pet-hoken", "1万1000円高い", "42000-31000 == 11000", "4万2000 − 3万1000 = 1万1000"),
    ("err-ja-pet-hoken", "約24万円", "20000*12 == 240000", "月2万円 × 12 = 24万円"),
]

# abbreviations a Japanese digest adds for a body the source spells out (listed as clean traps)
ABBREV_OK = {"clean-fr-refuges-abandons": ("EU",)}

LANGS = {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}
WARN_KINDS = {"unsupported", "name", "spelling", "citation"}
JP_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


class Furniture(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.meta, self.links, self.title, self._in_title = set(), {}, {}, "", False
        self.ld, self._in_ld, self.ids_classes = [], False, set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        for k in ("id", "class"):
            if a.get(k):
                self.ids_classes.update(a[k].split())
        if tag == "meta":
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        if tag == "link":
            self.links[a.get("rel")] = a.get("href")
        if tag == "title":
            self._in_title = True
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "script":
            self._in_ld = False

    def handle_data(self, d):
        if self._in_title:
            self.title += d
        if self._in_ld:
            self.ld.append(d)


def yoten_bin():
    for cand in (os.environ.get("YOTEN"), "/tmp/bcv436/bin/yoten", shutil.which("yoten")):
        if cand and Path(cand).exists():
            return cand
    return None


def norm(s):
    return " ".join(s.replace("\u3000", " ").split())


def main():
    errors, lines = [], []

    def fail(msg):
        errors.append(msg)

    specs = {p.stem: gen.parse_spec(p) for p in sorted((HERE / "specs").glob("*.txt"))}
    cases = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if sorted(specs) != cases:
        fail(f"specs and cases differ: {set(specs) ^ set(cases)}")
    clean = [c for c in cases if c.startswith("clean-")]
    err = [c for c in cases if c.startswith("err-")]
    lang_count = {}
    for c in cases:
        lang_count[specs[c]["lang"]] = lang_count.get(specs[c]["lang"], 0) + 1
    lines.append(f"cases: {len(cases)} (clean {len(clean)}, err {len(err)})")
    lines.append("languages: " + ", ".join(f"{k} {lang_count.get(k, 0)}" for k in LANGS))
    if len(cases) != 24 or len(clean) != 12 or len(err) != 12:
        fail("need 24 cases: 12 clean, 12 err")
    if lang_count != LANGS:
        fail(f"language mix {lang_count} != {LANGS}")
    lang_split = {}
    for c in cases:
        lang_split.setdefault(specs[c]["lang"], set()).add(c.split("-")[0])
    if any(v != {"clean", "err"} for v in lang_split.values()):
        fail(f"each language needs clean and err cases: {lang_split}")

    ybin = yoten_bin()
    if not ybin:
        fail("yoten not found (set YOTEN=/path/to/yoten)")
    stale = [c for c in cases if (HERE / "cases" / c / "source.html").read_text(encoding="utf-8") != gen.render(specs[c])]
    if stale:
        fail(f"source.html out of date (run gen.py): {stale}")

    kind_count, sev_count = {}, {}
    traps_by_case = {}
    for t in CLEAN_TRAPS + ERR_DERIVED:
        traps_by_case.setdefault(t[0], []).append(t)
    ns = dict(globals())
    table = []
    for c in cases:
        sp = specs[c]
        d = HERE / "cases" / c
        digest = (d / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((d / "expected.json").read_text(encoding="utf-8"))
        body = [p for p in sp["paragraphs"] if not p.startswith("## ")]
        if sp["lang"] == "ja":
            size = sum(len("".join(p.split())) for p in body)
            ok_size = 900 <= size <= 1600
            unit = "chars"
        else:
            size = sum(len(p.split()) for p in body)
            ok_size = 450 <= size <= 800
            unit = "words"
        if not ok_size:
            fail(f"{c}: source size {size} {unit}")
        dlen = len(digest.strip())
        if not 2000 <= dlen <= 4500:
            fail(f"{c}: digest size {dlen}")
        # expected.json
        f = exp.get("findings", [])
        if c.startswith("clean-"):
            if exp.get("clean") is not True or f:
                fail(f"{c}: clean case must have clean=true and no findings")
        else:
            errs = [x for x in f if x["severity"] == "error"]
            warns = [x for x in f if x["severity"] == "warning"]
            if exp.get("clean") is not False or len(f) != 3 or len(errs) != 2 or len(warns) != 1:
                fail(f"{c}: err case needs 2 error + 1 warning")
            if any(x["kind"] != "mismatch" for x in errs):
                fail(f"{c}: error findings must be mismatch")
            if any(x["kind"] not in WARN_KINDS for x in warns):
                fail(f"{c}: warning kind not allowed")
        spans = [x["span"] for x in f]
        if len(set(spans)) != len(spans):
            fail(f"{c}: duplicate spans")
        for x in f:
            kind_count[x["kind"]] = kind_count.get(x["kind"], 0) + 1
            sev_count[x["severity"]] = sev_count.get(x["severity"], 0) + 1
            n = digest.count(x["span"])
            if n != 1:
                fail(f"{c}: span {x['span']!r} occurs {n} times")
        # parse
        parsed = None
        if ybin:
            pr = subprocess.run([ybin, "parse", str(d / "digest.txt")], capture_output=True, text=True)
            if pr.returncode != 0:
                fail(f"{c}: yoten parse failed: {pr.stderr.strip()[:200]}")
            else:
                parsed = json.loads(pr.stdout)
        # citation
        pub = datetime.fromisoformat(sp["published"])
        local_date = pub.date().isoformat()
        cit_spans = [x["span"] for x in f if x["kind"] == "citation"]
        if parsed:
            src = parsed["sources"][0]
            want = {"title": norm(sp["title"]), "outlet": sp["outlet"], "date": local_date, "url": sp["url"]}
            got = {"title": norm(src["title"]), "outlet": src["outlet"], "date": src["date"], "url": src["url"]}
            for k in want:
                if want[k] != got[k]:
                    shown = got[k] if k != "date" else got[k].replace("-", ".")
                    if not any(s in shown or shown in s for s in cit_spans):
                        fail(f"{c}: citation {k} {got[k]!r} != {want[k]!r} and no citation finding covers it")
            if cit_spans and all(want[k] == got[k] for k in want):
                fail(f"{c}: citation finding but the citation is correct")
            posted = datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=TOKYO)
            if posted <= pub:
                fail(f"{c}: post time {posted} is before publication {pub}")
        # Latin names in parentheses must be in the source
        src_text = sp["title"] + " " + " ".join(sp["paragraphs"])
        name_spans = [x["span"] for x in f if x["kind"] == "name"]
        for m in re.finditer(r"\(([^()]*?)\)", digest):
            inner = m.group(1)
            if not re.search(r"[A-Za-z]", inner) or re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", inner):
                continue
            if inner in ABBREV_OK.get(c, ()):
                continue
            if inner not in src_text and not any(s in inner or digest[:m.start()].endswith(s) for s in name_spans):
                fail(f"{c}: ({inner}) not in the source")
        # weekday labels: nearest date with that day number to the publication date
        slip_spans = [x["span"] for x in f]
        for m in re.finditer(r"(?:(\d{1,2})月)?(\d{1,2})日\((月|火|水|木|金|土|日)曜\)", digest):
            if any(m.start() < digest.find(s) + len(s) and digest.find(s) < m.end() for s in slip_spans):
                continue
            dd = int(m.group(2))
            cands = []
            for mo_off in (-1, 0, 1):
                y, mo = pub.year, pub.month + mo_off
                if mo == 0:
                    y, mo = y - 1, 12
                if mo == 13:
                    y, mo = y + 1, 1
                if m.group(1) and int(m.group(1)) != mo:
                    continue
                try:
                    cands.append(date(y, mo, dd))
                except ValueError:
                    pass
            best = min(cands, key=lambda x: abs((x - pub.date()).days))
            if WD[best.weekday()] != m.group(3):
                fail(f"{c}: {m.group(0)} but {best} is {WD[best.weekday()]}")
        # derived values
        for (_, text, expr, note) in traps_by_case.get(c, []):
            if text not in digest:
                fail(f"{c}: derived value {text!r} not in digest")
            if not eval(expr, ns):
                fail(f"{c}: check failed for {text!r}: {expr}")
            if any(s in text or text in s for s in slip_spans):
                fail(f"{c}: derived value {text!r} overlaps a planted slip")
        if c.startswith("clean-") and len(traps_by_case.get(c, [])) < 8:
            fail(f"{c}: fewer than 8 derived values listed")
        # page furniture
        html_text = (d / "source.html").read_text(encoding="utf-8")
        fp = Furniture()
        fp.feed(html_text)
        ld = json.loads("".join(fp.ld)) if fp.ld else {}
        need = [
            fp.title in (f"{sp['title']} - {sp['outlet']}", f"{sp['title']} | {sp['outlet']}"),
            fp.meta.get("og:site_name") == sp["outlet"],
            fp.meta.get("og:title") == sp["title"],
            fp.links.get("canonical") == sp["url"],
            fp.meta.get("article:published_time") == sp["published"],
            ld.get("@type") == "NewsArticle" and ld.get("headline") == sp["title"],
            {"article", "nav", "footer"} <= fp.tags,
            "cookie-banner" in fp.ids_classes,
            sp["url"].split("/")[2].endswith(".example"),
            len(sp["related_list"]) >= 2,
        ]
        if not all(need):
            fail(f"{c}: page furniture incomplete {need}")
        table.append((c, sp["lang"], size, unit, dlen, pub.isoformat(), local_date,
                      len(traps_by_case.get(c, [])), len(f)))

    lines.append("")
    lines.append(f"{'case':36} lang source        digest  published                  derived findings")
    for (c, lang, size, unit, dlen, pubs, ld_, nd, nf) in table:
        lines.append(f"{c:36} {lang:4} {size:5} {unit:6} {dlen:6}  {pubs:26} {nd:7} {nf:8}")
    lines.append("")
    lines.append("planted findings by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kind_count.items())))
    lines.append("planted findings by severity: " + ", ".join(f"{k} {v}" for k, v in sorted(sev_count.items())))
    lines.append(f"derived values checked: clean {len(CLEAN_TRAPS)}, err {len(ERR_DERIVED)}")
    lines.append(f"yoten parse: {ybin}")
    print("\n".join(lines))
    if errors:
        print("\nFAIL")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


def traps_md():
    by = {}
    for t in CLEAN_TRAPS:
        by.setdefault(t[0], []).append(t)
    out = []
    for c in sorted(by):
        out.append(f"**{c}**\n")
        for (_, text, _, note) in by[c]:
            out.append(f"- `{text}` — {note}")
        out.append("")
    print("\n".join(out))
    by = {}
    for t in ERR_DERIVED:
        by.setdefault(t[0], []).append(t)
    print("----")
    for c in sorted(by):
        print(f"- **{c}**: " + "; ".join(f"`{t[1]}` ({t[3]})" for t in by[c]))


if __name__ == "__main__":
    if "--traps-md" in sys.argv:
        traps_md()
    else:
        main()
