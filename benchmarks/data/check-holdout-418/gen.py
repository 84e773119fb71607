#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-418).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. Keys: lang, outlet, url, published (ISO 8601 with
UTC offset), title, author, section, display (the human date line), chrome
(0-3, picks the page furniture), sep (title separator, "-" or "|").
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Transport", "Cities", "Opinion", "Sport"],
    "fr": ["Monde", "Économie", "Mobilités", "Régions", "Débats", "Sports"],
    "de": ["Politik", "Wirtschaft", "Verkehr", "Region", "Meinung", "Sport"],
    "es": ["Mundo", "Economía", "Movilidad", "Ciudad", "Opinión", "Deportes"],
    "ja": ["国内", "経済", "交通", "地域", "社説", "スポーツ"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.",
    "de": "Wir verwenden Cookies, um Ihr Leseerlebnis zu verbessern. Mit der Nutzung stimmen Sie zu.",
    "es": "Utilizamos cookies para mejorar su experiencia. Si continúa navegando, acepta nuestra política.",
    "ja": "当サイトはサービス向上のためクッキーを使用しています。閲覧を続けると同意したものとみなします。",
}
RELATED = {
    "en": ["Readers' letters: the cycle lane debate", "Weather: a wet week ahead", "Markets close mixed"],
    "fr": ["Courrier des lecteurs : les pistes cyclables", "Météo : une semaine pluvieuse", "La Bourse termine en ordre dispersé"],
    "de": ["Leserbriefe: Streit um Radwege", "Wetter: Regen zum Wochenende", "Börse schließt uneinheitlich"],
    "es": ["Cartas de los lectores: los carriles bici", "El tiempo: semana lluviosa", "La bolsa cierra mixta"],
    "ja": ["読者の声:自転車専用レーン", "天気:週末は雨", "株式市場は小動き"],
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() if meta["lang"] != "ja" else "".join(p.split("\n")).strip()
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = html.escape
    lang = meta["lang"]
    chrome = int(meta.get("chrome", "0"))
    sep = " | " if meta.get("sep", "-") == "|" else " - "
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    author, section = meta["author"], meta.get("section", NAV[lang][1])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    root = url.split("/", 3)[:3]
    base = "/".join(root)
    nav = "\n".join(f'      <li><a href="{base}/{n.lower()}/">{e(n)}</a></li>' for n in NAV[lang])
    related = "\n".join(f'      <li><a href="{base}/related/{i}">{e(r)}</a></li>' for i, r in enumerate(RELATED[lang], 1))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    desc = e(paras[0][:160])
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""
    cookie = f'<div class="cookie-consent" role="dialog"><p>{e(COOKIE[lang])}</p><button>OK</button></div>'
    navblock = f'  <nav class="main-nav">\n    <a class="logo" href="{base}/">{e(outlet)}</a>\n    <ul>\n{nav}\n    </ul>\n  </nav>'
    article = f"""  <article class="story">
    <header>
      <p class="section-label">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(author)} · <time datetime="{pub}">{e(meta['display'])}</time></p>
    </header>
    <div class="story-text">
{body}
    </div>
  </article>"""
    aside = f'  <aside class="related">\n    <h2>{"関連記事" if lang == "ja" else "Related"}</h2>\n    <ul>\n{related}\n    </ul>\n  </aside>'
    footer = f'  <footer class="site-footer"><p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p><a href="{base}/privacy">Privacy</a> <a href="{base}/contact">Contact</a></footer>'
    if chrome == 0:
        parts = [cookie, navblock, article, aside, footer]
    elif chrome == 1:
        parts = [navblock, '  <div class="ad-slot" data-slot="top"></div>', article, aside, footer, cookie]
    elif chrome == 2:
        parts = [cookie, '  <header class="masthead"><div class="date-strip"></div></header>', navblock,
                 '  <main class="content">', article, "  </main>", aside, footer]
    else:
        parts = [navblock, '  <div class="breaking-ticker">Live updates</div>', '  <div class="grid">', aside,
                 article, "  </div>", footer, cookie]
    return head + '\n<body class="article">\n' + "\n".join(parts) + "\n</body>\n</html>\n"


def main(argv):
    names = argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
    print(f"generated {len(names)} source.html")


if __name__ == "__main__":
    main(sys.argv)
