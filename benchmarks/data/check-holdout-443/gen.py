#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines (lang, outlet, url, published,
zone, title, author, section, chrome, related), a line `---`, then the
article's paragraphs separated by blank lines.  `related` holds
`Title | /path` pairs separated by ` ;; `.

Four page-chrome variants (a, b, c, d) differ in markup, title separator,
navigation, cookie banner, sidebar and footer, so that the checker's
extractor meets more than one layout.

    python3 gen.py            # write every cases/<name>/source.html
    python3 gen.py --check    # exit 1 if any source.html is out of date
"""
from __future__ import annotations

import datetime as dt
import html
import json
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

UI = {
    "en": {
        "nav": ["News", "Business", "Local", "Opinion", "Lifestyle", "Sport", "Weather"],
        "cookie": "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
        "accept": "Accept all", "reject": "Reject", "related": "Related stories",
        "most": "Most read", "subscribe": "Subscribe", "by": "By",
        "footer": ["About us", "Contact", "Privacy policy", "Terms of use", "Advertise"],
        "rights": "All rights reserved.", "share": "Share this article",
        "months": ["January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"],
        "newsletter": "Get the morning briefing in your inbox",
    },
    "fr": {
        "nav": ["Actualité", "Économie", "Région", "Opinions", "Société", "Sports", "Météo"],
        "cookie": "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
        "accept": "Tout accepter", "reject": "Continuer sans accepter", "related": "À lire aussi",
        "most": "Les plus lus", "subscribe": "S'abonner", "by": "Par",
        "footer": ["Qui sommes-nous", "Contact", "Données personnelles", "Mentions légales", "Publicité"],
        "rights": "Tous droits réservés.", "share": "Partager cet article",
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                   "août", "septembre", "octobre", "novembre", "décembre"],
        "newsletter": "Recevez notre lettre du matin",
    },
    "de": {
        "nav": ["Nachrichten", "Wirtschaft", "Region", "Meinung", "Leben", "Sport", "Wetter"],
        "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "accept": "Alle akzeptieren", "reject": "Ablehnen", "related": "Mehr zum Thema",
        "most": "Meistgelesen", "subscribe": "Abonnieren", "by": "Von",
        "footer": ["Über uns", "Kontakt", "Datenschutz", "Impressum", "Werbung"],
        "rights": "Alle Rechte vorbehalten.", "share": "Artikel teilen",
        "months": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
                   "August", "September", "Oktober", "November", "Dezember"],
        "newsletter": "Der Morgen-Newsletter direkt in Ihr Postfach",
    },
    "es": {
        "nav": ["Noticias", "Economía", "Región", "Opinión", "Sociedad", "Deportes", "Clima"],
        "cookie": "Usamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
        "accept": "Aceptar todo", "reject": "Rechazar", "related": "Notas relacionadas",
        "most": "Lo más leído", "subscribe": "Suscríbete", "by": "Por",
        "footer": ["Quiénes somos", "Contacto", "Aviso de privacidad", "Términos de uso", "Publicidad"],
        "rights": "Todos los derechos reservados.", "share": "Compartir esta nota",
        "months": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
                   "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        "newsletter": "Recibe el boletín de la mañana",
    },
    "ja": {
        "nav": ["ニュース", "経済", "地域", "社説・論説", "くらし", "スポーツ", "天気"],
        "cookie": "当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
        "accept": "同意する", "reject": "拒否する", "related": "関連記事",
        "most": "よく読まれている記事", "subscribe": "購読する", "by": "記者:",
        "footer": ["会社案内", "お問い合わせ", "プライバシーポリシー", "利用規約", "広告掲載"],
        "rights": "無断転載を禁じます。", "share": "この記事をシェア",
        "months": None,
        "newsletter": "朝刊ニュースレターを受け取る",
    },
}


def parse_spec(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta: dict = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    meta["paragraphs"] = [p for p in paras if p]
    rel = []
    for item in meta.get("related", "").split(" ;; "):
        if "|" in item:
            t, _, u = item.rpartition("|")
            rel.append((t.strip(), u.strip()))
    meta["related_list"] = rel
    meta["name"] = path.stem
    return meta


def local_display(meta: dict) -> str:
    t = dt.datetime.fromisoformat(meta["published"]).astimezone(ZoneInfo(meta["zone"]))
    abbr = t.tzname()
    lang = meta["lang"]
    months = UI[lang]["months"]
    if lang == "en":
        h = t.hour % 12 or 12
        ampm = "a.m." if t.hour < 12 else "p.m."
        return f"{months[t.month - 1]} {t.day}, {t.year} {h}:{t.minute:02d} {ampm} {abbr}"
    if lang == "fr":
        day = "1er" if t.day == 1 else str(t.day)
        return f"Publié le {day} {months[t.month - 1]} {t.year} à {t.hour}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day}. {months[t.month - 1]} {t.year}, {t.hour}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {months[t.month - 1]} de {t.year}, {t.hour}:{t.minute:02d} h"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def render(meta: dict) -> str:
    lang = meta["lang"]
    ui = UI[lang]
    chrome = meta.get("chrome", "a")
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = {"a": " - ", "b": " | ", "c": " | ", "d": " - "}[chrome]
    desc = meta["paragraphs"][0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…"
    origin = url.split("/", 3)
    base = origin[0] + "//" + origin[2]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": meta["published"],
        "dateModified": meta["published"],
        "inLanguage": lang,
        "articleSection": meta["section"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet,
                      "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}},
        "mainEntityOfPage": url,
    }
    ldj = json.dumps(ld, ensure_ascii=False)
    shown = local_display(meta)
    byline = f"{ui['by']} {meta['author']}" if lang != "ja" else f"{ui['by']}{meta['author']}"
    body = "\n".join(f"        <p>{esc(p)}</p>" for p in meta["paragraphs"])
    rel = "\n".join(f'          <li><a href="{esc(base + u)}">{esc(t)}</a></li>'
                    for t, u in meta["related_list"])
    nav = "\n".join(f'        <li><a href="/{i}/">{esc(n)}</a></li>'
                    for i, n in enumerate(ui["nav"]))
    foot = "\n".join(f'      <a href="/info/{i}">{esc(n)}</a>'
                     for i, n in enumerate(ui["footer"]))
    year = meta["published"][:4]
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)}{sep}{esc(outlet)}</title>
  <meta name="description" content="{esc(desc)}">
  <link rel="canonical" href="{esc(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(outlet)}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:description" content="{esc(desc)}">
  <meta property="og:url" content="{esc(url)}">
  <meta property="article:published_time" content="{meta['published']}">
  <meta property="article:section" content="{esc(meta['section'])}">
  <meta name="author" content="{esc(meta['author'])}">
  <link rel="stylesheet" href="/static/css/main.{chrome}.css">
  <script async src="/static/js/analytics.js"></script>
  <script type="application/ld+json">{ldj}</script>
</head>
"""
    cookie = f"""  <div id="cookie-consent" class="consent" role="dialog" aria-live="polite">
    <p>{esc(ui['cookie'])}</p>
    <button class="accept">{esc(ui['accept'])}</button> <button class="reject">{esc(ui['reject'])}</button>
  </div>
"""
    article = f"""    <article class="story" itemscope itemtype="https://schema.org/NewsArticle">
      <header class="story-head">
        <span class="kicker">{esc(meta['section'])}</span>
        <h1 itemprop="headline">{esc(title)}</h1>
        <p class="byline"><span itemprop="author">{esc(byline)}</span> · <time itemprop="datePublished" datetime="{meta['published']}">{esc(shown)}</time></p>
      </header>
      <div class="story-body" itemprop="articleBody">
{body}
      </div>
      <div class="share">{esc(ui['share'])}: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">E-mail</a></div>
    </article>
"""
    related = f"""      <section class="related">
        <h2>{esc(ui['related'])}</h2>
        <ul>
{rel}
        </ul>
      </section>
"""
    footer = f"""  <footer class="site-footer">
    <nav class="footer-links">
{foot}
    </nav>
    <p>&copy; {year} {esc(outlet)}. {esc(ui['rights'])}</p>
  </footer>
"""
    if chrome == "a":
        page = f"""<body class="article">
{cookie}  <header class="masthead">
    <a class="logo" href="/">{esc(outlet)}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
    <a class="btn-subscribe" href="/subscribe">{esc(ui['subscribe'])}</a>
  </header>
  <main>
{article}    <aside>
{related}    </aside>
  </main>
{footer}</body>
</html>
"""
    elif chrome == "b":
        page = f"""<body>
  <div class="site-wrap">
    <div class="brandbar"><a href="/"><img src="/static/logo.svg" alt="{esc(outlet)}"></a>
      <form class="search" action="/search"><input name="q" type="search"></form></div>
    <nav class="mainnav" aria-label="main">
      <ul>
{nav}
      </ul>
    </nav>
    <ol class="breadcrumb"><li><a href="/">{esc(outlet)}</a></li><li>{esc(meta['section'])}</li></ol>
    <div class="content">
{article}{related}    </div>
    <div class="newsletter-box"><p>{esc(ui['newsletter'])}</p><input type="email"><button>OK</button></div>
{footer}  </div>
{cookie}</body>
</html>
"""
    elif chrome == "c":
        page = f"""<body class="layout-c">
  <nav class="topnav">
    <span class="site-name">{esc(outlet)}</span>
    <ul>
{nav}
    </ul>
  </nav>
  <div class="grid">
    <div class="col-main">
{article}    </div>
    <div class="col-side">
      <section class="most-read"><h2>{esc(ui['most'])}</h2>
        <ol>{"".join(f'<li><a href="{esc(base + u)}">{esc(t)}</a></li>' for t, u in reversed(meta['related_list']))}</ol>
      </section>
{related}    </div>
  </div>
{cookie}{footer}</body>
</html>
"""
    else:
        page = f"""<body>
  <a class="skip" href="#main">Skip to content</a>
  <header>
    <div class="ribbon"><a href="/subscribe">{esc(ui['subscribe'])}</a> · <a href="/newsletter">{esc(ui['newsletter'])}</a></div>
    <h2 class="wordmark"><a href="/">{esc(outlet)}</a></h2>
    <nav>
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <div id="main" class="main">
{article}{related}  </div>
{footer}{cookie}</body>
</html>
"""
    return head + page


def all_specs() -> list[dict]:
    return [parse_spec(p) for p in sorted(SPECS.glob("*.txt"))]


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for meta in all_specs():
        out = CASES / meta["name"] / "source.html"
        text = render(meta)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(meta["name"])
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check and stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
