"""Render specs/<name>.txt -> cases/<name>/source.html (all facts fictional)."""
import html, json, pathlib, sys
from datetime import datetime, timedelta, timezone

HERE = pathlib.Path(__file__).parent

WD = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "ja": ["月", "火", "水", "木", "金", "土", "日"]}
MON = {"en": ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"],
       "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"],
       "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"],
       "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]}
QW = {"en": ["first", "second", "third", "fourth"],
      "fr": ["premier", "deuxième", "troisième", "quatrième"],
      "de": ["ersten", "zweiten", "dritten", "vierten"],
      "es": ["primer", "segundo", "tercer", "cuarto"]}


def load(name):
    d = {}
    for line in (HERE / "specs" / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            k, v = line.split("=", 1)
            d[k.strip()] = v.strip()
    return d


def tz(s):
    sign = -1 if s[0] == "-" else 1
    h, m = s[1:].split(":")
    return timezone(sign * timedelta(hours=int(h), minutes=int(m)))


def facts(s):
    f = dict(s)
    f["pub_dt"] = datetime.strptime(s["pub"], "%Y-%m-%d %H:%M").replace(tzinfo=tz(s["offset"]))
    f["report_dt"] = f["pub_dt"] - timedelta(days=int(s["report_back"]))
    f["vote_dt"] = datetime.strptime(s["vote"], "%Y-%m-%d %H:%M").replace(tzinfo=tz(s["offset"]))
    for k in ("rent_old", "rent_new", "n_total", "n_burd", "units", "founded", "fy_end", "qyear", "quarter", "area", "size", "budget", "dist"):
        f[k] = int(s[k])
    for k in ("rate_old", "rate_new"):
        f[k] = float(s[k])
    return f


def num(n, lang):
    s = f"{n:,}"
    if lang == "fr":
        return s.replace(",", "\u202f")
    if lang in ("de", "es"):
        return s.replace(",", ".")
    return s


def dec(x, lang, nd=2):
    s = f"{x:.{nd}f}"
    return s if lang in ("en", "ja") else s.replace(".", ",")


def en_time(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def scale_en(m):  # budget in millions
    return f"${m/1000:g} billion" if m >= 1000 else f"${m} million"


def article(f):
    L = f["lang"]
    c, b, p, co = f["city"], f["body"], f["person"], f["company"]
    rd, vd = f["report_dt"], f["vote_dt"]
    q = f["quarter"]
    if L == "en":
        return [
            f"Average monthly rents in {c} climbed to ${num(f['rent_new'],L)} in the {QW[L][q-1]} quarter of {f['qyear']}, up from ${num(f['rent_old'],L)} a year earlier, according to a report released on {WD[L][rd.weekday()]} by the {b}.",
            f"The report, based on a survey of {num(f['n_total'],L)} renting households, found that {num(f['n_burd'],L)} of them now spend more than a third of their income on rent. Tenants' groups said the figure showed that the squeeze on {c} renters had moved well beyond low-income neighborhoods.",
            f"\u201cRents are rising faster than paychecks in almost every district we track,\u201d said {p}, {f['age']}, the observatory's research director. \u201cFamilies who rented comfortably five years ago are now choosing between a smaller apartment and a longer commute.\u201d",
            f"Borrowing costs have added to the pressure. The average 30-year fixed mortgage rate offered by lenders in the region stood at {f['rate_new']:.2f}% last month, compared with {f['rate_old']:.2f}% a year before, pushing many would-be buyers back into the rental market.",
            f"The city council is due to vote at {en_time(vd)} {f['tzname']} on {WD[L][vd.weekday()]}, {MON[L][vd.month-1]} {vd.day}, on a {scale_en(f['budget'])} housing package that would fund new affordable units and expand emergency rent assistance. Council members said the package was the largest of its kind in the city's history.",
            f"Part of the money would go to {co}, a developer founded in {f['founded']}, which plans to build {num(f['units'],L)} apartments on a {f['area']}-acre former rail yard about {f['dist']} miles from downtown. The company, whose fiscal year ends on March 31, said it expected to complete the first phase in the fiscal year ending March 31, {f['fy_end']}.",
            f"A typical new one-bedroom unit in the project would measure about {num(f['size'],L)} square feet, the company said, and roughly a third of the apartments would be reserved for households earning less than the area median income.",
            f"Critics on the council argued that the package leaned too heavily on new construction, which would take years to ease rents, and too lightly on protections for existing tenants. Landlord associations, for their part, warned that tighter rules could discourage investment in older buildings.",
            f"{p} said the observatory would publish its next quarterly survey in three months and would track whether the package, if approved, slowed the rise in rents. \u201cThe numbers will tell us quickly whether this is working,\u201d {p.split()[-1]} said.",
        ]
    if L == "fr":
        return [
            f"Le loyer mensuel moyen à {c} a atteint {num(f['rent_new'],L)} euros au {QW[L][q-1]} trimestre {f['qyear']}, contre {num(f['rent_old'],L)} euros un an plus tôt, selon un rapport publié {WD[L][rd.weekday()]} par l'{b}.",
            f"L'étude, menée auprès de {num(f['n_total'],L)} ménages locataires, montre que {num(f['n_burd'],L)} d'entre eux consacrent désormais plus d'un tiers de leurs revenus au loyer. Les associations de locataires y voient la preuve que la tension dépasse largement les quartiers populaires.",
            f"« Les loyers progressent plus vite que les salaires dans presque tous les quartiers que nous suivons », explique {p}, {f['age']} ans, directrice des études de l'observatoire. « Des familles qui louaient sans difficulté il y a cinq ans doivent aujourd'hui choisir entre un logement plus petit et un trajet plus long. »",
            f"Le coût du crédit accentue la pression. Le taux moyen des prêts immobiliers sur vingt ans s'établissait à {dec(f['rate_new'],L)} % le mois dernier, contre {dec(f['rate_old'],L)} % un an auparavant, ce qui renvoie de nombreux candidats à l'achat vers la location.",
            f"Le conseil municipal doit se prononcer le {WD[L][vd.weekday()]} {vd.day} {MON[L][vd.month-1]} à {vd.hour} h {vd.minute:02d} ({f['tzname']}) sur un plan logement de {dec(f['budget']/1000,L,1)} milliard d'euros, qui financerait de nouveaux logements abordables et renforcerait l'aide d'urgence au loyer. Les élus le présentent comme le plus important de l'histoire de la ville.",
            f"Une partie des fonds irait à {co}, un promoteur fondé en {f['founded']}, qui prévoit de construire {num(f['units'],L)} logements sur une ancienne friche ferroviaire de {f['area']} hectares, à {f['dist']} kilomètres du centre. La société, dont l'exercice se clôt le 31 mars, prévoit de livrer la première tranche au cours de l'exercice clos le 31 mars {f['fy_end']}.",
            f"Un deux-pièces neuf mesurerait en moyenne {f['size']} mètres carrés, et environ un tiers des logements serait réservé aux ménages dont les revenus sont inférieurs au revenu médian de l'agglomération.",
            f"Dans l'opposition, plusieurs élus estiment que le plan mise trop sur la construction neuve, qui mettra des années à peser sur les loyers, et pas assez sur la protection des locataires actuels. Les fédérations de propriétaires craignent, elles, qu'un encadrement plus strict ne décourage l'investissement dans l'ancien.",
            f"{p} indique que l'observatoire publiera sa prochaine enquête trimestrielle dans trois mois. « Les chiffres nous diront vite si cela fonctionne », conclut-elle.",
        ]
    if L == "de":
        return [
            f"Die durchschnittliche Monatsmiete in {c} ist im {QW[L][q-1]} Quartal {f['qyear']} auf {num(f['rent_new'],L)} Euro gestiegen, nach {num(f['rent_old'],L)} Euro ein Jahr zuvor. Das geht aus einem Bericht hervor, den das {b} am {WD[L][rd.weekday()]} veröffentlicht hat.",
            f"Für die Studie wurden {num(f['n_total'],L)} Mieterhaushalte befragt; {num(f['n_burd'],L)} von ihnen geben inzwischen mehr als ein Drittel ihres Einkommens für die Miete aus. Mietervereine sehen darin einen Beleg, dass die Belastung längst nicht mehr nur einkommensschwache Viertel trifft.",
            f"„Die Mieten steigen in fast allen Stadtteilen, die wir beobachten, schneller als die Löhne“, sagte {p} ({f['age']}), Forschungsleiter des Instituts. „Familien, die vor fünf Jahren bequem zur Miete wohnten, müssen sich heute zwischen einer kleineren Wohnung und einem längeren Arbeitsweg entscheiden.“",
            f"Auch die Finanzierungskosten erhöhen den Druck. Der durchschnittliche Zins für Immobilienkredite mit zehnjähriger Zinsbindung lag im vergangenen Monat bei {dec(f['rate_new'],L)} Prozent, nach {dec(f['rate_old'],L)} Prozent ein Jahr zuvor. Viele Kaufinteressenten weichen deshalb auf den Mietmarkt aus.",
            f"Der Stadtrat soll am {WD[L][vd.weekday()]}, {vd.day}. {MON[L][vd.month-1]}, um {vd.hour}:{vd.minute:02d} Uhr ({f['tzname']}) über ein Wohnungsbaupaket von {dec(f['budget']/1000,L,1)} Mrd. Euro abstimmen, das neue bezahlbare Wohnungen und eine ausgeweitete Mietnothilfe finanzieren soll. Es wäre das größte Programm dieser Art in der Geschichte der Stadt.",
            f"Ein Teil des Geldes ginge an {co}, einen {f['founded']} gegründeten Bauträger, der auf einem {f['area']} Hektar großen ehemaligen Bahngelände rund {f['dist']} Kilometer vom Zentrum entfernt {num(f['units'],L)} Wohnungen errichten will. Das Unternehmen, dessen Geschäftsjahr am 31. März endet, rechnet mit der Fertigstellung des ersten Bauabschnitts im Geschäftsjahr, das am 31. März {f['fy_end']} endet.",
            f"Eine neue Zweizimmerwohnung soll im Schnitt {f['size']} Quadratmeter groß sein; etwa ein Drittel der Wohnungen ist für Haushalte mit einem Einkommen unterhalb des regionalen Medians reserviert.",
            f"Kritiker im Stadtrat bemängeln, das Paket setze zu stark auf Neubau, der die Mieten erst nach Jahren dämpfen werde, und zu wenig auf den Schutz bestehender Mieter. Eigentümerverbände warnen ihrerseits, strengere Regeln könnten Investitionen in ältere Gebäude bremsen.",
            f"{p} kündigte an, das Institut werde seine nächste Quartalsumfrage in drei Monaten vorlegen. „Die Zahlen werden uns schnell zeigen, ob das wirkt“, sagte er.",
        ]
    if L == "es":
        return [
            f"El alquiler mensual medio en {c} subió hasta {num(f['rent_new'],L)} euros en el {QW[L][q-1]} trimestre de {f['qyear']}, frente a {num(f['rent_old'],L)} euros un año antes, según un informe publicado el {WD[L][rd.weekday()]} por el {b}.",
            f"El estudio, basado en una encuesta a {num(f['n_total'],L)} hogares inquilinos, revela que {num(f['n_burd'],L)} de ellos destinan ya más de un tercio de sus ingresos al alquiler. Las asociaciones de inquilinos aseguran que la presión ha desbordado los barrios de rentas bajas.",
            f"«Los alquileres suben más deprisa que los sueldos en casi todos los barrios que seguimos», afirmó {p}, de {f['age']} años, directora de estudios del observatorio. «Familias que alquilaban sin problemas hace cinco años tienen que elegir ahora entre un piso más pequeño y un trayecto más largo».",
            f"El coste de la financiación agrava la situación. El tipo medio de las hipotecas a tipo fijo se situó el mes pasado en el {dec(f['rate_new'],L)}%, frente al {dec(f['rate_old'],L)}% de un año antes, lo que empuja a muchos compradores potenciales de vuelta al alquiler.",
            f"El pleno municipal votará el {WD[L][vd.weekday()]} {vd.day} de {MON[L][vd.month-1]} a las {vd.hour}:{vd.minute:02d} ({f['tzname']}) un plan de vivienda de {num(f['budget'],L)} millones de euros que financiaría nuevas viviendas asequibles y ampliaría las ayudas de urgencia al alquiler. Los concejales lo describen como el mayor de la historia de la ciudad.",
            f"Parte del dinero iría a {co}, una promotora fundada en {f['founded']}, que prevé construir {num(f['units'],L)} viviendas en unos antiguos terrenos ferroviarios de {f['area']} hectáreas, a {f['dist']} kilómetros del centro. La empresa, cuyo ejercicio fiscal termina el 31 de marzo, espera terminar la primera fase en el ejercicio que concluye el 31 de marzo de {f['fy_end']}.",
            f"Un piso nuevo de un dormitorio tendría de media {f['size']} metros cuadrados, y alrededor de un tercio de las viviendas se reservaría a hogares con ingresos inferiores a la mediana de la zona.",
            f"Los críticos en el pleno sostienen que el plan apuesta demasiado por la obra nueva, que tardará años en moderar los precios, y demasiado poco por la protección de los inquilinos actuales. Las asociaciones de propietarios advierten de que unas normas más estrictas podrían frenar la inversión en edificios antiguos.",
            f"{p} señaló que el observatorio publicará su próxima encuesta trimestral dentro de tres meses. «Las cifras nos dirán pronto si esto funciona», concluyó.",
        ]
    if L == "ja":
        return [
            f"{c}の賃貸住宅の平均月額家賃は{f['qyear']}年{q*3-2}〜{q*3}月期に{num(f['rent_new'],L)}円となり、前年同期の{num(f['rent_old'],L)}円から上昇した。{b}が{rd.day}日（{WD[L][rd.weekday()]}）に公表した報告書で明らかになった。",
            f"報告書は賃貸世帯{num(f['n_total'],L)}世帯を対象とした調査に基づくもので、このうち{num(f['n_burd'],L)}世帯が収入の3分の1超を家賃に充てていると回答した。借家人団体は、負担の重さが低所得地域にとどまらなくなっていると指摘している。",
            f"同研究所の調査部長を務める{p}氏（{f['age']}）は「私たちが追跡しているほぼすべての地区で、家賃の伸びが賃金の伸びを上回っている。5年前には余裕をもって借りられた家族が、今では狭い部屋か長い通勤かの選択を迫られている」と話す。",
            f"借入コストの上昇も重荷となっている。地域の金融機関が提示する住宅ローンの平均金利（固定・35年）は先月{f['rate_new']:.2f}％と、1年前の{f['rate_old']:.2f}％から上昇し、購入を検討していた層の多くが賃貸市場にとどまっている。",
            f"市議会は{vd.month}月{vd.day}日（{WD[L][vd.weekday()]}）午後{vd.hour-12}時{vd.minute:02d}分から、総額{f['budget']}億円の住宅対策を採決する予定だ。手頃な家賃の住宅の新設と緊急家賃補助の拡充を柱とし、市として過去最大規模となる。",
            f"資金の一部は{f['founded']}年創業の開発会社{co}に充てられる。同社は中心部から約{f['dist']}キロメートル離れた旧貨物駅跡地{f['area']}ヘクタールに{num(f['units'],L)}戸の集合住宅を建設する計画で、第1期の完成は{f['fy_end']}年3月期を見込む。",
            f"新築の1LDKは平均{f['size']}平方メートルで、全体の約3分の1を地域の所得中央値を下回る世帯向けに確保するという。",
            f"一方、市議会の一部からは、完成まで年数のかかる新築に偏り、既存の借家人の保護が手薄だとの批判が出ている。家主団体は、規制強化が古い建物への投資を冷え込ませかねないと警戒する。",
            f"{p}氏は、次回の四半期調査を3カ月後に公表し、対策の効果を検証すると述べた。「効果が出ているかどうかは、数字がすぐに教えてくれる」",
        ]
    raise ValueError(L)


NAV = {"en": ["Home", "News", "Business", "Property", "Opinion", "Sport"],
       "fr": ["Accueil", "Actualités", "Économie", "Immobilier", "Opinions", "Sports"],
       "de": ["Start", "Nachrichten", "Wirtschaft", "Immobilien", "Meinung", "Sport"],
       "es": ["Portada", "Noticias", "Economía", "Vivienda", "Opinión", "Deportes"],
       "ja": ["トップ", "ニュース", "経済", "住まい", "オピニオン", "スポーツ"]}
COOKIE = {"en": "We use cookies to improve your experience. Accept all?",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter ?",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. Alle akzeptieren?",
          "es": "Usamos cookies para mejorar su experiencia. ¿Aceptar todas?",
          "ja": "当サイトはクッキーを使用しています。同意しますか？"}
RELATED = {"en": ["Five neighborhoods where rents are still falling", "Mortgage lenders tighten rules for first-time buyers"],
           "fr": ["Cinq quartiers où les loyers baissent encore", "Les banques durcissent l'accès au crédit"],
           "de": ["Fünf Viertel, in denen die Mieten noch sinken", "Banken verschärfen Kreditvergabe"],
           "es": ["Cinco barrios donde el alquiler aún baja", "Los bancos endurecen las hipotecas"],
           "ja": ["家賃がまだ下がっている5つの地区", "住宅ローン審査、初回購入者に厳しく"]}


def render(name):
    s = load(name)
    f = facts(s)
    L = f["lang"]
    paras = article(f)
    title, outlet, url = s["title"], s["outlet"], s["url"]
    pub = f["pub_dt"].isoformat()
    desc = html.escape(paras[0][:150])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": pub, "author": {"@type": "Person", "name": s["author"]},
                     "publisher": {"@type": "Organization", "name": outlet},
                     "mainEntityOfPage": url}, ensure_ascii=False)
    nav = "\n".join(f'      <li><a href="/{i}/">{html.escape(n)}</a></li>' for i, n in enumerate(NAV[L]))
    rel = "\n".join(f'      <li><a href="/related/{i}">{html.escape(r)}</a></li>' for i, r in enumerate(RELATED[L]))
    body = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in paras)
    out = f"""<!DOCTYPE html>
<html lang="{L}">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} - {html.escape(outlet)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{html.escape(outlet)}">
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{pub}">
  <meta name="author" content="{html.escape(s['author'])}">
  <script type="application/ld+json">{ld}</script>
</head>
<body>
  <div id="cookie-banner"><p>{html.escape(COOKIE[L])}</p><button>OK</button></div>
  <header><a class="brand" href="/">{html.escape(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{html.escape(title)}</h1>
      <p class="byline">{html.escape(s['author'])} · <time datetime="{pub}">{s['pub']} ({s['tzname_pub']})</time></p>
{body}
    </article>
    <aside class="related"><h2>{'関連記事' if L == 'ja' else 'Related'}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>© {f['pub_dt'].year} {html.escape(outlet)}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"""
    d = HERE / "cases" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "source.html").write_text(out, encoding="utf-8")
    return f, paras


if __name__ == "__main__":
    for p in sorted((HERE / "specs").glob("*.txt")):
        if len(sys.argv) == 1 or p.stem in sys.argv[1:]:
            render(p.stem)
