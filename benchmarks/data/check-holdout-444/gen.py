#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html for check-holdout-444.

A spec is a header of `key: value` lines, a line `---`, then the article:
paragraphs separated by blank lines; a paragraph starting with `## ` is a
sub-heading. Header keys: lang, outlet, url, published (ISO 8601 with UTC
offset), zone (IANA), title, author, section, chrome (a|b|c|d), related
(`Title | /path` items separated by ` ;; `).

Usage: python3 gen.py            (write every page)
       python3 gen.py --check    (exit 1 if a page is out of date)
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
    "en": dict(cookie="We use cookies to personalise content and to analyse our traffic. You can change your choices at any time.",
               accept="Accept all", reject="Reject non-essential", related="More on this story",
               by="By", share="Share this article", newsletter="Get the morning briefing in your inbox",
               rights="All rights reserved.", about="About us", contact="Contact", privacy="Privacy policy",
               terms="Terms of use", subscribe="Subscribe", updated="Published"),
    "fr": dict(cookie="Nous utilisons des cookies pour personnaliser les contenus et mesurer l'audience. Vous pouvez modifier vos choix à tout moment.",
               accept="Tout accepter", reject="Continuer sans accepter", related="À lire aussi",
               by="Par", share="Partager cet article", newsletter="Recevez notre lettre d'information",
               rights="Tous droits réservés.", about="Qui sommes-nous", contact="Contact", privacy="Confidentialité",
               terms="Conditions d'utilisation", subscribe="S'abonner", updated="Publié le"),
    "de": dict(cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Sie können Ihre Auswahl jederzeit ändern.",
               accept="Alle akzeptieren", reject="Nur notwendige", related="Mehr zum Thema",
               by="Von", share="Artikel teilen", newsletter="Jetzt den Newsletter abonnieren",
               rights="Alle Rechte vorbehalten.", about="Über uns", contact="Kontakt", privacy="Datenschutz",
               terms="AGB", subscribe="Abo", updated="Veröffentlicht am"),
    "es": dict(cookie="Utilizamos cookies propias y de terceros para personalizar el contenido y analizar el tráfico. Puede cambiar su elección en cualquier momento.",
               accept="Aceptar todas", reject="Rechazar", related="Más sobre este tema",
               by="Por", share="Compartir esta nota", newsletter="Suscríbase a nuestro boletín",
               rights="Todos los derechos reservados.", about="Quiénes somos", contact="Contacto", privacy="Privacidad",
               terms="Términos y condiciones", subscribe="Suscribirse", updated="Publicado el"),
    "ja": dict(cookie="当サイトはクッキーを使用して、コンテンツの最適化とアクセス解析を行っています。設定はいつでも変更できます。",
               accept="すべて許可", reject="必須のみ", related="関連記事",
               by="", share="この記事をシェア", newsletter="メールマガジンの登録はこちら",
               rights="無断転載を禁じます。", about="会社概要", contact="お問い合わせ", privacy="プライバシーポリシー",
               terms="利用規約", subscribe="購読申し込み", updated="公開"),
}

NAV = {
    "en": ["News", "Business", "Local", "Lifestyle", "Opinion", "Sport"],
    "fr": ["Actualité", "Économie", "Région", "Art de vivre", "Opinions", "Sports"],
    "de": ["Nachrichten", "Wirtschaft", "Region", "Leben", "Meinung", "Sport"],
    "es": ["Noticias", "Economía", "Provincia", "Estilo de vida", "Opinión", "Deportes"],
    "ja": ["ニュース", "経済", "地域", "暮らし", "オピニオン", "スポーツ"],
}


def parse_spec(path):
    text = Path(path).read_text(encoding="utf-8")
    head, _, body = text.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    meta["paragraphs"] = paras
    rel = []
    for item in meta.get("related", "").split(" ;; "):
        if item.strip():
            t, _, href = item.partition(" | ")
            rel.append((t.strip(), href.strip()))
    meta["related_list"] = rel
    return meta


def body_text(meta):
    """The article text (headings and paragraphs) as plain text."""
    return "\n".join(p[3:] if p.startswith("## ") else p for p in meta["paragraphs"])


def display_time(meta):
    dt = datetime.fromisoformat(meta["published"])
    lang = meta["lang"]
    local = dt.astimezone(ZoneInfo(meta["zone"]))
    if local.utcoffset() != dt.utcoffset():
        raise ValueError(f"{meta['url']}: offset does not match zone {meta['zone']}")
    tzname = local.tzname()
    if lang == "en":
        h = local.hour % 12 or 12
        ampm = "a.m." if local.hour < 12 else "p.m."
        return f"{MONTHS['en'][local.month-1]} {local.day}, {local.year} {h}:{local.minute:02d} {ampm} {tzname}"
    if lang == "fr":
        return f"{local.day} {MONTHS['fr'][local.month-1]} {local.year} à {local.hour} h {local.minute:02d}"
    if lang == "de":
        return f"{local.day}. {MONTHS['de'][local.month-1]} {local.year}, {local.hour:02d}:{local.minute:02d} Uhr"
    if lang == "es":
        return f"{local.day} de {MONTHS['es'][local.month-1]} de {local.year}, {local.hour:02d}:{local.minute:02d} h"
    return f"{local.year}年{local.month}月{local.day}日 {local.hour}:{local.minute:02d}"


