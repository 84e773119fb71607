#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-407).

A spec is a header of `key: value` lines, a line `---`, then the article's
paragraphs separated by blank lines.  The page chrome varies by `chrome`
(a, b or c).  Run with --check to compare instead of writing.
"""
import html
import json
import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Energy", "Technology", "Markets", "Opinion"],
    "fr": ["Monde", "Économie", "Énergie", "Industrie", "Régions", "Opinions"],
    "de": ["Politik", "Wirtschaft", "Energie", "Technik", "Regionales", "Meinung"],
    "es": ["Mundo", "Economía", "Energía", "Industria", "Mercados", "Opinión"],
    "ja": ["国際", "経済", "エネルギー", "産業", "マーケット", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audiences.", "Accept all", "Settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todo", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {
    "en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
    "es": "Noticias relacionadas", "ja": "関連記事",
}
FOOT = {
    "en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
    "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。",
}


def read_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")) if meta["lang"] != "ja" else "".join(p.split("\n"))
             for p in body.strip().split("\n\n")]
    paras = [p.strip() for p in paras if p.strip()]
    return meta, paras


def render(meta, paras):
    e = lambda s: html.escape(s, quote=True)
    lang = meta["lang"]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    pub = meta["published"]
    sep = " " + meta.get("sep", "-").strip() + " "
    chrome = meta.get("chrome", "a")
    desc = paras[0][:160]
    related = [r.split("|") for r in meta.get("related", "").split(";;") if r.strip()]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet}, "mainEntityOfPage": url,
          "inLanguage": lang}
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang], 1))
    ck = COOKIE[lang]
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{e(h)}">{e(t)}</a></li>' for h, t in related)
    shown = meta.get("shown", pub)
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '  <meta charset="utf-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>",
        f'  <meta name="description" content="{e(desc)}">',
        f'  <link rel="canonical" href="{e(url)}">',
        '  <meta property="og:type" content="article">',
        f'  <meta property="og:site_name" content="{e(outlet)}">',
        f'  <meta property="og:title" content="{e(title)}">',
        f'  <meta property="og:url" content="{e(url)}">',
        f'  <meta property="article:published_time" content="{e(pub)}">',
        f'  <meta property="article:section" content="{e(meta.get("section", ""))}">',
        f'  <meta name="author" content="{e(meta["author"])}">',
        '  <link rel="stylesheet" href="/assets/main.css">',
        f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
        "</head>",
    ]
    banner = [
        '  <div id="cookie-consent" class="consent" role="dialog">',
        f"    <p>{e(ck[0])}</p>",
        f'    <button class="accept">{e(ck[1])}</button> <button class="prefs">{e(ck[2])}</button>',
        "  </div>",
    ]
    header = [
        '  <header class="masthead">',
        f'    <a class="logo" href="/">{e(outlet)}</a>',
        '    <nav class="sections">',
        "      <ul>",
        nav,
        "      </ul>",
        "    </nav>",
        "  </header>",
    ]
    article = [
        '  <main class="content">',
        '    <article class="story">',
        f'      <p class="kicker">{e(meta.get("section", ""))}</p>',
        f"      <h1>{e(title)}</h1>",
        f'      <p class="byline">{e(meta["author"])} · <time datetime="{e(pub)}">{e(shown)}</time></p>',
        body,
        "    </article>",
    ]
    aside = [
        '    <aside class="related">',
        f"      <h2>{e(RELATED[lang])}</h2>",
        "      <ul>",
        rel,
        "      </ul>",
        "    </aside>",
        "  </main>",
    ]
    footer = [
        '  <footer class="site-footer">',
        f"    <p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>",
        '    <p><a href="/privacy/">Privacy</a> · <a href="/contact/">Contact</a></p>',
        "  </footer>",
    ]
    if chrome == "a":
        parts = banner + header + article + aside + footer
    elif chrome == "b":
        parts = header + ['  <div class="ad-slot" data-slot="top"></div>'] + article + aside + footer + banner
    else:
        parts = header + banner + ['  <div class="breaking">Live</div>'] + article + aside + footer + \
            ['  <script src="/assets/analytics.js" async></script>']
    return "\n".join(out + ['<body class="article">'] + parts + ["</body>", "</html>"]) + "\n"


def main():
    check = "--check" in sys.argv
    bad = 0
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = read_spec(spec)
        page = render(meta, paras)
        target = HERE / "cases" / spec.stem / "source.html"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != page:
                print("STALE", target)
                bad += 1
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page, encoding="utf-8")
    if check:
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
