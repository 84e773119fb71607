"""Build check-holdout-214: specs/<name>.txt (plain article spec) -> cases/<name>/source.html,
plus hand-templated Japanese digests and expected.json. All derived values computed here."""
import datetime as dt, html, json, os, random
from zoneinfo import ZoneInfo
HERE = os.path.dirname(os.path.abspath(__file__))
JST = ZoneInfo("Asia/Tokyo")
WD_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
WD_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
WD_DE = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
WD_ES = "lunes martes miércoles jueves viernes sábado domingo".split()
WD_JA = "月火水木金土日"
MON_EN = "January February March April May June July August September October November December".split()
MON_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
MON_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MON_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()

# name, lang, outlet, domain, tz, utc offset hours, country(en), country(ja), company, company_ja, minister, minister_ja, city, city_ja
CASES = [
 ("harlow-lithography-curbs","en","Northgate Ledger","northgateledger","Pacific/Auckland",None,"Varenland","ヴァレンランド","Orvane Photonics","オルヴェイン・フォトニクス","Helena Marsk","ヘレナ・マースク","Port Edda","ポートエダ"),
 ("kestrel-memory-tariff","en","Coastline Business Daily","coastlinebiz","America/New_York",None,"Tarrovia","タロヴィア","Kestrel Memory","ケストレル・メモリー","Daniel Oyelaran","ダニエル・オイェララン","Brackwater","ブラックウォーター"),
 ("selvane-gallium-quota","en","The Meridian Post","meridianpost","Europe/London",None,"Selvane","セルヴァン","Corvid Materials","コーヴィッド・マテリアルズ","Priya Anand-Holt","プリヤ・アナンドホルト","Lunmore","ランモア"),
 ("dravik-fab-subsidy","en","Harbour Wire","harbourwire","Asia/Singapore",None,"Dravik","ドラヴィク","Tessellate Semiconductor","テセレート・セミコンダクター","Marcus Liang","マーカス・リャン","Kettering Bay","ケタリングベイ"),
 ("ostrand-license-freeze","en","Prairie Signal","prairiesignal","America/Chicago",None,"Ostrand","オストランド","Quillon Devices","キロン・デバイシズ","Ruth Calloway","ルース・キャロウェイ","Fenwick","フェンウィック"),
 ("marisol-packaging-deal","en","Pacific Trade Journal","pacifictradejournal","America/Los_Angeles",None,"Marisol Islands","マリソル諸島","Brightwell Packaging","ブライトウェル・パッケージング","Tomas Reyna","トマス・レイナ","Calder Point","カルダーポイント"),
 ("veyra-chip-smuggling","en","Eastern Standard Review","easternstandardreview","Asia/Kolkata",None,"Veyra","ヴェイラ","Ninefold Logic","ナインフォールド・ロジック","Anil Rao-Mendes","アニル・ラオメンデス","Sarnath Cove","サルナートコーブ"),
 ("bellmark-wafer-duties","en","The Commonwealth Register","commonwealthregister","Australia/Sydney",None,"Bellmark","ベルマーク","Halcyon Wafers","ハルシオン・ウェーハズ","Grace Whitford","グレース・ウィットフォード","Emmerton","エマートン"),
 ("corran-ai-chip-cap","en","Lakeshore Times","lakeshoretimes","America/Toronto",None,"Corran","コラン","Vantor AI","ヴァントールAI","Elise Fontaine","エリーズ・フォンテーヌ","Mirrow","ミロー"),
 ("tamsin-rare-earth-pact","en","Gulf Business Monitor","gulfbizmonitor","Asia/Dubai",None,"Tamsin","タムシン","Sorrel Metals","ソレル・メタルズ","Yusuf Karam","ユスフ・カラム","Al Qerra","アルケラ"),
 ("pellworth-equipment-probe","en","Highland Courier","highlandcourier","Europe/Dublin",None,"Pellworth","ペルワース","Arden Tooling","アーデン・ツーリング","Niamh Carroway","ニーヴ・キャロウェイ","Glenross","グレンロス"),
 ("quarry-bay-sensor-ban","en","Southern Cross Dispatch","southerncrossdispatch","Pacific/Auckland",None,"Quarry Bay","クオリーベイ","Lumen Arc Sensors","ルーメンアーク・センサーズ","Hemi Tautari","ヘミ・タウタリ","Rangi Point","ランギポイント"),
 ("fallon-export-surge","en","Capital Markets Herald","capitalmarketsherald","America/New_York",None,"Fallon","ファロン","Stratum Chipworks","ストラタム・チップワークス","Owen Pritchard","オーウェン・プリチャード","Newcastle Falls","ニューキャッスルフォールズ"),
 ("ardent-trade-talks","en","Borderline News","borderlinenews","America/Denver",None,"Ardent","アーデント","Kilnstone Micro","キルンストーン・マイクロ","Lucia Brandt","ルシア・ブラント","Redmesa","レッドメサ"),
 ("valmont-controle-export","fr","Le Courrier des Marchés","courrierdesmarches","Europe/Paris",None,"Valmontie","ヴァルモンティ","Sémaphore Composants","セマフォール・コンポザン","Claire Dubosc","クレール・デュボスク","Port-Aurel","ポールオーレル"),
 ("lusanne-puces-taxe","fr","L'Écho de Lusanne","echodelusanne","Europe/Zurich",None,"Lusanne","リュザンヌ","Optivar SA","オプティヴァール","Étienne Morand","エティエンヌ・モラン","Vernois","ヴェルノワ"),
 ("ouessant-accord-silicium","fr","Québec Économie","quebececonomie","America/Toronto",None,"Ouessant-Nord","北ウエサン","Boréal Silicium","ボレアル・シリシウム","Mathilde Gagnon","マチルド・ガニョン","Saint-Arbre","サンタルブル"),
 ("rhenland-chipfabrik","de","Nordkurier Wirtschaft","nordkurierwirtschaft","Europe/Berlin",None,"Rhenland","レンラント","Falkwerk Halbleiter","ファルクヴェルク半導体","Jonas Albrecht","ヨナス・アルブレヒト","Kesselstadt","ケッセルシュタット"),
 ("alpenau-exportstopp","de","Alpenländische Zeitung","alpenzeitung","Europe/Vienna",None,"Alpenau","アルペナウ","Steinbrück Optik","シュタインブリュック光学","Miriam Huber","ミリアム・フーバー","Grünfeld","グリュンフェルト"),
 ("seeland-zoll-speicher","de","Seeländer Handelsblatt","seelaenderhandelsblatt","Europe/Zurich",None,"Seeland","ゼーラント","Weissgrat Speicher","ヴァイスグラート・シュパイヒャー","Lukas Brenner","ルーカス・ブレンナー","Uferbach","ウーファーバッハ"),
 ("caldera-aranceles-chips","es","Diario del Comercio Austral","comercioaustral","America/Santiago",None,"Caldera","カルデラ","Andesil Microsistemas","アンデシル・マイクロシステマス","Valeria Ortúzar","バレリア・オルトゥサル","Puerto Alerce","プエルト・アレルセ"),
 ("norvania-litio-semis","es","El Heraldo Económico","heraldoeconomico","Europe/Madrid",None,"Norvania","ノルバニア","Tecnoplata Semiconductores","テクノプラタ半導体","Ignacio Berrocal","イグナシオ・ベロカル","Villaserena","ビジャセレナ"),
 ("aomine-kiki-kisei","ja","東洋産業ウィークリー","toyosangyoweekly","Asia/Tokyo",None,"蒼峰国","蒼峰国","三鷹精機","三鷹精機","久住直人","久住直人","北浜市","北浜市"),
 ("shirane-handotai-boeki","ja","みなと経済新聞","minatokeizai","Asia/Tokyo",None,"白嶺共和国","白嶺共和国","鳴沢エレクトロニクス","鳴沢エレクトロニクス","柴崎彩","柴崎彩","西港市","西港市"),
]
CLEAN = {c[0] for i, c in enumerate(CASES) if i % 2 == 0}

