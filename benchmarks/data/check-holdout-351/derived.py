"""Derived values in the digests, computed here (imported by verify.py and used for README).

Each entry: (text that stands verbatim in digest.txt, python expression, what it derives).
"""
from datetime import datetime, date, timezone, timedelta

def jst(y, mo, d, h, mi, off):
    t = datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))
    return t.astimezone(timezone(timedelta(hours=9))).strftime("%d日 %H:%M JST")

def wd(y, mo, d):
    return "月火水木金土日"[date(y, mo, d).weekday()]

ACRE, MILE, SHORT_TON, LB = 0.40468564224, 1.609344, 0.90718474, 0.45359237

DERIVED = {
 "clean-ridgeline-sawmill": [
  ("13日(月)", "wd(2026,4,13)", "'on Monday' before the Tue 14 Apr (-07:00) article"),
  ("8000万ボードフィート(約3割)", "(340-260, round((340-260)/260,3))", "340m - 260m board feet; share of 260m"),
  ("405人", "310+95", "current staff + new jobs"),
  ("7〜9月期", "'Q3 -> Jul-Sep'", "third quarter"),
  ("約4.9ヘクタール", "round(12*ACRE,2)", "12 acres"),
  ("日本時間14日午前2時", "jst(2026,4,13,10,0,-7)", "10 a.m. Pacific (PDT) on Monday 13th"),
  ("総投資額の約5%", "round(4.5/84,3)", "$4.5m grant / $84m"),
 ],
 "clean-nordvik-pulp": [
  ("19日(火)", "wd(2026,5,19)", "'on Tuesday' before the Wed 20 May article"),
  ("1〜3月期", "'first quarter / January-March'", "quarter"),
  ("5600万ユーロ(約12%)", "(468-412, round((468-412)/468,3))", "revenue decline"),
  ("4.5ポイント", "round(11.9-7.4,1)", "margin 11.9% -> 7.4%"),
  ("約480キロ", "round(300*MILE,1)", "300 miles"),
  ("約27%", "round(140/520,3)", "140 of 520 jobs"),
  ("日本時間同日午後2時30分", "jst(2026,5,19,7,30,2)", "07:30 CEST"),
  ("4〜6月期", "'second quarter'", "quarter"),
 ],
 "clean-brannock-salvage": [
  ("5日(水)", "wd(2026,8,5)", "'on Wednesday' before Thu 6 Aug article"),
  ("約4万7800ヘクタール", "round(118000*ACRE)", "118,000 acres"),
  ("2.70ドル", "round(4.50-1.80,2)", "fee cut"),
  ("6割", "round((4.50-1.80)/4.50,3)", "60% cut in headline"),
  ("31万5000立方メートル", "0.15*2_100_000", "15% of 2.1m m3"),
  ("日本時間6日午前5時", "jst(2026,8,5,14,0,-6)", "2 p.m. local (MDT, -06:00)"),
  ("約4割", "0.40", "about 40%"),
  ("5分の1", "1/5", "a fifth"),
 ],
 "clean-tamsey-log-exports": [
  ("8日(水)", "wd(2026,7,8)", "'on Wednesday' before Thu 9 Jul (+12:00)"),
  ("4〜6月期", "'June quarter'", "quarter"),
  ("13NZドル", "131-118", "price drop"),
  ("7ポイント", "78-71", "China share 78% -> 71%"),
  ("1〜3月期", "'March quarter'", "quarter"),
  ("4分の1", "1/4", "'by a quarter'"),
 ],
 "clean-mellan-timber-tower": [
  ("21日(月)", "wd(2026,9,21)", "'on Monday' before Tue 22 Sep"),
  ("約79メートル", "round(260*0.3048,2)", "260 feet"),
  ("約145キロ", "round(90*MILE,1)", "90 miles"),
  ("4分の1にあたる78戸", "78/312", "78 of 312 units"),
  ("2029年10〜12月期", "'fourth quarter of 2029'", "quarter"),
 ],
 "clean-greyrock-mill-closure": [
  ("12月18日(金)", "wd(2026,12,18)", "Dec. 18 weekday"),
  ("95年", "2026-1931", "opened 1931"),
  ("約26万トン", "round(285000*SHORT_TON)", "285,000 short tons"),
  ("約6割", "0.60", "about 60% of capacity"),
  ("2027年3月期の第3四半期(10〜12月期)", "'FY ends March; fiscal Q3 Oct-Dec 2026 -> FY ending 2027-03'", "fiscal year"),
  ("1日(木)午後4時(日本時間2日午前5時)", "(wd(2026,10,1), jst(2026,10,1,16,0,-4))", "4 p.m. EDT Thursday"),
  ("来年6月末", "'end of June (2027)'", "health coverage"),
  ("約160キロ", "round(100*MILE,1)", "100 miles"),
  ("約64万トン", "round(700000*SHORT_TON)", "700,000 (short) tons"),
  ("2日朝", "'Friday morning = 2 Oct'", "Friday"),
 ],
 "clean-carrow-pellet-restart": [
  ("26日(月)", "wd(2026,1,26)", "'on Monday' before Tue 27 Jan"),
  ("850万ドル", "27.5-19", "uncovered repair cost"),
  ("約3割", "round(8.5/27.5,3)", "share of repair cost"),
  ("約480度", "round((900-32)*5/9,1)", "900 F in Celsius"),
  ("約9割", "round(500/550,3)", "500,000 of 550,000 t"),
  ("約800メートル", "round(0.5*MILE*1000)", "half a mile"),
 ],
 "clean-scierie-vaudrey": [
  ("16日(月)", "wd(2026,2,16)", "'lundi' before Tue 17 Feb"),
  ("2万7000立方メートル(約56%)", "(75000-48000, round(27/48,3))", "capacity increase"),
  ("4〜6月期", "'deuxième trimestre'", "quarter"),
  ("総額の約14%", "round(1.8/12.5,3)", "regional aid share"),
  ("日本時間同日午後7時", "jst(2026,2,16,11,0,1)", "11 h CET"),
  ("約18%", "round((92-75)/92,3)", "spruce price 92 -> 75"),
  ("2カ月前", "'deux mois après'", "—"),
 ],
 "clean-landesforsten-bilanz": [
  ("9日(火)", "wd(2026,6,9)", "'am Dienstag' before Wed 10 Jun"),
  ("9ポイント", "71-62", "Schadholz share 71% -> 62%"),
  ("2200万ユーロ(約7%)", "(318-296, round(22/296,3))", "revenue rise"),
  ("約18%", "round((104-88)/88,3)", "104 vs 88 EUR/Fm"),
  ("460万立方メートル", "4.6e6", "4,6 Mio. Festmeter (1 Fm = 1 m3 solid wood)"),
  ("日本時間同日午後5時30分", "jst(2026,6,9,10,30,2)", "10.30 Uhr CEST"),
  ("3分の2強", "'gut zwei Dritteln'", "fraction"),
 ],
 "clean-papierfabrik-lindenau": [
  ("17日(火)", "wd(2026,11,17)", "'am Dienstag' before Wed 18 Nov"),
  ("約14%", "round(90/640,3)", "90 of 640 jobs"),
  ("2028年3月期", "'Geschäftsjahr 2027/28, April-March'", "fiscal year"),
  ("約5カ月", "'February to June 2027 = 5 months'", "shutdown"),
  ("2億8500万ユーロ", "285e6", "285 Mio. Euro"),
 ],
 "clean-celulosa-carrizal": [
  ("4日(水)", "wd(2026,3,4)", "'el miércoles' before Thu 5 Mar"),
  ("12億4000万ドル", "1240e6", "1.240 millones"),
  ("3500万ドル(約27%)", "(131-96, round(35/131,3))", "net profit fall"),
  ("日本時間同日午後11時", "jst(2026,3,4,11,0,-3)", "11.00 hora local (-03:00)"),
  ("年平均で4500ヘクタール", "18000/4", "18,000 ha over 4 years"),
  ("142万トン", "1.42e6", "1,42 millones de toneladas"),
 ],
 "clean-minase-mokuzai": [
  ("11日(月)", "wd(2026,5,11)", "11日 weekday"),
  ("2万3000立方メートル(約55%)", "(65000-42000, round(23/42,3))", "log intake increase"),
  ("総額の4分の1", "4.5/18", "subsidy 4.5億 / 18億"),
  ("約3.5ヘクタール", "35000/10000", "35,000 m2"),
 ],
}

