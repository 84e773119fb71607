#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (digest.txt and expected.json are written by hand)."""
import html, json, pathlib, re
from datetime import datetime

HERE = pathlib.Path(__file__).resolve().parent
UI = {
    "en": ("Share this story", "Related", "We use cookies to improve your experience and analyse traffic.", "Accept all", "Reject", "About us", "Contact", "Privacy", "All rights reserved."),
    "fr": ("Partager cet article", "À lire aussi", "Nous utilisons des cookies pour mesurer l'audience et personnaliser les contenus.", "Tout accepter", "Refuser", "Qui sommes-nous", "Contact", "Confidentialité", "Tous droits réservés."),
    "de": ("Artikel teilen", "Mehr zum Thema", "Wir verwenden Cookies, um unser Angebot zu verbessern.", "Alle akzeptieren", "Ablehnen", "Impressum", "Kontakt", "Datenschutz", "Alle Rechte vorbehalten."),
    "es": ("Compartir", "Te puede interesar", "Utilizamos cookies propias y de terceros para analizar el tráfico.", "Aceptar", "Rechazar", "Quiénes somos", "Contacto", "Privacidad", "Todos los derechos reservados."),
    "ja": ("この記事をシェア", "関連記事", "当サイトではクッキーを使用しています。", "同意する", "拒否する", "会社概要", "お問い合わせ", "プライバシー", "無断転載を禁じます。"),
}

def parse(path):
    head, body = path.read_text(encoding="utf-8").split("\n---\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip().replace("\n", " ") if meta["lang"] != "ja" else p.strip().replace("\n", "") for p in body.split("\n\n") if p.strip()]
    return meta, paras

def render(meta, paras):
    e = html.escape
    lang, outlet, title, url, pub = meta["lang"], meta["outlet"], meta["title"], meta["url"], meta["published"]
    sep = meta.get("sep", "-")
    ui = UI[lang]
    desc = paras[0][:150]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": pub,
          "author": {"@type": "Person", "name": meta["author"]}, "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url, "inLanguage": lang}
    related = [r.strip() for r in meta.get("related", "").split("|") if r.strip()]
    out = [f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n  <meta charset="utf-8">',
           f'  <meta name="viewport" content="width=device-width, initial-scale=1">',
           f'  <title>{e(title)} {sep} {e(outlet)}</title>',
           f'  <meta name="description" content="{e(desc)}">',
           f'  <link rel="canonical" href="{e(url)}">',
           '  <meta property="og:type" content="article">',
           f'  <meta property="og:site_name" content="{e(outlet)}">',
           f'  <meta property="og:title" content="{e(title)}">',
           f'  <meta property="og:url" content="{e(url)}">',
           f'  <meta property="article:published_time" content="{pub}">',
           f'  <meta property="article:section" content="{e(meta["section"])}">',
           f'  <meta name="author" content="{e(meta["author"])}">',
           f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>',
           '</head>\n<body>',
           f'  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>',
           '    <nav><ul>' + "".join(f'<li><a href="/{s.lower()}/">{e(s)}</a></li>' for s in meta.get("nav", "News|Business|Shipping|Ports|Opinion").split("|")) + '</ul></nav>\n  </header>',
           '  <main>', '    <article>',
           f'      <p class="kicker">{e(meta["section"])}</p>',
           f'      <h1>{e(title)}</h1>',
           f'      <p class="byline">{e(meta["author"])} · <time datetime="{pub}">{e(meta["dateline"])}</time></p>']
    out += [f'      <p>{e(p)}</p>' for p in paras]
    out += ['    </article>', f'    <div class="share">{ui[0]}</div>',
            f'    <aside class="related"><h2>{ui[1]}</h2><ul>' + "".join(f'<li><a href="/related/{i}">{e(r)}</a></li>' for i, r in enumerate(related)) + '</ul></aside>',
            '  </main>',
            f'  <div id="cookie-banner" role="dialog"><p>{ui[2]}</p><button>{ui[3]}</button> <button>{ui[4]}</button></div>',
            f'  <footer><ul><li><a href="/about">{ui[5]}</a></li><li><a href="/contact">{ui[6]}</a></li><li><a href="/privacy">{ui[7]}</a></li></ul>',
            f'  <p>&copy; {pub[:4]} {e(outlet)}. {ui[8]}</p></footer>', '</body>\n</html>\n']
    return "\n".join(out)

def main():
    for spec in sorted((HERE / "specs").glob("*.txt")):
        meta, paras = parse(spec)
        d = HERE / "cases" / spec.stem
        d.mkdir(parents=True, exist_ok=True)
        (d / "source.html").write_text(render(meta, paras), encoding="utf-8")

if __name__ == "__main__":
    main()
