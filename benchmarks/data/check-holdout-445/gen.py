#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of ``key: value`` lines, a line ``---``, then the article
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), zone (IANA), title, author, section,
chrome (a, b, c or d: which page template), related (``title|path; ...``).

    python3 gen.py            # write every page
    python3 gen.py --check    # exit 1 if any page is out of date
"""
from __future__ import annotations

import html
import json
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

HEADER_KEYS = ("lang", "outlet", "url", "published", "zone", "title", "author",
               "section", "chrome", "related")


def read_spec(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise SystemExit(f"{path.name}: no --- line")
    spec: dict = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        spec[key.strip()] = value.strip()
    missing = [k for k in HEADER_KEYS if k not in spec]
    if missing:
        raise SystemExit(f"{path.name}: missing {missing}")
    spec["paragraphs"] = [" ".join(p.split()) if spec["lang"] != "ja" else "".join(p.split())
                          for p in body.strip().split("\n\n") if p.strip()]
    spec["related_links"] = []
    for item in spec["related"].split(";"):
        if item.strip():
            t, _, href = item.partition("|")
            spec["related_links"].append((t.strip(), href.strip()))
    spec["name"] = path.stem
    return spec


# --- localised chrome -------------------------------------------------------

NAV = {
    "en": ["News", "Local", "Business", "Sport", "Weather", "Opinion", "Obituaries"],
    "fr": ["Actualités", "Région", "Économie", "Sports", "Météo", "Opinions"],
    "de": ["Nachrichten", "Region", "Wirtschaft", "Sport", "Wetter", "Meinung"],
    "es": ["Noticias", "Ciudad", "Economía", "Deportes", "Clima", "Opinión"],
    "ja": ["ニュース", "地域", "経済", "スポーツ", "天気", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to personalise content and ads and to analyse our traffic.",
           "Accept all", "Manage preferences"),
    "fr": ("Nous utilisons des cookies pour personnaliser le contenu et mesurer l’audience.",
           "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
           "Aceptar todo", "Configurar"),
    "ja": ("当サイトでは利便性向上と広告配信のためにクッキーを使用しています。",
           "同意する", "設定を変更"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
NEWSLETTER = {"en": "Get the morning briefing in your inbox", "fr": "Recevez notre infolettre du matin",
              "de": "Unser Newsletter am Morgen", "es": "Recibe nuestro boletín matutino",
              "ja": "朝のニュースレターを受け取る"}
FOOTER = {"en": ("About us", "Contact", "Advertise", "Privacy policy", "Terms of use"),
          "fr": ("Qui sommes-nous", "Contact", "Publicité", "Confidentialité", "Mentions légales"),
          "de": ("Über uns", "Kontakt", "Anzeigen", "Datenschutz", "Impressum"),
          "es": ("Quiénes somos", "Contacto", "Publicidad", "Privacidad", "Aviso legal"),
          "ja": ("会社概要", "お問い合わせ", "広告掲載", "個人情報保護方針", "利用規約")}
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


def shown_date(spec: dict, dt: datetime) -> str:
    lang = spec["lang"]
    abbr = dt.astimezone(ZoneInfo(spec["zone"])).tzname() or ""
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ampm} {abbr}"
    if lang == "fr":
        return f"Publié le {dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour} h {dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d} h"
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


JA_SLUGS = {"ニュース": "news", "地域": "local", "経済": "economy", "スポーツ": "sports",
            "天気": "weather", "オピニオン": "opinion", "会社概要": "company", "お問い合わせ": "contact",
            "広告掲載": "advertising", "個人情報保護方針": "privacy", "利用規約": "terms", "市政": "city-hall"}


def slug(text: str) -> str:
    if text in JA_SLUGS:
        return JA_SLUGS[text]
    import unicodedata
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = "-".join("".join(c if c.isalnum() else " " for c in t).split())
    return t or "p" + str(sum(map(ord, text)) % 1000)


def page_title(spec: dict) -> str:
    sep = " - " if spec["chrome"] in ("a", "c") else " | "
    return f"{spec['title']}{sep}{spec['outlet']}"


def render(spec: dict) -> str:
    e = html.escape
    lang = spec["lang"]
    chrome = spec["chrome"]
    dt = datetime.fromisoformat(spec["published"])
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(spec["url"]))
    desc = spec["paragraphs"][0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…" if lang != "ja" else desc[:80] + "…"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": spec["title"],
        "datePublished": spec["published"],
        "dateModified": spec["published"],
        "author": {"@type": "Person", "name": spec["author"]},
        "publisher": {"@type": "Organization", "name": spec["outlet"],
                      "logo": {"@type": "ImageObject", "url": origin + "/static/logo.png"}},
        "articleSection": spec["section"],
        "inLanguage": lang,
        "mainEntityOfPage": spec["url"],
    }
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(page_title(spec))}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(spec['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(spec['url'])}">
  <meta property="og:image" content="{e(origin)}/media/{e(spec['name'])}/lead.jpg">
  <meta property="article:published_time" content="{e(spec['published'])}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav = "\n".join(f'        <li><a href="/{slug(n)}/">{e(n)}</a></li>' for n in NAV[lang])
    msg, ok, prefs = COOKIE[lang]
    cookie = f"""  <div class="cookie-banner" role="dialog" aria-label="cookies">
    <p>{e(msg)}</p>
    <button class="accept">{e(ok)}</button> <button class="prefs">{e(prefs)}</button>
  </div>
