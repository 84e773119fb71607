#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  The page chrome (nav, cookie banner, related links,
footer) varies with a variant chosen from the case name.
"""
import hashlib
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
    "en": dict(nav=["Home", "News", "Business", "Transport", "Opinion", "Sport"],
               cookie="We use cookies to improve your experience and to show relevant ads.",
               accept="Accept all", reject="Reject", related="More stories",
               rights="All rights reserved.", by="By", share="Share",
               rel=["Council approves new bus lanes", "Fuel prices ease for third week",
                    "Port workers reach pay deal", "Letters: Our roads deserve better"]),
    "fr": dict(nav=["Accueil", "Actualité", "Économie", "Société", "Sports", "Culture"],
               cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               rights="Tous droits réservés.", by="Par", share="Partager",
               rel=["Le marché couvert rouvre ses portes", "Transports scolaires : les nouveaux horaires",
                    "Le prix du gazole repart à la hausse", "Tribune : repenser nos mobilités"]),
    "de": dict(nav=["Startseite", "Lokales", "Wirtschaft", "Politik", "Sport", "Kultur"],
               cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und Werbung anzuzeigen.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               rights="Alle Rechte vorbehalten.", by="Von", share="Teilen",
               rel=["Neue Radwege am Kanal freigegeben", "Spritpreise sinken leicht",
                    "Stadtwerke erhöhen Abschläge", "Kommentar: Ohne Brücken keine Zukunft"]),
    "es": dict(nav=["Portada", "Comarca", "Economía", "Sociedad", "Deportes", "Cultura"],
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
               accept="Aceptar todo", reject="Rechazar", related="Te puede interesar",
               rights="Todos los derechos reservados.", by="Por", share="Compartir",
               rel=["El mercado municipal amplía su horario", "Nuevas frecuencias de autobús",
                    "Baja el precio del combustible", "Opinión: las obras que nadie quiere"]),
    "ja": dict(nav=["トップ", "地域", "経済", "社会", "スポーツ", "文化"],
               cookie="当サイトではサービス向上と広告配信のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               rights="無断転載を禁じます。", by="", share="共有",
               rel=["市営バス、来春ダイヤ改正", "ガソリン価格3週連続で下落",
                    "港湾荷役の人手不足深刻", "社説:老朽インフラにどう向き合うか"]),
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def display_date(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang, tz = meta["lang"], meta["tzname"]
    if lang == "en":
        h = dt.hour % 12 or 12
        ap = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ap} {tz}"
    if lang == "fr":
        d = "1er" if dt.day == 1 else str(dt.day)
        return f"Publié le {d} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour} h {dt.minute:02d}"
    if lang == "de":
        return f"{dt.day:02d}.{dt.month:02d}.{dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year} - {dt.hour:02d}:{dt.minute:02d} {tz}"
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"
    raise ValueError(lang)


def render(name, meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    ui = UI[lang]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    sep = " | " if variant % 2 else " - "
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub = meta["published"]
    desc = paras[0][:160]
    site = url.split("/")[2]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="/more/{i+1}">{e(r)}</a></li>' for i, r in enumerate(ui["rel"]))
    body = "\n".join(f"        <p>{e(p)}</p>" for p in paras)
    byline = f'{ui["by"]} {meta["author"]}'.strip()
    cookie = (f'  <div id="consent" class="cookie-banner" role="dialog">\n'
              f'    <p>{e(ui["cookie"])}</p>\n'
              f'    <button class="accept">{e(ui["accept"])}</button> <button class="reject">{e(ui["reject"])}</button>\n'
              f'  </div>\n')
    header_nav = (f'  <header class="site-header v{variant}">\n'
                  f'    <a class="logo" href="/">{e(outlet)}</a>\n'
                  f'    <nav aria-label="main">\n      <ul>\n{nav}\n      </ul>\n    </nav>\n'
                  f'  </header>\n')
    article = (f'    <article class="story">\n'
               f'      <p class="section-label">{e(meta["section"])}</p>\n'
               f'      <h1>{e(title)}</h1>\n'
               f'      <p class="byline"><span class="author">{e(byline)}</span> · '
               f'<time datetime="{pub}">{e(display_date(meta))}</time></p>\n'
               f'      <div class="article-body">\n{body}\n      </div>\n'
               f'      <p class="share"><a href="#">{e(ui["share"])}</a></p>\n'
               f'    </article>\n')
    aside = (f'    <aside class="related">\n      <h2>{e(ui["related"])}</h2>\n'
             f'      <ul>\n{rel}\n      </ul>\n    </aside>\n')
    main = article + aside if variant in (0, 3) else aside + article
    footer = (f'  <footer class="site-footer">\n'
              f'    <p>&copy; {pub[:4]} {e(outlet)}. {e(ui["rights"])}</p>\n'
              f'    <p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a> · <a href="https://{site}/rss">RSS</a></p>\n'
              f'  </footer>\n')
    top = cookie + header_nav if variant < 2 else header_nav + cookie
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n'
        f'  <meta charset="utf-8">\n'
        f'  <meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'  <title>{e(title)}{sep}{e(outlet)}</title>\n'
        f'  <meta name="description" content="{e(desc)}">\n'
        f'  <link rel="canonical" href="{e(url)}">\n'
        f'  <meta property="og:type" content="article">\n'
        f'  <meta property="og:site_name" content="{e(outlet)}">\n'
        f'  <meta property="og:title" content="{e(title)}">\n'
        f'  <meta property="og:description" content="{e(desc)}">\n'
        f'  <meta property="og:url" content="{e(url)}">\n'
        f'  <meta property="article:published_time" content="{pub}">\n'
        f'  <meta property="article:section" content="{e(meta["section"])}">\n'
        f'  <meta name="author" content="{e(meta["author"])}">\n'
        f'  <link rel="stylesheet" href="/assets/site.css">\n'
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        f'</head>\n<body class="article v{variant}">\n'
        + top +
        f'  <main class="content">\n' + main + f'  </main>\n' + footer +
        f'  <script src="/assets/app.js" defer></script>\n</body>\n</html>\n')


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(name, meta, paras)


def main():
    names = sys.argv[1:] or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main()
