#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines (lang, outlet, url, published with a
UTC offset, zone, title, author, section, chrome, related — `related` may
repeat as `Title | /path`), a line `---`, then the article: paragraphs
separated by blank lines; a paragraph starting with `## ` is a subheading.

Four page-chrome variants (a–d) differ in markup, title separator, nav,
cookie banner and footer, so that no single template fits every page.

    python3 gen.py            # (re)write every cases/<name>/source.html
    python3 gen.py --check    # exit 1 if any source.html is out of date
"""
from __future__ import annotations

import datetime as dt
import html
import json
import sys
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"


def parse_spec(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta: dict = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "related":
            t, _, href = value.rpartition("|")
            meta["related"].append((t.strip(), href.strip()))
        else:
            meta[key] = value
    paras = [p.strip() for p in body.strip().split("\n\n") if p.strip()]
    meta["paras"] = [" ".join(p.split("\n")) if meta.get("lang") != "ja" else "".join(p.split("\n")) for p in paras]
    meta["name"] = path.stem
    return meta


def article_text(meta: dict) -> str:
    """Plain text of the article (headline + body), as a reader sees it."""
    out = [meta["title"]]
    for p in meta["paras"]:
        out.append(p[3:] if p.startswith("## ") else p)
    return "\n\n".join(out)


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
    "en": {"nav": ["News", "Business", "Travel", "Outdoors", "Sport", "Opinion"],
           "cookie": "We use cookies to personalise content and ads and to analyse our traffic.",
           "accept": "Accept all", "manage": "Manage preferences",
           "related": "More on this story", "share": "Share this article",
           "footer": ["About us", "Contact", "Privacy policy", "Terms of use", "Advertise"],
           "rights": "All rights reserved.", "by": "By", "updated": "Published",
           "newsletter": "Sign up for our morning newsletter"},
    "fr": {"nav": ["Actualités", "Économie", "Tourisme", "Régions", "Sports", "Opinions"],
           "cookie": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience.",
           "accept": "Tout accepter", "manage": "Paramétrer",
           "related": "À lire aussi", "share": "Partager l'article",
           "footer": ["Qui sommes-nous", "Contact", "Données personnelles", "Mentions légales", "Publicité"],
           "rights": "Tous droits réservés.", "by": "Par", "updated": "Publié le",
           "newsletter": "Recevez notre lettre d'information"},
    "de": {"nav": ["Nachrichten", "Wirtschaft", "Reise", "Region", "Sport", "Meinung"],
           "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren.",
           "accept": "Alle akzeptieren", "manage": "Einstellungen",
           "related": "Mehr zum Thema", "share": "Artikel teilen",
           "footer": ["Über uns", "Kontakt", "Datenschutz", "Impressum", "Anzeigen"],
           "rights": "Alle Rechte vorbehalten.", "by": "Von", "updated": "Veröffentlicht am",
           "newsletter": "Newsletter abonnieren"},
    "es": {"nav": ["Noticias", "Economía", "Turismo", "Región", "Deportes", "Opinión"],
           "cookie": "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico.",
           "accept": "Aceptar todo", "manage": "Configurar",
           "related": "Te puede interesar", "share": "Compartir",
           "footer": ["Quiénes somos", "Contacto", "Privacidad", "Aviso legal", "Publicidad"],
           "rights": "Todos los derechos reservados.", "by": "Por", "updated": "Publicado el",
           "newsletter": "Suscríbete al boletín"},
    "ja": {"nav": ["ニュース", "経済", "観光", "地域", "スポーツ", "オピニオン"],
           "cookie": "当サイトではサービス向上のためクッキーを使用しています。",
           "accept": "同意する", "manage": "設定",
           "related": "関連記事", "share": "この記事をシェア",
           "footer": ["会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約", "広告掲載"],
           "rights": "無断転載を禁じます。", "by": "", "updated": "配信",
           "newsletter": "メールマガジン登録"},
}


def local_dt(meta: dict) -> dt.datetime:
    return dt.datetime.fromisoformat(meta["published"])


def display_time(meta: dict) -> str:
    t = local_dt(meta)
    lang = meta["lang"]
    zone_abbr = t.astimezone(ZoneInfo(meta["zone"])).tzname()
    if lang == "en":
        h = t.hour % 12 or 12
        ampm = "a.m." if t.hour < 12 else "p.m."
        return f"{MONTHS['en'][t.month-1]} {t.day}, {t.year} {h}:{t.minute:02d} {ampm} {zone_abbr}"
    if lang == "fr":
        day = "1er" if t.day == 1 else str(t.day)
        return f"{day} {MONTHS['fr'][t.month-1]} {t.year} à {t.hour}h{t.minute:02d}"
    if lang == "de":
        return f"{t.day:02d}.{t.month:02d}.{t.year}, {t.hour:02d}:{t.minute:02d} Uhr"
    if lang == "es":
        return f"{t.day} de {MONTHS['es'][t.month-1]} de {t.year} - {t.hour:02d}:{t.minute:02d} h"
    return f"{t.year}年{t.month}月{t.day}日 {t.hour}時{t.minute:02d}分"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def body_html(meta: dict, indent: str) -> str:
    out = []
    for p in meta["paras"]:
        if p.startswith("## "):
            out.append(f"{indent}<h2>{esc(p[3:])}</h2>")
        else:
            out.append(f"{indent}<p>{esc(p)}</p>")
    return "\n".join(out)


def head_html(meta: dict, sep: str) -> str:
    desc = meta["paras"][0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…" if meta["lang"] != "ja" else desc[:100] + "…"
    site_root = meta["url"].split("/", 3)[:3]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta["title"],
        "datePublished": meta["published"],
        "dateModified": meta["published"],
        "inLanguage": meta["lang"],
        "articleSection": meta["section"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["outlet"],
                      "logo": {"@type": "ImageObject", "url": "/".join(site_root) + "/static/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta["url"]},
    }
    return f"""<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(meta['title'])} {sep} {esc(meta['outlet'])}</title>
  <meta name="description" content="{esc(desc)}">
  <link rel="canonical" href="{esc(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(meta['outlet'])}">
  <meta property="og:title" content="{esc(meta['title'])}">
  <meta property="og:description" content="{esc(desc)}">
  <meta property="og:url" content="{esc(meta['url'])}">
  <meta property="og:image" content="{esc('/'.join(site_root))}/media/{esc(meta['name'])}-lead.jpg">
  <meta property="article:published_time" content="{esc(meta['published'])}">
  <meta property="article:section" content="{esc(meta['section'])}">
  <meta name="author" content="{esc(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""


