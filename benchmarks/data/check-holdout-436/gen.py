#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines (lang, outlet, url, published with a
UTC offset, zone, title, author, section, chrome, related), a line `---`, and
the article: paragraphs separated by blank lines; a paragraph starting with
`## ` is a subheading.  Four page-chrome variants (a-d) differ in markup, in
the <title> separator and in the furniture around the <article>.

    python3 gen.py            # write every case
    python3 gen.py --check    # exit 1 if any source.html is out of date
"""
import html
import re
import unicodedata
import json
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

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
    "en": dict(cookie="We use cookies to personalise content and ads and to analyse our traffic.",
               accept="Accept all", manage="Manage preferences", related="Related stories",
               more="More from this section", rights="All rights reserved.", by="By",
               sub="Subscribe", newsletter="Get the morning briefing in your inbox.",
               signup="Sign up", mostread="Most read", home="Home", share="Share this article",
               nav=["News", "Local", "Business", "Health", "Pets", "Opinion", "Sport"],
               foot=["About us", "Contact", "Privacy policy", "Terms of use", "Advertise"]),
    "fr": dict(cookie="Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
               accept="Tout accepter", manage="Paramétrer", related="À lire aussi",
               more="Dans la même rubrique", rights="Tous droits réservés.", by="Par",
               sub="S'abonner", newsletter="Recevez l'essentiel de l'actualité chaque matin.",
               signup="Je m'inscris", mostread="Les plus lus", home="Accueil", share="Partager l'article",
               nav=["Actualité", "Région", "Économie", "Société", "Animaux", "Opinions", "Sports"],
               foot=["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales", "Publicité"]),
    "de": dict(cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
               accept="Alle akzeptieren", manage="Einstellungen", related="Mehr zum Thema",
               more="Weitere Artikel", rights="Alle Rechte vorbehalten.", by="Von",
               sub="Abo", newsletter="Der Newsletter am Morgen - kostenlos.",
               signup="Anmelden", mostread="Meistgelesen", home="Startseite", share="Artikel teilen",
               nav=["Nachrichten", "Region", "Wirtschaft", "Gesundheit", "Tiere", "Meinung", "Sport"],
               foot=["Über uns", "Kontakt", "Datenschutz", "Impressum", "Werbung"]),
    "es": dict(cookie="Usamos cookies propias y de terceros para mejorar tu experiencia.",
               accept="Aceptar todo", manage="Configurar", related="Notas relacionadas",
               more="Más de esta sección", rights="Todos los derechos reservados.", by="Por",
               sub="Suscríbete", newsletter="Recibe las noticias del día en tu correo.",
               signup="Registrarme", mostread="Lo más leído", home="Inicio", share="Compartir",
               nav=["Noticias", "Estado", "Economía", "Salud", "Mascotas", "Opinión", "Deportes"],
               foot=["Quiénes somos", "Contacto", "Aviso de privacidad", "Términos", "Publicidad"]),
    "ja": dict(cookie="当サイトでは利便性向上と広告配信のためにクッキーを使用しています。",
               accept="同意する", manage="設定", related="関連記事",
               more="このカテゴリーの記事", rights="無断転載を禁じます。", by="",
               sub="購読", newsletter="朝のニュースをメールでお届けします。",
               signup="登録", mostread="よく読まれている記事", home="トップ", share="この記事をシェア",
               nav=["ニュース", "地域", "経済", "くらし", "ペット", "社説", "スポーツ"],
               foot=["会社案内", "お問い合わせ", "個人情報保護方針", "利用規約", "広告掲載"]),
}


def parse_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["paragraphs"] = [" ".join(l.strip() for l in p.splitlines()) if meta["lang"] != "ja"
                          else "".join(l.strip() for l in p.splitlines()) for p in paras]
    meta["related_list"] = []
    for item in meta.get("related", "").split(";"):
        if "|" in item:
            t, _, u = item.partition("|")
            meta["related_list"].append((t.strip(), u.strip()))
    return meta


def shown_date(meta):
    dt = datetime.fromisoformat(meta["published"])
    loc = dt.astimezone(ZoneInfo(meta["zone"]))
    assert loc.utcoffset() == dt.utcoffset(), (meta["url"], "offset does not match zone")
    tz = loc.tzname()
    lang = meta["lang"]
    if lang == "en":
        h = loc.hour % 12 or 12
        ap = "a.m." if loc.hour < 12 else "p.m."
        return f"{MONTHS['en'][loc.month-1]} {loc.day}, {loc.year} {h}:{loc.minute:02d} {ap} {tz}"
    if lang == "fr":
        day = "1er" if loc.day == 1 else str(loc.day)
        return f"Publié le {day} {MONTHS['fr'][loc.month-1]} {loc.year} à {loc.hour} h {loc.minute:02d}"
    if lang == "de":
        return f"{loc.day}. {MONTHS['de'][loc.month-1]} {loc.year}, {loc.hour:02d}:{loc.minute:02d} Uhr"
    if lang == "es":
        return f"{loc.day} de {MONTHS['es'][loc.month-1]} de {loc.year}, {loc.hour:02d}:{loc.minute:02d} h"
    return f"{loc.year}年{loc.month}月{loc.day}日 {loc.hour}:{loc.minute:02d}"


def slug(text, i):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t or f"section-{i}"


def e(s):
    return html.escape(s, quote=True)


def body_html(meta, indent):
    out = []
    for p in meta["paragraphs"]:
        if p.startswith("## "):
            out.append(f"{indent}<h2>{e(p[3:])}</h2>")
        else:
            out.append(f"{indent}<p>{e(p)}</p>")
    return "\n".join(out)


def description(meta):
    first = next(p for p in meta["paragraphs"] if not p.startswith("## "))
    return first if len(first) <= 155 else first[:152].rsplit(" ", 1)[0] + "…"


def render(meta):
    v = meta.get("chrome", "a")
    ui = UI[meta["lang"]]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = " - " if v in ("a", "d") else " | "
    host = url.split("/")[2]
    base = "https://" + host
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet,
                        "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}},
          "articleSection": meta["section"], "mainEntityOfPage": url}
    if v in ("b", "d"):
        ld["dateModified"] = meta["published"]
    desc = description(meta)
    head = f"""<!DOCTYPE html>
