#!/usr/bin/env python3
"""Generate check-holdout-291: specs/, cases/<name>/{source.html,digest.txt,expected.json}.
Everything is fictional. Derived values are computed here and printed to derived.txt."""
import datetime as dt, json, html, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
WD_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WD_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
WD_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
WD_ES = "lunes martes miércoles jueves viernes sábado domingo".split()
WD_JA = "月火水木金土日"
MON_EN = "January February March April May June July August September October November December".split()
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
Q_EN = {1: "first", 2: "second", 3: "third", 4: "fourth"}
Q_FR = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}
Q_DE = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten"}
Q_ES = {1: "primer", 2: "segundo", 3: "tercer", 4: "cuarto"}
Q_JA = {1: "1〜3月", 2: "4〜6月", 3: "7〜9月", 4: "10〜12月"}
ITEMS = {
 "roads": ("road resurfacing", "road", "la réfection de la voirie", "de voirie", "die Straßensanierung", "Straßen", "la repavimentación de calles", "de calles", "道路の再舗装", "道路"),
 "water": ("water main replacement", "pipe", "le remplacement des conduites d'eau", "de conduites", "den Austausch von Wasserleitungen", "Leitungen", "la renovación de tuberías de agua", "de tuberías", "水道管の更新", "水道管"),
 "flood": ("flood defences", "embankment", "la protection contre les crues", "de digues", "den Hochwasserschutz", "Deiche", "las defensas contra inundaciones", "de diques", "洪水対策", "堤防"),
 "bus": ("bus lanes", "bus lane", "les couloirs de bus", "de couloirs de bus", "Busspuren", "Busspuren", "los carriles bus", "de carriles bus", "バス専用レーン", "バス専用レーン"),
 "cycle": ("cycle paths", "cycle path", "les pistes cyclables", "de pistes cyclables", "Radwege", "Radwege", "los carriles bici", "de carriles bici", "自転車道", "自転車道"),
 "sewer": ("sewer repairs", "sewer line", "la rénovation des égouts", "d'égouts", "die Kanalsanierung", "Kanäle", "la renovación del alcantarillado", "de alcantarillado", "下水道の改修", "下水管"),
}
CUR = {"USD": ("$", "ドル"), "GBP": ("£", "ポンド"), "CAD": ("C$", "カナダドル"), "AUD": ("A$", "豪ドル"),
       "EUR": ("€", "ユーロ"), "NZD": ("NZ$", "NZドル"), "CHF": ("CHF", "スイスフラン"), "MXN": ("$", "ペソ"), "JPY": ("", "円")}

