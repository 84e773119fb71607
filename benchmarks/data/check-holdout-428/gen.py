#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html  (check-holdout-428).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  The page chrome (nav, cookie banner,
related links, footer) varies with the case so that no two layouts are alike.
Run:  python3 gen.py            (writes every case)
      python3 gen.py --check    (exit 1 if a source.html is out of date)
"""
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Tax", "Markets", "Opinion", "Podcasts"],
    "fr": ["International", "Économie", "Fiscalité", "Entreprises", "Débats", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Steuern", "Finanzen", "Meinung", "Regional"],
    "es": ["Mundo", "Economía", "Impuestos", "Mercados", "Opinión", "Podcast"],
    "ja": ["国際", "経済", "税・財政", "企業", "オピニオン", "地域"],
}
COOKIE = {
    "en": "We use cookies to personalise content and analyse traffic. <button>Accept all</button> <button>Manage</button>",
    "fr": "Nous utilisons des cookies pour mesurer l’audience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Usamos cookies propias y de terceros. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": ["Pension funds brace for new reporting rules", "Port volumes slip for second month", "Opinion: the quiet cost of paper forms"],
    "fr": ["Les loyers commerciaux repartent à la hausse", "Le port fluvial double sa capacité", "Tribune : simplifier sans affaiblir"],
    "de": ["Mittelstand klagt über Bürokratie", "Hafenumschlag sinkt im zweiten Monat", "Kommentar: Der Preis des Papiers"],
    "es": ["Las exportaciones de fruta marcan récord", "El puerto amplía su terminal", "Opinión: simplificar sin debilitar"],
    "ja": ["地銀再編、次の焦点は", "港湾取扱量2カ月連続で減少", "社説:紙の書類の見えないコスト"],
}
RELATED_H = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}
FOOT = {
    "en": "All rights reserved. Terms · Privacy · Contact",
    "fr": "Tous droits réservés. Mentions légales · Confidentialité · Contact",
    "de": "Alle Rechte vorbehalten. Impressum · Datenschutz · Kontakt",
    "es": "Todos los derechos reservados. Aviso legal · Privacidad · Contacto",
    "ja": "無断転載を禁じます。利用規約・プライバシー・お問い合わせ",
}


def read_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split()) for p in paras]
    return meta, paras


def render(name, meta, paras):
    e = html.escape
    lang = meta["lang"]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3
    sep = meta.get("sep", "-")
    page_title = f"{meta['title']} {sep} {meta['outlet']}"
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": meta["title"], "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    site = meta["url"].split("/", 3)
    base = site[0] + "//" + site[2]
    nav = "\n".join(f'      <li><a href="{base}/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    article = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    related = "\n".join(f'      <li><a href="{base}/r/{i+1}">{e(t)}</a></li>' for i, t in enumerate(RELATED[lang]))
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(page_title)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    byline = f'<span class="byline">{e(meta["author"])}</span> <time datetime="{meta["published"]}">{e(meta["display_time"])}</time>'
    cookie = f'<div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>'
    if variant == 0:
        body = f"""<body class="article">
  {cookie}
  <header class="masthead"><a class="logo" href="{base}/">{e(meta['outlet'])}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(meta['title'])}</h1>
      <div class="meta">{byline}</div>
{article}
    </article>
    <aside class="related"><h2>{RELATED_H[lang]}</h2><ul>
{related}
    </ul></aside>
  </main>
  <footer>© {meta['published'][:4]} {e(meta['outlet'])}. {FOOT[lang]}</footer>
</body>
</html>
"""
    elif variant == 1:
        body = f"""<body>
  <div id="top"><div class="brand">{e(meta['outlet'])}</div>
    <ul class="sections">
{nav}
    </ul>
    <a class="login" href="{base}/account">Login</a>
  </div>
  <div class="wrap">
    <div class="col-main">
      <article class="story">
        <header><h1 class="title">{e(meta['title'])}</h1>
        <p class="dateline">{byline}</p></header>
{article}
      </article>
      <div class="share">Share: X · Facebook · LinkedIn · Email</div>
    </div>
    <div class="col-side"><h3>{RELATED_H[lang]}</h3><ol>
{related}
    </ol><div class="ad-slot">Advertisement</div></div>
  </div>
  <div class="site-footer"><p>{FOOT[lang]}</p><p>© {e(meta['outlet'])}</p></div>
  {cookie}
</body>
</html>
"""
    else:
        body = f"""<body class="news">
  <nav class="primary"><a href="{base}/" class="home">{e(meta['outlet'])}</a><ul>
{nav}
  </ul></nav>
  <div class="breaking">Newsletter: sign up for the morning briefing</div>
  <section class="content">
    <article itemprop="articleBody">
      <h1>{e(meta['title'])}</h1>
      <p class="info">{byline} · <span class="section">{e(meta.get('section', ''))}</span></p>
{article}
      <p class="tags">Tags: {e(meta.get('section', ''))}</p>
    </article>
  </section>
  <section class="more"><h2>{RELATED_H[lang]}</h2><ul>
{related}
  </ul></section>
  {cookie}
  <footer class="bottom">{FOOT[lang]} · {e(meta['outlet'])} {meta['published'][:4]}</footer>
</body>
</html>
"""
    return head + body


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = read_spec(spec)
        out = HERE / "cases" / name / "source.html"
        text = render(name, meta, paras)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        if stale:
            print("stale:", " ".join(stale))
            sys.exit(1)
        print("all source.html up to date")


if __name__ == "__main__":
    main()
