#!/usr/bin/env python3
"""check-holdout-273 generator: case table -> specs/<name>.txt -> cases/<name>/{source.html,digest.txt,expected.json}.

Every derived value in the digests is computed here (datetime, arithmetic), and
listed in derived.json for the README."""
import json, html, re, datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent
WD_EN = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
WD_FR = ["lundi","mardi","mercredi","jeudi","vendredi","samedi","dimanche"]
WD_DE = ["Montag","Dienstag","Mittwoch","Donnerstag","Freitag","Samstag","Sonntag"]
WD_ES = ["lunes","martes","miércoles","jueves","viernes","sábado","domingo"]
WD_JA = "月火水木金土日"
MON_EN = ["January","February","March","April","May","June","July","August","September","October","November","December"]
MON_FR = ["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]
MON_DE = ["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]
MON_ES = ["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
Q_EN = ["first","second","third","fourth"]; Q_FR = ["premier","deuxième","troisième","quatrième"]
Q_DE = ["ersten","zweiten","dritten","vierten"]; Q_ES = ["primer","segundo","tercer","cuarto"]
Q_JA = ["1〜3月期","4〜6月期","7〜9月期","10〜12月期"]

# case table ----------------------------------------------------------------
# E0/E1 emissions Mt (previous year / last year); q quarter + qp %; r0->r1 renewables share;
# p0->p1 carbon price; F of T adaptation budget (millions); tgt % below base by 2035;
# ann = weekday offset (days before publication) of the statistics release;
# auc = days before publication of the auction, auct = local closing time;
# miles/acres (EN) or km/ha (others); FY fiscal year start.
CASES = [
 # name, lang, outlet, domain, tz, published local, country_src, country_ja, agency_src, abbr, agency_ja, minister, minister_ja, age, critic, critic_ja, ngo_src, ngo_ja, cur
 dict(name="clean-norland-inventory", lang="en", outlet="Harbourline Post", domain="harbourlinepost.example", tz="-05:00", pub="2026-02-12T16:40",
      country="Norland", cja="ノーランド", agency="Environmental Statistics Office", abbr="ESO", aja="環境統計局",
      mn="Clara Vance", mja="クララ・ヴァンス", age=54, cr="Tomas Reedy", crja="トーマス・リーディ", ngo="Green Ledger Institute", ngoja="グリーン・レジャー研究所",
      cur="$", E0=412.6, E1=391.8, q=4, qp=3.2, r0=38.5, r1=44.1, p0=31.50, p1=36.80, pm=11, F=1240, T=3100, tgt=50, base=2005, ann=2, auc=1, auct="15:00", miles=420, acres=18500, FY=2026),
 dict(name="clean-kestrel-carbon-auction", lang="en", outlet="The Meridian Ledger", domain="meridianledger.example", tz="-08:00", pub="2026-01-22T18:15",
      country="Kestrel Province", cja="ケストレル州", agency="Clean Air Board", abbr="CAB", aja="大気浄化委員会",
      mn="Daniel Okafor", mja="ダニエル・オカフォー", age=47, cr="Priya Nandakumar", crja="プリヤ・ナンダクマール", ngo="Coastal Futures Trust", ngoja="コースタル・フューチャーズ財団",
      cur="$", E0=88.4, E1=84.9, q=3, qp=2.6, r0=52.0, r1=57.5, p0=27.10, p1=29.90, pm=10, F=310, T=960, tgt=45, base=2010, ann=1, auc=2, auct="14:00", miles=155, acres=7200, FY=2026),
 dict(name="clean-talvera-climate-report", lang="en", outlet="Atlantic Daily Record", domain="atlanticdailyrecord.example", tz="+00:00", pub="2026-03-05T09:30",
      country="Talvera", cja="タルベラ", agency="National Climate Audit", abbr="NCA", aja="国家気候監査院",
      mn="Fiona Gallard", mja="フィオナ・ギャラード", age=61, cr="Owen Pritchett", crja="オーウェン・プリチェット", ngo="Carbon Watch Talvera", ngoja="カーボン・ウォッチ・タルベラ",
      cur="£", E0=236.2, E1=229.7, q=4, qp=1.8, r0=41.2, r1=46.9, p0=48.20, p1=52.60, pm=12, F=860, T=2150, tgt=68, base=1990, ann=2, auc=1, auct="11:00", miles=610, acres=24000, FY=2026),
 dict(name="clean-brenmoor-adaptation-fund", lang="en", outlet="Southern Cross Courier", domain="southerncrosscourier.example", tz="-05:00", pub="2026-11-19T07:10",
      country="Brenmoor", cja="ブレンムーア", agency="Climate Resilience Agency", abbr="CRA", aja="気候レジリエンス庁",
      mn="Marcus Hale", mja="マーカス・ヘイル", age=39, cr="Leonie Duarte", crja="レオニー・ドゥアルテ", ngo="Shoreline Action Network", ngoja="ショアライン・アクション・ネットワーク",
      cur="$", E0=143.7, E1=137.2, q=3, qp=4.1, r0=29.4, r1=33.0, p0=22.40, p1=25.10, pm=8, F=540, T=1800, tgt=40, base=2005, ann=1, auc=2, auct="16:30", miles=275, acres=12800, FY=2027),
 dict(name="clean-ostmark-power-sector", lang="en", outlet="Capital Wire", domain="capitalwire.example", tz="-06:00", pub="2026-12-03T12:05",
      country="Ostmark", cja="オストマルク", agency="Energy and Emissions Authority", abbr="EEA", aja="エネルギー排出庁",
      mn="Helen Marsh", mja="ヘレン・マーシュ", age=58, cr="Rafael Conte", crja="ラファエル・コンテ", ngo="Prairie Climate Council", ngoja="プレーリー気候評議会",
      cur="$", E0=305.9, E1=288.4, q=3, qp=5.3, r0=22.8, r1=27.6, p0=18.90, p1=21.30, pm=9, F=720, T=2400, tgt=55, base=2005, ann=2, auc=1, auct="13:00", miles=190, acres=31000, FY=2027),
 dict(name="clean-valdoria-methane", lang="en", outlet="The Northgate Times", domain="northgatetimes.example", tz="-05:00", pub="2026-01-29T20:20",
      country="Valdoria", cja="バルドリア", agency="Office of Climate Accounting", abbr="OCA", aja="気候会計局",
      mn="Samuel Whitlock", mja="サミュエル・ウィットロック", age=50, cr="Ingrid Solberg", crja="イングリッド・ソルバーグ", ngo="Methane Tracker Project", ngoja="メタン・トラッカー・プロジェクト",
      cur="$", E0=512.3, E1=498.6, q=4, qp=2.1, r0=18.6, r1=21.9, p0=14.20, p1=16.75, pm=12, F=450, T=1500, tgt=35, base=2010, ann=1, auc=2, auct="15:30", miles=340, acres=9600, FY=2026),
 dict(name="err-norwick-emissions-drop", lang="en", outlet="Bayview Chronicle", domain="bayviewchronicle.example", tz="-05:00", pub="2026-02-26T17:45",
      country="Norwick", cja="ノーウィック", agency="Greenhouse Gas Registry", abbr="GGR", aja="温室効果ガス登録局",
      mn="Abigail Thorne", mja="アビゲイル・ソーン", age=45, cr="Victor Lindqvist", crja="ヴィクター・リンドクヴィスト", ngo="Clean Harbour Coalition", ngoja="クリーン・ハーバー連合",
      cur="$", E0=198.4, E1=186.9, q=4, qp=3.7, r0=31.3, r1=36.2, p0=24.60, p1=28.40, pm=11, F=390, T=1300, tgt=50, base=2005, ann=2, auc=1, auct="15:00", miles=230, acres=14200, FY=2026,
      muts=[("pct","6.8%","mismatch","error"), ("auc_day",None,"mismatch","error"), ("ngo_abbr","CHC","name","warning")]),
 dict(name="err-easterly-carbon-price", lang="en", outlet="Pacific Sentinel", domain="pacificsentinel.example", tz="-08:00", pub="2026-11-12T19:30",
      country="Easterly", cja="イースタリー", agency="Carbon Market Commission", abbr="CMC", aja="炭素市場委員会",
      mn="Rebecca Tan", mja="レベッカ・タン", age=52, cr="Hugo Marchetti", crja="ヒューゴ・マルケッティ", ngo="Forest and Climate Alliance", ngoja="森林気候同盟",
      cur="$", E0=67.8, E1=64.1, q=3, qp=2.9, r0=61.5, r1=64.8, p0=33.20, p1=38.70, pm=8, F=210, T=700, tgt=48, base=2010, ann=1, auc=2, auct="14:00", miles=120, acres=5400, FY=2027,
      muts=[("pp","3.3%","mismatch","error"), ("jst",None,"mismatch","error"), ("mja2","レベッカ・タム","spelling","warning")]),
 dict(name="err-halden-climate-audit", lang="en", outlet="The Fenwick Observer", domain="fenwickobserver.example", tz="+00:00", pub="2026-12-10T08:50",
      country="Halden", cja="ハルデン", agency="Climate Change Audit Office", abbr="CCAO", aja="気候変動監査局",
      mn="Eleanor Pike", mja="エレノア・パイク", age=63, cr="Jonah Whitfield", crja="ジョナ・ホイットフィールド", ngo="Heat Risk Forum", ngoja="ヒート・リスク・フォーラム",
      cur="£", E0=176.5, E1=171.3, q=3, qp=1.6, r0=44.7, r1=49.3, p0=51.80, p1=55.20, pm=9, F=640, T=1600, tgt=65, base=1990, ann=2, auc=1, auct="10:30", miles=505, acres=21000, FY=2027,
      muts=[("quarter",None,"mismatch","error"), ("share",None,"mismatch","error"), ("citation_utm",None,"citation","warning")]),
 dict(name="err-coravan-coastal-fund", lang="en", outlet="Gulfstream Gazette", domain="gulfstreamgazette.example", tz="-06:00", pub="2026-02-05T13:20",
      country="Coravan", cja="コラバン", agency="Adaptation Finance Agency", abbr="AFA", aja="適応資金庁",
      mn="Jorge Whitaker", mja="ホルヘ・ウィテカー", age=49, cr="Nadia Kessler", crja="ナディア・ケスラー", ngo="Delta Communities Fund", ngoja="デルタ地域基金",
      cur="$", E0=121.2, E1=117.5, q=4, qp=2.4, r0=26.1, r1=30.4, p0=19.80, p1=22.60, pm=11, F=480, T=1200, tgt=42, base=2005, ann=1, auc=2, auct="16:00", miles=380, acres=16000, FY=2026,
      muts=[("miles",None,"mismatch","error"), ("fy",None,"mismatch","error"), ("invented","約2400人","unsupported","warning")]),
 dict(name="err-linmoor-power-emissions", lang="en", outlet="Riverbend Herald", domain="riverbendherald.example", tz="-05:00", pub="2026-12-17T18:05",
      country="Linmoor", cja="リンムーア", agency="Power Sector Emissions Office", abbr="PSEO", aja="電力部門排出局",
      mn="Caroline Brandt", mja="キャロライン・ブラント", age=57, cr="Elias Ferro", crja="イライアス・フェロ", ngo="Grid Transition Lab", ngoja="グリッド・トランジション・ラボ",
      cur="$", E0=264.9, E1=251.6, q=3, qp=3.9, r0=34.2, r1=39.0, p0=26.30, p1=30.10, pm=9, F=560, T=1750, tgt=52, base=2005, ann=2, auc=1, auct="15:30", miles=260, acres=11400, FY=2027,
      muts=[("scale",None,"mismatch","error"), ("age",None,"mismatch","error"), ("citation_date",None,"citation","warning")]),
 dict(name="err-ardent-bay-targets", lang="en", outlet="Eastport Journal", domain="eastportjournal.example", tz="-05:00", pub="2026-03-12T11:25",
      country="Ardent Bay", cja="アーデント・ベイ", agency="Climate Targets Secretariat", abbr="CTS", aja="気候目標事務局",
      mn="Nathaniel Cross", mja="ナサニエル・クロス", age=44, cr="Sofia Brennan", crja="ソフィア・ブレナン", ngo="Blue Coast Alliance", ngoja="ブルー・コースト同盟",
      cur="$", E0=94.7, E1=90.2, q=4, qp=2.2, r0=47.9, r1=51.6, p0=29.40, p1=33.10, pm=12, F=260, T=820, tgt=60, base=2005, ann=1, auc=2, auct="14:30", miles=145, acres=6800, FY=2026,
      muts=[("tgt",None,"mismatch","error"), ("price",None,"mismatch","error"), ("invented_year","2040年代","unsupported","warning")]),
 # French
 dict(name="clean-pays-de-varenne-bilan", lang="fr", outlet="Le Courrier de Varenne", domain="courrierdevarenne.example", tz="+01:00", pub="2026-02-19T07:45",
      country="Varenne", cja="バレンヌ", agency="Observatoire national des émissions", abbr="ONE", aja="国立排出観測所",
      mn="Hélène Marceau", mja="エレーヌ・マルソー", age=56, cr="Julien Perrot", crja="ジュリアン・ペロー", ngo="Réseau Climat Varenne", ngoja="バレンヌ気候ネットワーク",
      cur="€", E0=318.4, E1=301.7, q=4, qp=3.4, r0=27.5, r1=32.8, p0=64.30, p1=71.90, pm=11, F=920, T=2800, tgt=55, base=1990, ann=2, auc=1, auct="17:00", miles=0, km=540, ha=26500, FY=2026),
 dict(name="clean-loiret-marches-carbone", lang="fr", outlet="L'Écho de Saint-Aubert", domain="echosaintaubert.example", tz="+01:00", pub="2026-11-26T18:30",
      country="Loiret-Saint-Aubert", cja="ロワレ・サントベール", agency="Agence régionale du climat", abbr="ARC", aja="地域気候庁",
      mn="Bernard Lacoste", mja="ベルナール・ラコスト", age=62, cr="Camille Noiret", crja="カミーユ・ノワレ", ngo="Collectif Air Pur", ngoja="空気清浄市民団体",
      cur="€", E0=54.6, E1=52.3, q=3, qp=2.8, r0=36.1, r1=40.4, p0=68.20, p1=74.50, pm=9, F=140, T=410, tgt=50, base=1990, ann=1, auc=2, auct="16:00", miles=0, km=85, ha=4300, FY=2027),
 dict(name="err-ardennes-sud-adaptation", lang="fr", outlet="La Gazette du Plateau", domain="gazetteduplateau.example", tz="+01:00", pub="2026-12-09T12:10",
      country="Ardennes-Sud", cja="アルデンヌ・シュッド", agency="Haut conseil pour le climat régional", abbr="HCCR", aja="地域気候高等評議会",
      mn="Sylvie Armand", mja="シルヴィ・アルマン", age=51, cr="Mathieu Delorme", crja="マチュー・ドゥロルム", ngo="Terres et Rivières", ngoja="テール・エ・リヴィエール",
      cur="€", E0=41.9, E1=40.2, q=3, qp=3.1, r0=29.0, r1=33.7, p0=66.40, p1=72.80, pm=9, F=95, T=380, tgt=50, base=1990, ann=2, auc=1, auct="15:00", miles=0, km=60, ha=3800, FY=2027,
      muts=[("diff",None,"mismatch","error"), ("ann_wd",None,"mismatch","error"), ("mja2","シルビー・アルマン","spelling","warning")]),
 # German
 dict(name="clean-elbmark-treibhausgase", lang="de", outlet="Elbmarker Rundschau", domain="elbmarker-rundschau.example", tz="+01:00", pub="2026-01-15T06:30",
      country="Elbmark", cja="エルプマルク", agency="Landesamt für Klimabilanz", abbr="LKB", aja="州気候収支局",
      mn="Katrin Vogler", mja="カトリン・フォグラー", age=53, cr="Jens Hartwig", crja="イェンス・ハルトヴィヒ", ngo="Klimabündnis Nord", ngoja="北部気候同盟",
      cur="€", E0=187.3, E1=176.8, q=4, qp=4.4, r0=49.6, r1=55.2, p0=70.10, p1=78.40, pm=12, F=610, T=1900, tgt=65, base=1990, ann=1, auc=2, auct="11:00", miles=0, km=320, ha=14500, FY=2026),
 dict(name="clean-rhonau-co2-preis", lang="de", outlet="Rhönauer Tageblatt", domain="rhoenauer-tageblatt.example", tz="+01:00", pub="2026-11-05T17:20",
      country="Rhönau", cja="レーナウ", agency="Amt für Emissionshandel", abbr="AfE", aja="排出量取引局",
      mn="Matthias Kern", mja="マティアス・ケルン", age=48, cr="Sabine Lorenz", crja="ザビーネ・ローレンツ", ngo="Umweltforum Rhönau", ngoja="レーナウ環境フォーラム",
      cur="€", E0=73.5, E1=70.6, q=3, qp=3.0, r0=41.8, r1=45.3, p0=58.60, p1=63.90, pm=8, F=230, T=690, tgt=60, base=1990, ann=2, auc=1, auct="14:00", miles=0, km=110, ha=5200, FY=2027),
 dict(name="err-wendland-klimabericht", lang="de", outlet="Wendländische Zeitung", domain="wendlaendische-zeitung.example", tz="+01:00", pub="2026-02-24T19:05",
      country="Wendland-Ost", cja="ヴェントラント・オスト", agency="Klimarat Wendland-Ost", abbr="KWO", aja="ヴェントラント・オスト気候評議会",
      mn="Andreas Brenner", mja="アンドレアス・ブレンナー", age=59, cr="Lea Kowalski", crja="レア・コヴァルスキ", ngo="Moorschutz Ost", ngoja="東部湿原保護協会",
      cur="€", E0=96.8, E1=92.4, q=4, qp=2.7, r0=38.3, r1=42.9, p0=69.50, p1=75.20, pm=11, F=300, T=800, tgt=62, base=1990, ann=1, auc=1, auct="12:00", miles=0, km=140, ha=8800, FY=2026,
      muts=[("e1",None,"mismatch","error"), ("ha",None,"mismatch","error"), ("ngo_abbr","MSO","name","warning")]),
 # Spanish
 dict(name="clean-sierra-alta-emisiones", lang="es", outlet="El Heraldo de Sierra Alta", domain="heraldosierraalta.example", tz="-06:00", pub="2026-12-01T21:15",
      country="Sierra Alta", cja="シエラ・アルタ", agency="Instituto Nacional de Emisiones", abbr="INE", aja="国立排出研究所",
      mn="Lucía Ferrán", mja="ルシア・フェラン", age=46, cr="Andrés Quiroga", crja="アンドレス・キロガ", ngo="Fundación Aire Limpio", ngoja="清浄空気財団",
      cur="$", E0=156.2, E1=149.8, q=3, qp=3.6, r0=33.4, r1=38.1, p0=12.40, p1=14.60, pm=8, F=380, T=1250, tgt=45, base=2010, ann=1, auc=1, auct="15:00", miles=0, km=290, ha=18000, FY=2027),
 dict(name="err-costa-verde-adaptacion", lang="es", outlet="Diario del Litoral", domain="diariodellitoral.example", tz="+01:00", pub="2026-02-10T08:20",
      country="Costa Verde", cja="コスタ・ベルデ", agency="Agencia de Cambio Climático", abbr="ACC", aja="気候変動庁",
      mn="Ramón Echevarría", mja="ラモン・エチェバリア", age=55, cr="Marta Villalobos", crja="マルタ・ビジャロボス", ngo="Plataforma Costa Viva", ngoja="コスタ・ビバ・プラットフォーム",
      cur="€", E0=62.7, E1=59.8, q=4, qp=3.3, r0=45.2, r1=50.6, p0=67.80, p1=73.40, pm=11, F=170, T=520, tgt=55, base=1990, ann=1, auc=1, auct="13:00", miles=0, km=95, ha=6200, FY=2026,
      muts=[("auc_wd",None,"mismatch","error"), ("p0",None,"mismatch","error"), ("mja2","ラモン・エチェベリア","spelling","warning")]),
 # Japanese
 dict(name="clean-minamisato-haishutsu", lang="ja", outlet="北浜新報", domain="kitahama-shimpo.example", tz="+09:00", pub="2026-01-20T10:30",
      country="南里県", cja="南里県", agency="南里県環境局", abbr="", aja="南里県環境局",
      mn="佐伯 弘美", mja="佐伯弘美", age=57, cr="久保田 純", crja="久保田純", ngo="みなみ気候ネット", ngoja="みなみ気候ネット",
      cur="円", E0=2384, E1=2291, q=3, qp=2.5, r0=24.6, r1=28.3, p0=0, p1=0, pm=0, F=42, T=150, tgt=48, base=2013, ann=1, auc=0, auct="", miles=0, km=0, ha=0, FY=2026),
 dict(name="err-higashiura-tekiou", lang="ja", outlet="潮見日報", domain="shiomi-nippo.example", tz="+09:00", pub="2026-11-24T17:00",
      country="東浦市", cja="東浦市", agency="東浦市気候対策課", abbr="", aja="東浦市気候対策課",
      mn="森川 大輔", mja="森川大輔", age=49, cr="村瀬 由紀", crja="村瀬由紀", ngo="東浦グリーン協議会", ngoja="東浦グリーン協議会",
      cur="円", E0=418, E1=397, q=2, qp=3.8, r0=19.2, r1=23.5, p0=0, p1=0, pm=0, F=18, T=64, tgt=46, base=2013, ann=4, auc=0, auct="", miles=0, km=0, ha=0, FY=2026,
      muts=[("pct","4.8%","mismatch","error"), ("quarter",None,"mismatch","error"), ("invented","約3000世帯","unsupported","warning")]),
 # more English to reach 14
 dict(name="err-marlow-isles-heat", lang="en", outlet="Island Mail", domain="islandmail.example", tz="-04:00", pub="2026-03-18T15:50",
      country="the Marlow Isles", cja="マーロウ諸島", agency="Islands Climate Service", abbr="ICS", aja="諸島気候局",
      mn="Grace Alleyne", mja="グレース・アレイン", age=41, cr="Desmond Pratt", crja="デズモンド・プラット", ngo="Reef Guardians", ngoja="リーフ・ガーディアンズ",
      cur="$", E0=4.8, E1=4.5, q=4, qp=5.6, r0=16.4, r1=24.7, p0=9.50, p1=11.25, pm=12, F=96, T=240, tgt=70, base=2010, ann=2, auc=1, auct="15:00", miles=88, acres=2600, FY=2026,
      muts=[("pm",None,"mismatch","error"), ("ann_day",None,"mismatch","error"), ("person","リチャード・ボーモント","name","warning")]),
 dict(name="err-greywater-transport", lang="en", outlet="The Lakeshore Standard", domain="lakeshorestandard.example", tz="-06:00", pub="2026-11-30T16:10",
      country="Greywater", cja="グレーウォーター", agency="Transport Emissions Unit", abbr="TEU", aja="運輸排出ユニット",
      mn="Patrick Doyle", mja="パトリック・ドイル", age=60, cr="Amara Chen", crja="アマラ・チェン", ngo="Cleaner Commute Alliance", ngoja="クリーナー・コミュート同盟",
      cur="$", E0=133.9, E1=128.2, q=3, qp=2.3, r0=12.7, r1=16.9, p0=20.50, p1=23.80, pm=9, F=300, T=1000, tgt=45, base=2005, ann=4, auc=3, auct="15:00", miles=210, acres=8400, FY=2027,
      muts=[("share",None,"mismatch","error"), ("r1",None,"mismatch","error"), ("citation_outlet",None,"citation","warning")]),
]

# helpers ---------------------------------------------------------------------
def tzinfo(off):
    sign = 1 if off[0] == "+" else -1
    h, m = int(off[1:3]), int(off[4:6])
    return dt.timezone(sign * dt.timedelta(hours=h, minutes=m))

JST = dt.timezone(dt.timedelta(hours=9))

def man(x_mt):
    """million tonnes -> 億/万 string (no unit)"""
    n = round(x_mt * 100)  # in 万
    oku, m = divmod(n, 10000)
    if oku and m:
        return f"{oku}億{m}万"
    if oku:
        return f"{oku}億"
    return f"{m}万"

def yen_scale(mill):
    """millions (currency) -> 億/万 string"""
    n = mill * 100  # in 万
    oku, m = divmod(int(n), 10000)
    if oku and m:
        return f"{oku}億{m}万"
    if oku:
        return f"{oku}億"
    return f"{m}万"

def share_ja(f, t):
    r = f / t
    for frac, lab in ((1/3, "3分の1"), (1/4, "4分の1"), (1/2, "半分")):
        if abs(r - frac) < 0.004:
            return ("約" if abs(r-frac) > 1e-9 else "") + lab
    n = round(r * 10)
    return (f"{n}割" if abs(r*10 - n) < 1e-9 else f"約{n}割")

def fnum(x, lang, dec=1):
    s = f"{x:,.{dec}f}" if dec else f"{x:,}"
    if lang == "en":
        return s
    if lang == "fr":
        return s.replace(",", "\u202f").replace(".", ",")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

CURJA = {"$": "ドル", "£": "ポンド", "€": "ユーロ", "円": "円"}
ZONE_EN = {"-05:00": "EST", "-08:00": "PST", "+00:00": "GMT", "-06:00": "CST", "-04:00": "AST"}

def clock_ja(t):
    return f"{t.hour}時" + (f"{t.minute}分" if t.minute else "")

def derive(c):
    tz = tzinfo(c["tz"])
    pub = dt.datetime.fromisoformat(c["pub"]).replace(tzinfo=tz)
    d = {}
    d["pub"] = pub
    Y = pub.year - 1
    if c["lang"] == "ja":  # Japanese sources report by fiscal year (April-March)
        Y = pub.year - 2 if pub.month <= 3 else pub.year - 1
    d["Y"] = Y
    d["QY"] = pub.year - 1 if pub.month <= 3 else pub.year
    ann = pub.date() - dt.timedelta(days=c["ann"])
    d["ann"] = ann
    d["pct"] = round((c["E0"] - c["E1"]) / c["E0"] * 100, 1)
    d["diff_mt"] = round(c["E0"] - c["E1"], 1)
    d["pp"] = round(c["r1"] - c["r0"], 1)
    if c["lang"] != "ja":
        auc = pub.date() - dt.timedelta(days=c["auc"])
        d["auc"] = auc
        hh, mm = map(int, c["auct"].split(":"))
        aloc = dt.datetime(auc.year, auc.month, auc.day, hh, mm, tzinfo=tz)
        d["aloc"] = aloc
        d["ajst"] = aloc.astimezone(JST)
        d["pdiff"] = round(c["p1"] - c["p0"], 2)
        d["pm_year"] = pub.year if c["pm"] < pub.month else pub.year - 1
    d["share"] = share_ja(c["F"], c["T"])
    d["share_exact"] = round(c["F"] / c["T"] * 100, 1)
    if c["lang"] == "en":
        d["km"] = round(c["miles"] * 1.609344)
        d["km_r"] = round(c["miles"] * 1.609344, -1)
        d["ha"] = c["acres"] * 0.40468564224
        d["ha_r"] = round(d["ha"], -2)
    elif c["lang"] != "ja":
        d["km2"] = c["ha"] / 100
    d["postjst"] = pub.astimezone(JST) + dt.timedelta(hours=5, minutes=17)
    return d

# source articles -------------------------------------------------------------
def money_en(c, mill):
    return f"{c['cur']}{mill/1000:g} billion" if mill >= 1000 else f"{c['cur']}{mill:g} million"

def art_en(c, d):
    C = c["country"]; Cc = C[0].upper() + C[1:]; Cp = Cc + ("'" if Cc.endswith("s") else "'s")
    ml = c["mn"].split()[-1]; cl = c["cr"].split()[-1]
    awd = WD_EN[d["ann"].weekday()]; uwd = WD_EN[d["auc"].weekday()]
    t = d["aloc"]; tstr = f"{(t.hour-1)%12+1}{':%02d' % t.minute if t.minute else ''} {'a.m.' if t.hour < 12 else 'p.m.'}"
    qyear = "last year" if d["QY"] == d["Y"] else "this year"
    title = f"{Cp} emissions fall {d['pct']}% as coal power retreats"
    paras = [
     f"{Cp} greenhouse gas emissions fell {d['pct']}% last year, the {c['agency']} ({c['abbr']}) said on {awd}, as coal-fired power stations ran less often and wind and solar farms produced a record amount of electricity.",
     f"Total emissions came to {c['E1']:,} million tonnes of carbon dioxide equivalent in {d['Y']}, down from {c['E0']:,} million tonnes in {d['Y']-1}, according to the agency's annual inventory. The decline appears to be continuing: emissions in the {Q_EN[c['q']-1]} quarter of {qyear} were {c['qp']}% lower than a year earlier, a preliminary estimate showed.",
     f"Renewable sources supplied {c['r1']}% of the country's electricity last year, up from {c['r0']}% in {d['Y']-1}, while the share of coal dropped to its lowest level since records began.",
     f"{c['mn']}, {c['age']}, the environment minister, welcomed the figures but warned against complacency. “We are moving in the right direction, but not yet at the right speed,” {ml} told reporters. The government has pledged to cut emissions {c['tgt']}% below {c['base']} levels by 2035, a goal the {c['abbr']} says will require annual reductions roughly twice as large as last year's.",
     f"Carbon permits are also getting more expensive. At the latest auction, which closed at {tstr} {ZONE_EN[c['tz']]} on {uwd}, allowances sold for {c['cur']}{c['p1']:.2f} a tonne, up from {c['cur']}{c['p0']:.2f} at the previous sale in {MON_EN[c['pm']-1]}. Officials said the higher price reflected a tighter cap that took effect in January.",
     f"The government has also set aside {money_en(c, c['F'])} for adaptation in fiscal {c['FY']}, which begins on April 1, out of a total climate budget of {money_en(c, c['T'])}. The money will pay for sea walls and dune restoration along {c['miles']} miles of coastline and for the restoration of {c['acres']:,} acres of wetland that shield low-lying towns from flooding.",
     f"Environmental groups called the figures encouraging but fragile. “One good year does not make a trend,” said {c['cr']}, director of the {c['ngo']}. “We still burn more coal than most of our neighbours, and the adaptation money will not stretch far if the storms keep getting worse.”",
     f"The {c['abbr']} said it would release a full inventory, including land use and forestry, later this year.",
    ]
    return title, paras

FEM = {"Hélène","Sylvie","Camille","Katrin","Sabine","Lea","Lucía","Marta"}
def fem(n): return n.split()[0] in FEM

def art_fr(c, d):
    ml = c["mn"].split()[-1]; cl = c["cr"].split()[-1]
    awd = WD_FR[d["ann"].weekday()]; uwd = WD_FR[d["auc"].weekday()]
    t = d["aloc"]; tstr = f"{t.hour} h" + (f" {t.minute:02d}" if t.minute else "")
    qyear = "l'an dernier" if d["QY"] == d["Y"] else "cette année"
    F = fnum(c["F"], "fr", 0); T = fnum(c["T"]/1000, "fr", 1) if c["T"] >= 1000 else fnum(c["T"], "fr", 0)
    Tu = "milliards" if c["T"] >= 1000 else "millions"
    title = f"Varenne : les émissions de gaz à effet de serre reculent de {fnum(d['pct'],'fr')} %".replace("Varenne", c["country"])
    paras = [
     f"Les émissions de gaz à effet de serre de {c['country']} ont reculé de {fnum(d['pct'],'fr')} % l'an dernier, a annoncé {awd} l'{c['agency']} ({c['abbr']}), qui attribue cette baisse au recul du charbon dans la production d'électricité et à une production record de l'éolien et du solaire.",
     f"Selon le bilan annuel de l'organisme, les émissions se sont établies à {fnum(c['E1'],'fr')} millions de tonnes d'équivalent CO2 en {d['Y']}, contre {fnum(c['E0'],'fr')} millions de tonnes en {d['Y']-1}. La tendance se poursuit : au {Q_FR[c['q']-1]} trimestre de {qyear}, les émissions ont diminué de {fnum(c['qp'],'fr')} % sur un an, d'après une estimation provisoire.",
     f"Les énergies renouvelables ont fourni {fnum(c['r1'],'fr')} % de l'électricité l'an dernier, contre {fnum(c['r0'],'fr')} % en {d['Y']-1}. La part du charbon est tombée à son plus bas niveau depuis le début des relevés.",
     f"{'La ministre' if fem(c['mn']) else 'Le ministre'} de la Transition écologique, {c['mn']}, {c['age']} ans, a salué ces chiffres tout en appelant à ne pas relâcher l'effort. « Nous allons dans la bonne direction, mais pas encore à la bonne vitesse », a déclaré {ml}. L'objectif officiel est de réduire les émissions de {c['tgt']} % d'ici à 2035 par rapport à {c['base']}, ce qui exigerait, selon l'{c['abbr']}, des baisses annuelles environ deux fois plus fortes que celle de l'an dernier.",
     f"Le prix du carbone continue aussi de grimper. Lors de la dernière mise aux enchères, clôturée {uwd} à {tstr} (heure locale, UTC+1), les quotas se sont vendus {fnum(c['p1'],'fr',2)} euros la tonne, contre {fnum(c['p0'],'fr',2)} euros lors de la vente précédente, en {MON_FR[c['pm']-1]}.",
     f"Le gouvernement consacrera par ailleurs {F} millions d'euros à l'adaptation en {c['FY']}, sur une enveloppe climat totale de {T} {Tu} d'euros. Ces fonds financeront des digues et la restauration de dunes sur {c['km']} kilomètres de littoral, ainsi que la remise en état de {fnum(c['ha'],'fr',0)} hectares de zones humides.",
     f"Les associations se montrent prudentes. « Une bonne année ne fait pas une tendance », estime {c['cr']}, {'directrice' if fem(c['cr']) else 'directeur'} du {c['ngo']}.",
     f"L'{c['abbr']} publiera un inventaire complet, incluant l'usage des terres et la forêt, d'ici la fin de l'année.",
    ]
    return title, paras

def art_de(c, d):
    ml = c["mn"].split()[-1]; cl = c["cr"].split()[-1]
    awd = WD_DE[d["ann"].weekday()]; uwd = WD_DE[d["auc"].weekday()]
    t = d["aloc"]; tstr = f"{t.hour}" + (f".{t.minute:02d}" if t.minute else "") + " Uhr MEZ"
    qyear = "vergangenen Jahres" if d["QY"] == d["Y"] else "dieses Jahres"
    F = fnum(c["F"], "de", 0); T = (fnum(c["T"]/1000, "de", 1) + " Mrd.") if c["T"] >= 1000 else (fnum(c["T"], "de", 0) + " Mio.")
    title = f"{c['country']}: Treibhausgasausstoß sinkt um {fnum(d['pct'],'de')} Prozent"
    paras = [
     f"Der Ausstoß von Treibhausgasen in {c['country']} ist im vergangenen Jahr um {fnum(d['pct'],'de')} Prozent gesunken. Das teilte das {c['agency']} ({c['abbr']}) am {awd} mit. Grund seien vor allem weniger Kohlestrom und ein Rekord bei Wind- und Solarenergie.",
     f"Insgesamt wurden {d['Y']} nach der Jahresbilanz der Behörde {fnum(c['E1'],'de')} Mio. Tonnen CO2-Äquivalente ausgestoßen, nach {fnum(c['E0'],'de')} Mio. Tonnen im Jahr {d['Y']-1}. Der Rückgang hält offenbar an: Im {Q_DE[c['q']-1]} Quartal {qyear} lagen die Emissionen laut einer vorläufigen Schätzung um {fnum(c['qp'],'de')} Prozent unter dem Vorjahreswert.",
     f"Erneuerbare Energien deckten im vergangenen Jahr {fnum(c['r1'],'de')} Prozent des Strombedarfs, nach {fnum(c['r0'],'de')} Prozent im Jahr {d['Y']-1}. Der Anteil der Kohle fiel auf den niedrigsten Stand seit Beginn der Aufzeichnungen.",
     f"{'Umweltministerin' if fem(c['mn']) else 'Umweltminister'} {c['mn']} ({c['age']}) begrüßte die Zahlen, warnte aber vor Selbstzufriedenheit. „Wir gehen in die richtige Richtung, aber noch nicht im richtigen Tempo“, sagte {ml}. Die Regierung will den Ausstoß bis 2035 um {c['tgt']} Prozent gegenüber {c['base']} senken. Dafür wären nach Einschätzung des {c['abbr']} jährliche Minderungen nötig, die etwa doppelt so groß sind wie im vergangenen Jahr.",
     f"Auch der CO2-Preis steigt weiter. Bei der jüngsten Versteigerung, die am {uwd} um {tstr} endete, wurden Zertifikate zu {fnum(c['p1'],'de',2)} Euro je Tonne zugeschlagen, nach {fnum(c['p0'],'de',2)} Euro bei der vorherigen Auktion im {MON_DE[c['pm']-1]}. Die Behörden führen den Anstieg auf die strengere Obergrenze zurück, die seit Januar gilt.",
     f"Für die Anpassung an den Klimawandel stellt die Regierung im Haushaltsjahr {c['FY']} {F} Mio. Euro bereit, bei einem Klimaetat von insgesamt {T} Euro. Mit dem Geld sollen Deiche und Dünen auf {c['km']} Kilometern Küste erneuert und {fnum(c['ha'],'de',0)} Hektar Moor- und Feuchtgebiete wiederhergestellt werden.",
     f"Umweltverbände reagierten zurückhaltend. „Ein gutes Jahr ist noch kein Trend“, sagte {c['cr']}, {'Geschäftsführerin' if fem(c['cr']) else 'Geschäftsführer'} des Vereins {c['ngo']}. „Wir verfeuern immer noch viel Kohle, und das Anpassungsgeld wird nicht weit reichen, wenn die Stürme heftiger werden.“ {cl} forderte zudem, die Methodik der Quartalsschätzungen offenzulegen.",
     f"Das {c['abbr']} will eine vollständige Bilanz einschließlich Landnutzung und Forstwirtschaft noch in diesem Jahr veröffentlichen.",
    ]
    return title, paras

def art_es(c, d):
    ml = c["mn"].split()[-1]; cl = c["cr"].split()[-1]
    awd = WD_ES[d["ann"].weekday()]; uwd = WD_ES[d["auc"].weekday()]
    t = d["aloc"]; tstr = f"{t.hour}:{t.minute:02d} horas"
    zone = "hora del centro, UTC-6" if c["tz"] == "-06:00" else "hora local, UTC+1"
    qyear = "del año pasado" if d["QY"] == d["Y"] else "de este año"
    cur = "dólares" if c["cur"] == "$" else "euros"
    F = fnum(c["F"], "es", 0); T = (fnum(c["T"], "es", 0))
    title = f"Las emisiones de {c['country']} caen un {fnum(d['pct'],'es')} % por el retroceso del carbón"
    paras = [
     f"Las emisiones de gases de efecto invernadero de {c['country']} cayeron un {fnum(d['pct'],'es')} % el año pasado, según informó el {awd} la {c['agency']} ({c['abbr']}), que atribuye el descenso al menor uso de centrales de carbón y a un récord de generación eólica y solar.",
     f"De acuerdo con el inventario anual del organismo, las emisiones totales se situaron en {fnum(c['E1'],'es')} millones de toneladas de CO2 equivalente en {d['Y']}, frente a {fnum(c['E0'],'es')} millones en {d['Y']-1}. La tendencia continúa: en el {Q_ES[c['q']-1]} trimestre {qyear}, las emisiones fueron un {fnum(c['qp'],'es')} % inferiores a las del mismo periodo del año anterior, según una estimación preliminar.",
     f"Las renovables aportaron el {fnum(c['r1'],'es')} % de la electricidad el año pasado, frente al {fnum(c['r0'],'es')} % de {d['Y']-1}, mientras que la cuota del carbón cayó a su nivel más bajo desde que existen registros.",
     f"{'La ministra' if fem(c['mn']) else 'El ministro'} de Medio Ambiente, {c['mn']}, de {c['age']} años, celebró las cifras, pero advirtió contra la complacencia. “Vamos en la dirección correcta, pero todavía no a la velocidad correcta”, dijo {ml}. El Gobierno se ha comprometido a reducir las emisiones un {c['tgt']} % respecto a {c['base']} para 2035, una meta que, según la {c['abbr']}, exigiría recortes anuales aproximadamente el doble de grandes que el del año pasado.",
     f"El precio del carbono también sube. En la última subasta, que cerró el {uwd} a las {tstr} ({zone}), los derechos de emisión se vendieron a {fnum(c['p1'],'es',2)} {cur} por tonelada, frente a {fnum(c['p0'],'es',2)} {cur} en la subasta anterior, celebrada en {MON_ES[c['pm']-1]}.",
     f"El Gobierno destinará además {F} millones de {cur} a la adaptación en el ejercicio {c['FY']}, de un presupuesto climático total de {T} millones. Los fondos pagarán diques y la restauración de dunas en {c['km']} kilómetros de costa, así como la recuperación de {fnum(c['ha'],'es',0)} hectáreas de humedales.",
     f"Las organizaciones ecologistas se mostraron cautas. “Un buen año no hace una tendencia”, afirmó {c['cr']}, {'directora' if fem(c['cr']) else 'director'} de la {c['ngo']}.",
     f"La {c['abbr']} publicará un inventario completo, que incluirá el uso del suelo y la silvicultura, antes de fin de año.",
    ]
    return title, paras

def art_ja(c, d):
    awd = WD_JA[d["ann"].weekday()]
    pj = d["pub"]
    title = f"{c['country']}の温室ガス排出、{d['Y']}年度は{d['pct']}%減　再エネ比率{c['r1']}%に"
    # Japanese source: fiscal-year based (年度), emissions in 万トン
    paras = [
     f"{c['aja']}は{d['ann'].day}日、{d['Y']}年度の{c['country']}内の温室効果ガス排出量（速報値）が二酸化炭素換算で{c['E1']}万トンとなり、前年度の{c['E0']}万トンから{d['pct']}%減ったと発表した。工場の燃料転換と、住宅・事業所への太陽光パネルの普及が進んだことが主な要因という。",
     f"部門別では、電力の脱炭素化が減少をけん引した。{c['country']}内の電力使用量に占める再生可能エネルギーの割合は{c['r1']}%で、前年度の{c['r0']}%から上昇した。{d['QY']}年{Q_JA[c['q']-1]}の排出量も前年同期を{c['qp']}%下回っており、減少傾向は続いているとみられる。",
     f"{c['country']}は{c['base']}年度比で{c['tgt']}%の削減を2030年度までの目標に掲げる。{c['aja']}の試算では、目標達成には今後、年平均で昨年度のおよそ2倍のペースで排出を減らす必要がある。",
     f"一方、気候変動への適応策も急ぐ。{c['country']}は{c['FY']}年度予算で、豪雨に備えた排水路の改修や、高温から住民を守る「クーリングシェルター」の整備などに{c['F']}億円を計上した。気候関連予算の総額は{c['T']}億円に上る。",
     f"{c['mja']}{'知事' if c['cja'].endswith('県') else '市長'}（{c['age']}）は記者会見で「数字は前進を示しているが、まだ十分な速さではない。地域の企業や住民と一緒に取り組みを加速したい」と述べた。",
     f"これに対し、環境団体「{c['ngo']}」の{c['crja']}代表は「1年の結果だけで傾向とは言えない。特に運輸部門の排出は横ばいが続いており、対策の強化が必要だ」と指摘した。",
     f"{c['aja']}は、森林による吸収量を含めた確定値を来年春に公表する予定だ。",
    ]
    return title, paras

ART = {"en": art_en, "fr": art_fr, "de": art_de, "es": art_es, "ja": art_ja}

# digests -----------------------------------------------------------------------
DIG_F = """«headline»«postdate»

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 «cja»の«aja»(«abbr»)は«ann_md»(«ann_wd»)、«Y»年の温室効果ガス排出量が前年比«pct»減少したと発表した。石炭火力の稼働が減り、風力・太陽光の発電量が過去最高となった。

 主なハイライト

 排出量:«Y»年は二酸化炭素換算で«E1»トンと、前年の«E0»トンから約«diff»トン減った。

 再生可能エネルギー:発電に占める比率は«r0»から«r1»へ、«pp»上昇した。

 文脈

 削減目標:政府は2035年までに«base»比で«tgt»削減する目標を掲げる。

 適応策:«FY»の適応予算は«F»で、気候関連予算総額«T»の«share»を占める。

 «mja»(«mn»)環境相は「正しい方向に進んでいるが、まだ正しい速さではない」と述べた。

【詳細】

 排出統計

 1.全体の動向

 ・«Y»年の排出量は«E1»トン(前年«E0»トン)で、«pct»の減少となった。
 ・«QY»年«Q»も前年同期比«qp»減と、減少傾向が続いている(速報値)。

 2.電力部門

 ・再エネの発電比率は«r1»と«pp»上昇し、石炭の比率は統計開始以来の最低となった。

 政策と資金

 1.炭素市場

 ・最新の入札は«auc_md»(«auc_wd»)の現地時間«auct»(日本時間«jst»)に締め切られ、排出枠は1トンあたり«p1»と、前回(«pm»)の«p0»から«pdiff»上がった。«capline»

 2.適応策

 ・«FY2»の適応予算«F»は、«km»の海岸線の堤防や砂丘、«area»の湿地の回復に充てる。«inv_line»

 3.評価と課題

 ・«mja»環境相(«age»)は慢心を戒め、«abbr»は目標達成に昨年の約2倍の年間削減が必要とみる。«invy_line»
 ・«ngo»の«crja»(«cr»)代表は「1年の好結果で傾向は決まらない」と述べた。«person_line»

【要点】

 排出統計

 1.全体の動向

 ・«Y»年の排出量は«E1»トン、前年比«pct»減。
 ・«Q»も前年同期比«qp»減。

 2.電力部門

 ・再エネ比率は«r1»、«pp»上昇。

 政策と資金

 1.炭素市場

 ・排出枠は1トンあたり«p1»に上昇。

 2.適応策

 ・適応予算は«F»、気候関連予算の«share»。

 3.評価と課題

 ・«base»比«tgt»削減の達成には加速が必要。

【引用・参照・底本】

«title» «outlet» «cdate»

«url»
"""

DIG_J = """«headline»«postdate»

国立国会図書館デジタルコレクション「浪華百景」を加工して作成
【概要】

 «aja»は«ann_md»(«ann_wd»)、«Y»年度(«Yend»まで)の«cja»内の温室効果ガス排出量が速報値で«E1»トンとなり、前年度の«E0»トンから«pct»減ったと発表した。工場の燃料転換と、住宅や事業所への太陽光パネルの普及が主な要因としている。

 主なハイライト

 排出量:前年度からの減少量は«diff»トンで、電力の脱炭素化が減少をけん引した。

 再生可能エネルギー:電力使用量に占める再エネの割合は«r0»から«r1»へ、«pp»上昇した。

 直近の動向:«QY»年«Q»の排出量も前年同期を«qp»下回った。

 文脈

 削減目標:«cja»は2030年度までに«base»年度比で«tgt»削減する目標を掲げる。

 適応策:«FY»年度予算では適応策に«F»を計上し、気候関連予算総額«T»の«share»を占める。

 «mja»«head»は「数字は前進を示しているが、まだ十分な速さではない」と述べた。

【詳細】

 排出統計

 1.全体の動向

 ・«Y»年度の排出量(速報値)は«E1»トンで、前年度の«E0»トンから«pct»、量にして«diff»トン減少した。
 ・«QY»年«Q»も前年同期比«qp»減となり、減少傾向は続いているとみられる。

 2.部門別の状況

 ・電力の脱炭素化が減少をけん引し、再エネの割合は«r1»となった。
 ・«aja»の試算では、2030年度目標の達成には年平均で昨年度のおよそ2倍のペースで排出を減らす必要がある。

 適応策と評価

 1.適応予算

 ・«FY»年度予算に«F»を計上し、豪雨に備えた排水路の改修や、高温から住民を守る「クーリングシェルター」の整備などを進める。«inv_line»

 2.評価と課題

 ・«mja»«head»(«age»)は記者会見で、地域の企業や住民と一緒に取り組みを加速したいと語った。
 ・環境団体「«ngo»」の«crja»代表は、1年の結果だけでは傾向とは言えないと指摘し、排出の横ばいが続く運輸部門の対策強化を求めた。

 «aja»は、森林吸収量を含めた確定値を来年春に公表する予定である。

【要点】

 排出統計

 1.全体の動向

 ・«Y»年度の排出量は«E1»トン、前年度比«pct»減。
 ・«Q»も前年同期比«qp»減。

 2.部門別の状況

 ・再エネ比率は«r1»、«pp»上昇。

 適応策と評価

 1.適応予算

 ・«FY»年度予算で適応策に«F»、気候関連予算の«share»。

 2.評価と課題

 ・2030年度に«base»年度比«tgt»削減の目標達成には、削減ペースの加速が必要。

【引用・参照・底本】

«title» «outlet» «cdate»

«url»
"""

def clock12(t):
    ap = "午前" if t.hour < 12 else "午後"
    h = t.hour if t.hour <= 12 else t.hour - 12
    return f"{ap}{h}時" + (f"{t.minute}分" if t.minute else "")

def url_of(c):
    return f"https://www.{c['domain']}/climate/{c['pub'][:4]}/{c['pub'][5:7]}/{c['name'].split('-',1)[1]}"

def values(c, d, title):
    V = {}
    lang = c["lang"]
    cur = CURJA[c["cur"]]
    pj = d["postjst"]
    V["postdate"] = pj.strftime("%Y年%m月%d日 %H:%M")
    V["cja"] = c["cja"]; V["aja"] = c["aja"]; V["abbr"] = c["abbr"]
    V["ann_md"] = f"{d['ann'].day}日"; V["ann_wd"] = WD_JA[d["ann"].weekday()]
    V["Y"] = str(d["Y"]); V["QY"] = str(d["QY"]); V["Q"] = Q_JA[c["q"]-1]
    V["pct"] = f"{d['pct']}%"; V["qp"] = f"{c['qp']}%"
    V["r0"] = f"{c['r0']}%"; V["r1"] = f"{c['r1']}%"; V["pp"] = f"{d['pp']}ポイント"
    V["tgt"] = f"{c['tgt']}%"; V["mja"] = c["mja"]; V["mn"] = c["mn"]; V["cr"] = c["cr"]; V["age"] = str(c["age"]); V["crja"] = c["crja"]; V["ngo"] = c["ngoja"]
    V["share"] = d["share"]
    V["title"] = title; V["outlet"] = c["outlet"]; V["cdate"] = d["pub"].strftime("%Y.%m.%d"); V["url"] = url_of(c)
    V["inv_line"] = V["invy_line"] = V["person_line"] = V["capline"] = ""
    if lang == "ja":
        V["headline"] = f"{c['cja']}:温室ガス排出{d['pct']}%減"
        V["Y"] = str(d["Y"]); V["Yend"] = f"{d['Y']+1}年3月"
        V["E1"] = f"{c['E1']}万"; V["E0"] = f"{c['E0']}万"; V["diff"] = f"{c['E0']-c['E1']}万"
        V["base"] = str(c["base"]); V["FY"] = str(c["FY"])
        V["F"] = f"{c['F']}億円"; V["T"] = f"{c['T']}億円"
        V["head"] = "知事" if c["cja"].endswith("県") else "市長"
        return V
    V["headline"] = f"{c['cja']}:温室ガス排出{d['pct']}%減"
    V["E1"] = man(c["E1"]); V["E0"] = man(c["E0"]); V["diff"] = man(d["diff_mt"])
    V["base"] = f"{c['base']}年"
    V["p1"] = f"{c['p1']:.2f}{cur}"; V["p0"] = f"{c['p0']:.2f}{cur}"; V["pdiff"] = f"{d['pdiff']:.2f}{cur}"
    V["pm"] = f"{d['pm_year']}年{c['pm']}月"
    V["auc_md"] = f"{d['auc'].day}日"; V["auc_wd"] = WD_JA[d["auc"].weekday()]
    V["auct"] = clock12(d["aloc"]); V["jst"] = f"{d['ajst'].day}日{clock12(d['ajst'])}"
    V["FY"] = f"{c['FY']}年度"; V["FY2"] = f"{c['FY']}年度({c['FY']}年4月〜{c['FY']+1}年3月)"
    if lang == "fr":
        V["FY"] = V["FY2"] = f"{c['FY']}年"
    elif lang != "en":
        V["FY2"] = V["FY"]
    V["F"] = yen_scale(c["F"]) + cur; V["T"] = yen_scale(c["T"]) + cur
    if lang == "en":
        V["km"] = f"約{int(d['km_r'])}キロ"; V["area"] = f"約{int(d['ha_r']):,}ヘクタール".replace(",", "")
    else:
        V["km"] = f"{c['km']}キロ"; V["area"] = f"{d['km2']:g}平方キロ"
    if lang in ("en", "de"):
        V["capline"] = ""
    return V

# planted slips -------------------------------------------------------------------
def plant(m, c, d, V):
    """-> (token, occurrence, wrong text, span, correct, slip description)"""
    key, given = m[0], m[1]
    if key == "pct":
        occ = 0 if c["lang"] == "ja" else 1
        return "pct", occ, given, given, V["pct"], "percentage change altered"
    if key == "auc_day":
        w = f"{d['auc'].day+1}日"
        return "auc_md", 0, w, f"{w}({V['auc_wd']})", f"{V['auc_md']}({V['auc_wd']})", "auction day shifted by one (weekday kept)"
    if key == "ann_day":
        w = f"{d['ann'].day-1}日"
        return "ann_md", 0, w, f"{w}({V['ann_wd']})", f"{V['ann_md']}({V['ann_wd']})", "release day shifted by one (weekday kept)"
    if key == "ann_wd":
        w = WD_JA[(d["ann"].weekday()+1) % 7]
        return "ann_wd", 0, w, f"{V['ann_md']}({w})", f"{V['ann_md']}({V['ann_wd']})", "release weekday wrong"
    if key == "auc_wd":
        w = WD_JA[(d["auc"].weekday()+1) % 7]
        return "auc_wd", 0, w, f"{V['auc_md']}({w})", f"{V['auc_md']}({V['auc_wd']})", "auction weekday wrong"
    if key == "ngo_abbr":
        return "ngo", 0, given, given, V["ngo"], "unexplained abbreviation for the NGO (source never abbreviates it)"
    if key == "pp":
        return "pp", 0, given, given, V["pp"], "percentage-point change written as percent"
    if key == "jst":
        t = d["ajst"] - dt.timedelta(days=1)
        w = f"{t.day}日{clock12(t)}"
        return "jst", 0, w, w, V["jst"], "Japan-time conversion without the day shift"
    if key == "mja2":
        return "mja", -1, given, given, V["mja"], "second spelling of the minister's name"
    if key == "quarter":
        w = Q_JA[c["q"] % 4]
        return "Q", (2 if c["lang"] == "ja" else 0), w, w, V["Q"], "wrong quarter"
    if key == "share":
        r = c["F"]/c["T"]
        w = "4割" if V["share"] == "3割" else ("約3割" if "4" in V["share"] else "約5割")
        return "share", (0 if V["share"] == "3割" else 1), w, w, V["share"], f"wrong share ({c['F']}/{c['T']} = {r:.1%})"
    if key == "citation_utm":
        w = V["url"] + "?utm_source=newsletter&utm_medium=email"
        return "url", 0, w, w, V["url"], "tracking parameters left in the citation URL"
    if key == "citation_date":
        w = (d["pub"] + dt.timedelta(days=1)).strftime("%Y.%m.%d")
        return "cdate", 0, w, w, V["cdate"], "citation date one day late"
    if key == "citation_outlet":
        w = "Lakeshore Times"
        return "outlet", 0, w, w, V["outlet"], "wrong outlet name in the citation"
    if key == "miles":
        w = f"約{c['miles']}キロ"
        return "km", 0, w, w, V["km"], f"miles not converted ({c['miles']} miles = {c['miles']*1.609344:.1f} km)"
    if key == "fy":
        w = f"{c['FY']-1}年度({c['FY']-1}年4月〜{c['FY']}年3月)"
        return "FY2", 0, w, f"{c['FY']-1}年度", V["FY2"], "wrong fiscal year"
    if key == "invented":
        line = ("\n ・排水路の改修では約3000世帯の浸水被害を防げる見込みだ。" if c["lang"] == "ja"
                else f"\n ・一連の事業では{given}の雇用が生まれる見込みだという。")
        return "inv_line", 0, line, given, "(nothing in the source)", "invented figure"
    if key == "invented_year":
        line = f"\n ・{c['abbr']}は、{given}には排出が実質ゼロに近づく可能性にも言及した。"
        return "invy_line", 0, line, given, "(no decade in the source)", "invented decade"
    if key == "person":
        line = f"\n ・気候顧問の{given}氏も、沿岸部の対策を急ぐべきだと述べた。"
        return "person_line", 0, line, given, "(no such person in the source)", "invented person"
    if key == "scale":
        w = f"{round(c['E1']*10)}万"
        return "E1", 2, w, w, V["E1"], "scale slip (億/万)"
    if key == "age":
        w = str(c["age"]+3)
        return "age", 0, w, f"({w})", f"({V['age']})", "age altered"
    if key == "tgt":
        w = f"{c['tgt']-10}%"
        return "tgt", 0, w, w, V["tgt"], "target altered"
    if key == "price":
        w = f"{c['p1']+1:.2f}{CURJA[c['cur']]}"
        return "p1", 1, w, w, V["p1"], "auction price altered"
    if key == "p0":
        w = f"{c['p0']-1:.2f}{CURJA[c['cur']]}"
        return "p0", 0, w, w, V["p0"], "previous auction price altered (difference left as derived from the true one)"
    if key == "diff":
        w = man(d["diff_mt"] + 1.0)
        return "diff", 0, w, w, V["diff"], f"difference wrong ({c['E0']} - {c['E1']} = {d['diff_mt']} Mt)"
    if key == "e1":
        w = man(c["E1"] + 1.0)
        return "E1", 0, w, w, V["E1"], "emissions figure altered"
    if key == "ha":
        w = f"{c['ha']/10:g}平方キロ"
        return "area", 0, w, w, V["area"], f"unit slip ({c['ha']} ha = {c['ha']/100:g} km²)"
    if key == "r1":
        w = f"{c['r1']+2:.1f}%"
        return "r1", 1, w, w, V["r1"], "renewables share altered"
    if key == "pm":
        y, mo = d["pm_year"], c["pm"]-1
        w = f"{y}年{mo}月"
        return "pm", 0, w, w, V["pm"], "previous-auction month altered"
    raise KeyError(key)

def render(tpl, V, subs):
    """subs: {(token, occ): text}; occ -1 = last occurrence"""
    counts = {}
    total = {}
    for k in re.findall("«(\\w+)»", tpl):
        total[k] = total.get(k, 0) + 1
    def rep(mo):
        k = mo.group(1)
        i = counts.get(k, 0); counts[k] = i + 1
        for (tk, occ), txt in subs.items():
            if tk == k and (occ == i or (occ == -1 and i == total[k]-1)):
                return txt
        return V[k]
    return re.sub("«(\\w+)»", rep, tpl)

# html --------------------------------------------------------------------------
UI = {
 "en": dict(nav=["Home","World","Climate","Business","Opinion"], cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time in Privacy settings.", accept="Accept all", related="Related stories", rel=["Heatwave warnings extended across the region","Utilities bid for offshore wind leases","Opinion: the true cost of a tighter carbon cap"], foot="All rights reserved.", by="By", section="Climate"),
 "fr": dict(nav=["Accueil","Monde","Climat","Économie","Opinions"], cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.", accept="Tout accepter", related="À lire aussi", rel=["Canicule : l'alerte prolongée dans le sud","Éolien en mer : trois projets retenus","Tribune : le vrai prix du carbone"], foot="Tous droits réservés.", by="Par", section="Climat"),
 "de": dict(nav=["Startseite","Politik","Klima","Wirtschaft","Meinung"], cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.", accept="Alle akzeptieren", related="Mehr zum Thema", rel=["Hitzewarnung für das Wochenende verlängert","Windpark vor der Küste genehmigt","Kommentar: Der wahre Preis des CO2"], foot="Alle Rechte vorbehalten.", by="Von", section="Klima"),
 "es": dict(nav=["Portada","Internacional","Clima","Economía","Opinión"], cookie="Utilizamos cookies para personalizar el contenido y analizar el tráfico. Puede cambiar sus preferencias en cualquier momento.", accept="Aceptar todo", related="Noticias relacionadas", rel=["Alerta por calor extremo en la costa","Adjudicados tres parques eólicos marinos","Opinión: el precio real del carbono"], foot="Todos los derechos reservados.", by="Por", section="Clima"),
 "ja": dict(nav=["トップ","地域","環境","経済","社説"], cookie="当サイトではコンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。", accept="同意する", related="関連記事", rel=["猛暑日、過去最多ペース","洋上風力の公募に3陣営","社説:脱炭素の歩みを止めるな"], foot="無断転載を禁じます。", by="", section="環境"),
}
AUTH = {"en": "Staff reporter", "fr": "La rédaction", "de": "Redaktion", "es": "Redacción", "ja": "報道部"}

def write_spec(c, d, title, paras):
    hdr = [f"lang: {c['lang']}", f"outlet: {c['outlet']}", f"url: {url_of(c)}",
           f"published: {c['pub']}:00{c['tz']}", f"title: {title}", f"author: {AUTH[c['lang']]}"]
    (HERE/"specs").mkdir(exist_ok=True)
    (HERE/"specs"/f"{c['name']}.txt").write_text("\n".join(hdr) + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")

def read_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    h = dict(l.split(": ", 1) for l in head.splitlines())
    return h, [p for p in body.strip().split("\n\n")]

def page(h, paras):
    lang = h["lang"]; u = UI[lang]; e = html.escape
    sep = " | " if lang in ("fr", "ja") else " - "
    desc = paras[0][:150]
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": h["title"],
                     "datePublished": h["published"], "author": {"@type": "Person", "name": h["author"]},
                     "publisher": {"@type": "Organization", "name": h["outlet"]}, "mainEntityOfPage": h["url"],
                     "inLanguage": lang}, ensure_ascii=False)
    base = h["url"].split("/climate/")[0]
    navs = "\n".join(f'      <li><a href="{base}/{i}">{e(n)}</a></li>' for i, n in enumerate(u["nav"]))
    rels = "\n".join(f'      <li><a href="{base}/climate/related-{i}">{e(r)}</a></li>' for i, r in enumerate(u["rel"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    by = f'{u["by"]} {h["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(h['title'])}{sep}{e(h['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{h['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(h['outlet'])}">
  <meta property="og:title" content="{e(h['title'])}">
  <meta property="og:url" content="{h['url']}">
  <meta property="article:published_time" content="{h['published']}">
  <meta property="article:section" content="{u['section']}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{ld}</script>
</head>
<body class="article-page">
  <header class="masthead">
    <a class="logo" href="{base}/">{e(h['outlet'])}</a>
    <nav class="main-nav"><ul>
{navs}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(h['title'])}</h1>
      <p class="byline">{e(by)} · <time datetime="{h['published']}">{h['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(u['related'])}</h2>
      <ul>
{rels}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(u['cookie'])}</p>
    <button type="button">{e(u['accept'])}</button>
  </div>
  <footer class="site-footer">
    <p>© {h['published'][:4]} {e(h['outlet'])}. {e(u['foot'])}</p>
  </footer>
</body>
</html>
"""

def main():
    derived = {}
    for c in CASES:
        d = derive(c)
        title, paras = ART[c["lang"]](c, d)
        write_spec(c, d, title, paras)
        h, ps = read_spec(HERE/"specs"/f"{c['name']}.txt")
        out = HERE/"cases"/c["name"]; out.mkdir(parents=True, exist_ok=True)
        (out/"source.html").write_text(page(h, ps), encoding="utf-8")
        V = values(c, d, title)
        tpl = DIG_J if c["lang"] == "ja" else DIG_F
        subs = {}; findings = []; planted = []
        for m in c.get("muts", []):
            tok, occ, wrong, span, correct, slip = plant(m, c, d, V)
            subs[(tok, occ)] = wrong
            findings.append({"kind": m[2], "severity": m[3], "span": span})
            planted.append({"span": span, "kind": m[2], "severity": m[3], "slip": slip, "correct": correct})
        dig = render(tpl, V, subs)
        (out/"digest.txt").write_text(dig, encoding="utf-8")
        (out/"expected.json").write_text(json.dumps({"clean": not findings, "findings": findings}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        derived[c["name"]] = {"lang": c["lang"], "outlet": c["outlet"], "tz": c["tz"], "planted": planted,
                              "d": {k: str(v) for k, v in d.items()}, "V": V}
    (HERE/"derived.json").write_text(json.dumps(derived, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# grammatical agreement for names that the templates cannot know (elision, gender of the agency)
FIX = {"fr": [("de Ardennes", "d'Ardennes"), ("l'Haut", "le Haut"), ("l'HCCR", "le HCCR"), ("L'HCCR", "Le HCCR"), ("du Terres", "de Terres"), ("du Collectif", "du collectif")],
       "es": [("la Instituto", "el Instituto"), ("la INE", "el INE"), ("La INE", "El INE")],
       "de": [("das Klimarat", "der Klimarat"), ("Das KWO", "Der KWO")]}
def _fixed(f):
    def g(c, d):
        title, paras = f(c, d)
        for a, b in FIX.get(c["lang"], []):
            title = title.replace(a, b); paras = [p.replace(a, b) for p in paras]
        return title, paras
    return g
ART = {k: _fixed(v) for k, v in ART.items()}

if __name__ == "__main__":
    main()
