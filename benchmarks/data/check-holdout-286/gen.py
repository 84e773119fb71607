#!/usr/bin/env python3
"""check-holdout-286: build specs/, then cases/<name>/{source.html,digest.txt,expected.json}.

Every derived value in the digests is computed here (derive()). Err cases are the
faithful digest with three planted replacements (PLANTS)."""
import datetime as dt, html, json, os, re, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
WD_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WD_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
WD_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
WD_ES = "lunes martes miércoles jueves viernes sábado domingo".split()
WD_JA = "月火水木金土日"
Q_EN = {1: "first", 2: "second", 3: "third", 4: "fourth"}
Q_FR = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}
Q_DE = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten"}
Q_ES = {1: "primer", 2: "segundo", 3: "tercer", 4: "cuarto"}
Q_MON = {1: "1〜3月期", 2: "4〜6月期", 3: "7〜9月期", 4: "10〜12月期"}

# fields: name lang outlet domain off zone pub(local) author co co_ja ceo ceo_ja age role_en role_ja
#   prod_en prod_ja cur(USD/EUR/JPY) punit_en punit_ja p_old p_new rev_old rev_new(millions) mar_old mar_new
#   vol(bpd) pipe(miles for en, km otherwise) n_sites n_total site_en site_ja lo hi call(hh:mm local) q fy
C = [
 dict(name="clean-harrow-crude", lang="en", outlet="Gulf Ledger", domain="gulfledger.example", off=-5, zone="CDT",
      pub="2026-10-20T08:15", author="Dana Whitcombe", co="Harrow Basin Energy", co_ja="ハロウ・ベイスン・エナジー",
      ceo="Lorna Pettibone", ceo_ja="ローナ・ペティボーン", age=58, prod_en="crude", prod_ja="原油", cur="USD",
      p_old=71.40, p_new=79.85, rev_old=1080, rev_new=1240, mar_old=14.2, mar_new=16.9, vol=85000, pipe=240,
      n_sites=41, n_total=96, site_en="storage terminals", site_ja="貯蔵ターミナル", lo=78, hi=84, call="10:30", q=3, fy=2027),
 dict(name="clean-pemberton-gas", lang="en", outlet="Prairie Energy Wire", domain="prairiewire.example", off=-6, zone="MDT",
      pub="2026-08-05T07:40", author="Colm Reddish", co="Pemberton Midstream", co_ja="ペンバートン・ミッドストリーム",
      ceo="Audra Kellaway", ceo_ja="オードラ・ケラウェイ", age=61, prod_en="natural gas", prod_ja="天然ガス", cur="USD",
      p_old=2.84, p_new=3.37, rev_old=612, rev_new=705, mar_old=21.5, mar_new=19.8, vol=42000, pipe=415,
      n_sites=18, n_total=54, site_en="compressor stations", site_ja="圧縮ステーション", lo=3.1, hi=3.6, call="09:00", q=2, fy=2027),
 dict(name="clean-tarn-refining", lang="en", outlet="Thamesbank Post", domain="thamesbankpost.example", off=1, zone="BST",
      pub="2026-07-29T06:05", author="Imogen Carraway", co="Tarn Refining Group", co_ja="ターン・リファイニング・グループ",
      ceo="Hugo Brackenridge", ceo_ja="ヒューゴ・ブラッケンリッジ", age=54, prod_en="diesel", prod_ja="軽油", cur="USD",
      p_old=88.10, p_new=81.60, rev_old=2310, rev_new=2045, mar_old=9.4, mar_new=7.1, vol=160000, pipe=72,
      n_sites=27, n_total=90, site_en="fuel depots", site_ja="燃料油槽所", lo=76, hi=83, call="14:00", q=2, fy=2027),
 dict(name="clean-corvid-lng", lang="en", outlet="Harbour Street Journal", domain="harbourstreet.example", off=8, zone="SGT",
      pub="2026-11-12T18:20", author="Wen Ashdown", co="Corvid Strait LNG", co_ja="コービッド・ストレートLNG",
      ceo="Marcus Teo-Langley", ceo_ja="マーカス・テオ=ラングリー", age=49, prod_en="liquefied natural gas", prod_ja="液化天然ガス(LNG)", cur="USD",
      p_old=11.20, p_new=12.95, rev_old=1465, rev_new=1730, mar_old=18.0, mar_new=20.4, vol=64000, pipe=188,
      n_sites=9, n_total=36, site_en="berths", site_ja="バース", lo=12.4, hi=13.8, call="20:00", q=3, fy=2027),
 dict(name="clean-ossory-power", lang="en", outlet="Liffey Business Daily", domain="liffeybusiness.example", off=0, zone="GMT",
      pub="2026-02-17T07:00", author="Siobhan Garrow", co="Ossory Grid Supply", co_ja="オソリー・グリッド・サプライ",
      ceo="Declan Morrow", ceo_ja="デクラン・モロー", age=63, prod_en="heating oil", prod_ja="暖房用灯油", cur="USD",
      p_old=96.30, p_new=90.45, rev_old=388, rev_new=356, mar_old=6.8, mar_new=7.5, vol=21000, pipe=46,
      n_sites=12, n_total=48, site_en="distribution hubs", site_ja="配送拠点", lo=86, hi=92, call="16:45", q=4, fy=2026),
 dict(name="clean-baywick-propane", lang="en", outlet="Atlantic Fuel Monitor", domain="atlanticfuel.example", off=-4, zone="EDT",
      pub="2026-05-06T06:30", author="Priya Stallworth", co="Baywick Propane Partners", co_ja="ベイウィック・プロパン・パートナーズ",
      ceo="Gordon Ashby", ceo_ja="ゴードン・アシュビー", age=66, prod_en="propane", prod_ja="プロパン", cur="USD",
      p_old=38.70, p_new=44.10, rev_old=274, rev_new=319, mar_old=11.1, mar_new=12.6, vol=15500, pipe=133,
      n_sites=30, n_total=75, site_en="retail yards", site_ja="小売拠点", lo=41, hi=47, call="11:00", q=1, fy=2027),
 dict(name="clean-kestrel-oilsands", lang="en", outlet="Northern Barrel", domain="northernbarrel.example", off=-7, zone="MST",
      pub="2026-01-28T17:10", author="Travis Oduya", co="Kestrel Ridge Resources", co_ja="ケストレル・リッジ・リソーシズ",
      ceo="Fiona Sandberg", ceo_ja="フィオナ・サンドバーグ", age=52, prod_en="heavy crude", prod_ja="重質原油", cur="USD",
      p_old=58.20, p_new=54.35, rev_old=3120, rev_new=2890, mar_old=12.7, mar_new=10.9, vol=230000, pipe=610,
      n_sites=8, n_total=32, site_en="upgrader units", site_ja="改質装置", lo=52, hi=57, call="15:30", q=4, fy=2026),
 dict(name="err-halvard-crude", lang="en", outlet="Meridian Oil Report", domain="meridianoil.example", off=-5, zone="CDT",
      pub="2026-07-23T07:05", author="Bea Lockhart", co="Halvard Offshore", co_ja="ハルバード・オフショア",
      ceo="Eliot Franzen", ceo_ja="エリオット・フランゼン", age=57, prod_en="offshore crude", prod_ja="海洋原油", cur="USD",
      p_old=77.60, p_new=84.20, rev_old=945, rev_new=1062, mar_old=17.3, mar_new=19.1, vol=98000, pipe=310,
      n_sites=15, n_total=40, site_en="platforms", site_ja="プラットフォーム", lo=80, hi=87, call="10:00", q=2, fy=2027),
 dict(name="err-quillon-gas", lang="en", outlet="Capitol Energy Brief", domain="capitolenergy.example", off=-4, zone="EDT",
      pub="2026-09-16T08:00", author="Nadia Fensome", co="Quillon Gas Transmission", co_ja="クイロン・ガス・トランスミッション",
      ceo="Raymond Iverholt", ceo_ja="レイモンド・アイバーホルト", age=60, prod_en="pipeline gas", prod_ja="パイプラインガス", cur="USD",
      p_old=3.05, p_new=2.61, rev_old=820, rev_new=744, mar_old=24.8, mar_new=22.1, vol=36000, pipe=520,
      n_sites=22, n_total=66, site_en="metering stations", site_ja="計量ステーション", lo=2.4, hi=2.9, call="17:00", q=2, fy=2027),
 dict(name="err-fenwick-jet", lang="en", outlet="Thamesbank Post", domain="thamesbankpost.example", off=0, zone="GMT",
      pub="2026-10-28T06:30", author="Oliver Prentiss", co="Fenwick Aviation Fuels", co_ja="フェンウィック・アビエーション・フューエルズ",
      ceo="Rosalind Kerr", ceo_ja="ロザリンド・カー", age=55, prod_en="jet fuel", prod_ja="ジェット燃料", cur="USD",
      p_old=92.50, p_new=99.80, rev_old=1510, rev_new=1688, mar_old=8.2, mar_new=8.9, vol=54000, pipe=95,
      n_sites=16, n_total=64, site_en="airport depots", site_ja="空港油槽所", lo=95, hi=103, call="13:30", q=3, fy=2027),
 dict(name="err-marlow-lpg", lang="en", outlet="Harbour Street Journal", domain="harbourstreet.example", off=8, zone="SGT",
      pub="2026-05-14T17:45", author="Ken Abernathy", co="Marlow Bay Petrochem", co_ja="マーロウ・ベイ・ペトロケム",
      ceo="Anita Varghese-Cole", ceo_ja="アニタ・バルギーズ=コール", age=51, prod_en="naphtha", prod_ja="ナフサ", cur="USD",
      p_old=640, p_new=598, rev_old=2260, rev_new=2115, mar_old=5.9, mar_new=4.6, vol=120000, pipe=58,
      n_sites=25, n_total=50, site_en="tank farms", site_ja="タンクファーム", lo=570, hi=620, call="19:30", q=1, fy=2027),
 dict(name="err-granby-utility", lang="en", outlet="Prairie Energy Wire", domain="prairiewire.example", off=-6, zone="MDT",
      pub="2026-04-29T07:20", author="Lydia Harcourt", co="Granby Fuel Cooperative", co_ja="グランビー燃料協同組合",
      ceo="Owen Castellane", ceo_ja="オーウェン・カステレイン", age=62, prod_en="gasoline", prod_ja="ガソリン", cur="USD",
      p_old=102.40, p_new=109.90, rev_old=530, rev_new=587, mar_old=4.4, mar_new=5.3, vol=26000, pipe=84,
      n_sites=45, n_total=150, site_en="filling stations", site_ja="給油所", lo=104, hi=112, call="18:15", q=1, fy=2027),
 dict(name="err-ashcombe-shale", lang="en", outlet="Gulf Ledger", domain="gulfledger.example", off=-6, zone="CST",
      pub="2026-11-04T16:50", author="Reuben Sallis", co="Ashcombe Shale", co_ja="アシュコム・シェール",
      ceo="Tamsin Roolvink", ceo_ja="タムシン・ロールビンク", age=47, prod_en="shale oil", prod_ja="シェールオイル", cur="USD",
      p_old=69.30, p_new=65.10, rev_old=1385, rev_new=1290, mar_old=22.6, mar_new=20.0, vol=140000, pipe=275,
      n_sites=60, n_total=240, site_en="well pads", site_ja="坑井パッド", lo=62, hi=68, call="16:00", q=3, fy=2027),
 dict(name="err-dunmore-heating", lang="en", outlet="Liffey Business Daily", domain="liffeybusiness.example", off=0, zone="GMT",
      pub="2026-12-02T07:30", author="Ciaran Bellew", co="Dunmore Home Energy", co_ja="ダンモア・ホーム・エナジー",
      ceo="Maeve Tolland", ceo_ja="メイヴ・トーランド", age=59, prod_en="kerosene", prod_ja="灯油", cur="USD",
      p_old=94.80, p_new=101.30, rev_old=298, rev_new=334, mar_old=7.7, mar_new=8.6, vol=12500, pipe=38,
      n_sites=21, n_total=70, site_en="depots", site_ja="油槽所", lo=97, hi=106, call="17:30", q=3, fy=2027),
 dict(name="clean-lyonnaise-gaz", lang="fr", outlet="Le Courrier de l'Énergie", domain="courrier-energie.example", off=2, zone="heure de Paris",
      pub="2026-09-22T07:30", author="Mathilde Roussel", co="Gaz du Rhône-Alpes", co_ja="ガス・デュ・ローヌ=アルプ",
      ceo="Étienne Barrault", ceo_ja="エティエンヌ・バロー", age=56, prod_en="gaz naturel", prod_ja="天然ガス", cur="EUR",
      p_old=38.40, p_new=42.75, rev_old=1840, rev_new=2015, mar_old=10.6, mar_new=11.8, vol=30000, pipe=460,
      n_sites=19, n_total=57, site_en="stations de compression", site_ja="圧縮ステーション", lo=40, hi=46, call="18:00", q=2, fy=2027),
 dict(name="clean-breton-carburants", lang="fr", outlet="Ouest Éco", domain="ouest-eco.example", off=1, zone="heure de Paris",
      pub="2026-02-25T06:45", author="Yann Le Goff", co="Carburants de l'Armor", co_ja="カルビュラン・ド・ラルモール",
      ceo="Sophie Kerhervé", ceo_ja="ソフィー・ケルエルヴェ", age=50, prod_en="gazole", prod_ja="軽油", cur="EUR",
      p_old=84.90, p_new=79.30, rev_old=960, rev_new=905, mar_old=6.2, mar_new=6.9, vol=18000, pipe=120,
      n_sites=33, n_total=110, site_en="stations-service", site_ja="給油所", lo=75, hi=82, call="11:30", q=4, fy=2026),
 dict(name="err-provence-electricite", lang="fr", outlet="Le Courrier de l'Énergie", domain="courrier-energie.example", off=2, zone="heure de Paris",
      pub="2026-06-10T07:15", author="Camille Fauré", co="Fioul de Provence", co_ja="フィウール・ド・プロヴァンス",
      ceo="Bernard Lacombe", ceo_ja="ベルナール・ラコンブ", age=64, prod_en="fioul domestique", prod_ja="家庭用暖房油", cur="EUR",
      p_old=91.20, p_new=86.40, rev_old=415, rev_new=392, mar_old=5.5, mar_new=6.3, vol=9800, pipe=65,
      n_sites=14, n_total=56, site_en="dépôts", site_ja="油槽所", lo=83, hi=89, call="17:45", q=1, fy=2027),
 dict(name="clean-ruhr-strom", lang="de", outlet="Rheinische Wirtschaftspost", domain="rheinpost.example", off=1, zone="MEZ",
      pub="2026-03-04T07:00", author="Katrin Oberländer", co="Ruhrtal Mineralöl", co_ja="ルールタール・ミネラルエール",
      ceo="Jürgen Waldmeier", ceo_ja="ユルゲン・ヴァルトマイヤー", age=59, prod_en="Heizöl", prod_ja="暖房用灯油", cur="EUR",
      p_old=98.60, p_new=92.15, rev_old=1275, rev_new=1190, mar_old=7.9, mar_new=8.4, vol=44000, pipe=210,
      n_sites=24, n_total=80, site_en="Tanklager", site_ja="油槽所", lo=88, hi=95, call="10:00", q=4, fy=2026),
 dict(name="err-elbe-gas", lang="de", outlet="Hanseatisches Handelsblatt", domain="hansehandel.example", off=2, zone="MESZ",
      pub="2026-08-12T06:50", author="Henrik Stoltenberg", co="Elbmarsch Gasnetz", co_ja="エルプマルシュ・ガスネッツ",
      ceo="Annegret Vollmer", ceo_ja="アンネグレート・フォルマー", age=53, prod_en="Erdgas", prod_ja="天然ガス", cur="EUR",
      p_old=34.80, p_new=39.10, rev_old=2240, rev_new=2465, mar_old=12.3, mar_new=13.5, vol=52000, pipe=780,
      n_sites=31, n_total=124, site_en="Verdichterstationen", site_ja="圧縮ステーション", lo=37, hi=42, call="15:00", q=2, fy=2027),
 dict(name="err-bavaria-diesel", lang="de", outlet="Süddeutsche Energiezeitung", domain="sued-energie.example", off=2, zone="MESZ",
      pub="2026-10-14T07:25", author="Florian Hasenkamp", co="Isarwerk Kraftstoffe", co_ja="イーザルヴェルク・クラフトシュトッフェ",
      ceo="Gerlinde Maurer", ceo_ja="ゲルリンデ・マウラー", age=57, prod_en="Diesel", prod_ja="軽油", cur="EUR",
      p_old=86.50, p_new=93.20, rev_old=1530, rev_new=1684, mar_old=6.1, mar_new=6.8, vol=38000, pipe=140,
      n_sites=48, n_total=160, site_en="Tankstellen", site_ja="給油所", lo=89, hi=97, call="11:00", q=3, fy=2027),
 dict(name="clean-iberica-gas", lang="es", outlet="Diario Energético", domain="diarioenergetico.example", off=2, zone="hora peninsular",
      pub="2026-07-21T08:10", author="Lucía Barrachina", co="Gasoductos del Tajo", co_ja="ガソドゥクトス・デル・タホ",
      ceo="Ignacio Montalbán", ceo_ja="イグナシオ・モンタルバン", age=60, prod_en="gas natural", prod_ja="天然ガス", cur="EUR",
      p_old=33.20, p_new=37.45, rev_old=1120, rev_new=1235, mar_old=15.4, mar_new=16.2, vol=28000, pipe=590,
      n_sites=16, n_total=48, site_en="estaciones de compresión", site_ja="圧縮ステーション", lo=35, hi=40, call="12:30", q=2, fy=2027),
 dict(name="err-andes-crudo", lang="es", outlet="El Observador Petrolero", domain="observadorpetrolero.example", off=-5, zone="hora de Bogotá",
      pub="2026-11-18T07:00", author="Andrés Quintero", co="Petrolera del Magdalena", co_ja="ペトロレラ・デル・マグダレナ",
      ceo="Valentina Arango", ceo_ja="バレンティナ・アランゴ", age=48, prod_en="crudo", prod_ja="原油", cur="USD",
      p_old=66.80, p_new=71.90, rev_old=1740, rev_new=1902, mar_old=18.9, mar_new=20.3, vol=110000, pipe=430,
      n_sites=35, n_total=140, site_en="campos", site_ja="油田", lo=68, hi=75, call="16:00", q=3, fy=2027),
 dict(name="clean-setouchi-denryoku", lang="ja", outlet="瀬戸内経済新報", domain="setouchi-keizai.example", off=9, zone="JST",
      pub="2026-10-30T17:00", author="", co="Setouchi Sekiyu", co_ja="瀬戸内石油",
      ceo="", ceo_ja="三好 達彦", age=62, prod_en="", prod_ja="ガソリン", cur="JPY",
      p_old=168.0, p_new=174.5, rev_old=2860, rev_new=3140, mar_old=3.8, mar_new=4.5, vol=62000, pipe=85,
      n_sites=120, n_total=400, site_en="", site_ja="給油所", lo=170, hi=178, call="16:00", q=3, fy=2027),
 dict(name="err-hokuriku-gas", lang="ja", outlet="北陸エネルギー通信", domain="hokuriku-energy.example", off=9, zone="JST",
      pub="2026-05-13T15:30", author="", co="Hokuriku Toshi Gas", co_ja="北陸都市ガス",
      ceo="", ceo_ja="浅野 恵美", age=58, prod_en="", prod_ja="都市ガス", cur="JPY",
      p_old=152.0, p_new=161.6, rev_old=1480, rev_new=1602, mar_old=5.2, mar_new=4.7, vol=1500000, pipe=62,
      n_sites=12, n_total=48, site_en="", site_ja="供給所", lo=158, hi=166, call="15:00", q=1, fy=2027),
]

