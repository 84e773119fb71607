#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt (header lines, '---', paragraphs)."""
import html, json, pathlib, sys
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Health", "Travel", "Weather", "Opinion"],
       "fr": ["Monde", "Santé", "Transports", "Météo", "Opinions"],
       "de": ["Welt", "Gesundheit", "Verkehr", "Wetter", "Meinung"],
       "es": ["Mundo", "Salud", "Transporte", "Tiempo", "Opinión"],
       "ja": ["国際", "医療", "交通", "天気", "論説"]}
COOKIE = {"en": "We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
          "fr": "Nous utilisons des cookies pour personnaliser le contenu et analyser notre trafic.",
          "de": "Wir verwenden Cookies, um Inhalte zu personalisieren und unseren Datenverkehr zu analysieren.",
          "es": "Utilizamos cookies para personalizar el contenido y analizar nuestro tráfico.",
          "ja": "当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    url = f"https://{meta['domain']}{meta['path']}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]}, "mainEntityOfPage": url}
    lang = meta["lang"]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    desc = e(paras[0][:150])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{desc}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{desc}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <nav class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <ul class="menu">
{nav}
    </ul>
    <a class="subscribe" href="/subscribe/">Subscribe</a>
  </nav>
  <main class="layout">
    <div class="story-header">
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(meta['title'])}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{meta['published'][:16].replace('T', ' ')}</time></div>
    </div>
    <article class="story-body" itemprop="articleBody">
{body}
    </article>
    <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/more/0">Newsletter</a></li><li><a href="/more/1">Podcast</a></li></ol></aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(COOKIE[lang])}</p>
    <button class="accept">OK</button> <a href="/privacy/">Privacy</a>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/terms/">Terms</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(meta['outlet'])}.</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for n in names:
        meta, paras = parse(HERE / "specs" / f"{n}.txt")
        d = HERE / "cases" / n
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(n, sum(len(p) for p in paras), "body chars")


if __name__ == "__main__":
    main()