"""
    related = "\n".join(f'        <li><a href="{e(origin + href)}">{e(t)}</a></li>'
                        for t, href in spec["related_links"])
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{related}
      </ul>
    </aside>
"""
    paras = "\n".join(f"      <p>{e(p)}</p>" for p in spec["paragraphs"])
    byline = f"{BY[lang]} {spec['author']}".strip()
    article = f"""    <article class="story">
      <header>
        <p class="kicker"><a href="/{slug(spec['section'])}/">{e(spec['section'])}</a></p>
        <h1>{e(spec['title'])}</h1>
        <p class="byline"><span class="author">{e(byline)}</span>
          <time datetime="{e(spec['published'])}">{e(shown_date(spec, dt))}</time></p>
      </header>
      <figure class="lead-image"><img src="/media/{e(spec['name'])}/lead.jpg" alt="">
        <figcaption>{e(spec['outlet'])}</figcaption></figure>
{paras}
    </article>
"""
    foot_links = " | ".join(f'<a href="/info/{slug(t)}">{e(t)}</a>' for t in FOOTER[lang])
    footer = f"""  <footer class="site-footer">
    <p>{foot_links}</p>
    <p>© {dt.year} {e(spec['outlet'])}</p>
  </footer>
"""
    promo = f'    <div class="newsletter-promo"><a href="/newsletter/">{e(NEWSLETTER[lang])}</a></div>\n'
    top = f"""  <header class="masthead">
    <a class="logo" href="/">{e(spec['outlet'])}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
"""
    if chrome == "a":
        body = top + cookie + '  <main id="content">\n' + article + aside + promo + "  </main>\n" + footer
    elif chrome == "b":
        crumbs = (f'    <nav class="breadcrumb"><a href="/">{e(spec["outlet"])}</a> &rsaquo; '
                  f'<a href="/{slug(spec["section"])}/">{e(spec["section"])}</a></nav>\n')
        body = top + '  <div class="wrap">\n' + crumbs + article + promo + aside + "  </div>\n" + footer + cookie
    elif chrome == "c":
        share = '    <div class="share"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>\n'
        body = cookie + top + '  <div class="grid">\n' + aside + '  <main>\n' + share + article + "  </main>\n  </div>\n" + promo + footer
    else:
        ranking = f'    <aside class="ranking"><h2>アクセスランキング</h2><ol>\n' + "\n".join(
            f'      <li><a href="{e(origin + href)}">{e(t)}</a></li>' for t, href in spec["related_links"]) + "\n    </ol></aside>\n"
        body = top + '  <div class="container">\n' + article + ranking + promo + "  </div>\n" + cookie + footer
    return head + '<body class="article">\n' + body + "</body>\n</html>\n"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path in sorted(SPECS.glob("*.txt")):
        spec = read_spec(path)
        out = CASES / spec["name"] / "source.html"
        text = render(spec)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(spec["name"])
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
