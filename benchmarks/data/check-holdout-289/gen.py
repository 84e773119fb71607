"""Generate check-holdout-289: specs, source pages, digests, expected labels, README tables.
Every derived value in the digests is computed here with Python (datetime, arithmetic)."""
import datetime as dt, json, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
JST = dt.timezone(dt.timedelta(hours=9))
WD_JA = "月火水木金土日"
WD = {"en": ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"],
      "fr": ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"],
      "de": ["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"],
      "es": ["lunes","martes","miércoles","jueves","viernes","sábado","domingo"]}
MON = {"en": ["January","February","March","April","May","June","July","August","September","October","November","December"],
       "fr": ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"],
       "de": ["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"],
       "es": ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]}
QW = {"en": ["first","second","third","fourth"], "fr": ["premier","deuxième","troisième","quatrième"],
      "de": ["ersten","zweiten","dritten","vierten"], "es": ["primer","segundo","tercer","cuarto"]}
QM = ["1〜3月期", "4〜6月期", "7〜9月期", "10〜12月期"]
ORD_EN = {3:"third",4:"fourth",5:"fifth",6:"sixth",7:"seventh",8:"eighth"}
ORD_FR = {3:"troisième",4:"quatrième",5:"cinquième",6:"sixième",7:"septième",8:"huitième"}
ORD_DE = {3:"drittgrößte",4:"viertgrößte",5:"fünftgrößte",6:"sechstgrößte",7:"siebtgrößte",8:"achtgrößte"}
ORD_ES = {3:"tercer",4:"cuarto",5:"quinto",6:"sexto",7:"séptimo",8:"octavo"}
NUM_EN = {4:"four",5:"five",6:"six",7:"seven",8:"eight",9:"nine"}
NUM_FR = {4:"quatre",5:"cinq",6:"six",7:"sept",8:"huit",9:"neuf"}
NUM_DE = {4:"vier",5:"fünf",6:"sechs",7:"sieben",8:"acht",9:"neun"}
NUM_ES = {4:"cuatro",5:"cinco",6:"seis",7:"siete",8:"ocho",9:"nueve"}
CUR_JA = {"$": "ドル", "£": "ポンド", "A$": "豪ドル", "C$": "カナダドル", "NZ$": "NZドル", "EUR": "ユーロ", "CHF": "スイスフラン", "JPY": "円"}
CUR_EN = {"$": "dollar", "£": "pound", "A$": "Australian dollar", "C$": "Canadian dollar", "NZ$": "New Zealand dollar"}


def man(n):
    """integer -> Japanese 万/億 notation"""
    n = int(round(n))
    oku, rest = divmod(n, 10**8)
    m, r = divmod(rest, 10**4)
    s = ""
    if oku: s += f"{oku}億"
    if m: s += f"{m}万"
    if r: s += f"{r}"
    return s


def fr_int(n): return f"{n:,}".replace(",", " ")
def de_int(n): return f"{n:,}".replace(",", ".")
def dec(x, lang): return str(x) if lang in ("en", "ja") else str(x).replace(".", ",")


# case: slug, lang, outlet, domain, off(h), offlabel, author, region, region_ja, agency, agency_ja,
#   official, official_ja, official_short, variant (second spelling), age, carrier, carrier_ja, hub, hub_ja, city2, city2_ja,
#   pub (y,m,d,h,mi), quarter, arr, arr0, occ, occ0, stay, spend(bn), cur, jp, rank, streak, miles_or_km, dep (y,m,d,h,mi),
#   dep_label, pax, fy, h_lo, h_hi, rooms, sig, g_lo, g_hi, pubmonth
C = []
def case(**k): C.append(k)

case(slug="harrow-coast-q3", lang="en", outlet="Coastline Herald", dom="coastlineherald.example", off=-4, author="Dana Whitcombe",
     region="the Harrow Coast", region_ja="ハロー・コースト", agency="Harrow Coast Tourism Board", agency_ja="ハロー・コースト観光局",
     official="Marian Teale", official_ja="マリアン・ティール", short="ティール", variant="ティエール", age=54,
     carrier="Bluewake Air", carrier_ja="ブルーウェイク航空", hub="Port Alder", hub_ja="ポート・オールダー", city2="Osaka", city2_ja="大阪",
     pub=(2026,10,21,6,30), q=3, arr=4820000, arr0=4310000, occ=78.4, occ0=74.1, stay=3.4, spend=1.9, cur="$", jp=212000, rank=5, streak=6,
     dist=6720, dep=(2027,3,28,23,45), dep_label="EDT", pax=180000, fy=2027, h_lo=15, h_hi=20, rooms=3400, sig=12600, g_lo=3, g_hi=5, pm=2)
case(slug="kestrel-isles-q2", lang="en", outlet="The Kestrel Islander", dom="kestrelislander.example", off=12, author="Aroha Pene",
     region="the Kestrel Isles", region_ja="ケストレル諸島", agency="Kestrel Isles Visitor Authority", agency_ja="ケストレル諸島観光庁",
     official="Rangi Holloway", official_ja="ランギ・ホロウェイ", short="ホロウェイ", variant="ハロウェイ", age=61,
     carrier="Southern Tern Airways", carrier_ja="サザン・ターン航空", hub="Kestrel Harbour", hub_ja="ケストレル・ハーバー", city2="Tokyo", city2_ja="東京",
     pub=(2026,8,5,9,0), q=2, arr=1260000, arr0=1175000, occ=66.2, occ0=63.5, stay=5.1, spend=2.4, cur="NZ$", jp=48500, rank=4, streak=5,
     dist=5480, dep=(2026,11,2,21,10), dep_label="NZDT", dep_off=13, pax=96000, fy=2027, h_lo=4, h_hi=6, rooms=900, sig=8300, g_lo=2, g_hi=4, pm=1)
case(slug="marrowby-cruise-q1", lang="en", outlet="Marrowby Post", dom="marrowbypost.example", off=1, author="Glen Ashdown",
     region="Marrowby", region_ja="マロウビー", agency="Visit Marrowby", agency_ja="マロウビー観光協会",
     official="Cerys Pownall", official_ja="ケリス・ポウナル", short="ポウナル", variant="パウナル", age=47,
     carrier="Albion Skylink", carrier_ja="アルビオン・スカイリンク", hub="Marrowby", hub_ja="マロウビー", city2="Sapporo", city2_ja="札幌",
     pub=(2026,4,29,7,15), q=1, arr=2150000, arr0=1890000, occ=61.8, occ0=58.9, stay=2.7, spend=1.35, cur="£", jp=31400, rank=7, streak=4,
     dist=5620, dep=(2026,10,25,13,20), dep_label="GMT", dep_off=0, pax=72000, fy=2027, h_lo=6, h_hi=9, rooms=1250, sig=4700, g_lo=1, g_hi=3, pm=1)
case(slug="sable-valley-wine-q3", lang="en", outlet="Valley Courier", dom="valleycourier.example", off=-7, author="Rosa Delacorte",
     region="Sable Valley", region_ja="セーブル・バレー", agency="Sable Valley Visitors Bureau", agency_ja="セーブル・バレー観光局",
     official="Trent Oyelaran", official_ja="トレント・オイェララン", short="オイェララン", variant="オイエララン", age=49,
     carrier="Canyon Pacific", carrier_ja="キャニオン・パシフィック航空", hub="Mesa Linde", hub_ja="メサ・リンデ", city2="Nagoya", city2_ja="名古屋",
     pub=(2026,10,15,5,0), q=3, arr=3370000, arr0=3020000, occ=71.6, occ0=69.2, stay=2.9, spend=2.75, cur="$", jp=156000, rank=3, streak=7,
     dist=5590, dep=(2027,4,6,22,55), dep_label="PDT", pax=140000, fy=2028, h_lo=10, h_hi=12, rooms=2100, sig=9800, g_lo=4, g_hi=6, pm=1)
case(slug="northmere-rail-q4", lang="en", outlet="Northmere Times", dom="northmeretimes.example", off=-5, author="Priya Castellan",
     region="Northmere", region_ja="ノースミア", agency="Northmere Tourism Commission", agency_ja="ノースミア観光委員会",
     official="Elliot Brannagh", official_ja="エリオット・ブラナー", short="ブラナー", variant="ブラナフ", age=58,
     carrier="Laurentia Air", carrier_ja="ローレンシア航空", hub="Fort Carrow", hub_ja="フォート・キャロウ", city2="Fukuoka", city2_ja="福岡",
     pub=(2027,2,10,8,0), q=4, arr=1980000, arr0=1730000, occ=58.3, occ0=55.0, stay=4.2, spend=1.6, cur="C$", jp=64200, rank=6, streak=5,
     dist=6480, dep=(2027,6,14,18,30), dep_label="EDT", dep_off=-4, pax=110000, fy=2028, h_lo=7, h_hi=11, rooms=1600, sig=5200, g_lo=2, g_hi=3, pm=3)
