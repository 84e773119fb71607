#!/usr/bin/env python3
"""check-holdout-329: build cases/<name>/source.html from specs/<name>.txt and
cases/<name>/expected.json from FINDINGS below. digest.txt files are written by
hand and kept as they are. Run from anywhere: python3 gen.py"""
import datetime as dt
import html
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

# (kind, severity, span, slip with the correct value)
F = {}
F['err-northmoor-robotaxi'] = [("mismatch","error","8月3日(火)","weekday: 3 August is a Monday, source 'Monday 3 August' → 8月3日(月)"),
 ("mismatch","error","第3四半期","quarter: source 'second quarter' → 第2四半期 (4〜6月期)"),
 ("name","warning","マーク・エルトン","invented person: no spokesperson named in the source")]
F['err-vaudrey-taxi-electrique'] = [("mismatch","error","16日(火)","date: 'mardi' before Wed 16 Sep publication = 15日(火)"),
 ("mismatch","error","発注時に4割","share: source 60 % at order → 6割"),
 ("spelling","warning","ルスュール","second spelling of ルシュール (Lesueur)")]
F['err-port-kestrel-scooters'] = [("mismatch","error","時速10キロ","speed: source 15km/h → 時速15キロ"),
 ("mismatch","error","約3回に1回","share: source 'about one in five trips' → 約5回に1回"),
 ("citation","warning","2026.02.17","citation date: published 18 Feb 2026 in the outlet's zone (+11:00) → 2026.02.18")]
F['err-kronsfeld-mietwagen'] = [("mismatch","error","1キロあたり2.60ユーロ","figure: source 2,40 Euro je Kilometer → 1キロあたり2.40ユーロ"),
 ("mismatch","error","6%上昇","percent vs points: source 'um sechs Prozentpunkte' → 6ポイント上昇"),
 ("name","warning","PBefG","abbreviation the source never gives (it names only the Personenbeförderungsgesetz)")]
F['err-valdemora-eurotaxi'] = [("mismatch","error","10月30日","date: applications close 30 September → 9月30日"),
 ("mismatch","error","平均30分","figure: source waits 40 minutes on average → 平均40分"),
 ("unsupported","warning","2019年から","invented year: the source gives no date for the association's demands")]
F['err-hinokura-unchin'] = [("mismatch","error","10月1日(水)","weekday: 1 October 2026 is a Thursday → 10月1日(木)"),
 ("mismatch","error","18.1%","figure: source average revision rate 11.8% → 11.8%"),
 ("spelling","warning","日の倉交通","second spelling of 日ノ倉交通")]
F['err-brueckenau-carsharing'] = [("mismatch","error","2026年末","year: source 'bis Ende 2027' → 2027年末"),
 ("mismatch","error","4〜6月期","quarter: source 'im dritten Quartal' → 7〜9月期"),
 ("citation","warning","https://www.brueckenauer-tageblatt.example/region/stadtauto-carsharing-neue-stationen?utm_source=newsletter&utm_medium=email&utm_campaign=region_0414&nl_uid=58213","citation URL carries newsletter tracking parameters")]
F['err-ranjpur-e-autos'] = [("mismatch","error","2027年3月期末","fiscal year: source 'by the end of 2027-28' → 2028年3月期末 (2027年度末)"),
 ("mismatch","error","48億ルピー","scale: Rs 48 crore = 4億8000万ルピー"),
 ("unsupported","warning","200カ所","invented figure: the source says the department gave no numbers for new charging points")]
F['err-greyhaven-driver-strike'] = [("mismatch","error","日本時間16日午後9時","time zone: 6 a.m. CDT (UTC-5) on the 16th = 日本時間16日午後8時"),
 ("mismatch","error","1キロあたり1.35ドル","unit: source $1.35 per mile (≈1キロあたり0.84ドル) → 1マイルあたり1.35ドル"),
 ("name","warning","GDU","abbreviation the source never gives (it names only Greyhaven Drivers United)")]
F['err-ruanui-bike-share'] = [("mismatch","error","500台増","difference: 600 → 1,000 bikes is 400台増"),
 ("mismatch","error","委員長(55)","age: source 'Councillor Mere Tūhoe, 52' → (52)"),
 ("citation","warning","Ruanui Herald","citation outlet: the page's outlet is Ruanui Times")]
F['err-maple-falls-microtransit'] = [("mismatch","error","年平均472万ドル","derived value: $18.6m over five years = 年平均372万ドル"),
 ("mismatch","error","午前5時〜午後11時","time: source 'from 5 a.m. to midnight' → 午前5時〜深夜0時 (午前0時)"),
 ("spelling","warning","ルートワイス","second spelling of ルートワイズ (Routewise)")]
F['err-zoomly-q3-results'] = [("mismatch","error","1180億ドル","scale: gross bookings $11.8 billion = 118億ドル"),
 ("mismatch","error","122億〜128億ドル","range: source guidance $12.2 billion to $12.6 billion → 122億〜126億ドル"),
 ("unsupported","warning","従業員3万人","invented figure: the source gives no headcount")]

