#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of ``key: value`` lines, a line ``---``, then the article:
paragraphs separated by blank lines; a paragraph starting with ``## `` is a
subheading.  Header keys: lang, outlet, url, published (ISO 8601 with UTC
offset), zone (IANA name), zone_label (optional), title, author, section,
chrome (a, b, c or d: four page-chrome variants), related (repeatable,
``Title | /path``).

    python3 gen.py            # write every case
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

UI = {
    "en": {
        "menu": ["News", "Business", "Local", "Sport", "Health", "Opinion", "Obituaries"],
        "subscribe": "Subscribe",
        "signin": "Sign in",
        "cookie": "We use cookies to personalise content and ads and to analyse our traffic. You can change your choices at any time.",
        "accept": "Accept all",
        "reject": "Reject non-essential",
        "manage": "Manage preferences",
        "related": "Related stories",
        "more": "More from",
        "by": "By",
        "updated": "Updated",
        "newsletter": "Get the morning briefing in your inbox",
        "signup": "Sign up",
        "footer": ["About us", "Contact", "Advertise", "Terms of use", "Privacy policy", "Cookie settings"],
        "rights": "All rights reserved.",
        "share": "Share this article",
        "home": "Home",
        "ticker": "Most read",
    },
    "fr": {
        "menu": ["Actualités", "Économie", "Région", "Sports", "Santé", "Opinions", "Culture"],
        "subscribe": "S'abonner",
        "signin": "Se connecter",
        "cookie": "Nous utilisons des cookies pour personnaliser le contenu et les annonces et pour analyser notre trafic. Vous pouvez modifier vos choix à tout moment.",
        "accept": "Tout accepter",
        "reject": "Continuer sans accepter",
        "manage": "Paramétrer",
        "related": "À lire aussi",
        "more": "Plus de",
        "by": "Par",
        "updated": "Mis à jour",
        "newsletter": "Recevez notre infolettre chaque matin",
        "signup": "Je m'inscris",
        "footer": ["Qui sommes-nous", "Contact", "Publicité", "Conditions d'utilisation", "Confidentialité", "Gestion des cookies"],
        "rights": "Tous droits réservés.",
        "share": "Partager cet article",
        "home": "Accueil",
        "ticker": "Les plus lus",
    },
    "de": {
        "menu": ["Nachrichten", "Wirtschaft", "Region", "Sport", "Gesundheit", "Meinung", "Kultur"],
        "subscribe": "Abo",
        "signin": "Anmelden",
        "cookie": "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und unsere Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "accept": "Alle akzeptieren",
        "reject": "Nur notwendige",
        "manage": "Einstellungen",
        "related": "Mehr zum Thema",
        "more": "Mehr aus",
        "by": "Von",
        "updated": "Aktualisiert",
        "newsletter": "Der Morgen-Newsletter direkt in Ihr Postfach",
        "signup": "Anmelden",
        "footer": ["Über uns", "Kontakt", "Werbung", "AGB", "Datenschutz", "Cookie-Einstellungen"],
        "rights": "Alle Rechte vorbehalten.",
        "share": "Artikel teilen",
        "home": "Startseite",
        "ticker": "Meistgelesen",
    },
    "es": {
        "menu": ["Noticias", "Economía", "Región", "Deportes", "Salud", "Opinión", "Cultura"],
        "subscribe": "Suscríbete",
        "signin": "Iniciar sesión",
        "cookie": "Usamos cookies para personalizar el contenido y los anuncios y para analizar nuestro tráfico. Puedes cambiar tu elección en cualquier momento.",
        "accept": "Aceptar todo",
        "reject": "Rechazar",
        "manage": "Configurar",
        "related": "Notas relacionadas",
        "more": "Más de",
        "by": "Por",
        "updated": "Actualizado",
        "newsletter": "Recibe el boletín matutino en tu correo",
        "signup": "Registrarme",
        "footer": ["Quiénes somos", "Contacto", "Publicidad", "Términos de uso", "Aviso de privacidad", "Cookies"],
        "rights": "Todos los derechos reservados.",
        "share": "Compartir esta nota",
        "home": "Inicio",
        "ticker": "Lo más leído",
    },
    "ja": {
        "menu": ["ニュース", "経済", "地域", "スポーツ", "くらし", "オピニオン", "文化"],
        "subscribe": "購読する",
        "signin": "ログイン",
        "cookie": "当サイトは、コンテンツと広告の最適化およびアクセス解析のためにクッキーを使用します。設定はいつでも変更できます。",
        "accept": "すべて許可",
        "reject": "必須のみ",
        "manage": "設定を変更",
        "related": "関連記事",
        "more": "その他の記事:",
        "by": "",
        "updated": "更新",
        "newsletter": "朝刊ダイジェストをメールでお届けします",
        "signup": "登録する",
        "footer": ["会社概要", "お問い合わせ", "広告掲載", "利用規約", "プライバシーポリシー", "クッキー設定"],
        "rights": "無断転載を禁じます。",
        "share": "この記事をシェア",
        "home": "トップ",
        "ticker": "よく読まれている記事",
    },
}

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


