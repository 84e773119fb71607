#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-395).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines. The page chrome (nav, cookie banner,
related links, footer) varies with a template picked from the case name.

    python3 gen.py            # write every case
    python3 gen.py --check    # exit 1 if any source.html is out of date
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
CASES = HERE / "cases"

NAV = {
    "en": ["News", "Education", "Politics", "Business", "Science", "Opinion"],
    "fr": ["Actualité", "Éducation", "Politique", "Économie", "Sciences", "Débats"],
    "de": ["Nachrichten", "Bildung", "Politik", "Wirtschaft", "Wissen", "Meinung"],
    "es": ["Noticias", "Educación", "Política", "Economía", "Ciencia", "Opinión"],
    "ja": ["ニュース", "教育", "政治", "経済", "科学", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audiences.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Reichweiten zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトでは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {"en": "Related", "fr": "À lire aussi", "de": "Mehr zum Thema", "es": "Te puede interesar", "ja": "関連記事"}
FOOT = {
    "en": ["About us", "Contact", "Privacy", "Terms", "Advertise"],
    "fr": ["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales", "Publicité"],
    "de": ["Über uns", "Kontakt", "Datenschutz", "Impressum", "Anzeigen"],
    "es": ["Quiénes somos", "Contacto", "Privacidad", "Aviso legal", "Publicidad"],
    "ja": ["会社概要", "お問い合わせ", "プライバシー", "利用規約", "広告掲載"],
}
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
}


def parse_spec(path: Path) -> tuple[dict, list[str]]:
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [p.strip() for p in body.split("\n\n") if p.strip()]
    return meta, paras


def shown_date(lang: str, ts: dt.datetime) -> str:
    if lang == "ja":
        return f"{ts.year}年{ts.month}月{ts.day}日 {ts.hour}:{ts.minute:02d}"
    m = MONTHS[lang][ts.month - 1]
    if lang == "en":
        return f"{m} {ts.day}, {ts.year} {ts.hour:02d}:{ts.minute:02d}"
    if lang == "fr":
        return f"{ts.day} {m} {ts.year} à {ts.hour} h {ts.minute:02d}"
    if lang == "de":
        return f"{ts.day}. {m} {ts.year}, {ts.hour:02d}:{ts.minute:02d} Uhr"
    return f"{ts.day} de {m} de {ts.year} - {ts.hour:02d}:{ts.minute:02d}"


def render(name: str, meta: dict, paras: list[str]) -> str:
    e = lambda s: html.escape(s, quote=True)  # noqa: E731
    lang = meta["lang"]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    published = meta["published"]
    ts = dt.datetime.fromisoformat(published)
    sep = meta.get("sep", "-")
    author = meta.get("author", outlet)
    section = meta.get("section", "")
    related = [r.strip() for r in meta.get("related", "").split(";") if r.strip()]
    variant = int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4
    domain = url.split("/")[2]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published,
        "dateModified": published,
        "inLanguage": lang,
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": outlet},
        "mainEntityOfPage": url,
    }
    desc = paras[0][:160]
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(title)} {sep} {e(outlet)}</title>
  <meta name="description" content="{e(desc)}">
  <link rel="canonical" href="{e(url)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{e(outlet)}">
  <meta property="og:title" content="{e(title)}">
  <meta property="og:url" content="{e(url)}">
  <meta property="og:description" content="{e(desc)}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:section" content="{e(section)}">
  <meta name="author" content="{e(author)}">
  <link rel="stylesheet" href="/assets/main.{variant}.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    nav_items = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ctext, cyes, cno = COOKIE[lang]
    cookie = f"""  <div id="consent" class="cookie-banner" role="dialog">
    <p>{e(ctext)}</p>
    <button class="accept">{e(cyes)}</button> <button class="manage">{e(cno)}</button>
  </div>
"""
    nav = f"""  <header class="masthead">
    <a class="logo" href="https://{domain}/">{e(outlet)}</a>
    <nav class="primary"><ul>
{nav_items}
    </ul></nav>
  </header>
"""
    body_ps = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    article = f"""    <article class="story">
      <p class="kicker">{e(section)}</p>
      <h1>{e(title)}</h1>
      <p class="byline"><span class="author">{e(author)}</span>
        <time datetime="{published}">{e(shown_date(lang, ts))}</time></p>
{body_ps}
    </article>
"""
    rel_items = "\n".join(
        f'      <li><a href="https://{domain}/related/{i + 1}">{e(r)}</a></li>' for i, r in enumerate(related)
    )
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel_items}
      </ul>
    </aside>
"""
    foot_items = " · ".join(f'<a href="/{i}">{e(f)}</a>' for i, f in enumerate(FOOT[lang]))
    footer = f"""  <footer class="site-footer">
    <p>{foot_items}</p>
    <p>© {ts.year} {e(outlet)}</p>
  </footer>
"""
    if variant == 0:
        main = f"  <main>\n{article}{aside}  </main>\n"
        parts = [cookie, nav, main, footer]
    elif variant == 1:
        main = f'  <div class="grid">\n{aside}{article}  </div>\n'
        parts = [nav, main, footer, cookie]
    elif variant == 2:
        ad = '  <div class="ad-slot" data-slot="leaderboard"></div>\n'
        main = f'  <main class="wrap">\n{article}  </main>\n  <section class="more">\n{aside}  </section>\n'
        parts = [nav, ad, cookie, main, footer]
    else:
        crumbs = f'  <ol class="breadcrumbs"><li><a href="/">{e(outlet)}</a></li><li>{e(section)}</li></ol>\n'
        main = f"  <div id=\"content\">\n{article}  </div>\n  <div class=\"sidebar\">\n{aside}  </div>\n"
        parts = [cookie, nav, crumbs, main, footer]
    return head + "<body>\n" + "".join(parts) + "</body>\n</html>\n"


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for spec in sorted(SPECS.glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        out = CASES / name / "source.html"
        text = render(name, meta, paras)
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
    if check:
        for s in stale:
            print(f"stale: {s}")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