def e(s):
    return html.escape(s, quote=True)


def domain(meta):
    return meta["url"].split("/")[2]


def article_html(meta, indent):
    out = []
    for p in meta["paragraphs"]:
        if p.startswith("## "):
            out.append(f"{indent}<h2>{e(p[3:])}</h2>")
        else:
            out.append(f"{indent}<p>{e(p)}</p>")
    return "\n".join(out)


def head_html(meta, sep):
    desc = meta["paragraphs"][0]
    if len(desc) > 180:
        desc = desc[:177].rsplit(" ", 1)[0] + "…" if meta["lang"] != "ja" else desc[:90] + "…"
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
                      "logo": {"@type": "ImageObject", "url": f"https://{domain(meta)}/static/img/logo.png"}},
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta["url"]},
    }
    return f"""<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta['title'])}{sep}{e(meta['outlet'])}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(meta['url'])}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(meta['outlet'])}">
  <meta property="og:title" content="{e(meta['title'])}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="og:url" content="{e(meta['url'])}">
  <meta property="og:image" content="https://{domain(meta)}/media/lead/{abs(hash_str(meta['url'])) % 100000}.jpg">
  <meta property="article:published_time" content="{e(meta['published'])}">
  <meta property="article:section" content="{e(meta['section'])}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/css/main.css">
  <script src="/assets/js/consent.js" defer></script>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>"""


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % 2**31
    return h


def nav_items(meta, indent):
    return "\n".join(f'{indent}<li><a href="/{i.lower().replace(" ", "-")}/">{e(i)}</a></li>'
                     if meta["lang"] != "ja" else f'{indent}<li><a href="/section/{n}/">{e(i)}</a></li>'
                     for n, i in enumerate(NAV[meta["lang"]], 1))


def related_items(meta, indent):
    return "\n".join(f'{indent}<li><a href="{e(h)}">{e(t)}</a></li>' for t, h in meta["related_list"])


def byline(meta, ui):
    return f"{ui['by']} {meta['author']}".strip()


