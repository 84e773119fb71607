#!/usr/bin/env python3
"""specs/<name>.txt -> cases/<name>/source.html (deterministic).

A spec is a header of `key: value` lines, a line `---`, then paragraphs
separated by blank lines.  Keys: lang, outlet, domain, url, published (ISO
8601 with UTC offset), title, author, section, byline_time (the date line as
the outlet prints it), sep (" - " or " | "), chrome (a|b|c|d), related
(titles separated by ' ;; ').
"""
import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

UI = {
    "en": dict(cookie="We use cookies to improve your experience. By continuing you accept our use of cookies.",
               accept="Accept", menu=["World", "Business", "Farming", "Environment", "Opinion"],
               related="Related coverage", rights="All rights reserved.", subscribe="Subscribe"),
    "fr": dict(cookie="Nous utilisons des cookies pour améliorer votre expérience de lecture.",
               accept="Accepter", menu=["International", "Économie", "Agriculture", "Planète", "Débats"],
               related="À lire aussi", rights="Tous droits réservés.", subscribe="S'abonner"),
    "de": dict(cookie="Wir verwenden Cookies, um unser Angebot für Sie zu verbessern.",
               accept="Zustimmen", menu=["Politik", "Wirtschaft", "Landwirtschaft", "Umwelt", "Meinung"],
               related="Mehr zum Thema", rights="Alle Rechte vorbehalten.", subscribe="Abonnieren"),
    "es": dict(cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
               accept="Aceptar", menu=["Mundo", "Economía", "Campo", "Medio ambiente", "Opinión"],
               related="Noticias relacionadas", rights="Todos los derechos reservados.", subscribe="Suscríbete"),
    "ja": dict(cookie="当サイトはクッキーを使用しています。閲覧を続けると同意したものとみなします。",
               accept="同意する", menu=["国内", "経済", "農業", "環境", "オピニオン"],
               related="関連記事", rights="無断転載を禁じます。", subscribe="購読する"),
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
    ui = UI[meta["lang"]]
    title, outlet, url = meta["title"], meta["outlet"], meta["url"]
    sep = meta.get("sep", " - ").replace("_", " ")
    chrome = meta.get("chrome", "a")
    desc = paras[0][:180]
    related = [r.strip() for r in meta.get("related", "").split(";;") if r.strip()]
    domain = meta["domain"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": meta["published"], "inLanguage": meta["lang"],
          "author": {"@type": "Person", "name": meta["author"]},
          "publisher": {"@type": "Organization", "name": outlet},
          "mainEntityOfPage": url}
    h = []
    a = h.append
    a("<!DOCTYPE html>")
    a(f'<html lang="{meta["lang"]}">')
    a("<head>")
    a('  <meta charset="utf-8">')
    a('  <meta name="viewport" content="width=device-width, initial-scale=1">')
    a(f"  <title>{e(title)}{e(sep)}{e(outlet)}</title>")
    a(f'  <meta name="description" content="{e(desc)}">')
    a(f'  <link rel="canonical" href="{e(url)}">')
    a('  <meta property="og:type" content="article">')
    a(f'  <meta property="og:site_name" content="{e(outlet)}">')
    a(f'  <meta property="og:title" content="{e(title)}">')
    a(f'  <meta property="og:url" content="{e(url)}">')
    a(f'  <meta property="article:published_time" content="{e(meta["published"])}">')
    a(f'  <meta property="article:section" content="{e(meta.get("section", "News"))}">')
    a(f'  <meta name="author" content="{e(meta["author"])}">')
    a(f'  <link rel="stylesheet" href="https://static.{domain}/css/main.css">')
    a(f'  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    if chrome in ("b", "d"):
        a(f'  <script src="https://static.{domain}/js/analytics.js" async></script>')
    a("</head>")
    a(f'<body class="page-article chrome-{chrome}">')
    banner = (f'  <div class="cookie-banner" role="dialog"><p>{e(ui["cookie"])}</p>'
              f'<button>{e(ui["accept"])}</button></div>')
    if chrome in ("a", "c"):
        a(banner)
    nav_items = "".join(f'<li><a href="/{i}/">{e(m)}</a></li>' for i, m in enumerate(ui["menu"]))
    if chrome == "c":
        a(f'  <nav class="sidebar-nav"><a class="logo" href="/">{e(outlet)}</a><ul>{nav_items}</ul></nav>')
    else:
        a(f'  <header class="masthead"><a class="logo" href="/">{e(outlet)}</a>'
          f'<nav><ul class="menu">{nav_items}</ul></nav>'
          f'<a class="cta" href="/subscribe">{e(ui["subscribe"])}</a></header>')
    a('  <main id="content">')
    a("    <article>")
    if meta.get("section"):
        a(f'      <p class="kicker">{e(meta["section"])}</p>')
    a(f"      <h1>{e(title)}</h1>")
    if chrome == "d":
        a(f'      <div class="byline">{e(meta["author"])} · <time datetime="{e(meta["published"])}">{e(meta["byline_time"])}</time></div>')
    else:
        a(f'      <p class="byline">{e(meta["author"])}</p>')
        a(f'      <time class="pubdate" datetime="{e(meta["published"])}">{e(meta["byline_time"])}</time>')
    a('      <div class="article-body">')
    for p in paras:
        a(f"        <p>{e(p)}</p>")
    a("      </div>")
    a("    </article>")
    if related:
        a(f'    <aside class="related"><h2>{e(ui["related"])}</h2><ul>')
        for i, r in enumerate(related):
            a(f'      <li><a href="/more/{i + 1}">{e(r)}</a></li>')
        a("    </ul></aside>")
    a("  </main>")
    if chrome in ("b", "d"):
        a(banner)
    a(f'  <footer class="site-footer"><p>© {meta["published"][:4]} {e(outlet)}. {e(ui["rights"])}</p>'
      f'<p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></p></footer>')
    a("</body>")
    a("</html>")
    return "\n".join(h) + "\n"


def build(name):
    meta, paras = parse_spec(HERE / "specs" / f"{name}.txt")
    return render(meta, paras)


def main(argv):
    names = argv or sorted(p.stem for p in (HERE / "specs").glob("*.txt"))
    for n in names:
        out = HERE / "cases" / n / "source.html"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(build(n), encoding="utf-8")
        print("wrote", out.relative_to(HERE))


if __name__ == "__main__":
    main(sys.argv[1:])
