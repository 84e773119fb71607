#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), zone (IANA), title, author, section,
chrome (a|b|c|d: page-chrome variant), related (`Title | /path` items joined
by ` ;; `).  A paragraph starting with `## ` becomes a subheading.

Usage: python3 gen.py            (write every case)
       python3 gen.py --check    (exit 1 if any source.html is out of date)
"""
import html
import json
import pathlib
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = pathlib.Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if not line.strip():
            continue
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    meta["related"] = [
        tuple(x.strip() for x in item.split("|", 1))
        for item in meta.get("related", "").split(";;") if item.strip()
    ]
    return meta, paras


L10N = {
    "en": {
        "nav": ["News", "Local", "Health", "Business", "Opinion", "Sport", "Weather"],
        "cookie": "We use cookies to personalise content and ads and to analyse our traffic. You can change your choice at any time under Privacy settings.",
        "accept": "Accept all", "reject": "Reject non-essential", "related": "Related stories",
        "more": "More from", "share": "Share this article", "by": "By",
        "rights": "All rights reserved.", "subscribe": "Subscribe", "signin": "Sign in",
        "newsletter": "Get the morning briefing in your inbox.", "signup": "Sign up",
        "footer": ["About us", "Contact", "Advertise", "Privacy policy", "Terms of use", "Corrections"],
    },
    "fr": {
        "nav": ["Actualités", "Région", "Santé", "Économie", "Opinions", "Sports", "Météo"],
        "cookie": "Nous utilisons des cookies pour personnaliser le contenu et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
        "accept": "Tout accepter", "reject": "Continuer sans accepter", "related": "À lire aussi",
        "more": "Plus de", "share": "Partager cet article", "by": "Par",
        "rights": "Tous droits réservés.", "subscribe": "S'abonner", "signin": "Se connecter",
        "newsletter": "Recevez notre lettre d'information chaque matin.", "signup": "Je m'inscris",
        "footer": ["Qui sommes-nous", "Contact", "Publicité", "Données personnelles", "Mentions légales", "Rectificatifs"],
    },
    "de": {
        "nav": ["Nachrichten", "Region", "Gesundheit", "Wirtschaft", "Meinung", "Sport", "Wetter"],
        "cookie": "Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
        "accept": "Alle akzeptieren", "reject": "Nur notwendige", "related": "Mehr zum Thema",
        "more": "Mehr von", "share": "Artikel teilen", "by": "Von",
        "rights": "Alle Rechte vorbehalten.", "subscribe": "Abo", "signin": "Anmelden",
        "newsletter": "Der Newsletter am Morgen – jetzt kostenlos abonnieren.", "signup": "Anmelden",
        "footer": ["Über uns", "Kontakt", "Werbung", "Datenschutz", "Impressum", "Korrekturen"],
    },
    "es": {
        "nav": ["Noticias", "Local", "Salud", "Economía", "Opinión", "Deportes", "El tiempo"],
        "cookie": "Utilizamos cookies propias y de terceros para personalizar contenidos y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
        "accept": "Aceptar todo", "reject": "Rechazar", "related": "Noticias relacionadas",
        "more": "Más de", "share": "Compartir", "by": "Por",
        "rights": "Todos los derechos reservados.", "subscribe": "Suscríbete", "signin": "Iniciar sesión",
        "newsletter": "Recibe el boletín de la mañana en tu correo.", "signup": "Suscribirme",
        "footer": ["Quiénes somos", "Contacto", "Publicidad", "Política de privacidad", "Aviso legal", "Fe de erratas"],
    },
    "ja": {
        "nav": ["ニュース", "地域", "くらし・健康", "経済", "オピニオン", "スポーツ", "天気"],
        "cookie": "当サイトではサービス向上と広告配信のためにクッキーを使用しています。設定はいつでも変更できます。",
        "accept": "同意する", "reject": "必要なもののみ", "related": "関連記事",
        "more": "", "share": "この記事をシェア", "by": "",
        "rights": "無断転載を禁じます。", "subscribe": "購読申し込み", "signin": "ログイン",
        "newsletter": "朝のニュースレターを無料でお届けします。", "signup": "登録する",
        "footer": ["会社案内", "お問い合わせ", "広告掲載", "個人情報の取り扱い", "利用規約", "訂正・おわび"],
    },
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def display_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    local = dt.astimezone(ZoneInfo(meta["zone"]))
    assert local.utcoffset() == dt.utcoffset(), (meta["url"], "offset does not match zone")
    lang = meta["lang"]
    if lang == "en":
        hour = local.hour % 12 or 12
        ampm = "a.m." if local.hour < 12 else "p.m."
        return f"{local:%B} {local.day}, {local.year}, {hour}:{local:%M} {ampm} {local.tzname()}"
    if lang == "fr":
        return f"{local.day} {MONTHS['fr'][local.month-1]} {local.year} à {local.hour} h {local:%M}"
    if lang == "de":
        return f"{local.day}. {MONTHS['de'][local.month-1]} {local.year}, {local:%H:%M} Uhr"
    if lang == "es":
        return f"{local.day} de {MONTHS['es'][local.month-1]} de {local.year}, {local:%H:%M} h"
    return f"{local.year}年{local.month}月{local.day}日 {local.hour}時{local:%M}分"


def esc(s):
    return html.escape(s, quote=True)


def site_root(url):
    return url.split("/", 3)[:3]


def render(meta, paras):
    lang = meta["lang"]
    t = L10N[lang]
    chrome = meta.get("chrome", "a")
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    root = "/".join(site_root(url))
    sep = " - " if chrome in ("a", "c") else " | "
    desc = paras[0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…" if lang != "ja" else desc[:80] + "…"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": meta["published"],
        "dateModified": meta["published"],
        "author": {"@type": "Person", "name": meta["author"]},
        "publisher": {"@type": "Organization", "name": outlet,
                      "logo": {"@type": "ImageObject", "url": root + "/static/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "articleSection": meta["section"],
        "inLanguage": lang,
    }
    when = display_time(meta)
    body = []
    for p in paras:
        if p.startswith("## "):
            body.append(f"      <h2>{esc(p[3:])}</h2>")
        else:
            body.append(f"      <p>{esc(p)}</p>")
    body = "\n".join(body)
    nav = "\n".join(f'        <li><a href="/{i}/">{esc(n)}</a></li>' for i, n in
                    zip(["news", "local", "health", "business", "opinion", "sport", "weather"], t["nav"]))
    related = "\n".join(f'        <li><a href="{esc(root + p)}">{esc(r)}</a></li>' for r, p in meta["related"])
    footer_links = " ".join(f'<a href="/{i}/">{esc(n)}</a>' for i, n in enumerate(t["footer"]))
    year = meta["published"][:4]
    byline = f'{t["by"]} {meta["author"]}'.strip()
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title + sep + outlet)}</title>
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
  <meta name="twitter:card" content="summary_large_image">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-banner" role="dialog" aria-label="cookies">
    <p>{esc(t['cookie'])}</p>
    <button class="accept">{esc(t['accept'])}</button> <button class="reject">{esc(t['reject'])}</button>
  </div>
"""
    if chrome == "a":
        page = f"""<body class="article">
{cookie}  <header class="site-header">
    <a class="logo" href="/">{esc(outlet)}</a>
    <nav class="main-nav"><ul>
{nav}
    </ul></nav>
    <a class="btn-subscribe" href="/subscribe/">{esc(t['subscribe'])}</a> <a href="/login/">{esc(t['signin'])}</a>
  </header>
  <main>
    <article>
      <p class="kicker">{esc(meta['section'])}</p>
      <h1>{esc(title)}</h1>
      <p class="byline">{esc(byline)} · <time datetime="{meta['published']}">{esc(when)}</time></p>
{body}
    </article>
    <aside class="related">
      <h3>{esc(t['related'])}</h3>
      <ul>
{related}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>{footer_links}</p>
    <p>© {year} {esc(outlet)}. {esc(t['rights'])}</p>
  </footer>
</body>
</html>
"""
    elif chrome == "b":
        page = f"""<body>
  <div id="top">
    <div class="masthead"><a href="/"><img src="/img/masthead.svg" alt="{esc(outlet)}"></a></div>
    <nav aria-label="primary">
      <ul class="sections">
{nav}
      </ul>
    </nav>
    <ol class="breadcrumbs"><li><a href="/">{esc(outlet)}</a></li><li><a href="/{esc(meta['section'].lower())}/">{esc(meta['section'])}</a></li></ol>
  </div>
  <div class="page">
    <article class="story">
      <header>
        <h1 class="story-title">{esc(title)}</h1>
        <div class="story-meta"><span class="author">{esc(byline)}</span><time datetime="{meta['published']}">{esc(when)}</time></div>
        <div class="share">{esc(t['share'])}</div>
      </header>
      <div class="story-body">
{body}
      </div>
    </article>
    <section class="more">
      <h2>{esc(t['more'])} {esc(outlet)}</h2>
      <ul>
{related}
      </ul>
    </section>
  </div>
  <footer><nav>{footer_links}</nav><small>Copyright {year} {esc(outlet)}. {esc(t['rights'])}</small></footer>
{cookie}</body>
</html>
"""
    elif chrome == "c":
        page = f"""<body class="layout-wide">
  <nav class="topbar"><a class="home" href="/">{esc(outlet)}</a><ul>
{nav}
  </ul></nav>
{cookie}  <div class="wrap">
    <article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">{esc(title)}</h1>
      <div class="dateline"><time itemprop="datePublished" datetime="{meta['published']}">{esc(when)}</time> <span class="by">{esc(byline)}</span></div>
      <div itemprop="articleBody">
{body}
      </div>
      <aside class="newsletter"><p>{esc(t['newsletter'])}</p><a href="/newsletters/">{esc(t['signup'])}</a></aside>
    </article>
    <div class="sidebar">
      <h4>{esc(t['related'])}</h4>
      <ul>
{related}
      </ul>
    </div>
  </div>
  <footer class="foot">{footer_links}<br>© {esc(outlet)} {year}</footer>
</body>
</html>
"""
    else:  # d
        page = f"""<body id="article-page">
  <header>
    <div class="brand"><a href="/">{esc(outlet)}</a></div>
    <div class="account"><a href="/subscribe/">{esc(t['subscribe'])}</a><a href="/login/">{esc(t['signin'])}</a></div>
  </header>
  <nav class="global-nav"><ul>
{nav}
  </ul></nav>
  <div class="container">
    <article class="article-detail">
      <div class="article-header">
        <h1>{esc(title)}</h1>
        <p class="date"><time datetime="{meta['published']}">{esc(when)}</time></p>
        <p class="writer">{esc(byline)}</p>
      </div>
      <div class="article-text">
{body}
      </div>
    </article>
    <aside class="ranking">
      <h2>{esc(t['related'])}</h2>
      <ol>
{related}
      </ol>
    </aside>
  </div>
{cookie}  <footer class="global-footer"><ul><li>{footer_links}</li></ul><p>© {year} {esc(outlet)} {esc(t['rights'])}</p></footer>
</body>
</html>
"""
    return head + page


def build(name):
    meta, paras = parse_spec(SPECS / f"{name}.txt")
    return render(meta, paras)


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted(SPECS.glob("*.txt")):
        name = spec.stem
        out = CASES / name / "source.html"
        text = build(name)
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
    print(f"wrote {len(list(SPECS.glob('*.txt')))} pages")


if __name__ == "__main__":
    main()
