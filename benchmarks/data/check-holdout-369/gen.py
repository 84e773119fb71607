#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines. The page chrome (nav, cookie banner, related
links, footer, title separator) varies with a hash of the case name.
"""
import datetime as dt
import hashlib
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

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
NAV = {
    "en": ["Home", "News", "Politics", "Business", "Markets", "Opinion", "Sport"],
    "fr": ["Accueil", "Actualités", "Politique", "Économie", "Région", "Opinions", "Sports"],
    "de": ["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Region", "Meinung", "Sport"],
    "es": ["Inicio", "Noticias", "Política", "Economía", "Regiones", "Opinión", "Deportes"],
    "ja": ["トップ", "ニュース", "政治", "経済", "地域", "社説", "スポーツ"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audiences.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上と閲覧状況の計測のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": ("Related stories", ["Rating agencies warn on municipal debt loads", "How bond auctions work: a reader's guide",
                               "Letters: the cost of closing libraries", "Weekly markets wrap"]),
    "fr": ("À lire aussi", ["Les collectivités face à la hausse des taux", "Comment fonctionne un emprunt obligataire",
                            "Courrier des lecteurs : la taxe foncière", "Le point marchés de la semaine"]),
    "de": ("Mehr zum Thema", ["Kommunen unter Druck: Zinsen steigen weiter", "So funktioniert eine Kommunalanleihe",
                              "Leserbriefe: Schwimmbäder und Sparzwang", "Der Wochenrückblick Wirtschaft"]),
    "es": ("Le puede interesar", ["Las regiones y el costo de la deuda", "Qué es un bono subnacional",
                                  "Cartas de lectores: el impuesto predial", "Resumen semanal de mercados"]),
    "ja": ("関連記事", ["自治体の借金、金利上昇で重荷に", "地方債の仕組みを解説", "読者の声：公共施設の統廃合", "週間マーケット概況"]),
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}
ZONES = {  # (lang, utc offset) -> zone label shown on the page
    ("en", "-04:00"): "ADT", ("en", "-05:00"): "CDT", ("en", "-07:00"): "MST", ("en", "-03:00"): "ADT",
    ("en", "+01:00"): "BST", ("en", "+10:00"): "AEST", ("en", "+13:00"): "NZDT", ("en", "+05:30"): "IST",
    ("en", "+00:00"): "GMT", ("en", "+08:00"): "SLT",
    ("fr", "+01:00"): "HNEC", ("fr", "+02:00"): "HAEC", ("fr", "-05:00"): "HNE",
    ("de", "+01:00"): "MEZ", ("de", "+02:00"): "MESZ", ("es", "-03:00"): "ART", ("es", "-05:00"): "COT",
    ("ja", "+09:00"): "JST",
}


def parse_spec(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def display_time(lang, ts):
    t = dt.datetime.fromisoformat(ts)
    off = ts[-6:]
    zone = ZONES.get((lang, off), "UTC" + off)
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year}, {h}:{t.minute:02d} {ap} {zone}"
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour} h {t.minute:02d} ({zone})"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour:02d}:{t.minute:02d} Uhr ({zone})"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} ({zone})"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras):
    lang = meta["lang"]
    v = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    e = lambda s: html.escape(s, quote=True)
    outlet, title, url, ts = meta["outlet"], meta["title"], meta["url"], meta["published"]
    sep = " | " if v % 2 else " - "
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": ts, "dateModified": ts, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(ck[0])}</p>'
              f'<button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>')
    rel_h, rel = RELATED[lang]
    rel_html = "\n".join(f'      <li><a href="/story/{1000 + 7 * i + v}">{e(r)}</a></li>' for i, r in enumerate(rel))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    when = display_time(lang, ts)
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
  <meta property="article:published_time" content="{ts}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/v{v + 3}/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    header_block = f"""    <header class="masthead">
      <a class="logo" href="/">{e(outlet)}</a>
    </header>
    <nav class="primary-nav">
    <ul>
{nav}
    </ul>
    </nav>"""
    art = f"""    <article class="story">
      <p class="section-label">{e(meta['section'])}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{e(meta['author'])} · <time datetime="{ts}">{e(when)}</time></p>
{body}
    </article>"""
    aside = f"""    <aside class="related">
      <h2>{e(rel_h)}</h2>
      <ul>
{rel_html}
      </ul>
    </aside>"""
    footer = f"""    <footer class="site-footer">
      <p>© {ts[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
      <p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></p>
    </footer>"""
    if v == 0:
        parts = [cookie, header_block, "  <main>", art, aside, "  </main>", footer]
    elif v == 1:
        parts = [header_block, '  <div class="wrap">', art, aside, "  </div>", footer, cookie]
    elif v == 2:
        parts = [header_block, cookie, '  <div class="grid"><div class="col-main">', art,
                 '  </div><div class="col-side">', aside, "  </div></div>", footer]
    else:
        parts = [cookie, '  <div class="page">', header_block, aside, art, "  </div>", footer]
    return head + '<body class="article">\n' + "\n".join(parts) + "\n</body>\n</html>\n"


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(name, meta, paras), encoding="utf-8")
    print(f"rendered {len(names)} pages")


if __name__ == "__main__":
    main()