FEMALE = {"Lorna", "Audra", "Imogen", "Fiona", "Anita", "Tamsin", "Maeve", "Rosalind", "Sophie", "Annegret", "Gerlinde", "Valentina"}

def pu(c):
    p = c["prod_ja"]
    if c["cur"] == "JPY":
        return "m3" if "ガス" in p else "l"
    if "ガス" in p or "LNG" in p:
        return "mwh" if c["cur"] == "EUR" else "mmbtu"
    if p == "ナフサ":
        return "t"
    if c["cur"] == "EUR":
        return "100l"
    return "bbl"

PU = {"bbl": ("a barrel", "le baril", "je Barrel", "por barril", "1バレルあたり"),
      "mmbtu": ("per million British thermal units", "", "", "", "100万BTUあたり"),
      "t": ("a tonne", "", "", "", "1トンあたり"),
      "mwh": ("", "le mégawattheure", "je Megawattstunde", "por megavatio hora", "1メガワット時あたり"),
      "100l": ("", "les 100 litres", "je 100 Liter", "", "100リットルあたり"),
      "l": ("", "", "", "", "1リットルあたり"), "m3": ("", "", "", "", "1立方メートルあたり")}
CUR_JA = {"USD": "ドル", "EUR": "ユーロ", "JPY": "円"}

