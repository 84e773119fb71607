#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  The page chrome (nav, cookie banner,
related links, footer, title separator) varies with the case.
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
NAV = {
    "en": ["Home", "Shipping", "Markets", "Energy", "Agriculture", "Opinion"],
    "fr": ["Accueil", "Transport", "Marchés", "Énergie", "Régions", "Opinions"],
    "de": ["Startseite", "Logistik", "Märkte", "Energie", "Regionen", "Meinung"],
    "es": ["Portada", "Transporte", "Mercados", "Energía", "Regiones", "Opinión"],
    "ja": ["トップ", "海運・水運", "市況", "エネルギー", "地域", "論説"],
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.", "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    if meta["lang"] == "ja":
        paras = ["".join(p.split()) for p in paras]
    meta["related"] = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    return meta, paras


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    variant = sum(map(ord, name)) % 4
    sep = " | " if variant % 2 else " - "
    title = meta["title"]
    outlet = meta["outlet"]
    url = meta["url"]
    pub = meta["published"]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    cookie, ok, manage = COOKIE[lang]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    rel = "\n".join(f'        <li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(meta["related"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    classes = [("site-header", "main-nav", "article-body"), ("masthead", "sections", "story-text"),
               ("top-bar", "menu", "entry-content"), ("banner", "nav-list", "post-body")][variant]
    cookie_html = (f'  <div class="cookie-banner" role="dialog"><p>{e(cookie)}</p>'
                   f'<button>{e(ok)}</button> <button>{e(manage)}</button></div>\n')
    out = f"""<!DOCTYPE html>
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
</head>
<body>
"""
    if variant in (0, 2):
        out += cookie_html
    out += f"""  <header class="{classes[0]}">
    <a class="brand" href="/">{e(outlet)}</a>
    <nav><ul class="{classes[1]}">
{nav}
    </ul></nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
      <div class="byline"><span class="author">{e(meta['author'])}</span> <time datetime="{e(pub)}">{e(meta['dateline'])}</time></div>
      <div class="{classes[2]}">
{body}
      </div>
    </article>
    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    if variant in (1, 3):
        out += cookie_html
    out += f"""  <footer><p>&copy; {pub[:4]} {e(outlet)}. {e(RIGHTS[lang])}</p><a href="/privacy/">Privacy</a> <a href="/contact/">Contact</a></footer>
</body>
</html>
"""
    return out


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main(argv):
    names = argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(name), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv)
