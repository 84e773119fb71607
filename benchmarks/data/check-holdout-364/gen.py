#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-364).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. Keys: lang, outlet, url, published (ISO 8601 with
UTC offset), title, author, section, sep (" - " or " | "), shown (the dateline
as the page prints it). The page chrome varies with a stable hash of the name.
"""
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Markets", "Crops", "Livestock", "Policy", "Weather", "Opinion"],
    "fr": ["Actualités", "Marchés", "Cultures", "Élevage", "Politique agricole", "Météo"],
    "de": ["Nachrichten", "Märkte", "Ackerbau", "Tierhaltung", "Agrarpolitik", "Wetter"],
    "es": ["Noticias", "Mercados", "Granos", "Ganadería", "Política", "Clima"],
    "ja": ["ニュース", "市況", "農産", "畜産", "農政", "天気"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audience.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ["Weekly grain market wrap", "How feed costs shape herd decisions", "Five charts on the farm economy"],
    "fr": ["Le point hebdomadaire sur les marchés", "Météo : les semis d'automne sous surveillance", "Le prix des intrants en cinq graphiques"],
    "de": ["Wochenrückblick Agrarmärkte", "Futterkosten im Überblick", "Was die Ernte 2024 bringt"],
    "es": ["Resumen semanal de granos", "El clima y la siembra fina", "Cinco claves del mercado ganadero"],
    "ja": ["週間市況まとめ", "飼料価格の動向", "今年の天候と作柄"],
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}
RELATED_HEAD = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Relacionadas", "ja": "関連記事"}


def read_spec(path):
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
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 3
    sep = " %s " % meta.get("sep", "-")
    title = meta["title"]
    outlet = meta["outlet"]
    url = meta["url"]
    pub = meta["published"]
    desc = paras[0][:160]
    site = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="https://{site}/more/{i}">{e(t)}</a></li>' for i, t in enumerate(RELATED[lang]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    cookie = f'''  <div class="cookie-banner" id="consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="manage">{e(ck[2])}</button>
  </div>'''
    header = f'''  <header class="site-header v{variant}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav">
      <ul>
{nav}
      </ul>
    </nav>
  </header>'''
    byline = f'''      <p class="byline"><span class="author">{e(meta["author"])}</span> · <time datetime="{pub}">{e(meta["shown"])}</time></p>'''
    article = f'''    <article class="story">
      <span class="section-label">{e(meta.get("section", ""))}</span>
      <h1>{e(title)}</h1>
{byline}
{body}
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(RELATED_HEAD[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>'''
    footer = f'''  <footer class="site-footer">
    <p>&copy; {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <a href="/privacy">Privacy</a> <a href="/contact">Contact</a>
  </footer>'''
    if variant == 0:
        page = [cookie, header, '  <main class="content">', article, aside, "  </main>", footer]
    elif variant == 1:
        page = [header, '  <div class="wrap">', '    <div class="ad-slot" data-slot="top"></div>', article, aside,
                "  </div>", footer, cookie]
    else:
        page = [header, cookie, '  <section class="grid">', aside, article, "  </section>", footer]
    head = f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title + sep + outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get("section", ""))}">
  <meta name="author" content="{e(meta["author"])}">
  <link rel="stylesheet" href="/assets/site.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>'''
    return head + "\n" + "\n".join(page) + "\n</body>\n</html>\n"


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
