#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html.

A spec is a header (key: value lines: lang, outlet, url, published with the
outlet's UTC offset, title, author, section), a line '---', then the article
paragraphs separated by blank lines. digest.txt and expected.json are written
by hand and kept in cases/<name>/ as they are.
"""
import html
import json
import pathlib
import sys
from urllib.parse import urlsplit

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(cookie="We use cookies to improve your experience and to show relevant ads.",
               accept="Accept all", manage="Manage settings", related="More on this story",
               nav=["Home", "News", "Health", "Politics", "Business", "Opinion"],
               foot="All rights reserved.", sub="Subscribe", by="By"),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", manage="Paramétrer", related="À lire aussi",
               nav=["Accueil", "Actualités", "Santé", "Politique", "Économie", "Opinions"],
               foot="Tous droits réservés.", sub="S'abonner", by="Par"),
    "de": dict(cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und Reichweite zu messen.",
               accept="Alle akzeptieren", manage="Einstellungen", related="Mehr zum Thema",
               nav=["Startseite", "Nachrichten", "Gesundheit", "Politik", "Wirtschaft", "Meinung"],
               foot="Alle Rechte vorbehalten.", sub="Abo", by="Von"),
    "es": dict(cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
               accept="Aceptar todo", manage="Configurar", related="Noticias relacionadas",
               nav=["Portada", "Actualidad", "Salud", "Política", "Economía", "Opinión"],
               foot="Todos los derechos reservados.", sub="Suscríbete", by="Por"),
    "ja": dict(cookie="当サイトはサービス向上と広告配信のためにクッキーを使用しています。",
               accept="同意する", manage="設定", related="関連記事",
               nav=["トップ", "ニュース", "暮らし・医療", "政治", "経済", "社説"],
               foot="無断転載を禁じます。", sub="購読", by=""),
}


def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def page(name, meta, paras):
    ui = UI[meta["lang"]]
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    host = urlsplit(url).netloc
    sep = " | " if meta["lang"] in ("fr", "es", "ja") else " - "
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": meta["lang"], "articleSection": meta["section"]}
    nav = "\n".join(f'      <li><a href="https://{host}/{i}">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'      <li><a href="https://{host}/related/{name}-{i}">{e(t)}</a></li>'
                    for i, t in enumerate([ui["related"] + " 1", ui["related"] + " 2", ui["related"] + " 3"], 1))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    return f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
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
<body>
  <div id="cookie-banner" class="consent">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['accept'])}</button> <button>{e(ui['manage'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav>
    <ul>
{nav}
    </ul>
    </nav>
    <a class="subscribe" href="https://{host}/subscribe">{e(ui['sub'])}</a>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{meta['published'][:10]}</time></p>
{body}
    </article>
    <aside class="related">
    <h2>{e(ui['related'])}</h2>
    <ul>
{rel}
    </ul>
    </aside>
  </main>
  <footer>
    <p>&copy; 2026 {e(outlet)}. {e(ui['foot'])}</p>
  </footer>
</body>
</html>
"""


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(page(name, meta, paras), encoding="utf-8")
    print(f"wrote {len(names)} source.html")


if __name__ == "__main__":
    main()
