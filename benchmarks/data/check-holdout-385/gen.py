#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  Keys: lang, outlet, url, published
(ISO 8601 with UTC offset), tzname, title, author, section, sep (' - ' or
' | '), chrome (1-3), related (titles separated by ' ;; ').
"""
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
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
UI = {
    "en": dict(cookie="We use cookies to improve your experience and to measure traffic.",
               accept="Accept all", reject="Reject", related="Related coverage",
               nav=["Home", "City", "Transport", "Business", "Opinion", "Weather"],
               rights="All rights reserved.", by="By", share="Share this story",
               newsletter="Sign up for the morning briefing"),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               nav=["Accueil", "Région", "Transports", "Économie", "Opinions", "Météo"],
               rights="Tous droits réservés.", by="Par", share="Partager l'article",
               newsletter="Recevoir la lettre du matin"),
    "de": dict(cookie="Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               nav=["Startseite", "Region", "Verkehr", "Wirtschaft", "Meinung", "Wetter"],
               rights="Alle Rechte vorbehalten.", by="Von", share="Artikel teilen",
               newsletter="Newsletter abonnieren"),
    "es": dict(cookie="Usamos cookies para mejorar su experiencia y medir la audiencia.",
               accept="Aceptar todo", reject="Rechazar", related="Más noticias",
               nav=["Portada", "Ciudad", "Transporte", "Economía", "Opinión", "Tiempo"],
               rights="Todos los derechos reservados.", by="Por", share="Compartir",
               newsletter="Suscríbase al boletín"),
    "ja": dict(cookie="当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               nav=["トップ", "地域", "交通", "経済", "社説", "天気"],
               rights="無断転載を禁じます。", by="", share="この記事を共有",
               newsletter="ニュースレターを受け取る"),
}


def local_date(lang, dt, tzname):
    m, wd = dt.month, dt.weekday()
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "a.m." if dt.hour < 12 else "p.m."
        return f"{WEEKDAYS['en'][wd]}, {MONTHS['en'][m-1]} {dt.day}, {dt.year}, {h}:{dt.minute:02d} {ampm} {tzname}"
    if lang == "fr":
        return f"Publié le {WEEKDAYS['fr'][wd]} {dt.day} {MONTHS['fr'][m-1]} {dt.year} à {dt.hour} h {dt.minute:02d}"
    if lang == "de":
        return f"{WEEKDAYS['de'][wd]}, {dt.day}. {MONTHS['de'][m-1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{WEEKDAYS['es'][wd]} {dt.day} de {MONTHS['es'][m-1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d} h ({tzname})"
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日({WEEKDAYS['ja'][wd]}) {dt.hour}時{dt.minute:02d}分"
    raise ValueError(lang)


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def slug_base(url):
    return url.split("/")[2]


def render(meta, paras):
    e = html.escape
    lang, outlet, url, title = meta["lang"], meta["outlet"], meta["url"], meta["title"]
    dt = datetime.fromisoformat(meta["published"])
    ui = UI[lang]
    sep = meta.get("sep", " - ").replace("'", "")
    sep = " | " if sep.strip() == "|" else " - "
    chrome = int(meta.get("chrome", "1"))
    author = meta.get("author", "")
    section = meta.get("section", ui["nav"][2])
    desc = paras[0][:160]
    related = [r.strip() for r in meta.get("related", "").split(";;") if r.strip()]
    host = slug_base(url)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": lang,
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
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
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav_items = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    cookie = f"""  <div class="cookie-banner" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
"""
    rel = "\n".join(f'      <li><a href="/{section.lower().replace(" ", "-")}/{i+1}">{e(r)}</a></li>' for i, r in enumerate(related))
    byline = f"{ui['by']} {author}".strip() if author else ""
    tshow = local_date(lang, dt, meta.get("tzname", ""))
    body_ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    article = f"""    <article class="story">
      <header>
        <p class="kicker">{e(section)}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(byline)}</span> <time datetime="{meta['published']}">{e(tshow)}</time></p>
      </header>
{body_ps}
      <footer class="story-tools"><a href="#share">{e(ui['share'])}</a></footer>
    </article>
"""
    if chrome == 1:
        top = f"""<body class="article">
  <header class="masthead">
    <a class="logo" href="https://{host}/">{e(outlet)}</a>
    <nav>
      <ul>
{nav_items}
      </ul>
    </nav>
  </header>
{cookie}  <main>
"""
        aside = f"""    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
"""
    elif chrome == 2:
        top = f"""<body>
{cookie}  <div class="site-wrap">
  <div class="topline"><a href="https://{host}/">{e(outlet)}</a> <a class="nl" href="/newsletter">{e(ui['newsletter'])}</a></div>
  <nav class="primary">
    <ul class="menu">
{nav_items}
    </ul>
  </nav>
  <ol class="breadcrumb"><li><a href="/">{e(ui['nav'][0])}</a></li><li>{e(section)}</li></ol>
  <div class="columns">
"""
        aside = f"""    <div class="sidebar">
      <section class="most-read">
        <h3>{e(ui['related'])}</h3>
        <ul>
{rel}
        </ul>
      </section>
      <div class="ad-slot" data-slot="sidebar-1"></div>
    </div>
  </div>
  </div>
"""
    else:
        top = f"""<body class="page page-article">
  <div id="app">
    <div class="header-bar">
      <button class="menu-toggle" aria-label="menu">&#9776;</button>
      <span class="site-name">{e(outlet)}</span>
    </div>
    <ul class="drawer">
{nav_items}
    </ul>
  </div>
  <section class="content">
"""
        aside = f"""    <section class="more-stories">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
      <p class="newsletter"><a href="/newsletter">{e(ui['newsletter'])}</a></p>
    </section>
  </section>
{cookie}"""
    foot = f"""  <footer class="site-footer">
    <p>&copy; {dt.year} {e(outlet)}. {e(ui['rights'])}</p>
    <p><a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p>
  </footer>
</body>
</html>
"""
    return head + top + article + aside + foot


def build(name):
    meta, paras = read_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        out = HERE / "cases" / name / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(name), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