UI = {
    "en": dict(nav=["News", "Business", "Transport", "Sport", "Opinion", "Weather"],
               cookie="We use cookies to keep this site working, to measure traffic and to personalise ads. You can change your choice at any time.",
               accept="Accept all", reject="Reject optional cookies", related="Related stories",
               rel=["Council budget: what changes for commuters", "Letters: our readers on the new bus lanes", "Weekend road closures announced"],
               footer=["About us", "Contact", "Terms", "Privacy", "Advertise"], rights="All rights reserved.", by="By"),
    "fr": dict(nav=["Actualités", "Économie", "Transports", "Sports", "Culture", "Opinions"],
               cookie="Nous utilisons des cookies pour assurer le bon fonctionnement du site, mesurer l'audience et personnaliser la publicité. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", related="À lire aussi",
               rel=["Travaux : la circulation perturbée sur le boulevard", "Budget : les priorités de la métropole", "Météo : un week-end pluvieux"],
               footer=["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité", "Publicité"], rights="Tous droits réservés.", by="Par"),
    "de": dict(nav=["Lokales", "Wirtschaft", "Verkehr", "Sport", "Kultur", "Meinung"],
               cookie="Wir verwenden Cookies, um unsere Website zu betreiben, Zugriffe zu analysieren und Werbung zu personalisieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", related="Mehr zum Thema",
               rel=["Baustelle: Vollsperrung am Wochenende", "Haushalt: Wo der Kreis sparen will", "Leserbriefe zum Nahverkehr"],
               footer=["Impressum", "Kontakt", "AGB", "Datenschutz", "Mediadaten"], rights="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(nav=["Ciudad", "Economía", "Movilidad", "Deportes", "Cultura", "Opinión"],
               cookie="Utilizamos cookies propias y de terceros para el funcionamiento del sitio, analizar el tráfico y mostrar publicidad personalizada. Puede cambiar su configuración en cualquier momento.",
               accept="Aceptar todo", reject="Rechazar", related="Te puede interesar",
               rel=["Obras en el centro: cortes de tráfico esta semana", "El pleno aprueba el presupuesto", "Previsión del tiempo para el fin de semana"],
               footer=["Quiénes somos", "Contacto", "Aviso legal", "Privacidad", "Publicidad"], rights="Todos los derechos reservados.", by="Por"),
    "ja": dict(nav=["ニュース", "経済", "地域", "スポーツ", "くらし", "社説"],
               cookie="当サイトはサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
               accept="同意する", reject="必要なもののみ", related="関連記事",
               rel=["市バス路線、来春に再編へ", "県議会、補正予算案を可決", "週末は広い範囲で雨"],
               footer=["会社案内", "お問い合わせ", "利用規約", "個人情報保護方針", "広告掲載"], rights="無断転載を禁じます。", by=""),
}
WD = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
      "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
      "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
      "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
      "ja": list("月火水木金土日")}
MONTH = {"fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
         "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
         "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()}


def read_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    meta["paragraphs"] = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta


def display_time(lang, t):
    wd = WD[lang][t.weekday()]
    if lang == "en":
        return f"{wd} {t.day} {t.strftime('%B %Y')} {t.strftime('%H:%M')}"
    if lang == "fr":
        return f"Publié le {wd} {t.day} {MONTH['fr'][t.month-1]} {t.year} à {t.hour} h {t.minute:02d}"
    if lang == "de":
        return f"{wd}, {t.day}. {MONTH['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{wd}, {t.day} de {MONTH['es'][t.month-1]} de {t.year}, {t.hour}:{t.minute:02d}"
    return f"{t.year}年{t.month}月{t.day}日（{wd}）{t.hour}:{t.minute:02d}"


def page(name, m, i):
    lang = m["lang"]
    ui = UI[lang]
    e = html.escape
    t = dt.datetime.fromisoformat(m["published"])
    sep = " | " if i % 2 else " - "
    home = "/".join(m["url"].split("/")[:3])
    desc = m["paragraphs"][0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": m["title"],
          "datePublished": m["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": m["author"]},
          "publisher": {"@type": "Organization", "name": m["outlet"], "url": home},
          "mainEntityOfPage": m["url"], "articleSection": m["section"]}
    nav = "\n".join(f'      <li><a href="/{k}/">{e(n)}</a></li>' for k, n in enumerate(ui["nav"]))
    rel = "\n".join(f'      <li><a href="{home}/story/{1000 + 37 * i + k}">{e(r)}</a></li>' for k, r in enumerate(ui["rel"]))
    foot = "\n".join(f'      <li><a href="/page/{k}">{e(f)}</a></li>' for k, f in enumerate(ui["footer"]))
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in m["paragraphs"])
    by = f'{ui["by"]} {m["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(m["title"])}{sep}{e(m["outlet"])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(m["url"])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(m["outlet"])}">
  <meta property="og:title" content="{e(m["title"])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(m["url"])}">
  <meta property="article:published_time" content="{m["published"]}">
  <meta property="article:section" content="{e(m["section"])}">
  <meta name="author" content="{e(m["author"])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script src="/assets/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="page-article">
  <header class="masthead">
    <a class="logo" href="/">{e(m["outlet"])}</a>
    <nav class="primary"><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="section">{e(m["section"])}</p>
      <h1>{e(m["title"])}</h1>
      <p class="byline">{e(by)} · <time datetime="{m["published"]}">{e(display_time(lang, t))}</time></p>
{paras}
    </article>
    <aside class="related">
      <h2>{e(ui["related"])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div class="cookie-banner" id="consent" role="dialog">
    <p>{e(ui["cookie"])}</p>
    <button type="button">{e(ui["accept"])}</button> <button type="button">{e(ui["reject"])}</button>
  </div>
  <footer>
    <ul>
{foot}
    </ul>
    <p>&copy; {t.year} {e(m["outlet"])}. {e(ui["rights"])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sorted(p.stem for p in SPECS.glob("*.txt"))
    for i, name in enumerate(names):
        m = read_spec(SPECS / f"{name}.txt")
        d = CASES / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(page(name, m, i), encoding="utf-8")
        if name.startswith("clean-"):
            exp = {"clean": True, "findings": []}
        else:
            exp = {"clean": False, "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp, _ in F[name]]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} cases")


if __name__ == "__main__":
    main()