def parse_spec(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise SystemExit(f"{path}: no '---' line")
    meta: dict = {"related": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "related":
            title, _, href = value.rpartition("|")
            meta["related"].append((title.strip(), href.strip()))
        else:
            meta[key] = value
    blocks = [b.strip() for b in body.strip().split("\n\n") if b.strip()]
    meta["blocks"] = [" ".join(line.strip() for line in b.splitlines()) for b in blocks]
    for key in ("lang", "outlet", "url", "published", "zone", "title", "author", "section", "chrome"):
        if key not in meta:
            raise SystemExit(f"{path}: header lacks {key}")
    return meta


def article_text(meta: dict) -> str:
    """Plain text of the article (headline + paragraphs), for verify.py."""
    parts = [meta["title"]]
    for b in meta["blocks"]:
        parts.append(b[3:] if b.startswith("## ") else b)
    return "\n\n".join(parts)


def local_display(meta: dict) -> str:
    dt = datetime.fromisoformat(meta["published"])
    label = meta.get("zone_label") or dt.astimezone(ZoneInfo(meta["zone"])).tzname()
    lang = meta["lang"]
    if lang == "en":
        hour = dt.hour % 12 or 12
        ampm = "a.m." if dt.hour < 12 else "p.m."
        return f"{MONTHS['en'][dt.month - 1]} {dt.day}, {dt.year} {hour}:{dt.minute:02d} {ampm} {label}"
    if lang == "fr":
        day = "1er" if dt.day == 1 else str(dt.day)
        return f"Publié le {day} {MONTHS['fr'][dt.month - 1]} {dt.year} à {dt.hour} h {dt.minute:02d} ({label})"
    if lang == "de":
        return f"{dt.day}. {MONTHS['de'][dt.month - 1]} {dt.year}, {dt.hour:02d}:{dt.minute:02d} Uhr ({label})"
    if lang == "es":
        return f"{dt.day} de {MONTHS['es'][dt.month - 1]} de {dt.year}, {dt.hour:02d}:{dt.minute:02d} h ({label})"
    if lang == "ja":
        return f"{dt.year}年{dt.month}月{dt.day}日 {dt.hour}時{dt.minute:02d}分"
    raise ValueError(lang)


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def body_html(meta: dict, indent: str) -> str:
    out = []
    for b in meta["blocks"]:
        if b.startswith("## "):
            out.append(f"{indent}<h2>{esc(b[3:])}</h2>")
        else:
            out.append(f"{indent}<p>{esc(b)}</p>")
    return "\n".join(out)


def jsonld(meta: dict) -> str:
    site = "{0.scheme}://{0.netloc}/".format(urlsplit(meta["url"]))
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": meta["title"],
        "inLanguage": meta["lang"],
        "datePublished": meta["published"],
        "dateModified": meta["published"],
        "articleSection": meta["section"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": meta["outlet"], "url": site},
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta["url"]},
    }
    return json.dumps(data, ensure_ascii=False)


def head_html(meta: dict, title_sep: str) -> str:
    first = meta["blocks"][0]
    desc = first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "…"
    if meta["lang"] == "ja":
        desc = first[:100]
    return f"""<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(meta['title'])} {title_sep} {esc(meta['outlet'])}</title>
  <meta name="description" content="{esc(desc)}">
  <link rel="canonical" href="{esc(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{esc(meta['outlet'])}">
  <meta property="og:title" content="{esc(meta['title'])}">
  <meta property="og:description" content="{esc(desc)}">
  <meta property="og:url" content="{esc(meta['url'])}">
  <meta property="og:locale" content="{esc(meta['lang'])}">
  <meta property="article:published_time" content="{esc(meta['published'])}">
  <meta property="article:section" content="{esc(meta['section'])}">
  <meta name="author" content="{esc(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script src="/assets/js/ads.js" async></script>
  <script type="application/ld+json">{jsonld(meta)}</script>
</head>"""


def related_html(meta: dict, ui: dict, indent: str, cls: str) -> str:
    items = "\n".join(
        f'{indent}  <li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in meta["related"])
    return f'{indent}<ul class="{cls}">\n{items}\n{indent}</ul>'


SLUGS = ["news", "business", "region", "sport", "health", "opinion", "culture"]


def menu_html(ui: dict, indent: str) -> str:
    return "\n".join(
        f'{indent}<li><a href="/{s}/">{esc(m)}</a></li>' for s, m in zip(SLUGS, ui["menu"]))


def footer_html(meta: dict, ui: dict) -> str:
    year = meta["published"][:4]
    slugs = ["about", "contact", "advertise", "terms", "privacy", "cookies"]
    links = " | ".join(f'<a href="/{s}/">{esc(f)}</a>' for s, f in zip(slugs, ui["footer"]))
    return f"""  <footer class="site-footer">
    <nav class="footer-links">{links}</nav>
    <p class="copyright">&copy; {year} {esc(meta['outlet'])}. {esc(ui['rights'])}</p>
  </footer>"""


def byline(meta: dict, ui: dict) -> str:
    by = f"{ui['by']} " if ui["by"] else ""
    return f'{by}<span class="author">{esc(meta["author"])}</span>'


def render(meta: dict) -> str:
    ui = UI[meta["lang"]]
    chrome = meta["chrome"]
    stamp = f'<time datetime="{esc(meta["published"])}">{esc(local_display(meta))}</time>'
    cookie = f"""  <div id="cookie-banner" class="consent" role="dialog">
    <p>{esc(ui['cookie'])}</p>
    <button class="accept">{esc(ui['accept'])}</button> <button class="reject">{esc(ui['reject'])}</button> <a href="/privacy/cookies">{esc(ui['manage'])}</a>
  </div>"""
    if chrome == "a":
        page = f"""  <header class="masthead">
    <a class="logo" href="/">{esc(meta['outlet'])}</a>
    <nav class="primary"><ul>
{menu_html(ui, '      ')}
    </ul></nav>
    <a class="cta" href="/subscribe">{esc(ui['subscribe'])}</a> <a href="/login">{esc(ui['signin'])}</a>
  </header>
{cookie}
  <main>
    <article class="story">
      <p class="kicker">{esc(meta['section'])}</p>
      <h1>{esc(meta['title'])}</h1>
      <p class="byline">{byline(meta, ui)} &middot; {stamp}</p>
      <div class="story-body">
{body_html(meta, '        ')}
      </div>
      <p class="share">{esc(ui['share'])}</p>
    </article>
    <aside class="related">
      <h3>{esc(ui['related'])}</h3>
{related_html(meta, ui, '      ', 'related-list')}
    </aside>
  </main>
{footer_html(meta, ui)}"""
        sep = "-"
    elif chrome == "b":
        page = f"""  <div class="topbar"><a class="brand" href="/">{esc(meta['outlet'])}</a>
    <ul class="menu">
{menu_html(ui, '      ')}
    </ul>
    <a class="subscribe" href="/abo">{esc(ui['subscribe'])}</a>
  </div>
  <div class="breadcrumb"><a href="/">{esc(ui['home'])}</a> &rsaquo; <a href="/section/">{esc(meta['section'])}</a></div>
  <div class="wrapper">
    <article itemscope itemtype="https://schema.org/NewsArticle">
      <header>
        <h1 itemprop="headline">{esc(meta['title'])}</h1>
        <div class="meta">{byline(meta, ui)} {stamp}</div>
      </header>
      <section itemprop="articleBody">
{body_html(meta, '        ')}
      </section>
    </article>
    <div class="sidebar">
      <div class="promo">{esc(ui['newsletter'])} <a href="/newsletter">{esc(ui['signup'])}</a></div>
      <h4>{esc(ui['related'])}</h4>
{related_html(meta, ui, '      ', 'teasers')}
    </div>
  </div>
{cookie}
{footer_html(meta, ui)}"""
        sep = "|"
    elif chrome == "c":
        page = f"""  <nav class="utility"><a href="/login">{esc(ui['signin'])}</a> <a href="/subscribe">{esc(ui['subscribe'])}</a></nav>
  <header class="site-header">
    <div class="site-name"><a href="/">{esc(meta['outlet'])}</a></div>
    <ul class="sections">
{menu_html(ui, '      ')}
    </ul>
  </header>
{cookie}
  <div class="ticker"><strong>{esc(ui['ticker'])}:</strong> {' &bull; '.join(esc(t) for t, _ in meta['related'][:2])}</div>
  <main id="content">
    <article>
      <div class="section-label">{esc(meta['section'])}</div>
      <h1 class="title">{esc(meta['title'])}</h1>
      <div class="dateline">{stamp}</div>
      <div class="author-line">{byline(meta, ui)}</div>
      <div class="article-body">
{body_html(meta, '        ')}
      </div>
    </article>
    <section class="more">
      <h2>{esc(ui['more'])} {esc(meta['outlet'])}</h2>
{related_html(meta, ui, '      ', 'more-list')}
    </section>
  </main>
{footer_html(meta, ui)}"""
        sep = "-"
    elif chrome == "d":
        page = f"""{cookie}
  <header>
    <div class="edition">{esc(meta['outlet'])}</div>
    <nav><ul>
{menu_html(ui, '      ')}
    </ul></nav>
  </header>
  <div class="page">
    <div class="ad-slot" data-slot="top-leaderboard"></div>
    <article class="news-article">
      <h1>{esc(meta['title'])}</h1>
      <ul class="article-meta"><li>{byline(meta, ui)}</li><li>{stamp}</li><li>{esc(meta['section'])}</li></ul>
{body_html(meta, '      ')}
      <div class="newsletter-box"><p>{esc(ui['newsletter'])}</p><a href="/newsletter">{esc(ui['signup'])}</a></div>
    </article>
    <aside>
      <h3>{esc(ui['related'])}</h3>
{related_html(meta, ui, '      ', 'related')}
    </aside>
  </div>
{footer_html(meta, ui)}"""
        sep = "|"
    else:
        raise SystemExit(f"unknown chrome {chrome!r}")
    return f"""<!DOCTYPE html>
<html lang="{esc(meta['lang'])}">
{head_html(meta, sep)}
<body class="article chrome-{chrome}">
{page}
</body>
</html>
"""


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        out = HERE / "cases" / name / "source.html"
        page = render(parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        for name in stale:
            print(f"stale: {name}")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
