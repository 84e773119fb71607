#!/usr/bin/env python3
"""Build cases/<name>/source.html from specs/<name>.txt.

A spec is a header of `key: value` lines (lang, outlet, url, published with a
UTC offset, zone, title, author, section, chrome, related (repeatable,
"text | path")), a line `---`, then the article paragraphs separated by blank
lines. Everything is fictional; every domain is under .example.

    python3 gen.py            # (re)write every source.html
    python3 gen.py --check    # exit 1 if any source.html is out of date
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

CHROME_TEXT = {
    "en": {"nav": ["News", "Business", "Local", "Climate", "Opinion", "Sport", "Lifestyle"],
           "cookie": "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
           "accept": "Accept all", "reject": "Manage settings", "related": "Related stories",
           "more": "More from this section", "subscribe": "Subscribe", "by": "By",
           "rights": "All rights reserved.", "about": ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use"],
           "newsletter": "Get the morning briefing in your inbox. Sign up for our free newsletter.",
           "share": ["Share", "Email", "Print"], "updated": "Updated", "home": "Home"},
    "fr": {"nav": ["Actualité", "Économie", "Région", "Société", "Opinions", "Sports", "Culture"],
           "cookie": "Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
           "accept": "Tout accepter", "reject": "Paramétrer", "related": "À lire aussi",
           "more": "Dans la même rubrique", "subscribe": "S'abonner", "by": "Par",
           "rights": "Tous droits réservés.", "about": ["Qui sommes-nous", "Contact", "Publicité", "Confidentialité", "Mentions légales"],
           "newsletter": "Recevez l'essentiel de l'actualité chaque matin : inscrivez-vous à notre lettre gratuite.",
           "share": ["Partager", "Courriel", "Imprimer"], "updated": "Mis à jour", "home": "Accueil"},
    "de": {"nav": ["Nachrichten", "Wirtschaft", "Region", "Panorama", "Meinung", "Sport", "Kultur"],
           "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
           "accept": "Alle akzeptieren", "reject": "Einstellungen", "related": "Mehr zum Thema",
           "more": "Weitere Artikel aus dem Ressort", "subscribe": "Abo", "by": "Von",
           "rights": "Alle Rechte vorbehalten.", "about": ["Über uns", "Kontakt", "Werbung", "Datenschutz", "Impressum"],
           "newsletter": "Der Morgen-Newsletter: die wichtigsten Nachrichten des Tages, kostenlos.",
           "share": ["Teilen", "E-Mail", "Drucken"], "updated": "Aktualisiert", "home": "Startseite"},
    "es": {"nav": ["Noticias", "Economía", "Región", "Sociedad", "Opinión", "Deportes", "Cultura"],
           "cookie": "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
           "accept": "Aceptar todo", "reject": "Configurar", "related": "Te puede interesar",
           "more": "Más de esta sección", "subscribe": "Suscribirse", "by": "Por",
           "rights": "Todos los derechos reservados.", "about": ["Quiénes somos", "Contacto", "Publicidad", "Privacidad", "Aviso legal"],
           "newsletter": "Recibe cada mañana las noticias más importantes: suscríbete a nuestro boletín gratuito.",
           "share": ["Compartir", "Correo", "Imprimir"], "updated": "Actualizado", "home": "Inicio"},
    "ja": {"nav": ["ニュース", "経済", "地域", "暮らし", "オピニオン", "スポーツ", "文化"],
           "cookie": "当サイトでは、コンテンツの最適化とアクセス解析のためにクッキーを使用しています。設定はいつでも変更できます。",
           "accept": "同意する", "reject": "設定を変更", "related": "関連記事",
           "more": "この分野の記事", "subscribe": "購読する", "by": "記者:",
           "rights": "無断転載を禁じます。", "about": ["会社案内", "お問い合わせ", "広告掲載", "個人情報の取り扱い", "利用規約"],
           "newsletter": "朝のニュースをメールでお届けします。無料ニュースレターに登録",
           "share": ["共有", "メール", "印刷"], "updated": "更新", "home": "トップ"},
}


def parse_spec(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    spec: dict = {"related": [], "name": path.stem}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "related":
            t, _, u = value.partition("|")
            spec["related"].append((t.strip(), u.strip()))
        else:
            spec[key] = value
    spec["paragraphs"] = [" ".join(p.split("\n")).strip() if spec.get("lang") != "ja"
                          else "".join(l.strip() for l in p.split("\n"))
                          for p in body.strip().split("\n\n") if p.strip()]
    spec["dt"] = datetime.fromisoformat(spec["published"])
    return spec


def local_date_text(spec: dict) -> str:
    lang = spec["lang"]
    dt = spec["dt"].astimezone(ZoneInfo(spec["zone"]))
    abbr = dt.tzname()
    if lang == "en":
        h = dt.hour % 12 or 12
        ampm = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month-1]} {dt.day}, {dt.year} {h}:{dt.minute:02d} {ampm} {abbr}"
    if lang == "fr":
        return f"{dt.day} {MONTHS['fr'][dt.month-1]} {dt.year} à {dt.hour} h {dt.minute:02d}"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month-1]} {dt.year}, {dt.hour}:{dt.minute:02d} Uhr"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month-1]} de {dt.year}, {dt.hour}:{dt.minute:02d} h"
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"


def e(s: str) -> str:
    return html.escape(s, quote=True)


def head_block(spec: dict, sep: str) -> str:
    desc = spec["paragraphs"][0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…" if spec["lang"] != "ja" else desc[:80] + "…"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": spec["title"],
        "datePublished": spec["published"],
        "dateModified": spec["published"],
        "inLanguage": spec["lang"],
        "articleSection": spec["section"],
        "author": {"@type": "Person", "name": spec["author"]},
        "publisher": {"@type": "Organization", "name": spec["outlet"],
                      "logo": {"@type": "ImageObject", "url": origin(spec) + "/static/img/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": spec["url"]},
    }
    return f"""<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(spec['title'])}{sep}{e(spec['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(spec['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(spec['outlet'])}">
  <meta property="og:title" content="{e(spec['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(spec['url'])}">
  <meta property="og:image" content="{origin(spec)}/media/{spec['name']}/lead.jpg">
  <meta property="article:published_time" content="{spec['published']}">
  <meta property="article:section" content="{e(spec['section'])}">
  <meta name="author" content="{e(spec['author'])}">
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""


def origin(spec: dict) -> str:
    u = urlsplit(spec["url"])
    return f"{u.scheme}://{u.netloc}"


def nav(t: dict, cls: str) -> str:
    items = "\n".join(f'      <li><a href="/{i}/">{e(x)}</a></li>' for i, x in
                      enumerate(t["nav"]))
    return f'    <nav class="{cls}">\n    <ul>\n{items}\n    </ul>\n    </nav>'


def cookie(t: dict, variant: str) -> str:
    if variant in ("a", "c"):
        return f"""  <div id="cookie-banner" class="consent" role="dialog">
    <p>{e(t['cookie'])}</p>
    <button class="accept">{e(t['accept'])}</button> <button class="settings">{e(t['reject'])}</button>
  </div>"""
    return f"""  <aside class="gdpr-notice" aria-label="cookies">
    <span>{e(t['cookie'])}</span>
    <a href="#" class="btn">{e(t['accept'])}</a> <a href="/privacy/" class="btn-secondary">{e(t['reject'])}</a>
  </aside>"""


def related(spec: dict, t: dict) -> str:
    items = "\n".join(f'      <li><a href="{origin(spec)}{e(u)}">{e(x)}</a></li>'
                      for x, u in spec["related"])
    return f'  <section class="related">\n    <h2>{e(t["related"])}</h2>\n    <ul>\n{items}\n    </ul>\n  </section>'


def footer(spec: dict, t: dict) -> str:
    links = " | ".join(f'<a href="/info/{i}/">{e(x)}</a>' for i, x in enumerate(t["about"]))
    year = spec["dt"].year
    return f"""  <footer class="site-footer">
    <p>{links}</p>
    <p>&copy; {year} {e(spec['outlet'])}. {e(t['rights'])}</p>
  </footer>"""


def paragraphs(spec: dict, indent: str = "      ") -> str:
    return "\n".join(f"{indent}<p>{e(p)}</p>" for p in spec["paragraphs"])


def render(spec: dict) -> str:
    t = CHROME_TEXT[spec["lang"]]
    v = spec.get("chrome", "a")
    sep = " - " if v in ("a", "c") else " | "
    when = local_date_text(spec)
    byline = f"{t['by']} {spec['author']}" if spec["lang"] != "ja" else f"{t['by']}{spec['author']}"
    out = ["<!DOCTYPE html>", f'<html lang="{spec["lang"]}">', head_block(spec, sep)]
    if v == "a":
        out.append(f"""<body class="article-page">
{cookie(t, v)}
  <header class="masthead">
    <a class="logo" href="/">{e(spec['outlet'])}</a>
{nav(t, 'main-nav')}
    <a class="subscribe" href="/subscribe/">{e(t['subscribe'])}</a>
  </header>
  <main>
    <article>
      <span class="kicker">{e(spec['section'])}</span>
      <h1>{e(spec['title'])}</h1>
      <p class="byline">{e(byline)} <time datetime="{spec['published']}">{e(when)}</time></p>
{paragraphs(spec)}
    </article>
{related(spec, t)}
  </main>
{footer(spec, t)}
</body>
</html>""")
    elif v == "b":
        out.append(f"""<body>
  <div class="site-header">
    <div class="brand"><a href="/">{e(spec['outlet'])}</a></div>
{nav(t, 'primary')}
  </div>
  <ol class="breadcrumb"><li><a href="/">{e(t['home'])}</a></li><li><a href="/section/">{e(spec['section'])}</a></li></ol>
  <article class="story">
    <header>
      <h1 class="headline">{e(spec['title'])}</h1>
      <div class="meta"><span class="author">{e(byline)}</span> &middot; <time datetime="{spec['published']}">{e(when)}</time></div>
      <ul class="share">{''.join(f'<li>{e(s)}</li>' for s in t['share'])}</ul>
    </header>
    <figure class="lead"><img src="{origin(spec)}/media/{spec['name']}/lead.jpg" alt=""><figcaption>{e(spec['outlet'])}</figcaption></figure>
    <div class="body">
{paragraphs(spec)}
    </div>
  </article>
{related(spec, t)}
{cookie(t, v)}
{footer(spec, t)}
</body>
</html>""")
    elif v == "c":
        more = "\n".join(f'        <li><a href="{origin(spec)}{e(u)}">{e(x)}</a></li>' for x, u in spec["related"][::-1])
        out.append(f"""<body class="layout-classic">
  <div id="wrapper">
    <div id="top"><a href="/">{e(spec['outlet'])}</a> <span class="date">{e(when.split(',')[0] if spec['lang']=='en' else when)}</span></div>
{nav(t, 'sections')}
{cookie(t, v)}
    <div id="content">
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">{e(spec['title'])}</h1>
        <div class="dateline"><span itemprop="author">{e(spec['author'])}</span>, <time itemprop="datePublished" datetime="{spec['published']}">{e(when)}</time></div>
        <div itemprop="articleBody">
{paragraphs(spec, '          ')}
        </div>
      </article>
      <div id="sidebar">
        <h3>{e(t['more'])}</h3>
        <ul>
{more}
        </ul>
      </div>
    </div>
{footer(spec, t)}
  </div>
</body>
</html>""")
    else:  # "d": app-like page with a newsletter box inside the article
        ps = spec["paragraphs"]
        mid = len(ps) // 2
        first = "\n".join(f"        <p>{e(p)}</p>" for p in ps[:mid])
        second = "\n".join(f"        <p>{e(p)}</p>" for p in ps[mid:])
        out.append(f"""<body data-template="story-v3">
  <a class="skip" href="#story">Skip</a>
  <header role="banner">
    <a class="wordmark" href="/">{e(spec['outlet'])}</a>
{nav(t, 'topnav')}
    <button class="menu">Menu</button>
  </header>
  <main id="story">
    <article>
      <p class="section-label">{e(spec['section'])}</p>
      <h1>{e(spec['title'])}</h1>
      <p class="byline">{e(byline)}</p>
      <p class="timestamp"><time datetime="{spec['published']}">{e(when)}</time></p>
      <div class="article-body">
{first}
        <aside class="newsletter-promo"><p>{e(t['newsletter'])}</p></aside>
{second}
      </div>
    </article>
{related(spec, t)}
  </main>
{cookie(t, v)}
{footer(spec, t)}
</body>
</html>""")
    return "\n".join(out) + "\n"


def all_specs() -> list[dict]:
    return [parse_spec(p) for p in sorted(SPECS.glob("*.txt"))]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for spec in all_specs():
        target = CASES / spec["name"] / "source.html"
        text = render(spec)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(spec["name"])
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    if check and stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