<html lang="{meta['lang']}">
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
  <meta property="og:image" content="{base}/media/lead-{url.rstrip('/').rsplit('/', 1)[-1][:40]}.jpg">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav = "\n".join(f'        <li><a href="/{slug(n, i)}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"], 1))
    foot = "\n".join(f'      <a href="/info/{slug(n, i)}">{e(n)}</a>' for i, n in enumerate(ui["foot"], 1))
    rel = "\n".join(f'        <li><a href="{e(u)}">{e(t)}</a></li>' for t, u in meta["related_list"])
    byline = (f"{ui['by']} {meta['author']}".strip())
    when = shown_date(meta)
    art = f"""    <article class="story">
      <header>
        <p class="kicker">{e(meta['section'])}</p>
        <h1>{e(title)}</h1>
        <p class="byline"><span class="author">{e(byline)}</span> <time datetime="{meta['published']}">{e(when)}</time></p>
      </header>
      <div class="story-body" itemprop="articleBody">
{body_html(meta, '        ')}
      </div>
      <p class="share">{e(ui['share'])}</p>
    </article>"""
    cookie = f"""  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="manage">{e(ui['manage'])}</button>
  </div>"""
    if v == "a":
        page = f"""<body class="article">
{cookie}
  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="subscribe" href="/subscribe">{e(ui['sub'])}</a>
  </header>
  <main>
{art}
    <aside class="related">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <nav>
{foot}
    </nav>
    <p>&copy; {meta['published'][:4]} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
</body>
</html>
"""
    elif v == "b":
        page = f"""<body>
  <div class="topbar"><a href="/">{e(ui['home'])}</a> <a href="/subscribe">{e(ui['sub'])}</a></div>
  <nav id="menu" aria-label="sections">
    <ul class="sections">
{nav}
    </ul>
  </nav>
  <div class="wrap">
{art}
    <section class="read-more">
      <h3>{e(ui['more'])}</h3>
      <ul>
{rel}
      </ul>
    </section>
  </div>
  <div class="newsletter"><p>{e(ui['newsletter'])}</p><a href="/newsletter">{e(ui['signup'])}</a></div>
  <footer>
    <div class="links">
{foot}
    </div>
    <small>{e(outlet)} &middot; {e(ui['rights'])}</small>
  </footer>
{cookie}
</body>
</html>
"""
    elif v == "c":
        page = f"""<body class="layout-story">
{cookie}
  <header>
    <div class="brand"><a href="/">{e(outlet)}</a></div>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <ol class="breadcrumb"><li><a href="/">{e(ui['home'])}</a></li><li><a href="/{slug(meta['section'], 0)}/">{e(meta['section'])}</a></li></ol>
  <div class="columns">
    <main>
{art}
    </main>
    <aside class="sidebar">
      <h2>{e(ui['mostread'])}</h2>
      <ol>
{rel}
      </ol>
      <div class="promo"><p>{e(ui['newsletter'])}</p><a href="/newsletter">{e(ui['signup'])}</a></div>
    </aside>
  </div>
  <footer class="footer">
{foot}
    <p class="copy">&copy; {e(outlet)} {meta['published'][:4]}</p>
  </footer>
</body>
</html>
"""
    else:
        page = f"""<body>
  <header class="sticky">
    <a class="home" href="/">{e(outlet)}</a>
    <button class="menu-toggle" aria-controls="drawer">&#9776;</button>
    <nav id="drawer">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
{cookie}
  <div class="page">
{art}
    <div class="related-strip">
      <h4>{e(ui['related'])}</h4>
      <ul>
{rel}
      </ul>
    </div>
    <div class="comments" data-count="0"></div>
  </div>
  <footer id="colophon">
    <ul>
{foot}
    </ul>
    <p>{e(ui['rights'])} {e(outlet)}</p>
  </footer>
</body>
</html>
"""
    return head + page


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        out = HERE / "cases" / name / "source.html"
        text = render(parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        for n in stale:
            print("stale:", n)
        sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
