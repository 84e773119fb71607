#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of "key: value" lines (lang, outlet, url, published,
zone, title, author, section, chrome, related), a line "---", then the
article: paragraphs separated by blank lines; a paragraph that starts with
"## " is a subheading.  `related` is "Title | /path ; Title | /path".

    python3 gen.py            write every cases/<name>/source.html
    python3 gen.py --check    exit 1 if any written page differs from a fresh render
"""
from __future__ import annotations

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
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
}
UI = {
    "en": dict(cookie="We use cookies to improve your experience and to measure our audience.",
               accept="Accept all", reject="Reject", related="Related stories",
               most="Most read", share="Share this article", news="Get our morning newsletter",
               rights="All rights reserved.", by="By", updated="Published", home="Home",
               nav=["News", "Business", "Food & Drink", "Local", "Opinion", "Sport"],
               foot=["About us", "Contact", "Privacy", "Terms", "Advertise"]),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
               accept="Tout accepter", reject="Refuser", related="À lire aussi",
               most="Les plus lus", share="Partager cet article", news="Recevez notre lettre du matin",
               rights="Tous droits réservés.", by="Par", updated="Publié le", home="Accueil",
               nav=["Actualité", "Économie", "Régions", "Société", "Opinions", "Sports"],
               foot=["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales", "Publicité"]),
    "de": dict(cookie="Wir verwenden Cookies, um unser Angebot zu verbessern und die Reichweite zu messen.",
               accept="Alle akzeptieren", reject="Ablehnen", related="Mehr zum Thema",
               most="Meistgelesen", share="Artikel teilen", news="Unser Morgen-Newsletter",
               rights="Alle Rechte vorbehalten.", by="Von", updated="Veröffentlicht am", home="Startseite",
               nav=["Region", "Wirtschaft", "Politik", "Kultur", "Meinung", "Sport"],
               foot=["Impressum", "Kontakt", "Datenschutz", "AGB", "Werbung"]),
    "es": dict(cookie="Usamos cookies para mejorar su experiencia y medir la audiencia.",
               accept="Aceptar todo", reject="Rechazar", related="Notas relacionadas",
               most="Lo más leído", share="Compartir esta nota", news="Suscríbase al boletín matinal",
               rights="Todos los derechos reservados.", by="Por", updated="Publicado el", home="Inicio",
               nav=["Actualidad", "Economía", "Región", "Sociedad", "Opinión", "Deportes"],
               foot=["Quiénes somos", "Contacto", "Privacidad", "Términos", "Publicidad"]),
    "ja": dict(cookie="当サイトは利便性の向上とアクセス解析のためにクッキーを使用しています。",
               accept="同意する", reject="拒否する", related="関連記事",
               most="よく読まれている記事", share="この記事をシェア", news="朝刊メールマガジンに登録",
               rights="無断転載を禁じます。", by="", updated="公開", home="トップ",
               nav=["ニュース", "経済", "地域", "暮らし", "オピニオン", "スポーツ"],
               foot=["会社概要", "お問い合わせ", "プライバシー", "利用規約", "広告掲載"]),
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
    paras = [p.strip().replace("\n", " ") for p in body.strip().split("\n\n") if p.strip()]
    meta["paragraphs"] = paras
    rel = []
    for item in meta.get("related", "").split(";"):
        if "|" in item:
            t, _, u = item.partition("|")
            rel.append((t.strip(), u.strip()))
    meta["related_links"] = rel
    meta["published_dt"] = datetime.fromisoformat(meta["published"])
    return meta


def body_paragraphs(meta: dict) -> list[str]:
    """Article text (no subheadings), as a reader sees it."""
    return [p for p in meta["paragraphs"] if not p.startswith("## ")]


def local_display(meta: dict) -> str:
    lang = meta["lang"]
    d = meta["published_dt"]
    zone_label = meta.get("zone_label", "")
    if lang == "en":
        h = d.hour % 12 or 12
        ampm = "a.m." if d.hour < 12 else "p.m."
        s = f"{WEEKDAYS['en'][d.weekday()]} {MONTHS['en'][d.month - 1]} {d.day}, {d.year}, {h}:{d.minute:02d} {ampm}"
    elif lang == "fr":
        s = f"{WEEKDAYS['fr'][d.weekday()]} {d.day} {MONTHS['fr'][d.month - 1]} {d.year} à {d.hour} h {d.minute:02d}"
    elif lang == "de":
        s = f"{WEEKDAYS['de'][d.weekday()]}, {d.day:02d}.{d.month:02d}.{d.year}, {d.hour:02d}:{d.minute:02d} Uhr"
    elif lang == "es":
        s = f"{WEEKDAYS['es'][d.weekday()]} {d.day} de {MONTHS['es'][d.month - 1]} de {d.year}, {d.hour:02d}:{d.minute:02d}"
    else:
        s = f"{d.year}年{d.month}月{d.day}日({WEEKDAYS['ja'][d.weekday()]}) {d.hour}:{d.minute:02d}"
    return f"{s} {zone_label}".strip()


def slug(s: str, i: int) -> str:
    """ASCII path segment for a menu label (falls back to a numbered one)."""
    import unicodedata
    a = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    a = "-".join("".join(c if c.isalnum() else " " for c in a).split())
    return a or f"section-{i + 1}"


def e(s: str) -> str:
    return html.escape(s, quote=True)


def render(meta: dict) -> str:
    lang = meta["lang"]
    ui = UI[lang]
    chrome = meta.get("chrome", "a")
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub = meta["published"]
    sep = " - " if chrome in ("a", "c") else " | "
    paras = meta["paragraphs"]
    desc = body_paragraphs(meta)[0]
    if len(desc) > 180:
        desc = desc[:180].rsplit(" ", 1)[0] + "…" if lang != "ja" else desc[:90] + "…"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": pub,
        "dateModified": pub,
        "inLanguage": lang,
        "articleSection": meta.get("section", ""),
        "author": {"@type": "Person", "name": meta.get("author", "")},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
    }
    host = url.split("/")[2]
    art = []
    for p in paras:
        if p.startswith("## "):
            art.append(f"      <h2>{e(p[3:])}</h2>")
        else:
            art.append(f"      <p>{e(p)}</p>")
    article_html = "\n".join(art)
    nav = "\n".join(f'        <li><a href="/{slug(n, i)}/">{e(n)}</a></li>' for i, n in enumerate(ui["nav"]))
    rel = "\n".join(f'        <li><a href="https://{host}{e(u)}">{e(t)}</a></li>' for t, u in meta["related_links"])
    foot = " · ".join(f'<a href="/{slug(f, i)}">{e(f)}</a>' for i, f in enumerate(ui["foot"]))
    byline = f'{ui["by"]} {meta.get("author", "")}'.strip()
    when = local_display(meta)
    year = meta["published_dt"].year
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
  <meta property="article:published_time" content="{e(pub)}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta.get('author', ''))}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-consent" role="dialog" aria-label="cookies">
    <p>{e(ui['cookie'])}</p>
    <button>{e(ui['accept'])}</button> <button>{e(ui['reject'])}</button>
  </div>
"""
    footer = f"""  <footer class="site-footer">
    <p>{foot}</p>
    <p>© {year} {e(outlet)}. {e(ui['rights'])}</p>
  </footer>
"""
    if chrome == "a":
        body = f"""<body class="article">
{cookie}  <header class="masthead">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main>
    <article>
      <span class="kicker">{e(meta.get('section', ''))}</span>
      <h1>{e(title)}</h1>
      <p class="byline">{e(byline)} · <time datetime="{e(pub)}">{e(when)}</time></p>
{article_html}
    </article>
    <aside class="related">
      <h3>{e(ui['related'])}</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
{footer}</body>
</html>
"""
    elif chrome == "b":
        body = f"""<body>
  <div class="topbar"><a href="/">{e(ui['home'])}</a> <a class="sub" href="/newsletter">{e(ui['news'])}</a></div>
  <header>
    <div class="brand"><a href="/">{e(outlet)}</a></div>
    <nav>
      <ul class="sections">
{nav}
      </ul>
    </nav>
  </header>
  <div class="page">
    <div class="breadcrumbs"><a href="/">{e(ui['home'])}</a> › <a href="/{e(meta.get('section', '').lower())}/">{e(meta.get('section', ''))}</a></div>
    <article class="story">
      <header class="story-head">
        <h1 class="story-title">{e(title)}</h1>
        <div class="story-meta"><span class="author">{e(byline)}</span> <span class="date">{e(ui['updated'])} <time datetime="{e(pub)}">{e(when)}</time></span></div>
      </header>
      <div class="story-body">
{article_html}
      </div>
      <div class="share">{e(ui['share'])}: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
    </article>
    <section class="more">
      <h2>{e(ui['related'])}</h2>
      <ul>
{rel}
      </ul>
    </section>
  </div>
{cookie}{footer}</body>
</html>
"""
    elif chrome == "c":
        body = f"""<body class="news">
  <nav class="site-nav" aria-label="main">
    <a class="wordmark" href="/">{e(outlet)}</a>
    <ul>
{nav}
    </ul>
  </nav>
{cookie}  <div class="columns">
    <article itemscope itemtype="https://schema.org/NewsArticle">
      <h1 itemprop="headline">{e(title)}</h1>
      <div class="meta">
        <span itemprop="author">{e(byline)}</span>
        <time itemprop="datePublished" datetime="{e(pub)}">{e(when)}</time>
      </div>
      <div itemprop="articleBody">
{article_html}
      </div>
    </article>
    <aside class="rail">
      <div class="newsletter"><strong>{e(ui['news'])}</strong></div>
      <h3>{e(ui['most'])}</h3>
      <ol>
{rel}
      </ol>
    </aside>
  </div>
{footer}</body>
</html>
"""
    else:  # "d": compact page, related list after the footer links
        body = f"""<body>
  <header class="hdr">
    <h2 class="site-name"><a href="/">{e(outlet)}</a></h2>
    <nav class="gnav">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <article class="entry">
    <h1 class="entry-title">{e(title)}</h1>
    <p class="entry-meta"><time datetime="{e(pub)}">{e(when)}</time> {e(byline)}</p>
    <div class="entry-body">
{article_html}
    </div>
  </article>
  <div class="related-box">
    <h3>{e(ui['related'])}</h3>
    <ul>
{rel}
    </ul>
  </div>
{cookie}{footer}</body>
</html>
"""
    return head + body


def all_specs() -> list[Path]:
    return sorted(SPECS.glob("*.txt"))


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for spec in all_specs():
        name = spec.stem
        out = CASES / name / "source.html"
        page = render(parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        for n in stale:
            print(f"stale: {n}")
        return 1 if stale else 0
    print(f"wrote {len(all_specs())} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
