#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  The page chrome (nav, cookie banner,
related links, footer) varies with the `chrome` key (a, b, c or d).
Usage: python3 gen.py [--check]   (--check: fail if a page is out of date)
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

UI = {
    "en": {"cookie": "We use cookies to measure traffic and personalise content.", "accept": "Accept all",
           "settings": "Manage settings", "related": "Related coverage", "more": "More from Markets",
           "rights": "All rights reserved.", "nav": ["Markets", "Commodities", "Agriculture", "Economy", "World", "Opinion"],
           "by": "By", "subscribe": "Subscribe", "newsletter": "Get the morning briefing", "privacy": "Privacy", "terms": "Terms"},
    "fr": {"cookie": "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "accept": "Tout accepter",
           "settings": "Paramétrer", "related": "À lire aussi", "more": "Plus d'actualités", "rights": "Tous droits réservés.",
           "nav": ["Marchés", "Matières premières", "Agriculture", "Économie", "Monde", "Opinions"],
           "by": "Par", "subscribe": "S'abonner", "newsletter": "Recevoir la lettre du matin", "privacy": "Confidentialité", "terms": "Mentions légales"},
    "de": {"cookie": "Wir verwenden Cookies, um Reichweite zu messen und Inhalte anzupassen.", "accept": "Alle akzeptieren",
           "settings": "Einstellungen", "related": "Mehr zum Thema", "more": "Weitere Meldungen", "rights": "Alle Rechte vorbehalten.",
           "nav": ["Märkte", "Rohstoffe", "Landwirtschaft", "Wirtschaft", "Welt", "Meinung"],
           "by": "Von", "subscribe": "Abonnieren", "newsletter": "Newsletter bestellen", "privacy": "Datenschutz", "terms": "Impressum"},
    "es": {"cookie": "Usamos cookies para medir la audiencia y personalizar el contenido.", "accept": "Aceptar todo",
           "settings": "Configurar", "related": "Lea también", "more": "Más noticias", "rights": "Todos los derechos reservados.",
           "nav": ["Mercados", "Materias primas", "Agro", "Economía", "Mundo", "Opinión"],
           "by": "Por", "subscribe": "Suscríbase", "newsletter": "Reciba el boletín", "privacy": "Privacidad", "terms": "Aviso legal"},
    "ja": {"cookie": "当サイトはアクセス解析と表示の最適化のためにクッキーを使用しています。", "accept": "同意する",
           "settings": "設定", "related": "関連記事", "more": "マーケットの最新記事", "rights": "無断転載を禁じます。",
           "nav": ["マーケット", "商品", "農業", "経済", "国際", "オピニオン"],
           "by": "記者", "subscribe": "購読", "newsletter": "メールマガジン", "privacy": "プライバシー", "terms": "利用規約"},
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    ui = UI[meta["lang"]]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", "-")
    chrome = meta.get("chrome", "a")
    site = url.split("/")[2]
    desc = paras[0][:157].rsplit(" ", 1)[0] + "…" if len(paras[0]) > 160 else paras[0]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta.get("modified", meta["published"]),
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": meta["lang"]}
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/story/{1000 + i * 37}/">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ui['nav'][1]))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="https://static.{site}/css/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""
    cookie = f"""  <div class="consent" role="dialog" aria-label="cookies">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="settings">{e(ui['settings'])}</button>
  </div>"""
    article = f"""    <article class="story">
      <header>
        <p class="kicker">{e(meta.get('section', ui['nav'][1]))}</p>
        <h1>{e(title)}</h1>
        <p class="byline">{e(ui['by'])} <span class="author">{e(meta['author'])}</span> · <time datetime="{meta['published']}">{e(meta['display_date'])}</time></p>
      </header>
      <div class="article-body">
{body}
      </div>
    </article>"""
    aside = f"""    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>"""
    footer = f"""  <footer class="site-footer">
    <p>© {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p>
    <p><a href="/privacy/">{e(ui['privacy'])}</a> · <a href="/legal/">{e(ui['terms'])}</a> · <a href="/newsletter/">{e(ui['newsletter'])}</a></p>
  </footer>"""
    topnav = f"""  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
    <a class="cta" href="/subscribe/">{e(ui['subscribe'])}</a>
  </header>"""
    if chrome == "a":
        parts = [topnav, cookie, '  <main class="page">', article, aside, "  </main>", footer]
    elif chrome == "b":
        parts = [cookie, topnav, '  <div class="grid">', aside, article, "  </div>", footer]
    elif chrome == "c":
        parts = [topnav, '  <main>', article, f'    <section class="more"><h2>{e(ui["more"])}</h2></section>', aside, "  </main>", footer, cookie]
    else:
        parts = [f'  <div class="ticker">{e(ui["nav"][1])}: ' + " | ".join(ui["nav"][:3]) + "</div>", topnav,
                 '  <div id="content">', article, "  </div>", aside, cookie, footer]
    return head + "\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n"


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse_spec(spec)
        out = HERE / "cases" / spec.stem / "source.html"
        page = render(meta, paras)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(spec.stem)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        if stale:
            print("stale:", ", ".join(stale))
            sys.exit(1)
        print("source.html up to date")


if __name__ == "__main__":
    main()
