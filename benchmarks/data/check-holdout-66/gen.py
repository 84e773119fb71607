#!/usr/bin/env python3
"""Render specs/<case>.txt into cases/<case>/source.html.

Spec format: 'key: value' header lines, a line '---', then the body
paragraphs separated by blank lines. Keys: lang, outlet, url, published,
section, author, title, timestr, description (optional).
"""
import html, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
NAV = {"en": ["World", "Business", "Science", "Sport", "Culture", "Opinion"],
       "fr": ["Monde", "Économie", "Sciences", "Sport", "Culture", "Idées"],
       "de": ["Politik", "Wirtschaft", "Wissen", "Sport", "Kultur", "Meinung"],
       "es": ["Mundo", "Economía", "Ciencia", "Deportes", "Cultura", "Opinión"],
       "ja": ["国際", "経済", "科学", "スポーツ", "文化", "オピニオン"]}
COOKIE = {"en": ("We use cookies and similar technologies to personalise content and ads and to analyse our traffic.", "Accept all", "Reject non-essential"),
          "fr": ("Nous utilisons des cookies pour personnaliser les contenus et les publicités et pour analyser notre trafic.", "Tout accepter", "Tout refuser"),
          "de": ("Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren.", "Alle akzeptieren", "Nur notwendige"),
          "es": ("Utilizamos cookies para personalizar contenidos y anuncios y para analizar nuestro tráfico.", "Aceptar todo", "Rechazar"),
          "ja": ("当サイトではサービス向上と広告配信のためにクッキーを使用しています。", "同意する", "拒否する")}
FOOT = {"en": ["About us", "Contact", "Terms of use", "Privacy policy"],
        "fr": ["Qui sommes-nous", "Contact", "Mentions légales", "Confidentialité"],
        "de": ["Über uns", "Kontakt", "Impressum", "Datenschutz"],
        "es": ["Quiénes somos", "Contacto", "Aviso legal", "Privacidad"],
        "ja": ["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー"]}


def parse(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    desc = meta.get("description") or paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"], "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    foot = "\n".join(f'      <li><a href="/p/{i}/">{e(n)}</a></li>' for i, n in enumerate(FOOT[lang]))
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])} - {e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/static/css/site.css">
  <script src="/static/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="article-page">
  <header class="top-bar">
    <a class="brand" href="/">{e(meta['outlet'])}</a>
    <nav>
      <ul class="menu">
{nav}
      </ul>
    </nav>
  </header>
  <main class="layout">
    <article>
      <div class="story-header">
        <span class="kicker">{e(meta['section'])}</span>
        <h1 class="headline">{e(meta['title'])}</h1>
        <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{e(meta['published'])}">{e(meta['timestr'])}</time></div>
      </div>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
    </article>
    <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/more/0">Newsletter</a></li><li><a href="/more/1">Podcast</a></li></ol></aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="reject">{e(ck[2])}</button>
  </div>
  <footer class="site-footer">
    <ul>
{foot}
    </ul>
    <p>&copy; {year} {e(meta['outlet'])}</p>
  </footer>
</body>
</html>
"""


def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        out = HERE / "cases" / spec.stem
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(render(meta, paras), encoding="utf-8")
        n = sum(len(p) for p in paras)
        print(f"{spec.stem}: {len(paras)} paragraphs, {n} chars")


if __name__ == "__main__":
    main()