# correct derived values that also stand in the err digests
ERR_DERIVED = {
 "err-bramwell-plywood-fire": [("日本時間23日午後0時40分ごろ", "jst(2026,3,22,23,40,-4)", "11:40 p.m. EDT Sunday"), ("23日(月)", "wd(2026,3,23)", "Monday")],
 "err-meridian-forest-credits": [("4.30ドル(約30%)", "(round(18.40-14.10,2), round(4.30/14.10,3))", "Q3 -> Q4 price"), ("14日(水)", "wd(2026,1,14)", "Wednesday")],
 "err-pellam-beetle-thinning": [("約1万7000ヘクタール", "round(42000*ACRE)", "42,000 acres"), ("約7万3000ヘクタール", "round(180000*ACRE)", "180,000 acres"), ("約2.4キロ", "round(1.5*MILE,2)", "1.5 miles")],
 "err-softleaf-tissue-results": [("日本時間6日午前6時15分", "jst(2026,2,5,16,15,-5)", "4:15 p.m. EST")],
 "err-southwind-plantation-sale": [("日本時間同日午前8時30分", "jst(2026,6,2,9,30,10)", "9.30am AEST"), ("2億3000万豪ドル", "640-410", "sale vs 2014 price")],
 "err-kaarna-board-machine": [("2027年4〜6月期", "'Q2 2027'", "quarter")],
 "err-log-truck-weight": [("約36トン", "round(80000*LB)", "80,000 lb"), ("約1850キロ", "round(1150*MILE)", "1,150 miles")],
 "err-papeterie-morvillers-greve": [("約4割", "round(164/430,3)", "164 of 430"), ("日本時間同日午後9時30分", "jst(2026,4,8,14,30,2)", "14 h 30 CEST")],
 "err-serignac-incendie": [("約8%", "round(3400/41000,3)", "burned share of massif"), ("3倍", "5100/1700", "year-to-date burned area")],
 "err-saegewerk-hallinger": [("2200万ユーロ(約19%)", "(118-96, round(22/118,3))", "revenue fall"), ("4〜6月期", "'zweites Quartal'", "quarter")],
 "err-maderas-quindal": [("約49人", "140*0.35", "35% of 140")],
 "err-owada-seishi-kessan": [("40億円", "180-140", "forecast cut"), ("約4割", "0.412", "41.2%"), ("2027年3月末", "'来年3月末 from Nov 2026'", "date")],
}

def evaluate(expr):
    return eval(expr)
