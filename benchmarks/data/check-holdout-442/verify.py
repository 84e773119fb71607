#!/usr/bin/env python3
"""Checks for check-holdout-442 (blind checker set, round 151, laundries).

    python3 verify.py            # all checks; exit 1 on any failure
    python3 verify.py --tables   # print the README tables (clean traps, planted findings)

What it checks, per case and for the set:
  * layout: specs/<name>.txt, cases/<name>/{source.html,digest.txt,expected.json}
  * source.html is what gen.py renders from the spec (html up to date)
  * counts: 24 cases, 12 clean-*, 12 err-*; languages 14 en, 3 fr, 3 de, 2 es, 2 ja
  * sizes: article 450-800 words (ja 900-1,600 characters), digest 2,000-4,500 characters
    (counted both with and without whitespace)
  * expected.json: clean -> no findings; err -> 3 findings, 2 mismatch/error + 1 warning
  * every span verbatim and unique in digest.txt
  * `yoten parse` accepts every digest; its citation (title, outlet, date, URL) equals the
    spec's (title, outlet, local publication date, canonical URL), except the one field a
    planted citation slip changes
  * number audit: every number in a digest (outside the title line and the citation) is a
    number of the source (scale words and number words resolved), or part of a listed derived
    value, or part of a planted slip; every listed derived value stands in the digest and its
    arithmetic holds
  * every Latin name given in parentheses in a digest stands in the source (except a planted
    `name` slip)
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import gen  # noqa: E402

JST = ZoneInfo("Asia/Tokyo")

# ---------------------------------------------------------------------------
# Derived values: (text as it stands in the digest, python expression that must
# be true, how it is derived). Clean cases: the "Clean traps" of the README.
# Err cases: correct derived values the err digests also carry (unlabelled).
# ---------------------------------------------------------------------------
DERIVED: dict[str, list[tuple[str, str, str]]] = {}

# Planted slips: case -> [(span, kind, severity, slip, correct value)]
SLIPS: dict[str, list[tuple[str, str, str, str, str]]] = {}

# --- data per case is appended below by section -----------------------------
#@@DATA@@
DERIVED["clean-de-rheinische-textilreinigung"] = [
    ("184店から現在は131店へ53店、約3割減った", "184-131==53 and round(53/184,1)==0.3", "184 − 131 = 53; 53 / 184 = 28.8% → 約3割"),
    ("7日(水)", "datetime(2024,2,7).strftime('%A')=='Wednesday'", "„am Mittwoch“ in a Thursday 8 Feb 2024 article → 7 Feb"),
    ("前年は約9250万ユーロ", "round(96/1.038,1)==92.5", "96 Mio. € / 1,038 = 92,49 Mio. € → 約9250万"),
    ("10〜12月期", "True", "„im vierten Quartal“ → October–December"),
    ("約2.8倍", "round(11.9/4.2,1)==2.8", "11,9 ct / 4,2 ct = 2.83"),
    ("埋まったのは5と3分の1強", "1/3<5/14<0.4", "5 / 14 = 35.7% → 3分の1強"),
    ("9枠が空いたまま", "14-5==9", "14 − 5 = 9"),
    ("約17%値上げ", "round((3.40-2.90)/2.90*100)==17", "2,90 € → 3,40 €: 17.2%"),
    ("72年続く店", "2024-1952==72", "founded 1952 → 72 years"),
    ("補助額は2万7200ユーロ、自己負担は4万800ユーロ", "68000*0.4==27200 and 68000-27200==40800", "40 % × 68.000 € = 27.200 €; 68.000 − 27.200 = 40.800 €"),
    ("これまでは約13.40ユーロ", "round(14.20/1.06,2)==13.40", "14,20 € / 1,06 = 13,40 €"),
    ("ほぼ2人に1人", "True", "„fast jeder zweite“"),
    ("3年後の2027年ごろ", "2024+3==2027", "„in drei Jahren“ → about 2027"),
    ("14日(水)午後6時(日本時間15日午前2時)", "datetime(2024,2,14,18,0,tzinfo=ZoneInfo('Europe/Berlin')).astimezone(JST)==datetime(2024,2,15,2,0,tzinfo=JST) and datetime(2024,2,14).weekday()==2", "„kommenden Mittwoch um 18 Uhr“ from Thursday 8 Feb → 14 Feb; CET (UTC+1) + 8 h → 02:00 15 Feb JST"),
    ("2週間", "True", "„zweiwöchiges Praktikum“"),
]

DERIVED["clean-en-deccan-drycleaners"] = [
    ("今年度末の2025年3月まで", "True", "\"by the end of the current financial year\" (India, April–March; article of Sept 2024) → March 2025"),
    ("4億5000万ルピー", "45*1e7==4.5e8", "₹45 crore = 45 × 10^7 = 4億5000万"),
    ("2023年4月〜24年3月期", "True", "financial year 2023-24 \"that ended in March\" → April 2023–March 2024"),
    ("8億6000万ルピー", "86*1e7==8.6e8", "₹86 crore = 8億6000万"),
    ("前年度は約7億ルピー", "round(86/1.23)==70", "86 / 1.23 = 69.9 crore → 約7億ルピー"),
    ("4〜6月期", "True", "first quarter of the Indian financial year → April–June"),
    ("2億4500万ルピー", "24.5*1e7==2.45e8", "₹24.5 crore = 2億4500万"),
    ("55ルピー、約26%", "265-210==55 and round(55/210*100)==26", "₹265 − ₹210 = ₹55; 55 / 210 = 26.2%"),
    ("1割未満", "True", "\"less than 10%\" → 1割未満"),
    ("その7割、約800人", "round(1150*0.7,-1)==800 or abs(1150*0.7-800)<10", "1,150 × 70% = 805 → 約800人"),
    ("約180万ルピー", "18*1e5==1.8e6", "₹18 lakh = 180万"),
    ("総額約7200万ルピー", "40*18e5==7.2e7", "40 outlets × ₹18 lakh = ₹7.2 crore = 7200万"),
    ("10億ルピー", "100*1e7==1e9", "₹100 crore = 10億"),
    ("26日(木)", "datetime(2024,9,26).strftime('%A')=='Thursday'", "\"on Thursday\" from Monday 23 Sept 2024 → 26日"),
    ("約3年後", "True", "\"in about three years\""),
    ("3分の1近く", "True", "\"almost a third\""),
    ("90万ルピー近く", "9*1e5==9e5", "close to ₹9 lakh = 90万"),
    ("1日約160件", "round(9800/62,-1)==160", "9,800 orders / 62 outlets = 158 → 約160件"),
    ("2年前は約1万2600ルピー", "round(14500/1.15,-2)==12600", "₹14,500 / 1.15 = ₹12,609 → 約1万2600"),
    ("午後7時", "True", "\"7 pm\" → 午後7時 (local, shift end)"),
    ("13年で62店", "2024-2011==13", "founded 2011 → 13 years"),
]

DERIVED["clean-en-harbour-light-labour"] = [
    ("年間では約2000トン", "round(38*52,-2)==2000", "38 t a week × 52 = 1,976 t → 約2000トン"),
    ("欠員は25人と2割近く", "0.17<25/140<0.2", "25 / 140 = 17.9% → 2割近く"),
    ("約9%引き上げ", "round((24.80-22.70)/22.70*100)==9", "(24.80 − 22.70) / 22.70 = 9.3%"),
    ("1〜3月期", "True", "\"the March quarter\" → January–March"),
    ("3分の2に減った", "6/9==2/3", "applicants per listing 9 → 6 = 2/3"),
    ("37年の歴史", "2024-1987==37", "founded 1987 → 37 years"),
    ("1日あたりでは約5.4トン", "round(38/7,1)==5.4", "38 t / 7 days = 5.43 t"),
    ("全体の約2割", "round(31/140,1)==0.2", "31 / 140 = 22.1% → 約2割"),
    ("時給が2〜3NZドル上がる", "True", "\"another two or three dollars\" (NZ$, per hour) → 2〜3NZドル"),
    ("午前6時〜午後10時の16時間営業", "22-6==16", "6am–10pm = 16 hours"),
    ("先月(5月)", "True", "\"last month\" in a June 2024 article → May"),
    ("午前0時以降", "True", "\"after midnight\""),
    ("補助は事業費の4割強", "0.4<1.1/2.6<0.45", "1.1 / 2.6 = 42.3% → 4割強"),
    ("自己負担は150万NZドル", "round(2.6-1.1,1)==1.5", "NZ$2.6 million − NZ$1.1 million = NZ$1.5 million"),
    ("15日(土)午前10時(日本時間同日午前7時)", "datetime(2024,6,15,10,0,tzinfo=ZoneInfo('Pacific/Auckland')).astimezone(JST)==datetime(2024,6,15,7,0,tzinfo=JST) and datetime(2024,6,15).weekday()==5", "\"on Saturday from 10am\" after Tuesday 11 June → 15 June; NZST (UTC+12) − 3 h → 07:00 JST"),
    ("260万NZドル", "2.6e6==260e4", "$2.6 million = 260万"),
]

DERIVED["clean-en-manila-bay-laundry"] = [
    ("17日(水)", "datetime(2024,7,17).strftime('%A')=='Wednesday'", "\"on Wednesday\" from Tuesday 16 July 2024 → 17 July"),
    ("38ペソ、約6.4%", "628-590==38 and round(38/590*100,1)==6.4", "₱38 / ₱590 = 6.44%"),
    ("6月の11.53ペソ", "round(11.95-0.42,2)==11.53", "₱11.95 − 42 centavos = ₱11.53"),
    ("37%、約150店", "round(412*0.37,-1)==150", "412 × 37% = 152 → 約150"),
    ("従業員10人未満", "True", "\"fewer than ten workers\""),
    ("月約3万1000ペソ", "round(2600*11.95,-3)==31000", "2,600 kWh × ₱11.95 = ₱31,070"),
    ("単純計算で約260人", "86*3==258", "86 branches × 3 attendants = 258 → 約260人"),
    ("約1.9倍", "round(1200/628,1)==1.9", "₱1,200 / ₱628 = 1.91"),
    ("1キロあたり22.5ペソ", "180/8==22.5", "₱180 / 8 kg = ₱22.5"),
    ("200ペソへ約11%", "round((200-180)/180*100)==11", "₱180 → ₱200: 11.1%"),
    ("6〜9月の4カ月間", "9-6+1==4", "\"between June and September\" → 4 months"),
    ("18日(木)から3夜連続", "datetime(2024,7,18).strftime('%A')=='Thursday'", "\"three nights from Thursday\" → from 18 July"),
    ("午後10時から午前4時までの6時間", "(24-22)+4==6", "10 p.m.–4 a.m. = 6 hours"),
    ("1万2500ペソ、約37%減", "34000-21500==12500 and round(12500/34000*100)==37", "₱34,000 − ₱21,500 = ₱12,500; 12,500 / 34,000 = 36.8%"),
    ("約33カ月で投資を回収", "round(410000/12500)==33", "₱410,000 / ₱12,500 a month = 32.8 months"),
    ("18日(木)午後2時(日本時間同日午後3時)", "datetime(2024,7,18,14,0,tzinfo=ZoneInfo('Asia/Manila')).astimezone(JST)==datetime(2024,7,18,15,0,tzinfo=JST)", "2 p.m. PHT (UTC+8) + 1 h → 15:00 JST"),
    ("費用の6割", "True", "\"about 60% of our costs\" → 6割"),
]

DERIVED["clean-en-midlands-closures"] = [
    ("4日に公表", "datetime(2024,10,4).strftime('%A')=='Friday'", "\"published on Friday\" = the article's own date, Friday 4 Oct 2024"),
    ("2倍以上に膨らんだ", "18400/7800>2", "£18,400 / £7,800 = 2.36"),
    ("240店から48店減った", "240-192==48", "240 − 192 = 48"),
    ("5店に1店", "abs(48/240-0.2)<1e-9", "48 / 240 = 20% (the source's \"one in five\")"),
    ("約7割の回答率", "round(137/192,1)==0.7", "137 / 192 = 71.4% → 約7割"),
    ("58店、4割超", "58/137>0.4", "58 / 137 = 42.3% → 4割超"),
    ("1万8400ポンドと2倍超", "18400/7800>2", "£18,400 / £7,800 = 2.36 → 2倍超"),
    ("ピークから約19%下がった", "round((18400-14900)/18400*100)==19", "(18,400 − 14,900) / 18,400 = 19.0%"),
    ("19ポイント低下", "41-22==19", "41% − 22% = 19 percentage points"),
    ("66年の歴史", "2024-1958==66", "founded 1958 → 2024 − 1958 = 66 years"),
    ("10マイル(約16キロ)", "round(10*1.609344)==16", "10 miles × 1.609 = 16.1 km"),
    ("約3割上がった", "round((14.5-11)/11,1)==0.3", "£14.50 vs £11: 3.5 / 11 = 31.8% → 約3割"),
    ("今年1〜6月", "True", "\"first half of this year\" → January–June"),
    ("今月最後の土曜日の26日", "max(d for d in range(1,32) if datetime(2024,10,d).weekday()==5)==26", "last Saturday of October 2024 = 26 Oct"),
    ("40ポンド(約18キロ)", "round(40*0.45359237)==18", "40 lb × 0.4536 = 18.1 kg"),
    ("1年半", "18/12==1.5", "eighteen months = 1.5 years"),
    ("8日(火)午前10時(日本時間同日午後6時)", "datetime(2024,10,8,10,0,tzinfo=ZoneInfo('Europe/London')).astimezone(JST)==datetime(2024,10,8,18,0,tzinfo=JST)", "\"Tuesday at 10am\" after Friday 4 Oct → 8 Oct; BST (UTC+1) + 8 h → 18:00 JST"),
    ("3万8000ポンド", "38000==3.8e4", "£38,000 → 3万8000"),
]

DERIVED["clean-en-money-matters-today"] = [
    ("1億8000万シリング(約140万ドル)", "180e6==1.8e8 and 1.4e6==140e4", "Sh180 million = 1億8000万; $1.4 million = 140万ドル"),
    ("前年は2万4000件", "42000/1.75==24000", "42,000 orders up 75% → 42,000 / 1.75 = 24,000"),
    ("約4830万シリング", "42000*1150==48.3e6", "42,000 orders × Sh1,150 = Sh48.3 million"),
    ("7〜9月期", "True", "\"third quarter\" → July–September"),
    ("受注額の7割", "True", "70% → 7割"),
    ("創業から4年", "2024-2020==4", "started in 2020 → 4 years"),
    ("3分の1縮小", "True", "\"narrowed by a third\""),
    ("2日以内", "48/24==2", "within 48 hours = 2 days"),
    ("1件あたり805シリング", "1150*0.7==805", "70% × Sh1,150 = Sh805"),
    ("8日(金)", "datetime(2024,3,8).strftime('%A')=='Friday'", "\"On Friday\" from Tuesday 5 March 2024 → 8 March"),
    ("1回あたり975シリング", "3900/4==975", "Sh3,900 / 4 pick-ups = Sh975"),
    ("1立方メートルあたりでは1500シリング", "30*(1000/20)==1500", "Sh30 per 20 L × 50 = Sh1,500 per m³"),
    ("約28倍", "round(1500/53)==28", "Sh1,500 / Sh53 = 28.3"),
    ("計70人", "48+22==70", "48 riders + 22 office staff = 70"),
]

DERIVED["clean-en-northern-valley-water"] = [
    ("13日(現地時間)", "datetime(2024,5,13).strftime('%A')=='Monday'", "\"on Monday\" in a Tuesday 14 May 2024 article → 13日"),
    ("1000ガロン(約3785リットル)", "round(1000*3.785411784)==3785", "1,000 US gallons × 3.7854 L = 3,785 L"),
    ("2.05ドル上がる", "round(13.45-11.40,2)==2.05", "$13.45 − $11.40 = $2.05"),
    ("5年ぶり", "2024-2019==5", "first increase since 2019 → 2024 − 2019 = 5 years"),
    ("60年以上が経過", "2024-1962==62", "built in 1962 → 62 years → 60年以上"),
    ("約4100万ガロン(約1億5500万リットル)", "round(41e6*3.785411784,-6)==155e6", "41 million gal × 3.7854 = 155.2 million L → 約1億5500万"),
    ("19店から5店減り", "19-14==5", "19 laundromats (2015) − 14 now = 5"),
    ("約4分の1が姿を消した", "abs(5/19-0.25)<0.02", "5 / 19 = 0.263 → 約4分の1"),
    ("16日(木)", "datetime(2024,5,16).strftime('%A')=='Thursday'", "\"on Thursday\" from Tuesday 14 May → 16 May 2024"),
    ("市議7人のうち5人", "5+2==7", "vote 5-2 → 7 members, 5 in favour"),
    ("年4万5000ドル超", "38600*1.18>45000 and 38600+6950>45000", "$38,600 × 1.18 = $45,548 (38,600 + 6,950 = 45,550) → 4万5000ドル超"),
    ("約15%引き上げ", "round((3.75-3.25)/3.25*100)==15", "$3.25 → $3.75: 0.50 / 3.25 = 15.4% → 約15%"),
    ("3ポイント上昇", "14-11==3", "14% − 11% = 3 percentage points"),
    ("約20ガロン(約76リットル)", "round(20*3.785411784)==76", "20 gal × 3.7854 = 75.7 L → 約76"),
    ("約40ガロン(約151リットル)", "round(40*3.785411784)==151", "40 gal × 3.7854 = 151.4 L → 約151"),
    ("半分で済む", "20/40==0.5", "20 vs 40 gallons → half"),
    ("日本時間17日午前7時30分", "datetime(2024,5,16,18,30,tzinfo=ZoneInfo('America/New_York')).astimezone(JST)==datetime(2024,5,17,7,30,tzinfo=JST)", "6:30 p.m. EDT Thu 16 May (UTC−4) + 13 h → 7:30 Fri 17 May JST"),
    ("年920万ドル", "9.2e6==920e4", "$9.2 million = 920万ドル"),
]

DERIVED["clean-en-pacific-slope-drought"] = [
    ("6.8インチ(約173ミリ)", "round(6.8*25.4)==173", "6.8 in × 25.4 = 172.7 mm"),
    ("14.5インチ(約368ミリ)", "round(14.5*25.4)==368", "14.5 in × 25.4 = 368.3 mm"),
    ("平年の14.5インチ(約368ミリ)の半分以下", "6.8/14.5<0.5", "6.8 / 14.5 = 46.9% → 半分以下"),
    ("年110万ガロン(約416万リットル)", "round(1.1e6*3.785411784,-4)==4.16e6", "1.1 million gal × 3.7854 = 4.16 million L"),
    ("57店のうち12店、約2割", "round(12/57,1)==0.2", "12 / 57 = 21% → 約2割"),
    ("29日の公聴会", "datetime(2024,8,29).strftime('%A')=='Thursday'", "\"Thursday\" after Tuesday 27 Aug 2024 → 29 Aug"),
    ("約4万2000エーカーフィート(約5200万立方メートル)", "round(42000*1233.48184,-6)==52e6", "42,000 acre-ft × 1,233.5 m³ = 51.8 million m³ → 約5200万"),
    ("今年度は2024年7月〜25年6月", "True", "fiscal year July 1–June 30, current in Aug 2024 → July 2024–June 2025"),
    ("18年になる", "2024-2006==18", "owner since 2006 → 18 years"),
    ("自己負担は3万7000ドル", "62000-min(62000/2,25000)==37000", "half of $62,000 = $31,000 > cap $25,000 → rebate $25,000 → $37,000"),
    ("3200平方フィート(約297平方メートル)", "round(3200*0.09290304)==297", "3,200 sq ft × 0.0929 = 297.3 m²"),
    ("26日(月)の午後", "datetime(2024,8,26).strftime('%A')=='Monday'", "\"on Monday afternoon\" before Tuesday 27 Aug → 26 Aug"),
    ("華氏108度(摂氏約42度)", "round((108-32)*5/9)==42", "(108 − 32) × 5/9 = 42.2 °C"),
    ("約11%値上げ", "round((5-4.5)/4.5*100)==11", "$4.50 → $5: 0.5 / 4.5 = 11.1%"),
    ("2倍の水", "True", "\"twice the water\""),
    ("洗濯料金の25セント", "True", "\"a quarter\" (US coin) → 25セント"),
    ("29日(木)午後7時(日本時間30日午前11時)", "datetime(2024,8,29,19,0,tzinfo=ZoneInfo('America/Los_Angeles')).astimezone(JST)==datetime(2024,8,30,11,0,tzinfo=JST)", "7 p.m. PDT (UTC−7) Thu 29 Aug + 16 h → 11:00 Fri 30 Aug JST"),
]

DERIVED["clean-es-plata-lavanderias"] = [
    ("23店、約16%", "round(23/146*100)==16", "23 / 146 = 15.8%"),
    ("残りは123店", "146-23==123", "146 − 23 = 123"),
    ("2カ月分の電気代", "True", "« por bimestre » → per two months"),
    ("約18万5000ペソ", "185000==18.5e4", "$ 185.000 → 18万5000"),
    ("約2.8倍", "round(512000/185000,1)==2.8", "$ 512.000 / $ 185.000 = 2.77"),
    ("19ポイント上昇", "31-12==19", "31 % − 12 % = 19 percentage points"),
    ("1〜4月", "True", "« primer cuatrimestre » → January–April"),
    ("3倍を超えた", "1+2.0==3.0", "« subieron más de un 200 % » → more than 3 times the earlier level"),
    ("31日に州当局との協議", "datetime(2024,5,31).strftime('%A')=='Friday'", "« el viernes » from Wednesday 29 May 2024 → 31 May"),
    ("1998年から26年間", "2024-1998==26", "opened 1998 → 26 years"),
    ("約73%引き上げた", "round((7800-4500)/4500*100)==73", "$ 4.500 → $ 7.800: 73.3%"),
    ("1キロあたり975ペソ", "7800/8==975", "$ 7.800 / 8 kg = $ 975"),
    ("週2回から1回と半分", "1/2==0.5", "twice a week → once = half"),
    ("月約900キロワット時", "30*30==900", "30 kWh a day × 30 days = 900 kWh"),
    ("上限の9割", "900/1000==0.9", "900 / 1.000 kWh = 90%"),
    ("1.5倍の1500キロワット時", "1500/1000==1.5", "1.500 / 1.000 = 1.5"),
    ("31日(金)午前10時(日本時間同日午後10時)", "datetime(2024,5,31,10,0,tzinfo=ZoneInfo('America/Argentina/Buenos_Aires')).astimezone(JST)==datetime(2024,5,31,22,0,tzinfo=JST)", "« el viernes a las 10 » ART (UTC−3) + 12 h → 22:00 JST"),
    ("約4割", "True", "« cerca del 40 % » → 約4割"),
]

DERIVED["clean-fr-deux-rives-pressings"] = [
    ("312店から247店へ65店、約2割減った", "312-247==65 and round(65/312,1)==0.2", "312 − 247 = 65; 65 / 312 = 20.8% → 約2割"),
    ("17日(水)", "datetime(2024,4,17).strftime('%A')=='Wednesday'", "« publié mercredi » in a Thursday 18 April 2024 article → 17 April"),
    ("約2.4倍", "round(23500/9800,1)==2.4", "23 500 / 9 800 = 2.40"),
    ("ピークより約27%低い", "round((23500-17200)/23500*100)==27", "(23 500 − 17 200) / 23 500 = 26.8%"),
    ("8ポイント上がった", "14-6==8", "14 % − 6 % = 8 percentage points"),
    ("1〜3月期", "True", "« premier trimestre » → January–March"),
    ("2021年の46店から12店増えた", "58-12==46", "58 now, « douze de plus qu'en 2021 » → 46 in 2021"),
    ("三つの手段", "True", "price rises, diversification, conversion → 三つ (kanji numeral)"),
    ("1994年から30年", "2024-1994==30", "since 1994 → 30 years"),
    ("約15%引き上げた", "round((4.50-3.90)/3.90*100)==15", "3,90 € → 4,50 €: 15.4%"),
    ("補助額は1万3500ユーロ、自己負担は3万1500ユーロ", "min(45000*0.3,15000)==13500 and 45000-13500==31500", "30 % × 45 000 € = 13 500 € (under the 15 000 € cap); 45 000 − 13 500 = 31 500 €"),
    ("半数、約575人", "1150/2==575", "half of 1 150 = 575"),
    ("10年前の12万ユーロの半分から4分の3", "60000/120000==0.5 and 90000/120000==0.75", "60 000–90 000 € vs 120 000 €: 1/2 to 3/4"),
    ("午前7時〜午後10時の15時間営業", "22-7==15", "7 h–22 h = 15 hours"),
    ("年中無休", "True", "« sept jours sur sept »"),
    ("23日(火)午後2時30分(日本時間同日午後9時30分)", "datetime(2024,4,23,14,30,tzinfo=ZoneInfo('Europe/Paris')).astimezone(JST)==datetime(2024,4,23,21,30,tzinfo=JST) and datetime(2024,4,23).weekday()==1", "« mardi prochain à 14 h 30 » from Thursday 18 April → 23 April; CEST (UTC+2) + 7 h → 21:30 JST"),
    ("10人程度", "True", "« une dizaine » → 10人程度"),
]

DERIVED["clean-fr-saint-laurent-buanderies"] = [
    ("14カ月、2023年9月ごろ", "(2024*12+11-14)==(2023*12+9)", "« quatorze mois après » in a November 2024 article → about September 2023"),
    ("23日(土)", "datetime(2024,11,23).strftime('%A')=='Saturday'", "« samedi » from Thursday 21 Nov 2024 → 23 Nov"),
    ("残る45万カナダドル", "1.2e6-450000-300000==450000", "1,2 M$ − 450 000 $ − 300 000 $ = 450 000 $"),
    ("約2割安い", "round((5.50-4.25)/5.50,1)==0.2", "(5,50 − 4,25) / 5,50 = 22.7% → 約2割"),
    ("1時間なら3カナダドル", "0.25*60/5==3", "0,25 $ per 5 minutes × 12 = 3 $ an hour"),
    ("2022年設立から2年", "2024-2022==2", "created 2022 → 2 years"),
    ("合計7600カナダドル", "380*20==7600", "380 members × 20 $ = 7 600 $"),
    ("約6割", "round(38400/61200,1)==0.6", "38 400 / 61 200 = 62.7% → 約6割"),
    ("3戸に1戸近く", "True", "« près d'un logement sur trois »"),
    ("9店から5店に減り、4割超", "(9-5)/9>0.4", "(9 − 5) / 9 = 44% → 4割超"),
    ("週給は647.50カナダドル", "18.50*35==647.5", "18,50 $ × 35 h = 647,50 $"),
    ("午前7時〜午後10時の15時間営業", "22-7==15", "7 h–22 h = 15 hours"),
    ("週2晩", "True", "« deux soirs par semaine »"),
    ("23日(土)午前10時(日本時間24日午前0時)", "datetime(2024,11,23,10,0,tzinfo=ZoneInfo('America/Toronto')).astimezone(JST)==datetime(2024,11,24,0,0,tzinfo=JST)", "« samedi à 10 h » EST (UTC−5) + 14 h → 00:00 Sunday 24 Nov JST"),
    ("120万カナダドル", "1.2e6==120e4", "1,2 million de dollars = 120万"),
]
DERIVED["clean-fr-saint-laurent-buanderies"][0] = ("14カ月(閉店は2023年9月ごろ)", "(2024*12+11-14)==(2023*12+9)", "« quatorze mois après » in a November 2024 article → about September 2023")
DERIVED["clean-fr-saint-laurent-buanderies"] += [
    ("事業費の4割弱", "0.35<450000/1.2e6<0.4", "450 000 $ / 1,2 M$ = 37.5% → 4割弱"),
    ("1.25カナダドル安い", "round(5.50-4.25,2)==1.25", "5,50 $ − 4,25 $ = 1,25 $"),
]

DERIVED["clean-ja-wangan-coinlaundry"] = [
    ("2025年度(2025年4月〜26年3月)", "True", "2025年度 (Japanese fiscal year) → April 2025–March 2026"),
    ("2024年3月期(2023年4月〜24年3月)", "True", "fiscal year ending March 2024 → April 2023–March 2024"),
    ("前の期は約13億5000万円", "round(14.6/1.085,1)==13.5", "14億6000万円 / 1.085 = 13億4560万円 → 約13億5000万円"),
    ("1店あたりでは約3800万円", "round(14.6e8/38,-6)==38e6", "14億6000万円 / 38店 = 3842万円 → 約3800万円"),
    ("40坪(約132平方メートル)", "round(40*400/121)==132", "40坪 × 3.306 m² = 132.2 m²"),
    ("2年前は約13万円", "round(21/1.6)==13", "21万円 / 1.6 = 13.1万円"),
    ("10年前は約1万7000店", "round(25000/1.5,-3)==17000", "2万5000店 / 1.5 = 1万6667店 → 約1万7000店"),
    ("11月30日(土)", "datetime(2024,11,30).strftime('%A')=='Saturday'", "「先月30日」 in a 3 December 2024 article → 30 November (Saturday)"),
    ("800円から100円上げて900円", "900-100==800", "raised by 100円 to 900円 → from 800円"),
    ("上げ幅は12.5%", "100/800==0.125", "100 / 800 = 12.5%"),
    ("創業して35年", "2024-1989==35", "founded 1989 → 35 years"),
    ("参入から16年", "2024-2008==16", "entered coin laundry in 2008 → 16 years"),
    ("計85人", "24+61==85", "24 full-time + 61 part-time = 85"),
    ("来週火曜日の12月10日", "datetime(2024,12,10).strftime('%A')=='Tuesday'", "「来週火曜日」 from Tuesday 3 Dec 2024 → 10 Dec"),
    ("半額の450円", "900/2==450", "half of 900円 = 450円"),
]

SLIPS["err-de-alpen-waschsalon"] = [
    ("350〜450回", "mismatch", "error", "wrong range end: „zwischen 350 und 420 Waschgänge“", "350〜420回"),
    ("57万ユーロ", "mismatch", "error", "wrong difference: 2,31 Mio. € − 1,84 Mio. € = 0,47 Mio. €", "47万ユーロ"),
    ("Alpenland Zeitung", "citation", "warning", "wrong outlet in the citation (the page is the Alpenland Kurier)", "Alpenland Kurier"),
]
DERIVED["err-de-alpen-waschsalon"] = [
    ("20日(土)", "datetime(2024,1,20).strftime('%A')=='Saturday'", "„am Samstag“ from Wednesday 17 Jan 2024 → 20 Jan"),
    ("約26%増えた", "round((2.31-1.84)/1.84*100)==26", "2,31 / 1,84 = +25.5%"),
    ("1月と6月", "True", "„im Jänner und Juni“ (Austrian Jänner = January)"),
    ("約2.5倍", "round(24.6/9.8,1)==2.5", "24,6 ct / 9,8 ct = 2.51"),
    ("3年前の56店から9店減った", "47+9==56", "47 now, „um neun weniger als drei Jahre zuvor“ → 56"),
    ("9年", "2024-2015==9", "first salon 2015 → 9 years"),
    ("計38台", "22+16==38", "22 washers + 16 dryers"),
    ("残る28万5000ユーロ", "380000-95000==285000", "380.000 € − 95.000 € = 285.000 €"),
    ("午前6時〜午後11時の17時間", "23-6==17", "6 bis 23 Uhr = 17 hours"),
    ("約16%上げた", "round((5.20-4.50)/4.50*100)==16", "4,50 € → 5,20 €: 15.6%"),
    ("1時間なら5ユーロ", "60/12*1==5", "1 € per 12 minutes × 5"),
]
DERIVED["err-de-alpen-waschsalon"] += [
    ("10回券", "True", "„Zehnerkarte“ → 10回券"),
    ("午後10時まで", "22-12==10", "„bis 22 Uhr“ → 午後10時"),
]

SLIPS["err-de-zuerich-reinigung"] = [
    ("約12%増", "mismatch", "error", "wrong growth rate: 8,6 → 9,4 Millionen Franken is +9.3%", "約9%増"),
    ("創業46年", "mismatch", "error", "wrong years since founding: founded 1968 → 56 years in 2024", "創業56年"),
    ("ブルンナー", "spelling", "warning", "second katakana spelling of Regula Brunner (first given as レグラ・ブリュンナー)", "ブリュンナー"),
]
DERIVED["err-de-zuerich-reinigung"] = [
    ("21日(火)の発表", "datetime(2024,5,21).strftime('%A')=='Tuesday'", "„am Dienstag mitteilte“ in a Thursday 23 May 2024 article → 21 May"),
    ("10年前の約7トンから倍増", "14/2==7", "14 t a day, „doppelt so viel wie vor zehn Jahren“ → about 7 t"),
    ("約110万フラン", "1.1e6==110e4", "1,1 Millionen Franken → 110万"),
    ("約4分の1", "True", "„rund einen Viertel“"),
    ("9リットルから4リットルへ5リットル減る", "9-4==5", "9 L − 4 L = 5 L per kg"),
    ("年収は5万5900フラン", "4300*13==55900", "Fr. 4'300 × 13 = Fr. 55'900"),
    ("25日(土)午前10時〜午後4時(日本時間同日午後5時〜午後11時)の6時間", "datetime(2024,5,25,10,0,tzinfo=ZoneInfo('Europe/Zurich')).astimezone(JST)==datetime(2024,5,25,17,0,tzinfo=JST) and datetime(2024,5,25).weekday()==5 and 16-10==6", "„am Samstag von 10 bis 16 Uhr“ from Thursday 23 May → 25 May; CEST (UTC+2) + 7 h → 17:00–23:00 JST; 6 hours"),
    ("1200万スイス・フラン", "12e6==1200e4", "12 Millionen Franken → 1200万"),
]
DERIVED["err-de-zuerich-reinigung"] += [
    ("市内の2拠点", "True", "„die beiden bisherigen Standorte“ → 2拠点"),
    ("ほぼ2倍", "True", "„fast doppelt so viel“"),
    ("処理量は10年前の2倍", "True", "„doppelt so viel wie vor zehn Jahren“"),
    ("24時間いつでも", "True", "„rund um die Uhr“ → 24時間"),
]

SLIPS["err-en-cape-loadshedding"] = [
    ("6.5%低下", "mismatch", "error", "percent written for percentage points (\"fell 6.5 percentage points to 11.5%\")", "6.5ポイント低下"),
    ("日本時間20日午前3時", "mismatch", "error", "Japan time without the day shift: 8pm SAST Wed 20 March (UTC+2) + 7 h = 03:00 Thu 21 March", "日本時間21日午前3時"),
    ("約40店", "unsupported", "warning", "invented count: the source gives no number of forum members or laundromats in the city", "(no count in the source)"),
]
DERIVED["err-en-cape-loadshedding"] = [
    ("1日最大7.5時間", "2.5*3==7.5", "2½ hours × up to 3 times a day = 7.5 hours"),
    ("週168リットル", "14*12==168", "14 hours a week × 12 litres an hour = 168 L"),
    ("週約3930ランド", "round(168*23.40,-1)==3930", "168 L × R23.40 = R3,931"),
    ("約3.54ランド", "round(3.10*1.142,2)==3.54", "R3.10 × 1.142 = R3.54"),
    ("約15%上がった", "round((75-65)/65*100)==15", "R65 → R75: 15.4%"),
    ("1店あたり平均3人", "27/9==3", "27 staff / 9 stores = 3"),
    ("20日(水)午後8時", "datetime(2024,3,20).strftime('%A')=='Wednesday'", "\"at 8pm on Wednesday\" from Monday 18 March 2024 → 20 March"),
    ("48万ランド", "480000==48e4", "R480,000 → 48万ランド"),
]

SLIPS["err-en-liffey-launderette"] = [
    ("21日", "mismatch", "error", "a day off for a relative weekday: \"on Tuesday\" from Friday 16 Aug 2024 is 20 Aug", "20日"),
    ("12%増", "mismatch", "error", "direction flipped: \"the number of washes fell by 12%\"", "12%減"),
    ("2024.08.17", "citation", "warning", "citation date in Japan time: published 21:30 IST on 16 Aug 2024 (05:30 17 Aug JST); the outlet's own date is 2024.08.16", "2024.08.16"),
]
DERIVED["err-en-liffey-launderette"] = [
    ("1〜6月", "True", "\"first half of this year\" → January–June"),
    ("約2.1倍", "round(1450/690,1)==2.1", "€1,450 / €690 = 2.10"),
    ("年間に換算すると約1万7400ユーロ", "1450*12==17400", "€1,450 × 12 = €17,400"),
    ("約27%上がった", "round((2800-2200)/2200*100)==27", "€2,200 → €2,800: 27.3%"),
    ("16日(金)", "datetime(2024,8,16).strftime('%A')=='Friday'", "\"said on Friday\" = the article's own date"),
    ("1キロあたり0.75ユーロ", "6/8==0.75", "€6 / 8 kg"),
    ("1時間なら6ユーロ", "1*60/10==6", "€1 per 10 minutes × 6"),
    ("9月9日(月)", "datetime(2024,9,9).strftime('%A')=='Monday'", "weekday of 9 September 2024"),
    ("2週間", "True", "\"a fortnight\" → 2週間"),
]

SLIPS["err-en-mainstreet-laundromat"] = [
    ("約51キロ", "mismatch", "error", "wrong unit conversion: 38 miles × 1.609 = 61.2 km", "約61キロ"),
    ("年40万ドル", "mismatch", "error", "wrong per-year figure: $1.2 million over four years = $300,000 a year", "年30万ドル"),
    ("HCWA", "name", "warning", "abbreviation the source never gives (\"the county's water utility\")", "(no name in the source)"),
]
DERIVED["err-en-mainstreet-laundromat"] = [
    ("11日(火)午前9時(日本時間同日午後10時)", "datetime(2024,6,11,9,0,tzinfo=ZoneInfo('America/New_York')).astimezone(JST)==datetime(2024,6,11,22,0,tzinfo=JST) and datetime(2024,6,11).weekday()==1", "\"on Tuesday at 9 a.m.\" (\"next week\") from Thursday 6 June 2024 → 11 June; EDT (UTC−4) + 13 h → 22:00 JST"),
    ("2023年3月", "True", "\"in March last year\" in a 2024 article → March 2023"),
    ("計16台", "8+8==16", "8 washers + 8 dryers"),
    ("週30時間", "5*6==30", "5 stops × 6 hours, once a week"),
    ("約2割", "round(265000/1.2e6,1)==0.2", "$265,000 / $1.2 million = 22%"),
    ("約14%、約2100世帯", "0.14*15000==2100", "14% × 15,000 households = 2,100"),
    ("120万ドル", "1.2e6==120e4", "$1.2 million → 120万ドル"),
]
DERIVED["err-en-mainstreet-laundromat"].append(("1996年ごろから27年間", "2023-27==1996", "ran it for 27 years until it closed in March 2023 → from about 1996"))

SLIPS["err-en-prairie-coin-laundry"] = [
    ("約1200万カナダドル", "mismatch", "error", "scale slip ×10: \"about $1.2 million\" is 120万", "約120万カナダドル"),
    ("約4カ月半ぶり", "mismatch", "error", "wrong duration: 14 Oct 2023 → Monday 29 Jan 2024 is 107 days, about three and a half months (the source: \"more than three months\")", "約3カ月半ぶり (107日ぶり)"),
    ("https://www.prairiewindtimes.example/news/2024/01/25/wheatfield-laundromat-reopens-after-fire?utm_source=newsletter&utm_medium=email&utm_campaign=morning_brief&mc_eid=8f3a2c91d4", "citation", "warning", "tracking parameters (utm_*, mc_eid) on the cited URL", "https://www.prairiewindtimes.example/news/2024/01/25/wheatfield-laundromat-reopens-after-fire"),
]
DERIVED["err-en-prairie-coin-laundry"] = [
    ("29日(月)午前7時", "datetime(2024,1,29).strftime('%A')=='Monday'", "\"on Monday\" from Thursday 25 Jan 2024 → 29 Jan"),
    ("1人あたり平均約63カナダドル", "round(38000/600)==63", "$38,000 / 600 donors = $63"),
    ("計32台", "18+14==32", "18 washers + 14 dryers = 32"),
    ("往復90キロ", "45*2==90", "45 km each way × 2"),
    ("25日(木)", "datetime(2024,1,25).strftime('%A')=='Thursday'", "\"said Thursday\" = the article's own date"),
    ("1キロあたりでは約5カナダドル", "round(2.25/0.45359237)==5", "$2.25 per lb / 0.4536 kg = $4.96 per kg"),
    ("午前7時〜午後10時の15時間", "22-7==15", "7 a.m.–10 p.m. = 15 hours"),
    ("29日午前11時(日本時間30日午前2時)", "datetime(2024,1,29,11,0,tzinfo=ZoneInfo('America/Regina')).astimezone(JST)==datetime(2024,1,30,2,0,tzinfo=JST)", "11 a.m. CST (UTC−6, Saskatchewan) + 15 h → 02:00 Tue 30 Jan JST"),
]

SLIPS["err-en-straits-self-service"] = [
    ("約4倍", "mismatch", "error", "wrong multiple: 1,100 / 380 = 2.9 (the headline: \"nearly tripled\")", "約2.9倍"),
    ("約14万シンガポールドル", "mismatch", "error", "wrong per-unit figure: $14.4 million / 120 outlets = $120,000", "約12万シンガポールドル"),
    ("SCLA", "name", "warning", "abbreviation the source never gives (it names only \"an industry association of laundromat operators\")", "(no name or abbreviation in the source)"),
]
DERIVED["err-en-straits-self-service"] = [
    ("1〜6月に412件", "True", "\"first half of this year\" → January–June"),
    ("約58%増えた", "round((412-260)/260*100)==58", "(412 − 260) / 260 = 58.5%"),
    ("8年で120店", "2024-2016==8", "started 2016 → 8 years"),
    ("1時間なら12シンガポールドル", "4*60/20==12", "$4 per 20 minutes × 3 = $12 an hour"),
    ("10〜12月期", "True", "\"fourth quarter\" → October–December"),
    ("前の四半期は約31.8セント", "round(32.5/1.021,1)==31.8", "32.5 cents / 1.021 = 31.8 cents"),
    ("600平方フィート(約56平方メートル)", "round(600*0.09290304)==56", "600 sq ft × 0.0929 = 55.7 m²"),
    ("約1.4倍", "round(7800/5500,1)==1.4", "$7,800 / $5,500 = 1.42"),
    ("4分の1に当たる30店", "30/120==0.25", "30 / 120 = 1/4"),
    ("18日(金)午後3時(日本時間同日午後4時)", "datetime(2024,10,18,15,0,tzinfo=ZoneInfo('Asia/Singapore')).astimezone(JST)==datetime(2024,10,18,16,0,tzinfo=JST) and datetime(2024,10,18).weekday()==4", "\"Friday at 3pm\" from Tuesday 15 Oct 2024 → 18 Oct; SGT (UTC+8) + 1 h → 16:00 JST"),
    ("1440万シンガポールドル", "14.4e6==1440e4", "$14.4 million → 1440万"),
]

SLIPS["err-en-sydney-chain-closures"] = [
    ("計16店", "mismatch", "error", "wrong sum: 11 stores in NSW + 4 in Queensland = 15 (the headline says \"closing 15 stores\")", "計15店"),
    ("4〜6月期", "mismatch", "error", "wrong quarter: \"the March quarter\" is January–March", "1〜3月期"),
    ("ホルデン", "spelling", "warning", "second katakana spelling of Darcy Holden (first given as ダーシー・ホールデン)", "ホールデン"),
]
DERIVED["err-en-sydney-chain-closures"] = [
    ("1日(月)に管理人", "datetime(2024,7,1).strftime('%A')=='Monday'", "\"appointed on Monday\" in a Tuesday 2 July 2024 article → 1 July"),
    ("約640万豪ドル", "round(8.7-2.3,1)==6.4", "$8.7 million − $2.3 million = $6.4 million"),
    ("45人、4割近く", "0.35<45/120<0.4", "45 / 120 = 37.5% → 4割近く"),
    ("15年で", "2024-2009==15", "founded 2009 → 15 years"),
    ("年間では約1万6800豪ドル", "4200*4==16800", "$4,200 a quarter × 4 = $16,800"),
    ("2年前は四半期約3000豪ドル", "round(4200/1.38,-2)==3000", "$4,200 / 1.38 = $3,043 → 約3000"),
    ("2日(火)朝", "datetime(2024,7,2).strftime('%A')=='Tuesday'", "\"on Tuesday morning\" = the article's own date"),
    ("5日(金)午前11時(日本時間同日午前10時)", "datetime(2024,7,5,11,0,tzinfo=ZoneInfo('Australia/Sydney')).astimezone(JST)==datetime(2024,7,5,10,0,tzinfo=JST)", "\"Friday at 11am\" AEST (UTC+10) − 1 h → 10:00 JST, 5 July"),
]

SLIPS["err-en-texas-heat-drycleaners"] = [
    ("摂氏約55度", "mismatch", "error", "wrong unit conversion: 120°F = (120 − 32) × 5/9 = 48.9°C", "摂氏約49度"),
    ("(64)", "mismatch", "error", "wrong age: \"Minh Nguyen, 62\"", "(62)"),
    ("2001年", "unsupported", "warning", "invented year: the source gives no date for the air conditioning", "(no year in the source)"),
]
DERIVED["err-en-texas-heat-drycleaners"] = [
    ("19日(月)午前10時", "datetime(2024,8,19).strftime('%A')=='Monday'", "\"on Monday\" in a Wednesday 21 Aug 2024 article → 19 Aug"),
    ("華氏109度(摂氏約43度)", "round((109-32)*5/9)==43", "(109 − 32) × 5/9 = 42.8°C"),
    ("約44%増えた", "round((3900-2700)/2700*100)==44", "$3,900 / $2,700 = 1.444"),
    ("1994年から30年", "2024-1994==30", "since 1994 → 30 years"),
    ("8時間の早番", "13-5==8", "5 a.m.–1 p.m. = 8 hours"),
    ("約15%上げる", "round((3.75-3.25)/3.25*100)==15", "$3.25 → $3.75: 15.4%"),
    ("使用19年、2005年ごろ導入", "2024-19==2005", "19-year-old machine → about 2005"),
    ("費用の約35%", "round(30000/85000*100)==35", "$30,000 / $85,000 = 35.3%"),
    ("22日(木)午後8時(日本時間23日午前10時)", "datetime(2024,8,22,20,0,tzinfo=ZoneInfo('America/Chicago')).astimezone(JST)==datetime(2024,8,23,10,0,tzinfo=JST)", "\"8 p.m. Thursday\" CDT (UTC−5) + 14 h → 10:00 Fri 23 Aug JST"),
]

SLIPS["err-es-levante-tintorerias"] = [
    ("約1070店", "mismatch", "error", "wrong prior-year level: 1.240 up 14 % → 1.240 / 1,14 = 1.088 (the slip takes 14 % off 1.240)", "約1090店"),
    ("3分の1", "mismatch", "error", "wrong share: 310 of 1.240 = 25 %", "4分の1"),
    ("カサノヴァス", "spelling", "warning", "second katakana spelling of Núria Casanovas (first given as ヌリア・カサノバス)", "カサノバス"),
]
DERIVED["err-es-levante-tintorerias"] = [
    ("残る930店", "1240-310==930", "1.240 − 310 = 930"),
    ("144店、約35%減った", "412-268==144 and round(144/412*100)==35", "412 − 268 = 144; 144 / 412 = 35%"),
    ("4分の1未満", "True", "« menos de una cuarta parte »"),
    ("1時間なら7.5ユーロ", "60/8*1==7.5", "1 € per 8 minutes × 7.5"),
    ("53年続く店", "2024-1971==53", "founded 1971 → 53 years"),
    ("3年前の12.50ユーロから2ユーロ、約16%", "14.50-2==12.50 and round(2/12.5*100)==16", "14,50 € is « dos euros más que hace tres años » → 12,50 €; 2 / 12,5 = 16%"),
    ("年1万7640ユーロ", "1260*14==17640", "1.260 € × 14 pagas"),
    ("40%なら1万4000ユーロ", "35000*0.4==14000", "40 % × 35.000 €"),
    ("上限の1万2000ユーロにとどまる", "min(35000*0.4,12000)==12000", "cap 12.000 € < 14.000 €"),
    ("午前7時〜午後11時の16時間", "23-7==16", "7.00–23.00 h = 16 hours"),
    ("7月1日(月)", "datetime(2024,7,1).strftime('%A')=='Monday'", "« el lunes » from Thursday 27 June 2024 → 1 July"),
    ("勤続20年を超える", "True", "« más de veinte años en la casa »"),
]

SLIPS["err-fr-meuse-laveries"] = [
    ("日本時間同日午後10時", "mismatch", "error", "Japan time off by an hour (summer time ignored): « mardi à 14 heures » CEST (UTC+2) + 7 h = 21:00 JST", "日本時間同日午後9時"),
    ("4.30ユーロ", "mismatch", "error", "changed digit: the wash now costs 4,80 €", "4.80ユーロ"),
    ("ジャン・ルクレール(Jean Leclerc)", "name", "warning", "a person the source never names (it quotes only « le porte-parole de la fédération »)", "(unnamed spokesman)"),
]
DERIVED["err-fr-meuse-laveries"] = [
    ("26店、約12%", "214-188==26 and round(26/214*100)==12", "214 − 188 = 26; 26 / 214 = 12.1%"),
    ("約1.7倍", "round(0.32/0.19,1)==1.7", "0,32 € / 0,19 € = 1.68"),
    ("約1万3440ユーロ", "round(42000*0.32)==13440", "42 000 kWh × 0,32 € = 13 440 €"),
    ("約7980ユーロ", "round(42000*0.19)==7980", "42 000 kWh × 0,19 € = 7 980 €"),
    ("年約1万980ユーロ", "round(1800*6.10)==10980", "1 800 m³ × 6,10 € = 10 980 €"),
    ("4〜6月期", "True", "« deuxième trimestre » → April–June"),
    ("計72台", "True", "« septante-deux machines » (Belgian French) = 72"),
    ("平均24台", "72/3==24", "72 machines / 3 laundromats"),
    ("約5分の1", "True", "« environ un cinquième »"),
    ("17日(火)午後2時", "datetime(2024,9,17).strftime('%A')=='Tuesday'", "« mardi » from Thursday 12 Sept 2024 → 17 Sept"),
    ("10店ほど", "True", "« une dizaine »"),
]

SLIPS["err-ja-michinoku-cleaning"] = [
    ("32億円", "mismatch", "error", "万/億 scale slip: the source says 3億2000万円", "3億2000万円"),
    ("2025年度中", "mismatch", "error", "wrong fiscal year: 「今年度中」 in a November 2024 article is fiscal 2024 (to March 2025)", "2024年度中(25年3月まで)"),
    ("28人", "unsupported", "warning", "invented figure: the source gives no staff count", "(no count in the source)"),
]
DERIVED["err-ja-michinoku-cleaning"] = [
    ("2023年度末(2024年3月末)", "True", "end of fiscal 2023 → end of March 2024"),
    ("436施設、約42%減った", "1048-612==436 and round(436/1048*100)==42", "1,048 − 612 = 436; 436 / 1,048 = 41.6% (source: 「4割余り」)"),
    ("62年の歴史", "2024-1962==62", "founded 1962 → 62 years"),
    ("3年前は年約3000万円", "4500/1.5==3000", "4500万円 / 1.5 = 3000万円"),
    ("半数の9店", "9/18==0.5", "9 of 18"),
    ("5%引き上げた", "(1050-1000)/1000==0.05", "1,000円 → 1,050円"),
    ("来年度(2025年4月〜26年3月)", "True", "「来年度」 in a November 2024 article → fiscal 2025 = April 2025–March 2026"),
    ("来週水曜日の13日", "datetime(2024,11,13).strftime('%A')=='Wednesday'", "「来週水曜日」 from Friday 8 Nov 2024 → 13 Nov"),
]

#@@END@@


# ---------------------------------------------------------------------------
WORDS = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
           "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
           "dozen": 12, "half": 0.5, "quarter": 0.25, "a third": 1 / 3},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
           "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
           "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
           "nonante": 90, "cent": 100,
           "moitié": 0.5, "tiers": 1 / 3, "quart": 0.25, "douzaine": 12},
    "de": {"ein": 1, "eine": 1, "einen": 1, "einem": 1, "zwei": 2, "drei": 3, "vier": 4,
           "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
           "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
           "hundert": 100, "hälfte": 0.5, "drittel": 1 / 3, "viertel": 0.25, "dutzend": 12},
    "es": {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
           "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
           "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
           "cien": 100, "mitad": 0.5, "tercio": 1 / 3, "cuarto": 0.25, "docena": 12},
    "ja": {},
}
SCALES = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "crore": 1e7,
    "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "mio": 1e6, "millionen": 1e6, "mrd": 1e9,
    "milliarden": 1e9, "milliarde": 1e9, "milliard": 1e9, "milliards": 1e9, "millones": 1e6,
    "millón": 1e6, "mil": 1e3, "tausend": 1e3, "m": 1e6, "bn": 1e9, "k": 1e3,
}
NUM = {
    "en": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
    "fr": r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
    "de": r"\d{1,3}(?:['’.]\d{3})+(?:[,.]\d+)?(?!\d)|\d+\.\d{1,2}(?!\d)|\d+(?:,\d+)?",
    "es": r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?",
    "ja": r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?",
}
FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def to_float(tok: str, lang: str) -> float:
    t = tok.replace("\u00a0", "").replace("\u202f", "").replace("’", "").replace("'", "")
    if lang in ("en", "ja"):
        t = t.replace(",", "")
    elif lang == "fr":
        t = t.replace(" ", "").replace(",", ".")
    elif lang == "de":
        if re.fullmatch(r"\d+\.\d+", t) and not re.fullmatch(r"\d{1,3}\.\d{3}", t):
            pass  # Swiss decimal point in an amount (e.g. 4.50)
        else:
            t = t.replace(".", "").replace(",", ".")
    elif lang == "es":
        t = t.replace(".", "").replace(",", ".")
    return float(t)


def key(x: float) -> float:
    return round(x, 4)


def jp_values(text: str) -> list[float]:
    """All numbers of Japanese text, with 億/万 compounds resolved."""
    text = text.translate(FW)
    vals: list[float] = []

    def grab(m: re.Match) -> str:
        oku = float(m.group(1).replace(",", "")) if m.group(1) else 0.0
        man = float(m.group(2).replace(",", "")) if m.group(2) else 0.0
        rest = float(m.group(3).replace(",", "")) if m.group(3) else 0.0
        vals.append(oku * 1e8 + man * 1e4 + rest)
        return " "

    text = re.sub(r"(\d[\d,]*(?:\.\d+)?)億(?:(\d[\d,]*(?:\.\d+)?)万)?(\d[\d,]*)?(?![\d.])", grab, text)
    text = re.sub(r"()(\d[\d,]*(?:\.\d+)?)万(\d[\d,]*)?(?![\d.])", grab, text)
    for m in re.finditer(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text):
        vals.append(float(m.group(0).replace(",", "")))
    return vals


def source_values(spec: dict) -> set[float]:
    lang = spec["lang"]
    text = "\n".join(spec["paragraphs"]) + "\n" + spec["title"]
    vals: set[float] = set()
    if lang == "ja":
        vals.update(key(v) for v in jp_values(text))
    else:
        pat = re.compile(rf"({NUM[lang]})(?:[\s\u00a0\u202f]*(?:de\s+)?([A-Za-zäöüéñó]+)\.?)?")
        for m in pat.finditer(text.translate(FW)):
            v = to_float(m.group(1), lang)
            vals.add(key(v))
            w = (m.group(2) or "").lower()
            if w in SCALES:
                vals.add(key(v * SCALES[w]))
        low = text.lower()
        for w, v in WORDS[lang].items():
            if re.search(rf"(?<![a-zäöüéèàñ]){re.escape(w)}(?![a-zäöüéèàñ])", low):
                vals.add(key(v))
                for s, f in SCALES.items():
                    if re.search(rf"{re.escape(w)}[\s-]+{s}\b", low):
                        vals.add(key(v * f))
        if lang == "en":
            tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                    "seventy": 70, "eighty": 80, "ninety": 90}
            units = {k: v for k, v in WORDS["en"].items() if isinstance(v, int) and v < 10}
            for m in re.finditer(r"\b(" + "|".join(tens) + r")-(" + "|".join(units) + r")\b", low):
                vals.add(float(tens[m.group(1)] + units[m.group(2)]))
        if lang == "en":
            for i, ab in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept?", "Oct", "Nov", "Dec"]):
                if re.search(rf"\b{ab}\.", text):
                    vals.add(float(i + 1))
        comp = {
            "fr": (r"(vingt|trente|quarante|cinquante|soixante|septante|nonante)-(?:et-)?(un|deux|trois|quatre|cinq|six|sept|huit|neuf)",
                   {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "nonante": 90}),
            "es": (r"(treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa) y (uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)",
                   {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}),
            "de": (r"(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig)",
                   {"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60}),
        }
        if lang in comp:
            rx, tens_map = comp[lang]
            for m in re.finditer(rx, low):
                a, b = m.group(1), m.group(2)
                if lang == "de":
                    vals.add(float(tens_map[b] + WORDS["de"][a]))
                else:
                    vals.add(float(tens_map[a] + WORDS[lang][b]))
        if lang == "es":
            for m in re.finditer(r"veinti(uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)", low):
                vals.add(float(20 + WORDS["es"][m.group(1).replace("é", "e").replace("ó", "o")]))
        if lang == "de" and re.search(r"\bJänner\b", text):
            vals.add(1.0)
        for i, name in enumerate(gen.MONTHS[lang]):
            if re.search(rf"\b{name}\b", text, re.I):
                vals.add(float(i + 1))
    local = spec["dt"].astimezone(ZoneInfo(spec["zone"]))
    vals.update({float(local.year), float(local.month), float(local.day)})
    return vals


def digest_body(text: str) -> str:
    lines = text.split("\n")
    body = "\n".join(lines[1:])
    body = body.split("【引用・参照・底本】")[0]
    body = re.sub(r"(?m)^\s*\d+\.(?=\S)", " ", body)
    body = re.sub(r"1(?=[^\d\s、。・]{0,6}あたり)", " ", body)
    head = re.sub(r"\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}$", "", lines[0])
    return head + "\n" + body


def yoten_bin() -> str | None:
    for cand in (os.environ.get("YOTEN"), "/tmp/bcv442/bin/yoten", shutil.which("yoten")):
        if cand and Path(cand).exists():
            return cand
    return None


def main(argv: list[str]) -> int:
    if "--tables" in argv:
        return tables()
    fails: list[str] = []
    notes: list[str] = []
    specs = {s["name"]: s for s in gen.all_specs()}
    names = sorted(p.name for p in (HERE / "cases").iterdir() if p.is_dir())
    if sorted(specs) != names:
        fails.append(f"specs and cases differ: {sorted(set(specs) ^ set(names))}")
    clean = [n for n in names if n.startswith("clean-")]
    err = [n for n in names if n.startswith("err-")]
    print(f"cases: {len(names)} (clean {len(clean)}, err {len(err)})")
    if (len(names), len(clean), len(err)) != (24, 12, 12):
        fails.append("need 24 cases: 12 clean-*, 12 err-*")
    langs: dict[str, list[str]] = {}
    for n in names:
        langs.setdefault(specs[n]["lang"], []).append(n)
    print("languages: " + ", ".join(f"{k} {len(v)} (clean {sum(x.startswith('clean') for x in v)}, err {sum(x.startswith('err') for x in v)})" for k, v in sorted(langs.items())))
    if {k: len(v) for k, v in langs.items()} != {"en": 14, "fr": 3, "de": 3, "es": 2, "ja": 2}:
        fails.append("languages must be en 14, fr 3, de 3, es 2, ja 2")
    if gen.main(["--check"]) != 0:
        fails.append("source.html out of date: run gen.py")
    else:
        print("html: every source.html is what gen.py renders from its spec")
    yb = yoten_bin()
    if not yb:
        fails.append("yoten not found (set YOTEN=/path/to/yoten)")
    kinds: dict[tuple[str, str], int] = {}
    n_derived = 0
    for n in names:
        spec = specs[n]
        cdir = HERE / "cases" / n
        digest = (cdir / "digest.txt").read_text(encoding="utf-8")
        exp = json.loads((cdir / "expected.json").read_text(encoding="utf-8"))
        html_text = (cdir / "source.html").read_text(encoding="utf-8")
        if f'lang="{spec["lang"]}"' not in html_text:
            fails.append(f"{n}: html lang")
        body = "\n".join(spec["paragraphs"])
        size = len(re.sub(r"\s", "", body)) if spec["lang"] == "ja" else len(body.split())
        lo, hi = (900, 1600) if spec["lang"] == "ja" else (450, 800)
        if not lo <= size <= hi:
            fails.append(f"{n}: article size {size} outside {lo}-{hi}")
        dsize = len(digest)
        dsize_nows = len(re.sub(r"\s", "", digest))
        if not (2000 <= dsize <= 4500 and 2000 <= dsize_nows <= 4500):
            fails.append(f"{n}: digest size {dsize} ({dsize_nows} without whitespace) outside 2000-4500")
        # expected.json
        is_clean = n.startswith("clean-")
        if exp.get("clean") is not is_clean:
            fails.append(f"{n}: expected.clean should be {is_clean}")
        f = exp.get("findings", [])
        if is_clean and f:
            fails.append(f"{n}: clean case with findings")
        if not is_clean:
            sev = sorted(x["severity"] for x in f)
            if len(f) != 3 or sev != ["error", "error", "warning"]:
                fails.append(f"{n}: err case needs 2 error + 1 warning")
            for x in f:
                if x["severity"] == "error" and x["kind"] != "mismatch":
                    fails.append(f"{n}: error finding must be mismatch")
                if x["severity"] == "warning" and x["kind"] not in ("unsupported", "name", "spelling", "citation"):
                    fails.append(f"{n}: warning kind {x['kind']}")
            slips = SLIPS.get(n, [])
            if sorted((s[0], s[1], s[2]) for s in slips) != sorted((x["span"], x["kind"], x["severity"]) for x in f):
                fails.append(f"{n}: SLIPS table and expected.json differ")
        for x in f:
            kinds[(x["kind"], x["severity"])] = kinds.get((x["kind"], x["severity"]), 0) + 1
            c = digest.count(x["span"])
            if c != 1:
                fails.append(f"{n}: span {x['span']!r} occurs {c} times")
        # yoten parse + citation
        cit_slip = next((x for x in f if x["kind"] == "citation"), None)
        parsed = None
        if yb:
            r = subprocess.run([yb, "parse", str(cdir / "digest.txt")], capture_output=True, text=True)
            if r.returncode != 0:
                fails.append(f"{n}: yoten parse failed: {r.stderr.strip()[-300:]}")
            else:
                parsed = json.loads(r.stdout)
        local = spec["dt"].astimezone(ZoneInfo(spec["zone"]))
        want = {"title": spec["title"], "outlet": spec["outlet"],
                "date": local.date().isoformat(), "url": spec["url"]}
        if parsed:
            src = parsed.get("sources") or [{}]
            got = {k: src[0].get(k) for k in want}
            norm = lambda x: " ".join((x or "").replace("\u3000", " ").split())  # noqa: E731
            got["title"], want["title"] = norm(got["title"]), norm(want["title"])
            diff = [k for k in want if got[k] != want[k]]
            if cit_slip:
                if len(diff) != 1 or cit_slip["span"] not in (got[diff[0]] or "").replace("-", ".") and cit_slip["span"] not in (got[diff[0]] or ""):
                    fails.append(f"{n}: citation slip should change exactly one field: {diff} {got}")
            elif diff:
                fails.append(f"{n}: citation differs in {diff}: {got} vs {want}")
            for sec in ("overview", "details", "key_points"):
                if not parsed.get(sec):
                    fails.append(f"{n}: parse lacks {sec}")
            posted = datetime.fromisoformat(parsed["posted_at"]).replace(tzinfo=JST)
            if posted <= spec["dt"]:
                fails.append(f"{n}: posted_at before the source")
        lines = digest.split("\n")
        if not (lines[2].startswith("国立国会図書館デジタルコレクション「") and lines[2].endswith("を加工して作成")):
            fails.append(f"{n}: image credit line")
        # derived values
        der = DERIVED.get(n, [])
        if is_clean and len(der) < 8:
            fails.append(f"{n}: only {len(der)} derived values (need 8)")
        if not is_clean and len(der) < 3:
            fails.append(f"{n}: err digest should also carry derived values")
        n_derived += len(der)
        for text, expr, _note in der:
            if text not in digest:
                fails.append(f"{n}: derived text not in digest: {text!r}")
            try:
                ok = eval(expr, {"datetime": datetime, "ZoneInfo": ZoneInfo, "JST": JST, "round": round})
            except Exception as ex:  # noqa: BLE001
                ok = False
                fails.append(f"{n}: derived expr error {expr!r}: {ex}")
            if not ok:
                fails.append(f"{n}: derived arithmetic fails: {text!r}: {expr}")
        # number audit
        allowed = source_values(spec)
        extra: set[float] = set()
        for text, _e, _n in der:
            extra.update(key(v) for v in jp_values(text))
        for s in SLIPS.get(n, []):
            extra.update(key(v) for v in jp_values(s[0]))
        unexplained = sorted({v for v in (key(x) for x in jp_values(digest_body(digest)))
                              if v not in allowed and v not in extra})
        if unexplained:
            fails.append(f"{n}: numbers neither in source nor listed: {unexplained}")
        # Latin names
        name_spans = [x["span"] for x in f if x["kind"] == "name"]
        for m in re.finditer(r"\(([^()]*[A-Za-z][^()]*)\)", digest.split("【引用・参照・底本】")[0]):
            lat = m.group(1)
            if lat not in body and not any(lat in s or s in lat for s in name_spans):
                fails.append(f"{n}: Latin name {lat!r} not in source")
        print(f"  {n:44s} {spec['lang']}  article {size:4d}{'c' if spec['lang']=='ja' else 'w'}  digest {dsize:4d}c ({dsize_nows:4d} w/o ws)  derived {len(der):2d}  findings {len(f)}  parse {'ok' if parsed else 'FAIL'}")
    print("planted findings: " + ", ".join(f"{k}/{s} {c}" for (k, s), c in sorted(kinds.items())))
    print(f"derived values listed and checked: {n_derived}")
    for x in notes:
        print("note:", x)
    if fails:
        print("FAIL")
        for x in fails:
            print("  -", x)
        return 1
    print("OK")
    return 0


def tables() -> int:
    specs = {s["name"]: s for s in gen.all_specs()}
    print("## Clean traps\n")
    for n in sorted(DERIVED):
        if not n.startswith("clean-"):
            continue
        print(f"### {n}\n")
        print("| value in digest | derivation |\n|---|---|")
        for text, _e, note in DERIVED[n]:
            print(f"| {text} | {note} |")
        print()
    print("## Planted findings\n")
    print("| case | span | kind / severity | slip | correct value |\n|---|---|---|---|---|")
    for n in sorted(SLIPS):
        for span, kind, sev, slip, correct in SLIPS[n]:
            print(f"| {n} | `{span}` | {kind} / {sev} | {slip} | {correct} |")
    print("\n### Correct derived values the err digests also carry (not labelled)\n")
    for n in sorted(DERIVED):
        if not n.startswith("err-"):
            continue
        print(f"- **{n}**: " + "; ".join(f"{t} ({note})" for t, _e, note in DERIVED[n]))
    print("\n## Cases\n")
    print("| case | lang | outlet (UTC offset) | topic |\n|---|---|---|---|")
    for n, s in sorted(specs.items()):
        off = s["dt"].strftime("%z")
        print(f"| {n} | {s['lang']} | {s['outlet']} ({off[:3]}:{off[3:]}) | {s.get('topic', s['title'])} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