case(slug="coral-reach-q2", lang="en", outlet="Reach Daily", dom="reachdaily.example", off=10, author="Callum Birrell",
     region="Coral Reach", region_ja="コーラル・リーチ", agency="Coral Reach Tourism", agency_ja="コーラル・リーチ観光公社",
     official="Jacinta Morrow", official_ja="ジャシンタ・モロー", short="モロー", variant="マロー", age=45,
     carrier="Outback Horizon", carrier_ja="アウトバック・ホライズン航空", hub="Pellan Bay", hub_ja="ペラン・ベイ", city2="Osaka", city2_ja="大阪",
     pub=(2026,7,22,10,30), q=2, arr=2740000, arr0=2510000, occ=69.7, occ0=71.2, stay=6.3, spend=3.1, cur="A$", jp=187000, rank=3, streak=8,
     dist=4390, dep=(2026,12,1,23,50), dep_label="AEST", pax=150000, fy=2027, h_lo=8, h_hi=10, rooms=1900, sig=6900, g_lo=3, g_hi=4, pm=1)
case(slug="glenharrow-ski-q1", lang="en", outlet="Highland Ledger", dom="highlandledger.example", off=1, author="Morag Elphinstone",
     region="Glenharrow", region_ja="グレンハロー", agency="Glenharrow Tourism Partnership", agency_ja="グレンハロー観光パートナーシップ",
     official="Fergus Abernethy", official_ja="ファーガス・アバネシー", short="アバネシー", variant="アバーネシー", age=63,
     carrier="Caledon Air", carrier_ja="カレドン航空", hub="Glenharrow", hub_ja="グレンハロー", city2="Tokyo", city2_ja="東京",
     pub=(2026,4,16,6,0), q=1, arr=890000, arr0=812000, occ=64.5, occ0=60.1, stay=3.8, spend=0.74, cur="£", jp=22800, rank=8, streak=4,
     dist=5950, dep=(2026,9,12,21,5), dep_label="BST", dep_off=1, pax=54000, fy=2027, h_lo=3, h_hi=5, rooms=640, sig=3100, g_lo=2, g_hi=4, pm=1)
case(slug="ostra-bay-q3", lang="en", outlet="Bay Observer", dom="bayobserver.example", off=-3, author="Luis Ferreira Quint",
     region="Ostra Bay", region_ja="オストラ湾地域", agency="Ostra Bay Tourism Office", agency_ja="オストラ湾観光事務所",
     official="Helena Varga-Smith", official_ja="ヘレナ・ヴァルガ=スミス", short="ヴァルガ=スミス", variant="バルガ=スミス", age=52,
     carrier="Austral Gull", carrier_ja="オーストラル・ガル航空", hub="Ostra", hub_ja="オストラ", city2="Tokyo", city2_ja="東京",
     pub=(2026,10,28,9,0), q=3, arr=1540000, arr0=1320000, occ=73.9, occ0=67.4, stay=4.6, spend=0.98, cur="$", jp=27500, rank=6, streak=5,
     dist=11390, dep=(2027,1,19,20,40), dep_label="local time (UTC-3)", pax=42000, fy=2027, h_lo=5, h_hi=8, rooms=1100, sig=7400, g_lo=4, g_hi=7, pm=1)
case(slug="pine-hollow-parks-q2", lang="en", outlet="Pine Hollow Gazette", dom="pinehollowgazette.example", off=-5, author="Wade Kowalczyk",
     region="Pine Hollow", region_ja="パイン・ホロー", agency="Pine Hollow Office of Tourism", agency_ja="パイン・ホロー観光局",
     official="Bethany Quill", official_ja="ベサニー・クイル", short="クイル", variant="キル", age=39,
     carrier="Prairie Crest Airlines", carrier_ja="プレーリー・クレスト航空", hub="Dunmore Falls", hub_ja="ダンモア・フォールズ", city2="Tokyo", city2_ja="東京",
     pub=(2026,7,29,7,0), q=2, arr=1120000, arr0=985000, occ=75.2, occ0=72.8, stay=3.1, spend=0.86, cur="$", jp=38900, rank=5, streak=6,
     dist=6290, dep=(2026,12,10,16,25), dep_label="CST", dep_off=-6, pax=88000, fy=2027, h_lo=4, h_hi=7, rooms=820, sig=2600, g_lo=1, g_hi=2, pm=1)
case(slug="lyre-islands-q4", lang="en", outlet="Lyre Islands Chronicle", dom="lyrechronicle.example", off=-10, author="Keoni Alapa",
     region="the Lyre Islands", region_ja="ライア諸島", agency="Lyre Islands Visitors Council", agency_ja="ライア諸島観光評議会",
     official="Malia Kahanu", official_ja="マリア・カハヌ", short="カハヌ", variant="カハヌー", age=57,
     carrier="Lyre Pacific", carrier_ja="ライア・パシフィック航空", hub="Haleport", hub_ja="ヘイルポート", city2="Osaka", city2_ja="大阪",
     pub=(2027,2,3,6,0), q=4, arr=2630000, arr0=2480000, occ=80.6, occ0=79.9, stay=6.8, spend=4.2, cur="$", jp=341000, rank=3, streak=9,
     dist=4150, dep=(2027,5,20,12,35), dep_label="HST", pax=230000, fy=2028, h_lo=2, h_hi=4, rooms=700, sig=15200, g_lo=1, g_hi=2, pm=4)
case(slug="fenwick-heritage-q3", lang="en", outlet="Fenwick Standard", dom="fenwickstandard.example", off=1, author="Imogen Tasker",
     region="Fenwick", region_ja="フェンウィック", agency="Fenwick Heritage & Tourism Trust", agency_ja="フェンウィック遺産観光財団",
     official="Oliver Mensah", official_ja="オリバー・メンサー", short="メンサー", variant="メンサ", age=44,
     carrier="Albion Skylink", carrier_ja="アルビオン・スカイリンク", hub="Fenwick", hub_ja="フェンウィック", city2="Osaka", city2_ja="大阪",
     pub=(2026,10,14,7,0), q=3, arr=3050000, arr0=2840000, occ=82.1, occ0=80.4, stay=2.5, spend=1.15, cur="£", jp=58700, rank=7, streak=4,
     dist=5850, dep=(2027,3,31,20,15), dep_label="BST", pax=66000, fy=2027, h_lo=9, h_hi=13, rooms=1500, sig=11000, g_lo=2, g_hi=3, pm=1)
case(slug="tamsin-lakes-q1", lang="en", outlet="Lakeside Record", dom="lakesiderecord.example", off=-4, author="Harriet Vance",
     region="the Tamsin Lakes", region_ja="タムシン湖水地方", agency="Tamsin Lakes Tourism Alliance", agency_ja="タムシン湖水地方観光連盟",
     official="Desmond Okafor", official_ja="デズモンド・オカフォー", short="オカフォー", variant="オカフォア", age=50,
     carrier="Great Lakes Meridian", carrier_ja="グレートレイクス・メリディアン航空", hub="Tamsin City", hub_ja="タムシン・シティ", city2="Tokyo", city2_ja="東京",
     pub=(2026,4,22,8,0), q=1, arr=760000, arr0=702000, occ=54.9, occ0=51.7, stay=2.2, spend=0.41, cur="$", jp=19300, rank=6, streak=4,
     dist=6420, dep=(2026,8,30,11,50), dep_label="EDT", dep_off=-4, pax=61000, fy=2027, h_lo=3, h_hi=4, rooms=520, sig=1900, g_lo=2, g_hi=5, pm=1)
case(slug="quarry-point-q2", lang="en", outlet="Quarry Point Examiner", dom="qpexaminer.example", off=-4, author="Nadia Ferro",
     region="Quarry Point", region_ja="クオリー・ポイント", agency="Quarry Point Convention and Visitors Bureau", agency_ja="クオリー・ポイント観光局",
     official="Samuel Achterberg", official_ja="サミュエル・アクターバーグ", short="アクターバーグ", variant="アクターベルグ", age=66,
     carrier="Atlantic Heron", carrier_ja="アトランティック・ヘロン航空", hub="Quarry Point", hub_ja="クオリー・ポイント", city2="Tokyo", city2_ja="東京",
     pub=(2026,7,15,6,45), q=2, arr=1430000, arr0=1270000, occ=77.0, occ0=73.6, stay=2.8, spend=1.05, cur="$", jp=44100, rank=5, streak=7,
     dist=6740, dep=(2026,11,1,12,5), dep_label="EST", dep_off=-5, pax=79000, fy=2027, h_lo=6, h_hi=8, rooms=1300, sig=5600, g_lo=3, g_hi=4, pm=1)
case(slug="wrenfield-festival-q3", lang="en", outlet="Wrenfield Mercury", dom="wrenfieldmercury.example", off=-5, author="Tobias Greer",
     region="Wrenfield", region_ja="レンフィールド", agency="Wrenfield Tourism Agency", agency_ja="レンフィールド観光庁",
     official="Ines Calloway", official_ja="イネス・キャロウェイ", short="キャロウェイ", variant="カロウェイ", age=42,
     carrier="Heartland Jet", carrier_ja="ハートランド・ジェット", hub="Wrenfield", hub_ja="レンフィールド", city2="Tokyo", city2_ja="東京",
     pub=(2026,10,22,7,30), q=3, arr=980000, arr0=905000, occ=68.8, occ0=65.3, stay=3.6, spend=0.62, cur="$", jp=25600, rank=7, streak=5,
     dist=6310, dep=(2027,4,3,17,40), dep_label="CDT", pax=70000, fy=2028, h_lo=5, h_hi=6, rooms=760, sig=4200, g_lo=2, g_hi=4, pm=1)
