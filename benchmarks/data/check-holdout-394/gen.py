#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. The page chrome (nav, cookie banner, related
links, footer, title separator) varies with the case name.
"""
import hashlib
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Defence", "Business", "Politics", "Opinion", "Video"],
    "fr": ["International", "Défense", "Économie", "Politique", "Idées", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Verteidigung", "Meinung", "Regionales", "Video"],
    "es": ["Internacional", "Defensa", "Economía", "Política", "Opinión", "Vídeos"],
    "ja": ["国際", "安全保障", "経済", "政治", "オピニオン", "動画"],
}
COOKIE = {
    "en": "We use cookies to improve your experience and to show relevant ads. <button>Accept all</button> <button>Manage choices</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um unser Angebot zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar</button> <button>Configurar</button>",
    "ja": "当サイトはサービス向上のためにクッキーを使用しています。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事",
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
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    return meta, paras, related


def render(name, meta, paras, related):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    v = int(hashlib.sha1(name.encode()).hexdigest(), 16)
    sep = " | " if v % 2 else " - "
    variant = v % 3
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    site = url.split("/")[2]
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="https://{site}/a/{i + 1}">{e(r)}</a></li>' for i, r in enumerate(related))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)}{sep}{e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""
    stamp = f'<time datetime="{e(pub)}">{e(meta["dateline"])}</time>'
    cookie = f'<div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>'
    navblock = f"""  <nav class="site-nav">
    <a class="logo" href="/">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>"""
    article = f"""  <article class="story">
    <header>
      <p class="section">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · {stamp}</p>
    </header>
    <div class="article-body">
{body}
    </div>
  </article>"""
    aside = f"""  <aside class="related">
    <h2>{e(RELATED[lang])}</h2>
    <ul>
{rel}
    </ul>
  </aside>"""
    footer = f"""  <footer class="site-footer">
    <p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>
  </footer>"""
    if variant == 0:
        parts = [cookie, navblock, article, aside, footer]
    elif variant == 1:
        parts = [navblock, '  <main id="content">', article, aside, "  </main>", footer, cookie]
    else:
        parts = [navblock, cookie, '  <div class="wrap">', aside, article, "  </div>", footer]
    return head + "\n<body>\n" + "\n".join(parts) + "\n</body>\n</html>\n"


def build(name):
    meta, paras, related = parse_spec(HERE / "specs" / f"{name}.txt")
    datetime.fromisoformat(meta["published"])
    return render(name, meta, paras, related)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
