#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of `key: value` lines (lang, outlet, url, published,
zone, title, author, section, chrome, related; `related` may repeat as
`Title | URL`), a line `---`, then one paragraph per line.

Usage: python3 gen.py [--check]   (--check: exit 1 if any page is stale)
"""
import html
import json
import re
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Local", "Business", "Obituaries", "Opinion", "Sport", "Weather"],
    "fr": ["Actualité", "Régions", "Économie", "Avis de décès", "Opinions", "Sports"],
    "de": ["Nachrichten", "Region", "Wirtschaft", "Traueranzeigen", "Meinung", "Sport"],
    "es": ["Noticias", "Región", "Economía", "Esquelas", "Opinión", "Deportes"],
    "ja": ["ニュース", "地域", "経済", "おくやみ", "社説", "スポーツ"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to show relevant advertising.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "Aceptar", "Configurar"),
    "ja": ("当サイトでは利便性向上と広告配信のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
FOOTER = {
    "en": "All rights reserved. Reproduction without permission is prohibited.",
    "fr": "Tous droits réservés. Reproduction interdite sans autorisation.",
    "de": "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung.",
    "es": "Todos los derechos reservados. Prohibida su reproducción total o parcial.",
    "ja": "無断転載を禁じます。",
}
SHARE = {"en": "Share this article", "fr": "Partager cet article", "de": "Artikel teilen",
         "es": "Compartir", "ja": "この記事をシェア"}
BY = {"en": "By", "fr": "Par", "de": "Von", "es": "Por", "ja": ""}
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


def parse_spec(path):
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "related":
            title, _, url = value.rpartition("|")
            meta["related"].append((title.strip(), url.strip()))
        else:
            meta[key] = value
    meta["paragraphs"] = [p.strip() for p in body.splitlines() if p.strip()]
    return meta


def shown_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    loc = dt.astimezone(ZoneInfo(meta["zone"]))
    abbr = loc.tzname()
    lang = meta["lang"]
    if lang == "en":
        h = loc.hour % 12 or 12
        ampm = "a.m." if loc.hour < 12 else "p.m."
        return f"{MONTHS['en'][loc.month-1]} {loc.day}, {loc.year} {h}:{loc.minute:02d} {ampm} {abbr}"
    if lang == "fr":
        return f"Publié le {loc.day} {MONTHS['fr'][loc.month-1]} {loc.year} à {loc.hour:02d}h{loc.minute:02d}"
    if lang == "de":
        return f"{loc.day}. {MONTHS['de'][loc.month-1]} {loc.year}, {loc.hour:02d}:{loc.minute:02d} Uhr"
    if lang == "es":
        return f"{loc.day} de {MONTHS['es'][loc.month-1]} de {loc.year} - {loc.hour:02d}:{loc.minute:02d} h"
    return f"{loc.year}年{loc.month}月{loc.day}日 {loc.hour}:{loc.minute:02d}"


def page_title(meta):
    sep = {"a": " - ", "b": " | ", "c": " | ", "d": " - "}[meta["chrome"]]
    return meta["title"] + sep + meta["outlet"]


def render(meta):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    chrome = meta["chrome"]
    first = meta["paragraphs"][0]
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    if lang == "ja":
        desc = first[:80] + ("…" if len(first) > 80 else "")
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta["title"],
        "datePublished": meta["published"],
        "dateModified": meta["published"],
        "inLanguage": lang,
        "articleSection": meta["section"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["outlet"]},
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta["url"]},
    }
    site = meta["url"].split("/")[2]
    def slug(i, n):
        a = re.sub(r"[^a-z]+", "-", n.lower()).strip("-")
        return a if a and n.isascii() else f"section-{i}"
    nav_items = "\n".join(
        f'        <li><a href="/{slug(i, n)}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    cookie_text, accept, manage = COOKIE[lang]
    related = "\n".join(
        f'        <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in meta["related"])
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in meta["paragraphs"])
    byline = (f"{BY[lang]} {meta['author']}" if BY[lang] else meta["author"]).strip()
    year = meta["published"][:4]

    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(page_title(meta))}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/site.{chrome}.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div id="cookie-consent" class="consent" role="dialog">
    <p>{e(cookie_text)}</p>
    <button class="accept">{e(accept)}</button> <button class="manage">{e(manage)}</button>
  </div>
"""
    nav = f"""  <header class="site-header">
    <a class="logo" href="https://{site}/">{e(meta['outlet'])}</a>
    <nav class="main-nav">
      <ul>
{nav_items}
      </ul>
    </nav>
  </header>
"""
    article = f"""    <article class="story">
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline"><span class="author">{e(byline)}</span> · <time datetime="{meta['published']}">{e(shown_time(meta))}</time></p>
{paras}
      <div class="share">{e(SHARE[lang])}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">E-mail</a></div>
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{related}
      </ul>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <p>&copy; {year} {e(meta['outlet'])}. {e(FOOTER[lang])}</p>
    <p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a> · <a href="/contact/">Contact</a></p>
  </footer>
"""
    if chrome == "a":
        body = cookie + nav + '  <main class="layout">\n' + article + aside + "  </main>\n" + footer
    elif chrome == "b":
        body = nav + '  <div class="wrap">\n' + aside + article + "  </div>\n" + footer + cookie
    elif chrome == "c":
        body = (nav + '  <div class="breaking">Live updates · Markets · Weather alerts</div>\n'
                + '  <main>\n' + article + "  </main>\n" + aside + footer + cookie)
    else:
        body = (cookie + '  <div class="ad-slot" data-slot="top">Advertisement</div>\n' + nav
                + '  <section class="content">\n' + article
                + '    <div class="newsletter">Sign up for our newsletter</div>\n'
                + aside + "  </section>\n" + footer)
    return head + '<body class="article">\n' + body + "</body>\n</html>\n"


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        out = HERE / "cases" / spec.stem / "source.html"
        text = render(parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(spec.stem)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        for s in stale:
            print("stale:", s)
        sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