# French
case(slug="val-dorrin-ete-q3", lang="fr", outlet="Le Courrier d'Orrin", dom="courrierdorrin.example", off=2, author="Camille Vasseur",
     region="Val-d'Orrin", region_ja="ヴァル・ドラン", agency="le comité régional du tourisme de Val-d'Orrin", agency_ja="ヴァル・ドラン地方観光委員会",
     official="Hélène Mercadier", official_ja="エレーヌ・メルカディエ", short="メルカディエ", variant="メルカディエール", age=56,
     carrier="Air Orrin", carrier_ja="エール・オラン", hub="Saint-Orrin", hub_ja="サン・トラン", city2="Tokyo", city2_ja="東京",
     pub=(2026,10,8,7,0), q=3, arr=3640000, arr0=3380000, occ=79.5, occ0=76.8, stay=4.4, spend=2.3, cur="EUR", jp=86400, rank=6, streak=5,
     dist=9820, dep=(2027,3,30,13,35), dep_label="heure de Paris", dep_off=2, pax=120000, fy=2027, h_lo=12, h_hi=15, rooms=2300, sig=14500, g_lo=2, g_hi=4, pm=2)
case(slug="cote-lumiere-q2", lang="fr", outlet="La Gazette du Littoral", dom="gazettelittoral.example", off=2, author="Julien Garrigue",
     region="la Côte Lumière", region_ja="コート・リュミエール", agency="l'office de tourisme de la Côte Lumière", agency_ja="コート・リュミエール観光局",
     official="Bertrand Oudinot", official_ja="ベルトラン・ウディノ", short="ウディノ", variant="ウディノー", age=48,
     carrier="Aérolumière", carrier_ja="アエロリュミエール", hub="Port-Sauval", hub_ja="ポール・ソーヴァル", city2="Osaka", city2_ja="大阪",
     pub=(2026,7,23,8,0), q=2, arr=2880000, arr0=2610000, occ=74.2, occ0=72.9, stay=5.2, spend=1.7, cur="EUR", jp=41300, rank=8, streak=4,
     dist=9950, dep=(2026,12,15,11,20), dep_label="heure de Paris", dep_off=1, pax=65000, fy=2027, h_lo=4, h_hi=7, rooms=980, sig=6100, g_lo=1, g_hi=3, pm=1)
case(slug="haute-brenne-neige-q1", lang="fr", outlet="L'Écho des Cimes", dom="echodescimes.example", off=2, author="Solène Barthe",
     region="la Haute-Brenne", region_ja="オート・ブレンヌ", agency="l'agence d'attractivité de la Haute-Brenne", agency_ja="オート・ブレンヌ観光振興機構",
     official="Mathieu Roncelin", official_ja="マチュー・ロンスラン", short="ロンスラン", variant="ロンセラン", age=51,
     carrier="Air Orrin", carrier_ja="エール・オラン", hub="Brennac", hub_ja="ブレナック", city2="Tokyo", city2_ja="東京",
     pub=(2026,4,28,6,30), q=1, arr=1310000, arr0=1190000, occ=70.4, occ0=65.8, stay=5.9, spend=0.95, cur="EUR", jp=17800, rank=7, streak=6,
     dist=9700, dep=(2026,10,24,14,10), dep_label="heure de Paris", dep_off=2, pax=48000, fy=2027, h_lo=3, h_hi=5, rooms=600, sig=3800, g_lo=2, g_hi=3, pm=1)
# German
case(slug="seelandtal-sommer-q3", lang="de", outlet="Seeländer Rundschau", dom="seelaender-rundschau.example", off=2, author="Katrin Vollmer",
     region="Seelandtal", region_ja="ゼーラントタール", agency="Tourismusverband Seelandtal", agency_ja="ゼーラントタール観光連盟",
     official="Jürgen Hallstein", official_ja="ユルゲン・ハルシュタイン", short="ハルシュタイン", variant="ハルスタイン", age=59,
     carrier="Alpenwind Air", carrier_ja="アルペンヴィント航空", hub="Seeburg", hub_ja="ゼーブルク", city2="Tokyo", city2_ja="東京",
     pub=(2026,10,7,6,0), q=3, arr=2470000, arr0=2290000, occ=76.1, occ0=73.4, stay=3.9, spend=1.45, cur="EUR", jp=35600, rank=8, streak=5,
     dist=9380, dep=(2027,3,29,12,55), dep_label="MESZ", dep_off=2, pax=58000, fy=2027, h_lo=6, h_hi=9, rooms=1150, sig=8900, g_lo=2, g_hi=3, pm=2)
case(slug="gruenbergland-q2", lang="de", outlet="Grünberger Tagblatt", dom="gruenberger-tagblatt.example", off=2, author="Matthias Kern",
     region="das Grünbergland", region_ja="グリューンベルクラント", agency="Grünbergland Tourismus GmbH", agency_ja="グリューンベルクラント観光公社",
     official="Sabine Oberländer", official_ja="ザビーネ・オーバーレンダー", short="オーバーレンダー", variant="オーバーランダー", age=53,
     carrier="Alpenwind Air", carrier_ja="アルペンヴィント航空", hub="Grünberg", hub_ja="グリューンベルク", city2="Osaka", city2_ja="大阪",
     pub=(2026,7,16,7,0), q=2, arr=1870000, arr0=1760000, occ=71.3, occ0=70.1, stay=2.6, spend=0.88, cur="EUR", jp=24900, rank=7, streak=4,
     dist=9290, dep=(2026,11,4,13,15), dep_label="MEZ", dep_off=1, pax=44000, fy=2027, h_lo=4, h_hi=6, rooms=720, sig=5300, g_lo=1, g_hi=2, pm=1)
case(slug="aarwald-winter-q1", lang="de", outlet="Aarwalder Zeitung", dom="aarwalder-zeitung.example", off=2, author="Lukas Imhof",
     region="das Aarwald", region_ja="アールヴァルト", agency="Aarwald Tourismus", agency_ja="アールヴァルト観光局",
     official="Regula Stämpfli", official_ja="レグラ・シュテンプフリ", short="シュテンプフリ", variant="シュテンプリ", age=47,
     carrier="Helvetic Crest", carrier_ja="ヘルヴェティック・クレスト航空", hub="Aarstadt", hub_ja="アールシュタット", city2="Tokyo", city2_ja="東京",
     pub=(2026,4,23,6,0), q=1, arr=1090000, arr0=1010000, occ=72.8, occ0=68.5, stay=4.7, spend=1.2, cur="CHF", jp=31200, rank=5, streak=6,
     dist=9560, dep=(2026,10,20,13,5), dep_label="MESZ", dep_off=2, pax=52000, fy=2027, h_lo=2, h_hi=4, rooms=480, sig=4100, g_lo=1, g_hi=3, pm=1)
# Spanish
case(slug="costa-almena-q3", lang="es", outlet="Diario de Almena", dom="diariodealmena.example", off=2, author="Lucía Tornero",
     region="la Costa Almena", region_ja="コスタ・アルメナ", agency="el Patronato de Turismo de la Costa Almena", agency_ja="コスタ・アルメナ観光公社",
     official="Ramón Escudero", official_ja="ラモン・エスクデロ", short="エスクデロ", variant="エスクデーロ", age=55,
     carrier="Aerolíneas Almena", carrier_ja="アルメナ航空", hub="Puerto Almena", hub_ja="プエルト・アルメナ", city2="Tokyo", city2_ja="東京",
     pub=(2026,10,20,8,0), q=3, arr=5210000, arr0=4870000, occ=84.3, occ0=82.0, stay=6.1, spend=4.6, cur="EUR", jp=52800, rank=8, streak=5,
     dist=10760, dep=(2027,3,29,12,40), dep_label="hora peninsular", dep_off=2, pax=75000, fy=2027, h_lo=10, h_hi=14, rooms=3100, sig=21400, g_lo=2, g_hi=3, pm=2)
case(slug="sierra-candela-q2", lang="es", outlet="El Heraldo Serrano", dom="heraldoserrano.example", off=2, author="Andrés Peñalver",
     region="la Sierra Candela", region_ja="シエラ・カンデラ", agency="la Agencia de Turismo de la Sierra Candela", agency_ja="シエラ・カンデラ観光庁",
     official="Marta Villaseca", official_ja="マルタ・ビジャセカ", short="ビジャセカ", variant="ビリャセカ", age=46,
     carrier="Aerolíneas Almena", carrier_ja="アルメナ航空", hub="Candelaria", hub_ja="カンデラリア", city2="Osaka", city2_ja="大阪",
     pub=(2026,7,21,9,0), q=2, arr=1340000, arr0=1220000, occ=69.4, occ0=66.0, stay=3.3, spend=0.79, cur="EUR", jp=21700, rank=7, streak=4,
     dist=10870, dep=(2026,12,2,11,45), dep_label="hora peninsular", dep_off=1, pax=39000, fy=2027, h_lo=3, h_hi=5, rooms=540, sig=3700, g_lo=2, g_hi=4, pm=1)
