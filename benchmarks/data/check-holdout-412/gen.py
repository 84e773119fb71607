#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-412).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. Header keys: lang, outlet, url, published (ISO 8601
with UTC offset), title, author, section, dateline (the byline time as the
page shows it), sep (" - " or " | " in <title>), chrome (0-3).
Run without arguments to (re)write every source.html; `--check` only compares.
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Markets", "Commodities", "Agriculture", "Opinion", "Podcasts"],
    "fr": ["Monde", "Économie", "Marchés", "Agriculture", "Opinions", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Märkte", "Handel", "Meinung", "Podcasts"],
    "es": ["Mundo", "Economía", "Mercados", "Campo", "Opinión", "Vídeos"],
    "ja": ["経済", "市況", "農業", "地域", "オピニオン", "動画"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et améliorer le site.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um die Nutzung zu analysieren und unser Angebot zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para medir la audiencia y mejorar tu experiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトは閲覧状況の分析のためクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related coverage", ["Freight rates ease on Indian Ocean routes", "Why fertiliser costs still bite smallholders", "Weather watch: monsoon outlook for growers"]),
    "fr": ("À lire aussi", ["Le fret maritime se détend dans l'océan Indien", "Engrais : les petits planteurs toujours sous pression", "Météo : les prévisions pour la saison des pluies"]),
    "de": ("Mehr zum Thema", ["Frachtraten im Indischen Ozean sinken", "Düngerpreise belasten Kleinbauern", "Wetter: Aussichten für die Erntesaison"]),
    "es": ("Te puede interesar", ["Bajan los fletes en las rutas del Índico", "Los fertilizantes siguen apretando a los pequeños productores", "Clima: lo que se espera para la cosecha"]),
    "ja": ("関連記事", ["インド洋航路の運賃が低下", "肥料高、小規模農家に重荷", "梅雨明けの見通しと生育状況"]),
}
FOOTER = {
    "en": "All rights reserved. Reproduction without permission is prohibited.",
    "fr": "Tous droits réservés. Reproduction interdite sans autorisation.",
    "de": "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
    "es": "Todos los derechos reservados. Prohibida su reproducción sin permiso.",
    "ja": "無断転載を禁じます。",
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() if meta["lang"] != "ja" else "".join(p.split("\n")).strip()
             for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(name, meta, paras):
    e = html.escape
    lang = meta["lang"]
    outlet, title, url, pub = meta["outlet"], meta["title"], meta["url"], meta["published"]
    author, section = meta.get("author", ""), meta.get("section", "")
    sep = meta.get("sep", " - ").replace("_", " ")
    chrome = int(meta.get("chrome", "0"))
    desc = paras[0][:160]
    site = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    cookie = (f'  <div class="{["cookie-banner", "consent", "gdpr-notice", "cc-bar"][chrome]}" role="dialog">\n'
              f'    <p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button>\n  </div>')
    rel_h, rel = RELATED[lang]
    related = "\n".join(f'      <li><a href="https://{site}/news/{i + 101}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    header = {
        0: f'  <header class="masthead">\n    <a class="logo" href="/">{e(outlet)}</a>\n    <nav><ul>\n{nav}\n    </ul></nav>\n  </header>',
        1: f'  <div class="top-bar">\n    <a class="brand" href="/">{e(outlet)}</a>\n    <ul class="menu">\n{nav}\n    </ul>\n    <a class="subscribe" href="/abo/">+</a>\n  </div>',
        2: f'  <nav class="site-nav" aria-label="main">\n    <span class="site-name">{e(outlet)}</span>\n    <ol>\n{nav}\n    </ol>\n  </nav>',
        3: f'  <header id="top">\n    <div class="wordmark">{e(outlet)}</div>\n    <div class="search"><input type="search" aria-label="search"></div>\n    <ul class="sections">\n{nav}\n    </ul>\n  </header>',
    }[chrome]
    aside = f'    <aside class="related">\n      <h2>{e(rel_h)}</h2>\n      <ul>\n{related}\n      </ul>\n    </aside>'
    article = (f'    <article>\n      <p class="kicker">{e(section)}</p>\n      <h1>{e(title)}</h1>\n'
               f'      <p class="byline"><span class="author">{e(author)}</span> '
               f'<time datetime="{e(pub)}">{e(meta["dateline"])}</time></p>\n{body}\n    </article>')
    main = f"  <main>\n{article}\n{aside}\n  </main>" if chrome % 2 == 0 else f"  <div class=\"layout\">\n{aside}\n{article}\n  </div>"
    footer = (f'  <footer>\n    <p>&copy; {pub[:4]} {e(outlet)}. {e(FOOTER[lang])}</p>\n'
              f'    <p><a href="/impressum/">Legal</a> · <a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>\n  </footer>')
    return f"""<!DOCTYPE html>
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
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{cookie}
{header}
{main}
{footer}
</body>
</html>
"""


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        out = HERE / "cases" / name / "source.html"
        text = build(name)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        print("stale:", stale or "none")
        sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
