#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-380).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. Four page chromes are rotated by case index so the
layout varies (title separator, nav, cookie banner, related links, footer).
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAVS = [
    ["Airlines", "Airports", "Fares", "Fuel", "Orders", "Opinion"],
    ["News", "Markets", "Travel", "Industry", "Data"],
    ["Home", "Aviation", "Business", "World", "Podcasts", "Newsletters"],
    ["Latest", "Carriers", "Hubs", "Manufacturers", "Analysis"],
]
LOCAL_NAV = {
    "fr": ["Accueil", "Compagnies", "Aéroports", "Tarifs", "Industrie"],
    "de": ["Startseite", "Airlines", "Flughäfen", "Industrie", "Meinung"],
    "es": ["Portada", "Aerolíneas", "Aeropuertos", "Tarifas", "Industria"],
    "ja": ["トップ", "航空会社", "空港", "運賃", "燃料"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and to measure audiences.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience.",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern.",
    "es": "Utilizamos cookies para mejorar su experiencia.",
    "ja": "当サイトはクッキーを使用しています。",
}
ACCEPT = {"en": "Accept", "fr": "Accepter", "de": "Akzeptieren", "es": "Aceptar", "ja": "同意する"}
RELATED = {
    "en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionado", "ja": "関連記事",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras, idx):
    e = html.escape
    lang = meta["lang"]
    v = idx % 4
    sep = " - " if v in (0, 2) else " | "
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub = meta["published"]
    dt = datetime.fromisoformat(pub)
    nav = LOCAL_NAV.get(lang, NAVS[v])
    desc = paras[0][:160]
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": pub,
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url,
        "inLanguage": lang,
    }
    site = url.split("/", 3)[:3]
    base = "/".join(site)
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{lang}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)}{sep}{e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{pub}">')
    w(f'  <meta property="article:section" content="{e(meta.get("section", "News"))}">')
    w(f'  <meta name="author" content="{e(meta["author"])}">')
    w(f'  <link rel="stylesheet" href="/assets/v{v + 2}/main.css">')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    w(f'<body class="page-article chrome-{v}">')
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p>'
              f'<button>{e(ACCEPT[lang])}</button></div>')
    if v in (0, 3):
        w(cookie)
    w('  <header class="site-header">')
    w(f'    <a class="logo" href="{base}/">{e(outlet)}</a>')
    w('    <nav class="primary"><ul>')
    for n in nav:
        w(f'      <li><a href="{base}/{e(n.lower())}/">{e(n)}</a></li>')
    w("    </ul></nav>")
    if v == 2:
        w('    <form class="search" action="/search"><input name="q" type="search"></form>')
    w("  </header>")
    w('  <main class="content">')
    w("    <article>")
    w(f'      <p class="section-label">{e(meta.get("section", "News"))}</p>')
    w(f"      <h1>{e(title)}</h1>")
    if meta.get("standfirst"):
        w(f'      <p class="standfirst">{e(meta["standfirst"])}</p>')
    w(f'      <p class="byline">{e(meta["author"])} · <time datetime="{pub}">{e(meta["dateline"])}</time></p>')
    for p in paras:
        w(f"      <p>{e(p)}</p>")
    w("    </article>")
    if related:
        w('    <aside class="related">')
        w(f"      <h2>{e(RELATED[lang])}</h2>")
        w("      <ul>")
        for i, r in enumerate(related):
            w(f'        <li><a href="{base}/story/{idx * 10 + i + 1}">{e(r)}</a></li>')
        w("      </ul>")
        w("    </aside>")
    w("  </main>")
    if v in (1, 2):
        w(cookie)
    w('  <footer class="site-footer">')
    w(f"    <p>&copy; {dt.year} {e(outlet)}</p>")
    w(f'    <p><a href="{base}/about/">About</a> · <a href="{base}/privacy/">Privacy</a> · <a href="{base}/contact/">Contact</a></p>')
    w("  </footer>")
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def build(check=False):
    specs = sorted((HERE / "specs").glob("*.txt"))
    stale = []
    for idx, sp in enumerate(specs):
        name = sp.stem
        meta, paras = parse_spec(sp)
        page = render(name, meta, paras, idx)
        dst = HERE / "cases" / name / "source.html"
        if check:
            if not dst.exists() or dst.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_text(page, encoding="utf-8")
    return stale


if __name__ == "__main__":
    if "--check" in sys.argv:
        s = build(check=True)
        print("stale:", s if s else "none")
        sys.exit(1 if s else 0)
    build()
    print("generated", len(list((HERE / "specs").glob("*.txt"))), "pages")
