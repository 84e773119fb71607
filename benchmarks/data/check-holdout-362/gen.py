#!/usr/bin/env python3
"""Render specs/<name>.txt into cases/<name>/source.html.

A spec is a header of `key: value` lines, a line `---`, then the article
paragraphs separated by blank lines.  Header keys: lang, outlet, url,
published (ISO 8601 with UTC offset), title, author, section, chrome (a|b|c),
sep (the <title> separator, "-" or "|"), dateline (the human byline date),
related (titles separated by " ;; ").

Usage: python3 gen.py            (write every case)
       python3 gen.py --check    (exit 1 if any source.html is out of date)
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Technology", "Markets", "Opinion", "Podcasts"],
    "fr": ["International", "Économie", "Entreprises", "Technologies", "Opinions", "Régions"],
    "de": ["Politik", "Wirtschaft", "Unternehmen", "Technik", "Meinung", "Region"],
    "es": ["Mundo", "Economía", "Empresas", "Tecnología", "Opinión", "Regiones"],
    "ja": ["国際", "経済", "企業", "テクノロジー", "オピニオン", "地域"],
}
COOKIE = {
    "en": ("We use cookies to measure traffic and personalise ads.", "Accept all", "Manage choices"),
    "fr": ("Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um die Reichweite zu messen und Werbung anzupassen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Usamos cookies para medir la audiencia y personalizar la publicidad.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトはアクセス解析と広告配信のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED_LABEL = {"en": "Related coverage", "fr": "À lire aussi", "de": "Mehr zum Thema",
                 "es": "Te puede interesar", "ja": "関連記事"}
FOOTER = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n") if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    pub, author, section = meta["published"], meta["author"], meta.get("section", "Business")
    chrome = meta.get("chrome", "a")
    sep = " | " if meta.get("sep", "-") == "|" else " - "
    domain = url.split("/")[2]
    desc = paras[0]
    if len(desc) > 160:
        desc = desc[:157].rsplit(" ", 1)[0] + "…"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    related = [r.strip() for r in meta.get("related", "").split(";;") if r.strip()]
    nav = NAV[lang]
    ck = COOKIE[lang]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w(f'<html lang="{lang}">')
    w("<head>")
    w('  <meta charset="utf-8">')
    w('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    w(f"  <title>{e(title)}{sep}{e(outlet)}</title>")
    w(f'  <meta name="description" content="{e(desc)}">')
    w(f'  <link rel="canonical" href="{e(url)}">')
    w('  <meta property="og:type" content="article">')
    w(f'  <meta property="og:site_name" content="{e(outlet)}">')
    w(f'  <meta property="og:title" content="{e(title)}">')
    w(f'  <meta property="og:url" content="{e(url)}">')
    w(f'  <meta property="article:published_time" content="{pub}">')
    w(f'  <meta property="article:section" content="{e(section)}">')
    w(f'  <meta name="author" content="{e(author)}">')
    w(f'  <link rel="stylesheet" href="https://static.{domain}/css/main.{chrome}.css">')
    w(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    w("</head>")
    if chrome == "a":
        w('<body class="article">')
        w('  <header class="masthead">')
        w(f'    <a class="logo" href="https://{domain}/">{e(outlet)}</a>')
        w('    <nav class="primary"><ul>')
        for n in nav:
            w(f'      <li><a href="https://{domain}/{e(n.lower())}/">{e(n)}</a></li>')
        w("    </ul></nav>")
        w("  </header>")
        w(f'  <div id="cookie-consent" class="banner"><p>{e(ck[0])}</p><button>{e(ck[1])}</button> <button>{e(ck[2])}</button></div>')
    elif chrome == "b":
        w('<body class="page page--story">')
        w(f'  <div class="cmp-overlay" role="dialog" aria-label="cookies"><span>{e(ck[0])}</span> <a href="#accept">{e(ck[1])}</a> · <a href="#prefs">{e(ck[2])}</a></div>')
        w('  <div class="site-head">')
        w(f'    <span class="site-name">{e(outlet)}</span>')
        w('    <ul class="sections">' + "".join(f'<li><a href="/s/{i}">{e(n)}</a></li>' for i, n in enumerate(nav)) + "</ul>")
        w("  </div>")
    else:
        w('<body>')
        w('  <nav class="topnav">')
        w(f'    <a href="/" class="brand">{e(outlet)}</a> ' + " ".join(f'<a href="/{i}/">{e(n)}</a>' for i, n in enumerate(nav)))
        w("  </nav>")
    w('  <main class="content">')
    w('    <article itemscope itemtype="https://schema.org/NewsArticle">')
    w(f'      <p class="kicker">{e(section)}</p>')
    w(f'      <h1 itemprop="headline">{e(title)}</h1>')
    w(f'      <p class="byline"><span itemprop="author">{e(author)}</span> · <time datetime="{pub}">{e(meta["dateline"])}</time></p>')
    w('      <div class="article-body" itemprop="articleBody">')
    for p in paras:
        w(f"        <p>{e(p)}</p>")
    w("      </div>")
    w("    </article>")
    if related:
        w('    <aside class="related">')
        w(f"      <h2>{e(RELATED_LABEL[lang])}</h2>")
        w("      <ul>")
        for i, r in enumerate(related):
            w(f'        <li><a href="https://{domain}/related/{i + 1}">{e(r)}</a></li>')
        w("      </ul>")
        w("    </aside>")
    w("  </main>")
    if chrome == "c":
        w(f'  <div class="consent-bar">{e(ck[0])} <button>{e(ck[1])}</button></div>')
    w(f'  <footer class="site-footer"><p>© 2025 {e(outlet)}. {e(FOOTER[lang])}</p><p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>')
    w("</body>")
    w("</html>")
    return "\n".join(out) + "\n"


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        meta, paras = parse_spec(spec)
        page = render(meta, paras)
        target = HERE / "cases" / name / "source.html"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
    if check:
        if stale:
            print("stale:", ", ".join(stale))
            sys.exit(1)
        print("all source.html up to date")


if __name__ == "__main__":
    main()
