#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  `render(name)` returns the page; run with no
arguments to (re)write every case's source.html.
"""
import datetime as dt
import html
import json
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Markets", "Auctions", "Galleries", "Opinion", "Podcasts"],
    "fr": ["Actualités", "Enchères", "Galeries", "Marché", "Portraits", "Agenda"],
    "de": ["Nachrichten", "Auktionen", "Galerien", "Kunstmarkt", "Meinung", "Termine"],
    "es": ["Noticias", "Subastas", "Galerías", "Mercado", "Opinión", "Agenda"],
    "ja": ["ニュース", "オークション", "画廊", "市場", "論説", "催し"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and measure traffic.", "Accept all", "Manage"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et améliorer le site.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Reichweite zu messen und die Seite zu verbessern.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para medir la audiencia y mejorar el servicio.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related", ["Gallery rents climb in the arts district", "Five things to watch at this year's fairs", "Why condition reports matter"]),
    "fr": ("À lire aussi", ["Les galeries face à la hausse des loyers", "Cinq foires à suivre cet automne", "Le constat d'état, mode d'emploi"]),
    "de": ("Mehr zum Thema", ["Galerien unter Mietdruck", "Fünf Messen, die man kennen sollte", "Was ein Zustandsbericht verrät"]),
    "es": ("Más noticias", ["Las galerías ante la subida de alquileres", "Cinco ferias para este otoño", "Qué dice un informe de estado"]),
    "ja": ("関連記事", ["画廊街の賃料上昇続く", "今秋注目のアートフェア5選", "コンディションレポートの読み方"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def parse_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_date(meta):
    t = dt.datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    zone = meta.get("zone", "")
    if lang == "en":
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {t:%H:%M} {zone}".strip()
    if lang == "fr":
        return f"{t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour} h {t:%M}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t:%H.%M} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year}, {t:%H:%M}"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    lang = meta["lang"]
    variant = zlib.crc32(name.encode()) % 3
    e = html.escape
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = " | " if variant == 1 else " - "
    desc = paras[0][:180]
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": meta["published"], "inLanguage": lang,
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url,
    }
    site = meta["site_url"]
    nav = "\n".join(f'        <li><a href="{site}/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck, ok, manage = COOKIE[lang]
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'        <li><a href="{site}/related/{i+1}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    year = meta["published"][:4]
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
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <link rel="stylesheet" href="/assets/main.css">
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ck)}</p>
    <button class="accept">{e(ok)}</button> <button class="manage">{e(manage)}</button>
  </div>
"""
    navblock = f"""  <header class="masthead">
    <a class="logo" href="{site}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
"""
    article = f"""  <main>
    <article>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{meta['published']}">{e(shown_date(meta))}</time></p>
{body}
    </article>
    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>
  </main>
"""
    footer = f"""  <footer>
    <p>&copy; {year} {e(outlet)}. {e(FOOT[lang])}</p>
    <a href="{site}/privacy">Privacy</a> · <a href="{site}/contact">Contact</a>
  </footer>
"""
    if variant == 0:
        parts = [cookie, navblock, article, footer]
    elif variant == 1:
        parts = [navblock, article, footer, cookie]
    else:
        parts = [navblock, cookie, article.replace("<main>", '<main class="wide">'), footer]
    return head + '<body class="story">\n' + "".join(parts) + "</body>\n</html>\n"


def main(names=None):
    names = names or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(n), encoding="utf-8")
    print(f"wrote {len(names)} source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
