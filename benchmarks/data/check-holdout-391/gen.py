#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

Spec: header lines "key: value" (lang, outlet, url, published, title, author,
section, display, chrome, sep, related), a line "---", then paragraphs
separated by blank lines.  `python3 gen.py` writes every page; `--check`
only reports pages that differ from what the specs produce.
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["World", "Business", "Markets", "Environment", "Opinion", "Video"],
    "fr": ["Monde", "Économie", "Régions", "Environnement", "Opinions", "Vidéos"],
    "de": ["Politik", "Wirtschaft", "Regional", "Umwelt", "Meinung", "Video"],
    "es": ["Mundo", "Economía", "Regiones", "Medio ambiente", "Opinión", "Vídeo"],
    "ja": ["国内", "経済", "地域", "環境", "社説", "動画"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure audiences.", "Accept all", "Manage settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Nutzungserlebnis zu verbessern und Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir la audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用します。", "同意する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
FOOT = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
        "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}
BY = {"en": "By", "fr": "Par", "de": "Von", "es": "Por", "ja": "記者:"}


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


def e(s):
    return html.escape(s, quote=True)


def render(meta, paras):
    lang = meta["lang"]
    outlet, title, url = meta["outlet"], meta["title"], meta["url"]
    sep = meta.get("sep", "-")
    chrome = meta.get("chrome", "a")
    pub = meta["published"]
    origin = url.split("/", 3)[:3]
    home = "/".join(origin) + "/"
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "inLanguage": lang,
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    related = [r.split("|") for r in meta.get("related", "").split(";") if r.strip()]
    nav = "\n".join(f'        <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    ck = COOKIE[lang]
    rel = "\n".join(f'        <li><a href="{e(home + u.strip())}">{e(t.strip())}</a></li>' for t, u in related)
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paras)
    byline = f'{BY[lang]} <span class="author">{e(meta["author"])}</span>'
    timeline = f'<time datetime="{pub}">{e(meta["display"])}</time>'
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
  <meta property="article:published_time" content="{pub}">
  <meta property="article:section" content="{e(meta.get('section', ''))}">
  <meta name="author" content="{e(meta['author'])}">
  <link rel="stylesheet" href="/assets/main.css">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
"""
    cookie = f"""  <div class="cookie-consent" role="dialog">
    <p>{e(ck[0])}</p>
    <button class="accept">{e(ck[1])}</button> <button class="settings">{e(ck[2])}</button>
  </div>
"""
    navblock = f"""  <header class="site-header">
    <a class="logo" href="/">{e(outlet)}</a>
    <nav class="primary">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
"""
    article = f"""    <article class="story">
      <p class="section-label">{e(meta.get('section', ''))}</p>
      <h1>{e(title)}</h1>
      <p class="byline">{byline} · {timeline}</p>
{body}
    </article>
"""
    aside = f"""    <aside class="related">
      <h2>{e(RELATED[lang])}</h2>
      <ul>
{rel}
      </ul>
    </aside>
"""
    footer = f"""  <footer class="site-footer">
    <p>© {pub[:4]} {e(outlet)}. {e(FOOT[lang])}</p>
    <ul class="legal"><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/contact/">Contact</a></li></ul>
  </footer>
"""
    if chrome == "a":
        page = head + "<body>\n" + cookie + navblock + '  <main class="content">\n' + article + aside + "  </main>\n" + footer
    elif chrome == "b":
        page = head + '<body class="article">\n' + navblock + '  <div class="wrap">\n' + aside + article + "  </div>\n" + footer + cookie
    elif chrome == "c":
        page = (head + "<body>\n" + navblock + cookie + '  <div class="ad-slot" data-slot="top"></div>\n'
                + '  <main>\n' + article + '    <div class="newsletter-signup"><form action="/newsletter"><input type="email" name="email"></form></div>\n'
                + aside + "  </main>\n" + footer)
    else:
        page = (head + '<body class="story-page">\n' + cookie + '  <div class="breaking-ticker"><span>' + e(NAV[lang][1]) + '</span></div>\n'
                + navblock + '  <section class="main-col">\n' + article + "  </section>\n" + '  <section class="side-col">\n'
                + aside + "  </section>\n" + footer)
    return page + "</body>\n</html>\n"


def main():
    check = "--check" in sys.argv
    stale = []
    for spec in sorted((HERE / "specs").glob("*.txt")):
        name = spec.stem
        out = HERE / "cases" / name / "source.html"
        page = render(*parse_spec(spec))
        if check:
            if not out.exists() or out.read_text(encoding="utf-8") != page:
                stale.append(name)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(page, encoding="utf-8")
    if check:
        print("stale:", stale)
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
