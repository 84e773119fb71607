#!/usr/bin/env python3
"""check-holdout-306: build cases/<name>/source.html from specs/<name>.txt and
write cases/<name>/expected.json from FINDINGS below.

digest.txt files are hand-written and live in cases/<name>/ directly.
Run from anywhere: python3 gen.py
"""
import html
import json
import pathlib
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent

# Planted findings per err case (span must stand verbatim in digest.txt).
FINDINGS = {
    "err-brookfield-fixed-rates": [
        ("mismatch", "error", "0.25%"),
        ("mismatch", "error", "2024年4〜6月期"),
        ("citation", "warning", "2026.10.21"),
    ],
    "err-kellbach-mietspiegel": [
        ("mismatch", "error", "23日(水)"),
        ("mismatch", "error", "120億ユーロ"),
        ("name", "warning", "KWG"),
    ],
    "err-hollins-reit-quarter": [
        ("mismatch", "error", "4〜6月期"),
        ("mismatch", "error", "96.8%"),
        ("unsupported", "warning", "約2100人"),
    ],
    "err-yakumodai-akiya": [
        ("mismatch", "error", "2028年度"),
        ("mismatch", "error", "17.4%"),
        ("citation", "warning",
         "https://www.koshiji-nippo.example/news/local/20261029-akiya-yakumodai"
         "?utm_source=line&utm_medium=social&utm_campaign=share"),
    ],
    "err-garonne-credit-immobilier": [
        ("mismatch", "error", "約3分の1"),
        ("mismatch", "error", "16日午前3時"),
        ("spelling", "warning", "マルケティ"),
    ],
    "err-sarnheim-wohngeld": [
        ("mismatch", "error", "(45)"),
        ("mismatch", "error", "2680世帯"),
        ("unsupported", "warning", "約21万人"),
    ],
    "err-santelmo-creditos": [
        ("mismatch", "error", "1〜6月"),
        ("mismatch", "error", "17%"),
        ("name", "warning", "ロドリゴ・サラス"),
    ],
    "err-lakeshore-delinquency": [
        ("mismatch", "error", "6万2100件"),
        ("mismatch", "error", "19日午前0時"),
        ("spelling", "warning", "ウィットフィールド"),
    ],
    "err-harbourview-interim": [
        ("mismatch", "error", "2026年3月期"),
        ("mismatch", "error", "約52平方メートル"),
        ("citation", "warning", "Kowloon Herald"),
    ],
    "err-ashbridge-build-to-rent": [
        ("mismatch", "error", "26日(水)"),
        ("mismatch", "error", "約3割"),
        ("name", "warning", "BTR"),
    ],
    "err-fortcarrow-condo-prices": [
        ("mismatch", "error", "32万5500ドル"),
        ("mismatch", "error", "2〜5%"),
        ("spelling", "warning", "マッカリスター"),
    ],
    "err-kaimoana-consents": [
        ("mismatch", "error", "9月"),
        ("mismatch", "error", "月640NZドル"),
        ("unsupported", "warning", "1990年代"),
    ],
}

UI = {
    "en": dict(nav=["Home", "News", "Business", "Property", "Opinion", "Sport"],
               cookie="We use cookies to personalise content and ads and to analyse our traffic. By continuing you agree to our cookie policy.",
               accept="Accept all", manage="Manage preferences", related="More on this story",
               rel=["Five things to check before you sign a lease", "Interest rates: what the next move means for you", "Letters: the housing question"],
               foot="All rights reserved.", links=["About us", "Contact", "Privacy", "Terms"], by="By"),
    "fr": dict(nav=["Accueil", "Actualité", "Économie", "Immobilier", "Opinions", "Sports"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés. En poursuivant, vous acceptez leur utilisation.",
               accept="Tout accepter", manage="Paramétrer", related="À lire aussi",
               rel=["Logement : ce qui change au 1er janvier", "Taux d'intérêt : faut-il renégocier son prêt ?", "Tribune : la crise du logement n'est pas une fatalité"],
               foot="Tous droits réservés.", links=["Qui sommes-nous", "Contact", "Données personnelles", "Mentions légales"], by="Par"),
    "de": dict(nav=["Startseite", "Lokales", "Wirtschaft", "Wohnen", "Meinung", "Sport"],
               cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Alle akzeptieren“ stimmen Sie zu.",
               accept="Alle akzeptieren", manage="Einstellungen", related="Mehr zum Thema",
               rel=["Nebenkosten: So prüfen Sie Ihre Abrechnung", "Bauzinsen: Was Käufer jetzt wissen müssen", "Kommentar: Wohnen darf kein Luxus sein"],
               foot="Alle Rechte vorbehalten.", links=["Impressum", "Kontakt", "Datenschutz", "AGB"], by="Von"),
    "es": dict(nav=["Portada", "Local", "Economía", "Vivienda", "Opinión", "Deportes"],
               cookie="Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarle publicidad personalizada. Si continúa navegando, acepta su uso.",
               accept="Aceptar", manage="Configurar", related="Más noticias",
               rel=["Cinco claves antes de firmar un contrato de alquiler", "Hipotecas: ¿fija o variable?", "Opinión: la vivienda, asignatura pendiente"],
               foot="Todos los derechos reservados.", links=["Quiénes somos", "Contacto", "Privacidad", "Aviso legal"], by="Por"),
    "ja": dict(nav=["トップ", "社会", "経済", "住まい", "オピニオン", "スポーツ"],
               cookie="当サイトでは、利便性向上と広告配信のためにクッキーを使用しています。引き続き閲覧することで、クッキーの使用に同意したものとみなします。",
               accept="同意する", manage="設定", related="関連記事",
               rel=["住宅ローン、変動か固定か 専門家に聞く", "家賃の値上げを求められたら", "空き家の相続、早めの備えを"],
               foot="無断転載を禁じます。", links=["会社概要", "お問い合わせ", "個人情報保護方針", "利用規約"], by=""),
}
SEP = {"en": " - ", "fr": " | ", "de": " | ", "es": " | ", "ja": " | "}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    lang = meta["lang"]
    ui = UI[lang]
    e = html.escape
    title = meta["title"]
    outlet = meta["outlet"]
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    host = meta["url"].split("/")[2]
    desc = paras[0][:155]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": [{"@type": "Person", "name": meta["author"]}],
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": f"https://{host}/static/img/logo.png"}},
          "mainEntityOfPage": meta["url"], "articleSection": meta["section"], "description": desc}
    if lang == "ja":
        shown = f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}:{dt.minute:02d}"
    elif lang == "en":
        shown = dt.strftime("%B %d, %Y %H:%M") + " (UTC" + pub[-6:] + ")"
    else:
        shown = dt.strftime("%d.%m.%Y %H:%M")
    nav = "\n".join(f'      <li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'      <li><a href="https://{host}/r/{i + 1}">{e(t)}</a></li>' for i, t in enumerate(ui["rel"]))
    foot = " · ".join(f'<a href="/{l.lower().replace(" ", "-")}">{e(l)}</a>' for l in ui["links"])
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{SEP[lang]}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="manage">{e(ui['manage'])}</button>
  </div>
  <header class="masthead">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav aria-label="main">
    <ul>
{nav}
    </ul>
    </nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{pub}">{e(shown)}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer>
    <p>{foot}</p>
    <p>© {dt.year} {e(outlet)}. {e(ui['foot'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")
        fs = FINDINGS.get(name, [])
        exp = {"clean": not fs,
               "findings": [{"kind": k, "severity": s, "span": sp} for k, s, sp in fs]}
        (d / "expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "cases")


if __name__ == "__main__":
    main()