def trim(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s

def man_oku(millions):
    """millions of currency -> 12億4000万 style"""
    n = int(round(millions * 1_000_000))
    oku, rest = divmod(n, 100_000_000)
    man = rest // 10_000
    out = ""
    if oku: out += "%d億" % oku
    if man: out += "%d万" % man
    if rest % 10_000: out += "%d" % (rest % 10_000)
    return out

def derive(c):
    d = {}
    pub = dt.datetime.fromisoformat(c["pub"])
    tz = dt.timezone(dt.timedelta(hours=c["off"]))
    pub = pub.replace(tzinfo=tz)
    ev = (pub - dt.timedelta(days=1)).date()
    h, m = map(int, c["call"].split(":"))
    call = dt.datetime(ev.year, ev.month, ev.day, h, m, tzinfo=tz)
    jst = call.astimezone(dt.timezone(dt.timedelta(hours=9)))
    d.update(pub=pub, ev=ev, call=call, jst=jst)
    d["ev_wd"] = ev.weekday()
    d["pct"] = abs(round((c["p_new"] / c["p_old"] - 1) * 100, 1))
    d["up"] = c["p_new"] > c["p_old"]
    d["rev_diff"] = c["rev_new"] - c["rev_old"]
    d["mar_pts"] = round(c["mar_new"] - c["mar_old"], 1)
    d["kl"] = round(c["vol"] * 0.158987 / 100) * 100
    d["km"] = round(c["pipe"] * 1.609344) if c["lang"] == "en" else c["pipe"]
    n, N = c["n_sites"], c["n_total"]
    if n * 2 == N: d["share"] = "半数"
    elif n * 3 == N: d["share"] = "3分の1"
    elif n * 4 == N: d["share"] = "4分の1"
    elif n * 5 == N: d["share"] = "5分の1"
    elif n * 10 % N == 0: d["share"] = "%d割" % (n * 10 // N)
    else: d["share"] = "約%d割" % round(n / N * 10)
    qy = ev.year if c["q"] * 3 < ev.month else ev.year - 1
    d["qy"] = qy
    d["last_year"] = pub.year - 1
    return d

QUOTES = [
 ("We are running the business for cash, not for volume", "Customers want certainty on price, and that is what we intend to give them"),
 ("The market has been kinder to us than we planned for", "We will not chase every cent of margin at the expense of reliability"),
 ("Nobody should mistake one good quarter for a new cycle", "Our job is to keep the barrels moving whatever the screen says"),
]
QUOTES_JA = [
 ("数量ではなく現金を重視して事業を運営している", "顧客は価格の確実性を求めており、それに応えるつもりだ"),
 ("市場は我々の計画よりも好意的だった", "信頼性を犠牲にしてまで利幅を追うことはしない"),
 ("一つの好調な四半期を新たな循環と取り違えてはならない", "相場がどうであれ、供給を途切れさせないことが我々の仕事だ"),
]

def ampm(t):
    h, m = t.hour, t.minute
    s = "%d:%02d %s" % ((h - 1) % 12 + 1, m, "a.m." if h < 12 else "p.m.")
    return s

def src_en(c, d, i):
    u = PU[pu(c)][0]
    sym = "$"
    def money(mn):
        return "%s%s billion" % (sym, trim(mn / 1000)) if mn >= 1000 else "%s%d million" % (sym, mn)
    dirw = "rose" if d["up"] else "fell"
    marw = "widened" if c["mar_new"] > c["mar_old"] else "narrowed"
    q1, q2 = QUOTES[i % 3]
    title = "%s says %s prices %s %s%% in %s quarter" % (c["co"], c["prod_en"], "up" if d["up"] else "down", d["pct"], Q_EN[c["q"]])
    paras = [
     "%s said on %s that the average price it realised for %s in the %s quarter %s %s%% from a year earlier to %s%s %s, compared with %s%s in the same period of %d." % (
        c["co"], WD_EN[d["ev_wd"]], c["prod_en"], Q_EN[c["q"]], dirw, d["pct"], sym, trim(c["p_new"]), u, sym, trim(c["p_old"]), d["qy"] - 1),
     "Revenue for the three months came to %s, against %s a year ago, while the operating margin %s to %s%% from %s%%. The company did not break out the effect of hedging, which it said was small." % (
        money(c["rev_new"]), money(c["rev_old"]), marw, c["mar_new"], c["mar_old"]),
     "Throughput averaged %s barrels a day across the network, which includes a %d-mile pipeline linking its inland assets to the coast. %d of its %d %s ran at or close to full capacity during the period, the company said, while the rest were held back by scheduled maintenance. No major outages are planned before the end of the year." % (
        "{:,}".format(c["vol"]), c["pipe"], c["n_sites"], c["n_total"], c["site_en"]),
     "\u201c%s,\u201d Chief Executive %s, %d, told analysts on a conference call that began at %s %s. \u201c%s.\u201d" % (
        q1, c["ceo"], c["age"], ampm(d["call"]), c["zone"], q2),
     "For the fiscal year ending in March %d, the company expects its realised %s price to average between %s%s and %s%s %s. It left its dividend unchanged and said capital spending would stay within the budget set in the spring." % (
        c["fy"], c["prod_en"], sym, trim(c["lo"]), sym, trim(c["hi"]), u),
     "Prices across the energy complex have swung widely since last year, when supply disruptions and a cold winter pushed benchmarks sharply higher before demand faded. Traders said inventories were now closer to their seasonal average, which had calmed the market in recent weeks.",
     "%s shares were little changed in early trading. Analysts said the results were broadly in line with expectations, although several questioned whether the company could hold its margins if prices eased further toward the bottom of its forecast range over the coming months." % c["co"],
    ]
    return title, paras

def fr_num(x): return trim(x).replace(".", ",")
def src_fr(c, d, i):
    u = PU[pu(c)][1]
    cur = "euros" if c["cur"] == "EUR" else "dollars"
    def money(mn):
        if mn >= 1000:
            b = mn / 1000
            return "%s milliard%s d'%s" % (fr_num(b), "s" if b >= 2 else "", cur) if cur == "euros" else "%s milliard%s de dollars" % (fr_num(b), "s" if b >= 2 else "")
        return "%d millions d'%s" % (mn, cur)
    dirw = "a progressé de" if d["up"] else "a reculé de"
    title = "%s : le prix du %s %s de %s %% au %s trimestre" % (c["co"], c["prod_en"], "en hausse" if d["up"] else "en baisse", fr_num(d["pct"]), Q_FR[c["q"]])
    paras = [
     "%s a annoncé %s que le prix moyen de vente de son %s %s %s %% sur un an au %s trimestre, à %s %s %s, contre %s %s à la même période de %d." % (
        c["co"], WD_FR[d["ev_wd"]], c["prod_en"], dirw, fr_num(d["pct"]), Q_FR[c["q"]], fr_num(c["p_new"]), cur, u, fr_num(c["p_old"]), cur, d["qy"] - 1),
     "Le chiffre d'affaires du trimestre s'est établi à %s, contre %s un an plus tôt. La marge opérationnelle est passée de %s %% à %s %%, selon les comptes publiés par le groupe, qui n'a pas détaillé l'effet de ses couvertures." % (
        money(c["rev_new"]), money(c["rev_old"]), fr_num(c["mar_old"]), fr_num(c["mar_new"])),
     "Les volumes ont atteint en moyenne %s barils par jour sur l'ensemble du réseau, qui comprend une canalisation de %d kilomètres jusqu'à la côte. %d de ses %d %s ont fonctionné à pleine capacité, les autres ayant été freinés par des travaux de maintenance programmés. Aucun arrêt majeur n'est prévu d'ici à la fin de l'année, selon la direction." % (
        "{:,}".format(c["vol"]).replace(",", " "), c["pipe"], c["n_sites"], c["n_total"], c["site_en"]),
     "« Le marché nous a été plus favorable que prévu, mais nous restons prudents », a déclaré %s, 56 ans, %s, lors d'une conférence téléphonique avec les analystes à %s (%s). « Nos clients veulent de la visibilité sur les prix, et c'est ce que nous allons leur offrir. »".replace("56 ans", "%d ans" % c["age"]) % (
        c["ceo"], "directrice générale du groupe" if c["ceo"].split()[0] in FEMALE else "directeur général du groupe", "%dh%02d" % (d["call"].hour, d["call"].minute), c["zone"]),
     "Pour l'exercice qui se clôturera en mars %d, le groupe table sur un prix moyen compris entre %s et %s %s %s. Il a maintenu son dividende et indiqué que ses investissements resteraient dans l'enveloppe fixée au printemps." % (
        c["fy"], fr_num(c["lo"]), fr_num(c["hi"]), cur, u),
     "Les prix de l'énergie ont fortement fluctué depuis l'an dernier, lorsque des perturbations de l'offre et un hiver rigoureux avaient fait grimper les cours avant un repli de la demande. Selon les négociants, les stocks sont désormais proches de leur moyenne saisonnière, ce qui a calmé le marché ces dernières semaines.",
     "L'action a peu varié en début de séance. Les analystes jugent les résultats conformes aux attentes, même si plusieurs s'interrogent sur la capacité du groupe à préserver ses marges si les prix se rapprochent du bas de la fourchette annoncée au cours des prochains mois.",
    ]
    return title, paras

def src_de(c, d, i):
    u = PU[pu(c)][2]
    cur = "Euro" if c["cur"] == "EUR" else "Dollar"
    def money(mn):
        return "%s Mrd. %s" % (fr_num(mn / 1000), cur) if mn >= 1000 else "%d Mio. %s" % (mn, cur)
    title = "%s: %spreis %s um %s Prozent" % (c["co"], c["prod_en"], "steigt" if d["up"] else "sinkt", fr_num(d["pct"]))
    paras = [
     "%s hat am %s mitgeteilt, dass der durchschnittlich erzielte %spreis im %s Quartal im Vergleich zum Vorjahr um %s Prozent auf %s %s %s %s ist. Im selben Zeitraum %d hatte er bei %s %s gelegen." % (
        c["co"], WD_DE[d["ev_wd"]], c["prod_en"], Q_DE[c["q"]], fr_num(d["pct"]), fr_num(c["p_new"]), cur, u, "gestiegen" if d["up"] else "gesunken", d["qy"] - 1, fr_num(c["p_old"]), cur),
     "Der Umsatz belief sich im Quartal auf %s nach %s ein Jahr zuvor. Die operative Marge veränderte sich von %s auf %s Prozent. Den Effekt von Absicherungsgeschäften bezifferte das Unternehmen nicht, er sei aber gering gewesen." % (
        money(c["rev_new"]), money(c["rev_old"]), fr_num(c["mar_old"]), fr_num(c["mar_new"])),
     "Der Durchsatz lag im Schnitt bei %s Barrel pro Tag. Zum Netz gehört eine %d Kilometer lange Leitung zur Küste. %d der %d %s liefen nach Angaben des Unternehmens nahezu unter Volllast, die übrigen wurden durch planmäßige Wartungsarbeiten gebremst. Ein größerer Ausfall sei bis zum Jahresende nicht zu erwarten." % (
        "{:,}".format(c["vol"]).replace(",", "."), c["pipe"], c["n_sites"], c["n_total"], c["site_en"]),
     "„Der Markt war freundlicher zu uns, als wir geplant hatten, aber wir bleiben vorsichtig“, sagte %s %s (%d) in einer Telefonkonferenz mit Analysten, die um %s Uhr (%s) begann. „Unsere Kunden wollen Planungssicherheit bei den Preisen, und die werden wir ihnen geben.“" % (
        "Vorstandschefin" if c["ceo"].split()[0] in FEMALE else "Vorstandschef", c["ceo"], c["age"], "%d.%02d" % (d["call"].hour, d["call"].minute), c["zone"]),
     "Für das im März %d endende Geschäftsjahr rechnet das Unternehmen mit einem Durchschnittspreis zwischen %s und %s %s %s. Die Dividende bleibt unverändert, die Investitionen sollen im Rahmen des im Frühjahr beschlossenen Budgets bleiben." % (
        c["fy"], fr_num(c["lo"]), fr_num(c["hi"]), cur, u),
     "Die Energiepreise schwanken seit dem vergangenen Jahr stark, als Lieferausfälle und ein kalter Winter die Notierungen nach oben trieben, bevor die Nachfrage nachließ. Händlern zufolge liegen die Lagerbestände inzwischen nahe am saisonüblichen Durchschnitt, was den Markt in den vergangenen Wochen beruhigt habe. Die Terminkontrakte für den Folgemonat schlossen zuletzt leicht im Minus.",
     "Die Aktie notierte im frühen Handel kaum verändert. Analysten sprachen von Zahlen im Rahmen der Erwartungen, fragten aber, ob das Unternehmen seine Margen halten könne, falls die Preise in den kommenden Monaten in Richtung des unteren Endes der Prognosespanne nachgeben sollten. Mehrere Häuser bestätigten dennoch ihre Kaufempfehlungen.",
    ]
    return title, paras

def src_es(c, d, i):
    u = PU[pu(c)][3]
    cur = "euros" if c["cur"] == "EUR" else "dólares"
    def money(mn):
        return "%s millones de %s" % ("{:,}".format(mn).replace(",", "."), cur)
    title = "%s: el precio del %s %s un %s%% en el %s trimestre" % (c["co"], c["prod_en"], "sube" if d["up"] else "baja", fr_num(d["pct"]), Q_ES[c["q"]])
    paras = [
     "%s informó el %s de que el precio medio obtenido por su %s en el %s trimestre %s un %s%% interanual, hasta %s %s %s, frente a %s %s en el mismo periodo de %d." % (
        c["co"], WD_ES[d["ev_wd"]], c["prod_en"], Q_ES[c["q"]], "subió" if d["up"] else "bajó", fr_num(d["pct"]), fr_num(c["p_new"]), cur, u, fr_num(c["p_old"]), cur, d["qy"] - 1),
     "La facturación del trimestre alcanzó los %s, frente a los %s de un año antes, mientras que el margen operativo pasó del %s%% al %s%%. La compañía no detalló el efecto de sus coberturas, que calificó de reducido." % (
        money(c["rev_new"]), money(c["rev_old"]), fr_num(c["mar_old"]), fr_num(c["mar_new"])),
     "El volumen transportado promedió %s barriles diarios en toda la red, que incluye un ducto de %d kilómetros hasta la costa. %d de sus %d %s operaron a plena capacidad, mientras que el resto se vio frenado por trabajos de mantenimiento programados. No se prevén paradas importantes antes de fin de año, según la empresa." % (
        "{:,}".format(c["vol"]).replace(",", "."), c["pipe"], c["n_sites"], c["n_total"], c["site_en"]),
     "«El mercado ha sido más amable de lo que habíamos previsto, pero seguimos siendo prudentes», dijo %s, %s de la compañía, de %d años, en una conferencia con analistas que comenzó a las %s (%s). «Nuestros clientes quieren certidumbre en los precios y eso es lo que les vamos a dar»." % (
        c["ceo"], "consejera delegada" if c["ceo"].split()[0] in FEMALE else "consejero delegado", c["age"], "%d:%02d" % (d["call"].hour, d["call"].minute), c["zone"]),
     "Para el ejercicio fiscal que cerrará en marzo de %d, la empresa prevé un precio medio de entre %s y %s %s %s. Mantuvo el dividendo sin cambios y aseguró que la inversión se mantendrá dentro del presupuesto aprobado en primavera." % (
        c["fy"], fr_num(c["lo"]), fr_num(c["hi"]), cur, u),
     "Los precios de la energía han oscilado con fuerza desde el año pasado, cuando los cortes de suministro y un invierno frío dispararon las cotizaciones antes de que se moderara la demanda. Según los operadores, los inventarios se sitúan ahora cerca de su media estacional, lo que ha calmado el mercado en las últimas semanas.",
     "Las acciones apenas variaron en las primeras operaciones. Los analistas consideraron que las cifras estaban en línea con lo esperado, aunque varios se preguntaron si la compañía podrá sostener sus márgenes si los precios se acercan al extremo inferior de su rango de previsión en los próximos meses.",
    ]
    return title, paras

def src_ja(c, d, i):
    u = PU[pu(c)][4]
    title = "%s、%s販売価格%s%s%%%s　%d〜%d月期" % (c["co_ja"], c["prod_ja"], "" , trim(d["pct"]), "上昇" if d["up"] else "低下", c["q"] * 3 - 2, c["q"] * 3)
    gas = "ガス" in c["prod_ja"]
    paras = [
     "%sは%d日、%d年%d〜%d月期の%sの平均販売価格が%s%s円となり、前年同期の%s円から%s%%%sしたと発表した。" % (
        c["co_ja"], d["ev"].day, d["qy"], c["q"] * 3 - 2, c["q"] * 3, c["prod_ja"], u, trim(c["p_new"]), trim(c["p_old"]), trim(d["pct"]), "上昇" if d["up"] else "低下"),
     "同期間の売上高は%d億円で、前年同期の%d億円を上回った。営業利益率は%s%%と、前年同期の%s%%から%sした。ヘッジ取引の影響は小さかったとしている。" % (
        c["rev_new"], c["rev_old"], trim(c["mar_new"]), trim(c["mar_old"]), "改善" if c["mar_new"] > c["mar_old"] else "悪化"),
     "%s販売量は1日平均%sで、沿岸の基地と内陸の拠点を結ぶ全長%dキロの導管を通じて供給した。%dカ所ある%sのうち%dカ所がほぼフル稼働し、残りは定期点検の影響を受けた。同社は年内に大規模な設備の停止は予定していないとしている。" % (
        "" , ("%s立方メートル" if gas else "%sキロリットル") % man_oku(c["vol"] / 1_000_000), c["pipe"], c["n_total"], c["site_ja"], c["n_sites"]),
     "%s社長（%d）は同日%d時から開いたアナリスト向け説明会で「市場は想定より追い風だったが、慎重な姿勢は崩さない」と述べた。そのうえで「お客様が求めているのは価格の見通しやすさであり、それに応えていく」と強調した。" % (
        c["ceo_ja"].replace(" ", ""), c["age"], d["call"].hour),
     "%d年3月期通期については、平均販売価格を%s%d〜%d円と見込む。配当予想は据え置き、設備投資も春に決めた計画の範囲内に収めるとした。" % (c["fy"], u, c["lo"], c["hi"]),
     "エネルギー価格は昨年、供給の途絶と寒冬で急騰した後、需要の減退とともに落ち着きを取り戻した。市場関係者によると在庫は平年並みの水準に近づいており、ここ数週間は相場が安定している。",
     "発表を受けた株価の反応は限定的だった。アナリストの間では、価格が見通しの下限に近づいた場合に利益率を維持できるかを疑問視する声も出ている。",
    ]
    return title, paras

SRC = {"en": src_en, "fr": src_fr, "de": src_de, "es": src_es, "ja": src_ja}

QJA_EU = ("市場は計画していたよりも好意的だったが、慎重な姿勢は崩さない", "顧客は価格の見通しやすさを求めており、それを提供していく")
UKIYOE = ["名所江戸百景", "東海道五十三次", "富嶽三十六景", "木曽街道六十九次", "浪華百景", "諸国名橋奇覧"]

def wd(x): return WD_JA[x.weekday()]

def digest(c, d, i, title, url):
    ja = c["lang"] == "ja"
    cur = CUR_JA[c["cur"]]
    u = PU[pu(c)][4]
    up = "上昇" if d["up"] else "下落"
    def money(mn): return "%d億円" % mn if ja else man_oku(mn) + cur
    rinc = d["rev_diff"] > 0
    diff = money(abs(d["rev_diff"]))
    pts = "%sポイント%s" % (trim(abs(d["mar_pts"])), "上昇" if d["mar_pts"] > 0 else "低下")
    qmon = "%d年%s" % (d["qy"], Q_MON[c["q"]])
    ev = d["ev"]
    evs = "%d月%d日(%s)" % (ev.month, ev.day, WD_JA[ev.weekday()])
    p_new, p_old = trim(c["p_new"]) + cur, trim(c["p_old"]) + cur
    rng = "%s〜%s%s" % (trim(c["lo"]), trim(c["hi"]), cur)
    share = d["share"]
    if ja:
        ceo_full = c["ceo_ja"].replace(" ", "") + "社長"
        ceo_last = c["ceo_ja"].split()[0] + "社長"
        gas = "ガス" in c["prod_ja"]
        vol_line = " ・販売量は1日平均%s%sだった。" % (man_oku(c["vol"] / 1e6), "立方メートル" if gas else "キロリットル")
        vol_short = "1日平均%s%sを販売" % (man_oku(c["vol"] / 1e6), "立方メートル" if gas else "キロリットル")
        pipe = " ・沿岸の基地と内陸の拠点を結ぶ全長%dキロの導管を通じて供給している。" % d["km"]
        call = "同日%d時から開いたアナリスト向け説明会" % d["call"].hour
        q1, q2 = "市場は想定より追い風だったが、慎重な姿勢は崩さない", "お客様が求めているのは価格の見通しやすさであり、それに応えていく"
        co_name = c["co_ja"]
        name_intro = "%s(%d)" % (ceo_full, c["age"])
    else:
        first, last = c["ceo_ja"].split("・")[0], "・".join(c["ceo_ja"].split("・")[1:])
        ceo_last = last + "氏"
        vol_line = " ・輸送量は日量%sバレル(約%sキロリットル)だった。" % (man_oku(c["vol"] / 1e6), man_oku(d["kl"] / 1e6))
        vol_short = "日量約%sキロリットルを輸送" % man_oku(d["kl"] / 1e6)
        if c["lang"] == "en":
            pipe = " ・内陸と沿岸を結ぶ約%dキロのパイプラインを持つ。" % d["km"]
        else:
            pipe = " ・沿岸までの全長%dキロのパイプラインを持つ。" % d["km"]
        cl, j = d["call"], d["jst"]
        call = "現地時間%d月%d日%d時%02d分(日本時間%d月%d日%d時%02d分)に始まったアナリスト向け電話会議" % (cl.month, cl.day, cl.hour, cl.minute, j.month, j.day, j.hour, j.minute)
        call = call.replace("時00分", "時")
        q1, q2 = QUOTES_JA[i % 3] if c["lang"] == "en" else QJA_EU
        co_name = "%s(%s)" % (c["co_ja"], c["co"])
        name_intro = "%s(%s)最高経営責任者(%d)" % (c["ceo_ja"], c["ceo"], c["age"])
    pub = d["pub"]
    L = []
    L.append("%s:%s価格、%sから%sへ%s" % (c["co_ja"], c["prod_ja"].replace("(LNG)", ""), p_old, p_new, "" ))
    L.append("")
    L.append("国立国会図書館デジタルコレクション「%s」を加工して作成" % UKIYOE[i % len(UKIYOE)])
    L.append("【概要】")
    L.append("")
    L.append(" %sは%s、%sの%sの平均販売価格が%s%sとなり、前年同期の%sから%s%%%sしたと発表した。" % (co_name, evs, qmon, c["prod_ja"], u, p_new, p_old, trim(d["pct"]), up))
    L += ["", " 主なハイライト", ""]
    L.append(" 売上高:%sの売上高は%sで、前年同期から%s%s。" % (Q_MON[c["q"]], money(c["rev_new"]), diff, "増えた" if rinc else "減った"))
    L.append("")
    L.append(" 利益率:営業利益率は%s%%と、前年同期の%s%%から%sした。" % (trim(c["mar_new"]), trim(c["mar_old"]), pts))
    L.append("")
    L.append(" 稼働状況:%sの%sにあたる%dカ所がほぼフル稼働した。" % (c["site_ja"], share, c["n_sites"]))
    L += ["", " 文脈", ""]
    L.append(" 価格の変動:エネルギー価格は%d年に供給の途絶と寒冬で急騰した後、需要の減退で落ち着いた。在庫は季節平均に近づいている。" % d["last_year"])
    L += ["", "【詳細】", ""]
    L.append(" %sが%sの業績を発表した。" % (c["co_ja"], Q_MON[c["q"]]))
    L += ["", " 価格と収益", "", " 1.平均販売価格", ""]
    L.append(" %sの平均販売価格は%s%sで、前年同期の%sから%s%%%sした。" % (c["prod_ja"], u, p_new, p_old, trim(d["pct"]), up))
    L += ["", " 2.売上高と利益率", ""]
    L.append(" ・売上高は%sと、前年同期比で%sの%sとなった。" % (money(c["rev_new"]), diff, "増収" if rinc else "減収"))
    L.append(" ・営業利益率は%s%%から%s%%へ%sした。" % (trim(c["mar_old"]), trim(c["mar_new"]), pts))
    L += ["", " 事業の状況と見通し", "", " 1.供給網と設備", ""]
    L.append(vol_line)
    L.append(pipe)
    L.append(" ・%s%dカ所のうち%dカ所(%s)がほぼフル稼働し、残りは定期点検で稼働を抑えた。" % (c["site_ja"], c["n_total"], c["n_sites"], share))
    L += ["", " 2.経営陣の発言", ""]
    L.append(" ・%sは、%sで「%s」と述べた。" % (name_intro, call, q1))
    L += ["", " 3.通期見通し", ""]
    L.append(" ・%d年3月期の平均販売価格を%s%sと予想し、配当予想は据え置いた。" % (c["fy"], u, rng))
    L.append("")
    L.append(" アナリストは結果をおおむね予想どおりと受け止めたが、価格がさらに下がった場合の利益率を疑問視する声もある。")
    L += ["", "【要点】", "", " 価格と収益", "", " 1.平均販売価格", ""]
    L.append(" ・%sの平均販売価格は%s、前年同期比%s%%%s。" % (qmon, p_new, trim(d["pct"]), up))
    L += ["", " 2.売上高と利益率", ""]
    L.append(" ・売上高は%s、営業利益率は%sの%s%%。" % (money(c["rev_new"]), pts, trim(c["mar_new"])))
    L += ["", " 事業の状況と見通し", "", " 1.供給網と設備", ""]
    L.append(" ・%sし、%sの%sがほぼフル稼働。" % (vol_short, c["site_ja"], share))
    L += ["", " 2.経営陣の発言", ""]
    L.append(" ・%sは電話会議で経営方針を説明。" % ceo_last if not ja else " ・%sは説明会で経営方針を説明。" % ceo_last)
    L += ["", " 3.通期見通し", ""]
    L.append(" ・%d年3月期の平均販売価格を%sと予想。" % (c["fy"], rng))
    L += ["", "【引用・参照・底本】", ""]
    L.append("%s %s %s" % (title, c["outlet"], pub.strftime("%Y.%m.%d")))
    L.append("")
    L.append(url)
    return "\n".join(L) + "\n"

def slugify(s):
    s = s.lower()
    for a, b in zip("éèêàâôöüäßçíóáñú", "eeeaaoouasciioanu"): s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")

def url_for(c, d):
    p = d["pub"]
    if c["lang"] == "ja":
        return "https://%s/news/%s/%s" % (c["domain"], p.strftime("%Y%m%d"), slugify(c["co"]))
    return "https://%s/energy/%s/%s-%s" % (c["domain"], p.strftime("%Y/%m/%d"), slugify(c["co"]), slugify(c["prod_en"] or "price"))

def write_spec(c, d, title, paras, url):
    hdr = ["lang: " + c["lang"], "outlet: " + c["outlet"], "url: " + url,
           "published: " + d["pub"].isoformat(), "title: " + title, "author: " + (c["author"] or "編集部"),
           "section: " + ("経済" if c["lang"] == "ja" else "Energy")]
    return "\n".join(hdr) + "\n---\n" + "\n\n".join(paras) + "\n"

def read_spec(text):
    head, body = text.split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.splitlines())
    return meta, [p for p in body.strip().split("\n\n")]

NAV = {"en": ("Home", "Markets", "Energy", "Companies", "Opinion"), "fr": ("Accueil", "Marchés", "Énergie", "Entreprises", "Opinions"),
       "de": ("Startseite", "Märkte", "Energie", "Unternehmen", "Meinung"), "es": ("Portada", "Mercados", "Energía", "Empresas", "Opinión"),
       "ja": ("トップ", "市況", "エネルギー", "企業", "オピニオン")}
COOKIE = {"en": "We use cookies to improve your experience. By continuing you accept our cookie policy.",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
          "de": "Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern. Mit der weiteren Nutzung stimmen Sie zu.",
          "es": "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra política.",
          "ja": "当サイトはサービス向上のためクッキーを使用しています。閲覧を続けると同意したものとみなします。"}
RELATED = {"en": ["Refiners brace for a thin winter", "Storage levels near seasonal average, traders say", "Opinion: the case for longer hedges"],
           "fr": ["Les raffineurs se préparent à un hiver tendu", "Les stocks proches de leur moyenne saisonnière"],
           "de": ["Raffinerien stellen sich auf knappen Winter ein", "Lagerbestände nahe dem saisonüblichen Niveau"],
           "es": ["Las refinerías se preparan para un invierno ajustado", "Los inventarios, cerca de su media estacional"],
           "ja": ["石油元売り、冬場の需給に警戒感", "在庫水準、平年並みに接近"]}

def page(meta, paras):
    e = html.escape
    lang = meta["lang"]
    sep = " | " if len(meta["outlet"]) % 2 else " - "
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]}, "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    desc = paras[0][:160]
    nav = "".join('<li><a href="/%s">%s</a></li>' % (slugify(x) or "s%d" % k, e(x)) for k, x in enumerate(NAV[lang]))
    rel = "".join('<li><a href="/related/%d">%s</a></li>' % (k, e(x)) for k, x in enumerate(RELATED[lang]))
    body = "\n".join("      <p>%s</p>" % e(p) for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>
  <header class="site-header"><a class="logo" href="/">{e(meta['outlet'])}</a>
    <nav><ul>{nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related"><h2>{'関連記事' if lang == 'ja' else 'Related'}</h2><ul>{rel}</ul></aside>
  </main>
  <footer><p>© 2026 {e(meta['outlet'])}</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""

from plants import PLANTS

def main():
    os.makedirs(os.path.join(HERE, "specs"), exist_ok=True)
    for i, c in enumerate(C):
        if c["lang"] in ("en", "fr", "de"):  # the source states revenue to three significant figures
            for k in ("rev_old", "rev_new"):
                if c[k] >= 1000: c[k] = int(round(c[k], -1))
        d = derive(c)
        if c["lang"] in ("fr", "es", "de"):
            pass
        title, paras = SRC[c["lang"]](c, d, i)
        url = url_for(c, d)
        spec = write_spec(c, d, title, paras, url)
        sp = os.path.join(HERE, "specs", c["name"] + ".txt")
        open(sp, "w").write(spec)
        meta, ps = read_spec(open(sp).read())
        cd = os.path.join(HERE, "cases", c["name"])
        os.makedirs(cd, exist_ok=True)
        open(os.path.join(cd, "source.html"), "w").write(page(meta, ps))
        dg = digest(c, d, i, meta["title"], meta["url"])
        findings = []
        for old, new, nth, span, kind, sev, _slip, _right in PLANTS.get(c["name"], []):
            k = -1
            for _ in range(nth + 1):
                k = dg.index(old, k + 1)
            dg = dg[:k] + new + dg[k + len(old):]
            findings.append({"kind": kind, "severity": sev, "span": span})
        open(os.path.join(cd, "digest.txt"), "w").write(dg)
        json.dump({"clean": not findings, "findings": findings}, open(os.path.join(cd, "expected.json"), "w"), ensure_ascii=False, indent=2)

if __name__ == "__main__":
    main()
