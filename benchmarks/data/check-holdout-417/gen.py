#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec format: "key: value" header lines, a line "---", then one paragraph per
non-empty line. Keys: lang, outlet, site, url, published (ISO 8601 with UTC
offset), title, author, section, chrome (a|b|c|d), sep (" - " or " | "),
related (titles separated by " ;; ").
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
           "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
UI = {
    "en": dict(cookie="We use cookies to improve your experience and to measure traffic.",
               accept="Accept all", manage="Manage choices", related="Related coverage",
               nav=["News", "Business", "Politics", "Sport", "Culture", "Opinion"],
               foot="All rights reserved.", by="By"),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", manage="Paramétrer", related="À lire aussi",
               nav=["Actualité", "Économie", "Politique", "Sport", "Culture", "Opinions"],
               foot="Tous droits réservés.", by="Par"),
    "de": dict(cookie="Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.",
               accept="Alle akzeptieren", manage="Einstellungen", related="Mehr zum Thema",
               nav=["Nachrichten", "Wirtschaft", "Politik", "Sport", "Kultur", "Meinung"],
               foot="Alle Rechte vorbehalten.", by="Von"),
    "es": dict(cookie="Utilizamos cookies para mejorar su experiencia y medir la audiencia.",
               accept="Aceptar todas", manage="Configurar", related="Noticias relacionadas",
               nav=["Portada", "Economía", "Política", "Deportes", "Cultura", "Opinión"],
               foot="Todos los derechos reservados.", by="Por"),
    "ja": dict(cookie="当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。",
               accept="同意する", manage="設定", related="関連記事",
               nav=["ニュース", "経済", "政治", "スポーツ", "文化", "オピニオン"],
               foot="無断転載を禁じます。", by=""),
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.splitlines() if p.strip()]
    return meta, paras


def shown_date(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    off = meta["published"][-6:]
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year}, {h}:{dt.minute:02d} {ampm} (UTC{off})"
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour}h{dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d}"
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    sep = meta.get("sep", " - ").replace("_", " ")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    site = meta["site"]
    chrome = meta.get("chrome", "a")
    desc = paras[0][:160]
    related = [r.strip() for r in meta.get("related", "").split(";;") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
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
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', 'News'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="https://static.{site}/css/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    cookie = f"""  <div class="cookie-consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="manage">{e(ui['manage'])}</button>
  </div>"""
    rel = "\n".join(f'      <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related, 1))
    aside = f"""  <aside class="related">
    <h2>{e(ui['related'])}</h2>
    <ul>
{rel}
    </ul>
  </aside>"""
    byline = f"{ui['by']} {meta['author']}".strip() if lang != "ja" else f"{meta['author']}"
    body_p = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    article = f"""  <article class="story">
    <header>
      <span class="section">{e(meta.get('section', 'News'))}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{meta['published']}">{e(shown_date(meta))}</time></p>
    </header>
    <div class="story-body">
{body_p}
    </div>
  </article>"""
    footer = f"""  <footer class="site-footer">
    <p>© {meta['published'][:4]} {e(outlet)}. {e(ui['foot'])}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/contact">Contact</a></p>
  </footer>"""
    brand = f'<a class="logo" href="https://{site}/">{e(outlet)}</a>'
    if chrome == "a":
        body = f"""<body class="article">
{cookie}
  <header class="masthead">
    {brand}
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
{article}
{aside}
  </main>
{footer}
</body>
</html>
"""
    elif chrome == "b":
        body = f"""<body>
  <nav class="top-nav"><ul>
{nav}
  </ul></nav>
  <div class="brand-bar">{brand} <a class="subscribe" href="/subscribe">Subscribe</a></div>
  <div class="wrapper">
    <div class="breadcrumbs"><a href="/">Home</a> › <a href="/{e(meta.get('section', 'news')).lower()}/">{e(meta.get('section', 'News'))}</a></div>
{article}
    <div class="newsletter-box"><p>Newsletter</p><form><input type="email"><button>OK</button></form></div>
{aside}
  </div>
{cookie}
{footer}
</body>
</html>
"""
    elif chrome == "c":
        body = f"""<body class="layout-narrow">
  <div id="app">
    <header>{brand}
      <nav class="sections"><ul>
{nav}
      </ul></nav>
    </header>
    <div class="ad-slot" data-slot="top"></div>
{article}
    <div class="share"><a href="#">Share</a> <a href="#">Print</a></div>
{aside}
{footer}
  </div>
{cookie}
</body>
</html>
"""
    else:
        body = f"""<body class="magazine">
{cookie}
  <div class="topline"><span class="edition">Edition</span> {brand}</div>
  <nav id="main-menu"><ul>
{nav}
  </ul></nav>
  <section class="content">
    <div class="col-main">
{article}
    </div>
    <div class="col-side">
{aside}
      <div class="most-read"><h3>Most read</h3><ol><li><a href="/m/1">—</a></li></ol></div>
    </div>
  </section>
{footer}
</body>
</html>
"""
    return head + body


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
