#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), zone (IANA), title, author, section,
chrome (a|b|c|d: page-chrome variant), related (`title | path ; ...`).

    python3 gen.py            # write every case
    python3 gen.py --check    # exit 1 if any source.html is out of date
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

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
    "en": {"nav": ["News", "Local", "Business", "Motoring", "Sport", "Opinion", "Weather"],
           "cookie": "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "accept": "Accept all", "reject": "Reject non-essential", "related": "Related stories",
           "more": "Most read", "by": "By", "share": "Share this article",
           "foot": ["About us", "Contact", "Advertise", "Privacy notice", "Terms of use", "Corrections"],
           "rights": "All rights reserved.", "sub": "Subscribe", "updated": "Published"},
    "fr": {"nav": ["Actualités", "Région", "Économie", "Auto-moto", "Sports", "Opinions", "Météo"],
           "cookie": "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "accept": "Tout accepter", "reject": "Continuer sans accepter", "related": "À lire aussi",
           "more": "Les plus lus", "by": "Par", "share": "Partager l'article",
           "foot": ["Qui sommes-nous", "Contact", "Publicité", "Données personnelles", "Mentions légales", "Rectificatifs"],
           "rights": "Tous droits réservés.", "sub": "S'abonner", "updated": "Publié le"},
    "de": {"nav": ["Nachrichten", "Region", "Wirtschaft", "Mobilität", "Sport", "Meinung", "Wetter"],
           "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "accept": "Alle akzeptieren", "reject": "Nur notwendige", "related": "Mehr zum Thema",
           "more": "Meistgelesen", "by": "Von", "share": "Artikel teilen",
           "foot": ["Über uns", "Kontakt", "Anzeigen", "Datenschutz", "Impressum", "Korrekturen"],
           "rights": "Alle Rechte vorbehalten.", "sub": "Abo", "updated": "Veröffentlicht am"},
    "es": {"nav": ["Noticias", "Local", "Economía", "Motor", "Deportes", "Opinión", "El tiempo"],
           "cookie": "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
           "accept": "Aceptar todo", "reject": "Rechazar", "related": "Noticias relacionadas",
           "more": "Lo más leído", "by": "Por", "share": "Compartir",
           "foot": ["Quiénes somos", "Contacto", "Publicidad", "Privacidad", "Aviso legal", "Fe de erratas"],
           "rights": "Todos los derechos reservados.", "sub": "Suscríbete", "updated": "Publicado el"},
    "ja": {"nav": ["ニュース", "地域", "経済", "くらし", "スポーツ", "オピニオン", "天気"],
           "cookie": "当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
           "accept": "同意する", "reject": "必要なもののみ", "related": "関連記事",
           "more": "よく読まれている記事", "by": "記者:", "share": "この記事をシェア",
           "foot": ["会社概要", "お問い合わせ", "広告掲載", "プライバシーポリシー", "利用規約", "訂正・おわび"],
           "rights": "無断転載を禁じます。", "sub": "購読する", "updated": "配信"},
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    meta["paragraphs"] = [p for p in paras if p]
    meta["related"] = [tuple(x.strip() for x in r.split("|"))
                       for r in meta.get("related", "").split(";") if r.strip()]
    return meta


def local_stamp(meta):
    dt = datetime.fromisoformat(meta["published"])
    loc = dt.astimezone(ZoneInfo(meta["zone"]))
    assert loc.utcoffset() == dt.utcoffset(), (meta["url"], "offset does not match zone")
    lang = meta["lang"]
    tz = loc.tzname()
    if lang == "en":
        h = loc.hour % 12 or 12
        ampm = "a.m." if loc.hour < 12 else "p.m."
        return f"{MONTHS['en'][loc.month-1]} {loc.day}, {loc.year} {h}:{loc.minute:02d} {ampm} {tz}"
    if lang == "fr":
        day = "1er" if loc.day == 1 else str(loc.day)
        return f"{day} {MONTHS['fr'][loc.month-1]} {loc.year} à {loc.hour:02d}h{loc.minute:02d}"
    if lang == "de":
        return f"{loc.day:02d}.{loc.month:02d}.{loc.year}, {loc.hour:02d}:{loc.minute:02d} Uhr"
    if lang == "es":
        return f"{loc.day} de {MONTHS['es'][loc.month-1]} de {loc.year}, {loc.hour:02d}:{loc.minute:02d} h"
    return f"{loc.year}年{loc.month}月{loc.day}日 {loc.hour}時{loc.minute:02d}分"


def e(s):
    """Escape for an attribute value."""
    return html.escape(s, quote=True)


def x(s):
    """Escape for text content (quotes and apostrophes stay literal)."""
    return html.escape(s, quote=False)


def render(meta):
    lang, ui = meta["lang"], UI[meta["lang"]]
    chrome = meta.get("chrome", "a")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = " | " if chrome in ("b", "d") else " - "
    host = url.split("/")[2]
    desc = meta["paragraphs"][0]
    if len(desc) > 180:
        desc = desc[:177].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "dateModified": meta["published"],
          "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": f"https://{host}/static/logo.png"}},
          "articleSection": meta["section"], "mainEntityOfPage": url}
    stamp = local_stamp(meta)
    nav = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in
                    zip(["news", "local", "business", "motoring", "sport", "opinion", "weather"], ui["nav"]))
    related = "\n".join(f'        <li><a href="{e(p)}">{e(t)}</a></li>' for t, p in meta["related"])
    body = "\n".join(f"      <p>{x(p)}</p>" for p in meta["paragraphs"])
    foot = " ".join(f'<a href="/{i}/">{e(n)}</a>' for i, n in zip(
        ["about", "contact", "advertise", "privacy", "terms", "corrections"], ui["foot"]))
    year = meta["published"][:4]
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{x(title)}{sep}{x(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog" aria-label="cookies">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
"""
    header = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="main-nav">
    <ul>
{nav}
    </ul>
    </nav>
    <a class="subscribe" href="/subscribe/">{e(ui['sub'])}</a>
  </header>
"""
    article = f"""    <article class="story">
      <p class="kicker">{e(meta['section'])}</p>
      <h1>{x(title)}</h1>
      <p class="byline">{e(ui['by'])} <span class="author">{e(meta['author'])}</span></p>
      <p class="dateline">{e(ui['updated'])} <time datetime="{e(meta['published'])}">{e(stamp)}</time></p>
{body}
      <div class="share">{e(ui['share'])}</div>
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{related}
      </ul>
    </aside>
"""
    most = f"""    <aside class="most-read">
      <h2>{e(ui['more'])}</h2>
      <ol>
{related}
      </ol>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <p>{foot}</p>
    <p>&copy; {year} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
"""
    if chrome == "a":
        page = cookie + header + '  <main class="content">\n' + article + aside + "  </main>\n" + footer
    elif chrome == "b":
        page = header + '  <div class="wrap">\n' + most + article + aside + "  </div>\n" + footer + cookie
    elif chrome == "c":
        page = header + cookie + '  <main>\n    <div class="grid">\n' + article + "    </div>\n" + aside + "  </main>\n" + footer
    else:
        page = cookie + header + '  <div id="page">\n' + article + "  </div>\n" + '  <section class="more">\n' + most + aside + "  </section>\n" + footer
    return head + f'<body class="article chrome-{chrome}">\n' + page + "</body>\n</html>\n"


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted(SPECS.glob("*.txt")):
        out = CASES / spec.stem / "source.html"
        text = render(parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(spec.stem)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        if stale:
            print("stale:", ", ".join(stale))
            sys.exit(1)
        print("all source.html up to date")


if __name__ == "__main__":
    main()