def ja_scale(units):
    """integer units -> 12億6000万 style"""
    units = int(round(units))
    oku, man = divmod(units // 10000, 10000)
    s = ""
    if oku: s += f"{oku}億"
    if man: s += f"{man}万"
    return s

def share_ja(p):
    r = round(p * 10)
    return f"約{r}割"

# name, lang, outlet, domain, offset, zone_src, zone_ja, cur, city, city_ja, mayor, mayor_ja, age, treas, treas_ja,
# opp, opp_ja, item, pub(local), vote_wd, T(mill), P, S, r1, r2, lo, hi, dist, quarter, hear(local, days after pub, hour), yes, no, extra
CASES = [
 ("clean-harlow-roads","en","The Harlow Ledger","harlowledger.example","-04:00","EDT","米東部夏時間","USD","Harlow","ハーロウ","Denise Okafor","デニース・オカフォー",58,"Martin Queller","マーティン・クエラー","Paul Brandt","ポール・ブラント","roads","2026-05-14 08:10",1,1260,1187.4,378.5,1.12,1.19,120,150,12,3,(4,19),7,4,86),
 ("err-marrow-water","en","Marrow Valley Courier","marrowcourier.example","-05:00","CDT","米中部夏時間","USD","Marrow","マロー","Glen Haversham","グレン・ハバーシャム",61,"Ruth Delacey","ルース・デレイシー","Ana Keel","アナ・キール","water","2026-05-21 07:45",2,842,791.6,168.9,0.98,1.06,60,80,9,4,(5,18),6,3,71),
 ("clean-bellport-flood","en","Bellport Evening Post","bellportpost.example","+01:00","BST","英国夏時間","GBP","Bellport","ベルポート","Harriet Lusk","ハリエット・ラスク",49,"Owen Tarrant","オーウェン・タラント","Simon Achebe","サイモン・アチェベ","flood","2026-05-07 06:30",1,615,583.2,246.3,2.40,2.65,40,55,7,4,(4,18),31,22,54),
 ("err-quinton-bus","en","Quinton Gazette","quintongazette.example","-07:00","PDT","米太平洋夏時間","USD","Quinton","クイントン","Luis Ferreira-Bell","ルイス・フェレイラベル",45,"Nadia Stroud","ナディア・ストラウド","Carl Weems","カール・ウィームズ","bus","2026-06-04 09:20",0,2140,2011.5,428.2,0.84,0.91,200,240,15,3,(5,18),8,1,112),
 ("clean-stonewick-sewer","en","Stonewick Herald","stonewickherald.example","-04:00","EDT","カナダ東部夏時間","CAD","Stonewick","ストーンウィック","Marie-Claire Dunmore","マリークレール・ダンモア",53,"Ajay Rowan","アジェイ・ローワン","Trevor Ilsley","トレバー・イルスリー","sewer","2026-05-28 07:00",2,965,902.7,193.8,1.31,1.37,35,45,6,2,(4,19),9,4,64),
 ("err-kelby-cycle","en","Kelby Morning Star","kelbystar.example","+10:00","AEST","豪東部標準時","AUD","Kelby","ケルビー","Fiona Marsh-Tate","フィオナ・マーシュテイト",57,"Declan Voss","デクラン・ボス","Ruby Tanaka-Hill","ルビー・タナカヒル","cycle","2026-05-14 05:45",1,488,460.3,97.4,0.52,0.58,25,30,11,3,(5,18),7,5,48),
 ("clean-ardmore-water","en","Ardmore Chronicle","ardmorechronicle.example","+01:00","IST","アイルランド夏時間","EUR","Ardmore","アードモア","Siobhan Keane","シボーン・キーン",62,"Fergal Nolan","ファーガル・ノーラン","Brendan Hurley","ブレンダン・ハーリー","water","2026-06-11 08:00",1,318,301.4,127.6,0.23,0.26,18,24,5,4,(4,19),21,9,39),
 ("err-tamsin-roads","en","Tamsin Bay Times","tamsintimes.example","+12:00","NZST","ニュージーランド標準時","NZD","Tamsin Bay","タムシンベイ","Aroha Whitcombe","アロハ・ウィットコム",50,"Graham Pike","グラハム・パイク","Leon Marsh","レオン・マーシュ","roads","2026-05-21 06:15",2,724,690.1,217.5,0.41,0.45,30,36,14,3,(4,18),9,4,95),
 ("clean-dunmere-bus","en","Dunmere Tribune","dunmeretribune.example","-05:00","CDT","米中部夏時間","USD","Dunmere","ダンミア","Curtis Albright","カーティス・オルブライト",66,"Helen Marsh","ヘレン・マーシュ","Joy Stanek","ジョイ・スタネク","bus","2026-06-18 07:30",0,1530,1448.2,306.1,1.05,1.11,90,110,8,4,(4,19),5,2,77),
 ("err-westlow-flood","en","Westlow Advertiser","westlowadvertiser.example","+01:00","BST","英国夏時間","GBP","Westlow","ウェストロー","Imogen Pryce","イモージェン・プライス",47,"Rashid Khan","ラシッド・カーン","Terence Bale","テレンス・ベール","flood","2026-06-04 06:00",2,433,409.8,130.2,1.95,2.10,22,28,4,2,(5,18),28,19,41),
 ("clean-corvale-cycle","en","Corvale Daily News","corvalenews.example","-07:00","PDT","カナダ太平洋夏時間","CAD","Corvale","コーベール","Priya Sandhu","プリヤ・サンドゥ",44,"Tom Eckert","トム・エッカート","Walter Gunn","ウォルター・ガン","cycle","2026-05-07 09:00",1,1105,1041.9,221.6,0.89,0.95,45,60,19,3,(4,19),10,1,58),
 ("err-ferrin-sewer","en","Ferrin County Record","ferrinrecord.example","-04:00","EDT","米東部夏時間","USD","Ferrin","フェリン","Doris Kettleman","ドリス・ケトルマン",69,"Brian Oduya","ブライアン・オドゥヤ","Kyle Renner","カイル・レナー","sewer","2026-05-28 08:40",0,377,355.6,75.2,1.44,1.52,15,20,10,4,(4,18),4,3,67),
 ("clean-halden-flood","en","Halden Shire Examiner","haldenexaminer.example","+10:00","AEST","豪東部標準時","AUD","Halden","ハルデン","Neil Crossley","ニール・クロスリー",55,"Megan Liu","メーガン・リウ","Ross Albury","ロス・オルベリー","flood","2026-06-11 06:20",2,296,279.9,88.4,0.47,0.51,12,16,3,2,(5,19),6,3,33),
 ("err-oakridge-bus","en","Oakridge Sentinel","oakridgesentinel.example","-04:00","EDT","米東部夏時間","USD","Oakridge","オークリッジ","Teresa Valdez","テレサ・バルデス",52,"Howard Brinkley","ハワード・ブリンクリー","Sam Oyelaran","サム・オイェラン","bus","2026-06-18 08:05",1,2870,2702.4,574.9,0.66,0.71,150,180,21,3,(4,19),11,2,129),
 ("clean-saint-alban-roads","fr","Le Courrier de Saint-Alban","courrier-saintalban.example","+02:00","heure de Paris","仏夏時間","EUR","Saint-Alban-sur-Lèze","サンタルバン・シュル・レーズ","Odile Marchand","オディール・マルシャン",59,"Yves Perrot","イブ・ペロ","Nadia Belkacem","ナディア・ベルカセム","roads","2026-05-14 07:30",1,412,389.7,123.6,1.34,1.42,30,40,18,3,(4,18),33,12,52),
 ("err-montclar-water","fr","La Dépêche de Montclar","depeche-montclar.example","+02:00","heure de Paris","仏夏時間","EUR","Montclar","モンクラール","Bernard Lachaud","ベルナール・ラショー",64,"Claire Vidal","クレール・ビダル","Julien Roche","ジュリアン・ロシュ","water","2026-05-21 06:50",2,268,251.3,80.5,0.78,0.85,20,25,9,4,(5,18),29,10,44),
 ("clean-riviere-noire-bus","fr","L'Écho de Rivière-Noire","echo-riviere-noire.example","-04:00","heure de l'Est","カナダ東部夏時間","CAD","Rivière-Noire","リビエールノワール","Geneviève Tremblay","ジュヌビエーブ・トランブレ",51,"Luc Gagnon","リュック・ガニョン","Marc Pelletier","マルク・ペルティエ","bus","2026-06-04 08:00",0,1840,1736.2,552.1,0.92,0.97,80,100,13,4,(4,19),12,3,81),
 ("clean-lindenau-sewer","de","Lindenauer Anzeiger","lindenauer-anzeiger.example","+02:00","MESZ","独夏時間","EUR","Lindenau","リンデナウ","Ulrike Brandes","ウルリケ・ブランデス",56,"Jörg Hellwig","イェルク・ヘルヴィヒ","Stefan Kuhl","シュテファン・クール","sewer","2026-05-07 06:40",1,734,698.5,146.8,4.90,5.10,40,50,8,3,(5,18),34,17,38),
 ("err-grauberg-cycle","de","Grauberger Rundschau","grauberger-rundschau.example","+02:00","MESZ","オーストリア夏時間","EUR","Grauberg","グラウベルク","Matthias Pichler","マティアス・ピヒラー",48,"Sabine Egger","ザビーネ・エッガー","Karl Moser","カール・モーザー","cycle","2026-06-11 07:15",2,512,487.6,102.4,3.80,3.95,25,35,16,4,(4,18),27,14,29),
 ("err-seewil-flood","de","Seewiler Tagblatt","seewiler-tagblatt.example","+02:00","MESZ","スイス夏時間","CHF","Seewil","ゼーヴィル","Regula Imhof","レグラ・イムホフ",60,"Beat Zürcher","ベアト・ツュルヒャー","Daniel Frey","ダニエル・フライ","flood","2026-05-28 06:30",0,389,371.2,116.7,1.60,1.68,10,15,6,3,(5,19),22,13,35),
 ("clean-villaverde-water","es","El Heraldo de Villaverde","heraldovillaverde.example","+02:00","hora peninsular","スペイン夏時間","EUR","Villaverde del Cerro","ビリャベルデ・デル・セロ","Carmen Olmedo","カルメン・オルメド",54,"Andrés Ruiz","アンドレス・ルイス","Pilar Sáez","ピラール・サエス","water","2026-05-21 08:30",1,356,338.1,71.2,0.58,0.62,20,30,7,4,(4,19),14,11,27),
 ("err-san-lucio-roads","es","Diario de San Lucio","diariosanlucio.example","-06:00","hora del centro","メキシコ中部時間","MXN","San Lucio","サンルシオ","Ernesto Galván","エルネスト・ガルバン",63,"Lucía Mendoza","ルシア・メンドサ","Raúl Ibarra","ラウル・イバラ","roads","2026-06-04 07:00",2,4820,4513.7,1446.0,0.35,0.38,150,200,25,3,(4,18),15,6,410),
 ("clean-kitahama-sewer","ja","北浜新報","kitahama-shimpo.example","+09:00","","","JPY","北浜市","北浜市","Shimizu Takeshi","清水健",57,"","岡本由紀","","森田浩二","sewer","2026-03-19 07:00",1,12840000,12185000,2568000,1.40,1.45,30,40,12,2,(4,19),28,7,0),
 ("err-minamisato-cycle","ja","南里日日新聞","minamisato-nichinichi.example","+09:00","","","JPY","南里町","南里町","Kubo Akiko","久保明子",62,"","村井俊介","","石川正","cycle","2026-03-26 06:30",2,386500,369200,77300,1.40,1.50,8,12,9,3,(4,18),11,5,0),
]
# errors: (type, occurrence index);  warning type
ERRS = {
 "err-marrow-water": ([("share",0),("weekday",0)], ("unsupported", "人口約21万人の", "約21万人")),
 "err-quinton-bus": ([("pp",1),("jst",0)], ("name", "交通局(QTA)", "QTA")),
 "err-kelby-cycle": ([("quarter",1),("diff",0)], ("spelling", None, None)),
 "err-tamsin-roads": ([("km",0),("age",0)], ("citation", "utm", None)),
 "err-westlow-flood": ([("total",1),("range",2)], ("unsupported", "2024年の洪水被害を受けた", "2024年")),
 "err-ferrin-sewer": ([("fy",0),("pct",1)], ("name", None, None)),
 "err-oakridge-bus": ([("scale",1),("weekday_h",0)], ("spelling", None, None)),
 "err-montclar-water": ([("jst",0),("share",2)], ("citation", "date", None)),
 "err-grauberg-cycle": ([("pct",0),("quarter",0)], ("unsupported", "約1万2000人の利用者", "約1万2000人")),
 "err-seewil-flood": ([("diff",1),("pp",0)], ("citation", "outlet", None)),
 "err-san-lucio-roads": ([("scale",0),("km",1)], ("name", None, None)),
 "err-minamisato-cycle": ([("total",0),("weekday",1)], ("spelling", None, None)),
}
SPELL_ALT = {"err-kelby-cycle": "フィオナ・マーシュテート", "err-oakridge-bus": "テレサ・ヴァルデス", "err-minamisato-cycle": "久保亮子"}
NAME_ADD = {"err-ferrin-sewer": ("ブライアン・オドゥヤ財務担当", "ブライアン・オドゥヤ財務担当と副郡長のジェームズ・ハルトン氏", "ジェームズ・ハルトン"),
            "err-san-lucio-roads": ("ルシア・メンドサ財務担当", "ルシア・メンドサ財務担当(CFO)", "CFO")}

def fmt_money(lang, cur, m):
    sym = CUR[cur][0]
    if lang == "en":
        return f"{sym}{m/1000:g} billion" if m >= 1000 else f"{sym}{m:g} million"
    if lang == "fr":
        unit = "dollars" if cur == "CAD" else "euros"
        if m >= 1000:
            v = f"{m/1000:g}".replace(".", ",")
            return f"{v} milliard{'s' if m >= 2000 else ''} de {unit}"
        return f"{m:g}".replace(".", ",") + f" millions d'{unit}" if unit == "euros" else f"{m:g}".replace(".", ",") + f" millions de {unit}"
    if lang == "de":
        unit = "Franken" if cur == "CHF" else "Euro"
        if m >= 1000:
            return f"{m/1000:g}".replace(".", ",") + f" Mrd. {unit}"
        return f"{m:g}".replace(".", ",") + f" Mio. {unit}"
    if lang == "es":
        unit = "pesos" if cur == "MXN" else "euros"
        if m >= 1000 and m == int(m):
            return f"{int(m):,}".replace(",", ".") + f" millones de {unit}"
        return f"{m:g}".replace(".", ",") + f" millones de {unit}"
    if lang == "ja":  # m in 万円
        return ja_scale(m * 10000) + "円"

def dec(lang, x, nd=2):
    s = f"{x:.{nd}f}"
    return s if lang == "en" else s.replace(".", ",")

def derive(c):
    (name, lang, outlet, dom, off, zsrc, zja, cur, city, city_ja, mayor, mayor_ja, age, treas, treas_ja, opp, opp_ja,
     item, pub, vote_back, T, P, S, r1, r2, lo, hi, dist, q, hear, yes, no, extra) = c
    d = dict(name=name, lang=lang, outlet=outlet, dom=dom, off=off, zsrc=zsrc, zja=zja, cur=cur, city=city, city_ja=city_ja,
             mayor=mayor, mayor_ja=mayor_ja, age=age, treas=treas, treas_ja=treas_ja, opp=opp, opp_ja=opp_ja, item=item,
             T=T, P=P, S=S, r1=r1, r2=r2, lo=lo, hi=hi, dist=dist, q=q, yes=yes, no=no, extra=extra)
    tz = dt.timezone(dt.timedelta(hours=int(off[:3]), minutes=int(off[0] + off[4:])))
    pubdt = dt.datetime.strptime(pub, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    d["pub"] = pubdt
    # vote: the day before/2 days before pub (named weekday); vote_back=0 -> "yesterday"-style handled as weekday too
    vote = pubdt.date() - dt.timedelta(days=vote_back + 1)
    d["vote"] = vote
    hd = pubdt.date() + dt.timedelta(days=hear[0])
    hdt = dt.datetime(hd.year, hd.month, hd.day, hear[1], 0, tzinfo=tz)
    d["hear"] = hdt
    d["hear_jst"] = hdt.astimezone(dt.timezone(dt.timedelta(hours=9)))
    unit = 10000 if lang == "ja" else 1_000_000
    cj = CUR[cur][1]
    d["T_ja"] = ja_scale(T * unit) + cj
    d["P_ja"] = ja_scale(P * unit) + cj
    D = round(T - P, 1)
    d["D"] = D
    d["D_ja"] = ja_scale(D * unit) + cj
    d["pct"] = round((T - P) / P * 100, 1)
    d["S_ja"] = ja_scale(S * unit) + cj
    d["share"] = S / T
    d["share_ja"] = share_ja(S / T)
    d["pp"] = round(r2 - r1, 2)
    if lang == "en" and cur in ("USD", "GBP"):
        d["km"] = dist * 1.609344
        d["km_ja"] = f"約{round(dist*1.609344)}キロ"
    else:
        d["km"] = dist
        d["km_ja"] = f"{dist}キロ"
    if cur in ("USD", "GBP"):
        d["fy_ja"] = "2027年6月期" if cur == "USD" else "2027年3月期"
    elif lang == "ja":
        d["fy_ja"] = "2026年度"
    else:
        d["fy_ja"] = "2027年6月期" if cur in ("AUD", "NZD", "CAD", "MXN") or (lang == "fr" and cur == "CAD") else "2027年"
    return d

FY_EN = {"USD": "fiscal year 2027, which begins on July 1", "GBP": "the 2026-27 financial year, which ends next March",
         "CAD": "the fiscal year that begins on July 1 and ends in June 2027", "AUD": "the 2026-27 financial year, which begins on July 1",
         "NZD": "the 2026-27 year, which begins on July 1", "EUR": "2027"}

def ampm(h):
    return ("午前" if h < 12 else "午後") + f"{h if h <= 12 else h - 12}時"

def wdj(d):
    return WD_JA[d.weekday()]

def source_en(d):
    m = lambda x: fmt_money("en", d["cur"], x)
    dist_unit = "miles" if d["cur"] in ("USD", "GBP") else "kilometres"
    it = ITEMS[d["item"]]
    vote_rel = WD_EN[d["vote"].weekday()]
    h = d["hear"]
    fy = FY_EN[d["cur"]] if d["cur"] != "EUR" else "the 2027 calendar year"
    title = f"{d['city']} council passes {m(d['T'])} budget with big push on {it[0]}"
    paras = [
     f"{d['city']} councillors on {vote_rel} approved a {m(d['T'])} budget for {fy}, ending weeks of negotiation over how far the city should go in repairing ageing infrastructure. The vote was {d['yes']} to {d['no']}.",
     f"The spending plan is {m(d['D'])} larger than last year's {m(d['P'])}, an increase of {d['pct']}%. The biggest single line is {m(d['S'])} for {it[0]}, a programme that officials say was put off for most of the past decade while other priorities took the money.",
     f"To help pay for it, the council raised the local tax rate from {d['r1']:.2f}% to {d['r2']:.2f}%, an increase of {d['pp']:.2f} percentage points. For a typical household, city staff estimate the change at about {CUR[d['cur']][0]}{d['extra']} a year.",
     f"Mayor {d['mayor']}, {d['age']}, said the budget was \"a promise kept to the neighbourhoods that have waited longest\". {'He' if d['mayor'].split()[0] in ('Glen','Luis','Curtis','Neil') else 'She'} added that residents had told council meetings again and again that they wanted visible repairs rather than new projects.",
     f"Treasurer {d['treas']} told reporters that the city would hire between {d['lo']} and {d['hi']} staff to plan and supervise the work, most of them engineers and inspectors. Work on the first {d['dist']} {dist_unit} of {it[1]} is due to begin in the {Q_EN[d['q']]} quarter of 2026, with the rest to follow over three years.",
     f"Councillor {d['opp']}, who voted against the plan, warned that it leaned too heavily on optimistic revenue forecasts. \"We are spending money we have not yet collected,\" {d['opp'].split()[-1]} said, adding that reserves could be drawn down if the economy slowed.",
     f"A public hearing on the {it[0]} programme will be held at {h.hour-12} p.m. {d['zsrc']} on {MON_EN[h.month-1]} {h.day} in the council chamber, and will also be streamed on the city's website. Residents can submit written comments until the day before.",
     "The budget leaves library opening hours unchanged and freezes fees for parking permits and sports pitches. Officials said reserves would remain above the level recommended by the city's external auditors, and that the council's credit rating had been affirmed last month.",
    ]
    return title, paras

def source_fr(d):
    m = lambda x: fmt_money("fr", d["cur"], x)
    it = ITEMS[d["item"]]
    h = d["hear"]
    fy = "l'exercice 2027" if d["cur"] == "EUR" else "l'exercice qui commence le 1er juillet"
    title = f"{d['city']} : le conseil adopte un budget de {m(d['T'])}, priorité à {it[2].split(' ',1)[1] if it[2].startswith('la ') or it[2].startswith('les ') else it[2]}"
    paras = [
     f"Le conseil municipal de {d['city']} a adopté {WD_FR[d['vote'].weekday()]} soir le budget de {fy}, d'un montant de {m(d['T'])}, par {d['yes']} voix contre {d['no']}, au terme de plusieurs semaines de discussions sur l'entretien des équipements vieillissants.",
     f"Le budget progresse de {m(d['D'])} par rapport à celui de l'an dernier, qui s'élevait à {m(d['P'])}, soit une hausse de {dec('fr', d['pct'], 1)} %. Le premier poste de dépenses, {m(d['S'])}, est consacré à {it[2]}, un chantier repoussé pendant près de dix ans selon les services de la ville.",
     f"Pour le financer, le conseil a relevé le taux de la taxe locale de {dec('fr', d['r1'])} % à {dec('fr', d['r2'])} %, soit une hausse de {dec('fr', d['pp'])} point. Pour un ménage type, la ville estime le surcoût à environ {d['extra']} euros par an." if d["cur"] == "EUR" else
     f"Pour le financer, le conseil a relevé le taux de la taxe foncière de {dec('fr', d['r1'])} % à {dec('fr', d['r2'])} %, soit une hausse de {dec('fr', d['pp'])} point. Pour un ménage type, la ville estime le surcoût à environ {d['extra']} dollars par an.",
     f"« C'est une promesse tenue envers les quartiers qui ont attendu le plus longtemps », a déclaré la maire, {d['mayor']}, {d['age']} ans. Elle a ajouté que les habitants réclamaient depuis des années des réparations visibles plutôt que de nouveaux projets." if d['mayor'][0] in "OG" else
     f"« C'est une promesse tenue envers les quartiers qui ont attendu le plus longtemps », a déclaré le maire, {d['mayor']}, {d['age']} ans. Il a ajouté que les habitants réclamaient depuis des années des réparations visibles plutôt que de nouveaux projets.",
     f"Le directeur des finances, {d['treas']}, a précisé que la ville recrutera entre {d['lo']} et {d['hi']} agents, pour la plupart des ingénieurs et des contrôleurs. Les travaux sur les {d['dist']} premiers kilomètres {it[3]} doivent commencer au {Q_FR[d['q']]} trimestre 2026, le reste devant suivre sur trois ans.",
     f"Le conseiller d'opposition {d['opp']}, qui a voté contre, juge les prévisions de recettes trop optimistes. « Nous dépensons de l'argent que nous n'avons pas encore encaissé », a-t-{'elle' if d['opp'].startswith('Nadia') else 'il'} estimé, en craignant une baisse des réserves si l'activité ralentit.",
     f"Une réunion publique consacrée à ce programme se tiendra le {h.day} {MON_FR[h.month-1]} à {h.hour} h ({d['zsrc']}) dans la salle du conseil. Elle sera également retransmise en direct sur le site de la ville.",
     "Le budget maintient les horaires des bibliothèques et gèle les tarifs du stationnement résidentiel. Selon la mairie, les réserves resteront au-dessus du niveau recommandé par les auditeurs externes.",
    ]
    return title, paras

def source_de(d):
    m = lambda x: fmt_money("de", d["cur"], x)
    it = ITEMS[d["item"]]
    h = d["hear"]
    title = f"{d['city']}: Gemeinderat beschließt Haushalt über {m(d['T'])} – Schwerpunkt {it[5]}"
    paras = [
     f"Der Gemeinderat von {d['city']} hat am {WD_DE[d['vote'].weekday()]}abend den Haushalt für 2027 mit einem Volumen von {m(d['T'])} beschlossen. Nach wochenlangen Beratungen über den Zustand der städtischen Infrastruktur stimmten {d['yes']} Mitglieder dafür und {d['no']} dagegen.",
     f"Der Etat liegt damit um {m(d['D'])} über dem Vorjahreshaushalt von {m(d['P'])}, ein Plus von {dec('de', d['pct'], 1)} Prozent. Größter Einzelposten sind {m(d['S'])} für {it[4]}, die nach Angaben der Verwaltung fast ein Jahrzehnt lang aufgeschoben worden war.",
     f"Zur Finanzierung hebt die Stadt den Hebesatz der Gemeindesteuer von {dec('de', d['r1'])} auf {dec('de', d['r2'])} Prozent an, also um {dec('de', d['pp'])} Prozentpunkte. Für einen durchschnittlichen Haushalt bedeutet das nach Schätzung der Kämmerei rund {d['extra']} {'Franken' if d['cur']=='CHF' else 'Euro'} mehr im Jahr.",
     f"„Das ist ein eingelöstes Versprechen an die Quartiere, die am längsten gewartet haben“, sagte {'Bürgermeisterin' if d['mayor'].split()[0] in ('Ulrike','Regula') else 'Bürgermeister'} {d['mayor']} ({d['age']}). Die Bürgerinnen und Bürger hätten in den Versammlungen immer wieder sichtbare Reparaturen statt neuer Prestigeprojekte verlangt.",
     f"{'Kämmerin' if d['treas'].split()[0] in ('Sabine',) else 'Kämmerer'} {d['treas']} kündigte an, die Stadt werde zwischen {d['lo']} und {d['hi']} zusätzliche Stellen schaffen, vor allem für Ingenieure und Bauaufseher. Die Arbeiten an den ersten {d['dist']} Kilometern {it[5]} sollen im {Q_DE[d['q']]} Quartal 2026 beginnen, der Rest soll in drei Jahren folgen.",
     f"{d['opp']}, der gegen den Haushalt stimmte, hält die Einnahmeprognosen für zu optimistisch. „Wir geben Geld aus, das wir noch gar nicht eingenommen haben“, sagte er und warnte vor einem Abschmelzen der Rücklagen, falls die Konjunktur nachlässt.",
     f"Eine öffentliche Informationsveranstaltung zu dem Programm findet am {h.day}. {MON_DE[h.month-1]} um {h.hour} Uhr ({d['zsrc']}) im Ratssaal statt und wird im Internet übertragen.",
     "Der Bund der Steuerzahler in der Region begrüßte zwar die Investitionen in den Bestand, kritisierte aber die Steuererhöhung. Vertreter der örtlichen Handwerksbetriebe erwarten dagegen volle Auftragsbücher und forderten die Stadt auf, die Aufträge in kleinen Losen auszuschreiben, damit auch kleinere Firmen zum Zug kommen.",
     "Die Öffnungszeiten der Stadtbibliothek bleiben unverändert, die Gebühren für Anwohnerparkausweise werden eingefroren. Die Rücklagen sollen nach Angaben der Verwaltung über dem von den Prüfern empfohlenen Niveau bleiben.",
    ]
    return title, paras

def source_es(d):
    m = lambda x: fmt_money("es", d["cur"], x)
    it = ITEMS[d["item"]]
    h = d["hear"]
    title = f"{d['city']} aprueba un presupuesto de {m(d['T'])} centrado en {it[6].split(' ',1)[1]}"
    paras = [
     f"El pleno del ayuntamiento de {d['city']} aprobó el {WD_ES[d['vote'].weekday()]} el presupuesto para 2027, de {m(d['T'])}, con {d['yes']} votos a favor y {d['no']} en contra, tras varias semanas de negociaciones sobre el estado de las infraestructuras municipales." if d['cur']=='EUR' else
     f"El cabildo de {d['city']} aprobó el {WD_ES[d['vote'].weekday()]} el presupuesto para el ejercicio que comienza el 1 de julio, de {m(d['T'])}, con {d['yes']} votos a favor y {d['no']} en contra, tras varias semanas de negociaciones sobre el estado de las infraestructuras municipales.",
     f"Las cuentas crecen en {m(d['D'])} respecto a las del año pasado, que sumaban {m(d['P'])}, lo que supone un aumento del {dec('es', d['pct'], 1)}%. La partida más grande, {m(d['S'])}, se destina a {it[6]}, una obra aplazada durante casi una década según los técnicos municipales.",
     f"Para financiarla, el consistorio sube el tipo del impuesto local del {dec('es', d['r1'])}% al {dec('es', d['r2'])}%, es decir, {dec('es', d['pp'])} puntos porcentuales. Para un hogar tipo, el coste adicional rondará los {d['extra']} {'euros' if d['cur']=='EUR' else 'pesos'} al año.",
     f"«Es una promesa cumplida con los barrios que más han esperado», afirmó {'la alcaldesa' if d['mayor'].startswith('Carmen') else 'el alcalde'}, {d['mayor']}, de {d['age']} años, quien recordó que los vecinos han pedido durante años reparaciones visibles en lugar de nuevos proyectos.",
     f"{'El responsable' if d['treas'].startswith('Andrés') else 'La responsable'} de Hacienda, {d['treas']}, explicó que el municipio contratará entre {d['lo']} y {d['hi']} trabajadores, en su mayoría ingenieros e inspectores. Las obras en los primeros {d['dist']} kilómetros {it[7]} comenzarán en el {Q_ES[d['q']]} trimestre de 2026 y el resto se completará en tres años.",
     f"{'La concejala' if d['opp'].startswith('Pilar') else 'El concejal'} de la oposición {d['opp']}, que votó en contra, considera demasiado optimistas las previsiones de ingresos. «Estamos gastando dinero que todavía no hemos cobrado», advirtió.",
     f"Una audiencia pública sobre el programa se celebrará el {h.day} de {MON_ES[h.month-1]} a las {h.hour}.00 horas ({d['zsrc']}) en el salón de plenos y se retransmitirá en directo por internet.",
     "Las asociaciones vecinales celebraron la apuesta por el mantenimiento, aunque pidieron que las obras se programen por fases para no cortar varias calles a la vez.",
     "El presupuesto mantiene los horarios de las bibliotecas y congela las tasas de aparcamiento para residentes. Según el gobierno local, las reservas seguirán por encima del nivel recomendado por los auditores externos.",
    ]
    return title, paras

def source_ja(d):
    m = lambda x: fmt_money("ja", d["cur"], x)
    it = ITEMS[d["item"]]
    h = d["hear"]
    title = f"{d['city']}議会、新年度予算を可決 {it[8]}に重点"
    paras = [
     f"{d['city']}議会は{d['vote'].day}日の本会議で、2026年度一般会計当初予算案を賛成{d['yes']}、反対{d['no']}の賛成多数で可決した。総額は{m(d['T'])}で、老朽化したインフラの更新をめぐり数週間にわたって審議が続いていた。",
     f"前年度当初の{m(d['P'])}から{m(d['D'])}増え、伸び率は{d['pct']}%。最大の事業は{it[8]}で、{m(d['S'])}を計上した。担当課によると、この事業は約10年にわたり先送りされてきたという。",
     f"財源を確保するため、{d['city'][-1]}税の税率を{d['r1']:.2f}%から{d['r2']:.2f}%に引き上げる。",
     f"{d['mayor_ja']}市長({d['age']})は「最も長く待たされてきた地域との約束を果たす予算だ」と述べた。住民からは新しい施設よりも目に見える修繕を求める声が相次いでいたという。" if d['name'].startswith('clean') else
     f"{d['mayor_ja']}町長({d['age']})は「最も長く待たされてきた地域との約束を果たす予算だ」と述べた。住民からは新しい施設よりも目に見える修繕を求める声が相次いでいたという。",
     f"{d['treas_ja']}財政課長は、技術職員や検査員を中心に{d['lo']}〜{d['hi']}人を新たに採用する方針を明らかにした。最初の{d['dist']}キロ区間の工事は2026年{Q_JA[d['q']]}に始まり、残りは3年かけて進める。",
     f"反対した{d['opp_ja']}議員は「まだ入ってもいない税収を当てにしている」と述べ、景気が減速すれば基金が取り崩される恐れがあると指摘した。",
     f"事業に関する住民説明会は{h.month}月{h.day}日午後{h.hour-12}時から議場で開かれ、インターネットでも中継される。図書館の開館時間は変わらず、駐車場の利用料金も据え置く。",
     f"地元の商工団体は、工事の発注を小口に分けて地元業者が受注しやすくするよう求めている。一方、住民団体からは、複数の路線で同時に工事を進めると交通が混乱しかねないとして、段階的に施工するよう求める声も出ている。{d['city'][-1]}の担当者は「影響を最小限に抑えるよう工程を組む」と話した。",
    ]
    return title, paras

SRC = {"en": source_en, "fr": source_fr, "de": source_de, "es": source_es, "ja": source_ja}

def digest(d, title):
    it = ITEMS[d["item"]]
    ija = it[8]
    head_role = "町長" if d["name"] == "err-minamisato-cycle" else "市長"
    v = d["vote"]; h = d["hear"]; hj = d["hear_jst"]
    vote_ja = f"{v.day}日({wdj(v)})"
    is_ja = d["lang"] == "ja"
    if is_ja:
        hear_ja = f"{h.month}月{h.day}日({wdj(h)})午後{h.hour-12}時"
        mayor_full = f"{d['mayor_ja']}{head_role}({d['age']})"
        mayor_short = d["mayor_ja"] + head_role
        opp_full = f"{d['opp_ja']}議員"
        treas = f"{d['treas_ja']}財政課長"
        city_body = d["city_ja"] + "議会"
    else:
        hear_ja = f"{h.month}月{h.day}日({wdj(h)})午後{h.hour-12}時({d['zja']})、日本時間{hj.month}月{hj.day}日({wdj(hj)}){ampm(hj.hour)}"
        mayor_full = f"{d['mayor_ja']}({d['mayor']}){head_role}({d['age']})"
        mayor_short = d["mayor_ja"].split("・")[-1] + head_role
        opp_full = f"{d['opp_ja']}({d['opp']})議員"
        treas = f"{d['treas_ja']}財務担当"
        city_body = d["city_ja"] + "市議会"
    q = f"2026年{Q_JA[d['q']]}"
    fy = d["fy_ja"]
    fy_phrase = {"2027年6月期": "2027年6月期(2026年7月〜2027年6月)の", "2027年3月期": "2027年3月期の", "2027年": "2027年の", "2026年度": "2026年度の"}[fy]
    pp = f"{d['pp']:.2f}".rstrip("0").rstrip(".") if False else f"{d['pp']:.2f}"
    extra = "" if is_ja else f"・標準的な世帯の負担増は年約{d['extra']}{CUR[d['cur']][1]}と見積もられている。\n"
    L = []
    L.append(f"{d['city_ja']}:{ija}に重点配分した予算を可決")
    L.append("")
    L.append("国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成")
    L.append("【概要】")
    L.append("")
    L.append(f" {city_body}は{vote_ja}、{fy_phrase}予算{d['T_ja']}を賛成{d['yes']}、反対{d['no']}で可決した。前年度の{d['P_ja']}から{d['D_ja']}({d['pct']}%)増え、最大の項目として{ija}に{d['S_ja']}を充てる。")
    L.append("")
    L.append(" 主なハイライト")
    L.append("")
    L.append(f" {ija}への重点配分:{ija}向けの{d['S_ja']}は、予算全体の{d['share_ja']}を占める。")
    L.append("")
    L.append(f" 税率の引き上げ:地方税の税率を{d['r1']:.2f}%から{d['r2']:.2f}%へ{pp}ポイント引き上げる。")
    L.append("")
    L.append(" 文脈")
    L.append("")
    L.append(f" 首長の姿勢:{mayor_full}は、長く待たされた地域との約束を果たす予算だと述べた。")
    L.append("")
    L.append(f" 反対意見:{opp_full}は、税収見通しが楽観的すぎると批判した。")
    L.append("")
    L.append(f" {'町' if d['city_ja'].endswith('町') else '市'}は{d['lo']}〜{d['hi']}人を新たに採用し、工事は{q}に始まる予定。住民向けの説明の場は{hear_ja}に設けられる。")
    L.append("")
    L.append("【詳細】")
    L.append("")
    L.append(f" {d['city_ja']}は老朽化したインフラの修繕を優先する予算を決めた。")
    L.append("")
    L.append(" 予算の規模と財源")
    L.append("")
    L.append(" 1.予算の規模")
    L.append("")
    L.append(f" ・{fy}の予算は{d['T_ja']}で、前年度の{d['P_ja']}を{d['D_ja']}上回る。")
    L.append(f" ・伸び率は{d['pct']}%で、採決は{vote_ja}に行われた。")
    L.append("")
    L.append(" 2.税率の引き上げ")
    L.append("")
    L.append(f" ・税率は{d['r1']:.2f}%から{d['r2']:.2f}%になり、上げ幅は{pp}ポイント。")
    L.append("")
    L.append(f" {ija}と今後の日程")
    L.append("")
    L.append(f" 1.{ija}への配分")
    L.append("")
    L.append(f" ・{d['S_ja']}を充て、予算全体の{d['share_ja']}に当たる。")
    L.append(f" ・最初の{d['km_ja']}の{it[9]}の工事は{q}に始まり、残りは3年かけて進める。")
    L.append("")
    L.append(" 2.人員と日程")
    L.append("")
    L.append(f" ・{treas}は、{d['lo']}〜{d['hi']}人を採用すると説明した。")
    L.append(f" ・説明の場は{hear_ja}に開かれ、インターネットでも中継される。")
    L.append("")
    L.append(f" {mayor_short}は住民の要望に応えたと強調したが、税収の動向が焦点となる。")
    L.append("")
    L.append("【要点】")
    L.append("")
    L.append(" 予算の規模と財源")
    L.append("")
    L.append(" 1.予算の規模")
    L.append("")
    L.append(f" ・予算は{d['T_ja']}、前年度比{d['D_ja']}増({d['pct']}%増)。")
    L.append("")
    L.append(" 2.税率の引き上げ")
    L.append("")
    L.append(f" ・税率を{pp}ポイント引き上げ。")
    L.append("")
    L.append(f" {ija}と今後の日程")
    L.append("")
    L.append(f" 1.{ija}への配分")
    L.append("")
    L.append(f" ・{d['S_ja']}で全体の{d['share_ja']}、工事は{q}に着手。")
    L.append("")
    L.append(" 2.人員と日程")
    L.append("")
    L.append(f" ・{d['lo']}〜{d['hi']}人を採用し、説明の場は{h.month}月{h.day}日。")
    L.append("")
    L.append("【引用・参照・底本】")
    L.append("")
    L.append(f"{title} {d['outlet']} {d['pub'].strftime('%Y.%m.%d')}")
    L.append("")
    L.append(f"https://{d['dom']}/local/{d['name'].split('-',1)[1]}-budget")
    return "\n".join(L) + "\n"

def nth_replace(text, old, new, n):
    idxs = [m.start() for m in re.finditer(re.escape(old), text)]
    i = idxs[n % len(idxs)]
    return text[:i] + new + text[i + len(old):]

def plant(d, text):
    name = d["name"]; errs, warn = ERRS[name]
    found = []; notes = []
    for typ, n in errs:
        if typ == "share":
            r = int(d["share_ja"][1:-1]); old = d["share_ja"]; new = f"約{r+1}割"
        elif typ == "weekday":
            v = d["vote"]; old = f"{v.day}日({wdj(v)})"; new = f"{v.day}日({WD_JA[(v.weekday()+1)%7]})"
        elif typ == "weekday_h":
            h = d["hear"]; old = f"{h.month}月{h.day}日({wdj(h)})"; new = f"{h.month}月{h.day}日({WD_JA[(h.weekday()+1)%7]})"
        elif typ == "pp":
            old = f"{d['pp']:.2f}ポイント"; new = f"{d['pp']:.2f}%"
        elif typ == "jst":
            hj = d["hear_jst"]; old = ampm(hj.hour); new = ampm(hj.hour + 1)
            old = f"日本時間{hj.month}月{hj.day}日({wdj(hj)})" + old; new = f"日本時間{hj.month}月{hj.day}日({wdj(hj)})" + new
        elif typ == "quarter":
            old = Q_JA[d["q"]]; new = Q_JA[d["q"] % 4 + 1]; old = "2026年" + old; new = "2026年" + new
        elif typ == "diff":
            old = d["D_ja"]; unit = 10000 if d["lang"] == "ja" else 1_000_000
            new = ja_scale((d["D"] + 10) * unit) + CUR[d["cur"]][1]
        elif typ == "km":
            old = d["km_ja"]; new = f"{d['dist']}キロ" if d["cur"] in ("USD", "GBP") else f"約{round(d['dist']*1.609344)}キロ"
        elif typ == "age":
            old = f"({d['age']})は"; new = f"({d['age']+4})は"
        elif typ == "total":
            old = d["T_ja"]; unit = 10000 if d["lang"] == "ja" else 1_000_000
            new = ja_scale((d["T"] + (10000 if d["lang"] == "ja" else 100)) * unit) + CUR[d["cur"]][1]
        elif typ == "range":
            old = f"{d['lo']}〜{d['hi']}人"; new = f"{d['lo']}〜{d['hi']+10}人"
        elif typ == "fy":
            old = d["fy_ja"] + "の予算は"; new = "2026年6月期の予算は"
        elif typ == "pct":
            old = f"{d['pct']}%"; new = f"{round(d['pct']+1.3,1)}%"
        elif typ == "scale":
            old = d["S_ja"]; unit = 10000 if d["lang"] == "ja" else 1_000_000
            new = ja_scale(d["S"] * unit * 10) + CUR[d["cur"]][1]
        assert old in text, (name, typ, old)
        text = nth_replace(text, old, new, n)
        span = new
        if typ == "age": span = f"({d['age']+4})"
        if typ == "fy": span = "2026年6月期"
        found.append({"kind": "mismatch", "severity": "error", "span": span}); notes.append((typ, span, old))
    wt, a, b = warn
    if wt == "unsupported":
        if name == "err-marrow-water":
            text = text.replace(f" {d['city_ja']}は老朽化", f" {a}{d['city_ja']}は老朽化", 1)
        elif name == "err-westlow-flood":
            text = text.replace(f" 首長の姿勢:", f" 首長の姿勢:{a}地域に触れ、", 1)
        else:
            text = text.replace("・説明の場は", f"・{a}が見込まれる。説明の場は", 1)
        found.append({"kind": "unsupported", "severity": "warning", "span": b}); notes.append(("unsupported", b, "(not in source)"))
    elif wt == "name":
        if name == "err-quinton-bus":
            text = text.replace("インターネットでも中継される。", f"インターネットでも中継される。運行は市の{a}が担う。", 1); span = b
        else:
            o, nw, span = NAME_ADD[name]; assert o in text; text = text.replace(o, nw, 1)
        found.append({"kind": "name", "severity": "warning", "span": span}); notes.append(("name", span, "(not in source)"))
    elif wt == "spelling":
        alt = SPELL_ALT[name]; short_old = d["mayor_ja"].split("・")[-1] + ("町長" if d["lang"] == "ja" else "市長")
        if d["lang"] == "ja":
            text = text.replace(d["mayor_ja"] + "町長は住民", alt + "町長は住民", 1); span = alt
        else:
            text = text.replace(short_old + "は住民", alt + "市長は住民", 1); span = alt
        found.append({"kind": "spelling", "severity": "warning", "span": span}); notes.append(("spelling", span, d["mayor_ja"]))
    elif wt == "citation":
        url = f"https://{d['dom']}/local/{name.split('-',1)[1]}-budget"
        if a == "utm":
            new = url + "?utm_source=newsletter&utm_medium=email&utm_campaign=local_0521&sub=58213"
            text = text.replace(url, new); span = new; corr = url
        elif a == "date":
            ds = d["pub"].strftime("%Y.%m.%d"); wrong = (d["pub"] + dt.timedelta(days=1)).strftime("%Y.%m.%d")
            text = text.replace(f"{d['outlet']} {ds}", f"{d['outlet']} {wrong}"); span = wrong; corr = ds
        else:
            wrong = "Seewiler Zeitung"; text = text.replace(f"{d['outlet']} {d['pub'].strftime('%Y.%m.%d')}", f"{wrong} {d['pub'].strftime('%Y.%m.%d')}"); span = wrong; corr = d["outlet"]
        found.append({"kind": "citation", "severity": "warning", "span": span}); notes.append(("citation", span, corr))
    return text, found, notes

def page(d, title, paras):
    lang = d["lang"]; url = f"https://{d['dom']}/local/{d['name'].split('-',1)[1]}-budget"
    pub = d["pub"].isoformat()
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub,
                     "publisher": {"@type": "Organization", "name": d["outlet"]}, "mainEntityOfPage": url, "inLanguage": lang}, ensure_ascii=False)
    e = html.escape
    cookie = {"en": "We use cookies to improve your experience. Accept all | Manage settings", "fr": "Nous utilisons des cookies. Tout accepter | Paramétrer",
              "de": "Wir verwenden Cookies. Alle akzeptieren | Einstellungen", "es": "Utilizamos cookies. Aceptar todas | Configurar", "ja": "当サイトはクッキーを使用しています。同意する | 設定"}[lang]
    nav = {"en": ["Home", "Local", "Politics", "Business", "Sport"], "fr": ["Accueil", "Local", "Politique", "Économie", "Sports"],
           "de": ["Startseite", "Lokales", "Politik", "Wirtschaft", "Sport"], "es": ["Portada", "Local", "Política", "Economía", "Deportes"],
           "ja": ["トップ", "地域", "政治", "経済", "スポーツ"]}[lang]
    rel = {"en": ["School board sets calendar for next year", "Library branch to reopen after repairs"], "fr": ["Rentrée : le calendrier scolaire fixé", "La médiathèque rouvre après travaux"],
           "de": ["Schulferien: Kalender steht fest", "Stadtbibliothek öffnet nach Umbau"], "es": ["Fijado el calendario escolar", "La biblioteca reabre tras las obras"],
           "ja": ["来年度の学校行事日程決まる", "図書館、改修終え再開へ"]}[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras if p)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{e(title)} - {e(d['outlet'])}</title>
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(d['outlet'])}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{pub}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner">{e(cookie)}</div>
  <header><a class="logo" href="https://{d['dom']}/">{e(d['outlet'])}</a>
    <nav>{''.join(f'<a href="https://{d["dom"]}/{i}">{e(n)}</a> ' for i, n in enumerate(nav))}</nav></header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <time datetime="{pub}">{pub}</time>
{body}
    </article>
    <aside class="related"><h2>{'関連記事' if lang=='ja' else 'Related'}</h2><ul>{''.join(f'<li><a href="https://{d["dom"]}/local/r{i}">{e(r)}</a></li>' for i, r in enumerate(rel))}</ul></aside>
  </main>
  <footer>© 2026 {e(d['outlet'])} · <a href="https://{d['dom']}/privacy">Privacy</a> · <a href="https://{d['dom']}/contact">Contact</a></footer>