def render(meta):
    lang = meta["lang"]
    ui = UI[lang]
    chrome = meta.get("chrome", "a")
    sep = {"a": " - ", "b": " | ", "c": " | ", "d": " - "}[chrome]
    when = display_time(meta)
    year = datetime.fromisoformat(meta["published"]).year
    o = meta["outlet"]
    if chrome == "a":
        body = f"""<body class="article">
  <div id="cookie-consent" class="consent" role="dialog">
    <p>{e(ui['cookie'])}</p>
    <button class="accept">{e(ui['accept'])}</button> <button class="reject">{e(ui['reject'])}</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(o)}</a>
    <nav class="primary"><ul>
{nav_items(meta, '      ')}
    </ul></nav>
    <a class="btn-subscribe" href="/subscribe/">{e(ui['subscribe'])}</a>
  </header>
  <main>
    <article class="story">
      <p class="section-label">{e(meta['section'])}</p>
      <h1>{e(meta['title'])}</h1>
      <p class="byline">{e(byline(meta, ui))} · <time datetime="{e(meta['published'])}">{e(when)}</time></p>
      <figure class="lead-image"><img src="/media/lead.jpg" alt=""><figcaption>File photo</figcaption></figure>
      <div class="story-body">
{article_html(meta, '        ')}
      </div>
      <div class="share">{e(ui['share'])}</div>
    </article>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{related_items(meta, '        ')}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <ul><li><a href="/about/">{e(ui['about'])}</a></li><li><a href="/contact/">{e(ui['contact'])}</a></li><li><a href="/privacy/">{e(ui['privacy'])}</a></li></ul>
    <p>© {year} {e(o)}. {e(ui['rights'])}</p>
  </footer>
</body>"""
    elif chrome == "b":
        body = f"""<body>
  <div class="masthead">
    <div class="brand-row"><a href="/" class="brand">{e(o)}</a><span class="date-strip">{e(when.split(',')[0] if lang != 'ja' else when.split(' ')[0])}</span></div>
    <ul class="menu">
{nav_items(meta, '      ')}
    </ul>
  </div>
  <div class="container">
    <div class="col-main">
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <header>
          <a class="kicker" href="/{e(meta['section'].lower())}/">{e(meta['section'])}</a>
          <h1 itemprop="headline">{e(meta['title'])}</h1>
          <div class="meta"><span class="author" itemprop="author">{e(meta['author'])}</span> <span class="pub">{e(ui['updated'])} <time itemprop="datePublished" datetime="{e(meta['published'])}">{e(when)}</time></span></div>
        </header>
        <section class="article-body" itemprop="articleBody">
{article_html(meta, '          ')}
        </section>
      </article>
      <div class="newsletter-box"><p>{e(ui['newsletter'])}</p><form action="/newsletter/"><input type="email" name="email"><button>OK</button></form></div>
    </div>
    <div class="col-side">
      <h4>{e(ui['related'])}</h4>
      <ol class="related-list">
{related_items(meta, '        ')}
      </ol>
    </div>
  </div>
  <div class="cookie-bar" id="cmp"><span>{e(ui['cookie'])}</span> <a href="#" class="ok">{e(ui['accept'])}</a></div>
  <footer>
    <nav class="footer-links"><a href="/about/">{e(ui['about'])}</a> <a href="/terms/">{e(ui['terms'])}</a> <a href="/privacy/">{e(ui['privacy'])}</a></nav>
    <small>Copyright {year} {e(o)} — {e(ui['rights'])}</small>
  </footer>
</body>"""
    elif chrome == "c":
        body = f"""<body class="page-article">
  <a class="skip" href="#content">Skip to content</a>
  <div class="top"><div class="wordmark"><a href="/"><img src="/img/wordmark.svg" alt="{e(o)}"></a></div>
    <nav aria-label="Sections"><ul class="sections">
{nav_items(meta, '      ')}
    </ul></nav>
  </div>
  <div id="content" class="wrap">
    <ol class="breadcrumbs"><li><a href="/">{e(o)}</a></li><li><a href="/{e(meta['section'].lower())}/">{e(meta['section'])}</a></li></ol>
    <article class="article-main">
      <h1 class="article-title">{e(meta['title'])}</h1>
      <div class="article-meta">
        <span class="by">{e(byline(meta, ui))}</span>
        <time class="published" datetime="{e(meta['published'])}">{e(when)}</time>
      </div>
      <div class="article-content">
{article_html(meta, '        ')}
      </div>
      <p class="share-tools">{e(ui['share'])}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></p>
    </article>
    <section class="more">
      <h2 class="more-title">{e(ui['related'])}</h2>
      <ul>
{related_items(meta, '        ')}
      </ul>
    </section>
  </div>
  <div class="gdpr-banner" data-consent="pending"><p>{e(ui['cookie'])}</p><button>{e(ui['accept'])}</button><button>{e(ui['reject'])}</button></div>
  <footer class="global-footer">
    <p>{e(o)} · <a href="/contact/">{e(ui['contact'])}</a> · <a href="/privacy/">{e(ui['privacy'])}</a></p>
    <p>© {e(o)} {year}</p>
  </footer>
</body>"""
    else:  # d
        body = f"""<body>
  <div id="consent-overlay"><div class="consent-box"><p>{e(ui['cookie'])}</p><button id="consent-accept">{e(ui['accept'])}</button></div></div>
  <div class="header-wrap">
    <div class="header-top"><a href="/subscribe/">{e(ui['subscribe'])}</a> | <a href="/login/">Login</a></div>
    <div class="header-logo"><a href="/">{e(o)}</a></div>
    <div class="header-nav"><ul>
{nav_items(meta, '      ')}
    </ul></div>
  </div>
  <div class="page">
    <div class="trending"><b>Trending:</b> <a href="/tag/weddings/">weddings</a> <a href="/tag/prices/">prices</a></div>
    <article id="story">
      <div class="story-head">
        <div class="rubric">{e(meta['section'])}</div>
        <h1>{e(meta['title'])}</h1>
        <div class="dateline"><time datetime="{e(meta['published'])}">{e(when)}</time> — {e(meta['author'])}</div>
      </div>
      <div class="story-text">
{article_html(meta, '        ')}
      </div>
    </article>
    <div class="read-more">
      <h3>{e(ui['related'])}</h3>
{chr(10).join(f'      <div class="card"><a href="{e(h)}">{e(t)}</a></div>' for t, h in meta['related_list'])}
    </div>
  </div>
  <div class="footer">
    <div><a href="/about/">{e(ui['about'])}</a> · <a href="/terms/">{e(ui['terms'])}</a> · <a href="/contact/">{e(ui['contact'])}</a></div>
    <div>{e(ui['rights'])} {e(o)} {year}</div>
  </div>
</body>"""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head_html(meta, sep)}
{body}
</html>
"""


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted(SPECS.glob("*.txt")):
        name = spec.stem
        page = render(parse_spec(spec))
        out = CASES / name / "source.html"
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        for n in stale:
            print("stale:", n)
        sys.exit(1 if stale else 0)
    print("wrote", len(list(SPECS.glob('*.txt'))), "pages")


if __name__ == "__main__":
    main()
