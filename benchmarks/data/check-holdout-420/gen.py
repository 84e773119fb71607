#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (check-holdout-420).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  Header keys: lang, outlet, url, published
(ISO 8601 with UTC offset), title, author, section, dateline, sep, chrome,
related (titles joined by ' || ').
"""
import html
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

NAV = {
    "en": ["News", "Mountains", "Travel", "Business", "Weather", "Opinion"],
    "fr": ["Actualités", "Montagne", "Économie", "Tourisme", "Météo", "Opinions"],
    "de": ["Nachrichten", "Region", "Wirtschaft", "Tourismus", "Wetter", "Meinung"],
    "es": ["Noticias", "Montaña", "Economía", "Turismo", "Clima", "Opinión"],
    "ja": ["ニュース", "地域", "経済", "観光", "天気", "オピニオン"],
}
COOKIE = {
    "en": ("We use cookies to improve your experience and to measure our audience.", "Accept all", "Settings"),
    "fr": ("Nous utilisons des cookies pour améliorer votre expérience et mesurer notre audience.", "Tout accepter", "Paramétrer"),
    "de": ("Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und die Reichweite zu messen.", "Alle akzeptieren", "Einstellungen"),
    "es": ("Utilizamos cookies para mejorar su experiencia y medir nuestra audiencia.", "Aceptar todas", "Configurar"),
    "ja": ("当サイトは利便性向上とアクセス解析のためにクッキーを使用しています。", "同意する", "設定"),
}
RELATED = {"en": "Related stories", "fr": "À lire aussi", "de": "Mehr zum Thema",
           "es": "Te puede interesar", "ja": "関連記事"}
RIGHTS = {"en": "All rights reserved.", "fr": "Tous droits réservés.", "de": "Alle Rechte vorbehalten.",
          "es": "Todos los derechos reservados.", "ja": "無断転載を禁じます。"}
FOOT = {
    "en": ["About us", "Contact", "Privacy", "Terms of use", "Advertise"],
    "fr": ["Qui sommes-nous", "Contact", "Confidentialité", "Mentions légales", "Publicité"],
    "de": ["Über uns", "Kontakt", "Datenschutz", "Impressum", "Werbung"],
    "es": ["Quiénes somos", "Contacto", "Privacidad", "Aviso legal", "Publicidad"],
    "ja": ["会社概要", "お問い合わせ", "プライバシー", "利用規約", "広告掲載"],
}


def parse_spec(path):
    text = path.read_text(encoding="utf-8")
    head, body = text.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [" ".join(p.split("\n")).strip() for p in body.strip().split("\n\n")]
    return meta, [p for p in paras if p]


def e(s):
    return html.escape(s, quote=True)


def render(meta, paras):
    lang = meta["lang"]
    outlet, url, pub, title = meta["outlet"], meta["url"], meta["published"], meta["title"]
    author, section, dateline = meta["author"], meta["section"], meta["dateline"]
    sep = {"dash": " - ", "pipe": " | "}[meta.get("sep", "dash")]
    chrome = int(meta.get("chrome", "0"))
    domain = url.split("/")[2]
    desc = paras[0][:160]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": pub, "dateModified": pub,
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    related = [r.strip() for r in meta.get("related", "").split("||") if r.strip()]
    nav = NAV[lang]
    cookie_text, ok, settings = COOKIE[lang]
    out = []
    a = out.append
    a("<!DOCTYPE html>")
    a(f'<html lang="{lang}">')
    a("<head>")
    a('  <meta charset="utf-8">')
    a('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>")
    a(f'  <meta name="description" content="{e(desc)}">')
    a(f'  <link rel="canonical" href="{e(url)}">')
    a('  <meta property="og:type" content="article">')
    a(f'  <meta property="og:site_name" content="{e(outlet)}">')
    a(f'  <meta property="og:title" content="{e(title)}">')
    a(f'  <meta property="og:description" content="{e(desc)}">')
    a(f'  <meta property="og:url" content="{e(url)}">')
    a(f'  <meta property="article:published_time" content="{pub}">')
    a(f'  <meta property="article:section" content="{e(section)}">')
    a(f'  <meta name="author" content="{e(author)}">')
    a(f'  <link rel="stylesheet" href="https://static.{domain}/css/main.{chrome}.css">')
    a(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    a(f'  <script src="https://static.{domain}/js/consent.js" defer></script>')
    a("</head>")
    a(f'<body class="page-article theme-{chrome}">')
    cookie = (f'  <div class="cookie-banner" role="dialog"><p>{e(cookie_text)}</p>'
              f'<button class="accept">{e(ok)}</button> <button class="prefs">{e(settings)}</button></div>')
    navhtml = "\n".join(f'      <li><a href="/{i}/">{e(n)}</a></li>' for i, n in enumerate(nav))
    if chrome in (0, 2):
        a(cookie)
    a('  <header class="site-header">')
    a(f'    <a class="logo" href="https://{domain}/">{e(outlet)}</a>')
    a('    <nav class="main-nav"><ul>')
    a(navhtml)
    a("    </ul></nav>")
    a("  </header>")
    a('  <main class="content">')
    if chrome == 1:
        a(f'    <div class="breadcrumb"><a href="/">{e(outlet)}</a> › <a href="/section/">{e(section)}</a></div>')
    a('    <article class="story">')
    a(f'      <p class="kicker">{e(section)}</p>')
    a(f"      <h1>{e(title)}</h1>")
    a(f'      <p class="byline"><span class="by">{e(author)}</span> · '
      f'<time datetime="{pub}">{e(dateline)}</time></p>')
    if chrome == 3:
        a('      <figure class="lead-image"><img src="/img/lead.jpg" alt=""><figcaption>'
          f'{e(section)}</figcaption></figure>')
    a('      <div class="story-body">')
    for p in paras:
        a(f"        <p>{e(p)}</p>")
    a("      </div>")
    a("    </article>")
    a('    <aside class="related">')
    a(f"      <h2>{e(RELATED[lang])}</h2>")
    a("      <ul>")
    for i, r in enumerate(related):
        a(f'        <li><a href="/story/{1000 + i * 37}/">{e(r)}</a></li>')
    a("      </ul>")
    a("    </aside>")
    a("  </main>")
    if chrome in (1, 3):
        a(cookie)
    a('  <footer class="site-footer">')
    a("    <ul>" + "".join(f'<li><a href="/p/{i}/">{e(f)}</a></li>' for i, f in enumerate(FOOT[lang])) + "</ul>")
    a(f"    <p>© {pub[:4]} {e(outlet)}. {e(RIGHTS[lang])}</p>")
    a("  </footer>")
    a("</body>")
    a("</html>")
    return "\n".join(out) + "\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for name in names:
        d = HERE / "cases" / name
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(build(name), encoding="utf-8")
        print("wrote", d / "source.html")


if __name__ == "__main__":
    main(sys.argv[1:])
