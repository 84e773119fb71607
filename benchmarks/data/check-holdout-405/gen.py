#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-405).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines. Run: python3 gen.py [--check]
(--check only reports pages that differ from what gen.py would write).
"""
import datetime as dt
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHROME = {
    "en": dict(nav=["World", "Farming", "Markets", "Livestock", "Weather", "Opinion"],
               cookie="We use cookies to measure readership and improve the site.",
               accept="Accept all", reject="Manage choices", related="Related stories",
               rel=["Feed costs ease for a second month", "Auction week: what traders watch",
                    "Letters: the case for smaller herds"],
               foot="All rights reserved.", by="By", sub="Subscribe"),
    "fr": dict(nav=["Actualités", "Élevage", "Marchés", "Régions", "Météo", "Opinions"],
               cookie="Ce site utilise des cookies pour mesurer l'audience.",
               accept="Tout accepter", reject="Paramétrer", related="À lire aussi",
               rel=["Le prix des aliments recule encore", "Foires d'automne : le programme",
                    "Tribune : l'élevage face au climat"],
               foot="Tous droits réservés.", by="Par", sub="S'abonner"),
    "de": dict(nav=["Nachrichten", "Tierhaltung", "Märkte", "Regionen", "Wetter", "Meinung"],
               cookie="Wir verwenden Cookies, um die Nutzung unserer Seite zu messen.",
               accept="Alle akzeptieren", reject="Einstellungen", related="Mehr zum Thema",
               rel=["Futterkosten sinken weiter", "Was der Herbst für Weidebetriebe bringt",
                    "Kommentar: Weniger Tiere, mehr Wert"],
               foot="Alle Rechte vorbehalten.", by="Von", sub="Abo"),
    "es": dict(nav=["Noticias", "Ganadería", "Mercados", "Regiones", "Clima", "Opinión"],
               cookie="Usamos cookies para medir la audiencia del sitio.",
               accept="Aceptar todo", reject="Configurar", related="Más noticias",
               rel=["El costo del forraje baja por segundo mes", "Remates: lo que miran los consignatarios",
                    "Opinión: rodeos más chicos"],
               foot="Todos los derechos reservados.", by="Por", sub="Suscribirse"),
    "ja": dict(nav=["ニュース", "畜産", "市況", "地域", "天気", "論説"],
               cookie="当サイトは閲覧状況の把握のためクッキーを使用します。",
               accept="同意する", reject="設定", related="関連記事",
               rel=["配合飼料価格、2カ月連続で低下", "枝肉市場の動向", "社説:酪農の担い手をどう守るか"],
               foot="無断転載を禁じます。", by="", sub="購読"),
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def shown_date(lang, t, zone):
    if lang == "en":
        h = t.hour % 12 or 12
        ap = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ap} {zone}"
    if lang == "fr":
        return f"Publié le {t.day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {MONTHS['de'][t.month-1]} {t.year}, {t.hour}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} ({zone})"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    c = CHROME[lang]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    sep = " | " if variant % 2 else " - "
    t = dt.datetime.fromisoformat(meta["published"])
    desc = paras[0] if len(paras[0]) <= 160 else paras[0][:157].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": meta["title"],
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": meta["outlet"]},
          "mainEntityOfPage": meta["url"]}
    home = meta["home"]
    nav = "\n".join(f'      <li><a href="{home}section/{i+1}/">{e(s)}</a></li>'
                    for i, s in enumerate(c["nav"]))
    rel = "\n".join(f'      <li><a href="{home}story/{i+101}">{e(s)}</a></li>'
                    for i, s in enumerate(c["rel"]))
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    by = f'{c["by"]} {meta["author"]}'.strip()
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(c["cookie"])}</p>'
              f'<button>{e(c["accept"])}</button><button>{e(c["reject"])}</button></div>\n')
    header = (f'  <header class="masthead">\n    <a class="logo" href="{home}">{e(meta["outlet"])}</a>\n'
              f'    <nav><ul>\n{nav}\n    </ul></nav>\n    <a class="sub" href="{home}subscribe">{e(c["sub"])}</a>\n  </header>\n')
    aside = (f'  <aside class="related">\n    <h2>{e(c["related"])}</h2>\n    <ul>\n{rel}\n    </ul>\n  </aside>\n')
    article = (f'  <main>\n  <article>\n    <p class="section">{e(meta["section"])}</p>\n'
               f'    <h1>{e(meta["title"])}</h1>\n'
               f'    <div class="byline"><span class="author">{e(by)}</span> '
               f'<time datetime="{meta["published"]}">{e(shown_date(lang, t, meta["zone"]))}</time></div>\n'
               f'    <div class="article-body">\n{body}\n    </div>\n  </article>\n  </main>\n')
    footer = (f'  <footer>\n    <p>© {t.year} {e(meta["outlet"])}. {e(c["foot"])}</p>\n'
              f'    <p><a href="{home}privacy">Privacy</a> · <a href="{home}contact">Contact</a></p>\n  </footer>\n')
    order = [[cookie, header, article, aside, footer], [header, article, aside, footer, cookie],
             [header, cookie, article, footer], [cookie, header, aside, article, footer]][variant]
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}">\n<head>\n  <meta charset="utf-8">\n'
            f'  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'  <title>{e(meta["title"])}{sep}{e(meta["outlet"])}</title>\n'
            f'  <meta name="description" content="{e(desc)}">\n'
            f'  <link rel="canonical" href="{e(meta["url"])}">\n'
            f'  <meta property="og:type" content="article">\n'
            f'  <meta property="og:site_name" content="{e(meta["outlet"])}">\n'
            f'  <meta property="og:title" content="{e(meta["title"])}">\n'
            f'  <meta property="og:url" content="{e(meta["url"])}">\n'
            f'  <meta property="article:published_time" content="{meta["published"]}">\n'
            f'  <meta property="article:section" content="{e(meta["section"])}">\n'
            f'  <meta name="author" content="{e(meta["author"])}">\n'
            f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            f'</head>\n<body class="v{variant}">\n' + "".join(order) + "</body>\n</html>\n")


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = read_spec(spec)
        page = render(name, meta, paras)
        out = HERE / "cases" / name / "source.html"
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        print("stale:", stale or "none")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