def fmt_num(x, lang, dec=1):
    s = f"{x:,.{dec}f}" if dec else f"{x:,}"
    if lang == "en" or lang == "ja": return s
    if lang == "fr": return s.replace(",", "\u202f").replace(".", ",")
    return s.replace(",", "X").replace(".", ",").replace("X", ".")

def man(n):  # Japanese notation for an integer
    oku, rest = divmod(n, 10**8); m, r = divmod(rest, 10**4)
    out = (f"{oku}億" if oku else "") + (f"{m}万" if m else "") + (str(r) if r else "")
    return out or "0"

def build(idx, c):
    name, lang, outlet, dom, tzname, _, ctry, ctry_ja, co, co_ja, mini, mini_ja, city, city_ja = c
    R = random.Random(214 * 100 + idx)
    tz = ZoneInfo(tzname)
    pub = dt.datetime(2026, R.randint(1, 10), R.randint(1, 26), R.choice([6, 7, 8, 9, 10, 14, 16, 18, 21, 22]), R.choice([0, 15, 30, 45]), tzinfo=tz)
    off = pub.utcoffset(); offh = int(off.total_seconds() // 60)
    offs = f"{'+' if offh >= 0 else '-'}{abs(offh)//60:02d}:{abs(offh)%60:02d}"
    # event: announced on a weekday earlier this week
    back = R.randint(1, 3)
    ann = (pub - dt.timedelta(days=back)).date()
    # rules take effect: local time on a later date
    eff = dt.datetime.combine(pub.date() + dt.timedelta(days=R.randint(8, 30)), dt.time(R.choice([0, 9, 12, 17, 23]), R.choice([0, 30])), tz)
    eff_j = eff.astimezone(JST)
    units = R.randint(180, 900); units_a = round(units * R.uniform(0.22, 0.78))
    share = units_a / units
    wari = round(share * 10)
    rev1 = round(R.uniform(1.2, 9.5), 1); rev2 = round(rev1 * R.uniform(1.06, 1.45), 1)
    chg = (rev2 - rev1) / rev1 * 100
    ms1 = round(R.uniform(8, 30), 1); ms2 = round(ms1 - R.uniform(0.4, 3.9), 1); pts = round(ms1 - ms2, 1)
    fy = 2026 if pub.month >= 5 else 2025
    founded = R.randint(1962, 2004); yrs = 2026 - founded
    emp = R.randint(1200, 48000)
    dist = R.randint(18, 140)  # miles (en) or km
    km = round(dist * 1.609344)
    age = R.randint(44, 67)
    pct_hit = R.choice([12, 15, 18, 20, 25, 30])
    tariff = R.choice([10, 15, 25, 35])
    q = R.choice([1, 2, 3, 4]); qmon = {1: "1〜3月期", 2: "4〜6月期", 3: "7〜9月期", 4: "10〜12月期"}[q]
    qword = {1: "first", 2: "second", 3: "third", 4: "fourth"}[q]
    # tz labels
    tzabbr = pub.tzname()
    effhm_local = eff.strftime("%H:%M")
    ja_eff = f"{eff_j.month}月{eff_j.day}日({WD_JA[eff_j.weekday()]}){eff_j.hour}時" + (f"{eff_j.minute}分" if eff_j.minute else "")
    d = dict(name=name, lang=lang, outlet=outlet, dom=dom, pub=pub, offs=offs, ann=ann, eff=eff, eff_j=eff_j, units=units, units_a=units_a,
             rev1=rev1, rev2=rev2, fy=fy, chg=chg, ms1=ms1, ms2=ms2, pts=pts, founded=founded, yrs=yrs, emp=emp, dist=dist, km=km, age=age,
             pct_hit=pct_hit, tariff=tariff, q=q, qmon=qmon, wari=wari, share=share)
    E = dict(ctry=ctry, co=co, mini=mini, city=city)
    if lang == "en":
        title = f"{ctry} tightens chip export licences as {co} warns of {pct_hit}% sales hit"
        miles = f"{dist} miles"
        effs = f"{eff.strftime('%-I:%M %p').lower().replace('am','a.m.').replace('pm','p.m.')} {eff.tzname()} on {WD_EN[eff.weekday()]}, {MON_EN[eff.month-1]} {eff.day}"
        paras = [
         f"{ctry}'s trade ministry on {WD_EN[ann.weekday()]} announced new licensing rules for exports of advanced chipmaking equipment and high-end processors, a move that {co}, the country's largest maker of lithography tools, said could cut its overseas sales by as much as {pct_hit} percent.",
         f"The rules take effect at {effs}, Trade Minister {mini}, {age}, told reporters in {city}. Shipments already in transit will be allowed to reach their buyers, but any new contract above a threshold of 2,000 units will need a licence, the minister said.",
         f"{co} shipped {units} machines last year, {units_a} of them to buyers in the Eastern Corridor, the region most exposed to the new regime. Its revenue rose to ${rev2} billion in the fiscal year ended March 31, {fy}, from ${rev1} billion a year earlier.",
         f"In the {qword} quarter of last year the company's share of the global market for deep-ultraviolet tools slipped to {ms2}%, from {ms1}% a year earlier, according to the industry group Chip Tools Council.",
         f"Founded in {founded}, {co} employs {emp:,} people, most of them at a plant {miles} north of {city}. The company said it had no plans to cut jobs but would review its investment plans for the next two years.",
         f"Partner governments were briefed before the announcement. Officials said the rules were aimed at preventing advanced equipment from being diverted to military programmes and were broadly in line with measures taken by other producing countries over the past year.",
         f"The ministry will also impose a {tariff}% duty on imports of certain legacy chips from outside the trade bloc, a step industry groups had asked for to protect domestic foundries. The duty does not cover memory chips or sensors.",
         f"Analysts were divided. \"The sales hit is real, but it will be spread over several years,\" said one equity analyst in {city}, who asked not to be named because she was not authorised to speak publicly. Others warned that customers could turn to rival suppliers.",
         f"Shares of {co} fell in early trading after the announcement before recovering some of their losses by the close. The ministry said it would publish the full list of controlled items on its website and would hold consultations with exporters during the coming weeks.",
         f"The opposition criticised the timing, saying exporters had been given too little notice. {mini} rejected the criticism, saying companies had been consulted for months and that the rules had been drafted with their input.",
        ]
        related = ["Chipmakers brace for new rules", "Port volumes rise for third month", "Opinion: trade blocs and technology"]
    elif lang == "fr":
        title = f"{ctry} durcit les licences d'exportation de puces, {co} redoute une baisse de {pct_hit} % de ses ventes"
        paras = [
         f"Le ministère du Commerce de {ctry} a annoncé {WD_FR[ann.weekday()]} de nouvelles règles de licence pour les exportations d'équipements avancés de fabrication de puces, une décision qui pourrait réduire jusqu'à {pct_hit} % les ventes à l'étranger de {co}, premier fabricant d'outils de lithographie du pays.",
         f"Les règles entreront en vigueur le {WD_FR[eff.weekday()]} {eff.day} {MON_FR[eff.month-1]} à {eff.hour} h {eff.minute:02d} (heure locale), a précisé la ministre du Commerce, {mini}, {age} ans, devant la presse à {city}. Les livraisons déjà en route pourront être achevées.",
         f"{co} a livré {units} machines l'an dernier, dont {units_a} à des clients du corridor oriental, la région la plus exposée. Son chiffre d'affaires a atteint {fmt_num(rev2, lang)} milliard{'s' if rev2 >= 2 else ''} d'euros lors de l'exercice clos le 31 mars {fy}, contre {fmt_num(rev1, lang)} milliard{'s' if rev1 >= 2 else ''} un an plus tôt.",
         f"Au {'premier' if q == 1 else ('deuxième' if q == 2 else ('troisième' if q == 3 else 'quatrième'))} trimestre de l'an dernier, sa part du marché mondial des outils à ultraviolet profond est tombée à {fmt_num(ms2, lang)} %, contre {fmt_num(ms1, lang)} % un an auparavant, selon l'organisation professionnelle Conseil des outils de puces.",
         f"Fondée en {founded}, l'entreprise emploie {fmt_num(emp, lang, 0)} personnes, pour la plupart dans une usine située à {dist} kilomètres au nord de {city}. Elle dit ne prévoir aucune suppression d'emplois mais réexaminer ses investissements des deux prochaines années.",
         f"Le ministère imposera également un droit de {tariff} % sur les importations de certaines puces de génération ancienne provenant de l'extérieur du bloc commercial. Cette taxe ne concerne ni les puces mémoire ni les capteurs.",
         f"Les gouvernements partenaires avaient été informés avant l'annonce. Selon des responsables, les règles visent à empêcher le détournement d'équipements avancés vers des programmes militaires et s'alignent sur les mesures prises par d'autres pays producteurs depuis un an.",
         f"Les analystes restent partagés. « La baisse des ventes est réelle, mais elle s'étalera sur plusieurs années », estime une analyste à {city}, qui a requis l'anonymat. D'autres craignent que les clients se tournent vers des fournisseurs concurrents.",
         f"L'opposition a dénoncé un calendrier trop serré. La ministre a rejeté ces critiques, assurant que les entreprises avaient été consultées pendant des mois et que le texte avait été rédigé avec leur concours.",
        ]
        related = ["Les fondeurs se préparent", "Le trafic portuaire progresse", "Tribune : blocs commerciaux et technologie"]
    elif lang == "de":
        title = f"{ctry} verschärft Exportlizenzen für Chips – {co} rechnet mit {pct_hit} Prozent weniger Umsatz"
        paras = [
         f"Das Handelsministerium von {ctry} hat am {WD_DE[ann.weekday()]} neue Lizenzregeln für die Ausfuhr moderner Anlagen zur Chipherstellung angekündigt. {co}, der größte Hersteller von Lithografiesystemen des Landes, erwartet dadurch einen Rückgang seines Auslandsumsatzes um bis zu {pct_hit} Prozent.",
         f"Die Regeln treten am {WD_DE[eff.weekday()]}, {eff.day}. {MON_DE[eff.month-1]}, um {eff.hour}:{eff.minute:02d} Uhr Ortszeit in Kraft, sagte Handelsministerin {mini} ({age}) vor Journalisten in {city}. Bereits verschiffte Lieferungen dürfen ihre Käufer noch erreichen.",
         f"{co} lieferte im vergangenen Jahr {units} Anlagen aus, {units_a} davon an Kunden im östlichen Korridor, der am stärksten betroffenen Region. Der Umsatz stieg im am 31. März {fy} beendeten Geschäftsjahr auf {fmt_num(rev2, lang)} Mrd. Euro, nach {fmt_num(rev1, lang)} Mrd. Euro im Vorjahr.",
         f"Im {q}. Quartal des vergangenen Jahres sank der Weltmarktanteil des Unternehmens bei Tief-Ultraviolett-Anlagen auf {fmt_num(ms2, lang)} Prozent, nach {fmt_num(ms1, lang)} Prozent ein Jahr zuvor, wie der Branchenverband Chipwerkzeugrat mitteilte.",
         f"Das {founded} gegründete Unternehmen beschäftigt {fmt_num(emp, lang, 0)} Mitarbeiter, die meisten in einem Werk {dist} Kilometer nördlich von {city}. Stellenstreichungen seien nicht geplant, die Investitionen der nächsten zwei Jahre würden aber überprüft.",
         f"Zudem erhebt das Ministerium einen Zoll von {tariff} Prozent auf bestimmte ältere Chips aus Ländern außerhalb des Handelsblocks. Speicherchips und Sensoren sind davon ausgenommen.",
         f"Partnerregierungen waren vorab informiert worden. Die Regeln sollen nach Angaben von Beamten verhindern, dass moderne Anlagen in militärische Programme umgeleitet werden, und entsprechen Maßnahmen anderer Herstellerländer aus dem vergangenen Jahr.",
         f"Analysten sind uneins. „Der Umsatzrückgang ist real, verteilt sich aber über mehrere Jahre“, sagte eine Analystin in {city}, die nicht namentlich genannt werden wollte. Andere befürchten, dass Kunden zu Konkurrenten wechseln.",
         f"Die Aktie von {co} gab nach der Ankündigung zunächst nach, machte die Verluste bis zum Handelsschluss aber teilweise wieder wett. Das Ministerium will die vollständige Liste der kontrollierten Güter auf seiner Website veröffentlichen.",
         f"Die Opposition kritisierte den Zeitplan als zu knapp. Die Ministerin wies das zurück: Die Unternehmen seien monatelang konsultiert worden und hätten an dem Text mitgewirkt.",
        ]
        related = ["Chiphersteller bereiten sich vor", "Hafenumschlag steigt erneut", "Kommentar: Handelsblöcke und Technik"]
    elif lang == "es":
        title = f"{ctry} endurece las licencias de exportación de chips y {co} prevé una caída del {pct_hit} % en ventas"
        paras = [
         f"El Ministerio de Comercio de {ctry} anunció el {WD_ES[ann.weekday()]} nuevas reglas de licencia para la exportación de equipos avanzados de fabricación de chips, una medida que, según {co}, el mayor fabricante de herramientas de litografía del país, podría recortar hasta un {pct_hit} % sus ventas en el exterior.",
         f"Las reglas entrarán en vigor el {WD_ES[eff.weekday()]} {eff.day} de {MON_ES[eff.month-1]} a las {eff.hour}:{eff.minute:02d} horas (hora local), dijo la ministra de Comercio, {mini}, de {age} años, a la prensa en {city}. Los envíos ya en tránsito podrán llegar a sus compradores.",
         f"{co} entregó {units} máquinas el año pasado, {units_a} de ellas a clientes del corredor oriental, la región más expuesta. Sus ingresos subieron a {fmt_num(rev2, lang)} mil millones de dólares en el ejercicio cerrado el 31 de marzo de {fy}, frente a {fmt_num(rev1, lang)} mil millones un año antes.",
         f"En el {'primer' if q == 1 else ('segundo' if q == 2 else ('tercer' if q == 3 else 'cuarto'))} trimestre del año pasado, su cuota del mercado mundial de herramientas de ultravioleta profundo bajó al {fmt_num(ms2, lang)} %, desde el {fmt_num(ms1, lang)} % un año antes, según la asociación sectorial Consejo de Herramientas de Chips.",
         f"Fundada en {founded}, la empresa emplea a {fmt_num(emp, lang, 0)} personas, la mayoría en una planta situada a {dist} kilómetros al norte de {city}. Dijo que no prevé despidos, pero revisará sus inversiones de los próximos dos años.",
         f"El ministerio impondrá además un arancel del {tariff} % a las importaciones de ciertos chips de generación antigua procedentes de fuera del bloque comercial. El gravamen no afecta a los chips de memoria ni a los sensores.",
         f"Los gobiernos socios fueron informados antes del anuncio. Según funcionarios, las reglas buscan impedir que equipos avanzados se desvíen a programas militares y están en línea con medidas adoptadas por otros países productores en el último año.",
         f"Los analistas están divididos. «La caída de ventas es real, pero se repartirá en varios años», dijo una analista en {city} que pidió no ser identificada. Otros temen que los clientes recurran a proveedores rivales.",
         f"La oposición criticó el calendario por considerarlo demasiado ajustado. La ministra rechazó las críticas y aseguró que las empresas fueron consultadas durante meses.",
        ]
        related = ["Los fabricantes de chips se preparan", "Sube el tráfico portuario", "Opinión: bloques comerciales y tecnología"]
    else:  # ja
        rev1_ja = int(rev1 * 1000); rev2_ja = int(rev2 * 1000)  # 億円
        d["rev1_ja"], d["rev2_ja"] = rev1_ja, rev2_ja
        title = f"{ctry}、半導体製造装置の輸出許可を厳格化 {co}「海外売上高最大{pct_hit}%減」"
        paras = [
         f"{ctry}の通商省は{ann.day}日({WD_JA[ann.weekday()]})、先端半導体製造装置の輸出に関する新たな許可制度を発表した。国内最大の露光装置メーカーである{co}は、海外売上高が最大{pct_hit}%減る可能性があるとしている。",
         f"新制度は{eff.month}月{eff.day}日({WD_JA[eff.weekday()]})午前{eff.hour}時{'' if not eff.minute else str(eff.minute)+'分'}(現地時間)に施行される。{mini}通商相({age})が{city}で記者団に明らかにした。既に輸送中の貨物は対象外とする。".replace("午前0時", "午前0時").replace("午前23時", "午後11時").replace("午前17時", "午後5時").replace("午前12時", "正午").replace("正午30分","午後0時30分"),
         f"{co}は昨年、{units}台の装置を出荷し、うち{units_a}台が東部回廊の顧客向けだった。{fy}年3月期の売上高は{rev2_ja:,}億円で、前の期の{rev1_ja:,}億円から増えた。",
         f"業界団体の半導体装置協議会によると、昨年の第{q}四半期の深紫外線装置の世界シェアは{ms2}%で、前年同期の{ms1}%から低下した。",
         f"同社は{founded}年創業で、従業員は{emp:,}人。大半が{city}の北{dist}キロメートルにある工場で働く。人員削減の予定はないが、今後2年間の投資計画を見直すという。",
         f"通商省はまた、貿易圏外から輸入する一部の旧世代半導体に{tariff}%の関税を課す。メモリーとセンサーは対象外となる。",
         f"発表前には友好国の政府に説明が行われた。当局者によると、新制度は先端装置が軍事目的に転用されるのを防ぐことが狙いで、この1年に他の生産国が講じた措置と足並みをそろえる内容だという。",
         f"アナリストの見方は分かれている。{city}のあるアナリストは「売上高の減少は現実だが、数年に分散する」と話す。一方、顧客が競合他社に流れることを懸念する声もある。",
         f"野党は周知期間が短すぎると批判した。{mini}通商相は、企業とは数カ月にわたり協議を重ねてきたと反論した。",
        ]
        related = ["半導体各社、新規制に備え", "港湾取扱量3カ月連続増", "論説:貿易圏と技術"]
    if mini.split()[0] in ("Étienne", "Ignacio", "Jonas", "Lukas"):
        for a, b in [("la ministre", "le ministre"), ("La ministre", "Le ministre"), ("la ministra", "el ministro"), ("La ministra", "El ministro"), ("Handelsministerin", "Handelsminister"), ("Die Ministerin", "Der Minister")]:
            paras = [p.replace(a, b) for p in paras]
    d.update(title=title, paras=paras, related=related, E=E)
    return d

def spec_text(d):
    return "\n".join([f"lang: {d['lang']}", f"outlet: {d['outlet']}", f"url: {url(d)}", f"published: {d['pub'].isoformat()}",
                      f"title: {d['title']}", ""] + d["paras"]) + "\n"

def url(d):
    slug = d["name"]
    return f"https://www.{d['dom']}.example/{'trade' if d['lang'] in ('en','ja') else 'economie' if d['lang']=='fr' else 'wirtschaft' if d['lang']=='de' else 'economia'}/{d['pub']:%Y/%m/%d}/{slug}"

def render(spec):
    head, body = spec.split("\n\n", 1)
    m = dict(l.split(": ", 1) for l in head.splitlines())
    paras = [p for p in body.strip().split("\n") if p]
    e = html.escape
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"], "datePublished": m["published"],
                     "author": {"@type": "Person", "name": "Staff reporter"}, "publisher": {"@type": "Organization", "name": m["outlet"]},
                     "mainEntityOfPage": m["url"]}, ensure_ascii=False)
    body_html = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <title>{e(m['title'])} - {e(m['outlet'])}</title>
  <link rel="canonical" href="{m['url']}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m['outlet'])}">
  <meta property="og:title" content="{e(m['title'])}">
  <meta property="og:url" content="{m['url']}">
  <meta property="article:published_time" content="{m['published']}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <nav class="top"><a href="/">{e(m['outlet'])}</a> <a href="/world/">World</a> <a href="/business/">Business</a> <a href="/tech/">Tech</a> <a href="/opinion/">Opinion</a></nav>
  <div id="cookie-banner" role="dialog"><p>We use cookies to personalise content and analyse traffic.</p><button>Accept all</button><button>Settings</button></div>
  <main>
    <article>
      <h1>{e(m['title'])}</h1>
      <p class="byline">Staff reporter · <time datetime="{m['published']}">{m['published']}</time></p>
{body_html}
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/r/1">Chipmakers brace for new rules</a></li><li><a href="/r/2">Port volumes rise</a></li><li><a href="/r/3">Opinion: trade and technology</a></li></ul></aside>
  </main>
  <footer><p>&copy; 2026 {e(m['outlet'])}. All rights reserved.</p><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    import digests
    for i, c in enumerate(CASES):
        d = build(i, c)
        kind = "clean" if c[0] in CLEAN else "err"
        full = f"{kind}-{c[0]}"
        os.makedirs(f"{HERE}/specs", exist_ok=True); os.makedirs(f"{HERE}/cases/{full}", exist_ok=True)
        sp = spec_text(d)
        open(f"{HERE}/specs/{full}.txt", "w").write(sp)
        open(f"{HERE}/cases/{full}/source.html", "w").write(render(sp))
        dig, findings = digests.make(d, c, url(d), kind == "err", i)
        open(f"{HERE}/cases/{full}/digest.txt", "w").write(dig)
        json.dump({"clean": kind == "clean", "findings": findings}, open(f"{HERE}/cases/{full}/expected.json", "w"), ensure_ascii=False, indent=2)
