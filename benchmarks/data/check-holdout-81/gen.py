#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

Spec format: "key: value" header lines, a line "---", then body paragraphs
separated by blank lines.  Digests and expected.json are hand-written in
cases/<name>/ and are not touched here.
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": ("World", "Business", "Science", "Sport", "Culture", "Subscribe",
           "We use cookies to personalise content and ads and to analyse our traffic.",
           "Accept all", "Reject non-essential", "Most read", "About us", "Contact", "All rights reserved."),
    "fr": ("Monde", "Économie", "Sciences", "Sport", "Culture", "S'abonner",
           "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience.",
           "Tout accepter", "Tout refuser", "Les plus lus", "Qui sommes-nous", "Contact", "Tous droits réservés."),
    "de": ("Welt", "Wirtschaft", "Wissen", "Sport", "Kultur", "Abonnieren",
           "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "Alle akzeptieren", "Nur notwendige", "Meistgelesen", "Impressum", "Kontakt", "Alle Rechte vorbehalten."),
    "es": ("Mundo", "Economía", "Ciencia", "Deportes", "Cultura", "Suscríbete",
           "Utilizamos cookies para personalizar el contenido y analizar el tráfico.",
           "Aceptar todo", "Rechazar", "Lo más leído", "Quiénes somos", "Contacto", "Todos los derechos reservados."),
    "ja": ("国際", "経済", "科学", "スポーツ", "文化", "購読する",
           "当サイトはコンテンツの最適化とアクセス解析のためにCookieを使用します。",
           "すべて許可", "必須のみ", "よく読まれている記事", "会社概要", "お問い合わせ", "無断転載を禁じます。"),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def build(meta, paras):
    e = html.escape
    ui = UI[meta["lang"]]
    url = "https://" + meta["domain"] + meta["path"]
    title = meta["title"]
    outlet = meta["outlet"]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": meta["lang"]}
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
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
  <header class="masthead">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav class="menu">
      <ul>
        <li><a href="/world/">{e(ui[0])}</a></li>
        <li><a href="/business/">{e(ui[1])}</a></li>
        <li><a href="/science/">{e(ui[2])}</a></li>
        <li><a href="/sport/">{e(ui[3])}</a></li>
        <li><a href="/culture/">{e(ui[4])}</a></li>
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui[5])}</a>
  </header>
  <main class="layout">
    <article>
      <span class="kicker">{e(meta['section'])}</span>
      <h1 class="headline">{e(title)}</h1>
      <div class="meta"><span class="author">{e(meta['author'])}</span> <time datetime="{meta['published']}">{e(meta['timestr'])}</time></div>
{body}
    </article>
    <aside class="sidebar">
      <h3>{e(ui[9])}</h3>
      <ol>
        <li><a href="/more/0">Newsletter</a></li>
        <li><a href="/more/1">Podcast</a></li>
      </ol>
    </aside>
  </main>
  <div id="cookie-banner" class="consent" role="dialog" aria-label="Cookie consent">
    <p>{e(ui[6])}</p>
    <button class="accept">{e(ui[7])}</button> <button class="reject">{e(ui[8])}</button>
  </div>
  <footer class="site-footer">
    <ul>
      <li><a href="/about/">{e(ui[10])}</a></li>
      <li><a href="/contact/">{e(ui[11])}</a></li>
    </ul>
    <p>&copy; {year} {e(outlet)}. {e(ui[12])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or [p.stem for p in sorted((HERE / "specs").glob("*.txt"))]
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(meta, paras), encoding="utf-8")
        print(name, sum(len(p) for p in paras))


if __name__ == "__main__":
    main()
