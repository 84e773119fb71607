#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic; run from anywhere).

Spec format: "key: value" header lines, a line "---", then paragraphs separated
by blank lines.  Header keys: lang, outlet, url, published (ISO 8601 with UTC
offset), title, author, section, sep (" - " or " | "), variant (0-3), dateline
(the human-readable date shown on the page).
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Economy", "Jobs", "Politics", "Opinion", "Sport"],
    "fr": ["Actualité", "Économie", "Emploi", "Politique", "Régions", "Culture", "Sports"],
    "de": ["Startseite", "Wirtschaft", "Arbeit", "Politik", "Region", "Kultur", "Sport"],
    "es": ["Portada", "Economía", "Trabajo", "Política", "Región", "Cultura", "Deportes"],
    "ja": ["トップ", "経済", "雇用・労働", "政治", "地域", "企業", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure traffic.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related coverage", ["Markets wrap: stocks edge higher", "Opinion: the four-day week debate", "Weather: a mild week ahead"]),
    "fr": ("À lire aussi", ["Les marchés en légère hausse", "Tribune : le débat sur la semaine de quatre jours", "Météo : une semaine douce"]),
    "de": ("Mehr zum Thema", ["Börse: Leichte Gewinne zum Wochenstart", "Kommentar: Die Vier-Tage-Woche", "Wetter: Milde Tage erwartet"]),
    "es": ("Te puede interesar", ["Bolsa: ligeras subidas", "Opinión: el debate de la semana de cuatro días", "El tiempo: semana templada"]),
    "ja": ("関連記事", ["株式市況:小幅続伸", "論説:週休3日制をめぐる議論", "天気:穏やかな1週間に"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}
BY = {"en": "By", "fr": "Par", "de": "Von", "es": "Por", "ja": "記者:"}


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
    e = html.escape
    lang = meta["lang"]
    v = int(meta.get("variant", "0"))
    sep = meta.get("sep", "-")
    sep = " | " if sep == "|" else " - "
    title, outlet, url, pub = meta["title"], meta["outlet"], meta["url"], meta["published"]
    site = url.split("/", 3)[:3]
    site = "/".join(site)
    desc = paras[0][:155]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="{site}/more/{i}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{BY[lang]} {e(meta["author"])}' if lang != "ja" else f'{BY[lang]}{e(meta["author"])}'
    timeline = f'<time datetime="{pub}">{e(meta.get("dateline", pub))}</time>'
    cookie = f'''  <div class="cookie-banner" role="dialog">
    <p>{e(ck[0])}</p>
    <button>{e(ck[1])}</button> <button>{e(ck[2])}</button>
  </div>'''
    header = f'''  <header class="site-header v{v}">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>'''
    article = f'''    <article>
      <p class="section">{e(meta.get("section", ""))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{byline} · {timeline}</p>
{body}
    </article>'''
    aside = f'''    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>'''
    footer = f'''  <footer>
    <p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p>
  </footer>'''
    if v == 0:
        layout = [cookie, header, '  <main>', article, aside, '  </main>', footer]
    elif v == 1:
        layout = [header, '  <div class="wrap">', aside, article, '  </div>', cookie, footer]
    elif v == 2:
        layout = [header, cookie, '  <main class="story">', article, '  </main>', aside.replace("    <aside", "  <aside").replace("    </aside>", "  </aside>"), footer]
    else:
        layout = ['  <div id="page">', header, '  <section class="content">', article, '  </section>', aside, footer, '  </div>', cookie]
    headblock = f'''<!DOCTYPE html>
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
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get("section", ""))}">
  <meta name="author" content="{e(meta["author"])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
'''
    return headblock + "\n".join(layout) + "\n</body>\n</html>\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n
        out.mkdir(parents=True, exist_ok=True)
        (out / "source.html").write_text(build(n), encoding="utf-8")
        print("wrote", out / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