# Japanese
case(slug="kiriura-inbound-q3", lang="ja", outlet="霧浦日報", dom="kiriura-nippo.example", off=9, author="",
     region="霧浦県", region_ja="霧浦県", agency="霧浦県観光局", agency_ja="霧浦県観光局",
     official="", official_ja="沢渡恵子", short="沢渡", variant="沢戸", age=58,
     carrier="みなと航空", carrier_ja="みなと航空", hub="霧浦空港", hub_ja="霧浦空港", city2="Honolulu", city2_ja="ホノルル",
     pub=(2026,10,16,18,0), q=3, arr=1820000, arr0=1560000, occ=73.5, occ0=70.9, stay=2.4, spend=612, cur="JPY", jp=0, rank=0, streak=5,
     dist=6130, dep=(2027,3,28,20,30), dep_label="日本時間", dep_off=9, pax=110000, fy=2028, h_lo=5, h_hi=7, rooms=1400, sig=9600, g_lo=4, g_hi=6, pm=2)
case(slug="aokami-onsen-q2", lang="ja", outlet="青上新聞", dom="aokami-shimbun.example", off=9, author="",
     region="青上市", region_ja="青上市", agency="青上市観光戦略課", agency_ja="青上市観光戦略課",
     official="", official_ja="槇原修", short="槇原", variant="牧原", age=62,
     carrier="北翼エアライン", carrier_ja="北翼エアライン", hub="青上空港", hub_ja="青上空港", city2="Taipei", city2_ja="台北",
     pub=(2026,7,24,17,30), q=2, arr=684000, arr0=598000, occ=66.8, occ0=62.3, stay=1.8, spend=235, cur="JPY", jp=0, rank=0, streak=4,
     dist=2460, dep=(2026,10,26,9,40), dep_label="日本時間", dep_off=9, pax=64000, fy=2027, h_lo=2, h_hi=3, rooms=450, sig=5100, g_lo=3, g_hi=5, pm=1)

CLEAN = {"harrow-coast-q3", "marrowby-cruise-q1", "northmere-rail-q4", "glenharrow-ski-q1", "pine-hollow-parks-q2",
         "fenwick-heritage-q3", "quarry-point-q2", "val-dorrin-ete-q3", "cote-lumiere-q2", "seelandtal-sommer-q3",
         "costa-almena-q3", "kiriura-inbound-q3"}
for k in C:
    if k["slug"] == "kiriura-inbound-q3": k["jp"] = 412000
    if k["slug"] == "aokami-onsen-q2": k["jp"] = 231000
    k.setdefault("dep_off", k["off"])


def derive(k):
    d = dict(k)
    tz = dt.timezone(dt.timedelta(hours=k["off"]))
    pub = dt.datetime(*k["pub"], tzinfo=tz); d["pub_dt"] = pub
    ann = (pub - dt.timedelta(days=1)).date(); d["ann"] = ann
    d["ann_md"] = f"{ann.month}月{ann.day}日"; d["ann_wd"] = WD_JA[ann.weekday()]
    d["qy"] = pub.year if k["q"] < 4 else pub.year - 1
    d["qm"] = QM[k["q"] - 1]
    d["diff"] = k["arr"] - k["arr0"]; d["pct"] = round(d["diff"] / k["arr0"] * 100)
    d["pp"] = round(abs(k["occ"] - k["occ0"]), 1); d["pp_dir"] = "上回った" if k["occ"] > k["occ0"] else "下回った"
    d["pp_dir2"] = "上昇" if k["occ"] > k["occ0"] else "低下"
    d["share"] = f'{round(k["jp"] / k["arr"] * 100, 1):g}'
    d["km"] = round(k["dist"] * 1.609344, -1) if k["lang"] == "en" else k["dist"]; d["km"] = int(d["km"])
    dtz = dt.timezone(dt.timedelta(hours=k["dep_off"]))
    dep = dt.datetime(*k["dep"], tzinfo=dtz); d["dep_dt"] = dep
    j = dep.astimezone(JST); d["jst_dt"] = j
    d["dep_local_ja"] = f"{dep.month}月{dep.day}日{dep.hour}時{dep.minute:02d}分"
    d["jst_ja"] = f"{j.month}月{j.day}日({WD_JA[j.weekday()]}){j.hour}時{j.minute:02d}分"
    d["spend_ja"] = (f"{k['spend']}億円" if k["cur"] == "JPY" else man(k["spend"] * 1e9) + CUR_JA[k["cur"]])
    d["cur_ja"] = CUR_JA[k["cur"]]
    d["sig_ja"] = man(k["sig"]); d["pax_ja"] = man(k["pax"]); d["rooms_ja"] = man(k["rooms"])
    d["arr_ja"] = man(k["arr"]); d["arr0_ja"] = man(k["arr0"]); d["diff_ja"] = man(d["diff"]); d["jp_ja"] = man(k["jp"])
    d["cit_date"] = pub.strftime("%Y.%m.%d")
    d["post"] = (pub.astimezone(JST) + dt.timedelta(hours=5)).strftime("%Y年%m月%d日 %H:%M")
    d["dep_wd_ja"] = WD_JA[dep.weekday()]
    return d


def title_of(d):
    L = d["lang"]
    if L == "en": return f"{d['region'].replace('the ', '').strip()} visitor numbers up {d['pct']}% as {d['carrier']} plans {d['city2']} flights"
    if L == "fr": return f"{d['region'][0].upper() + d['region'][1:]} : la fréquentation étrangère progresse de {d['pct']} %, vol direct vers {'Tokyo' if d['city2']=='Tokyo' else 'Osaka'}"
    if L == "de": return f"Tourismus: {d['pct']} Prozent mehr ausländische Gäste im {d['region'].replace('das ', '')}"
    if L == "es": return f"{d['region'][0].upper() + d['region'][1:]} recibe un {d['pct']} % más de turistas extranjeros y tendrá vuelo directo a {'Tokio' if d['city2']=='Tokyo' else 'Osaka'}"
    return f"{d['region']}の外国人客{d['pct']}%増 {d['carrier']}、{d['city2_ja']}線就航へ"


