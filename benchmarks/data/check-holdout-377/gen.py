#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  The page chrome (nav, cookie banner,
related links, footer, title separator) varies with the case.
"""
import datetime as dt
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}

NAV = {
    "en": ["Power", "Gas", "Renewables", "Grids", "Markets", "Policy", "Opinion"],
    "fr": ["Électricité", "Gaz", "Renouvelables", "Réseaux", "Marchés", "Politique"],
    "de": ["Strom", "Gas", "Erneuerbare", "Netze", "Märkte", "Politik", "Meinung"],
    "es": ["Electricidad", "Gas", "Renovables", "Redes", "Mercados", "Política"],
    "ja": ["電力", "ガス", "再エネ", "送配電", "市場", "政策"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure our audience.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir nuestra audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Grid operators warn of tight winter margins", "Why battery storage prices keep falling", "Explainer: how capacity auctions work"]),
    "fr": ("À lire aussi", ["Les réseaux face au pic hivernal", "Le stockage par batteries change d'échelle", "Comprendre les enchères de capacité"]),
    "de": ("Mehr zum Thema", ["Netzbetreiber warnen vor knappen Reserven", "Warum Batteriespeicher billiger werden", "Erklärt: So funktionieren Ausschreibungen"]),
    "es": ("Noticias relacionadas", ["Las redes ante el pico de demanda", "El almacenamiento con baterías gana terreno", "Claves de las subastas de capacidad"]),
    "ja": ("関連記事", ["冬の需給、予備率に警戒感", "蓄電池の価格はなぜ下がるのか", "解説:容量市場の仕組み"]),
}
FOOTER = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    joiner = "" if meta["lang"] == "ja" else " "
    paras = [joiner.join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def display_time(lang, ts, zone):
    t = dt.datetime.fromisoformat(ts)
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year}, {h}:{t.minute:02d} {ap} {zone}".strip()
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour} h {t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} {zone}".strip()
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras, variant):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    sep = meta.get("sep", " - " if variant % 2 == 0 else " | ")
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ctext, cyes, cset = COOKIE[lang]
    rtitle, rlinks = RELATED[lang]
    related = "\n".join(f'        <li><a href="/story/{variant}{i}">{e(r)}</a></li>' for i, r in enumerate(rlinks))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    stamp = display_time(lang, pub, meta.get("zone", ""))
    cookie = f'''  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(ctext)}</p>
    <button class="accept">{e(cyes)}</button> <button class="settings">{e(cset)}</button>
  </div>'''
    header = f'''  <header class="site-header v{variant}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav aria-label="main">
      <ul>
{nav}
      </ul>
    </nav>
  </header>'''
    article = f'''    <article class="story">
      <p class="kicker">{e(meta.get("section", ""))}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(meta["author"])}</span> · <time datetime="{e(pub)}">{e(stamp)}</time></p>
{body}
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(rtitle)}</h2>
      <ul>
{related}
      </ul>
    </aside>'''
    main_parts = [article, aside] if variant % 3 != 1 else [aside, article]
    main = "\n".join(main_parts)
    top = [cookie, header] if variant % 2 == 0 else [header, cookie]
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{e(sep)}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get("section", ""))}">
  <meta name="author" content="{e(meta["author"])}">
  <link rel="stylesheet" href="/assets/v{variant}/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article layout-{variant % 3}">
{top[0]}
{top[1]}
  <main>
{main}
  </main>
  <footer class="site-footer">
    <p>© {pub[:4]} {e(outlet)}. {e(FOOTER[lang])}</p>
    <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a>
  </footer>
</body>
</html>
'''


def build(name):
    meta, paras = parse_spec(SPECS / f"{name}.txt")
    names = sorted(p.stem for p in SPECS.glob("*.txt"))
    return render(name, meta, paras, names.index(name))


def main():
    for spec in sorted(SPECS.glob("*.txt")):
        out = CASES / spec.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(spec.stem), encoding="utf-8")
    print(f"wrote {len(list(SPECS.glob('*.txt')))} source.html files")


if __name__ == "__main__":
    sys.exit(main())
