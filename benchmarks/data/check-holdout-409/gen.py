#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines (lang, outlet, url, published with a
UTC offset, title, author, section, sep, chrome, timezone label), a line `---`,
then the article paragraphs separated by blank lines.
"""
import datetime as dt
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Housing", "Business", "City Hall", "Opinion", "Sport"],
    "fr": ["Actualités", "Logement", "Économie", "Région", "Débats", "Sports"],
    "de": ["Politik", "Wohnen", "Wirtschaft", "Region", "Meinung", "Sport"],
    "es": ["Portada", "Vivienda", "Economía", "Región", "Opinión", "Deportes"],
    "ja": ["総合", "住まい", "経済", "地域", "オピニオン", "スポーツ"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and measure traffic.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Landlords push back on new licensing fees", "How the city counts empty homes", "Mortgage rates ease for a third month"]),
    "fr": ("À lire aussi", ["Les propriétaires contestent la nouvelle taxe", "Comment mesurer la vacance des logements", "Les taux immobiliers reculent encore"]),
    "de": ("Mehr zum Thema", ["Vermieter kritisieren neue Gebühren", "Wie Leerstand gezählt wird", "Bauzinsen sinken den dritten Monat"]),
    "es": ("Te puede interesar", ["Los propietarios recurren la nueva tasa", "Cómo se cuentan las viviendas vacías", "Los tipos hipotecarios bajan otra vez"]),
    "ja": ("関連記事", ["家主団体、新たな登録料に反発", "空き家はどう数えるのか", "住宅ローン金利、3カ月連続で低下"]),
}
FOOTER = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta.get("lang") == "ja":
        paras = ["".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    title = meta["title"]
    outlet = meta["outlet"]
    sep = meta.get("sep", "-")
    url = meta["url"]
    pub = meta["published"]
    chrome = int(meta.get("chrome", "1"))
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="/related/{i + 1}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    shown = meta.get("shown", pub)
    year = pub[:4]
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', 'Housing'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
"""
    article = f"""    <article>
      <header>
        <p class="kicker">{e(meta.get('section', 'Housing'))}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{pub}">{e(shown)}</time></p>
      </header>
{body}
    </article>
"""
    related = f"""    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
"""
    footer = f"""  <footer>
    <p>&copy; {year} {e(outlet)}. {e(FOOTER[lang])}</p>
    <a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a>
  </footer>
"""
    navblock = f"""  <nav class="main-nav">
    <a class="brand" href="/">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>
"""
    if chrome == 1:
        bodyhtml = cookie + navblock + '  <main>\n' + article + related + '  </main>\n' + footer
    elif chrome == 2:
        bodyhtml = navblock + '  <div class="wrap">\n' + related + article + '  </div>\n' + footer + cookie
    elif chrome == 3:
        bodyhtml = ('  <header class="masthead"><a href="/">' + e(outlet) + '</a></header>\n' + navblock + cookie
                    + '  <div id="content">\n' + article + '  </div>\n' + related + footer)
    else:
        bodyhtml = (navblock + '  <div class="ad-slot" aria-hidden="true"></div>\n' + '  <main class="story">\n'
                    + article + '  </main>\n' + '  <div class="sidebar">\n' + related + '  </div>\n' + cookie + footer)
    return head + '<body>\n' + bodyhtml + '</body>\n</html>\n'


def main():
    specs = sorted((HERE / "specs").glob("*.txt"))
    for sp in specs:
        meta, paras = parse_spec(sp)
        out = HERE / "cases" / sp.stem / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(meta, paras), encoding="utf-8")
    print(f"generated {len(specs)} source.html files")


if __name__ == "__main__":
    sys.exit(main())