def article(d):
    L = d["lang"]; ann = d["ann"]; dep = d["dep_dt"]
    if L == "en":
        cs = {"$": "$", "£": "£", "A$": "A$", "C$": "C$", "NZ$": "NZ$"}[d["cur"]]
        R = d["region"]; Rc = R[0].upper() + R[1:]
        h = dep.hour % 12 or 12; ap = "a.m." if dep.hour < 12 else "p.m."
        up = "up from" if d["occ"] > d["occ0"] else "down from"
        return [
            f"{Rc} welcomed {d['arr']/1e6:.2f} million international visitors in the {QW['en'][d['q']-1]} quarter, up from {d['arr0']/1e6:.2f} million in the same period last year, the {d['agency']} said on {WD['en'][ann.weekday()]}, as airlines added seats and hotel owners reported one of their busiest seasons on record.",
            f"Hotel occupancy across the region averaged {d['occ']}% in the quarter, {up} {d['occ0']}% a year earlier. Visitors stayed an average of {d['stay']} nights, and spending by foreign tourists reached {(cs + str(d['spend']) + ' billion') if d['spend'] >= 1 else (cs + str(int(round(d['spend']*1000))) + ' million')}, according to the agency's figures.",
            f"Visitors from Japan numbered {d['jp']:,}, making Japan the {ORD_EN[d['rank']]}-largest source market. Japanese arrivals have now risen for {NUM_EN[d['streak']]} consecutive quarters, helped by a weaker yen earlier in the year and a marketing campaign aimed at younger travellers.",
            f"\u201cWe are seeing the results of five years of work with airlines and tour operators,\u201d said {d['official']}, {d['age']}, the agency's director. \u201cBut we cannot grow at any price. Our residents have to feel the benefit too.\u201d",
            f"{d['carrier']}, whose fiscal year ends in March, said it would open a nonstop service between {d['hub']} and {d['city2']}, a distance of about {d['dist']:,} miles. The first flight is scheduled to leave {d['hub']} at {h}:{dep.minute:02d} {ap} {d['dep_label']} on {MON['en'][dep.month-1]} {dep.day}, {dep.year}. The airline expects the route to carry {d['pax']:,} passengers in the year to March {d['fy']}.",
            f"Developers plan to open between {d['h_lo']} and {d['h_hi']} new hotels by the end of {d['qy']+1}, adding roughly {d['rooms']:,} rooms. Critics say the pace is too fast: a residents' group collected {d['sig']:,} signatures last month calling for a cap on short-term rentals in the busiest neighbourhoods.",
            "Cruise passengers, whom the agency counts separately, are not included in the figures, which cover only overnight visitors arriving by air, road, rail or ferry. Hiking trails and food tours were the most popular activities, the survey found.",
            f"The agency expects growth to slow to between {d['g_lo']}% and {d['g_hi']}% next year, citing higher airfares and a stronger {CUR_EN[d['cur']]}. It will publish full-year figures in {MON['en'][d['pm']-1]}.",
        ]
    if L == "fr":
        R = d["region"]; Rc = R[0].upper() + R[1:]
        ag = d["agency"]; 
        return [
            f"{Rc} a accueilli {dec(round(d['arr']/1e6,2),'fr')} millions de visiteurs internationaux au {QW['fr'][d['q']-1]} trimestre, contre {dec(round(d['arr0']/1e6,2),'fr')} millions un an plus tôt, a annoncé {WD['fr'][ann.weekday()]} {ag}. Les compagnies aériennes ont ajouté des sièges et les hôteliers évoquent une saison record.",
            f"Le taux d'occupation des hôtels a atteint en moyenne {dec(d['occ'],'fr')} % sur le trimestre, contre {dec(d['occ0'],'fr')} % l'an dernier. La durée moyenne de séjour s'établit à {dec(d['stay'],'fr')} nuits et les dépenses des touristes étrangers à {(dec(d['spend'],'fr') + (' milliards' if d['spend'] >= 2 else ' milliard')) if d['spend'] >= 1 else (str(int(round(d['spend']*1000))) + ' millions')} d'euros, selon les chiffres publiés.",
            f"Les visiteurs japonais étaient {fr_int(d['jp'])}, ce qui fait du Japon le {ORD_FR[d['rank']]} marché émetteur. Leur nombre progresse depuis {NUM_FR[d['streak']]} trimestres consécutifs, porté par une campagne de promotion visant les jeunes voyageurs.",
            f"« Nous récoltons les fruits de cinq années de travail avec les compagnies et les voyagistes », a déclaré {d['official']}, {d['age']} ans, qui dirige l'organisme. « Mais nous ne voulons pas croître à n'importe quel prix. Les habitants doivent aussi en profiter. »",
            f"La compagnie {d['carrier']}, dont l'exercice se clôt fin mars, ouvrira une liaison sans escale entre {d['hub']} et {'Tokyo' if d['city2']=='Tokyo' else 'Osaka'}, distantes d'environ {fr_int(d['dist'])} kilomètres. Le premier vol doit décoller de {d['hub']} le {dep.day} {MON['fr'][dep.month-1]} {dep.year} à {dep.hour} h {dep.minute:02d} ({d['dep_label']}). La compagnie table sur {fr_int(d['pax'])} passagers sur l'exercice clos en mars {d['fy']}.",
            f"Les promoteurs prévoient d'ouvrir entre {d['h_lo']} et {d['h_hi']} nouveaux hôtels d'ici à la fin de {d['qy']+1}, soit environ {fr_int(d['rooms'])} chambres supplémentaires. Le rythme inquiète : un collectif d'habitants a recueilli le mois dernier {fr_int(d['sig'])} signatures pour réclamer un plafonnement des locations de courte durée dans les quartiers les plus fréquentés.",
            f"L'organisme prévoit un ralentissement de la croissance, entre {d['g_lo']} % et {d['g_hi']} % l'an prochain, en raison de la hausse du prix des billets d'avion et d'un euro fort. Le bilan annuel sera publié en {MON['fr'][d['pm']-1]}.",
        ]
    if L == "de":
        R = d["region"]; Rd = R.replace("das ", "dem ") if R.startswith("das ") else R
        Rn = R[0].upper() + R[1:]
        return [
            f"{Rn} hat im {QW['de'][d['q']-1]} Quartal {dec(round(d['arr']/1e6,2),'de')} Mio. internationale Gäste empfangen, nach {dec(round(d['arr0']/1e6,2),'de')} Mio. im Vorjahreszeitraum. Das teilte die {d['agency']} am {WD['de'][ann.weekday()]} mit. Fluggesellschaften hatten ihr Angebot ausgeweitet, Hoteliers sprechen von einer Rekordsaison."
            if "GmbH" in d["agency"] else
            f"{Rn} hat im {QW['de'][d['q']-1]} Quartal {dec(round(d['arr']/1e6,2),'de')} Mio. internationale Gäste empfangen, nach {dec(round(d['arr0']/1e6,2),'de')} Mio. im Vorjahreszeitraum. Das teilte der {d['agency']} am {WD['de'][ann.weekday()]} mit. Fluggesellschaften hatten ihr Angebot ausgeweitet, Hoteliers sprechen von einer Rekordsaison.",
            f"Die Zimmerauslastung der Hotels lag im Quartal im Schnitt bei {dec(d['occ'],'de')} Prozent, nach {dec(d['occ0'],'de')} Prozent vor einem Jahr. Die Gäste blieben durchschnittlich {dec(d['stay'],'de')} Nächte und gaben insgesamt {(dec(d['spend'],'de') + ' Mrd.') if d['spend'] >= 1 else (str(int(round(d['spend']*1000))) + ' Mio.')} {'Franken' if d['cur']=='CHF' else 'Euro'} aus.",
            f"Aus Japan kamen {de_int(d['jp'])} Besucher, damit ist Japan der {ORD_DE[d['rank']]} Herkunftsmarkt. Die Zahl der japanischen Gäste steigt seit {NUM_DE[d['streak']]} Quartalen in Folge, unterstützt von einer Werbekampagne für jüngere Reisende.",
            f"„Wir sehen die Ergebnisse von fünf Jahren Arbeit mit Fluggesellschaften und Reiseveranstaltern“, sagte {d['official']} ({d['age']}), die Leiterin des Verbands." if d['slug'] != 'seelandtal-sommer-q3' else
            f"„Wir sehen die Ergebnisse von fünf Jahren Arbeit mit Fluggesellschaften und Reiseveranstaltern“, sagte {d['official']} ({d['age']}), der Geschäftsführer des Verbands.",
            f"„Aber wir wollen nicht um jeden Preis wachsen. Auch die Einheimischen müssen etwas davon haben.“",
            f"{d['carrier']}, deren Geschäftsjahr im März endet, will eine Nonstop-Verbindung zwischen {d['hub']} und {'Tokio' if d['city2']=='Tokyo' else 'Osaka'} aufnehmen; die Strecke ist rund {de_int(d['dist'])} Kilometer lang. Der Erstflug soll am {dep.day}. {MON['de'][dep.month-1]} {dep.year} um {dep.hour}.{dep.minute:02d} Uhr ({d['dep_label']}) in {d['hub']} starten. Die Airline rechnet im Geschäftsjahr bis März {d['fy']} mit {de_int(d['pax'])} Passagieren auf der Route.",
            f"Investoren wollen bis Ende {d['qy']+1} zwischen {d['h_lo']} und {d['h_hi']} neue Hotels eröffnen, mit zusammen rund {de_int(d['rooms'])} Zimmern. Kritikern geht das zu schnell: Eine Bürgerinitiative hat im vergangenen Monat {de_int(d['sig'])} Unterschriften für eine Obergrenze bei Ferienwohnungen gesammelt.",
            "Kreuzfahrtgäste sind in der Statistik nicht enthalten; erfasst werden nur Übernachtungsgäste, die mit Flugzeug, Bahn, Auto oder Schiff anreisen. Besonders gefragt waren nach Angaben des Verbands Wanderangebote und kulinarische Touren. Viele Betriebe klagen allerdings über fehlendes Personal, vor allem in der Küche und im Service. Die Branche will deshalb stärker im Ausland um Fachkräfte werben.",
            f"Für das kommende Jahr erwartet der Verband ein schwächeres Wachstum von {d['g_lo']} bis {d['g_hi']} Prozent. Als Gründe nennt er höhere Flugpreise und den starken {'Franken' if d['cur']=='CHF' else 'Euro'}. Die Zahlen für das Gesamtjahr sollen im {MON['de'][d['pm']-1]} vorliegen.",
        ]
    if L == "es":
        R = d["region"]; Rc = R[0].upper() + R[1:]
        return [
            f"{Rc} recibió {dec(round(d['arr']/1e6,2),'es')} millones de visitantes internacionales en el {QW['es'][d['q']-1]} trimestre, frente a {dec(round(d['arr0']/1e6,2),'es')} millones en el mismo periodo del año pasado, según informó el {WD['es'][ann.weekday()]} {d['agency']}. Las aerolíneas ampliaron su oferta de asientos y los hoteleros hablan de una temporada récord.",
            f"La ocupación hotelera media alcanzó el {dec(d['occ'],'es')} % en el trimestre, frente al {dec(d['occ0'],'es')} % de hace un año. La estancia media fue de {dec(d['stay'],'es')} noches y el gasto de los turistas extranjeros sumó {de_int(int(round(d['spend']*1000)))} millones de euros.",
            f"Los visitantes japoneses fueron {de_int(d['jp'])}, lo que convierte a Japón en el {ORD_ES[d['rank']]} mercado emisor. Su número crece desde hace {NUM_ES[d['streak']]} trimestres consecutivos, impulsado por una campaña dirigida a viajeros jóvenes.",
            f"«Estamos viendo el resultado de cinco años de trabajo con aerolíneas y turoperadores», afirmó {d['official']}, de {d['age']} años, responsable del organismo. «Pero no queremos crecer a cualquier precio. Los vecinos también tienen que notar los beneficios».",
            f"{d['carrier']}, cuyo ejercicio fiscal termina en marzo, abrirá una ruta sin escalas entre {d['hub']} y {'Tokio' if d['city2']=='Tokyo' else 'Osaka'}, separadas por unos {de_int(d['dist'])} kilómetros. El primer vuelo saldrá de {d['hub']} el {dep.day} de {MON['es'][dep.month-1]} de {dep.year} a las {dep.hour}.{dep.minute:02d} ({d['dep_label']}). La aerolínea prevé transportar {de_int(d['pax'])} pasajeros en el ejercicio que cierra en marzo de {d['fy']}.",
            f"Los promotores prevén abrir entre {d['h_lo']} y {d['h_hi']} hoteles nuevos antes de que termine {d['qy']+1}, con unas {de_int(d['rooms'])} habitaciones más. Los críticos consideran excesivo el ritmo: una plataforma vecinal reunió el mes pasado {de_int(d['sig'])} firmas para pedir un tope a los pisos turísticos en los barrios más visitados.",
            "Los cruceristas no figuran en la estadística, que solo recoge a quienes pernoctan en la zona. Las rutas de senderismo y la gastronomía fueron los principales reclamos.",
            f"El organismo prevé que el crecimiento se modere el año próximo, hasta entre el {d['g_lo']} % y el {d['g_hi']} %, por el encarecimiento de los billetes de avión y la fortaleza del euro. Publicará el balance anual en {MON['es'][d['pm']-1]}.",
        ]
    # Japanese
    return [
        f"{d['agency']}は{ann.day}日、{d['qy']}年7〜9月" if False else
        f"{d['agency']}は{ann.day}日、{d['qy']}年第{d['q']}四半期に{d['region']}を訪れた外国人旅行者が前年同期比{d['pct']}%増の{d['arr_ja']}人だったと発表した。前年同期は{d['arr0_ja']}人で、国際線の増便や円安が追い風となった。",
        f"県内ホテルの客室稼働率は平均{d['occ']}%で、前年同期の{d['occ0']}%を上回った。外国人旅行者の平均宿泊数は{d['stay']}泊、宿泊や飲食、買い物などの消費額は{d['spend']}億円に達した。",
        f"国・地域別では台湾からの旅行者が{d['jp_ja']}人で最も多く、{d['streak']}四半期連続で増加した。担当者は「若い世代の個人旅行が目立つ」と話す。",
        f"{d['official_ja']}局長({d['age']})は記者会見で「航空会社や旅行会社と5年かけて取り組んできた成果が出ている」と述べた。そのうえで「どんな代償を払ってでも伸ばせばいいわけではない。住民が恩恵を実感できることが大切だ」と強調した。",
        f"{d['carrier']}は、{d['hub']}と{d['city2_ja']}を結ぶ直行便を開設すると明らかにした。距離は約{d['dist']}キロ。初便は{dep.year}年{dep.month}月{dep.day}日午{'前' if dep.hour < 12 else '後'}{dep.hour % 12}時{dep.minute}分に{d['hub']}を出発する予定だ。同社は{d['fy']}年3月期に同路線で{d['pax_ja']}人の利用を見込む。",
        f"一方、{d['qy']+1}年末までに県内で{d['h_lo']}〜{d['h_hi']}軒のホテルが開業し、客室は約{d['rooms_ja']}室増える見通し。住民団体は先月、民泊の上限規制を求める{d['sig_ja']}人分の署名を提出した。",
        "クルーズ船の乗客は集計に含まれていない。同局は宿泊施設からの報告をもとに数字をまとめている。",
        f"同局は来年の伸び率が{d['g_lo']}〜{d['g_hi']}%に鈍化すると予想する。航空運賃の上昇や円高への振れを理由に挙げた。通年の統計は{d['pm']}月に公表する。",
    ]