def related_html(meta: dict, indent: str, ui: dict, cls: str) -> str:
    items = "\n".join(f'{indent}  <li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in meta["related"])
    return f"""{indent}<aside class="{cls}">
{indent}  <h3>{esc(ui['related'])}</h3>
{indent}  <ul>
{items}
{indent}  </ul>
{indent}</aside>"""


def slug(label: str, i: int) -> str:
    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    ascii_ = "".join(c if c.isalnum() else "-" for c in ascii_.lower()).strip("-")
    return ascii_ or f"section-{i}"


def nav_html(ui: dict, indent: str) -> str:
    return "\n".join(
        f'{indent}<li><a href="/{slug(n, i)}/">{esc(n)}</a></li>' for i, n in enumerate(ui["nav"], 1)
    )


def footer_links(ui: dict, indent: str) -> str:
    slugs = ["about", "contact", "privacy", "terms", "advertise"]
    return "\n".join(f'{indent}<a href="/{s}/">{esc(n)}</a>' for s, n in zip(slugs, ui["footer"]))


def footer_items(ui: dict, indent: str) -> str:
    slugs = ["about", "contact", "privacy", "terms", "advertise"]
    return "\n".join(f'{indent}<li><a href="/{s}/">{esc(n)}</a></li>' for s, n in zip(slugs, ui["footer"]))


def render(meta: dict) -> str:
    ui = UI[meta["lang"]]
    chrome = meta.get("chrome", "a")
    t = local_dt(meta)
    year = t.year
    byline = f"{ui['by']} {meta['author']}".strip()
    when = display_time(meta)
    outlet = esc(meta["outlet"])
    if chrome == "a":
        sep = "-"
        body = f"""<body class="article">
  <div id="cookie-consent" class="consent" role="dialog">
    <p>{esc(ui['cookie'])}</p>
    <button class="accept">{esc(ui['accept'])}</button> <button class="manage">{esc(ui['manage'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{outlet}</a>
    <nav class="primary">
      <ul>
{nav_html(ui, '        ')}
      </ul>
    </nav>
  </header>
  <main class="content">
    <article class="story">
      <header class="story-head">
        <p class="kicker">{esc(meta['section'])}</p>
        <h1>{esc(meta['title'])}</h1>
        <p class="byline">{esc(byline)} · <time datetime="{esc(meta['published'])}">{esc(when)}</time></p>
      </header>
      <div class="story-body">
{body_html(meta, '        ')}
      </div>
      <p class="share">{esc(ui['share'])}</p>
    </article>
{related_html(meta, '    ', ui, 'related')}
  </main>
  <footer class="site-footer">
    <nav>
{footer_links(ui, '      ')}
    </nav>
    <p>© {year} {outlet}. {esc(ui['rights'])}</p>
  </footer>
</body>"""
    elif chrome == "b":
        sep = "|"
        body = f"""<body>
  <nav class="navbar">
    <div class="navbar-brand"><a href="/">{outlet}</a></div>
    <ul class="navbar-menu">
{nav_html(ui, '      ')}
    </ul>
    <a class="btn-newsletter" href="/newsletter/">{esc(ui['newsletter'])}</a>
  </nav>
  <div class="container">
    <div class="row">
      <div class="col-main">
        <article itemscope itemtype="https://schema.org/NewsArticle">
          <h1 itemprop="headline">{esc(meta['title'])}</h1>
          <div class="article-meta">
            <span itemprop="author">{esc(meta['author'])}</span>
            <span class="sep">|</span>
            <time itemprop="datePublished" datetime="{esc(meta['published'])}">{esc(ui['updated'])} {esc(when)}</time>
          </div>
          <div itemprop="articleBody">
{body_html(meta, '            ')}
          </div>
        </article>
      </div>
      <div class="col-side">
{related_html(meta, '        ', ui, 'sidebar-related')}
        <div class="ad-slot" data-slot="mpu-1"></div>
      </div>
    </div>
  </div>
  <div class="cookie-bar" id="cookiebar">
    {esc(ui['cookie'])} <a href="#" class="cookie-ok">{esc(ui['accept'])}</a>
  </div>
  <footer>
    <div class="footer-links">
{footer_links(ui, '      ')}
    </div>
    <small>Copyright {year} {outlet} — {esc(ui['rights'])}</small>
  </footer>
</body>"""
    elif chrome == "c":
        sep = "|"
        body = f"""<body class="page page-article">
  <a class="skip" href="#main">Skip to content</a>
  <div class="masthead">
    <div class="masthead-title"><a href="/">{outlet}</a></div>
    <div class="masthead-date">{esc(when.split(',')[0] if meta['lang']=='en' else when)}</div>
  </div>
  <nav id="sections" aria-label="Sections">
    <ul>
{nav_html(ui, '      ')}
    </ul>
  </nav>
  <main id="main">
    <ol class="breadcrumbs"><li><a href="/">{outlet}</a></li><li>{esc(meta['section'])}</li></ol>
    <article>
      <h1 class="article-title">{esc(meta['title'])}</h1>
      <div class="article-byline"><span class="name">{esc(meta['author'])}</span></div>
      <div class="article-dateline"><time datetime="{esc(meta['published'])}">{esc(when)}</time></div>
      <section class="article-content">
{body_html(meta, '        ')}
      </section>
      <div class="tags">{esc(meta['section'])}</div>
    </article>
    <section class="more">
{related_html(meta, '      ', ui, 'more-stories')}
    </section>
  </main>
  <div class="gdpr-banner">
    <p>{esc(ui['cookie'])}</p>
    <button>{esc(ui['accept'])}</button>
  </div>
  <footer class="page-footer">
    <ul>
{footer_items(ui, '      ')}
    </ul>
    <p class="legal">{outlet} © {year}. {esc(ui['rights'])}</p>
  </footer>
</body>"""
    else:  # "d"
        sep = "-"
        body = f"""<body>
  <div id="app">
    <div class="consent-overlay" data-consent="pending">
      <div class="consent-box"><p>{esc(ui['cookie'])}</p><button>{esc(ui['accept'])}</button><button>{esc(ui['manage'])}</button></div>
    </div>
    <header>
      <div class="brand-row"><a class="brand" href="/">{outlet}</a> <a class="login" href="/login/">Login</a></div>
      <nav class="main-nav">
        <ul>
{nav_html(ui, '          ')}
        </ul>
      </nav>
    </header>
    <div class="page">
      <article class="post">
        <div class="post-section">{esc(meta['section'])}</div>
        <h1 class="post-title">{esc(meta['title'])}</h1>
        <div class="post-info">{esc(byline)}<br><time datetime="{esc(meta['published'])}">{esc(when)}</time></div>
        <div class="post-content">
{body_html(meta, '          ')}
        </div>
      </article>
{related_html(meta, '      ', ui, 'post-related')}
      <div class="newsletter-box"><a href="/newsletter/">{esc(ui['newsletter'])}</a></div>
    </div>
    <footer class="footer">
{footer_links(ui, '      ')}
      <p>© {outlet} {year}</p>
    </footer>
  </div>
</body>"""
    return f"""<!DOCTYPE html>
<html lang="{esc(meta['lang'])}">
{head_html(meta, sep)}
{body}
</html>
"""


def all_specs() -> list[dict]:
    return [parse_spec(p) for p in sorted(SPECS.glob("*.txt"))]


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for meta in all_specs():
        out = CASES / meta["name"] / "source.html"
        page = render(meta)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(meta["name"])
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check and stale:
        print("out of date:", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
