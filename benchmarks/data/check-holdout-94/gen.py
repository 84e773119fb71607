#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is `key: value` header lines (outlet, domain, path, title, published,
lang, section, author, timestr), a blank line, then body paragraphs separated
by blank lines. Everything is fictional; every domain is under `.example`.
"""
import html
import json
import pathlib

HERE = pathlib.Path(__file__).parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture", "Idées"],
       "de": ["Welt", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"]}
COOKIE = {"en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button>",
          "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button>",
          "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button>",
          "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todo</button>",
          "ja": "当サイトはクッキーを使用しています。<button>同意する</button>"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n\n")
    meta = dict(line.split(": ", 1) for line in head.splitlines())
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, paras


def build(meta, paras):
    e = html.escape
    url = f"https://{meta['domain']}{meta['path']}"
    lang = meta["lang"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{url}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="consent">{COOKIE[lang]}</div>
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
{body}
    </article>
    <aside class="sidebar"><h2>Most read</h2><ul><li><a href="/popular/1">…</a></li><li><a href="/popular/2">…</a></li></ul></aside>
  </main>
  <footer class="site-footer">© 2026 {e(meta['outlet'])}. {FOOT[lang]} <a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(spec.stem, sum(len(p) for p in paras))


if __name__ == "__main__":
    main()