def digest(d):
    ja = d["lang"] == "ja"
    off = d["official_ja"] if ja else f"{d['official_ja']}({d['official']})"
    car = d["carrier_ja"] if (ja or d["carrier_ja"] == d["carrier"]) else f"{d['carrier_ja']}({d['carrier']})"
    mkt = "台湾" if ja else "日本"
    rank = "最大" if ja else f"{d['rank']}番目に大きい"
    loc = "" if ja else "現地時間"
    dep_line = (f" ・初便は{d['dep_dt'].month}月{d['dep_dt'].day}日({d['dep_wd_ja']}){d['dep_dt'].hour}時{d['dep_dt'].minute:02d}分に{d['hub_ja']}を出発する。" if ja else
                f" ・初便は{loc}{d['dep_local_ja']}に{d['hub_ja']}を出発する。日本時間では{d['jst_ja']}となる。")
    head = f"{d['region_ja']}:外国人客{d['pct']}%増、{d['city2_ja']}直行便も"
    curhigh = "円高" if ja else f"{d['cur_ja']}高"
    share = d["share"]
    shr = f"約{share}%"
    lines = f"""{head}{d['post']}

国立国会図書館デジタルコレクション「名所江戸百景」を加工して作成
【概要】

 {d['agency_ja']}は{d['ann_md']}({d['ann_wd']})、{d['qy']}年{d['qm']}に同地域を訪れた外国人旅行者が{d['arr_ja']}人となり、前年同期の{d['arr0_ja']}人から{d['diff_ja']}人増えたと発表した。航空各社の増便が追い風となった。

 主なハイライト

 ホテル稼働率:平均客室稼働率は{d['occ']}%で、前年同期の{d['occ0']}%から{d['pp']}ポイント{d['pp_dir2']}した。

 {mkt}からの旅行者:{mkt}からの旅行者は{d['jp_ja']}人で、全体の{shr}を占めた。{d['streak']}四半期連続の増加となる。

 文脈

 開発と反発:ホテルの開業が相次ぐ一方、住民団体は短期賃貸の規制を求めている。

 来年の伸び率は{d['g_lo']}〜{d['g_hi']}%に鈍化する見込みで、{d['pm']}月に通年の統計が公表される。

【詳細】

 以下、統計と航空会社の計画を整理する。

 旅行者数と消費

 1.四半期の実績

 ・外国人旅行者は{d['arr_ja']}人で、前年同期比約{d['pct']}%増。
 ・平均滞在日数は{d['stay']}泊、外国人旅行者の消費額は{d['spend_ja']}。

 2.ホテルと{mkt}市場

 ・客室稼働率は{d['occ']}%と、前年同期を{d['pp']}ポイント{d['pp_dir']}。
 ・{mkt}からの旅行者は{d['jp_ja']}人で、{rank}市場となっている。

 3.当局の見方

 ・{off}局長({d['age']}歳)は「航空会社などとの5年間の取り組みの成果が表れている」と述べた一方、「住民も恩恵を実感できなければならない」と強調した。

 航空路線と今後

 1.新たな直行便

 ・{car}は{d['hub_ja']}〜{d['city2_ja']}間(約{d['km']}キロ)に直行便を開設する。
{dep_line}
 ・同社は{d['fy']}年3月期に同路線で{d['pax_ja']}人の利用を見込む。

 2.ホテル開発と規制論

 ・{d['qy']+1}年末までに{d['h_lo']}〜{d['h_hi']}軒のホテルが開業し、客室は約{d['rooms_ja']}室増える見通し。
 ・住民団体は先月、短期賃貸の上限規制を求める{d['sig_ja']}人分の署名を集めた。

【要点】

 旅行者数と消費

 1.四半期の実績

 ・外国人旅行者{d['arr_ja']}人、前年同期から{d['diff_ja']}人増。
 ・平均{d['stay']}泊、消費額{d['spend_ja']}。

 2.ホテルと{mkt}市場

 ・稼働率{d['occ']}%({d['pp']}ポイント{d['pp_dir2']})。
 ・{mkt}からの旅行者{d['jp_ja']}人、全体の{shr}。

 3.当局の見方

 ・{d['short']}局長「住民も恩恵を実感できなければならない」。

 航空路線と今後

 1.新たな直行便

 ・{d['hub_ja']}〜{d['city2_ja']}線、{d['fy']}年3月期に{d['pax_ja']}人の利用見込み。

 2.ホテル開発と規制論

 ・{d['h_lo']}〜{d['h_hi']}軒が開業予定、住民は規制を要求。

【引用・参照・底本】

{d['title']} {d['outlet']} {d['cit_date']}

{d['url']}
"""
    return lines


def wrong_wd(s):  # shift weekday by one
    return WD_JA[(WD_JA.index(s) + 1) % 7]