</body>
</html>
"""

def main():
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    derived = []; planted = []
    for c in CASES:
        d = derive(c)
        title, paras = SRC[d["lang"]](d)
        paras = [p for p in paras if p]
        url = f"https://{d['dom']}/local/{d['name'].split('-',1)[1]}-budget"
        spec = [f"lang: {d['lang']}", f"outlet: {d['outlet']}", f"url: {url}", f"published: {d['pub'].isoformat()}", f"title: {title}", ""] + [p + "\n" for p in paras]
        open(os.path.join(HERE, "specs", d["name"] + ".txt"), "w").write("\n".join(spec))
        cd = os.path.join(HERE, "cases", d["name"]); os.makedirs(cd, exist_ok=True)
        open(os.path.join(cd, "source.html"), "w").write(page(d, title, paras))
        text = digest(d, title)
        exp = {"clean": True, "findings": []}
        if d["name"].startswith("err-"):
            clean_text = text
            text, found, notes = plant(d, text)
            exp = {"clean": False, "findings": found}
            for n in notes: planted.append((d["name"],) + n)
        open(os.path.join(cd, "digest.txt"), "w").write(text)
        json.dump(exp, open(os.path.join(cd, "expected.json"), "w"), ensure_ascii=False, indent=2)
        hj = d["hear_jst"]
        derived.append((d["name"], d["lang"], d["outlet"], d["off"], d["item"], [
            f"vote: '{WD_EN[d['vote'].weekday()]}' before pub {d['pub'].date()} ({WD_EN[d['pub'].weekday()]}) -> {d['vote']} = {d['vote'].day}日({wdj(d['vote'])})",
            f"total {d['T']} -> {d['T_ja']}; prior {d['P']} -> {d['P_ja']}; diff {d['T']}-{d['P']} = {d['D']} -> {d['D_ja']}; change {d['D']}/{d['P']} = {d['pct']}% (stated in source)",
            f"share {d['S']}/{d['T']} = {d['share']:.3f} -> {d['share_ja']}; {d['S']} -> {d['S_ja']}",
            f"tax {d['r1']:.2f}% -> {d['r2']:.2f}% = {d['pp']:.2f}ポイント ({'derived: source gives only the two rates' if d['lang']=='ja' else 'stated as points in source'})",
            f"distance {d['dist']} {'miles x 1.609344 = %.2f km -> %s' % (d['km'], d['km_ja']) if d['km'] != d['dist'] else 'km -> ' + d['km_ja']}",
            f"quarter {d['q']} -> 2026年{Q_JA[d['q']]}; fiscal year -> {d['fy_ja']}",
            f"hearing {d['hear'].isoformat()} -> {d['hear'].month}月{d['hear'].day}日({wdj(d['hear'])})" + ("" if d['lang']=='ja' else f"; JST {hj.isoformat()} -> 日本時間{hj.month}月{hj.day}日({wdj(hj)}){ampm(hj.hour)}"),
            f"range {d['lo']}–{d['hi']} -> {d['lo']}〜{d['hi']}人; age {d['age']}; vote {d['yes']}-{d['no']}; citation date {d['pub'].strftime('%Y.%m.%d')} (outlet's own zone {d['off']})",
        ]))
    json.dump({"derived": derived, "planted": planted}, open(os.path.join(HERE, "derived.json"), "w"), ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
