#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: header lines "key: value", a line "---", then paragraphs separated by
blank lines. Keys: lang, outlet, url, published (ISO 8601 with UTC offset),
title, author, section, sep (" - " or " | "), template (a/b/c/d), display
(the byline date as the outlet prints it), related (titles separated by ";").
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Running", "Cycling", "Business", "Opinion", "Video"],
    "fr": ["Actualités", "Course à pied", "Cyclisme", "Économie", "Opinions", "Vidéos"],
    "de": ["Nachrichten", "Laufen", "Radsport", "Wirtschaft", "Meinung", "Video"],
    "es": ["Noticias", "Atletismo", "Ciclismo", "Economía", "Opinión", "Vídeos"],
    "ja": ["ニュース", "陸上", "自転車", "経済", "オピニオン", "動画"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to show relevant ads.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトでは利便性向上のためクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    paras = [p for p in paras if p]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = meta.get("sep", " - ").strip('"')
    tpl = meta.get("template", "a")
    pub = meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    base = url.split("/")[0] + "//" + url.split("/")[2]
    rel_html = "\n".join(f'        <li><a href="{base}/story/{1000 + i * 37}">{e(r)}</a></li>'
                         for i, r in enumerate(rel))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    byline = f'<span class="byline">{e(meta["author"])}</span> <time datetime="{pub}">{e(meta["display"])}</time>'
    head = f"""<!DOCTYPE html>
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
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>
"""
    navblock = f"""  <nav class="site-nav">
    <a class="logo" href="/">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>
"""
    article = f"""    <article>
      <header>
        <p class="kicker">{e(meta.get('section', ''))}</p>
        <h1>{e(title)}</h1>
        <div class="meta">{byline}</div>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
"""
    footer = f"""  <footer>
    <p>&copy; {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a> · <a href="/rss/">RSS</a></p>
  </footer>
"""
    if tpl == "a":
        bodyhtml = cookie + navblock + '  <main class="layout">\n' + article + aside + "  </main>\n" + footer
    elif tpl == "b":
        bodyhtml = navblock + '  <div class="wrap">\n' + aside + article + "  </div>\n" + footer + cookie
    elif tpl == "c":
        bodyhtml = ('  <header class="masthead"><div class="date-strip">' + e(meta["display"]) + "</div></header>\n"
                    + navblock + cookie + '  <main>\n' + article + "  </main>\n" + '  <section class="more">\n'
                    + aside + "  </section>\n" + footer)
    else:
        bodyhtml = (cookie + '  <div class="ad-slot" data-slot="top"></div>\n' + navblock
                    + '  <div id="content">\n' + article + '    <div class="newsletter">Newsletter</div>\n'
                    + aside + "  </div>\n" + footer)
    return head + f'<body class="page-{tpl}">\n' + bodyhtml + "</body>\n</html>\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