def slips(d, name):
    """return list of (old, new, span, kind, severity, description, correct)"""
    out = []
    for s in SLIPS[name]:
        if s == "wd":
            w = wrong_wd(d["ann_wd"]); out.append((f"{d['ann_md']}({d['ann_wd']})", f"{d['ann_md']}({w})", f"{d['ann_md']}({w})", "mismatch", "error",
                "weekday of the announcement changed (概要)", f"{d['ann_md']}({d['ann_wd']}), source: on {WD['en'][d['ann'].weekday()]}"))
        elif s == "q":
            wq = QM[(d["q"]) % 4 - 1 if d["q"] > 1 else 1]
            wq = QM[d["q"] - 2] if d["q"] > 1 else QM[1]
            out.append((f"{d['qy']}年{d['qm']}に同", f"{d['qy']}年{wq}に同", f"{d['qy']}年{wq}", "mismatch", "error",
                "quarter turned into the wrong months (概要)", f"{d['qy']}年{d['qm']} (quarter {d['q']})"))
        elif s == "pp":
            out.append((f"前年同期を{d['pp']}ポイント{d['pp_dir']}", f"前年同期を{d['pp']}%{d['pp_dir']}", f"{d['pp']}%{d['pp_dir']}", "mismatch", "error",
                "percentage points written as percent (詳細)", f"{d['pp']}ポイント ({d['occ']} - {d['occ0']})"))
        elif s == "jst":
            j = d["jst_dt"] + dt.timedelta(days=1)
            new = f"{j.month}月{j.day}日({WD_JA[j.weekday()]}){j.hour}時{j.minute:02d}分"
            out.append((f"日本時間では{d['jst_ja']}", f"日本時間では{new}", new, "mismatch", "error",
                "Japan-time conversion shifted to the wrong day (詳細)", d["jst_ja"]))
        elif s == "km":
            out.append((f"約{d['km']}キロ", f"約{d['dist']}キロ", f"約{d['dist']}キロ", "mismatch", "error",
                "miles given as kilometres (詳細)", f"約{d['km']}キロ ({d['dist']} miles)"))
        elif s == "diff":
            w = man(d["diff"] + 100000)
            out.append((f"から{d['diff_ja']}人増えた", f"から{w}人増えた", f"{w}人増えた", "mismatch", "error",
                "difference of arrivals miscomputed (概要)", f"{d['diff_ja']}人 ({d['arr']} - {d['arr0']})"))
        elif s == "share":
            w = f'{round(float(d["share"]) * 2, 1):g}'
            out.append((f"全体の約{d['share']}%。", f"全体の約{w}%。", f"約{w}%", "mismatch", "error",
                "share of the source market miscomputed (要点)", f"約{d['share']}% ({d['jp']}/{d['arr']})"))
        elif s == "fy":
            out.append((f"同社は{d['fy']}年3月期", f"同社は{d['fy']-1}年3月期", f"{d['fy']-1}年3月期", "mismatch", "error",
                "fiscal year shifted by one (詳細)", f"{d['fy']}年3月期 (year to March {d['fy']})"))
        elif s == "stay":
            w = round(d["stay"] + 1.0, 1)
            out.append((f"平均滞在日数は{d['stay']}泊", f"平均滞在日数は{w}泊", f"{w}泊", "mismatch", "error",
                "average stay changed (詳細)", f"{d['stay']}泊"))
        elif s == "spend":
            w = man(d["spend"] * 1e8) + d["cur_ja"]
            out.append((f"消費額は{d['spend_ja']}", f"消費額は{w}", w, "mismatch", "error",
                "spending off by a factor of ten (billion read as 億) (詳細)", d["spend_ja"]))
        elif s == "range":
            out.append((f"{d['h_lo']}〜{d['h_hi']}軒のホテルが開業し", f"{d['h_lo']}〜{d['h_hi']+5}軒のホテルが開業し", f"{d['h_lo']}〜{d['h_hi']+5}軒", "mismatch", "error",
                "upper end of the hotel range changed (詳細)", f"{d['h_lo']}〜{d['h_hi']}軒"))
        elif s == "age":
            out.append((f"局長({d['age']}歳)", f"局長({d['age']+4}歳)", f"{d['age']+4}歳", "mismatch", "error",
                "age of the official changed (詳細)", f"{d['age']}歳"))
        elif s == "sig":
            w = man(d["sig"] * 10)
            out.append((f"求める{d['sig_ja']}人分", f"求める{w}人分", f"{w}人分", "mismatch", "error",
                "signature count off by a factor of ten (詳細)", f"{d['sig_ja']}人分"))
        elif s == "abbr":
            ab = ABBR[name]
            out.append((f" {d['agency_ja']}は{d['ann_md']}", f" {d['agency_ja']}({ab})は{d['ann_md']}", ab, "name", "warning",
                "abbreviation the source never gives (概要)", "no abbreviation in the source"))
        elif s == "person":
            p = PERSON[name]
            out.append((f"と強調した。\n", f"と強調した。\n ・{p}副局長も日本向けの宣伝強化を表明した。\n", p, "name", "warning",
                "invented deputy director (詳細)", "the source quotes only one official"))
        elif s == "spell":
            out.append((f" ・{d['short']}局長「", f" ・{d['variant']}局長「", d["variant"], "spelling", "warning",
                "second spelling of the official's name (要点)", d["short"]))
        elif s == "unsup_freq":
            out.append((f"人の利用を見込む。\n", f"人の利用を見込む。\n ・同路線は週3往復で運航する。\n", "週3往復", "unsupported", "warning",
                "invented flight frequency (詳細)", "the source gives no frequency"))
        elif s == "unsup_year":
            out.append(("航空各社の増便が追い風となった。", "航空各社の増便が追い風となり、2019年以来の高い伸びとなった。", "2019年以来", "unsupported", "warning",
                "invented comparison year (概要)", "the source names no earlier year"))
        elif s == "unsup_jobs":
            out.append((f"客室は約{d['rooms_ja']}室増える見通し。", f"客室は約{d['rooms_ja']}室増え、約1200人の雇用が生まれる見通し。", "約1200人の雇用", "unsupported", "warning",
                "invented job figure (詳細)", "the source gives no job figure"))
        elif s == "cit_date":
            u = d["pub_dt"].astimezone(dt.timezone.utc).strftime("%Y.%m.%d")
            out.append((f"{d['outlet']} {d['cit_date']}", f"{d['outlet']} {u}", u, "citation", "warning",
                "citation date in UTC, not the outlet's own date", d["cit_date"]))
        elif s == "cit_utm":
            tu = d["url"] + "?utm_source=newsletter&utm_medium=email&utm_campaign=travel_weekly&subscriber=884120"
            out.append((f"\n{d['url']}\n", f"\n{tu}\n", tu, "citation", "warning", "tracking parameters left in the URL", d["url"]))
        elif s == "cit_outlet":
            w = WRONG_OUTLET[name]
            out.append((f" {d['outlet']} {d['cit_date']}", f" {w} {d['cit_date']}", w, "citation", "warning", "wrong outlet in the citation", d["outlet"]))
    return out


SLIPS = {"kestrel-isles-q2": ["jst", "diff", "cit_date"], "sable-valley-wine-q3": ["km", "q", "spell"],
         "coral-reach-q2": ["pp", "age", "abbr"], "ostra-bay-q3": ["wd", "spend", "unsup_freq"],
         "lyre-islands-q4": ["fy", "share", "cit_utm"], "tamsin-lakes-q1": ["stay", "jst", "person"],
         "wrenfield-festival-q3": ["range", "sig", "unsup_year"], "haute-brenne-neige-q1": ["q", "pp", "spell"],
         "gruenbergland-q2": ["age", "fy", "abbr"], "aarwald-winter-q1": ["wd", "range", "cit_outlet"],
         "sierra-candela-q2": ["spend", "stay", "person"], "aokami-onsen-q2": ["diff", "share", "unsup_jobs"]}
ABBR = {"coral-reach-q2": "CRTC", "gruenbergland-q2": "GTG"}
PERSON = {"tamsin-lakes-q1": "グレゴリー・ハースト", "sierra-candela-q2": "ハビエル・モンテロ"}
WRONG_OUTLET = {"aarwald-winter-q1": "Aarwalder Tagblatt"}


