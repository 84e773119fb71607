#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-422).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), dateline (as the page displays it),
title, author, section, sep ("pipe" for " | ", else " - ").
"""
import html
import json
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


NAV = {
    "en": ["World", "Arts", "Music", "Stage", "Business", "Opinion"],
    "fr": ["Monde", "Culture", "Musique", "Scènes", "Économie", "Opinions"],
    "de": ["Welt", "Kultur", "Musik", "Bühne", "Wirtschaft", "Meinung"],
    "es": ["Mundo", "Cultura", "Música", "Escena", "Economía", "Opinión"],
    "ja": ["国内", "文化", "音楽", "舞台", "経済", "オピニオン"],
}
COOKIE = {
    "en": "We use cookies to improve your experience. <button>Accept all</button> <button>Manage choices</button>",
    "fr": "Nous utilisons des cookies pour améliorer votre expérience. <button>Tout accepter</button> <button>Paramétrer</button>",
    "de": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern. <button>Alle akzeptieren</button> <button>Einstellungen</button>",
    "es": "Utilizamos cookies para mejorar su experiencia. <button>Aceptar todas</button> <button>Configurar</button>",
    "ja": "当サイトはサービス向上のためクッキーを使用します。<button>同意する</button> <button>設定</button>",
}
RELATED = {
    "en": ["Five concerts to book this month", "Why ticket prices keep climbing", "Letters: the future of public arts funding"],
    "fr": ["Les concerts à ne pas manquer ce mois-ci", "Billetterie : pourquoi les prix grimpent", "Tribune : l'avenir des aides publiques"],
    "de": ["Die Konzerttipps der Woche", "Warum Eintrittskarten teurer werden", "Leserbriefe: Wie viel Kultur darf es kosten?"],
    "es": ["Los conciertos imprescindibles del mes", "Por qué suben las entradas", "Cartas: el futuro de las ayudas culturales"],
    "ja": ["今月の注目公演", "チケット価格はなぜ上がるのか", "読者の声:文化予算のあり方"],
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def render(meta, paras, variant):
    e = html.escape
    lang = meta["lang"]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = " | " if meta.get("sep") == "pipe" else " - "
    site = url.split("/")[2]
    desc = paras[0][:160]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": meta["published"], "inLanguage": lang,
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url,
    }
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'      <li><a href="https://{site}/related/{i + 1}">{e(r)}</a></li>'
                    for i, r in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
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
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    meta_line = (f'<span class="byline">{e(meta["author"])}</span> '
                 f'<time datetime="{e(meta["published"])}">{e(meta["dateline"])}</time>')
    if variant == 0:
        page = f"""<body class="article">
  <div id="cookie-consent" class="consent">{COOKIE[lang]}</div>
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <p class="kicker">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <div class="meta">{meta_line}</div>
{body}
    </article>
    <aside class="related"><h2>{'Related' if lang == 'en' else '&#8594;'}</h2><ul>
{rel}
    </ul></aside>
  </main>
  <footer><p>&copy; {year} {e(outlet)}. {FOOT[lang]}</p></footer>
</body>
</html>
"""
    elif variant == 1:
        page = f"""<body>
  <div class="topbar"><a class="brand" href="/">{e(outlet)}</a> <a class="subscribe" href="/subscribe">+</a></div>
  <ul class="menu">
{nav}
  </ul>
  <div class="wrap">
    <article class="story">
      <header><h1 class="headline">{e(title)}</h1><div class="dateline">{meta_line}</div></header>
      <div class="story-body">
{body}
      </div>
    </article>
    <section class="more"><ul>
{rel}
    </ul></section>
  </div>
  <div class="cookie-banner" role="dialog">{COOKIE[lang]}</div>
  <footer class="site-footer"><a href="/about">{e(outlet)}</a> &middot; {year} &middot; {FOOT[lang]}</footer>
</body>
</html>
"""
    else:
        page = f"""<body class="page">
  <nav class="primary"><a href="/" class="home">{e(outlet)}</a><ul>
{nav}
  </ul></nav>
  <div class="gdpr">{COOKIE[lang]}</div>
  <div class="columns">
    <div class="col-main">
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">{e(title)}</h1>
        <p class="info">{meta_line}</p>
        <div itemprop="articleBody">
{body}
        </div>
      </article>
    </div>
    <div class="col-side"><h3>Trending</h3><ol>
{rel}
    </ol></div>
  </div>
  <footer><small>{e(outlet)} &copy; {year}. {FOOT[lang]}</small></footer>
</body>
</html>
"""
    return head + page


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    variant = zlib.crc32(name.encode()) % 3
    return render(meta, paras, variant)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
