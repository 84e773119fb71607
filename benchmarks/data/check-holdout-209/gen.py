#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

Spec: 'key: value' header lines, a line '---', then one paragraph per line."""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Business", "Fashion", "Luxury", "Culture", "Opinion"],
       "fr": ["Monde", "Économie", "Mode", "Luxe", "Culture", "Débats"],
       "de": ["Welt", "Wirtschaft", "Mode", "Luxus", "Kultur", "Meinung"],
       "es": ["Mundo", "Economía", "Moda", "Lujo", "Cultura", "Opinión"],
       "ja": ["国際", "経済", "ファッション", "ラグジュアリー", "文化", "オピニオン"]}
COOKIE = {"en": ("We use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential"),
          "fr": ("Nous utilisons des cookies pour personnaliser les contenus et analyser notre trafic.", "Tout accepter", "Tout refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige"),
          "es": ("Utilizamos cookies para personalizar contenidos y analizar nuestro tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトはコンテンツの最適化とアクセス解析のためにクッキーを使用しています。", "すべて許可", "必要なもののみ")}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
    paras = [p.strip() for p in body.strip().splitlines() if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang, outlet, title, url = meta["lang"], meta["outlet"], meta["title"], meta["url"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(t)}</a></li>' for i, t in enumerate(meta.get("related", "").split(" | ")) if t)
    c = COOKIE[lang]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} - {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="menu">
{nav}
    </ul></nav>
    <a class="subscribe" href="/subscribe/">Subscribe</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timetext'])}</time></div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="related">
      <h3>{RELATED[lang]}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(c[0])}</p>
    <button class="accept">{e(c[1])}</button> <button class="reject">{e(c[2])}</button>
  </div>
  <footer class="site-footer">
    <ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li></ul>
    <p>&copy; {meta['published'][:4]} {e(outlet)}</p>
  </footer>
</body>
</html>
"""


def main(names):
    for spec in sorted((HERE / "specs").glob("*.txt")):
        if names and spec.stem not in names:
            continue
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