def page(d, paras):
    t = d["title"]; o = d["outlet"]; pubiso = d["pub_dt"].isoformat()
    sep = " | " if d["lang"] in ("fr", "de") else " - "
    lang = d["lang"]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": pubiso,
                     "author": {"@type": "Person", "name": d["author"] or "霧浦日報編集部"}, "publisher": {"@type": "Organization", "name": o},
                     "mainEntityOfPage": d["url"], "inLanguage": lang}, ensure_ascii=False)
    e = html.escape
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    nav = {"en": ("News", "Travel", "Business", "Opinion", "We use cookies to improve your experience.", "Accept", "Related", "Subscribe"),
           "fr": ("Actualités", "Voyage", "Économie", "Opinions", "Nous utilisons des cookies pour améliorer votre expérience.", "Accepter", "À lire aussi", "S'abonner"),
           "de": ("Nachrichten", "Reise", "Wirtschaft", "Meinung", "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.", "Akzeptieren", "Mehr zum Thema", "Abo"),
           "es": ("Noticias", "Viajes", "Economía", "Opinión", "Utilizamos cookies para mejorar su experiencia.", "Aceptar", "Relacionadas", "Suscríbete"),
           "ja": ("ニュース", "観光", "経済", "社説", "当サイトはクッキーを使用しています。", "同意する", "関連記事", "購読")}[lang]
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(t)}{sep}{e(o)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{d['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(o)}">
  <meta property="og:title" content="{e(t)}">
  <meta property="og:url" content="{d['url']}">
  <meta property="article:published_time" content="{pubiso}">
  <meta property="article:section" content="{nav[1]}">
  <meta name="author" content="{e(d['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{nav[4]}</p><button>{nav[5]}</button></div>
  <header class="site-header"><a class="logo" href="https://www.{d['dom']}/">{e(o)}</a>
    <nav><ul><li><a href="/news">{nav[0]}</a></li><li><a href="/travel">{nav[1]}</a></li><li><a href="/business">{nav[2]}</a></li><li><a href="/opinion">{nav[3]}</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(t)}</h1>
      <p class="byline">{e(d['author'])} <time datetime="{pubiso}">{d['pub_dt'].strftime('%Y-%m-%d %H:%M')}</time></p>
{body}
    </article>
    <aside class="related"><h2>{nav[6]}</h2><ul>
      <li><a href="https://www.{d['dom']}/travel/airport-expansion-plan">Airport expansion plan</a></li>
      <li><a href="https://www.{d['dom']}/travel/short-term-rentals-debate">Short-term rentals debate</a></li>
    </ul></aside>
  </main>
  <footer><p>&copy; {d['pub_dt'].year} {e(o)}. <a href="/subscribe">{nav[7]}</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""


def build():
    all_ = []
    for k in C:
        d = derive(k)
        name = ("clean-" if k["slug"] in CLEAN else "err-") + k["slug"]
        d["title"] = title_of(d)
        d["url"] = f"https://www.{d['dom']}/{'travel' if d['lang']=='en' else 'tourisme' if d['lang']=='fr' else 'reise' if d['lang']=='de' else 'viajes' if d['lang']=='es' else 'kanko'}/{d['pub_dt'].strftime('%Y/%m/%d')}/{k['slug']}"
        paras = article(d)
        if k["slug"] == "gruenbergland-q2":
            paras = [p.replace("des Verbands", "der Gesellschaft").replace("der Verband", "die Gesellschaft").replace("nennt er", "nennt sie") for p in paras]
        if d["lang"] == "ja" and not d["region"].endswith("県"):
            paras = [p.replace("県内", "市内") for p in paras]
        dg = digest(d)
        findings, planted = [], []
        if name.startswith("err-"):
            for old, new, span, kind, sev, desc, corr in slips(d, k["slug"]):
                assert dg.count(old) == 1, (name, old, dg.count(old))
                dg = dg.replace(old, new)
                findings.append({"kind": kind, "severity": sev, "span": span})
                planted.append((span, kind, sev, desc, corr))
        od = os.path.join(HERE, "cases", name); os.makedirs(od, exist_ok=True)
        sp = os.path.join(HERE, "specs"); os.makedirs(sp, exist_ok=True)
        hdr = (f"lang: {d['lang']}\noutlet: {d['outlet']}\nurl: {d['url']}\npublished: {d['pub_dt'].isoformat()}\n"
               f"title: {d['title']}\nauthor: {d['author']}\n\n")
        open(os.path.join(sp, name + ".txt"), "w").write(hdr + "\n\n".join(paras) + "\n")
        open(os.path.join(od, "source.html"), "w").write(page(d, paras))
        open(os.path.join(od, "digest.txt"), "w").write(dg)
        json.dump({"clean": not findings, "findings": findings}, open(os.path.join(od, "expected.json"), "w"), ensure_ascii=False, indent=2)
        all_.append((name, d, planted))
    return all_


def readme(res):
    T = {"en": "English", "fr": "French", "de": "German", "es": "Spanish", "ja": "Japanese"}
    out = ["## Cases", "", "| case | lang | outlet (UTC offset) | topic |", "|---|---|---|---|"]
    for n, d, p in res:
        o = d["pub_dt"].strftime("%z"); o = o[:3] + ":" + o[3:]
        out.append(f"| {n} | {d['lang']} | {d['outlet']} ({o}) | {d['region_ja']}: {d['qy']} Q{d['q']} foreign arrivals, hotel occupancy, new {d['city2_ja']} route, hotel pipeline |")
    out += ["", "## Clean traps", ""]
    for n, d, p in res:
        if p: continue
        j = d["jst_dt"]; dep = d["dep_dt"]
        out.append(f"### {n}")
        out.append(f"- announcement day: published {d['pub_dt'].isoformat()}, source \"{'on ' + WD['en'][d['ann'].weekday()] if d['lang']=='en' else 'the weekday/day before'}\" -> {d['ann_md']}({d['ann_wd']}) (datetime: pub date - 1 day, weekday {d['ann'].strftime('%A')})")
        out.append(f"- quarter {d['q']} of {d['qy']} -> {d['qy']}年{d['qm']}")
        out.append(f"- arrivals {d['arr']:,} -> {d['arr_ja']}人; previous {d['arr0']:,} -> {d['arr0_ja']}人; difference {d['arr']:,} - {d['arr0']:,} = {d['diff']:,} -> {d['diff_ja']}人; growth {d['diff']}/{d['arr0']} = {d['diff']/d['arr0']*100:.2f}% -> 約{d['pct']}%")
        out.append(f"- occupancy {d['occ']} - {d['occ0']} = {d['pp']} -> {d['pp']}ポイント{d['pp_dir2']} (points, not percent)")
        out.append(f"- {'Taiwan' if d['lang']=='ja' else 'Japan'} visitors {d['jp']:,} -> {d['jp_ja']}人; share {d['jp']}/{d['arr']} = {d['jp']/d['arr']*100:.2f}% -> 約{d['share']}%")
        out.append(f"- spending {d['spend']} {'億円' if d['cur']=='JPY' else 'billion ' + d['cur']} -> {d['spend_ja']}; stay {d['stay']} nights -> {d['stay']}泊")
        if d["lang"] == "en":
            out.append(f"- distance {d['dist']:,} miles x 1.609344 = {d['dist']*1.609344:.1f} km -> 約{d['km']}キロ")
        else:
            out.append(f"- distance {d['dist']} km stated -> 約{d['km']}キロ")
        if d["lang"] == "ja":
            out.append(f"- first flight {dep.isoformat()} (JST in the source) -> {dep.month}月{dep.day}日({d['dep_wd_ja']}) (weekday derived)")
        else:
            out.append(f"- first flight {dep.isoformat()} ({d['dep_label']}) -> JST {j.isoformat()} -> 日本時間{d['jst_ja']}; local 現地時間{d['dep_local_ja']}")
        out.append(f"- fiscal year: year to March {d['fy']} -> {d['fy']}年3月期; passengers {d['pax']:,} -> {d['pax_ja']}人")
        out.append(f"- hotels {d['h_lo']}–{d['h_hi']} -> {d['h_lo']}〜{d['h_hi']}軒 by end of {d['qy']+1} -> {d['qy']+1}年末; rooms {d['rooms']:,} -> 約{d['rooms_ja']}室; signatures {d['sig']:,} -> {d['sig_ja']}人分 (\"last month\" -> 先月)")
        out.append(f"- growth outlook {d['g_lo']}–{d['g_hi']}% -> {d['g_lo']}〜{d['g_hi']}%; full-year figures month {d['pm']} -> {d['pm']}月; age {d['age']} -> {d['age']}歳")
        out.append(f"- citation date = outlet's local date {d['cit_date']} (UTC date {d['pub_dt'].astimezone(dt.timezone.utc).strftime('%Y.%m.%d')}); canonical URL without tracking")
        out.append("")
    out += ["## Planted findings", "", "| case | span | kind / severity | slip | correct value |", "|---|---|---|---|---|"]
    for n, d, p in res:
        for span, kind, sev, desc, corr in p:
            out.append(f"| {n} | `{span}` | {kind} / {sev} | {desc} | {corr} |")
    out += ["", "All other derived values in the err digests (differences, shares, points, Japan-time conversions, weekdays, quarter months, fiscal years, unit and 万/億 conversions) are computed the same way as in the clean digests and are correct; they are listed per case by `python3 gen.py` (see /tmp/chk289_meta.json when run) and are not labelled.", ""]
    return "\n".join(out)


if __name__ == "__main__":
    res = build()
    open(os.path.join(HERE, "README.tables.md"), "w").write(readme(res))
    json.dump([[n, {k: (str(v) if not isinstance(v, (int, float, str)) else v) for k, v in d.items()}, p] for n, d, p in res],
              open("/tmp/chk289_meta.json", "w"), ensure_ascii=False, indent=1)
    print(len(res), "cases")
