#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: "key: value" header lines, a line "---", then paragraphs separated by
blank lines. Keys: lang, outlet, url, published (ISO 8601 with UTC offset),
title, author, section, sep (" - " or " | "), chrome (1-4), dateline (display).
"""
import html, json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Weather", "Farming", "Business", "Climate", "Opinion"],
    "fr": ["Actualités", "Météo", "Agriculture", "Économie", "Régions", "Opinions"],
    "de": ["Nachrichten", "Wetter", "Landwirtschaft", "Wirtschaft", "Region", "Meinung"],
    "es": ["Noticias", "Clima", "Campo", "Economía", "Regiones", "Opinión"],
    "ja": ["ニュース", "気象", "農業", "経済", "地域", "社説"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Farm groups seek drought relief", "How heat domes form", "Insurers brace for storm claims"]),
    "fr": ("À lire aussi", ["Les assureurs face aux aléas climatiques", "Comment se forment les orages", "Irrigation : le débat relancé"]),
    "de": ("Mehr zum Thema", ["Versicherer und Wetterschäden", "Wie Hitzewellen entstehen", "Streit um Bewässerung"]),
    "es": ("Te puede interesar", ["Aseguradoras y clima extremo", "Cómo se forma una ola de calor", "El debate del riego"]),
    "ja": ("関連記事", ["農業保険の加入率伸び悩む", "線状降水帯とは", "高温耐性品種の普及進む"]),
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
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    chrome = int(meta.get("chrome", "1"))
    sep = " " + meta.get("sep", "-") + " "
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    desc = paras[0][:150]
    site = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ck[0])}</p>'
              f'<button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>')
    rel_h, rel = RELATED[lang]
    related = "\n".join(f'      <li><a href="https://{site}/related/{i+1}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    dateline = meta.get("dateline", pub)
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
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get('section', 'News'))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""
    byline = (f'<p class="byline"><span class="author">{e(meta["author"])}</span> · '
              f'<time datetime="{e(pub)}">{e(dateline)}</time></p>')
    if chrome == 1:
        page = f"""<body class="article">
{cookie}
  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav><ul>
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <h1>{e(title)}</h1>
      {byline}
{body}
    </article>
    <aside class="related"><h2>{e(rel_h)}</h2><ul>
{related}
    </ul></aside>
  </main>
  <footer><p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p></footer>
</body>
</html>
"""
    elif chrome == 2:
        page = f"""<body>
  <div id="topbar"><span class="brand">{e(outlet)}</span>
    <ul class="menu">
{nav}
    </ul>
  </div>
  <div class="wrap">
    <div class="col-main">
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <header><span class="kicker">{e(meta.get('section', 'News'))}</span><h1 itemprop="headline">{e(title)}</h1>{byline}</header>
        <div class="body" itemprop="articleBody">
{body}
        </div>
      </article>
    </div>
    <div class="col-side"><h3>{e(rel_h)}</h3><ul>
{related}
    </ul><div class="ad-slot">Advertisement</div></div>
  </div>
{cookie}
  <div class="footer"><a href="/about/">About</a> · <a href="/privacy/">Privacy</a> · © {e(outlet)}</div>
</body>
</html>
"""
    elif chrome == 3:
        page = f"""<body class="story">
  <nav class="primary" aria-label="Sections"><a href="/" class="home">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>
{cookie}
  <section class="breaking"><strong>Live</strong> <a href="https://{site}/live/">Updates</a></section>
  <article class="story-main">
    <h1 class="story-title">{e(title)}</h1>
    {byline}
    <figure><div class="img-placeholder"></div><figcaption>{e(outlet)}</figcaption></figure>
{body}
    <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Mail</a></div>
  </article>
  <section class="more"><h2>{e(rel_h)}</h2><ol>
{related}
  </ol></section>
  <footer class="site-footer"><p>{e(outlet)} — {e(FOOT[lang])}</p><p><a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""
    else:
        page = f"""<body>
  <header><div class="masthead">{e(outlet)}</div>
    <nav class="sections"><ul>
{nav}
    </ul></nav>
    <form class="search" action="/search"><input name="q"></form>
  </header>
  <div class="grid">
    <article class="content">
      <div class="headline-block"><h1>{e(title)}</h1>{byline}</div>
{body}
      <p class="corrections"><a href="/corrections/">Corrections</a></p>
    </article>
    <aside><div class="newsletter">Newsletter</div><h4>{e(rel_h)}</h4><ul>
{related}
    </ul></aside>
  </div>
  <footer><small>© {pub[:4]} {e(outlet)}</small></footer>
{cookie}
</body>
</html>
"""
    return head + "\n" + page


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
